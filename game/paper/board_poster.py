"""The board as a poster: the window's track, colours and pictograms, in vectors, on one A3
sheet, or tiled over A4 sheets with overlaps to glue, cut lines and row/column labels.

The poster is drawn in its own coordinates (an A3 landscape sheet); a tile shows a window of it.

>>> from game.content.loader import load_bundled
>>> from game.paper.sheet import Sheet
>>> content = load_bundled()
>>> sheet = Sheet()
>>> tiles = draw_board(sheet, content.board(), content.region(), "zh", paper="A4")
>>> tiles, sheet.pages
(4, 4)
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from game.categories import CATEGORY_ORDER
from game.content.models import Board, Region, Square, SquareKind
from game.errors import Lang
from game.paper.draw import CUT, bin_badge, pictogram
from game.paper.sheet import PT, SAFE_MARGIN, Paper, Sheet
from game.present.board_look import (
    ACCENT,
    INK,
    JUMP_BACK,
    JUMP_FORWARD,
    LEGEND_KINDS,
    TRACK,
    WHITE,
    best_grid,
    ink_on,
    is_any_bin,
    legend_icon_colour,
    shade,
    snake_cell,
    square_fill,
    square_icon_key,
)
from game.present.pictograms import bin_pictogram, kind_pictogram
from game.present.texts import say

#: The poster's size: an A3 sheet, landscape (mm).
POSTER_W, POSTER_H = 420.0, 297.0
#: A4 landscape, and how much neighbouring tiles share (glued over each other).
A4_W, A4_H = 297.0, 210.0
OVERLAP = 15.0
#: The strip over a tile's window that names it and says where it goes.
TILE_LABEL = 9.0
#: The poster's title row and its legend (mm).
TITLE_H = 14.0
LEGEND_H = 26.0


@dataclass(frozen=True, slots=True)
class PosterLayout:
    """Where the squares go on the poster."""

    cols: int
    rows: int
    pitch: float
    left: float
    top: float

    @classmethod
    def compute(cls, count: int, x: float, y: float, w: float, h: float) -> PosterLayout:
        """The largest squares for ``count`` squares in the box (``x``, ``y``, ``w``, ``h``)."""
        cols, rows = best_grid(count, w, h)
        pitch = min(w / cols, h / rows)
        return cls(cols, rows, pitch, x + (w - cols * pitch) / 2, y + (h - rows * pitch) / 2)

    @property
    def side(self) -> float:
        """A square's side (the road shows between squares)."""
        return self.pitch * 0.86

    def centre(self, square: int) -> tuple[float, float]:
        """The centre of ``square``."""
        col, row = snake_cell(square, self.cols)
        return (self.left + (col + 0.5) * self.pitch, self.top + (row + 0.5) * self.pitch)


def poster_layout(count: int, size: tuple[float, float]) -> PosterLayout:
    """Where ``count`` squares go on a poster of ``size`` (mm), under its title, over its legend."""
    top = SAFE_MARGIN + TITLE_H
    width, height = size
    return PosterLayout.compute(count, SAFE_MARGIN, top, width - 2 * SAFE_MARGIN, height - top - SAFE_MARGIN - LEGEND_H)


@dataclass(frozen=True, slots=True)
class Tiles:
    """How the poster is tiled over A4 sheets: rows × cols windows, ``step`` apart (they overlap)."""

    rows: int
    cols: int
    step: tuple[float, float]
    window: tuple[float, float]

    @classmethod
    def a4(cls) -> Tiles:
        """The A4 landscape tiles that cover an A3 poster."""
        window = (A4_W - 2 * SAFE_MARGIN, A4_H - 2 * SAFE_MARGIN - TILE_LABEL)
        step = (window[0] - OVERLAP, window[1] - OVERLAP)
        return cls(math.ceil((POSTER_H - OVERLAP) / step[1]), math.ceil((POSTER_W - OVERLAP) / step[0]), step, window)

    @property
    def poster(self) -> tuple[float, float]:
        """The poster's size on the tiles: larger than A3, so that it fills them."""
        return (self.cols * self.step[0] + OVERLAP, self.rows * self.step[1] + OVERLAP)

    def offset(self, row: int, col: int) -> tuple[float, float]:
        """Poster → page coordinates on tile (``row``, ``col``)."""
        return (SAFE_MARGIN - col * self.step[0], SAFE_MARGIN + TILE_LABEL - row * self.step[1])


