CREATE TABLE routing_decision (
    dossier_id          UUID PRIMARY KEY,
    dossier_code        TEXT        NOT NULL UNIQUE,
    authority_id        TEXT        NOT NULL,
    authority_name      TEXT        NOT NULL,
    authority_level     TEXT        NOT NULL,
    authority_unit_code TEXT,
    authority_province  TEXT,
    authority_agency    TEXT        NOT NULL,
    rule                TEXT        NOT NULL,
    cross_boundary      BOOLEAN     NOT NULL,
    inter_provincial    BOOLEAN     NOT NULL,
    decided_at          TIMESTAMPTZ NOT NULL
);

-- The manual-routing queue: dossiers no rule could route, with the event they came with, until someone assigns them.
CREATE TABLE routing_failure (
    dossier_id          UUID PRIMARY KEY,
    dossier_code        TEXT        NOT NULL UNIQUE,
    procedure_code      TEXT        NOT NULL,
    receiving_unit_code TEXT        NOT NULL,
    reason              TEXT        NOT NULL,
    submitted           JSONB       NOT NULL,
    failed_at           TIMESTAMPTZ NOT NULL,
    resolved_at         TIMESTAMPTZ
);
