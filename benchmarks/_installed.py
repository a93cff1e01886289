"""The environment a benchmark starts ``fenleiqi`` in: as an installed program runs.

An installed program starts from compiled bytecode. Some sandboxes set PYTHONDONTWRITEBYTECODE, so
every launch would compile the game's modules again (rich, installed with pip, has its bytecode),
which makes a launch ~25 % slower than what a family sees. The bytecode goes to a folder of its
own, so the source tree stays clean; the first (warm-up) run writes it.
"""

from __future__ import annotations

import os
from pathlib import Path


def installed_env(home: str | Path, **extra: str) -> dict[str, str]:
    """``os.environ`` for a child process, with FENLEIQI_HOME=``home`` and bytecode kept in it."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(FENLEIQI_HOME=str(home), PYTHONPYCACHEPREFIX=str(Path(home) / "bytecode"), **extra)
    return env
