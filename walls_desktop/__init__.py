"""Walls: a private, offline practice space for people whose fear of intimacy raises invisible walls."""

__version__ = "0.1.0"
APP_NAME = "Walls"
APP_ID = "org.walls.Walls"
