"""Version 2: Reflect's results. Never edit it once released.

A reflection keeps only the answers; the scores are worked out from them (core.reflection), so they can never
disagree. A skipped statement has no row. ``person`` is '' for close relationships in general.
"""

SCHEMA_V2 = """
CREATE TABLE reflections (
    id INTEGER PRIMARY KEY,
    taken_at INTEGER NOT NULL,
    person TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX reflections_by_person ON reflections (person, taken_at);

CREATE TABLE reflection_answers (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    statement TEXT NOT NULL CHECK (statement <> ''),
    answer INTEGER NOT NULL CHECK (answer BETWEEN 1 AND 7),
    PRIMARY KEY (reflection_id, statement)
) STRICT, WITHOUT ROWID;
"""