def _quarter(x: float, y: float, half: float, radius: float, corner: int) -> list[tuple[float, float]]:
    """A quarter of a rounded square: a square of ``half`` at (x, y) whose outer corner (0 top
    left, 1 top right, 2 bottom left, 3 bottom right of the whole square) is rounded."""
    box = [(x, y), (x + half, y), (x + half, y + half), (x, y + half)]  # clockwise from top left
    outer = (0, 1, 3, 2)[corner]
    cx, cy = box[outer]
    sx = 1 if outer in (0, 3) else -1  # inwards from the corner
    sy = 1 if outer in (0, 1) else -1
    arc = [
        (cx + sx * radius * (1 - math.cos(phi)), cy + sy * radius * (1 - math.sin(phi)))
        for phi in (math.pi / 2 * i / 8 for i in range(9))
    ]
    before = box[outer - 1]
    if math.dist(arc[0], before) > math.dist(arc[-1], before):
        arc.reverse()
    return [*box[:outer], *arc, *box[outer + 1 :]]


def kind_word(square: Square, board: Board, lang: Lang) -> str:
    """The short word printed under a square's pictogram (empty for a plain square)."""
    if square.number in (0, board.finish):
        return ""
    if square.kind is SquareKind.JUMP and square.to is not None:
        return say("legend_forward" if square.to > square.number else "legend_back", lang)
    if square.kind is SquareKind.PLAIN:
        return ""
    if square.kind is SquareKind.QUESTION and square.types:  # the piles its cards come from
        return "/".join(say(_TYPE_WORD[t.value], lang) for t in square.types)
    return say(f"kind_{square.kind.value}", lang)


_TYPE_WORD = {"classify": "print.type_classify", "choice": "print.type_choice", "truefalse": "print.type_truefalse"}


