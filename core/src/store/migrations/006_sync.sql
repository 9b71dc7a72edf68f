-- Signed sync: what is trusted now, and the verified parts it was built from.

-- The root list and the publisher list as last verified (signed bytes kept,
-- so the next sync checks versions against exactly what was trusted).
CREATE TABLE sync_trust (
    name        TEXT PRIMARY KEY,  -- 'roots' or 'publishers'
    version     INTEGER NOT NULL,
    document    BLOB NOT NULL,
    etag        TEXT,
    verified_at INTEGER NOT NULL   -- unix seconds, UTC
) STRICT;

-- Each followed publisher's manifest as last applied.
CREATE TABLE sync_manifests (
    publisher   TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created     INTEGER NOT NULL,
    expires     INTEGER NOT NULL,
    document    BLOB NOT NULL,
    etag        TEXT,
    verified_at INTEGER NOT NULL,  -- last time the server confirmed it (200 or 304)
    applied_at  INTEGER NOT NULL
) STRICT;

-- Compressed parts whose hash matched a signed manifest. Unchanged parts are
-- not downloaded again; parts no manifest names are dropped after an apply.
CREATE TABLE sync_parts (
    sha256    TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    bytes     BLOB NOT NULL
) STRICT;

-- Pushed UI strings now say who pushed them (NULL: installed by the app).
ALTER TABLE ui_overrides ADD COLUMN publisher TEXT;
