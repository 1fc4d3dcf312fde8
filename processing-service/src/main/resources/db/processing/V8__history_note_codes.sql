-- A history line as a code with its arguments, so that each screen says it in its reader's language. The Vietnamese
-- sentence stays in note; lines written before keep their note only.
ALTER TABLE case_history
    ADD COLUMN note_code TEXT,
    ADD COLUMN note_args TEXT[] NOT NULL DEFAULT '{}';
