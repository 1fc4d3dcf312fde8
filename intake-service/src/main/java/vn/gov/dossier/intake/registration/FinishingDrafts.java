package vn.gov.dossier.intake.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/**
 * A citizen starts a dossier online, signed in with their electronic identity; a clerk or a support team at any
 * commune finishes it with them (the citizen shows its code). The dossier is then an online, assisted filing with
 * electronic identity, received at the helper's commune.
 */
public class FinishingDrafts {

    /** How long a started dossier waits for a desk. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final int CODE_LENGTH = 8;

    private final Drafts drafts;
    private final RegisteringDossier registering;
    private final Clock clock;

    public FinishingDrafts(Drafts drafts, RegisteringDossier registering, Clock clock) {
        this.drafts = drafts;
        this.registering = registering;
        this.clock = clock;
    }

    /** The citizen starts one: what they typed is kept as typed, with them as the applicant. */
    public Mono<Draft> start(NewDossier typed, Officer citizen) {
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
        NewDossier theirs = new NewDossier(typed.procedureCode(), typed.receivingUnitCode(), typed.channel(), typed.applicant(),
                typed.subjectUnitCode(), typed.resultDelivery(), typed.documents(), typed.formerSubjectUnitCode(), typed.postalAddress(),
                typed.visitAddress()).filedOnlineBy(citizen.personalId(), citizen.name());
        Draft draft = new Draft(LookupSecret.generate(CODE_LENGTH), citizen.personalId(), citizen.name(), theirs, now, now.plus(KEPT_FOR), null);
        return drafts.add(draft).thenReturn(draft);
    }

    /** A citizen's started dossiers, newest first. */
    public reactor.core.publisher.Flux<Draft> ofCitizen(String citizenId, int limit) {
        return drafts.ofCitizen(citizenId, limit);
    }

    /** A draft a helper may finish: empty when no draft has that code or it expired unfiled. */
    public Mono<Draft> open(String code) {
        return drafts.byCode(code).filter(draft -> !draft.expired(OffsetDateTime.now(clock)));
    }

    /**
     * Files it at the helper's commune as an assisted online filing. Finishing it again answers the same dossier (the
     * draft's code is the filing's idempotency key).
     *
     * @param assisted what the helper was doing; a clerk who says nothing helped as a clerk, a support team member as
     *     the rapid-response team
     * @param completion what the helper completed with the citizen (a missing residence, a phone…); null for nothing
     */
    public Mono<Registration> finish(Draft draft, NewDossier.Assisted assisted, NewDossier completion, Officer helper) {
        Filing filing = Filing.byOfficer(helper).finishingWhatACitizenStarted();
        NewDossier.Assisted helped = assisted != null && assisted.helperRole() != null ? assisted
                : new NewDossier.Assisted((filing.as() == Role.CLERK ? Assistance.HelperRole.CLERK : Assistance.HelperRole.RAPID_RESPONSE_TEAM).name(),
                        assisted == null ? null : assisted.shift());
        NewDossier request = draft.request().completedWith(completion).atDesk(helper.unit()).assisted(helped);
        return registering.register(request, filing, "draft-" + draft.code(), List.of())
                .flatMap(registration -> drafts.filed(draft.code(), registration.dossier().code()).thenReturn(registration));
    }
}