class _Poster:
    def __init__(self, sheet: Sheet, board: Board, region: Region, lang: Lang, dx: float, dy: float,
                 size: tuple[float, float] = (POSTER_W, POSTER_H)) -> None:  # fmt: skip
        self.sheet, self.board, self.region, self.lang = sheet, board, region, lang
        self.dx, self.dy = dx, dy  # poster → page
        self.w, self.h = size

    def at(self, x: float, y: float) -> tuple[float, float]:
        return (x + self.dx, y + self.dy)

    def draw(self) -> None:
        sheet, lang = self.sheet, self.lang
        title = f"{say('title', lang)} · {self.board.name_in(lang)}"
        x, y = self.at(SAFE_MARGIN, SAFE_MARGIN)
        room = self.w - 2 * SAFE_MARGIN
        size = sheet.fit_size(title, 22, room, 9)
        sheet.write(sheet.clip(title, size, room), x, y, size, INK, align="C", width=room)
        layout = poster_layout(len(self.board.squares), (self.w, self.h))
        self.road(layout)
        for square in self.board.squares:
            self.square_colours(layout, square)
        for square in self.board.squares:
            if square.kind is SquareKind.JUMP and square.to is not None:
                self.jump(layout, square.number, square.to)
        for square in self.board.squares:
            self.square_marks(layout, square)
        self.legend(self.h - SAFE_MARGIN - LEGEND_H + 2, LEGEND_H - 2)

    def road(self, layout: PosterLayout) -> None:
        points = [self.at(*layout.centre(n)) for n in range(len(self.board.squares))]
        self.sheet.stroke(TRACK, layout.pitch * 0.42)
        with self.sheet.round_lines():
            self.sheet.pdf.polyline(points, style="D")

    def square_box(self, layout: PosterLayout, number: int) -> tuple[float, float, float]:
        cx, cy = self.at(*layout.centre(number))
        return (cx - layout.side / 2, cy - layout.side / 2, layout.side)

    def square_colours(self, layout: PosterLayout, square: Square) -> None:
        x, y, side = self.square_box(layout, square.number)
        radius = side / 6
        fill = square_fill(square, self.board)
        self.sheet.box(x, y + side / 24, side, side, fill=shade(TRACK, 0.8), radius=radius)
        self.sheet.box(x, y, side, side, fill=fill, radius=radius)
        if is_any_bin(square, self.board):
            half = side / 2
            for corner, category in enumerate(CATEGORY_ORDER):  # kitchen top left, then by rows
                qx, qy = x + half * (corner % 2), y + half * (corner // 2)
                self.sheet.fill(category.colour)
                self.sheet.pdf.polygon(_quarter(qx, qy, half, radius, corner), style="F")
        self.sheet.box(x, y, side, side, line=shade(fill, 0.7), width=max(0.3, side / 36), radius=radius)

    def jump(self, layout: PosterLayout, start: int, end: int) -> None:
        (x0, y0), (x1, y1) = layout.centre(start), layout.centre(end)
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            return
        forward = end > start
        colour = shade(JUMP_FORWARD if forward else JUMP_BACK, 0.8)
        bend = 0.22 * length * (1 if forward else -1)
        cx, cy = (x0 + x1) / 2 - (y1 - y0) / length * bend, (y0 + y1) / 2 + (x1 - x0) / length * bend
        steps = 24
        curve = [
            (
                (1 - u) ** 2 * x0 + 2 * (1 - u) * u * cx + u * u * x1,
                (1 - u) ** 2 * y0 + 2 * (1 - u) * u * cy + u * u * y1,
            )
            for u in (i / steps for i in range(steps + 1))
        ]
        cut = max(2, round(steps * min(0.45, layout.side * 0.32 / length)))
        body = curve[: steps + 1 - cut]
        width = layout.pitch * 0.07
        (ax, ay), (bx, by) = body[-2], body[-1]
        heading = math.atan2(by - ay, bx - ax)
        head = width * 2.6
        tip = (bx + math.cos(heading) * head, by + math.sin(heading) * head)
        wings = [
            (
                bx + math.cos(heading + s * math.pi / 2) * head * 0.8,
                by + math.sin(heading + s * math.pi / 2) * head * 0.8,
            )
            for s in (1, -1)
        ]
        with self.sheet.pdf.local_context(fill_opacity=0.65, stroke_opacity=0.6):
            self.sheet.stroke(colour, width)
            with self.sheet.round_lines():
                self.sheet.pdf.polyline([self.at(*p) for p in body], style="D")
            self.sheet.fill(colour)
            self.sheet.pdf.polygon([self.at(*p) for p in (tip, *wings)], style="F")
            sx, sy = self.at(*curve[0])
            self.sheet.pdf.ellipse(sx - width, sy - width, 2 * width, 2 * width, style="F")

    def square_marks(self, layout: PosterLayout, square: Square) -> None:
        sheet, board = self.sheet, self.board
        x, y, side = self.square_box(layout, square.number)
        fill = square_fill(square, board)
        ink = ink_on(fill)
        key = square_icon_key(square, board)
        if square.number in (0, board.finish):
            label = say("start" if square.number == 0 else "finish", self.lang)
            size = sheet.fit_size(label, side * 0.24 / PT, side - 4)
            sheet.write(label, x, y + side * 0.7, size, INK, align="C", width=side)
            icon = kind_pictogram(key or "start")
            if icon is not None:
                pictogram(sheet, icon, x + side * 0.27, y + side * 0.1, side * 0.46, INK, fill)
            sheet.box(x, y, side, side, line=ACCENT, width=side / 16, radius=side / 6)
            return
        sheet.write(str(square.number), x + side / 14, y + side / 40, side * 0.2 / PT, ink)
        special = square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS)
        icon_side = side * 0.44
        icon_x, icon_y = x + (side - icon_side) / 2, y + side * 0.2
        if special and square.category is not None:
            pictogram(sheet, bin_pictogram(square.category), icon_x, icon_y, icon_side, WHITE, fill)
            mark = kind_pictogram(key) if key else None
            if mark is not None:
                m = side * 0.24
                pictogram(sheet, mark, x + side - m - side / 14, y + side / 14, m, WHITE, fill)
        elif key is not None and (icon := kind_pictogram(key)) is not None:
            colour = WHITE if ink == WHITE or special else INK
            if square.kind is SquareKind.TIP:
                colour = shade(fill, 0.55)
            pictogram(sheet, icon, icon_x, icon_y, icon_side, colour, fill)
        word = kind_word(square, board, self.lang)
        extra = ""
        if square.kind is SquareKind.NAME_ITEMS and square.count:
            extra = f"×{square.count}"
        elif square.kind is SquareKind.JUMP and square.to is not None:
            extra = f"→{square.to}"
        base = y + side * 0.72
        size = side * 0.15 / PT
        if extra:
            sheet.write(extra, x, base, size, ink, align="R", width=side - side / 14)
        if word:
            room = side - side / 7 - (sheet.text_width(extra, size) + 1 if extra else 0)
            sheet.write(word, x + side / 14, base, sheet.fit_size(word, size, room), ink)

    def legend(self, y: float, height: float) -> None:
        sheet, lang = self.sheet, self.lang
        entries: list[tuple[str, object]] = [(self.region.category_name(c, lang), c) for c in CATEGORY_ORDER]
        entries += [(say(kind.label, lang), kind) for kind in LEGEND_KINDS]
        per_row = math.ceil(len(entries) / 2)
        row_h = height / 2
        box = row_h * 0.72
        col_w = (self.w - 2 * SAFE_MARGIN) / per_row
        for i, (label, what) in enumerate(entries):
            row, col = divmod(i, per_row)
            bx, by = self.at(SAFE_MARGIN + col * col_w, y + row * row_h)
            if what in CATEGORY_ORDER:
                bin_badge(sheet, what, bx, by, box)  # type: ignore[arg-type]
            else:
                kind = what
                fill = kind.fill  # type: ignore[attr-defined]
                sheet.box(bx, by, box, box, fill=fill, radius=box / 5)
                icon = kind_pictogram(kind.icon)  # type: ignore[attr-defined]
                if icon is not None:
                    pad = box * 0.14
                    pictogram(sheet, icon, bx + pad, by + pad, box - 2 * pad, legend_icon_colour(kind), fill)  # type: ignore[arg-type]
            size = sheet.fit_size(label, 12, col_w - box - 3)
            sheet.write(label, bx + box + 1.5, by + (box - size * PT * 1.2) / 2, size)


