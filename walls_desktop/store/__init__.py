"""SQLite persistence for Walls: one file holds all user data (settings included).

Imports ``sqlite3`` and ``walls_desktop.core`` only, never Qt. Open a :class:`~.database.Database`, then
hand it to the repositories (``moments``, ``patterns``, ``sessions``, ``reframes``, ``settings``). Every
failure the user could meet arrives as a :class:`~.errors.StoreError` whose ``kind`` says what happened
and whose ``message`` is plain English for the GUI to translate.
"""
