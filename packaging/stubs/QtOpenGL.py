"""Stands in for PySide6.QtOpenGL in the Walls bundle, which leaves the 8.5 MiB binding out (packaging/prune.py).

pyqtgraph imports PySide6.QtOpenGL when it is imported itself, but uses it only to draw with OpenGL (its
useOpenGL option), which Walls never turns on. Any use of a name from it raises AttributeError that says so.
"""


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    raise AttributeError(
        f"PySide6.QtOpenGL.{name}: the Walls bundle leaves PySide6.QtOpenGL out (packaging/prune.py), "
        "so pyqtgraph cannot draw with OpenGL (useOpenGL)"
    )
