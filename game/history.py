"""Learning history across games on this machine: what each (opted-in) player keeps missing.

Nothing is recorded for a name until its player opts in (:meth:`History.enable`). The history is
one small JSON file in the user's data folder (:func:`game.savefile.data_dir`), written
atomically with the previous version kept as a backup (:func:`game.storage.atomic_write_text`)::

    {"format": "fenleiqi-history", "schema": 1,
     "players": {"小明": {"items": {"大骨头": [2, 1]}, "questions": {"h1": [1, 0]}, "games": [...]}}}

``items`` and ``questions`` map an item name (or the id of a question that is not about one
item) to ``[times missed, times right]``. From a finished game, :meth:`History.record_game` counts
as missed: questions answered wrong (a classify question counts for its item), items named for the
wrong bin and review questions answered wrong; as right: items named for the right bin and review
questions answered right. :meth:`History.focus_for` gives the items a player missed more often
than they got them right, most missed first; pass them to the engine as
``PlayerSpec(name, focus=...)`` and questions about them are drawn more often
(:data:`game.engine.game.FOCUS_CHANCE`).

>>> import tempfile, pathlib
>>> history = History.load(pathlib.Path(tempfile.mkdtemp()) / "history.json")
>>> history.record("小明", missed=["大骨头", "大骨头", "纸巾"], right=["纸巾"])
False
>>> history.enable("小明"); history.record("小明", missed=["大骨头", "大骨头", "纸巾"], right=["纸巾"])
True
>>> history.focus_for("小明")
('大骨头',)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.content.textsafety import MAX_NAME_CHARS, hidden_at
from game.storage import StorageError, atomic_write_text, exclusive, read_text_with_backup

if TYPE_CHECKING:
    from game.engine.game import Game
    from game.engine.state import PlayerSpec

HISTORY_FORMAT = "fenleiqi-history"
HISTORY_SCHEMA = 1
HISTORY_NAME = "history.json"
#: How many focus items :func:`focus_for` gives at most.
FOCUS_SIZE = 5
#: How many recorded games are remembered per player (so a game is never counted twice).
GAMES_KEPT = 50


def history_path() -> Path:
    """Where the history lives (in the user's data folder)."""
    from game.savefile import data_dir

    return data_dir() / HISTORY_NAME


@dataclass(slots=True)
class PlayerHistory:
    """One player's counts: name → ``[missed, right]``."""

    items: dict[str, list[int]] = field(default_factory=dict)
    questions: dict[str, list[int]] = field(default_factory=dict)
    games: list[str] = field(default_factory=list)  #: the last games recorded (a game counts once)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"items": self.items, "questions": self.questions, "games": self.games}

    @classmethod
    def from_dict(cls, data: Any) -> PlayerHistory:
        """The record written by :meth:`to_dict`; ValueError on anything else."""
        if not isinstance(data, dict) or set(data) != {"items", "questions", "games"}:
            raise ValueError(f"not a player history: {data!r}")
        games = data["games"]
        if not isinstance(games, list) or not all(isinstance(g, str) for g in games):
            raise ValueError(f"not a player history: {data!r}")
        return cls(_counts(data["items"]), _counts(data["questions"]), list(games))

    @property
    def missed(self) -> int:
        """Misses recorded in all."""
        return sum(c[0] for c in (*self.items.values(), *self.questions.values()))

    @property
    def right(self) -> int:
        """Right answers recorded in all."""
        return sum(c[1] for c in (*self.items.values(), *self.questions.values()))


def _counts(value: Any) -> dict[str, list[int]]:
    if not isinstance(value, dict):
        raise ValueError(f"not a table of counts: {value!r}")
    out: dict[str, list[int]] = {}
    for key, pair in value.items():
        if not (
            isinstance(key, str)
            and hidden_at(key) is None  # nothing in the file may bring escape codes to a screen
            and isinstance(pair, list)
            and len(pair) == 2
            and all(type(n) is int and n >= 0 for n in pair)
        ):
            raise ValueError(f"not a count pair: {key!r}: {pair!r}")
        out[key] = list(pair)
    return out


def _parse(text: str) -> dict[str, PlayerHistory]:
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT or data.get("schema") != HISTORY_SCHEMA:
        raise ValueError("not a fenleiqi history file")
    players = data.get("players")
    if not isinstance(players, dict):
        raise ValueError("not a fenleiqi history file")
    for name in players:
        if not isinstance(name, str) or hidden_at(name) is not None or len(name) > MAX_NAME_CHARS:
            raise ValueError("not a player's name")  # the engine would refuse it: the file was tampered with
    return {name: PlayerHistory.from_dict(record) for name, record in players.items()}


class History:
    """The history file, read into memory; change it, then :meth:`save` (the mutators save)."""

    def __init__(self, path: Path, players: dict[str, PlayerHistory] | None = None) -> None:
        self.path = path
        self.players: dict[str, PlayerHistory] = players or {}

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> History:
        """The history at ``path`` (default :func:`history_path`); empty when there is none yet.

        A damaged file falls back to its backup; when both are unreadable the history starts empty
        (it is a convenience, never a reason to stop a game).
        """
        target = Path(path) if path is not None else history_path()
        if not target.exists() and not target.with_name(target.name + ".bak").exists():
            return cls(target)
        try:
            text, _ = read_text_with_backup(target, _parse)
        except StorageError:
            return cls(target)
        return cls(target, _parse(text))

    def save(self) -> None:
        """Write the file atomically (keeping the previous version as ``.bak``)."""
        data = {
            "format": HISTORY_FORMAT,
            "schema": HISTORY_SCHEMA,
            "players": {name: record.to_dict() for name, record in sorted(self.players.items())},
        }
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def names(self) -> tuple[str, ...]:
        """The players who opted in, sorted."""
        return tuple(sorted(self.players))

    def enabled(self, name: str) -> bool:
        """True when ``name`` opted in."""
        return name in self.players

    def enable(self, name: str) -> None:
        """Opt ``name`` in (nothing is recorded for a name before this)."""
        with exclusive(self.path):  # another game may be changing the file right now
            self.reload()
            if name not in self.players:
                self.players[name] = PlayerHistory()
                self.save()

    def clear(self, name: str) -> bool:
        """Forget ``name`` (and opt out); False when there was nothing to forget."""
        with exclusive(self.path):
            self.reload()
            if name not in self.players:
                return False
            del self.players[name]
            self.save()
            return True

    def reload(self) -> None:
        """Read the file again (what other games recorded since this one read it)."""
        self.players = History.load(self.path).players

    def record(
        self,
        name: str,
        missed: Iterable[str] = (),
        right: Iterable[str] = (),
        *,
        questions_missed: Iterable[str] = (),
        questions_right: Iterable[str] = (),
        save: bool = True,
    ) -> bool:
        """Count items (and question ids) missed and right for ``name``; False if not opted in."""
        record = self.players.get(name)
        if record is None:
            return False
        for table, keys, column in (
            (record.items, missed, 0),
            (record.items, right, 1),
            (record.questions, questions_missed, 0),
            (record.questions, questions_right, 1),
        ):
            for key in keys:
                table.setdefault(key, [0, 0])[column] += 1
        if save:
            self.save()
        return True

    def record_game(self, game: Game, seat: int, *, save: bool = True) -> bool:
        """Count what seat ``seat`` of ``game`` missed and got right (see the module doc).

        A game is counted once, even when its end screen is shown again after a resume.
        """
        from game.content.models import ClassifyQuestion

        name = game.setup.players[seat].name
        history = self.players.get(name)
        key = f"{game.seed}:{len(game.state.log)}:{seat}"
        if history is None or game.is_bot(seat) or key in history.games:
            return False
        history.games = [*history.games, key][-GAMES_KEPT:]
        record = game.state.records[seat]
        missed: list[str] = list(record.wrong_bin)
        right: list[str] = list(record.named)
        questions_missed: list[str] = []
        questions_right: list[str] = []
        answers = [(qid, False) for qid in record.missed] + list(record.reviews)
        for qid, was_right in answers:
            question = game.find_question(qid)
            if isinstance(question, ClassifyQuestion):
                (right if was_right else missed).append(question.item)
            else:
                (questions_right if was_right else questions_missed).append(qid)
        return self.record(
            name, missed, right, questions_missed=questions_missed, questions_right=questions_right, save=save
        )

    def focus_for(self, name: str, size: int = FOCUS_SIZE) -> tuple[str, ...]:
        """The items ``name`` missed more often than they got right: most missed first, at most ``size``."""
        record = self.players.get(name)
        if record is None:
            return ()
        kept = [(item, m, r) for item, (m, r) in record.items.items() if m > r]
        kept.sort(key=lambda entry: (entry[2] - entry[1], -entry[1], entry[0]))
        return tuple(item for item, _, _ in kept[:size])


def focus_for(name: str, path: str | os.PathLike[str] | None = None, size: int = FOCUS_SIZE) -> tuple[str, ...]:
    """:meth:`History.focus_for` on the history file (empty when ``name`` has not opted in)."""
    return History.load(path).focus_for(name, size)


def with_focus(players: tuple[PlayerSpec, ...], path: str | os.PathLike[str] | None = None) -> tuple[PlayerSpec, ...]:
    """``players`` with each opted-in person's focus items (what front ends start a game with)."""
    history = History.load(path)
    return tuple(
        replace(p, focus=history.focus_for(p.name)) if not p.bot and history.enabled(p.name) else p for p in players
    )


def record_finished(game: Game, path: str | os.PathLike[str] | None = None) -> tuple[str, ...]:
    """Record every opted-in person of a finished ``game``; the names recorded.

    The history is a convenience: a file that cannot be written is skipped silently.
    """
    if not game.over:
        return ()
    target = Path(path) if path is not None else history_path()
    try:
        with exclusive(target):  # read, change and write while no other game does
            history = History.load(target)
            recorded = tuple(
                game.setup.players[seat].name
                for seat in range(game.players)
                if history.record_game(game, seat, save=False)
            )
            if recorded:
                history.save()
    except (StorageError, OSError):
        return ()
    return recorded
