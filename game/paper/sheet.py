"""The printed page: paper sizes, the safe margin, the bundled font, and text that fits its box.

Everything is in millimetres. Nothing is drawn closer than :data:`SAFE_MARGIN` to a sheet's edge,
where home printers cannot print (a test renders every page and checks it).

>>> sheet = Sheet()
>>> sheet.new_page("A4")
>>> round(sheet.width), round(sheet.height)
(210, 297)
>>> sheet.fit_size("垃圾分类飞行棋", 14, 30) < 14   # shrunk to fit 30 mm
True
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from fpdf import FPDF

from game.content.fonts import bundled_font_path
from game.present.board_look import INK, RGB
from game.present.linebreak import break_lines

Paper = Literal["A4", "A3"]
Orientation = Literal["portrait", "landscape"]

#: No ink closer than this to a sheet's edge (home printers leave 3–6 mm unprinted).
SAFE_MARGIN = 10.0
#: Millimetres per typographic point.
PT = 25.4 / 72
FONT = "noto"


class Sheet:
    """One PDF being written: pages of A4 or A3, the bundled CJK font embedded as a subset."""

    def __init__(self, title: str = "", lang: str = "zh") -> None:
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(SAFE_MARGIN, SAFE_MARGIN, SAFE_MARGIN)
        pdf.set_creator("fenleiqi")
        pdf.set_title(title)
        pdf.set_lang("zh-CN" if lang == "zh" else "en")
        pdf.add_font(FONT, "", str(bundled_font_path()))
        pdf.set_font(FONT, size=11)
        pdf.c_margin = 0
        self.pdf = pdf
        #: pictures that could not be drawn (a damaged file), left out and reported
        self.unreadable: set[str] = set()
        #: how many item pictures were drawn
        self.pictures = 0
        #: the PDF will be printed on both sides (see :meth:`new_page`)
        self.duplex = False
        self.one_sided = False
        self.blank_note = ""
        self._part_starts = False
        self._last_format: tuple[str, str] = ("A4", "P")
        #: the numbers (1-based) of the pages left blank on purpose
        self.blanks: set[int] = set()

    # -- pages ---------------------------------------------------------------------------------

    def new_page(self, paper: Paper = "A4", orientation: Orientation = "portrait") -> None:
        """Start a page of ``paper`` in ``orientation``. For a PDF printed whole on both sides, a
        blank page first keeps a part's first page, and each page of a one-sided part, on the
        front of a sheet of its own."""
        if self.duplex and self.pages % 2 == 1 and (self.one_sided or self._part_starts):
            self.pdf.add_page(format=self._last_format[0], orientation=self._last_format[1])
            self.blanks.add(self.pages)
            note = self.blank_note
            self.write(note, SAFE_MARGIN, self.height / 2, 9, align="C", width=self.width - 2 * SAFE_MARGIN)
        self._part_starts = False
        self._last_format = (paper, "L" if orientation == "landscape" else "P")
        self.pdf.add_page(format=paper, orientation=self._last_format[1])

    def start_part(self, *, one_sided: bool) -> None:
        """The next page begins a part; ``one_sided`` parts (a board tile, a die to cut out) get
        blank backs when the PDF is printed on both sides."""
        self._part_starts = True
        self.one_sided = one_sided

    @property
    def width(self) -> float:
        """The current page's width (mm)."""
        return float(self.pdf.w)

    @property
    def height(self) -> float:
        """The current page's height (mm)."""
        return float(self.pdf.h)

    @property
    def pages(self) -> int:
        """How many pages have been started."""
        return int(self.pdf.page)

    def output(self) -> bytes:
        """The finished PDF."""
        return bytes(self.pdf.output())

    # -- colour and lines -----------------------------------------------------------------------

    def fill(self, colour: RGB) -> None:
        """Set the fill colour."""
        self.pdf.set_fill_color(*colour)

    def stroke(self, colour: RGB, width: float = 0.3) -> None:
        """Set the line colour and width (mm)."""
        self.pdf.set_draw_color(*colour)
        self.pdf.set_line_width(width)

    @contextmanager
    def round_lines(self) -> Iterator[None]:
        """Lines drawn inside have round ends and joins (pictograms)."""
        with self.pdf.local_context(stroke_cap_style="ROUND", stroke_join_style="ROUND"):
            yield

    @contextmanager
    def dashed(self, dash: float = 1.5, gap: float = 1.5) -> Iterator[None]:
        """Lines drawn inside are dashed (cut lines)."""
        self.pdf.set_dash_pattern(dash, gap)
        try:
            yield
        finally:
            self.pdf.set_dash_pattern()

    def box(self, x: float, y: float, w: float, h: float, *, fill: RGB | None = None, line: RGB | None = None,
            width: float = 0.3, radius: float = 0.0) -> None:  # fmt: skip
        """A rectangle, filled and/or outlined, its corners rounded by ``radius``."""
        if fill is not None:
            self.fill(fill)
        if line is not None:
            self.stroke(line, width)
        style = ("F" if fill is not None else "") + ("D" if line is not None else "")
        if style:
            self.pdf.rect(x, y, w, h, style=style, round_corners=radius > 0, corner_radius=radius)

    # -- text -----------------------------------------------------------------------------------

    def text_width(self, text: str, size: float) -> float:
        """The width (mm) of ``text`` set in ``size`` points."""
        self.pdf.set_font(FONT, size=size)
        return float(self.pdf.get_string_width(text))

    def fit_size(self, text: str, size: float, width: float, smallest: float = 6.0) -> float:
        """The largest size up to ``size`` at which ``text`` is at most ``width`` mm wide on one line."""
        while size > smallest and self.text_width(text, size) > width:
            size -= 0.5
        return size

    def at(self, x: float, y: float) -> None:
        """Move the writing position to (``x``, ``y``). fpdf2's ``set_xy`` reads a negative
        coordinate as measured from the far edge; a tile of the poster draws at negative ones."""
        self.pdf.x = x
        self.pdf.y = y

    def write(self, text: str, x: float, y: float, size: float, colour: RGB = INK, align: str = "L",
              width: float = 0.0) -> None:  # fmt: skip
        """One line of ``text`` with its top at ``y``; ``align`` C or R within ``width`` from ``x``."""
        self.pdf.set_font(FONT, size=size)
        self.pdf.set_text_color(*colour)
        self.at(x, y)
        self.pdf.cell(w=width or self.text_width(text, size), h=size * PT * 1.2, text=text, align=align)

    def clip(self, text: str, size: float, width: float) -> str:
        """``text`` cut to ``width`` at ``size``, ending in "…" when it had to be cut."""
        if self.text_width(text, size) <= width:
            return text
        while text and self.text_width(text + "…", size) > width:
            text = text[:-1]
        return text + "…"

    def lines(self, text: str, size: float, width: float) -> list[str]:
        """``text`` broken into lines that fit ``width`` at ``size``: between Chinese characters
        anywhere, between words of other text (a word wider than a line is broken too), never
        before closing punctuation."""
        return break_lines(text, width, lambda part: self.text_width(part, size))

    def paragraph(self, text: str, x: float, y: float, width: float, size: float, colour: RGB = INK,
                  align: str = "L", leading: float = 1.3) -> float:  # fmt: skip
        """``text`` wrapped into ``width`` from (``x``, ``y``); returns the y under the last line."""
        step = size * PT * leading
        for line in self.lines(text, size, width):
            self.write(line, x, y, size, colour, align=align, width=width)
            y += step
        return y

    def fit_paragraph(self, text: str, width: float, height: float, size: float, smallest: float = 6.0,
                      leading: float = 1.3) -> float:  # fmt: skip
        """The largest size up to ``size`` at which ``text`` wraps into ``width`` × ``height``."""
        while size > smallest and len(self.lines(text, size, width)) * size * PT * leading > height:
            size -= 0.5
        return size
