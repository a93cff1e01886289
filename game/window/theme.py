"""Colours and shapes: one place for the window's look.

Tokens differ by colour *and* shape (never colour alone), and none of their colours is a bin
colour, so a token never reads as a category.

>>> token_style(0).shape, token_style(5).shape
(<TokenShape.CIRCLE: 'circle'>, <TokenShape.HEXAGON: 'hexagon'>)
>>> len({token_style(seat).colour for seat in range(6)})
6
"""

from __future__ import annotations

from game.categories import Category
from game.present.board_look import (  # the board's colours live with the board's look
    ACCENT,
    ANY_BIN_FILL,
    BUTTON,
    FINISH,
    INK,
    JUMP_BACK,
    JUMP_FORWARD,
    RGB,
    ROLL_AGAIN,
    SKIP,
    START,
    TRACK,
    TRACK_TINTS,
    WHITE,
    TokenStyle,
    ink_on,
    shade,
    token_style,
)
from game.present.pictograms import TokenShape
from game.present.spans import Line, Role

BACKGROUND: RGB = (250, 245, 232)
PANEL: RGB = (255, 255, 255)
PANEL_EDGE: RGB = (214, 205, 186)
SOFT_INK: RGB = (110, 108, 120)
SHADOW: RGB = (0, 0, 0)
ACCENT_DARK: RGB = (196, 98, 0)
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

__all__ = [
    "ACCENT",
    "ANY_BIN_FILL",
    "BUTTON",
    "FINISH",
    "INK",
    "JUMP_BACK",
    "JUMP_FORWARD",
    "RGB",
    "ROLL_AGAIN",
    "SKIP",
    "START",
    "TRACK",
    "TRACK_TINTS",
    "WHITE",
    "TokenShape",
    "TokenStyle",
    "ink_on",
    "shade",
    "token_style",
]


def bin_colour(category: Category) -> RGB:
    """The standard colour of a bin (see :attr:`game.categories.Category.colour`)."""
    return category.colour


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
