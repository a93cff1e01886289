"""Optional sound effects, synthesised (no sound files), off until the player turns them on.

The mixer is started only when sound is switched on. A computer without a sound device must not
crash the game or fill the terminal with audio errors: the C libraries' messages are silenced
while the mixer starts, and a failure just leaves the sound off.

>>> effects = SoundEffects()
>>> effects.enabled, effects.play("step")  # off by default: playing does nothing
(False, False)
>>> len(tone_samples([440.0], 0.1))  # 16-bit mono samples at 22050 Hz
4410
"""

from __future__ import annotations

import array
import contextlib
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pygame

RATE = 22050
#: The mixer channel the voice speaks on: reserved, so the effects never take it.
VOICE_CHANNEL = 0


def tone_samples(freqs: Sequence[float], seconds: float, volume: float = 0.35) -> bytes:
    """A short tone gliding through ``freqs`` with a soft attack and decay, as 16-bit samples."""
    count = max(1, int(RATE * seconds))
    samples = array.array("h")
    phase = 0.0
    for i in range(count):
        part = i / count
        freq = freqs[min(int(part * len(freqs)), len(freqs) - 1)]
        phase += 2 * math.pi * freq / RATE
        envelope = min(1.0, i / (RATE * 0.01)) * (1 - part) ** 1.5
        samples.append(int(32767 * volume * envelope * math.sin(phase)))
    return samples.tobytes()


def _rattle(seconds: float) -> bytes:
    """Short clicks, like a die on a table."""
    count = int(RATE * seconds)
    samples = array.array("h", [0] * count)
    seed = 12345
    for hit in range(7):
        start = int(count * hit / 7.5)
        for i in range(int(RATE * 0.012)):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            if start + i < count:
                samples[start + i] = int(((seed >> 8) % 2000 - 1000) * 6 * (1 - i / (RATE * 0.012)))
    return samples.tobytes()


_RECIPES: dict[str, Callable[[], bytes]] = {
    "step": lambda: tone_samples([660.0], 0.07, 0.2),
    "roll": lambda: _rattle(0.5),
    "right": lambda: tone_samples([523.0, 659.0, 784.0], 0.45),
    "jump": lambda: tone_samples([392.0, 523.0, 659.0, 784.0], 0.5, 0.25),
    "win": lambda: tone_samples([523.0, 659.0, 784.0, 1047.0, 784.0, 1047.0], 1.2),
    "click": lambda: tone_samples([880.0], 0.04, 0.15),
}


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence what C libraries (ALSA, PulseAudio) print while the mixer starts."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    saved = os.dup(fd)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), fd)
            yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)


class SoundEffects:
    """The game's sounds; :meth:`set_enabled` starts the mixer the first time."""

    def __init__(self) -> None:
        self.enabled = False
        self.available: bool | None = None  #: None until the mixer was tried
        self._sounds: dict[str, pygame.mixer.Sound] = {}

    def set_enabled(self, on: bool) -> bool:
        """Turn sound on or off; returns False when it was asked for but there is no sound device."""
        if on and self.available is None:
            self.available = self._start()
        self.enabled = on and bool(self.available)
        return self.enabled or not on

    def _start(self) -> bool:
        try:
            with _quiet_stderr():
                pygame.mixer.init(frequency=RATE, size=-16, channels=1, buffer=512)
            pygame.mixer.set_reserved(VOICE_CHANNEL + 1)
            self._sounds = {name: pygame.mixer.Sound(buffer=make()) for name, make in _RECIPES.items()}
        except (pygame.error, OSError, ValueError):
            return False
        return True

    def play(self, name: str) -> bool:
        """Play sound ``name`` if sound is on; True when it played."""
        sound = self._sounds.get(name) if self.enabled else None
        if sound is None:
            return False
        try:
            sound.play()
        except pygame.error:
            return False
        return True

    def play_file(self, path: Path) -> Callable[[], None]:
        """Play a WAV file (a line the voice rendered) on a channel of its own, whether or not the
        sound effects are on; returns what stops it. Raises OSError when there is no sound device."""
        if self.available is None:
            self.available = self._start()
        if not self.available:
            raise OSError("no sound device")
        try:
            sound = pygame.mixer.Sound(file=str(path))
            channel = pygame.mixer.Channel(VOICE_CHANNEL)
            channel.play(sound)
        except pygame.error as error:
            raise OSError(str(error)) from error
        return channel.stop

    def close(self) -> None:
        """Stop the mixer if it was started."""
        if self.available:
            with contextlib.suppress(pygame.error):
                pygame.mixer.quit()
        self.available = None
        self.enabled = False
