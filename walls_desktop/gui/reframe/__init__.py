"""The parts of the Reframe page: the guided exercise, the journal, and their dialogs."""
