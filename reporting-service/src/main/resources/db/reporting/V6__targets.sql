-- Targets the provinces are held to: an indicator (a rate) of a scope to reach by a deadline, e.g. online rate 0.80
-- for province:01 by 2026-12-31. Progress is the year to date.
CREATE TABLE target (
    scope     TEXT        NOT NULL,
    indicator TEXT        NOT NULL,
    value     DOUBLE PRECISION NOT NULL CHECK (value > 0 AND value <= 1),
    deadline  DATE        NOT NULL,
    set_by    TEXT        NOT NULL,
    set_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, indicator)
);
CREATE INDEX dossier_fact_assisted ON dossier_fact (assisted_unit, received_at) WHERE assisted_role IS NOT NULL;
