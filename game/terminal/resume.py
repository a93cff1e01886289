"""The command that resumes a saved game, as the terminal prints it when a player leaves.

>>> resume_command(Path("/tmp/autosave.json"), lang="en", no_color=True, report=None, windows=False)
'fenleiqi play --terminal --resume /tmp/autosave.json --lang en --no-color'
"""

from __future__ import annotations

import sys
from pathlib import Path

from game.errors import Lang


def resume_command(
    save_path: Path, *, lang: Lang, no_color: bool, report: Path | None, windows: bool | None = None
) -> str:
    """The exact command that resumes the game saved at ``save_path`` with the same options."""
    parts = ["fenleiqi", "play", "--terminal", "--resume", str(save_path)]
    if lang == "en":
        parts += ["--lang", "en"]
    if no_color:
        parts.append("--no-color")
    if report is not None:
        parts += ["--report", str(report)]
    # Imported only when a game is saved: shlex and subprocess (~4 ms) stay out of the launch.
    if windows if windows is not None else sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(parts)
    import shlex

    return shlex.join(parts)
