package vn.gov.dossier.intake.deskwork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.intake.registration.NewDossier;

/**
 * What a desk asks for a dossier, as the clerk gave it (checked by {@link TakingDeskSteps}, not trusted).
 *
 * @param deskUnitCode the desk that acts (any desk); null for the desk that received the dossier
 * @param note the supplement's note or the withdrawal's reason; null for a handover
 * @param documents the papers a supplement brings; empty otherwise
 */
public record DeskRequest(DeskStep step, String deskUnitCode, String note, List<NewDossier.Document> documents) {

    public DeskRequest {
        // Not List.copyOf: a null entry is the client's mistake, named by the validation, not a crash here.
        documents = documents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(documents));
    }

    public static DeskRequest supplement(List<NewDossier.Document> documents, String note, String deskUnitCode) {
        return new DeskRequest(DeskStep.SUPPLEMENT_PROVIDED, deskUnitCode, note, documents);
    }

    public static DeskRequest withdrawal(String reason, String deskUnitCode) {
        return new DeskRequest(DeskStep.WITHDRAWAL_REQUESTED, deskUnitCode, reason, List.of());
    }

    public static DeskRequest handover(String deskUnitCode) {
        return new DeskRequest(DeskStep.RESULT_HANDED_OVER, deskUnitCode, null, List.of());
    }

    /** What the history says was brought or asked: the note as given, or a supplement's paper titles when it has none. */
    String description() {
        if (note != null && !note.isBlank()) {
            return note;
        }
        return documents.isEmpty() ? null : String.join("; ", documents.stream().map(NewDossier.Document::title).toList());
    }
}
