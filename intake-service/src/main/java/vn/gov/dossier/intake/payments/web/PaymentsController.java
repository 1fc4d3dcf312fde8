package vn.gov.dossier.intake.payments.web;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.intake.payments.CallbackSignature;
import vn.gov.dossier.intake.payments.PayingFees;
import vn.gov.dossier.intake.payments.Payment;
import vn.gov.dossier.intake.payments.PaymentStatus;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

/**
 * Fees paid online:
 * <ul>
 * <li>{@code POST /api/v1/citizen/dossiers/{code}/payments}: the citizen pays their own dossier's fee (201 with the
 * platform's {@code checkoutUrl}); {@code GET} lists its payments;</li>
 * <li>{@code POST|GET /api/v1/dossiers/{code}/payments}: the same at any desk, for a citizen paying there by card or QR;</li>
 * <li>{@code POST /api/v1/public/payments/callback}: the platform's outcome, signed ({@code X-Payment-Signature}); a
 * wrong signature answers 401 and changes nothing, a repeated callback changes nothing.</li>
 * </ul>
 * 409 when there is no fee or it is paid already; 503 when the platform cannot be reached (the payment is FAILED and
 * listed, and the fee can still be paid at the desk).
 */
@RestController
@RequestMapping("/api/v1")
class PaymentsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PayingFees paying;
    private final Dossiers dossiers;
    private final StatusViews views;
    private final CallbackSignature signature;

    PaymentsController(PayingFees paying, Dossiers dossiers, StatusViews views, CallbackSignature signature) {
        this.paying = paying;
        this.dossiers = dossiers;
        this.views = views;
        this.signature = signature;
    }

    /** A payment PENDING longer than this was most likely abandoned at the platform: shown so, and a new one may be opened. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

    /** @param abandoned PENDING for more than half an hour: the citizen most likely left the platform's page */
    record PaymentView(UUID id, String dossierCode, long amountVnd, String status, String checkoutUrl, String transactionId,
                       OffsetDateTime createdAt, OffsetDateTime paidAt, String failure, boolean abandoned) {

        static PaymentView of(Payment payment) {
            boolean abandoned = payment.status() == PaymentStatus.PENDING
                    && payment.createdAt().isBefore(OffsetDateTime.now().minus(ABANDONED_AFTER));
            return new PaymentView(payment.id(), payment.dossierCode(), payment.amountVnd(), payment.status().name(), payment.checkoutUrl(),
                    payment.transactionId(), payment.createdAt(), payment.paidAt(), payment.failure(), abandoned);
        }
    }

    /** A citizen opens a payment of their own dossier's fee at the payment platform. */
    @PostMapping("/citizen/dossiers/{code}/payments")
    Mono<ResponseEntity<PaymentView>> payOwn(@PathVariable String code, @AuthenticationPrincipal Officer citizen) {
        return own(code, citizen).flatMap(dossier -> opened(dossier, citizen.name()));
    }

    /** The payments of a citizen's own dossier. */
    @GetMapping("/citizen/dossiers/{code}/payments")
    Flux<PaymentView> ownPayments(@PathVariable String code, @AuthenticationPrincipal Officer citizen) {
        return own(code, citizen).flatMapMany(paying::of).map(PaymentView::of);
    }

    /** The desk records the fee paid in cash at the desk. */
    @PostMapping("/dossiers/{code}/payments")
    Mono<ResponseEntity<PaymentView>> payAtDesk(@PathVariable String code, @AuthenticationPrincipal Officer clerk) {
        return any(code).flatMap(dossier -> opened(dossier, clerk.name()));
    }

    /** A dossier's payments, paid, pending, failed or refunded. */
    @GetMapping("/dossiers/{code}/payments")
    Flux<PaymentView> payments(@PathVariable String code) {
        return any(code).flatMapMany(paying::of).map(PaymentView::of);
    }

    /**
     * The platform's outcome of one payment.
     *
     * @param reference intake's payment id, as it was given when the payment was opened
     * @param status PAID, FAILED or CANCELLED
     */
    record Callback(String reference, String status, Long amountVnd, String transactionId, OffsetDateTime paidAt, String reason) {
    }

    /** The payment platform's signed callback: a payment paid, failed or cancelled. */
    @PostMapping("/public/payments/callback")
    Mono<ResponseEntity<Map<String, String>>> callback(@RequestBody byte[] body,
                                                       @RequestHeader(name = CallbackSignature.HEADER, required = false) String signed) {
        if (!signature.matches(body, signed)) {
            return Mono.error(ApiException.unauthorized("The callback's signature (" + CallbackSignature.HEADER + ") does not match its body."));
        }
        Callback callback;
        try {
            callback = JSON.readValue(body, Callback.class);
        } catch (RuntimeException unreadable) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("body", "is not a payment outcome"))));
        }
        UUID reference = Params.uuid("reference", callback.reference());
        if (callback.status() == null || callback.amountVnd() == null) {
            return Mono.error(ApiException.invalid(List.of(new FieldError(callback.status() == null ? "status" : "amountVnd", "is required"))));
        }
        return paying.callback(new PayingFees.Outcome(reference, callback.status(), callback.amountVnd(), callback.transactionId(), callback.paidAt(),
                        callback.reason()))
                .map(payment -> ResponseEntity.ok(Map.of("status", payment.status().name())))
                .onErrorMap(PayingFees.UnknownPayment.class, unknown -> ApiException.unprocessable(unknown.getMessage(),
                        List.of(new FieldError("reference", unknown.getMessage()))));
    }

    private Mono<ResponseEntity<PaymentView>> opened(Dossier dossier, String requestedBy) {
        return paying.open(dossier, requestedBy)
                .map(payment -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/dossiers/" + dossier.code() + "/payments/" + payment.id()))
                        .body(PaymentView.of(payment)))
                .onErrorMap(PayingFees.NoFee.class, none -> ApiException.conflict(none.getMessage(), Map.of("feeVnd", 0)))
                .onErrorMap(PayingFees.AlreadyPaid.class, paid -> ApiException.conflict(paid.getMessage(), Map.of()))
                .onErrorMap(PayingFees.PlatformUnavailable.class, down -> ApiException.unavailable(down.getMessage()));
    }

    private Mono<Dossier> own(String code, Officer citizen) {
        Params.dossierCode("code", code);
        return views.ownedBy(code, citizen.personalId()).flatMap(dossiers::byCode)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("You have no dossier with the code " + code + ".")));
    }

    private Mono<Dossier> any(String code) {
        Params.dossierCode("code", code);
        return dossiers.byCode(code).switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")));
    }
}
