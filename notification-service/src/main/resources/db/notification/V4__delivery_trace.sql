-- The trace context of the event that asked for the notice: the dispatcher sends the notice in that same trace.
ALTER TABLE delivery ADD COLUMN trace_parent TEXT;
