"""A game in progress with its save file, from start (or resume) to finish, for every front end.

:func:`start_session` opts in the players who asked for a learning history, gives them their focus
items, makes the game and saves it; :func:`resume_session` reads a save. :meth:`Session.apply`
hands an action to the engine and writes the save at once (atomically, keeping the previous
save); Ctrl-C during that step is held back until the step is complete, so the game in memory
and on disk are never half-changed. A failing disk is reported once and the game goes on.
:meth:`Session.finish` records the finished game in the learning history and writes the report
spreadsheet when one was asked for.

>>> import tempfile
>>> from game.content.loader import load_bundled
>>> from game.engine import PlayerSpec, play_bots
>>> folder = Path(tempfile.mkdtemp())
>>> session = start_session(load_bundled(), (PlayerSpec("电脑1", bot=True),), save_path=folder / "s.json",
...                         seed=1, history_path=folder / "h.json")
>>> _ = play_bots(session.game)
>>> finished = session.finish(report=folder / "r.csv", lang="zh")
>>> finished.reports[0].name, finished.report_error
('电脑1', None)
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from game.errors import FenleiqiError, Lang

if TYPE_CHECKING:
    from game.content.loader import Content
    from game.engine import Action, Event, Game, PlayerReport, PlayerSpec
    from game.savefile import LoadedSave

Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    """The default warning: say nothing."""


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
        warn: Warn = _ignore,
        history_path: str | os.PathLike[str] | None = None,
        options: Mapping[str, str] | None = None,
        game_id: str = "",
    ) -> None:
        self.game = game
        self.content = content
        self.content_paths = tuple(content_paths)
        self.save_path = save_path
        self.warn = warn  #: told once why saving failed (until a save works again)
        self.history_path = history_path
        self.save_failed = False
        self.last_error: str | None = None  #: why the last save failed
        self.options = dict(options or {})  #: play options saved with the game (``report``)
        self.game_id = game_id or uuid.uuid4().hex  #: tells this game from another with the same seed
        #: Where an unfinished *other* game that was in ``save_path`` was moved (never lost).
        self.set_aside: Path | None = None

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
                aside = write_save(self.save_path, self.game, self.content_paths, self.options, self.game_id)
        except (OSError, FenleiqiError) as error:
            self.last_error = str(error)
            if not self.save_failed:
                self.warn(self.last_error)
            self.save_failed = True
            return False
        if aside is not None:
            self.set_aside = aside
        self.save_failed = False
        self.last_error = None
        return True

    @property
    def report_path(self) -> Path | None:
        """Where the learning report goes when the game ends (kept across a resume)."""
        report = self.options.get("report")
        return Path(report) if report else None

    def finish(self, *, report: Path | None, lang: Lang) -> Finished:
        """The game is over: record it in the learning history (opted-in players only, once) and
        write the report spreadsheet to ``report`` when asked; never raises for a bad disk."""
        from game.engine import learning_report
        from game.history import record_finished
        from game.session.report_file import write_report
        from game.storage import StorageError

        record_finished(self.game, self.history_path)
        reports = learning_report(self.game)
        if report is None:
            return Finished(reports)
        try:
            write_report(report, reports, self.game.profile, lang, self.game.dictionary)
        except (StorageError, OSError) as error:
            detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            return Finished(reports, report, detail)
        return Finished(reports, report)


@dataclass(frozen=True)
class Finished:
    """What finishing a game produced: the reports, and where the spreadsheet went (or why not)."""

    reports: tuple[PlayerReport, ...]
    report_path: Path | None = None
    report_error: str | None = None


def remember(names: Iterable[str], history_path: str | os.PathLike[str] | None = None) -> None:
    """Opt ``names`` in to the learning history (a file that cannot be written is skipped)."""
    from game.history import History
    from game.storage import StorageError

    names = list(names)
    if not names:
        return
    with contextlib.suppress(StorageError, OSError):
        history = History.load(history_path)
        for name in names:
            history.enable(name)


def start_session(
    content: Content,
    players: Sequence[PlayerSpec],
    *,
    save_path: Path,
    seed: int,
    board: str | None = None,
    difficulty: tuple[int, int] = (1, 3),
    region: str = "national",
    content_paths: Sequence[str] = (),
    remembered: Iterable[str] = (),
    warn: Warn = _ignore,
    history_path: str | os.PathLike[str] | None = None,
    options: Mapping[str, str] | None = None,
) -> Session:
    """A new game saved at ``save_path``: the people in ``remembered`` are opted in to the learning
    history first, and every opted-in person gets their focus items.

    Raises:
        SetupError: the players, board or difficulty do not make a game.
    """
    from game.engine import GameSetup, new_game
    from game.history import with_focus

    _hold(save_path)
    remember(remembered, history_path)
    setup = GameSetup(with_focus(tuple(players), history_path), board=board, difficulty=difficulty, region=region)
    game = new_game(content, setup, seed)
    session = Session(game, content, content_paths, save_path, warn, history_path, options)
    session.save()
    return session


def resume_session(
    loaded: LoadedSave, save_path: Path, warn: Warn = _ignore, options: Mapping[str, str] | None = None
) -> Session:
    """The session of a game read from a save; the options it was started with are kept, and
    ``options`` given now win over them.

    It is saved at ``save_path``, except when that is the default autosave and the game was read
    from another file (a game set aside, ``--resume FILE``): then it stays in its own file, so
    resuming never pushes the autosave's game aside or leaves a stale copy behind.
    """
    from game.savefile import autosave_path

    target = save_path
    if loaded.path is not None and save_path == autosave_path():
        target = loaded.path
    _hold(target)
    kept = {**loaded.options, **{k: v for k, v in (options or {}).items() if v}}
    session = Session(
        loaded.game, loaded.content, loaded.content_paths, target, warn, options=kept, game_id=loaded.game_id
    )
    session.save()
    return session


def _hold(save_path: Path) -> None:
    """Keep the save file for this game: a second game on the same file (another window or
    terminal) is refused with a message instead of the two overwriting each other.

    Raises:
        SaveError: another running game holds the file.
    """
    from game.engine import SaveError
    from game.storage import hold

    other = hold(save_path, "fenleiqi")
    if other is not None:
        raise SaveError(
            f"另一局游戏正在用这个存档（{save_path}，进程 {other.split()[0]}）：先在那边保存退出，"
            f"或者用 --save 换一个文件 · another game is using {save_path} (process {other.split()[0]}): "
            "leave that game first, or give --save another file"
        )
