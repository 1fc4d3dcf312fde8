-- Who may read a dossier's delivery log: its desk, its province's operations, its authority's processors.
ALTER TABLE dossier ADD COLUMN receiving_province_code TEXT;
ALTER TABLE dossier ADD COLUMN authority_id TEXT;
CREATE INDEX dossier_by_code ON dossier (dossier_code);
