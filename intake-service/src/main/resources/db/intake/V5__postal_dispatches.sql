-- Results by post: one dispatch per dossier, handed to the postal service and tracked until delivered.
CREATE TABLE postal_dispatch (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      UUID        NOT NULL UNIQUE REFERENCES dossier (id),
    status          TEXT        NOT NULL,
    tracking_number TEXT,
    attempts        INT         NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    dispatched_at   TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ
);
CREATE INDEX postal_dispatch_due ON postal_dispatch (status, next_attempt_at);
