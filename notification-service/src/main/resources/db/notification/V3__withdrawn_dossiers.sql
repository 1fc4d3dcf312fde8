-- A dossier its citizen withdrew at a desk: a routed event that comes after the withdrawal sends the authority no notice.
ALTER TABLE dossier ADD COLUMN withdrawn_at TIMESTAMPTZ;
