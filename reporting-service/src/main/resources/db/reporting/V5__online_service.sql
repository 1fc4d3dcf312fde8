-- Online service, as the provinces are judged on it: the fee when filed, electronic identity, who helped an assisted
-- online filing, and when the fee was paid online. Each column is set by its own event, never added to.
ALTER TABLE dossier_fact
    ADD COLUMN fee_vnd             BIGINT,
    ADD COLUMN electronic_identity BOOLEAN,
    ADD COLUMN assisted_role       TEXT,
    ADD COLUMN assisted_unit       TEXT,
    ADD COLUMN paid_online_at      TIMESTAMPTZ;
