-- The applicant's file, as intake's submission carried it (personal data: the authority needs it to decide).
CREATE TABLE applicant_file (
    dossier_id   UUID PRIMARY KEY,
    dossier_code TEXT  NOT NULL UNIQUE,
    file         JSONB NOT NULL
);

-- The papers of a dossier, by reference (the bytes are in the paper store); fresh: brought by a supplement.
CREATE TABLE case_paper (
    id          UUID PRIMARY KEY,
    -- the order the papers were listed and brought in
    position    BIGSERIAL   NOT NULL,
    dossier_id  UUID        NOT NULL,
    attached_at TIMESTAMPTZ NOT NULL,
    paper       JSONB       NOT NULL,
    fresh       BOOLEAN     NOT NULL
);
CREATE INDEX case_paper_by_dossier ON case_paper (dossier_id, attached_at);
