-- What exchange-service knows of each dossier, from the events of intake, routing and processing: what the national
-- systems are sent. Each group of fields is moved only by an event newer than the one that last set it (the three
-- topics arrive in any order); version grows only when something the portal shows changed, so that replaying the
-- topics from the start sends the portal nothing it holds.
CREATE TABLE dossier (
    dossier_id              UUID PRIMARY KEY,
    code                    TEXT        NOT NULL UNIQUE,
    submitted               BOOLEAN     NOT NULL DEFAULT FALSE,
    procedure_code          TEXT,
    receiving_unit_code     TEXT,
    receiving_province_code TEXT,
    channel                 TEXT,
    received_at             TIMESTAMPTZ,
    appointment_date        DATE,
    electronic_identity     BOOLEAN     NOT NULL DEFAULT FALSE,
    fee_vnd                 BIGINT,
    result_delivery         TEXT,
    result_address          JSONB,
    applicant_full_name     TEXT,
    status                  TEXT,
    status_at               TIMESTAMPTZ,
    due_at                  TIMESTAMPTZ,
    due_set_at              TIMESTAMPTZ,
    authority_id            TEXT,
    authority_name          TEXT,
    authority_set_at        TIMESTAMPTZ,
    result_ready            BOOLEAN     NOT NULL DEFAULT FALSE,
    result_available        BOOLEAN     NOT NULL DEFAULT FALSE,
    payment_status          TEXT,
    paid_at                 TIMESTAMPTZ,
    version                 BIGINT      NOT NULL DEFAULT 0,
    changed_at              TIMESTAMPTZ NOT NULL
);

-- The applicant's identity checked against the population database, once per dossier filed without VNeID.
CREATE TABLE identity_check (
    dossier_id UUID PRIMARY KEY REFERENCES dossier (dossier_id),
    status     TEXT        NOT NULL,   -- PENDING, MATCHED, MISMATCHED, NOT_FOUND, ELECTRONIC_IDENTITY
    asked_by   TEXT,
    asked_unit TEXT,
    asked_at   TIMESTAMPTZ NOT NULL,
    attempts   INT         NOT NULL DEFAULT 0,
    checked_at TIMESTAMPTZ
);

-- Results by post: one dispatch per dossier, handed to the postal service under its reference and tracked until
-- delivered. The reference is the postal service's idempotency key: one shipment per reference.
CREATE TABLE postal_dispatch (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      UUID        NOT NULL UNIQUE REFERENCES dossier (dossier_id),
    reference       TEXT        NOT NULL UNIQUE,
    status          TEXT        NOT NULL,   -- PENDING, DISPATCHED, DELIVERED (FAILED is its outbound work item's)
    tracking_number TEXT,
    attempts        INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    dispatched_at   TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ
);
