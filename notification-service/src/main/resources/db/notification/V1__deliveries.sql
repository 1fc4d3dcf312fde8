CREATE TABLE delivery (
    id               BIGSERIAL PRIMARY KEY,
    event_id         UUID        NOT NULL,
    dossier_code     TEXT        NOT NULL,
    channel          TEXT        NOT NULL,
    recipient        TEXT        NOT NULL,
    template         TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    attempts         INT         NOT NULL,
    at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (event_id, channel, template)
);
CREATE INDEX delivery_by_dossier ON delivery (dossier_code, at);
