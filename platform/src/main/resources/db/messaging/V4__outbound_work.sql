-- Work that leaves the system (a notice to send, a refund to ask for, a record for a national system): one queue for
-- every kind, claimed by the service's workers, retried with the kind's backoff, FAILED once its attempts are spent,
-- re-driven by an operator. A kind's key is also the idempotency key the outside system is sent, so a call repeated
-- after a crash (between the call and the commit) is recognised there.
CREATE TABLE outbound_work (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT        NOT NULL,
    work_key      TEXT        NOT NULL,
    -- Grows with each newer payload under the same key (e.g. a dossier's state for the portal): a newer one replaces
    -- the older, and finishing an older one never marks the newer done.
    version       BIGINT      NOT NULL DEFAULT 0,
    subject       TEXT,                  -- the dossier it is about, for operators
    scope         TEXT,                  -- the province it belongs to, for operators' access
    payload       JSONB       NOT NULL,
    status        TEXT        NOT NULL,  -- PENDING, DONE, FAILED
    due_at        TIMESTAMPTZ NOT NULL,  -- next try; while claimed, the lease's end
    attempts      INT         NOT NULL DEFAULT 0,
    last_error    TEXT,
    trace_parent  TEXT,
    queued_at     TIMESTAMPTZ NOT NULL,  -- when this payload was queued (its age in the backlog)
    updated_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    UNIQUE (kind, work_key)
);
CREATE INDEX outbound_work_due ON outbound_work (kind, due_at, id) WHERE status = 'PENDING';
CREATE INDEX outbound_work_failed ON outbound_work (kind, updated_at) WHERE status = 'FAILED';
CREATE INDEX outbound_work_finished ON outbound_work (finished_at) WHERE status = 'DONE';
CREATE INDEX outbound_work_by_subject ON outbound_work (subject);

-- Wakes the kind's workers when work becomes due sooner than before (queued, a newer payload, a re-drive), at commit
-- (NOTIFY is delivered then, never before; repeats in one transaction collapse into one). A claim or a backoff moves
-- the due time later and wakes no one. The slow poll is only the safety net.
CREATE FUNCTION notify_outbound_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'PENDING' AND (TG_OP = 'INSERT' OR OLD.status <> 'PENDING' OR OLD.version <> NEW.version OR NEW.due_at < OLD.due_at) THEN
        PERFORM pg_notify('outbound_work', NEW.kind);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbound_work_queued AFTER INSERT OR UPDATE OF status, due_at, version ON outbound_work
    FOR EACH ROW EXECUTE FUNCTION notify_outbound_work();
