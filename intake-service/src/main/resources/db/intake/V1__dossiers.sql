CREATE TABLE dossier (
    id                      UUID PRIMARY KEY,
    code                    TEXT        NOT NULL UNIQUE,
    procedure_code          TEXT        NOT NULL,
    receiving_unit_code     TEXT        NOT NULL,
    receiving_province_code TEXT        NOT NULL,
    channel                 TEXT        NOT NULL,
    applicant_full_name     TEXT        NOT NULL,
    applicant_id_number     TEXT        NOT NULL,
    applicant_phone         TEXT        NOT NULL,
    applicant_email         TEXT,
    residence_unit_code     TEXT        NOT NULL,
    subject_unit_code       TEXT,
    result_delivery         TEXT        NOT NULL,
    documents               JSONB       NOT NULL DEFAULT '[]',
    status                  TEXT        NOT NULL,
    received_at             TIMESTAMPTZ NOT NULL,
    appointment_date        DATE        NOT NULL,
    due_at                  TIMESTAMPTZ NOT NULL,
    lookup_secret           TEXT        NOT NULL,
    authority_id            TEXT,
    authority_name          TEXT,
    authority_level         TEXT,
    authority_unit_code     TEXT,
    authority_agency        TEXT,
    cross_boundary          BOOLEAN,
    version                 BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE dossier_history (
    id         BIGSERIAL PRIMARY KEY,
    dossier_id UUID        NOT NULL REFERENCES dossier (id),
    status     TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    note       TEXT
);
CREATE INDEX dossier_history_by_dossier ON dossier_history (dossier_id, at);

-- One counter per desk and day: codes stay short and unique under concurrent registrations.
CREATE TABLE dossier_code_counter (
    unit_code TEXT   NOT NULL,
    day       DATE   NOT NULL,
    last      BIGINT NOT NULL,
    PRIMARY KEY (unit_code, day)
);

CREATE TABLE idempotency_key (
    key         TEXT PRIMARY KEY,
    fingerprint TEXT        NOT NULL,
    dossier_id  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
