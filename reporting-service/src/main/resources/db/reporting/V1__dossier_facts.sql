-- One row per dossier. Any event may create the row (events arrive in any order across topics); each event fills
-- only its own columns, so the row converges whatever the order.
CREATE TABLE dossier_fact (
    dossier_id              UUID PRIMARY KEY,
    dossier_code            TEXT        NOT NULL,
    procedure_code          TEXT,
    channel                 TEXT,
    receiving_unit_code     TEXT,
    receiving_province_code TEXT,
    received_at             TIMESTAMPTZ,
    due_at                  TIMESTAMPTZ,
    authority_id            TEXT,
    authority_province      TEXT,
    routed_at               TIMESTAMPTZ,
    cross_boundary          BOOLEAN,
    inter_provincial        BOOLEAN,
    routing_failed_at       TIMESTAMPTZ,
    decided_at              TIMESTAMPTZ,
    timeliness              TEXT,
    withdrawn_at            TIMESTAMPTZ,
    supplement_requests     INT         NOT NULL DEFAULT 0
);
CREATE INDEX dossier_fact_received ON dossier_fact (received_at);
CREATE INDEX dossier_fact_province ON dossier_fact (receiving_province_code, received_at);
CREATE INDEX dossier_fact_commune ON dossier_fact (receiving_unit_code, received_at);
CREATE INDEX dossier_fact_authority ON dossier_fact (authority_id, received_at);
