-- The applicant's identity checked against the national population database, after filing (a desk never waits on it):
-- who asked, and what the database said. An electronic-identity filing was checked by VNeID already.
CREATE TABLE identity_check (
    dossier_id      UUID PRIMARY KEY REFERENCES dossier (id),
    status          TEXT        NOT NULL,   -- PENDING, MATCHED, MISMATCHED, NOT_FOUND, ELECTRONIC_IDENTITY
    asked_by        TEXT        NOT NULL,   -- the officer (or citizen) whose filing asked for it
    asked_unit      TEXT,
    asked_at        TIMESTAMPTZ NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    checked_at      TIMESTAMPTZ,
    detail          TEXT
);
CREATE INDEX identity_check_due ON identity_check (next_attempt_at) WHERE status = 'PENDING';

-- Every dossier's status, result and payment, synchronised to the national public service portal. A change bumps
-- version; the sync sends the latest state and records the version it sent. version > synced_version is the backlog.
CREATE TABLE portal_sync (
    dossier_id      UUID PRIMARY KEY REFERENCES dossier (id),
    version         BIGINT      NOT NULL,
    synced_version  BIGINT      NOT NULL DEFAULT 0,
    changed_at      TIMESTAMPTZ NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    synced_at       TIMESTAMPTZ
);
CREATE INDEX portal_sync_due ON portal_sync (next_attempt_at) WHERE version > synced_version;

-- Whatever changes a dossier (its row, its payments) makes it due for the portal, in the same transaction: no code
-- path can change what the portal shows and forget to say so.
CREATE FUNCTION portal_sync_due(changed UUID) RETURNS void AS $$
    INSERT INTO portal_sync (dossier_id, version, changed_at, next_attempt_at)
    VALUES (changed, 1, now(), now())
    ON CONFLICT (dossier_id) DO UPDATE SET version = portal_sync.version + 1, changed_at = now(), attempts = 0,
        next_attempt_at = now(), last_error = NULL;
$$ LANGUAGE sql;
CREATE FUNCTION dossier_changed() RETURNS trigger AS $$
BEGIN
    PERFORM portal_sync_due(NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION payment_changed() RETURNS trigger AS $$
BEGIN
    PERFORM portal_sync_due(NEW.dossier_id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER dossier_changed AFTER INSERT OR UPDATE ON dossier FOR EACH ROW EXECUTE FUNCTION dossier_changed();
CREATE TRIGGER payment_changed AFTER INSERT OR UPDATE ON payment FOR EACH ROW EXECUTE FUNCTION payment_changed();

-- Dossiers filed before: due once, so the portal holds every dossier.
INSERT INTO portal_sync (dossier_id, version, changed_at, next_attempt_at) SELECT id, 1, now(), now() FROM dossier;
-- Their identity was not checked at filing; nothing is asked after the fact.
