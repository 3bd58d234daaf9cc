"""The first schema. Never edit it once released: change the schema with a new migration instead.

All tables are STRICT, so a CHECK on a range also refuses ``'7'`` and ``5.5``. Times are whole seconds
since 1970 UTC; booleans are 0/1; enum values are stored by their ``.value``; phase lists are JSON.
Kinds and traps are checked in Python rather than with ``IN (...)`` lists here, so that adding one to the
core does not need a table rebuild.
"""

# "Wall" in ASCII: marks the file as ours, so a stranger's database is never migrated by mistake.
APPLICATION_ID = 0x57616C6C

SCHEMA_V1 = f"""
PRAGMA application_id = {APPLICATION_ID};

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE moments (
    id INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    anxiety INTEGER NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
    kind TEXT NOT NULL CHECK (kind <> ''),
    person TEXT NOT NULL DEFAULT '',
    signs INTEGER NOT NULL DEFAULT 0 CHECK (signs BETWEEN 0 AND 31),
    action TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX moments_by_time ON moments (occurred_at);

CREATE TABLE breath_patterns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    phases TEXT NOT NULL CHECK (json_valid(phases)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE breath_sessions (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    pattern_name TEXT NOT NULL,
    phases TEXT NOT NULL CHECK (json_valid(phases)),
    planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
    actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
    planned_breaths INTEGER CHECK (planned_breaths >= 0),
    breaths_done INTEGER NOT NULL CHECK (breaths_done >= 0),
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    anxiety_before INTEGER CHECK (anxiety_before BETWEEN 0 AND 10),
    anxiety_after INTEGER CHECK (anxiety_after BETWEEN 0 AND 10),
    moment_id INTEGER REFERENCES moments (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX breath_sessions_by_time ON breath_sessions (started_at);
CREATE INDEX breath_sessions_by_moment ON breath_sessions (moment_id);

CREATE TABLE reframes (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    updated_at INTEGER,
    critic TEXT NOT NULL,
    reframe TEXT NOT NULL,
    situation TEXT NOT NULL DEFAULT '',
    moment_id INTEGER REFERENCES moments (id) ON DELETE SET NULL,
    belief_before INTEGER CHECK (belief_before BETWEEN 0 AND 100),
    feeling TEXT NOT NULL DEFAULT '',
    feeling_intensity INTEGER CHECK (feeling_intensity BETWEEN 0 AND 100),
    not_alone TEXT NOT NULL DEFAULT '',
    traps TEXT NOT NULL DEFAULT '' CHECK (traps NOT GLOB '*[^a-z_,]*'),
    friend TEXT NOT NULL DEFAULT '',
    belief_after INTEGER CHECK (belief_after BETWEEN 0 AND 100),
    reframe_belief INTEGER CHECK (reframe_belief BETWEEN 0 AND 100),
    share_with_therapist INTEGER NOT NULL DEFAULT 0 CHECK (share_with_therapist IN (0, 1))
) STRICT;
CREATE INDEX reframes_by_time ON reframes (created_at);
CREATE INDEX reframes_by_moment ON reframes (moment_id);
"""
