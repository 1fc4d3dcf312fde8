package vn.gov.dossier.intake;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.PaperRef;

/** The one way a paper's record is written, for a filing and for a supplement alike. */
public final class PaperRows {

    private PaperRows() {
    }

    /** @param supplement true for a paper brought later (the authority marks it new) */
    public static Mono<Void> insert(DatabaseClient database, UUID dossierId, PaperRef paper, boolean supplement) {
        return database.sql("""
                        INSERT INTO paper (id, dossier_id, title, requirement, sha256, size, media_type, attached_at, unit_code, attached_by,
                            supplement)
                        VALUES (:id, :dossier, :title, :requirement, :sha, :size, :type, :at, :unit, :by, :supplement)""")
                .bind("id", paper.id())
                .bind("dossier", dossierId)
                .bind("title", paper.title())
                .bind("requirement", Parameter.fromOrEmpty(paper.requirement(), String.class))
                .bind("sha", paper.sha256())
                .bind("size", paper.size())
                .bind("type", paper.mediaType())
                .bind("at", paper.attachedAt())
                .bind("unit", paper.unitCode())
                .bind("by", paper.attachedBy())
                .bind("supplement", supplement)
                .then();
    }
}
