"""Events: what happened, in order, with what a front end needs to animate and explain it.

:meth:`game.engine.game.Game.apply` returns a list of these. Each is a small frozen value whose
first field is the player it concerns. :func:`event_to_dict` gives a JSON-ready form (used by
golden transcripts and by front ends that log games).

>>> Moved(0, 48, 46, MoveCause.ROLL, via=50).path
(49, 50, 49, 48, 47, 46)
>>> event_to_dict(Rolled(1, 4))
{'event': 'rolled', 'player': 1, 'value': 4}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from enum import Enum, StrEnum
from typing import Any

from game.categories import Category
from game.content.models import SquareKind
from game.engine.judge import NamingVerdict


class MoveCause(StrEnum):
    """Why a token moved."""

    ROLL = "roll"  #: the die
    RIGHT = "right"  #: the effect of a right answer (or an accepted naming)
    WRONG = "wrong"  #: the effect of a wrong answer (or a rejected naming)


@dataclass(frozen=True, slots=True)
class TurnStarted:
    """``player`` starts their ``turn``-th turn (skipped turns count)."""

    player: int
    turn: int


@dataclass(frozen=True, slots=True)
class TurnSkipped:
    """``player`` misses this turn; ``remaining`` more turns are still owed."""

    player: int
    remaining: int


@dataclass(frozen=True, slots=True)
class Rolled:
    """``player`` rolled ``value``."""

    player: int
    value: int


@dataclass(frozen=True, slots=True)
class Moved:
    """The token walked from ``start`` to ``end`` step by step.

    ``via`` is the square where it turned round (the finish, under the bounce rule), or -1.
    """

    player: int
    start: int
    end: int
    cause: MoveCause
    via: int = -1

    @property
    def path(self) -> tuple[int, ...]:
        """Every square the token steps on after ``start``, in order (for animation)."""
        if self.via >= 0:
            return (*range(self.start + 1, self.via + 1), *range(self.via - 1, self.end - 1, -1))
        if self.end >= self.start:
            return tuple(range(self.start + 1, self.end + 1))
        return tuple(range(self.start - 1, self.end - 1, -1))


@dataclass(frozen=True, slots=True)
class Bounced:
    """The roll overshot the finish ``at``: the token walks ``back`` steps back from it."""

    player: int
    at: int
    back: int


@dataclass(frozen=True, slots=True)
class Overshot:
    """Exact finish: the roll of ``value`` from ``start`` overshoots, so the token stays."""

    player: int
    start: int
    value: int


@dataclass(frozen=True, slots=True)
class Landed:
    """The token stopped on square ``square`` of kind ``kind`` and the square takes effect."""

    player: int
    square: int
    kind: SquareKind


@dataclass(frozen=True, slots=True)
class Jumped:
    """A jump square sent the token from ``start`` to ``end``."""

    player: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SkipsAdded:
    """``player`` must miss ``turns`` more turns (``owed`` in all)."""

    player: int
    turns: int
    owed: int


@dataclass(frozen=True, slots=True)
class RollAgain:
    """``player`` rolls again at once."""

    player: int


@dataclass(frozen=True, slots=True)
class QuestionAsked:
    """``player`` must answer question ``question`` (choices ``0..n_choices-1``).

    ``review`` is true for a review question at the start of a turn (a question or item the
    player got wrong earlier): it has no square (``square`` is 0) and no effect on movement.
    """

    player: int
    square: int
    question: str
    n_choices: int
    category: Category
    review: bool = False


@dataclass(frozen=True, slots=True)
class NoQuestion:
    """Square ``square`` asks a question but no question fits its filter: it is skipped."""

    player: int
    square: int


@dataclass(frozen=True, slots=True)
class Answered:
    """``player`` answered ``question`` with ``choice``; ``correct`` is the right choice.

    ``correct`` follows the game's region; ``differences`` lists ``(region key, category)`` for
    the other regions that sort the question's item differently (empty for undisputed items).
    ``review`` is true for a review question (it adds no point: ``points`` says what was added).
    ``also_right`` holds the other choices that count in
    the game's region because its sources disagree (the item is disputed there).
    """

    player: int
    question: str
    choice: int
    correct: int
    right: bool
    review: bool = False
    differences: tuple[tuple[str, Category], ...] = ()
    also_right: tuple[int, ...] = ()
    points: int = 0  #: points the answer added to the player's score (a review adds none)
    square: int | None = None  #: the question's square (None for a review: it belongs to no square)


@dataclass(frozen=True, slots=True)
class LookedUp:
    """``player`` looked ``text`` up: the dictionary ``item`` found and its ``category`` in the
    game's region (both None when unknown, with ``suggestions`` of similar item names). For a
    generic word (电池) ``generic`` is the word and ``suggestions`` are its kinds."""

    player: int
    text: str
    item: str | None
    category: Category | None
    suggestions: tuple[str, ...] = ()
    generic: str | None = None


@dataclass(frozen=True, slots=True)
class NamingAsked:
    """``player`` must name ``count`` different items of ``category``."""

    player: int
    square: int
    category: Category | None
    count: int


@dataclass(frozen=True, slots=True)
class ItemsNamed:
    """``player`` named items as ``text``; ``verdict`` is the automatic judgement."""

    player: int
    text: str
    verdict: NamingVerdict


@dataclass(frozen=True, slots=True)
class NamingJudged:
    """The naming at ``square`` was ``accepted`` or not; ``overridden`` when a facilitator changed
    the verdict; ``points`` were added to the player's score."""

    player: int
    accepted: bool
    overridden: bool
    square: int
    points: int = 0


@dataclass(frozen=True, slots=True)
class ChainStopped:
    """Too many squares took effect this turn: square ``square`` is ignored (loop guard)."""

    player: int
    square: int


@dataclass(frozen=True, slots=True)
class Won:
    """``player`` won; ``podium`` ranks every player (seat numbers, winner first).

    ``by_limit`` is true when the round limit ended the game and the leader won.
    """

    player: int
    podium: tuple[int, ...]
    by_limit: bool = False


Event = (
    TurnStarted
    | TurnSkipped
    | Rolled
    | Moved
    | Bounced
    | Overshot
    | Landed
    | Jumped
    | SkipsAdded
    | RollAgain
    | QuestionAsked
    | NoQuestion
    | Answered
    | NamingAsked
    | ItemsNamed
    | NamingJudged
    | ChainStopped
    | Won
    | LookedUp
)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def event_to_dict(event: Event) -> dict[str, Any]:
    """A JSON-ready dict with the event's type under ``"event"`` and its fields."""
    out: dict[str, Any] = {"event": _snake(type(event).__name__)}
    for f in fields(event):
        value = getattr(event, f.name)
        if isinstance(value, NamingVerdict):
            value = value.to_dict()
        elif isinstance(value, Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = [list(v) if isinstance(v, tuple) else v for v in value]
        out[f.name] = value
    return out
