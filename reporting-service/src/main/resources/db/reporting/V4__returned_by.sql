-- How each dossier's result reached the citizen (AT_DESK, POST, ONLINE), from the desk's handover event; the handover
-- itself is counted from the authority's HAND_OVER step (dossier_step), so a handover the authority refused counts nothing.
ALTER TABLE dossier_fact ADD COLUMN returned_by TEXT;
