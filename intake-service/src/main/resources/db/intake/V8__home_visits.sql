-- Home visits for elderly and disabled applicants: requested at their commune, scheduled and assigned to an officer,
-- filed on the spot (the dossier is a HOME_VISIT filing, its result posted to the same address).
CREATE TABLE home_visit (
    id             UUID PRIMARY KEY,
    commune_code   TEXT        NOT NULL,
    applicant_name TEXT        NOT NULL,
    phone          TEXT,
    street         TEXT        NOT NULL,
    reason         TEXT        NOT NULL,   -- ELDERLY, DISABLED, ILL, OTHER
    procedure_code TEXT,
    note           TEXT,
    requested_by   TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    status         TEXT        NOT NULL,   -- REQUESTED, SCHEDULED, FILED, CANCELLED
    scheduled_for  DATE,
    shift          TEXT,
    assigned_to    TEXT,
    dossier_code   TEXT,
    version        BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX home_visit_by_commune ON home_visit (commune_code, status, scheduled_for);
