-- Intake's replica of routing's catalogue, fed by the compacted topic catalogue.procedures. Desks date and accept
-- dossiers from it without calling routing.
CREATE TABLE offered_procedure (
    code             TEXT PRIMARY KEY,
    name             TEXT        NOT NULL,
    processing_days  INT         NOT NULL,
    processing_hours INT,
    offered          BOOLEAN     NOT NULL,
    version          BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
