-- The role a step was taken in (PROCESSOR at the authority, CLERK at a desk), as the officer's verified token named it;
-- null for steps the system took and for steps taken before officers signed in.
ALTER TABLE case_history ADD COLUMN actor_role TEXT;
