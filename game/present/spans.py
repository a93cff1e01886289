"""Presentation-neutral text: a line is a row of spans, each with a role.

The roles say what a piece of text *is* (a player's name, a bin, a right answer, a hint); each
front end decides how that looks. The terminal maps roles to rich styles and draws a player as a
numbered token and a bin with its letter badge; the window maps roles to theme colours. Colour is
never the only signal: every right/wrong line also says so in words.

>>> from game.categories import Category
>>> line = fill("{name} 掷出了 {value}", name=player(0, "小明"), value="4")
>>> line.plain
'小明 掷出了 4'
>>> [span.role.value for span in line.spans]
['player', 'plain', 'plain']
>>> Line.of("答对了！", Role.RIGHT).role
<Role.RIGHT: 'right'>
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from string import Formatter
from typing import TYPE_CHECKING

from game.categories import Category

if TYPE_CHECKING:
    from game.content.models import Region
    from game.errors import Lang


class Role(Enum):
    """What a span of text is; front ends style by role."""

    PLAIN = "plain"
    TITLE = "title"  #: a heading or the thing being asked
    PLAYER = "player"  #: a player's name (``Span.seat`` says whose)
    BIN = "bin"  #: a bin's name (``Span.category`` says which)
    NUMBER = "number"  #: the number that chooses an answer
    RIGHT = "right"
    WRONG = "wrong"
    HINT = "hint"  #: something to notice (a turn lost, a question to review)
    DIM = "dim"  #: a side note
    EFFECT = "effect"  #: what a square did (moved on, roll again)
    WIN = "win"


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with its role; ``seat`` for a player, ``category`` for a bin."""

    text: str
    role: Role = Role.PLAIN
    seat: int | None = None
    category: Category | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its spans in order and the role of the line as a whole.

    ``kind`` marks lines a front end may lay out together (``"option"``: one numbered answer of a
    question a computer player is answering).
    """

    spans: tuple[Span, ...]
    role: Role = Role.PLAIN
    kind: str = ""

    @classmethod
    def of(cls, text: str, role: Role = Role.PLAIN, kind: str = "") -> Line:
        """A line of one plain span, styled as a whole by ``role``."""
        return cls((Span(text),), role, kind)

    @property
    def plain(self) -> str:
        """The words without roles."""
        return "".join(span.text for span in self.spans)

    def __add__(self, other: Line | Span | str) -> Line:
        if isinstance(other, Line):
            return Line(self.spans + other.spans, self.role, self.kind)
        return Line((*self.spans, other if isinstance(other, Span) else Span(other)), self.role, self.kind)


def player(seat: int, name: str) -> Span:
    """A player's name."""
    return Span(name, Role.PLAYER, seat=seat)


def bin_span(category: Category, region: Region, lang: Lang) -> Span:
    """A bin as the region names it (the front end adds its colour and letter)."""
    return Span(region.category_name(category, lang), Role.BIN, category=category)


def fill(template: str, role: Role = Role.PLAIN, **parts: Span | Line | str) -> Line:
    """``template`` with each ``{field}`` replaced by a span, a line's spans or a string.

    >>> fill("{a}/{b}", a="1", b=Span("2", Role.RIGHT)).plain
    '1/2'
    """
    spans: list[Span] = []
    for literal, field, _, _ in Formatter().parse(template):
        if literal:
            spans.append(Span(literal))
        if field is not None:
            spans.extend(_spans_of(parts[field]))
    return Line(tuple(spans), role)


def joined(parts: Iterable[Line | Span | str], separator: str) -> Line:
    """``parts`` one after another with ``separator`` between them."""
    spans: list[Span] = []
    for index, part in enumerate(parts):
        if index:
            spans.append(Span(separator))
        spans.extend(_spans_of(part))
    return Line(tuple(spans))


def _spans_of(part: Line | Span | str) -> tuple[Span, ...]:
    """A line's spans, a span alone, or a string as one plain span."""
    if isinstance(part, Line):
        return part.spans
    return (part if isinstance(part, Span) else Span(part),)
