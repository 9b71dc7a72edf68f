-- UI strings pushed in signed packs: Fluent sources that add or override
-- messages for a locale, checked before they are stored.
CREATE TABLE ui_overrides (
    locale       TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    installed_at INTEGER NOT NULL
) STRICT;
