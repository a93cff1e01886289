"""What the print kit draws on a sheet: the game's pictograms as vectors, item pictures, bin
badges, text with pinyin over each character, and card grids with their cut lines.

>>> from game.categories import Category
>>> from game.paper.sheet import Sheet
>>> sheet = Sheet(); sheet.new_page()
>>> pictogram(sheet, bin_pictogram(Category.HAZARDOUS), 20, 20, 30, (255, 255, 255), (249, 66, 58))
>>> ruby_height(12) > 12 * 25.4 / 72
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.categories import Category
from game.content.pictures import find_picture, picture_problem
from game.paper.sheet import PT, SAFE_MARGIN, Sheet
from game.present.board_look import INK, RGB, WHITE
from game.present.pictograms import (
    Arc,
    Box,
    Circle,
    Ellipse,
    Paint,
    Pictogram,
    Polygon,
    Segment,
    bin_pictogram,
)
from game.present.pinyin import ruby

#: Cut lines: light grey, dashed, thin.
CUT: RGB = (150, 150, 150)


def pictogram(sheet: Sheet, shapes: Pictogram, x: float, y: float, side: float, colour: RGB, ground: RGB) -> None:
    """Draw ``shapes`` in a ``side`` mm square at (``x``, ``y``) in ``colour``; holes take the
    ``ground`` colour (the colour under the pictogram)."""
    pdf = sheet.pdf

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return (x + point[0] * side, y + point[1] * side)

    with sheet.round_lines():
        for shape in shapes:
            ink = ground if getattr(shape, "erase", False) else colour
            match shape:
                case Ellipse(ex, ey, ew, eh):
                    sheet.fill(ink)
                    pdf.ellipse(x + ex * side, y + ey * side, ew * side, eh * side, style="F")
                case Circle(cx, cy, r, width):
                    left, top = at((cx - r, cy - r))
                    if width:
                        sheet.stroke(ink, width * side)
                        inset = width * side / 2  # the ring lies inside the circle, as in the window
                        pdf.ellipse(left + inset, top + inset, 2 * r * side - 2 * inset, 2 * r * side - 2 * inset,
                                    style="D")  # fmt: skip
                    else:
                        sheet.fill(ink)
                        pdf.ellipse(left, top, 2 * r * side, 2 * r * side, style="F")
                case Polygon(points, width):
                    if width:
                        sheet.stroke(ink, width * side)
                        pdf.polygon([at(p) for p in points], style="D")
                    else:
                        sheet.fill(ink)
                        pdf.polygon([at(p) for p in points], style="F")
                case Segment(a, b, width):
                    sheet.stroke(ink, width * side)
                    pdf.line(*at(a), *at(b))
                case Arc():
                    sheet.stroke(colour, shape.width * side)
                    pdf.polyline([at(p) for p in shape.points()], style="D")
                case Box(bx, by, bw, bh, width, radius, paint):
                    fill = WHITE if paint is Paint.WHITE else colour
                    corner = radius * side
                    if width:
                        sheet.box(x + bx * side, y + by * side, bw * side, bh * side, line=fill, width=width * side,
                                  radius=corner)  # fmt: skip
                    else:
                        sheet.box(x + bx * side, y + by * side, bw * side, bh * side, fill=fill, radius=corner)


def bin_badge(sheet: Sheet, category: Category, x: float, y: float, side: float) -> None:
    """The bin's pictogram in white on a rounded square of the bin's colour."""
    sheet.box(x, y, side, side, fill=category.colour, radius=side * 0.18)
    pad = side * 0.14
    pictogram(sheet, bin_pictogram(category), x + pad, y + pad, side - 2 * pad, WHITE, category.colour)


def bin_label(sheet: Sheet, category: Category, name: str, x: float, y: float, height: float) -> float:
    """A badge and the bin's name after it, ``height`` mm tall; returns the x after the name."""
    bin_badge(sheet, category, x, y, height)
    size = height / PT * 0.62
    sheet.write(name, x + height * 1.2, y + (height - size * PT * 1.2) / 2, size)
    return x + height * 1.2 + sheet.text_width(name, size)


def picture(sheet: Sheet, stem: str | None, x: float, y: float, side: float, folders: tuple[Path, ...] = ()) -> bool:
    """The item picture ``stem`` fitted in a ``side`` mm square; False when there is none to draw."""
    if not stem:
        return False
    path = find_picture(stem, folders)
    if path is None or picture_problem(path) is not None:
        return False
    try:
        sheet.pdf.image(str(path), x=x, y=y, w=side, h=side, keep_aspect_ratio=True)
    except Exception:  # a picture fpdf2 cannot read (bad XML, a zero size, a damaged PNG) is left out
        sheet.unreadable.add(stem)
        return False
    sheet.pictures += 1
    return True


