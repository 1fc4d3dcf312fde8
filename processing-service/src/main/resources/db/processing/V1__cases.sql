CREATE TABLE processing_case (
    dossier_id          UUID PRIMARY KEY,
    dossier_code        TEXT        NOT NULL UNIQUE,
    procedure_code      TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    authority_id        TEXT        NOT NULL,
    authority_name      TEXT        NOT NULL,
    authority_level     TEXT        NOT NULL,
    authority_unit_code TEXT,
    authority_province  TEXT,
    authority_agency    TEXT        NOT NULL,
    receiving_unit_code TEXT        NOT NULL,
    cross_boundary      BOOLEAN     NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    due_at              TIMESTAMPTZ NOT NULL,
    original_due_at     TIMESTAMPTZ NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX processing_case_queue ON processing_case (authority_id, status, due_at);

CREATE TABLE case_history (
    id         BIGSERIAL PRIMARY KEY,
    dossier_id UUID        NOT NULL REFERENCES processing_case (dossier_id),
    status     TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT,
    unit_code  TEXT,
    note       TEXT
);
CREATE INDEX case_history_by_case ON case_history (dossier_id, at);
