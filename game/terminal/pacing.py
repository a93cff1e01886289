"""Timing: the dice animation and the short pauses that let people follow a computer's turn.

On an interactive terminal the die tumbles for about half a second and computer turns pause
briefly; pressing Enter skips the rest of either (and what was typed meanwhile is discarded, so an
impatient Enter never answers the next question). When the output or input is not a terminal, or
``FENLEIQI_FAST=1`` is set, there is no animation and no pause at all.

>>> import io
>>> from rich.console import Console
>>> pacer = Pacer(Console(file=io.StringIO()), enabled=False)
>>> pacer.dice(4, 6, "骰子")
>>> pacer.pause(1.0)
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable

from rich.cells import cell_len
from rich.console import Console

FAST_ENV = "FENLEIQI_FAST"
DICE_FRAMES = 8
FRAME_SECONDS = 0.06
BOT_PAUSE = 0.5


def _wait_for_key(seconds: float) -> bool:
    """Sleep up to ``seconds``; True as soon as a key (POSIX: a line) is waiting on standard input."""
    try:
        if os.name == "nt":
            import msvcrt

            end = time.monotonic() + seconds
            while time.monotonic() < end:
                if msvcrt.kbhit():  # type: ignore[attr-defined,unused-ignore]
                    return True
                time.sleep(0.01)
            return False
        import select

        ready, _, _ = select.select([sys.stdin], [], [], seconds)
        return bool(ready)
    except (OSError, ValueError):
        time.sleep(seconds)
        return False


def _discard_typeahead() -> None:
    """Throw away whatever was typed but not yet read."""
    try:
        if os.name == "nt":
            import msvcrt

            while msvcrt.kbhit():  # type: ignore[attr-defined,unused-ignore]
                msvcrt.getwch()  # type: ignore[attr-defined,unused-ignore]
            return
        import termios

        termios.tcflush(sys.stdin.fileno(), termios.TCIFLUSH)
    except (OSError, ValueError, ImportError):
        pass


class Pacer:
    """Animations and pauses for ``console``; ``enabled=False`` makes every one instant."""

    def __init__(
        self,
        console: Console,
        *,
        enabled: bool,
        wait: Callable[[float], bool] = _wait_for_key,
        discard: Callable[[], None] = _discard_typeahead,
    ) -> None:
        self.console = console
        self.enabled = enabled
        self._wait = wait
        self._discard = discard

    @classmethod
    def for_terminal(cls, console: Console) -> Pacer:
        """Enabled only when both ends are an interactive terminal and ``FENLEIQI_FAST`` is unset."""
        interactive = console.is_terminal and sys.stdin is not None and sys.stdin.isatty()
        return cls(console, enabled=interactive and not os.environ.get(FAST_ENV))

    def dice(self, value: int, sides: int, label: str) -> None:
        """Tumble the die for a moment, then leave the line empty for the result."""
        if not self.enabled:
            return
        faces = [random.randint(1, sides) for _ in range(DICE_FRAMES - 1)] + [value]
        out = self.console.file
        shown = ""
        skipped = False
        for face in faces:
            shown = f"\r  {label} [ {face} ] "
            out.write(shown)
            out.flush()
            if self._wait(FRAME_SECONDS):
                skipped = True
                break
        # Enter (which skips) was echoed and moved the cursor down: go back up, so the frame with a
        # face that is not the roll is wiped rather than left on screen.
        out.write(("\x1b[1A" if skipped else "") + "\r" + " " * (cell_len(shown) + 2) + "\r")
        out.flush()
        self._discard()

    def pause(self, seconds: float = BOT_PAUSE) -> None:
        """Wait ``seconds`` so people can read, unless Enter is pressed."""
        if not self.enabled:
            return
        if self._wait(seconds):
            self._discard()
