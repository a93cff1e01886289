"""Animations as a queue of timed beats, advanced only by ``update(dt)``.

Tests step time by calling ``update`` with any ``dt``; a large step runs through as many beats
as it covers, so nothing depends on a real clock.

>>> seen = []
>>> line = Timeline()
>>> line.add(Beat(0.5, on_start=lambda: seen.append("a"), on_end=lambda: seen.append("a done")))
>>> line.add(Beat(0.0, on_start=lambda: seen.append("b")))
>>> line.update(0.2); seen, line.busy
(['a'], True)
>>> line.update(1.0); seen, line.busy
(['a', 'a done', 'b'], False)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Beat:
    """One step of an animation: ``on_start``, then ``on_progress(0..1)`` for ``duration`` seconds, then ``on_end``."""

    duration: float
    on_start: Callable[[], None] | None = None
    on_progress: Callable[[float], None] | None = None
    on_end: Callable[[], None] | None = None


class Timeline:
    """Beats played one after another."""

    def __init__(self) -> None:
        self._queue: deque[Beat] = deque()
        self._current: Beat | None = None
        self._elapsed = 0.0

    @property
    def busy(self) -> bool:
        """True while a beat is playing or waiting."""
        return self._current is not None or bool(self._queue)

    def add(self, beat: Beat) -> None:
        """Queue ``beat`` after the others."""
        self._queue.append(beat)

    def update(self, dt: float) -> None:
        """Advance by ``dt`` seconds, finishing and starting beats as needed."""
        remaining = max(0.0, dt)
        while True:
            if self._current is None:
                if not self._queue:
                    return
                self._current = self._queue.popleft()
                self._elapsed = 0.0
                if self._current.on_start is not None:
                    self._current.on_start()
            beat = self._current
            step = min(remaining, beat.duration - self._elapsed)
            self._elapsed += step
            remaining -= step
            if beat.on_progress is not None and beat.duration > 0:
                beat.on_progress(min(1.0, self._elapsed / beat.duration))
            if self._elapsed < beat.duration:
                return
            self._current = None
            if beat.on_end is not None:
                beat.on_end()

    def finish(self) -> None:
        """Play every queued beat to its end at once."""
        while self.busy:
            self.update(3600.0)
