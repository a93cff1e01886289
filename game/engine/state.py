"""The game's plain, serialisable state, and the set-up a game starts from.

Everything that changes during a game lives in one :class:`GameState`: positions, whose turn,
the pending decision, skips owed, scores, question decks, the generator, the learning records
and the log of actions. It holds only ints, strings, bools, lists, dicts and the generator, so it
compares by value and turns into JSON (:mod:`game.engine.save`).

>>> setup = GameSetup((PlayerSpec("小明"), PlayerSpec("电脑", bot=True, p_correct=0.5)))
>>> GameSetup.from_dict(setup.to_dict()) == setup
True
>>> GameState.blank(2).positions
[0, 0]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from game.content.textsafety import MAX_NAME_CHARS, hidden_at
from game.engine.actions import Action
from game.engine.levels import DEFAULT_LEVEL, LEVELS
from game.engine.rng import Pcg32

MAX_PLAYERS = 6


class Phase(StrEnum):
    """The kind of decision the game waits for."""

    ROLL = "roll"  #: the current player must roll
    ANSWER = "answer"  #: the current player must answer the drawn question
    NAME = "name"  #: the current player must name items
    VERDICT = "verdict"  #: the facilitator must accept or reject the naming verdict
    OVER = "over"  #: the game has ended


@dataclass(frozen=True, slots=True)
class PlayerSpec:
    """One seat: a name, whether the computer plays it, how often that bot answers right, the
    player's level (``child`` / ``teen`` / ``adult``, see :mod:`game.engine.levels`), the item
    names the player kept missing in earlier games (``focus``: questions about them are preferred)
    and whether the front ends print pinyin over the seat's texts (``pinyin``; None: for a child).

    >>> PlayerSpec("小明", level="child").shows_pinyin, PlayerSpec("妈妈", level="adult").shows_pinyin
    (True, False)
    """

    name: str
    bot: bool = False
    p_correct: float = 0.7
    level: str = DEFAULT_LEVEL
    focus: tuple[str, ...] = ()
    pinyin: bool | None = None

    @property
    def shows_pinyin(self) -> bool:
        """Whether this seat's questions and answers are shown with pinyin."""
        return self.level == "child" if self.pinyin is None else self.pinyin

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise ValueError(f"a player's name must be text, not {self.name!r}")
        if not self.name.strip() or len(self.name) > MAX_NAME_CHARS or hidden_at(self.name) is not None:
            raise ValueError(
                f"a player's name is 1 to {MAX_NAME_CHARS} visible characters "
                f"(玩家的名字是 1 到 {MAX_NAME_CHARS} 个字，不能有控制字符)"
            )
        if not isinstance(self.p_correct, (int, float)) or not 0.0 <= self.p_correct <= 1.0:
            raise ValueError(f"p_correct must be between 0 and 1, got {self.p_correct!r}")
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {self.level!r}")
        if not isinstance(self.focus, tuple) or not all(isinstance(f, str) for f in self.focus):
            raise ValueError(f"focus must be a tuple of item names, got {self.focus!r}")
        if self.pinyin is not None and not isinstance(self.pinyin, bool):
            raise ValueError(f"pinyin must be true, false or left out, got {self.pinyin!r}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "bot": self.bot,
            "p_correct": self.p_correct,
            "level": self.level,
            "focus": list(self.focus),
            **({} if self.pinyin is None else {"pinyin": self.pinyin}),
        }

    @classmethod
    def from_dict(cls, data: Any) -> PlayerSpec:
        """The seat written by :meth:`to_dict` (``level``, ``focus`` and ``pinyin`` may be left out)."""
        if not isinstance(data, dict) or not {"name", "bot", "p_correct"} <= set(data) <= _SPEC_KEYS:
            raise ValueError(f"not a player: {data!r}")
        if not isinstance(data["bot"], bool) or isinstance(data["p_correct"], bool):
            raise ValueError(f"not a player: {data!r}")
        focus = data.get("focus", [])
        if not isinstance(focus, list):
            raise ValueError(f"not a player: {data!r}")
        level = data.get("level", DEFAULT_LEVEL)
        return cls(data["name"], data["bot"], float(data["p_correct"]), level, tuple(focus), data.get("pinyin"))


