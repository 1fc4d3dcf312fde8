package vn.gov.dossier.intake.receipt;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.intake.status.StatusViews;

/** A desk (re)prints a dossier's receipt; the competent authority appears once routing has named it. */
public class PrintingReceipt {

    private final Dossiers dossiers;
    private final StatusViews views;
    private final ReceivingRules rules;
    private final ReceiptPdf pdf;
    private final String publicLookupBase;

    /** @param publicLookupBase where citizens reach intake's public look-up, e.g. {@code https://dichvucong.example.vn} */
    public PrintingReceipt(Dossiers dossiers, StatusViews views, ReceivingRules rules, ReceiptPdf pdf, String publicLookupBase) {
        this.dossiers = dossiers;
        this.views = views;
        this.rules = rules;
        this.pdf = pdf;
        this.publicLookupBase = publicLookupBase.endsWith("/") ? publicLookupBase.substring(0, publicLookupBase.length() - 1) : publicLookupBase;
    }

    /**
     * The PDF, or empty when no dossier has that code or it was received at another desk: the receipt carries the
     * applicant's name and the look-up secret, so only the receiving desk reprints it.
     */
    public Mono<byte[]> print(String code, String deskUnitCode) {
        return dossiers.byCode(code)
                .filter(dossier -> dossier.receivingUnitCode().equals(deskUnitCode))
                .zipWhen(dossier -> views.byCode(code))
                .map(found -> receipt(found.getT1(), found.getT2().authority() == null ? null : found.getT2().authority().name()))
                .publishOn(Schedulers.boundedElastic())
                .map(pdf::render);
    }

    Receipt receipt(Dossier dossier, String authorityName) {
        String lookupUrl = publicLookupBase + "/tra-cuu/" + dossier.code() + "?secret=" + dossier.lookupSecret();
        return new Receipt(dossier.code(), dossier.procedureCode(), rules.procedureName(dossier.procedureCode()).orElse(""),
                rules.deskName(dossier.receivingUnitCode()).orElse(dossier.receivingUnitCode()), dossier.applicant().fullName(),
                dossier.channel().name(), dossier.receivedAt(), dossier.appointmentDate(), dossier.dueAt(), authorityName,
                dossier.resultDelivery().name(), dossier.documents().stream().map(PrintingReceipt::received).toList(),
                dossier.lookupSecret(), lookupUrl, dossier.feeVnd(), dossier.assistedBy() != null);
    }

    /** A paper as the receipt lists it: its title, and whether its scan was received and stored with the dossier. */
    static String received(NewDossier.Document document) {
        return document.file() == null ? document.title() : document.title() + " (bản scan đã lưu / scan stored)";
    }
}
