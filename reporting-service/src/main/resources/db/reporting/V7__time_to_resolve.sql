-- The working time from receipt to decision (office hours on working days, in minutes), once both are known: the
-- average working days to resolve are read from it.
ALTER TABLE dossier_fact ADD COLUMN working_minutes_to_decide BIGINT;