_SPEC_KEYS = {"name", "bot", "p_correct", "level", "focus", "pinyin"}


@dataclass(frozen=True, slots=True)
class GameSetup:
    """How a game starts: the seats, the board and which questions may be asked.

    Args:
        players: 1 to 6 seats, in turn order.
        board: the board's name (None: the first board of the content).
        difficulty: the lowest and highest question difficulty asked (1 easy … 3 hard).
        region: the region whose sorting rules and region-only questions apply.
        round_limit: end the game after this many rounds, the leader winning (0: no limit).
    """

    players: tuple[PlayerSpec, ...]
    board: str | None = None
    difficulty: tuple[int, int] = (1, 3)
    region: str = "national"
    round_limit: int = 0

    def __post_init__(self) -> None:
        if not 1 <= len(self.players) <= MAX_PLAYERS:
            raise ValueError(f"a game needs 1 to {MAX_PLAYERS} players, got {len(self.players)}")
        low, high = self.difficulty
        if not (isinstance(low, int) and isinstance(high, int) and low <= high):
            raise ValueError(f"difficulty range must be (low, high) with low <= high, got {self.difficulty!r}")
        if not isinstance(self.round_limit, int) or self.round_limit < 0:
            raise ValueError(f"round_limit must be 0 (none) or a positive number, got {self.round_limit!r}")

    @classmethod
    def of(cls, *names: str, bots: int = 0, p_correct: float = 0.7, **options: Any) -> GameSetup:
        """A quick set-up: people called ``names``, then ``bots`` computer seats.

        >>> [p.name for p in GameSetup.of("A", bots=2).players]
        ['A', '电脑1', '电脑2']
        """
        seats = [PlayerSpec(name) for name in names]
        seats += [PlayerSpec(f"电脑{n + 1}", bot=True, p_correct=p_correct) for n in range(bots)]
        return cls(tuple(seats), **options)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "players": [p.to_dict() for p in self.players],
            "board": self.board,
            "difficulty": list(self.difficulty),
            "region": self.region,
            "round_limit": self.round_limit,
        }

    @classmethod
    def from_dict(cls, data: Any) -> GameSetup:
        """The set-up written by :meth:`to_dict`; ValueError on anything else."""
        if not isinstance(data, dict) or set(data) != {"players", "board", "difficulty", "region", "round_limit"}:
            raise ValueError(f"not a game set-up: {data!r}")
        players = data["players"]
        difficulty = data["difficulty"]
        if not isinstance(players, list) or not isinstance(difficulty, list) or len(difficulty) != 2:
            raise ValueError(f"not a game set-up: {data!r}")
        if not (data["board"] is None or isinstance(data["board"], str)) or not isinstance(data["region"], str):
            raise ValueError(f"not a game set-up: {data!r}")
        return cls(
            tuple(PlayerSpec.from_dict(p) for p in players),
            data["board"],
            (difficulty[0], difficulty[1]),
            data["region"],
            data["round_limit"],
        )


