"""A game in progress with its save file: every action is applied and saved as one step.

:meth:`Session.apply` hands the action to the engine and writes the save at once (atomically,
keeping the previous save); Ctrl-C during that step is held back until the step is complete, so
the game in memory and on disk are never half-changed. A failing disk is reported once and the
game goes on.

>>> resume_command(Path("/tmp/autosave.json"), lang="en", no_color=True, report=None, windows=False)
'fenleiqi play --terminal --resume /tmp/autosave.json --lang en --no-color'
"""

from __future__ import annotations

import contextlib
import shlex
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from game.errors import FenleiqiError, Lang

if TYPE_CHECKING:
    from game.content.loader import Content
    from game.engine import Action, Event, Game


_holding: list[bool] = []


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back until the block ends (then raise KeyboardInterrupt)."""
    if _holding or threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    try:
        previous = signal.signal(signal.SIGINT, hold)
    except (ValueError, OSError):  # not allowed here (embedded interpreter)
        yield
        return
    _holding.append(True)
    try:
        yield
    finally:
        _holding.pop()
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class Session:
    """The game, the content it is played with, and where it is saved."""

    def __init__(
        self,
        game: Game,
        content: Content,
        content_paths: Sequence[str],
        save_path: Path,
        warn: Callable[[str], None],
    ) -> None:
        self.game = game
        self.content = content
        self.content_paths = tuple(content_paths)
        self.save_path = save_path
        self._warn = warn
        self.save_failed = False

    def apply(self, action: Action) -> list[Event]:
        """Apply ``action`` (the engine checks it) and save; IllegalAction leaves both unchanged."""
        with interrupts_held():
            events = self.game.apply(action)
            self.save()
        return events

    def save(self) -> bool:
        """Write the save file; on failure warn once and return False."""
        from game.savefile import write_save

        try:
            with interrupts_held():
                write_save(self.save_path, self.game, self.content_paths)
        except (OSError, FenleiqiError) as error:
            if not self.save_failed:
                self._warn(str(error))
            self.save_failed = True
            return False
        self.save_failed = False
        return True


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
    if windows if windows is not None else sys.platform == "win32":
        return subprocess.list2cmdline(parts)
    return shlex.join(parts)
