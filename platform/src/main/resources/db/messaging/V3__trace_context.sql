-- The W3C trace context (traceparent) of the work that wrote the event, so that the relay can carry it to Kafka and
-- the consumers continue the same trace. Empty for events written outside any trace (and for rows before this column).
ALTER TABLE outbox ADD COLUMN trace_parent TEXT;
ALTER TABLE published ADD COLUMN trace_parent TEXT;