@dataclass(slots=True)
class PlayerRecord:
    """What one player met and learnt: the data for the end-of-game report.

    Categories are keyed by their value (``"kitchen"`` …) so the record is plain JSON.
    """

    asked: dict[str, int] = field(default_factory=dict)  #: questions asked per category
    right: dict[str, int] = field(default_factory=dict)  #: questions answered right per category
    missed: list[str] = field(default_factory=list)  #: ids of questions answered wrong (each once)
    tasks: dict[str, int] = field(default_factory=dict)  #: name-items tasks met per category
    passed: dict[str, int] = field(default_factory=dict)  #: name-items tasks passed per category
    named: list[str] = field(default_factory=list)  #: different right items named (dictionary names)
    wrong_bin: list[str] = field(default_factory=list)  #: items named for the wrong bin
    reviews: list[tuple[str, bool]] = field(default_factory=list)  #: review questions asked: (id, right)
    hints: int = 0  #: quick look-ups used
    looked_up: list[str] = field(default_factory=list)  #: different items found by look-ups

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "reviews": [[qid, right] for qid, right in self.reviews],
            "hints": self.hints,
            "looked_up": list(self.looked_up),
            "asked": dict(self.asked),
            "right": dict(self.right),
            "missed": list(self.missed),
            "tasks": dict(self.tasks),
            "passed": dict(self.passed),
            "named": list(self.named),
            "wrong_bin": list(self.wrong_bin),
        }

    @classmethod
    def from_dict(cls, data: Any) -> PlayerRecord:
        """The record written by :meth:`to_dict`; ValueError on anything else."""
        if not isinstance(data, dict) or set(data) != set(cls.__dataclass_fields__):
            raise ValueError(f"not a learning record: {data!r}")
        return cls(
            asked=_counts(data["asked"]),
            right=_counts(data["right"]),
            missed=_strings(data["missed"]),
            tasks=_counts(data["tasks"]),
            passed=_counts(data["passed"]),
            named=_strings(data["named"]),
            wrong_bin=_strings(data["wrong_bin"]),
            reviews=_reviews(data["reviews"]),
            hints=_count(data["hints"]),
            looked_up=_strings(data["looked_up"]),
        )


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"not a count: {value!r}")
    return value


def _reviews(value: Any) -> list[tuple[str, bool]]:
    if not isinstance(value, list) or not all(
        isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], bool) for v in value
    ):
        raise ValueError(f"not a list of reviews: {value!r}")
    return [(v[0], v[1]) for v in value]


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0 for k, v in value.items()
    ):
        raise ValueError(f"not a table of counts: {value!r}")
    return dict(value)


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"not a list of names: {value!r}")
    return list(value)


@dataclass(slots=True)
class GameState:
    """Everything that changes during a game (compared by value).

    Lists are indexed by seat. ``square`` is the square whose question or naming is pending
    (0 when none); ``question`` the index of the drawn question in the game's question list
    (-1 when none); ``verdict`` the automatic naming verdict awaiting the facilitator (None when
    none). ``reviews[p]`` lists the reviews scheduled for seat ``p`` as ``(question id, turn due)``
    (see :data:`game.engine.game.REVIEW_GAP`); ``review`` is set while a review question is
    pending. ``chain`` counts the squares that took effect this turn (see
    :data:`game.engine.rules.CHAIN_LIMIT`); ``again`` is set when the player will roll again.
    """

    positions: list[int]
    skips: list[int]
    scores: list[int]
    turns: list[int]
    current: int = 0
    phase: Phase = Phase.ROLL
    again: bool = False
    chain: int = 0
    square: int = 0
    question: int = -1
    verdict: bool | None = None
    winner: int = -1
    podium: list[int] = field(default_factory=list)
    decks: dict[str, list[int]] = field(default_factory=dict)
    rng: Pcg32 = field(default_factory=Pcg32)
    records: list[PlayerRecord] = field(default_factory=list)
    log: list[Action] = field(default_factory=list)
    reviews: list[list[tuple[str, int]]] = field(default_factory=list)
    review: bool = False

    @classmethod
    def blank(cls, players: int, rng: Pcg32 | None = None) -> GameState:
        """Every token on the start square, seat 0 to roll its first turn."""
        return cls(
            positions=[0] * players,
            skips=[0] * players,
            scores=[0] * players,
            turns=[0] * players,
            rng=rng if rng is not None else Pcg32(),
            records=[PlayerRecord() for _ in range(players)],
            reviews=[[] for _ in range(players)],
        )

    @property
    def over(self) -> bool:
        """True once somebody has won."""
        return self.phase is Phase.OVER
