"""Where things go, computed from the window size: the only place pixels meet square numbers.

:class:`BoardLayout` lays the squares ``0..size`` out as a winding track (a snake of rows, left
to right, then right to left) that fills its rectangle; :class:`ScreenLayout` splits the window
into the board, the banner under it and the side panel.

>>> board = BoardLayout.compute(51, pygame.Rect(0, 0, 900, 600))
>>> board.cols, board.rows
(9, 6)
>>> board.square_at(board.centre(10)), board.square_at((-5, -5))
(10, None)
>>> board.centre(8)[1] == board.centre(9)[1] - board.pitch  # the track turns at the row's end
True
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.present.board_look import best_grid, snake_cell

Point = tuple[int, int]
Size = tuple[int, int]

#: The smallest window the layout is checked at (tests/window/test_text_layout.py): the window
#: cannot be made smaller, and a portrait 600×900 tablet fits.
MIN_SIZE: Size = (600, 480)


@dataclass(frozen=True, slots=True)
class BoardLayout:
    """The squares of a board placed in ``area``: a snake of ``rows`` rows of ``cols`` squares."""

    area: pygame.Rect
    count: int  #: number of squares, the start included (``board.size + 1``)
    cols: int
    rows: int
    pitch: int  #: distance between the centres of neighbouring squares
    origin: Point  #: top-left corner of the grid

    @classmethod
    def compute(cls, count: int, area: pygame.Rect) -> BoardLayout:
        """The largest squares that fit ``count`` squares into ``area``."""
        cols, rows = best_grid(count, area.width, area.height)
        pitch = max(min(area.width // cols, area.height // rows), 4)
        origin = (area.x + (area.width - cols * pitch) // 2, area.y + (area.height - rows * pitch) // 2)
        return cls(pygame.Rect(area), count, cols, rows, pitch, origin)

    @property
    def side(self) -> int:
        """The side of one square (a little smaller than the pitch, so the road shows between)."""
        return max(3, round(self.pitch * 0.86))

    def cell(self, square: int) -> tuple[int, int]:
        """(column, row) of ``square`` on the snake."""
        return snake_cell(square, self.cols)

    def centre(self, square: int) -> Point:
        """The centre of ``square`` in window pixels."""
        col, row = self.cell(square)
        return (
            self.origin[0] + col * self.pitch + self.pitch // 2,
            self.origin[1] + row * self.pitch + self.pitch // 2,
        )

    def square_rect(self, square: int) -> pygame.Rect:
        """The rectangle of ``square``."""
        rect = pygame.Rect(0, 0, self.side, self.side)
        rect.center = self.centre(square)
        return rect

    def square_at(self, pos: Point) -> int | None:
        """The square under the window point ``pos``, or None."""
        x, y = pos[0] - self.origin[0], pos[1] - self.origin[1]
        if x < 0 or y < 0:
            return None
        col, row = x // self.pitch, y // self.pitch
        if col >= self.cols or row >= self.rows:
            return None
        offset = col if row % 2 == 0 else self.cols - 1 - col
        square = row * self.cols + offset
        return square if square < self.count and self.square_rect(square).collidepoint(pos) else None

    def point_between(self, start: int, end: int, t: float) -> tuple[float, float]:
        """The point a fraction ``t`` of the way from the centre of ``start`` to that of ``end``."""
        (x0, y0), (x1, y1) = self.centre(start), self.centre(end)
        return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)

    def token_radius(self, sharing: int) -> int:
        """The radius of a token on a square shared by ``sharing`` tokens."""
        factor = 0.2 if sharing <= 2 else 0.16 if sharing == 3 else 0.11
        return max(3, round(self.side * factor))

    def token_offsets(self, sharing: int) -> list[tuple[int, int]]:
        """Where each of ``sharing`` tokens stands, relative to the square's centre: in a row on its
        lower edge, so that no token hides the square's number (top left) or its pictogram (centre).

        >>> BoardLayout.compute(51, pygame.Rect(0, 0, 900, 600)).token_offsets(2)
        [(-22, 39), (22, 39)]
        """
        step = {1: 0.0, 2: 0.5, 3: 0.33}.get(sharing, 0.23)
        first = -step * (sharing - 1) / 2
        return [(round((first + i * step) * self.side), round(0.45 * self.side)) for i in range(sharing)]


@dataclass(frozen=True, slots=True)
class ScreenLayout:
    """The game screen: the board, the banner under it and the side panel, plus a text unit."""

    size: Size
    board: pygame.Rect
    banner: pygame.Rect
    panel: pygame.Rect
    unit: int  #: body text size in pixels; everything else scales from it

    @classmethod
    def compute(cls, size: Size) -> ScreenLayout:
        """Split a window of ``size``: panel on the right (or at the bottom of a tall window).

        >>> layout = ScreenLayout.compute((1280, 800))
        >>> layout.panel.right <= 1280 and layout.board.right < layout.panel.left
        True
        """
        width, height = max(size[0], 1), max(size[1], 1)
        unit = text_unit(size)
        margin = max(6, round(min(width, height) * 0.018))
        if width >= height * 1.15:
            panel_w = max(min(200, round(width * 0.35)), min(round(width * 0.27), 420))
            panel = pygame.Rect(width - panel_w - margin, margin, panel_w, height - 2 * margin)
            left = pygame.Rect(margin, margin, panel.left - 2 * margin, height - 2 * margin)
        else:
            panel_h = max(min(150, round(height * 0.35)), min(round(height * 0.3), 360))
            panel = pygame.Rect(margin, height - panel_h - margin, width - 2 * margin, panel_h)
            left = pygame.Rect(margin, margin, width - 2 * margin, panel.top - 2 * margin)
        banner_h = min(max(round(unit * 3.6), round(left.height * 0.17)), left.height // 3)
        banner = pygame.Rect(left.x, left.bottom - banner_h, left.width, banner_h)
        board = pygame.Rect(left.x, left.y, left.width, max(10, banner.top - left.y - margin // 2))
        return cls((width, height), board, banner, panel, unit)


def text_unit(size: Size) -> int:
    """The body text size for a window of ``size`` (large enough for children to read).

    >>> text_unit((1280, 800)), text_unit((640, 400)), text_unit((3840, 2160))
    (22, 15, 48)
    """
    return max(15, min(48, round(min(size[0] * 0.62, size[1]) / 36)))
