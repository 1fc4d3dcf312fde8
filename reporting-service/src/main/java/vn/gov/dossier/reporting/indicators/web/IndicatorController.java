package vn.gov.dossier.reporting.indicators.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.Indicators;
import vn.gov.dossier.reporting.indicators.Rating;
import vn.gov.dossier.reporting.indicators.ReadingIndicators;
import vn.gov.dossier.reporting.indicators.Scope;

@RestController
@RequestMapping("/api/v1")
class IndicatorController {

    /** Excel reads a CSV as UTF-8 (and Vietnamese names intact) only when it starts with a byte-order mark. */
    private static final String BOM = "\uFEFF";

    private final ReadingIndicators reading;
    private final Clock clock;

    IndicatorController(ReadingIndicators reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    /** A period of Vietnam's calendar days; defaults: from the first day of the current year to today. */
    private record Period(LocalDate from, LocalDate to) {
    }

    /** The indicators of a scope (nation, province, commune, authority) over a period. */
    @GetMapping("/indicators")
    Mono<Indicators> indicators(@RequestParam(defaultValue = "national") String scope, @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to, @AuthenticationPrincipal Officer officer) {
        Scope parsed = readable(scope(scope), officer, "scope");
        Period period = period(from, to);
        return reading.indicators(parsed, period.from(), period.to());
    }

    /** One row per unit of the scope: provinces for national, communes for a province. UTF-8 with a BOM, comma-separated. */
    @GetMapping(value = "/indicators.csv", produces = "text/csv")
    Mono<ResponseEntity<String>> csv(@RequestParam(defaultValue = "national") String scope, @RequestParam(required = false) LocalDate from,
                                     @RequestParam(required = false) LocalDate to, @AuthenticationPrincipal Officer officer) {
        Scope parsed = readable(scope(scope), officer, "scope");
        Period period = period(from, to);
        return reading.byUnit(parsed, period.from(), period.to()).collectList().map(rows -> {
            String fileName = "indicators-" + parsed.toString().replace(':', '-') + "-" + period.from() + "-" + period.to() + ".csv";
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                    .body(BOM + csv(rows));
        });
    }

    /**
     * Every commune of the province, so that "x of N green" is what an operator first sees; those that received and
     * resolved nothing in the period are rated INACTIVE.
     *
     * @param includeInactive {@code false} lists only the communes that received or resolved something
     */
    @GetMapping("/ratings")
    Flux<Rating> ratings(@RequestParam(required = false) String province, @RequestParam(required = false) LocalDate from,
                         @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "true") boolean includeInactive,
                         @AuthenticationPrincipal Officer officer) {
        checkProvince(province, officer);
        Period period = period(from, to);
        return includeInactive ? reading.everyCommuneRated(province, period.from(), period.to()) : reading.ratings(province, period.from(), period.to());
    }

    /**
     * "x of N communes green": every commune of the province counted by its rating, the inactive ones apart.
     *
     * @param communes N, every commune of the province
     */
    record RatingSummary(String provinceCode, LocalDate from, LocalDate to, long communes, long green, long yellow, long red, long inactive) {
    }

    /** How many of a province's communes are green, yellow, red or inactive. */
    @GetMapping("/ratings/summary")
    Mono<RatingSummary> ratingSummary(@RequestParam(required = false) String province, @RequestParam(required = false) LocalDate from,
                                      @RequestParam(required = false) LocalDate to, @AuthenticationPrincipal Officer officer) {
        checkProvince(province, officer);
        Period period = period(from, to);
        return reading.everyCommuneRated(province, period.from(), period.to()).collectMultimap(Rating::rating).map(byRating ->
                new RatingSummary(province, period.from(), period.to(), byRating.values().stream().mapToLong(java.util.Collection::size).sum(),
                        count(byRating, "GREEN"), count(byRating, "YELLOW"), count(byRating, "RED"), count(byRating, Rating.INACTIVE)));
    }

    private static long count(Map<String, java.util.Collection<Rating>> byRating, String rating) {
        return byRating.getOrDefault(rating, List.of()).size();
    }

    private void checkProvince(String province, Officer officer) {
        if (province == null || !reading.knownProvince(province)) {
            throw ApiException.invalid(List.of(new FieldError("province", "must be the code of one of the 34 provinces, e.g. 01")));
        }
        readable(new Scope(Scope.Kind.PROVINCE, province), officer, "province");
    }

