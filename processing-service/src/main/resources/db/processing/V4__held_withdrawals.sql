-- A withdrawal taken at a desk before the dossier's case exists here (the citizen withdrew while the dossier was still
-- being routed, or while routing was down): kept until the routed event opens the case, which is then closed at once.
CREATE TABLE held_withdrawal (
    dossier_id   UUID PRIMARY KEY,
    dossier_code TEXT        NOT NULL,
    unit_code    TEXT        NOT NULL,
    note         TEXT,
    at           TIMESTAMPTZ NOT NULL
);
