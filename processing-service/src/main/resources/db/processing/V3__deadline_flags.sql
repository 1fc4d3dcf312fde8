-- The due time each flag was last raised for: a flag is raised once per due time, whatever restarts or instances.
ALTER TABLE processing_case ADD COLUMN overdue_flagged_for TIMESTAMPTZ;
ALTER TABLE processing_case ADD COLUMN due_soon_flagged_for TIMESTAMPTZ;
CREATE INDEX processing_case_open_due ON processing_case (due_at)
    WHERE status IN ('ROUTED', 'IN_PROCESSING', 'AWAITING_SUPPLEMENT') AND suspended_at IS NULL;

-- Since when the case is in its status, for the time spent in each state.
ALTER TABLE processing_case ADD COLUMN status_since TIMESTAMPTZ;
UPDATE processing_case c SET status_since = COALESCE((SELECT max(h.at) FROM case_history h WHERE h.dossier_id = c.dossier_id), c.opened_at);
ALTER TABLE processing_case ALTER COLUMN status_since SET NOT NULL;
