-- Events the relay published, kept for a while (dossier.platform.published-retention, 30 days) so that an operator can
-- re-drive one dossier's events: they go back into the outbox with their own ids, and every consumer dedupes them.
CREATE TABLE published (
    event_id     UUID PRIMARY KEY,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    payload      JSONB       NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX published_by_subject ON published (subject, occurred_at);
CREATE INDEX published_at ON published (published_at);
