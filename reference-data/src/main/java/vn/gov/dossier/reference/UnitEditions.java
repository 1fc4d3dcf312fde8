package vn.gov.dossier.reference;

import java.time.LocalDate;

/**
 * The administrative map as it stood on a given day: the 1 July 2025 edition before the 2026 changes came into force,
 * the 2026-07 edition from then on (same codes; ten Đồng Nai communes became wards, Đồng Nai became a city, tone marks
 * were respelled). A dossier is named with the map of the day it was received.
 */
public final class UnitEditions {

    /** Resolutions 30/2026/QH16 and 237/NQ-UBTVQH16 in force (shared/data/SOURCES.md). */
    public static final LocalDate CHANGES_OF_2026 = LocalDate.of(2026, 4, 30);

    private final AdministrativeUnits before;
    private final AdministrativeUnits current;

    public UnitEditions(AdministrativeUnits before, AdministrativeUnits current) {
        this.before = before;
        this.current = current;
    }

    public static UnitEditions load() {
        return new UnitEditions(AdministrativeUnits.load(AdministrativeUnits.EDITION_2025_07_01), AdministrativeUnits.current());
    }

    public AdministrativeUnits on(LocalDate day) {
        return day != null && day.isBefore(CHANGES_OF_2026) ? before : current;
    }

    public AdministrativeUnits current() {
        return current;
    }
}