# -- text with pinyin -------------------------------------------------------------------------


def ruby_height(size: float) -> float:
    """The height (mm) of one line of characters with their pinyin above, at ``size`` points."""
    return size * PT * (1.0 + 0.55 + 0.35)


@dataclass(frozen=True, slots=True)
class _Column:
    chars: str
    reading: str
    width: float


def _columns(sheet: Sheet, text: str, size: float, line_width: float) -> list[_Column]:
    small = size * 0.5
    out = []
    for chars, reading in ruby(text):
        if reading:
            width = max(sheet.text_width(chars, size), sheet.text_width(reading, small) + small * PT * 0.3)
            out.append(_Column(chars, reading, width))
            continue
        for piece in sheet.lines(chars, size, line_width):  # other text, broken where a line would
            out.append(_Column(piece, "", sheet.text_width(piece, size)))
    return out


def ruby_lines(sheet: Sheet, text: str, size: float, width: float) -> list[list[_Column]]:
    """``text`` as lines of (characters, pinyin) columns that fit ``width`` mm."""
    lines: list[list[_Column]] = [[]]
    used = 0.0
    for column in _columns(sheet, text, size, width):
        if lines[-1] and used + column.width > width:
            lines.append([])
            used = 0.0
        lines[-1].append(column)
        used += column.width
    return [line for line in lines if line]


def ruby_paragraph(sheet: Sheet, text: str, x: float, y: float, width: float, size: float,
                   colour: RGB = INK) -> float:  # fmt: skip
    """``text`` with pinyin over each Chinese character, wrapped into ``width``; returns the y under it."""
    small = size * 0.5
    for line in ruby_lines(sheet, text, size, width):
        left = x
        for column in line:
            if column.reading:
                sheet.write(column.reading, left, y, small, colour, align="C", width=column.width)
            sheet.write(column.chars, left, y + small * PT * 1.1, size, colour, align="C", width=column.width)
            left += column.width
        y += ruby_height(size)
    return y


def fit_ruby(sheet: Sheet, text: str, width: float, height: float, size: float, smallest: float = 7.0) -> float:
    """The largest size up to ``size`` at which ``text`` with pinyin fits ``width`` × ``height``."""
    while size > smallest and len(ruby_lines(sheet, text, size, width)) * ruby_height(size) > height:
        size -= 0.5
    return size


# -- card grids ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Grid:
    """Cards of ``w`` × ``h`` mm in ``cols`` × ``rows``, centred on an A4 portrait sheet under a
    ``top`` mm header, so that a long-edge duplex back lands behind its front."""

    cols: int
    rows: int
    w: float
    h: float
    top: float

    @classmethod
    def fill(cls, cols: int, rows: int, page_w: float, page_h: float, header: float) -> Grid:
        """The largest cards of ``cols`` × ``rows`` inside the safe margin, under a header."""
        w = (page_w - 2 * SAFE_MARGIN) / cols
        h = (page_h - 2 * SAFE_MARGIN - header) / rows
        return cls(cols, rows, w, h, SAFE_MARGIN + header)

    @property
    def per_page(self) -> int:
        """Cards on one sheet."""
        return self.cols * self.rows

    def origin(self, slot: int, page_w: float, *, back: bool = False) -> tuple[float, float]:
        """Top-left corner of card ``slot`` (0 = top left, by rows); on a back the columns are
        mirrored, because long-edge duplex turns the sheet over its long (vertical) edge.

        >>> grid = Grid.fill(2, 4, 210, 297, 10)
        >>> grid.origin(0, 210), grid.origin(0, 210, back=True)
        ((10.0, 20.0), (105.0, 20.0))
        """
        row, col = divmod(slot, self.cols)
        if back:
            col = self.cols - 1 - col
        left = (page_w - self.cols * self.w) / 2
        return (left + col * self.w, self.top + row * self.h)

    def cut_lines(self, sheet: Sheet, page_w: float) -> None:
        """Dashed cut lines round every card (inside the safe margin)."""
        left = (page_w - self.cols * self.w) / 2
        right = left + self.cols * self.w
        bottom = self.top + self.rows * self.h
        sheet.stroke(CUT, 0.25)
        with sheet.dashed():
            for col in range(self.cols + 1):
                sheet.pdf.line(left + col * self.w, self.top, left + col * self.w, bottom)
            for row in range(self.rows + 1):
                sheet.pdf.line(left, self.top + row * self.h, right, self.top + row * self.h)


def scissors_note(sheet: Sheet, text: str, y: float) -> None:
    """A one-line note across the top of a sheet, inside the safe margin."""
    width = sheet.width - 2 * SAFE_MARGIN
    size = sheet.fit_size(text, 9, width)
    sheet.write(text, SAFE_MARGIN, y, size, INK, align="C", width=width)
