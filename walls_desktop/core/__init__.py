"""The domain in plain Python: no Qt, no sqlite3, no I/O. Everything here is testable in microseconds."""
