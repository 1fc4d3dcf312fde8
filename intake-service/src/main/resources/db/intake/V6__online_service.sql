-- Full online public service: the fee in force when a dossier was filed, whether the applicant signed in with their
-- electronic identity, who helped an assisted online filing, the citizen's own dossiers, dossiers citizens started
-- online for a desk to finish, and fees paid through the payment platform.
-- null in rows stored before: the shipped catalogue's fee holds until routing announces the procedure again
ALTER TABLE offered_procedure ADD COLUMN fee_vnd BIGINT;

ALTER TABLE dossier
    ADD COLUMN fee_vnd             BIGINT,
    ADD COLUMN electronic_identity BOOLEAN NOT NULL DEFAULT false,
    -- {helperRole, helperName, unitCode, shift}: who helped the citizen file online
    ADD COLUMN assisted_by         JSONB;
-- A citizen follows every dossier of which they are the applicant, wherever it was filed.
CREATE INDEX dossier_by_applicant ON dossier (applicant_id_number, received_at DESC);

-- A dossier a citizen started online (signed in with their electronic identity), for a desk or a support team to
-- finish with them: the citizen shows its code or QR code. What they typed is kept as typed, checked when finished.
CREATE TABLE draft (
    code          TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{8}$'),
    citizen_id    TEXT        NOT NULL,
    citizen_name  TEXT        NOT NULL,
    request       JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    dossier_code  TEXT
);
CREATE INDEX draft_by_citizen ON draft (citizen_id, created_at DESC);

-- Fees paid through the payment platform. One payment per attempt; at most one is PAID per dossier.
CREATE TABLE payment (
    id             UUID PRIMARY KEY,
    dossier_id     UUID        NOT NULL REFERENCES dossier (id),
    amount_vnd     BIGINT      NOT NULL CHECK (amount_vnd > 0),
    status         TEXT        NOT NULL,
    checkout_url   TEXT,
    transaction_id TEXT,
    requested_by   TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    paid_at        TIMESTAMPTZ,
    failure        TEXT
);
CREATE INDEX payment_by_dossier ON payment (dossier_id, created_at);
CREATE UNIQUE INDEX one_paid_payment_per_dossier ON payment (dossier_id) WHERE status = 'PAID';
