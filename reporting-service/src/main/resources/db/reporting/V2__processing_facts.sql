-- Processing's steps reach the facts. Every column is set, never added to, so that applying an event twice (a
-- redelivery, a rebuild catching up) changes nothing; the latest step (by the time it happened) gives the status.
ALTER TABLE dossier_fact ADD COLUMN original_due_at TIMESTAMPTZ;
ALTER TABLE dossier_fact ADD COLUMN outcome TEXT;
ALTER TABLE dossier_fact ADD COLUMN status TEXT;
ALTER TABLE dossier_fact ADD COLUMN status_at TIMESTAMPTZ;
ALTER TABLE dossier_fact DROP COLUMN supplement_requests;

-- One row per step event, for what is counted by when it happened (supplement requests, rejections in a period).
CREATE TABLE dossier_step (
    event_id   UUID PRIMARY KEY,
    dossier_id UUID        NOT NULL,
    step       TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX dossier_step_by_dossier ON dossier_step (dossier_id);
CREATE INDEX dossier_fact_decided ON dossier_fact (decided_at);
