"""Version 4: check-ins, and the practices beside breathing (grounding, a self-compassion pause). Never edit it
once released.

A practice's kind is checked here (the values of ``core.practices.PracticeKind``); a check-in keeps the moment
made from it, if any, and forgets it when that moment is deleted.
"""

SCHEMA_V4 = """
CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    anxiety INTEGER NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
    happening TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    critic_loud INTEGER NOT NULL DEFAULT 0 CHECK (critic_loud IN (0, 1)),
    moment_id INTEGER REFERENCES moments (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX check_ins_by_time ON check_ins (at);
CREATE INDEX check_ins_by_moment ON check_ins (moment_id);

CREATE TABLE practice_sessions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('grounding', 'compassion')),
    started_at INTEGER NOT NULL,
    seconds REAL NOT NULL CHECK (seconds >= 0),
    steps_done INTEGER NOT NULL CHECK (steps_done >= 0),
    steps_total INTEGER NOT NULL CHECK (steps_total >= 0),
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    anxiety_before INTEGER CHECK (anxiety_before BETWEEN 0 AND 10),
    anxiety_after INTEGER CHECK (anxiety_after BETWEEN 0 AND 10),
    CHECK (steps_done <= steps_total)
) STRICT;
CREATE INDEX practice_sessions_by_time ON practice_sessions (started_at);
"""
