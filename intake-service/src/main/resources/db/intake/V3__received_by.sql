-- Who received the dossier at the desk, as their verified token named them (null for dossiers received before officers
-- signed in).
ALTER TABLE dossier ADD COLUMN received_by TEXT;
