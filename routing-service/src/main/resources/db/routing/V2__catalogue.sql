-- The procedure catalogue routing owns: versioned data, seeded from the curated file at first start, changed
-- through the API. Every change takes the next catalogue version.
CREATE SEQUENCE catalogue_version;

CREATE TABLE catalogue_procedure (
    code             TEXT PRIMARY KEY,
    name             TEXT        NOT NULL,
    level            TEXT        NOT NULL,
    basis            TEXT        NOT NULL,
    agency           TEXT        NOT NULL,
    processing_days  INT         NOT NULL,
    processing_hours INT,
    fee_vnd          BIGINT      NOT NULL,
    source           TEXT        NOT NULL,
    offered          BOOLEAN     NOT NULL,
    version          BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
