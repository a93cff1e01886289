"""How a board looks, for every front end that draws it: the colours of squares and tokens, which
pictogram a square shows, the legend's entries and the winding track's grid.

The window (:mod:`game.window.board_view`) and the print kit (:mod:`game.paper.board_poster`)
both draw from here, so the paper board is the window's board.

>>> from game.content.models import Board, Rules, Square, SquareKind
>>> best_grid(51, 900, 600)
(9, 6)
>>> snake_cell(9, 9), snake_cell(10, 9)   # the track turns at the row's end
((8, 1), (7, 1))
>>> ink_on((255, 255, 255)) == INK
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.categories import Category  # noqa: F401  (doctests)
from game.content.models import Board, Square, SquareKind
from game.present.pictograms import TokenShape

RGB = tuple[int, int, int]

INK: RGB = (42, 42, 54)
WHITE: RGB = (255, 255, 255)
TRACK: RGB = (222, 210, 186)  #: the road under the squares
ACCENT: RGB = (255, 143, 0)  #: the start and finish frames; the current player in the window
BUTTON: RGB = (63, 114, 175)  #: the question and naming squares' legend boxes

#: Soft colours for plain and tip squares, cycling along the track (none looks like a bin).
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
#: Under a square open to every bin (drawn as the four bins' quarters) and its legend entry.
ANY_BIN_FILL: RGB = (120, 120, 130)


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


def square_fill(square: Square, board: Board) -> RGB:
    """The main colour of a square (question squares take their bin's colour)."""
    kind = square.kind
    if square.number == 0:
        return START
    if square.number == board.finish:
        return FINISH
    if kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS) and square.category is not None:
        return square.category.colour
    if kind is SquareKind.JUMP:
        forward = square.to is not None and square.to > square.number
        return JUMP_FORWARD if forward else JUMP_BACK
    if kind is SquareKind.SKIP:
        return SKIP
    if kind is SquareKind.ROLL_AGAIN:
        return ROLL_AGAIN
    if kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
        return ANY_BIN_FILL  # any bin: drawn as four quarters over this
    return TRACK_TINTS[square.number % len(TRACK_TINTS)]


def kind_key(kind: SquareKind, forward: bool = True) -> str:
    """The icon name of a square kind (jumps have one per direction)."""
    if kind is SquareKind.JUMP:
        return "jump_forward" if forward else "jump_back"
    return kind.value


def square_icon_key(square: Square, board: Board) -> str | None:
    """The icon drawn on a square (None for a plain one)."""
    if square.number == 0:
        return "start"
    if square.number == board.finish:
        return "finish"
    if square.kind is SquareKind.PLAIN:
        return None
    return kind_key(square.kind, forward=square.to is not None and square.to > square.number)


def is_any_bin(square: Square, board: Board) -> bool:
    """True for a question or naming square open to every bin (drawn as the four bins' quarters)."""
    return (
        square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS)
        and square.category is None
        and 0 < square.number < board.finish
    )


@dataclass(frozen=True, slots=True)
class LegendKind:
    """One square kind in a legend: its fill, its icon key and the text key of its words."""

    fill: RGB
    icon: str
    label: str


#: The square kinds a legend explains after the four bins, in order.
LEGEND_KINDS: tuple[LegendKind, ...] = (
    LegendKind(TRACK_TINTS[0], "tip", "kind_tip"),
    LegendKind(BUTTON, "question", "kind_question"),
    LegendKind(BUTTON, "name_items", "kind_name_items"),
    LegendKind(ANY_BIN_FILL, "question", "legend_any"),
    LegendKind(JUMP_FORWARD, "jump_forward", "legend_forward"),
    LegendKind(JUMP_BACK, "jump_back", "legend_back"),
    LegendKind(SKIP, "skip", "kind_skip"),
    LegendKind(ROLL_AGAIN, "roll_again", "kind_roll_again"),
)


def legend_icon_colour(entry: LegendKind) -> RGB:
    """The colour of a legend entry's icon (a tip's bulb is dark on its pale box)."""
    return INK if entry.icon == "tip" else ink_on(entry.fill)


def best_grid(count: int, width: float, height: float) -> tuple[int, int]:
    """(columns, rows) of the winding track that gives ``count`` squares the largest pitch in a
    ``width`` × ``height`` area (whole pixels or millimetres)."""
    best = (0.0, 1, count)
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        pitch = min(width // cols, height // rows)
        if pitch > best[0]:
            best = (pitch, cols, rows)
    _, cols, _ = best
    return cols, math.ceil(count / cols)


def snake_cell(square: int, cols: int) -> tuple[int, int]:
    """(column, row) of ``square`` on a track of rows ``cols`` wide, left to right, then back."""
    row, offset = divmod(square, cols)
    col = offset if row % 2 == 0 else cols - 1 - offset
    return col, row


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
    """The token of seat ``seat`` (0-based): colour *and* shape, never a bin colour.

    >>> token_style(0).shape, token_style(5).shape
    (<TokenShape.CIRCLE: 'circle'>, <TokenShape.HEXAGON: 'hexagon'>)
    """
    return _TOKENS[seat % len(_TOKENS)]
