"""Sheets of cards, fronts and backs: a front sheet, then the sheet that long-edge duplex printing
puts behind it, with each card's back behind its own front.

>>> from game.paper.sheet import Sheet
>>> sheet = Sheet()
>>> pages = card_sheets(sheet, Grid.fill(2, 4, 210, 297, 8), 9,
...     lambda i, x, y, w, h: None, lambda i, x, y, w, h: None,
...     lambda first, last: f"{first}-{last}", lambda first, last: "backs")
>>> pages, sheet.pages    # 9 cards, 8 to a sheet: two fronts, two backs
(4, 4)
"""

from __future__ import annotations

from collections.abc import Callable

from game.paper.draw import Grid, scissors_note
from game.paper.sheet import SAFE_MARGIN, Sheet

#: Draws card ``index`` in the box (x, y, w, h).
CardPainter = Callable[[int, float, float, float, float], None]
#: The note over a sheet of cards ``first``..``last`` (numbered from 1).
SheetNote = Callable[[int, int], str]

#: The header over a sheet of cards: its note (mm).
HEADER = 8.0


def card_sheets(sheet: Sheet, grid: Grid, count: int, front: CardPainter, back: CardPainter | None,
                front_note: SheetNote, back_note: SheetNote) -> int:  # fmt: skip
    """``count`` cards on A4 portrait sheets: each front sheet followed by its back sheet (none
    when ``back`` is None, for single-sided printing); returns the sheets added."""
    added = 0
    for first in range(0, count, grid.per_page):
        last = min(count, first + grid.per_page)
        for side, painter, note in ((False, front, front_note), (True, back, back_note)):
            if painter is None:
                continue
            sheet.new_page("A4", "portrait")
            added += 1
            scissors_note(sheet, note(first + 1, last), SAFE_MARGIN)
            grid.cut_lines(sheet, sheet.width)
            for index in range(first, last):
                x, y = grid.origin(index - first, sheet.width, back=side)
                painter(index, x, y, grid.w, grid.h)
    return added
