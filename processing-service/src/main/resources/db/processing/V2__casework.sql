ALTER TABLE processing_case ADD COLUMN suspended_at TIMESTAMPTZ;
ALTER TABLE processing_case ADD COLUMN timeliness TEXT;
ALTER TABLE processing_case ADD COLUMN reason TEXT;
ALTER TABLE processing_case ADD COLUMN decided_at TIMESTAMPTZ;
