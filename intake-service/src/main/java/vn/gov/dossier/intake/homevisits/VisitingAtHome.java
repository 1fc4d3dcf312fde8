package vn.gov.dossier.intake.homevisits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.registration.Violation;
import vn.gov.dossier.platform.application.Officer;

/**
 * A commune's home visits: requested for an elderly or disabled applicant, scheduled and assigned to an officer, and
 * then filed on the spot ({@code POST /api/v1/dossiers} with the visit's id, from the same screens on a tablet).
 */
public class VisitingAtHome {

    /** Why someone cannot come to the desk. */
    public static final Set<String> REASONS = Set.of("ELDERLY", "DISABLED", "ILL", "OTHER");
    public static final Set<String> SHIFTS = Set.of("MORNING", "AFTERNOON", "EVENING");
    private static final Pattern PHONE = Pattern.compile("0[0-9]{9,10}");
    private static final Pattern PROCEDURE = Pattern.compile("[0-9]\\.[0-9]{6}");

    /** Fields refused, each named. */
    public static class InvalidVisit extends RuntimeException {
        private final transient List<Violation> violations;

        InvalidVisit(List<Violation> violations) {
            super("invalid home visit: " + violations);
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /**
     * What a clerk asks for.
     *
     * @param reason ELDERLY, DISABLED, ILL or OTHER
     * @param procedureCode what they need done, where known
     */
    public record Request(String applicantName, String phone, String street, String reason, String procedureCode, String note) {
    }

    /** @param assignedTo the visiting officer's name; the scheduling clerk when left out */
    public record Schedule(LocalDate day, String shift, String assignedTo) {
    }

    private final HomeVisits visits;
    private final Clock clock;

    public VisitingAtHome(HomeVisits visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    /** A visit requested at the clerk's own commune. */
    public Mono<HomeVisit> request(Request request, Officer clerk) {
        List<Violation> invalid = new ArrayList<>();
        if (request.applicantName() == null || request.applicantName().isBlank() || request.applicantName().length() > 100) {
            invalid.add(new Violation("applicantName", "is required, at most 100 characters"));
        }
        if (request.phone() != null && !PHONE.matcher(request.phone()).matches()) {
            invalid.add(new Violation("phone", "must be a Vietnamese phone number, e.g. 0912345678"));
        }
        if (request.street() == null || request.street().isBlank() || request.street().length() > 200) {
            invalid.add(new Violation("street", "is required: the house number and street to visit, at most 200 characters"));
        }
        if (request.reason() == null || !REASONS.contains(request.reason())) {
            invalid.add(new Violation("reason", "must be one of " + REASONS.stream().sorted().toList()));
        }
        if (request.procedureCode() != null && !PROCEDURE.matcher(request.procedureCode()).matches()) {
            invalid.add(new Violation("procedureCode", "must be a procedure code such as 1.004222"));
        }
        if (request.note() != null && request.note().length() > 500) {
            invalid.add(new Violation("note", "must be at most 500 characters"));
        }
        if (!invalid.isEmpty()) {
            return Mono.error(new InvalidVisit(invalid));
        }
        HomeVisit visit = new HomeVisit(UUID.randomUUID(), clerk.unit(), request.applicantName().trim(), request.phone(), request.street().trim(),
                request.reason(), request.procedureCode(), request.note(), clerk.name(), now(), HomeVisit.REQUESTED, null, null, null, null);
        return visits.add(visit).thenReturn(visit);
    }

    public Flux<HomeVisit> ofCommune(String communeCode, String status) {
        return visits.ofCommune(communeCode, status);
    }

    /** A visit of the clerk's commune; empty for another commune's (answered as if it did not exist). */
    public Mono<HomeVisit> visit(UUID id, Officer clerk) {
        return visits.byId(id).filter(visit -> visit.communeCode().equals(clerk.unit()));
    }

    /** @return the visit as scheduled; empty when it is not the clerk's commune's; an {@link IllegalStateException} once it was filed */
    public Mono<HomeVisit> schedule(UUID id, Schedule schedule, Officer clerk) {
        List<Violation> invalid = new ArrayList<>();
        if (schedule.day() == null || schedule.day().isBefore(now().toLocalDate())) {
            invalid.add(new Violation("day", "is required, today or later"));
        }
        if (schedule.shift() != null && !SHIFTS.contains(schedule.shift())) {
            invalid.add(new Violation("shift", "must be one of " + SHIFTS.stream().sorted().toList()));
        }
        if (schedule.assignedTo() != null && (schedule.assignedTo().isBlank() || schedule.assignedTo().length() > 100)) {
            invalid.add(new Violation("assignedTo", "must be the visiting officer's name, at most 100 characters"));
        }
        if (!invalid.isEmpty()) {
            return Mono.error(new InvalidVisit(invalid));
        }
        String officer = schedule.assignedTo() == null ? clerk.name() : schedule.assignedTo().trim();
        return visit(id, clerk).flatMap(visit -> visits.schedule(id, schedule.day(), schedule.shift(), officer)
                .flatMap(done -> done ? visits.byId(id) : Mono.error(new IllegalStateException("Home visit " + id + " was " + visit.status()
                        + " already; it can no longer be scheduled."))));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
    }
}
