-- One rebuild at a time across every reporting instance: the holder's row, which expires after an hour so that a
-- crashed instance does not block rebuilds for good.
CREATE TABLE rebuild_lock (
    name   TEXT PRIMARY KEY,
    holder TEXT        NOT NULL,
    since  TIMESTAMPTZ NOT NULL
);
