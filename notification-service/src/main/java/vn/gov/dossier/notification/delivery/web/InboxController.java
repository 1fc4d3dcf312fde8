package vn.gov.dossier.notification.delivery.web;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/** The in-app inbox of a desk (its unit code) or an authority (its id), newest first: for that unit's own officers only. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

    record Message(long id, String dossierCode, String subject, String body, OffsetDateTime at) {
    }

    private final DatabaseClient database;

    InboxController(DatabaseClient database) {
        this.database = database;
    }

    /** The notices sent to a unit's inbox (an authority's or a desk's), newest first. */
    @GetMapping("/{recipient}")
    Flux<Message> inbox(@PathVariable String recipient, @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Officer officer) {
        Params.authorityId("recipient", recipient);
        Params.size("size", size);
        if (!officer.isAt(Role.PROCESSOR, recipient) && !officer.isAt(Role.CLERK, recipient)) {
            // Another unit's inbox is not there for this officer: the same answer whatever it holds.
            return Flux.error(ApiException.notFound("No inbox " + recipient + " for you."));
        }
        return database.sql("SELECT * FROM inbox_message WHERE recipient = :recipient ORDER BY id DESC LIMIT :size")
                .bind("recipient", recipient)
                .bind("size", size)
                .map((row, meta) -> new Message(row.get("id", Long.class), row.get("dossier_code", String.class), row.get("subject", String.class),
                        row.get("body", String.class), VietnamTime.of(row.get("at", OffsetDateTime.class))))
                .all();
    }
}
