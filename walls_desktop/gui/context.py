"""What every view is handed: the open store, its repositories, and how it was opened."""

from __future__ import annotations

import enum
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from walls_desktop.store.database import Database
from walls_desktop.store.settings import SettingsRepository

if TYPE_CHECKING:  # the other repositories load with the first page that uses them, not at start-up
    from walls_desktop.gui.changes import ChangeBoard
    from walls_desktop.store.check_ins import CheckInRepository
    from walls_desktop.store.ladder import LadderRepository
    from walls_desktop.store.moments import MomentRepository
    from walls_desktop.store.patterns import PatternRepository
    from walls_desktop.store.practices import PracticeRepository
    from walls_desktop.store.reflections import ReflectionRepository
    from walls_desktop.store.reframes import ReframeRepository
    from walls_desktop.store.sessions import SessionRepository


class StoreMode(enum.Enum):
    NORMAL = "normal"
    READ_ONLY = "read_only"  # the user chose to look at data that cannot be written
    TEMPORARY = "temporary"  # a throwaway store: nothing is kept after Walls closes


@dataclass(eq=False)
class AppContext:
    database: Database
    data_dir: Path  # where the user's real data lives (shown in the welcome and About)
    mode: StoreMode = StoreMode.NORMAL

    @property
    def db_path(self) -> Path:
        return self.database.path

    @property
    def writable(self) -> bool:
        return self.mode is not StoreMode.READ_ONLY

    def close(self) -> None:
        self.database.close()
        if self.mode is StoreMode.TEMPORARY:
            shutil.rmtree(self.database.path.parent, ignore_errors=True)

    @cached_property
    def settings(self) -> SettingsRepository:
        return SettingsRepository(self.database)

    @cached_property
    def moments(self) -> MomentRepository:
        from walls_desktop.store.moments import MomentRepository

        return MomentRepository(self.database)

    @cached_property
    def changes(self) -> ChangeBoard:
        """Every change the store announces, as a Qt signal (see gui.changes)."""
        from walls_desktop.gui.changes import ChangeBoard

        return ChangeBoard(self.database)

    @cached_property
    def sessions(self) -> SessionRepository:
        from walls_desktop.store.sessions import SessionRepository

        return SessionRepository(self.database)

    @cached_property
    def patterns(self) -> PatternRepository:
        from walls_desktop.store.patterns import PatternRepository

        return PatternRepository(self.database)

    @cached_property
    def reframes(self) -> ReframeRepository:
        from walls_desktop.store.reframes import ReframeRepository

        return ReframeRepository(self.database)

    @cached_property
    def reflections(self) -> ReflectionRepository:
        from walls_desktop.store.reflections import ReflectionRepository

        return ReflectionRepository(self.database)

    @cached_property
    def ladder(self) -> LadderRepository:
        from walls_desktop.store.ladder import LadderRepository

        return LadderRepository(self.database)

    @cached_property
    def check_ins(self) -> CheckInRepository:
        from walls_desktop.store.check_ins import CheckInRepository

        return CheckInRepository(self.database)

    @cached_property
    def practices(self) -> PracticeRepository:
        from walls_desktop.store.practices import PracticeRepository

        return PracticeRepository(self.database)
