-- Deliveries become a queue: decided when their event arrives, sent by each channel's dispatcher, retried, FAILED when
-- the attempts are spent, resendable.
CREATE TABLE dossier (
    dossier_id          UUID PRIMARY KEY,
    dossier_code        TEXT    NOT NULL,
    procedure_code      TEXT,
    receiving_unit_code TEXT,
    result_delivery     TEXT,
    applicant_name      TEXT,
    phone               TEXT,
    email               TEXT,
    contact_known       BOOLEAN NOT NULL DEFAULT FALSE,
    authority_name      TEXT
);

ALTER TABLE delivery ADD COLUMN dossier_id UUID;
ALTER TABLE delivery ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE delivery ADD COLUMN subject TEXT;
ALTER TABLE delivery ADD COLUMN next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE delivery ADD COLUMN last_error TEXT;
ALTER TABLE delivery ALTER COLUMN recipient DROP NOT NULL;
ALTER TABLE delivery ALTER COLUMN body DROP NOT NULL;
CREATE INDEX delivery_due ON delivery (channel, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_by_dossier_id ON delivery (dossier_id) WHERE status = 'PENDING';
CREATE INDEX delivery_by_event ON delivery (event_id);

-- The in-app inbox of desks and authorities.
CREATE TABLE inbox_message (
    id           BIGSERIAL PRIMARY KEY,
    recipient    TEXT        NOT NULL,
    dossier_code TEXT,
    subject      TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX inbox_message_by_recipient ON inbox_message (recipient, id DESC);