def _tile_name(row: int, col: int) -> str:
    return f"{string.ascii_uppercase[row]}{col + 1}"


def draw_board(sheet: Sheet, board: Board, region: Region, lang: Lang, paper: Paper = "A3") -> int:
    """Draw the board poster: one A3 sheet, or A4 tiles (returns how many sheets)."""
    if paper == "A3":
        sheet.new_page("A3", "landscape")
        _Poster(sheet, board, region, lang, 0.0, 0.0).draw()
        return 1
    tiles = Tiles.a4()
    rows, cols = tiles.rows, tiles.cols
    window_w, window_h = tiles.window
    for row in range(rows):
        for col in range(cols):
            sheet.new_page("A4", "landscape")
            left, top = SAFE_MARGIN, SAFE_MARGIN + TILE_LABEL
            with sheet.pdf.rect_clip(left, top, window_w, window_h):
                _Poster(sheet, board, region, lang, *tiles.offset(row, col), tiles.poster).draw()
            _tile_marks(sheet, lang, row, col, rows, cols, left, top, window_w, window_h)
    return rows * cols


def _tile_marks(sheet: Sheet, lang: Lang, row: int, col: int, rows: int, cols: int,
                left: float, top: float, w: float, h: float) -> None:  # fmt: skip
    """The tile's name and neighbours over it; the strips to glue (shared with the next tile)
    tinted; cut lines where this tile's white edge must go."""
    here = _tile_name(row, col)
    parts = [say("print.tile", lang, tile=here, rows=rows, cols=cols)]
    if col + 1 < cols:
        parts.append(say("print.tile_right", lang, tile=_tile_name(row, col + 1)))
    if row + 1 < rows:
        parts.append(say("print.tile_below", lang, tile=_tile_name(row + 1, col)))
    note = say("print.clause_sep", lang).join(parts)
    size = sheet.fit_size(note, 10, w)
    sheet.write(sheet.clip(note, size, w), left, SAFE_MARGIN, size, INK)
    with sheet.pdf.local_context(fill_opacity=0.12):
        sheet.fill(INK)
        if col + 1 < cols:
            sheet.pdf.rect(left + w - OVERLAP, top, OVERLAP, h, style="F")
        if row + 1 < rows:
            sheet.pdf.rect(left, top + h - OVERLAP, w, OVERLAP, style="F")
    # The edges to cut along (where this tile goes over a neighbour's strip) are dashed, and bold;
    # the others are a thin frame.
    edges = {
        "left": ((left, top, left, top + h), col > 0),
        "top": ((left, top, left + w, top), row > 0),
        "right": ((left + w, top, left + w, top + h), False),
        "bottom": ((left, top + h, left + w, top + h), False),
    }
    for line, cut in edges.values():
        if cut:
            sheet.stroke(INK, 0.4)
            with sheet.dashed(3, 2):
                sheet.pdf.line(*line)
        else:
            sheet.stroke(CUT, 0.2)
            sheet.pdf.line(*line)
    # The tile's name inside its window too: the margin with the note is cut away.
    label = say("print.tile_name", lang, tile=here)
    label_w = sheet.text_width(label, 11) + 4
    sheet.box(left + (8 if col > 0 else 2), top + h - 9, label_w, 7, fill=WHITE, line=INK, width=0.3, radius=1.5)
    sheet.write(label, left + (8 if col > 0 else 2), top + h - 8.7, 11, INK, align="C", width=label_w)
