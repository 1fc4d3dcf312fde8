-- A history line as a code with its arguments (and who acted), so that each screen says it in its reader's language.
-- The Vietnamese sentence stays in note; lines written before keep their note only.
ALTER TABLE dossier_history
    ADD COLUMN note_code TEXT,
    ADD COLUMN note_args TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN note_by   TEXT;
