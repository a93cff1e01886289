"""Colours and shapes: one place for the window's look.

Tokens differ by colour *and* shape (never colour alone), and none of their colours is a bin
colour, so a token never reads as a category.

>>> token_style(0).shape, token_style(5).shape
(<TokenShape.CIRCLE: 'circle'>, <TokenShape.HEXAGON: 'hexagon'>)
>>> len({token_style(seat).colour for seat in range(6)})
6
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from game.categories import Category
from game.present.spans import Line, Role

RGB = tuple[int, int, int]

BACKGROUND: RGB = (250, 245, 232)
PANEL: RGB = (255, 255, 255)
PANEL_EDGE: RGB = (214, 205, 186)
INK: RGB = (42, 42, 54)
SOFT_INK: RGB = (110, 108, 120)
WHITE: RGB = (255, 255, 255)
SHADOW: RGB = (0, 0, 0)
TRACK: RGB = (222, 210, 186)  #: the road under the squares
ACCENT: RGB = (255, 143, 0)  #: the roll button, the current player
ACCENT_DARK: RGB = (196, 98, 0)
BUTTON: RGB = (63, 114, 175)
BUTTON_DARK: RGB = (36, 74, 122)
BUTTON_OFF: RGB = (196, 196, 204)
RIGHT: RGB = (46, 160, 67)  #: right answers (always with ✓ and a word)
WRONG: RGB = (214, 69, 65)  #: wrong answers (always with × and a word)
HIGHLIGHT: RGB = (255, 214, 0)
#: Text in the colours of right / wrong / a hint: dark enough for 4.5:1 on the panels.
RIGHT_TEXT: RGB = (30, 120, 50)
WRONG_TEXT: RGB = (190, 50, 48)
HINT_TEXT: RGB = (150, 80, 0)
DIM = (20, 20, 30, 150)  #: RGBA of the veil behind a dialog

#: Soft colours for plain and tip squares, cycling along the track.
TRACK_TINTS: tuple[RGB, ...] = (
    (255, 236, 179),
    (200, 230, 201),
    (187, 222, 251),
    (248, 187, 208),
    (225, 190, 231),
    (255, 224, 178),
    (178, 235, 242),
)
JUMP_FORWARD: RGB = (124, 179, 66)
JUMP_BACK: RGB = (239, 108, 0)
SKIP: RGB = (149, 117, 205)
ROLL_AGAIN: RGB = (255, 193, 7)
START: RGB = (255, 255, 255)
FINISH: RGB = (255, 255, 255)


class TokenShape(StrEnum):
    """The shape of a player's token."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"
    HEXAGON = "hexagon"


@dataclass(frozen=True, slots=True)
class TokenStyle:
    """How one seat's token looks: its colour, its shape and the colour of its number."""

    colour: RGB
    shape: TokenShape
    number_ink: RGB


_TOKENS = (
    TokenStyle((255, 202, 40), TokenShape.CIRCLE, INK),
    TokenStyle((216, 27, 96), TokenShape.SQUARE, WHITE),
    TokenStyle((123, 31, 162), TokenShape.TRIANGLE, WHITE),
    TokenStyle((0, 172, 193), TokenShape.DIAMOND, INK),
    TokenStyle((245, 124, 0), TokenShape.STAR, INK),
    TokenStyle((156, 204, 101), TokenShape.HEXAGON, INK),
)


def token_style(seat: int) -> TokenStyle:
    """The token of seat ``seat`` (0-based)."""
    return _TOKENS[seat % len(_TOKENS)]


def bin_colour(category: Category) -> RGB:
    """The standard colour of a bin (see :attr:`game.categories.Category.colour`)."""
    return category.colour


def ink_on(colour: RGB) -> RGB:
    """Dark or white text, whichever reads better on ``colour``.

    >>> ink_on((255, 255, 255)) == INK, ink_on(Category.RECYCLABLE.colour) == WHITE
    (True, True)
    """
    r, g, b = colour
    luminance = 0.299 * r + 0.587 * g + 0.114 * b
    return INK if luminance > 150 else WHITE


def shade(colour: RGB, factor: float) -> RGB:
    """``colour`` darker (factor < 1) or lighter (factor > 1).

    >>> shade((100, 200, 40), 0.5), shade((100, 200, 40), 1.5)
    ((50, 100, 20), (178, 228, 148))
    """
    if factor <= 1:
        r, g, b = (round(c * factor) for c in colour)
    else:
        r, g, b = (round(c + (255 - c) * (factor - 1)) for c in colour)
    return (r, g, b)


#: The colour of each role of :mod:`game.present.spans` as text on a panel.
ROLE_COLOUR: dict[Role, RGB] = {
    Role.PLAIN: INK,
    Role.TITLE: INK,
    Role.PLAYER: INK,
    Role.BIN: INK,
    Role.NUMBER: INK,
    Role.RIGHT: RIGHT_TEXT,
    Role.WRONG: WRONG_TEXT,
    Role.HINT: HINT_TEXT,
    Role.DIM: SOFT_INK,
    Role.EFFECT: INK,
    Role.WIN: RIGHT_TEXT,
}
#: Roles drawn bold when they style a whole line.
BOLD_ROLES = frozenset({Role.TITLE, Role.RIGHT, Role.WRONG, Role.WIN})


def line_colour(line: Line) -> RGB:
    """The colour a one-colour front end draws ``line`` in: its own role's, else that of its first
    span with a colour of its own (a right or wrong word)."""
    if line.role is not Role.PLAIN:
        return ROLE_COLOUR[line.role]
    for span in line.spans:
        if span.role in (Role.RIGHT, Role.WRONG, Role.HINT, Role.DIM):
            return ROLE_COLOUR[span.role]
    return INK


def contrast(a: RGB, b: RGB) -> float:
    """The WCAG contrast ratio of two colours (1 to 21).

    >>> round(contrast((0, 0, 0), (255, 255, 255)))
    21
    """

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    def luminance(colour: RGB) -> float:
        r, g, b = (channel(v) for v in colour)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
