"""Version 3: Ladder's steps and their tries. Never edit it once released.

A try keeps the prediction as it stood just before it (it may have been adjusted), so a step's history reads
true even after the step is edited. Outcomes are checked here (three fixed answers); ``person`` is '' for
anyone; ``climbed_at`` is set once the person marks a step as comfortable now.
"""

SCHEMA_V3 = """
CREATE TABLE ladder_steps (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action <> ''),
    person TEXT NOT NULL DEFAULT '',
    expected_anxiety INTEGER NOT NULL CHECK (expected_anxiety BETWEEN 0 AND 10),
    feared TEXT NOT NULL CHECK (feared <> ''),
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 0 AND 100),
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    climbed_at INTEGER
) STRICT;

CREATE TABLE ladder_tries (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES ladder_steps (id) ON DELETE CASCADE,
    tried_at INTEGER NOT NULL,
    expected_anxiety INTEGER NOT NULL CHECK (expected_anxiety BETWEEN 0 AND 10),
    feared TEXT NOT NULL,
    likelihood_before INTEGER NOT NULL CHECK (likelihood_before BETWEEN 0 AND 100),
    peak_anxiety INTEGER NOT NULL CHECK (peak_anxiety BETWEEN 0 AND 10),
    outcome TEXT NOT NULL CHECK (outcome IN ('yes', 'partly', 'no')),
    likelihood_after INTEGER NOT NULL CHECK (likelihood_after BETWEEN 0 AND 100),
    what_happened TEXT NOT NULL DEFAULT '',
    learned TEXT NOT NULL DEFAULT '',
    moment_id INTEGER REFERENCES moments (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX ladder_tries_by_step ON ladder_tries (step_id, tried_at);
CREATE INDEX ladder_tries_by_time ON ladder_tries (tried_at);
CREATE INDEX ladder_tries_by_moment ON ladder_tries (moment_id);
"""
