"""The engine's error types, which live in :mod:`game.errors` (re-exported here)."""

from __future__ import annotations

from game.errors import IllegalAction, SaveError, SetupError

__all__ = ["IllegalAction", "SaveError", "SetupError"]
