"""What the user can choose when their data cannot be opened (kept apart so start-up need not load the dialog)."""

from __future__ import annotations

import enum


class Choice(enum.Enum):
    QUIT = "quit"
    RETRY = "retry"
    READ_ONLY = "read_only"  # open the same file without writing
    SET_ASIDE = "set_aside"  # move the damaged file into a folder and start a fresh store
    TEMPORARY = "temporary"  # a throwaway store in a temporary folder
