"""Every error type of fenleiqi, in one place.

Content problems are values (:class:`Problem`) so that a loader can collect all of them before
reporting; :class:`ContentError` carries the list.

>>> p = Problem("boards/a.yaml", 3, 5, Text("未知的字段 “szie”", "unknown key 'szie'"),
...             Text("是不是要写 “size”？", "did you mean 'size'?"))
>>> p.format("zh")
'boards/a.yaml:3:5: 错误: 未知的字段 “szie” — 是不是要写 “size”？'
>>> p.format("en")
"boards/a.yaml:3:5: error: unknown key 'szie' — did you mean 'size'?"
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

Lang = Literal["zh", "en"]


@dataclass(frozen=True, slots=True)
class Text:
    """A message in Chinese and English."""

    zh: str
    en: str

    def in_lang(self, lang: Lang) -> str:
        """The message in ``lang``."""
        return self.zh if lang == "zh" else self.en


class Severity(StrEnum):
    """How serious a problem is: errors stop a game from loading, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


_SEVERITY_WORD = {
    (Severity.ERROR, "zh"): "错误",
    (Severity.ERROR, "en"): "error",
    (Severity.WARNING, "zh"): "提醒",
    (Severity.WARNING, "en"): "warning",
}


class Place(Protocol):
    """Where something was read: a file and a 1-based line and column (a content model's origin)."""

    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a content file, at a 1-based line and column (0 when unknown)."""

    file: str
    line: int
    column: int
    what: Text
    fix: Text
    severity: Severity = Severity.ERROR
    #: A name for the column (a spreadsheet's header), shown instead of its number.
    column_label: str = ""

    @classmethod
    def at(cls, place: Place, what: Text, fix: Text, severity: Severity = Severity.ERROR) -> Problem:
        """A problem where ``place`` (a model's origin) was read."""
        return cls(place.file, place.line, place.column, what, fix, severity)

    def format(self, lang: Lang = "zh") -> str:
        """``file:line:column: error: what is wrong — how to fix it``."""
        column = self.column_label or str(self.column)
        where = self.file if self.line <= 0 else f"{self.file}:{self.line}:{column}"
        word = _SEVERITY_WORD[(self.severity, lang)]
        return f"{where}: {word}: {self.what.in_lang(lang)} — {self.fix.in_lang(lang)}"

    @property
    def sort_key(self) -> tuple[str, int, int]:
        """Orders problems by file, then position."""
        return (self.file, self.line, self.column)


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    """Only the errors among ``problems`` (warnings left out), in order."""
    return [p for p in problems if p.severity is Severity.ERROR]


class FenleiqiError(Exception):
    """Base class of every error fenleiqi raises on purpose."""


class ContentError(FenleiqiError, ValueError):
    """Content could not be loaded; :attr:`problems` lists every reason (errors first)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.severity != Severity.ERROR, p.sort_key))
        first = self.problems[0].format("en") if self.problems else "no problems"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))

    @property
    def errors(self) -> list[Problem]:
        """Only the problems that are errors."""
        return errors_of(self.problems)


# --- the rules engine's refusals and set-up/save errors -------------------------------------


class Reason(StrEnum):
    """Why an action was refused."""

    GAME_OVER = "game_over"  #: the game has ended
    NOT_AN_ACTION = "not_an_action"  #: not an action value, or a field of the wrong type
    NO_SUCH_PLAYER = "no_such_player"  #: the player number is not a seat of this game
    NOT_YOUR_TURN = "not_your_turn"  #: another player is to act
    BOT_SEAT = "bot_seat"  #: the seat is played by the computer: send BotMove
    NOT_A_BOT = "not_a_bot"  #: BotMove for a seat played by a person
    ROLL_EXPECTED = "roll_expected"  #: the player must roll
    ANSWER_EXPECTED = "answer_expected"  #: the player must answer a question
    NAMING_EXPECTED = "naming_expected"  #: the player must name items
    JUDGE_EXPECTED = "judge_expected"  #: the facilitator must accept or reject the naming verdict
    CHOICE_OUT_OF_RANGE = "choice_out_of_range"  #: the answer is not one of the choices

    def explain(self, lang: str = "zh") -> str:
        """A short sentence for players and volunteers."""
        zh, en = _REASON_TEXT[self]
        return zh if lang == "zh" else en


_REASON_TEXT: dict[Reason, tuple[str, str]] = {
    Reason.GAME_OVER: ("游戏已经结束了", "the game is over"),
    Reason.NOT_AN_ACTION: ("这不是一个有效的操作", "that is not a valid action"),
    Reason.NO_SUCH_PLAYER: ("没有这个玩家", "there is no such player"),
    Reason.NOT_YOUR_TURN: ("还没轮到这位玩家", "it is not this player's turn"),
    Reason.BOT_SEAT: ("这个座位由电脑来下", "the computer plays this seat"),
    Reason.NOT_A_BOT: ("这个座位由人来下", "a person plays this seat"),
    Reason.ROLL_EXPECTED: ("现在应该掷骰子", "a roll is due"),
    Reason.ANSWER_EXPECTED: ("现在应该回答题目", "an answer is due"),
    Reason.NAMING_EXPECTED: ("现在应该说出物品", "naming items is due"),
    Reason.JUDGE_EXPECTED: ("现在应该由裁判确认判定", "the facilitator's decision is due"),
    Reason.CHOICE_OUT_OF_RANGE: ("没有这个选项", "there is no such choice"),
}


@dataclass(frozen=True, slots=True)
class Refusal:
    """An action the engine would not apply, and why."""

    reason: Reason
    action: object
    detail: str = ""

    def __str__(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.reason.value}: {self.action!r}{extra}"


class IllegalAction(FenleiqiError, ValueError):
    """Raised by ``Game.apply`` for an action that is not legal now; the game is unchanged.

    >>> IllegalAction(Reason.NOT_YOUR_TURN, "Roll(player=3)").reason.value
    'not_your_turn'
    """

    def __init__(self, reason: Reason, action: object, detail: str = "") -> None:
        self.refusal = Refusal(reason, action, detail)
        super().__init__(str(self.refusal))

    @property
    def reason(self) -> Reason:
        """Why the action was refused."""
        return self.refusal.reason

    @property
    def action(self) -> object:
        """The refused action."""
        return self.refusal.action


class SetupError(FenleiqiError, ValueError):
    """A game cannot start with this set-up (unknown board or region, too many players …)."""


class SaveError(FenleiqiError, ValueError):
    """A saved game is corrupted, of an unknown schema, or made with other content."""


class DisplayUnavailable(FenleiqiError, RuntimeError):
    """No window can be opened here (no display, or SDL refused); the terminal game still works."""
