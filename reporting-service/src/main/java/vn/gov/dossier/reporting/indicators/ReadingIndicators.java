package vn.gov.dossier.reporting.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Procedure;
import vn.gov.dossier.reference.Province;

/** DOMAIN.md's indicators for a scope and a period of Vietnam's calendar days, whole or unit by unit, and the ratings. */
public class ReadingIndicators {

    /** One unit's indicators with the unit's name, for the CSV. */
    public record UnitIndicators(String unitCode, String unitName, Indicators indicators) {
    }

    private final Facts facts;
    private final RatingThresholds thresholds;
    private final Clock clock;
    private final AdministrativeUnits units = AdministrativeUnits.current();
    private final Catalogue catalogue = Catalogue.seed();

    public ReadingIndicators(Facts facts, RatingThresholds thresholds, Clock clock) {
        this.facts = facts;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public Mono<Indicators> indicators(Scope scope, LocalDate from, LocalDate to) {
        return facts.count(scope, Breakdown.NONE, start(from), end(to), OffsetDateTime.now(clock))
                .next()
                .map(counts -> counts.indicators(scope.toString(), from, to));
    }

    /** One row per unit of the scope that has anything counted: provinces of the country, communes of a province. */
    public Flux<UnitIndicators> byUnit(Scope scope, LocalDate from, LocalDate to) {
        Breakdown by = Breakdown.unitsOf(scope);
        return facts.count(scope, by, start(from), end(to), OffsetDateTime.now(clock))
                .map(counts -> new UnitIndicators(counts.unit(), name(by, counts.unit()),
                        counts.indicators(label(by, counts.unit()), from, to)));
    }

    /** The communes of a province with anything received or resolved in the period, each rated. */
    public Flux<Rating> ratings(String provinceCode, LocalDate from, LocalDate to) {
        return facts.count(new Scope(Scope.Kind.PROVINCE, provinceCode), Breakdown.COMMUNE, start(from), end(to), OffsetDateTime.now(clock))
                .map(counts -> {
                    Indicators indicators = counts.indicators("commune:" + counts.unit(), from, to);
                    return new Rating(counts.unit(), name(Breakdown.COMMUNE, counts.unit()),
                            thresholds.rate(indicators.onTimeRate(), indicators.onlineRate()), indicators.onTimeRate(), indicators.onlineRate(),
                            indicators.received(), indicators.resolved());
                });
    }

    /**
     * Every commune of a province, rated, in the units' order: those that received or resolved something first, then
     * those with nothing in the period, {@link Rating#INACTIVE}.
     */
    public Flux<Rating> everyCommuneRated(String provinceCode, LocalDate from, LocalDate to) {
        return ratings(provinceCode, from, to).collectMap(Rating::communeCode).flatMapIterable(active -> units.communesOf(provinceCode).stream()
                .map(commune -> active.getOrDefault(commune.code(),
                        new Rating(commune.code(), commune.fullName(), Rating.INACTIVE, null, null, 0, 0)))
                .sorted(java.util.Comparator.comparing(rating -> Rating.INACTIVE.equals(rating.rating())))
                .toList());
    }

    /** One province's place among all 34 by a rate (a province with nothing to rate comes last, unranked). */
    public record Ranked(Integer rank, String provinceCode, String provinceName, Double value, long received) {
    }

    public Flux<Ranked> ranking(String rate, LocalDate from, LocalDate to) {
        return byUnit(new Scope(Scope.Kind.NATIONAL, null), from, to).collectMap(UnitIndicators::unitCode).flatMapIterable(counted -> {
            List<Ranked> rows = new ArrayList<>();
            for (Province province : units.provinces()) {
                UnitIndicators row = counted.get(province.code());
                rows.add(new Ranked(null, province.code(), province.name(), row == null ? null : row.indicators().rate(rate),
                        row == null ? 0 : row.indicators().received()));
            }
            rows.sort(Comparator.comparing(Ranked::value, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Ranked::provinceCode));
            List<Ranked> ranked = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Ranked row = rows.get(i);
                ranked.add(new Ranked(row.value() == null ? null : i + 1, row.provinceCode(), row.provinceName(), row.value(), row.received()));
            }
            return ranked;
        });
    }

    /** The online filings helped in the period, by day, commune and what the helper was doing. */
    public Flux<Facts.Helped> helped(Scope scope, LocalDate from, LocalDate to) {
        return facts.helped(scope, start(from), end(to));
    }

    /** The year to date by receiving province, for the gauges. */
    public Mono<Void> refresh(IndicatorGauges gauges) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return facts.count(new Scope(Scope.Kind.NATIONAL, null), Breakdown.PROVINCE, start(today.withDayOfYear(1)), end(today),
                        OffsetDateTime.now(clock))
                .collectList()
                .doOnNext(gauges::counted)
                .then();
    }

    /**
     * Whether the officer may read indicators over this scope: operations over their province (a commune or an authority
     * within it) or over anything; a desk over its own commune; a processor over their own authority.
     */
    public boolean readable(Scope scope, Officer officer) {
        if (officer.isNationalOperator()) {
            return true;
        }
        return switch (scope.kind()) {
            case NATIONAL, PROCEDURE -> false;
            case PROVINCE -> officer.operatesIn(scope.code());
            case COMMUNE -> officer.isAt(Role.CLERK, scope.code())
                    || units.commune(scope.code()).map(commune -> officer.operatesIn(commune.provinceCode())).orElse(false);
            case AUTHORITY -> officer.isAt(Role.PROCESSOR, scope.code()) || authorityProvince(scope.code()).map(officer::operatesIn).orElse(false);
        };
    }

    /** An authority's province, from its id: STP-01 (a province's department), CA-26737 (a commune's), BTP (national: none). */
    private Optional<String> authorityProvince(String authorityId) {
        int dash = authorityId.lastIndexOf('-');
        String unit = dash < 0 ? "" : authorityId.substring(dash + 1);
        if (unit.length() == 2) {
            return Optional.of(unit);
        }
        return unit.length() == 5 ? units.commune(unit).map(Commune::provinceCode) : Optional.empty();
    }

    public boolean knownProvince(String code) {
        return units.province(code).isPresent();
    }

    private String name(Breakdown by, String code) {
        Optional<String> name = switch (by) {
            case PROVINCE -> units.province(code).map(Province::name);
            case COMMUNE -> units.commune(code).map(Commune::fullName);
            case PROCEDURE -> catalogue.procedure(code).map(Procedure::name);
            case AUTHORITY, NONE -> Optional.empty();
        };
        return name.orElse(code);
    }

    private static String label(Breakdown by, String code) {
        return by == Breakdown.NONE ? "national" : by.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }

    private static OffsetDateTime start(LocalDate from) {
        return from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }
}
