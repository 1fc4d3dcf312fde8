-- Applicants as they are: the mobile phone is optional (a landline, a helper's phone, or notices on paper only).
ALTER TABLE dossier ALTER COLUMN applicant_phone DROP NOT NULL;
ALTER TABLE dossier
    ADD COLUMN applicant_birth_date       DATE,
    ADD COLUMN applicant_residence_street TEXT,
    ADD COLUMN applicant_landline         TEXT,
    ADD COLUMN helper_name                TEXT,
    ADD COLUMN helper_phone               TEXT,
    ADD COLUMN paper_notices_only         BOOLEAN NOT NULL DEFAULT false,
    -- {unitCode, street, recipient}: where the result is posted, and where a home visit filed the dossier.
    ADD COLUMN postal_address             JSONB,
    ADD COLUMN visit_address              JSONB,
    -- the signed result (a paper reference, as processing published it), for the desk and the citizen to download
    ADD COLUMN result                     JSONB;

-- The papers a desk received, at filing and with supplements; the bytes are in the paper store under sha256.
CREATE TABLE paper (
    id          UUID PRIMARY KEY,
    -- the order the papers were listed and brought in
    position    BIGSERIAL   NOT NULL,
    dossier_id  UUID        NOT NULL REFERENCES dossier (id),
    title       TEXT        NOT NULL,
    requirement TEXT,
    sha256      TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size        BIGINT      NOT NULL CHECK (size >= 0),
    media_type  TEXT        NOT NULL,
    attached_at TIMESTAMPTZ NOT NULL,
    unit_code   TEXT        NOT NULL,
    attached_by TEXT        NOT NULL,
    -- true: brought later with a supplement (the authority marks it new)
    supplement  BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX paper_by_dossier ON paper (dossier_id, attached_at);
