-- The version a worker claimed, while it holds it: a newer payload queued meanwhile waits until that worker finishes
-- (then it is due at once), so that two workers never send two versions of one key at the same time and an older
-- state never reaches the outside system after a newer one.
ALTER TABLE outbound_work ADD COLUMN claimed_version BIGINT;
