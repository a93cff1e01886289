"""A voice that reads questions aloud (读题), offline, through the operating system's voices.

pyttsx3 drives SAPI5 on Windows, NSSpeechSynthesizer on macOS and espeak-ng elsewhere; nothing is
sent anywhere. A Mandarin voice is chosen by its language or name; when there is none (or no
speech engine, or nothing to play sound with) :attr:`Voice.notice` says so in one line and the
game goes on silently.

Speaking happens on a thread of its own, so drawing and typing never wait for it, and a new line
interrupts the one being spoken (a child who answers at once does not hear the old question out).
On Windows and macOS the system voice speaks and stops by itself; with espeak-ng the speech is
rendered to a WAV file and played by a player that can be stopped: the window passes its own
(SDL audio), the terminal uses the system's (aplay, paplay or pw-play).

>>> voice = Voice(enabled=False)
>>> voice.say("香蕉皮"), voice.available
(False, False)
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.errors import Lang, Text

log = logging.getLogger("fenleiqi.voice")

#: Words in a voice's id, name or languages that mark Mandarin, best first (compared word by word:
#: a Windows voice id is a registry path, and "tw" must not match "SOFTWARE").
_MANDARIN = ("zh cn", "cmn", "mandarin", "huihui", "yaoyao", "kangkang", "tingting", "ting ting", "zh")
#: Words that mark another Chinese language, or Mandarin read as Latin letters: never chosen.
_NOT_MANDARIN = ("yue", "cantonese", "hak", "hakka", "jyutping", "pinyin", "zh hk", "sinji", "tw")
#: Command-line WAV players tried where the voice renders to a file, in order.
WAV_PLAYERS = (("aplay", "-q"), ("paplay",), ("pw-play",))
#: Words a minute: a pace a child can follow (the engines' default is about 200).
RATE = 150

NO_VOICE = Text(
    "没有找到中文语音，题目不会读出来（在 Linux 上可以安装 espeak-ng）。游戏照常进行。",
    "No Mandarin voice was found, so questions are not read aloud (on Linux, install espeak-ng). Play goes on.",
)
NO_PLAYER = Text(
    "找不到能放声音的程序，题目不会读出来（在 Linux 上可以安装 alsa-utils）。游戏照常进行。",
    "Nothing can play sound here, so questions are not read aloud (on Linux, install alsa-utils). Play goes on.",
)

#: Plays a WAV file; returns a function that stops it.
Player = Callable[[Path], Callable[[], None]]
_STOP = object()


def mandarin_voice(voices: list[Any]) -> Any | None:
    """The best Mandarin voice among pyttsx3 ``voices`` (objects with ``id``, ``name``, ``languages``).

    >>> from types import SimpleNamespace as V
    >>> mandarin_voice([V(id="sit/yue", name="Cantonese", languages=["yue"]),
    ...                 V(id="sit/cmn", name="Chinese (Mandarin)", languages=["cmn"])]).id
    'sit/cmn'
    >>> windows = "HKEY_LOCAL_MACHINE/SOFTWARE/Microsoft/Speech/Voices/Tokens/TTS_MS_ZH-CN_HUIHUI_11.0"
    >>> mandarin_voice([V(id=windows, name="Microsoft Huihui Desktop", languages=[])]).id == windows
    True
    """

    def words(voice: Any) -> str:
        languages = " ".join(
            (lang.decode("utf-8", "ignore") if isinstance(lang, bytes) else str(lang))
            for lang in (getattr(voice, "languages", None) or [])
        )
        said = f"{getattr(voice, 'id', '')} {getattr(voice, 'name', '')} {languages}".lower()
        return " " + " ".join(re.split(r"[^a-z0-9]+", said)) + " "

    best: tuple[int, Any] | None = None
    for voice in voices:
        said = words(voice)
        if any(f" {word} " in said for word in _NOT_MANDARIN):
            continue
        rank = next((i for i, word in enumerate(_MANDARIN) if f" {word} " in said), None)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, voice)
    return best[1] if best is not None else None


def command_player() -> Player | None:
    """A player that runs the first WAV-playing command found (stopped by ending it), or None."""
    found = next((command for command in WAV_PLAYERS if shutil.which(command[0])), None)
    if found is None:
        return None

    def play(path: Path) -> Callable[[], None]:
        process = subprocess.Popen(
            [*found, str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        return process.kill

    return play


class Voice:
    """Reads text aloud on a thread of its own; a new :meth:`say` interrupts the old one.

    ``player`` plays the WAV files a file-rendering voice (espeak-ng) makes; by default a system
    command. Voices that speak by themselves (Windows, macOS) do not use it.
    """

    def __init__(self, enabled: bool = True, player: Player | None = None) -> None:
        self.enabled = enabled
        self.notice: Text | None = None  #: set when nothing can be read aloud here
        self._player = player
        self._lines: queue.Queue[object] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._engine: Any = None
        self._native = not sys.platform.startswith(("linux", "freebsd", "openbsd"))
        self._stop_playing: Callable[[], None] | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._playing = threading.Lock()

    @property
    def available(self) -> bool:
        """True once a Mandarin voice is known to work."""
        return self.enabled and self._engine is not None

    def start(self) -> bool:
        """Start the speaking thread, which looks for a Mandarin voice (once); never waits for it.
        False when it is already known that nothing can be said here (then see :attr:`notice`)."""
        with self._lock:
            if not self.enabled or self.notice is not None:
                return False
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fenleiqi-voice", daemon=True)
                self._thread.start()
        return True

    def wait_until_ready(self, timeout: float = 10.0) -> bool:
        """Wait for the voice to be found (tests, and a terminal that has time); True when found."""
        self.start()
        self._ready.wait(timeout)
        return self.available

    def say(self, text: str) -> bool:
        """Speak ``text``, interrupting what is being said; returns at once. False when it is known
        that nothing can be said here."""
        if not text.strip() or not self.start():
            return False
        with contextlib.suppress(queue.Empty):
            while True:
                self._lines.get_nowait()  # only the newest line matters
        self._lines.put(text)
        self.hush()
        return True

    def hush(self) -> None:
        """Stop the line being spoken, if any."""
        with self._playing:  # a player being started now is either stopped here or never started
            stop, self._stop_playing = self._stop_playing, None
            with contextlib.suppress(Exception):
                if stop is not None:
                    stop()
                if self._native and self._engine is not None:
                    self._engine.stop()

    def save(self, text: str, path: str | Path) -> bool:
        """Render ``text`` to a WAV file at ``path`` (for tests and checks); False without a voice.

        Only voices that render to files can do this (espeak-ng; SAPI5 and macOS too).
        """
        engine = _open_engine()
        if engine is None:
            return False
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        return _written(Path(path))

    def close(self) -> None:
        """Stop speaking and end the thread."""
        if self._thread is not None:
            self._lines.put(_STOP)
            self.hush()
            self._thread.join(timeout=2)
            self._thread = None

    def notice_in(self, lang: Lang) -> str:
        """The one-line notice when nothing can be read aloud ("" when it can)."""
        return self.notice.in_lang(lang) if self.notice is not None else ""

    def _run(self) -> None:
        player = self._player or (None if self._native else command_player())
        engine = _open_engine()
        if engine is None or (player is None and not self._native):
            self.notice = NO_VOICE if engine is None else NO_PLAYER
            self._ready.set()
            return
        self._engine = engine
        self._ready.set()
        with tempfile.TemporaryDirectory(prefix="fenleiqi-voice-") as folder:
            number = 0
            last: Path | None = None
            while True:
                line = self._lines.get()
                if line is _STOP:
                    return
                try:
                    if self._native:
                        engine.say(line)
                        engine.runAndWait()
                        continue
                    number += 1
                    wav = Path(folder) / f"line{number}.wav"
                    engine.save_to_file(line, str(wav))
                    engine.runAndWait()
                    if last is not None:  # the line before is over or stopped: its file can go
                        last.unlink(missing_ok=True)
                    last = wav
                    # played unless a newer line came while this one was being rendered
                    with self._playing:
                        if _written(wav) and self._lines.empty() and player is not None:
                            self._stop_playing = player(wav)
                except OSError:  # no sound device after all: say so once, stay silent
                    log.info("cannot play the voice", exc_info=True)
                    self.notice, self._engine = NO_PLAYER, None
                    return
                except Exception:  # a voice that fails mid-line must not end the game
                    log.warning("speaking failed", exc_info=True)


def _written(path: Path, timeout: float = 10.0) -> bool:
    """Wait until the voice has finished writing ``path`` (espeak-ng's driver may still be writing
    it when ``runAndWait`` returns); True when it holds sound."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, EOFError, wave.Error), wave.open(str(path)) as sound:
            if sound.getnframes() > 0:
                return True
        time.sleep(0.02)
    return False


