-- Reports: forms from content packs, the user's drafts, and the outbox of
-- sealed reports waiting for (or done with) delivery.

-- A helpline's report form, as its pack delivered it (validated JSON).
CREATE TABLE report_forms (
    id          TEXT PRIMARY KEY,
    pack_id     TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    helpline_id TEXT NOT NULL,
    version     INTEGER NOT NULL,
    definition  TEXT NOT NULL
) STRICT;
CREATE INDEX report_forms_by_helpline ON report_forms(helpline_id);

-- What the user has answered so far. Kept after submitting (the outbox row
-- points here) until the helpline has accepted the report, then deleted.
CREATE TABLE report_drafts (
    id          TEXT PRIMARY KEY,         -- 32 random hex characters, local only
    form_id     TEXT NOT NULL,            -- not a foreign key: a form update must not take drafts with it
    helpline_id TEXT NOT NULL,
    step        INTEGER NOT NULL,
    answers     TEXT NOT NULL,            -- JSON object: field id -> answer
    submitted   INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,         -- unix seconds, UTC
    updated_at  INTEGER NOT NULL
) STRICT;

-- Sealed reports. The envelope is sealed to the helpline's key and never
-- changes, so every retry sends the same bytes with the same key.
CREATE TABLE report_outbox (
    id              TEXT PRIMARY KEY,     -- the draft's id
    helpline_id     TEXT NOT NULL,
    intake_url      TEXT NOT NULL,
    envelope        BLOB NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL,        -- queued | sending | received | failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,     -- unix seconds: the earliest sensible retry
    reference       TEXT,                 -- the helpline's receipt, once received
    failure         TEXT,                 -- why delivery stopped: an HTTP status, never content
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