    /** The 34 provinces ranked by a rate over the period, best first (those with nothing to rate last, unranked). */
    @GetMapping("/rankings")
    Flux<ReadingIndicators.Ranked> ranking(@RequestParam(defaultValue = "onlineRate") String rate, @RequestParam(required = false) LocalDate from,
                                           @RequestParam(required = false) LocalDate to) {
        if (!Indicators.RATES.contains(rate)) {
            throw ApiException.invalid(List.of(new FieldError("rate", "must be one of " + Indicators.RATES)));
        }
        Period period = period(from, to);
        return reading.ranking(rate, period.from(), period.to());
    }

    /** People helped to file online, per day, commune (the helpers' desk) and what the helpers were doing. */
    @GetMapping("/assistance")
    Flux<Facts.Helped> assistance(@RequestParam(defaultValue = "national") String scope,
                                                                     @RequestParam(required = false) LocalDate from,
                                                                     @RequestParam(required = false) LocalDate to,
                                                                     @AuthenticationPrincipal Officer officer) {
        Scope parsed = readable(scope(scope), officer, "scope");
        Period period = period(from, to);
        return reading.helped(parsed, period.from(), period.to());
    }

    private static String csv(List<ReadingIndicators.UnitIndicators> rows) {
        List<String> header = new ArrayList<>(List.of("unit_code", "unit_name", "from", "to", "received"));
        for (Channel channel : Channel.values()) {
            header.add("received_" + channel.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("cross_boundary", "inter_provincial", "resolved", "early", "on_time", "late", "rejected", "on_time_rate",
                "online_rate", "in_progress", "overdue", "withdrawn", "supplement_requests"));
        for (ResultDelivery delivery : ResultDelivery.values()) {
            header.add("returned_" + delivery.name().toLowerCase(Locale.ROOT));
        }
        header.add("average_working_days_to_resolve");
        header.addAll(List.of("electronic_identity", "electronic_identity_rate", "with_fee", "paid_online", "online_payment_rate", "fully_online",
                "fully_online_rate", "assisted", "home_visits"));
        for (Assistance.HelperRole helper : Assistance.HelperRole.values()) {
            header.add("assisted_by_" + helper.name().toLowerCase(Locale.ROOT));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (ReadingIndicators.UnitIndicators row : rows) {
                Indicators i = row.indicators();
                List<Object> values = new ArrayList<>(List.of(row.unitCode(), row.unitName(), i.from(), i.to(), i.received()));
                for (Channel channel : Channel.values()) {
                    values.add(i.receivedByChannel().getOrDefault(channel.name(), 0L));
                }
                values.addAll(java.util.Arrays.asList(i.crossBoundary(), i.interProvincial(), i.resolved(), i.early(), i.onTime(), i.late(),
                        i.rejected(), rate(i.onTimeRate()), rate(i.onlineRate()), i.inProgress(), i.overdue(), i.withdrawn(), i.supplementRequests()));
                for (ResultDelivery delivery : ResultDelivery.values()) {
                    values.add(i.returnedByDelivery().getOrDefault(delivery.name(), 0L));
                }
                values.add(i.averageWorkingDaysToResolve());
                Indicators.OnlineService online = i.onlineService();
                values.addAll(java.util.Arrays.asList(online.electronicIdentity(), rate(online.electronicIdentityRate()), online.withFee(),
                        online.paidOnline(), rate(online.onlinePaymentRate()), online.fullyOnline(), rate(online.fullyOnlineRate()), online.assisted(),
                        online.homeVisits()));
                for (Assistance.HelperRole helper : Assistance.HelperRole.values()) {
                    values.add(online.assistedByHelper().getOrDefault(helper.name(), 0L));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write CSV to memory", e);
        }
        return out.toString();
    }

    /** Rates with a dot and four decimals (a spreadsheet in any locale reads them), empty when undefined. */
    private static String rate(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.4f", rate);
    }

    /** The scope, when the officer may read it; 403 naming the field otherwise. */
    private Scope readable(Scope scope, Officer officer, String field) {
        if (!reading.readable(scope, officer)) {
            throw ApiException.forbidden("Your unit's indicators do not cover " + scope + ".",
                    List.of(new FieldError(field, "is outside your unit's scope")));
        }
        return scope;
    }

    private static Scope scope(String text) {
        try {
            return Scope.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(new FieldError("scope", e.getMessage())));
        }
    }

    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw ApiException.invalid(List.of(new FieldError("to", "must not be before from")));
        }
        if (first.plusYears(10).isBefore(last)) {
            throw ApiException.invalid(List.of(new FieldError("to", "must be within ten years of from")));
        }
        return new Period(first, last);
    }
}