_engine_lock = threading.Lock()
_engines: list[Any] = []  #: the one engine of this process (espeak-ng's library serves only one)


def _open_engine() -> Any | None:
    """The pyttsx3 engine, set to a Mandarin voice at a child's pace, or None.

    One engine serves the whole process: pyttsx3 keeps engines only weakly and espeak-ng's library
    reports to whichever engine registered last, so a second engine would leave the first deaf.
    """
    with _engine_lock:
        if not _engines:
            _engines.append(_new_engine())
            atexit.register(_drop_engine)
        return _engines[0]


def _drop_engine() -> None:
    """Let the engine go while Python still runs: pyttsx3's driver cleans up in ``__del__``, which
    prints a traceback when it runs during interpreter shutdown."""
    with _engine_lock:
        _engines.clear()
    gc.collect()


def _new_engine() -> Any | None:
    try:
        import pyttsx3

        engine = pyttsx3.init()
        voice = mandarin_voice(list(engine.getProperty("voices") or []))
        _quiet_driver()
    except Exception:  # no pyttsx3, no speech library, no driver: play on without a voice
        log.info("no speech engine", exc_info=True)
        return None
    if voice is None:
        return None
    engine.setProperty("voice", voice.id)
    engine.setProperty("rate", RATE)
    return engine


def _quiet_driver() -> None:
    """pyttsx3's espeak driver prints "Audio saved to …" for every file it writes, which would land
    in the middle of the terminal game; its messages go to the log instead."""
    module = sys.modules.get("pyttsx3.drivers.espeak")
    if module is not None and os.environ.get("FENLEIQI_VOICE_DEBUG") is None:
        module.print = lambda *words, **_: log.debug(" ".join(map(str, words)))  # type: ignore[attr-defined]
