"""Text with pinyin over each Chinese character (ruby), for a child's seat.

Each Chinese character is a column: its syllable in a smaller size above it, centred, and the
column as wide as the wider of the two; anything else (letters, digits, punctuation) stands on the
base line with nothing above. Lines break between columns (closing punctuation never starts a
line) and the block is cached like plain text, so a frame costs one blit.

>>> import pygame; pygame.font.init()
>>> from game.window.text import TextRenderer
>>> ruby = RubyText(TextRenderer())
>>> [[unit.base for unit in line] for line in ruby.lines("垃圾分类", 24, 2000)]
[['垃', '圾', '分', '类']]
>>> ruby.render("香蕉皮", 24, (0, 0, 0)).get_height() > TextRenderer().line_height(24)
True
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

import pygame

from game.present.linebreak import NO_LINE_START
from game.window.text import Align, Anchor, Colour, TextRenderer, largest_size, place

#: The syllables' size as a share of the characters' size.
RUBY_SCALE = 0.55
_WORD = re.compile(r"\n|[A-Za-z0-9'’\-_./%+#@&]+ *|[^\S\n]+|.", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Unit:
    """One column: ``base`` text and the ``reading`` above it (empty for non-Chinese text)."""

    base: str
    reading: str
    width: int


class RubyText:
    """Lays out, measures and draws text with pinyin above it."""

    def __init__(self, text: TextRenderer, cache_size: int = 200) -> None:
        self.text = text
        self._units: dict[str, list[tuple[str, str]]] = {}
        self._laid: dict[tuple[str, int, int, bool], list[list[Unit]]] = {}
        self._cache: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()
        self._cache_size = cache_size

    def ruby_size(self, size: int) -> int:
        """The syllables' size over characters of ``size``."""
        return max(7, round(size * RUBY_SCALE))

    def line_height(self, size: int) -> int:
        """One line: the syllables, then the characters."""
        return self.text.line_height(self.ruby_size(size)) + self.text.line_height(size)

    def _pairs(self, text: str) -> list[tuple[str, str]]:
        pairs = self._units.get(text)
        if pairs is None:
            from game.present.pinyin import ruby  # pypinyin loads on first use: a child's seat

            pairs = []
            for base, reading in ruby(text):
                if reading:
                    pairs.append((base, reading))
                else:  # words of other text stay whole; each piece is a column of its own
                    pairs += [(word, "") for word in _WORD.findall(base)]
            if len(self._units) > 2048:
                self._units.clear()
            self._units[text] = pairs
        return pairs

    def lines(self, text: str, size: int, width: int, bold: bool = False) -> list[list[Unit]]:
        """``text`` as lines of columns no wider than ``width`` (kept: a dialog fits its text every frame)."""
        key = (text, size, width, bold)
        laid = self._laid.get(key)
        if laid is None:
            if len(self._laid) > 2048:
                self._laid.clear()
            laid = self._laid[key] = self._lay_out(text, size, width, bold)
        return laid

    def _lay_out(self, text: str, size: int, width: int, bold: bool) -> list[list[Unit]]:
        small = self.ruby_size(size)
        gap = max(2, size // 4)  # between two syllables: they must not run together
        lines: list[list[Unit]] = [[]]
        used = 0
        for base, reading in self._split_long(self._pairs(text), size, width, bold):
            if base == "\n":
                lines.append([])
                used = 0
                continue
            unit_w = max(self.text.measure(base, size, bold), self.text.measure(reading, small) + gap if reading else 0)
            unit = Unit(base, reading, unit_w)
            line = lines[-1]
            if line and used + unit_w > width:
                if base[0] in NO_LINE_START and len(line) > 1:
                    carried = line.pop()  # the last column moves down with the punctuation
                    lines.append([carried])
                    used = carried.width
                elif base.isspace():
                    continue  # a space at the end of a line is dropped
                else:
                    lines.append([])
                    used = 0
                line = lines[-1]
            line.append(unit)
            used += unit_w
        while len(lines) > 1 and not lines[-1]:  # a blank line written in the text stays; a last one goes
            lines.pop()
        return lines

    def _split_long(self, pairs: list[tuple[str, str]], size: int, width: int, bold: bool) -> list[tuple[str, str]]:
        """A word of other text wider than a line (a long English word, a web address) broken into
        pieces that fit, so that it is never cut off at the edge."""
        out: list[tuple[str, str]] = []
        for base, reading in pairs:
            if reading or len(base) < 2 or self.text.measure(base, size, bold) <= width:
                out.append((base, reading))
            else:
                out += [(piece, "") for piece in self.text.wrap(base, size, width, bold)]
        return out

    def fit(self, text: str, size: int, rect_size: tuple[int, int], bold: bool = False, min_size: int = 10) -> int:
        """The largest size up to ``size`` at which ``text`` fits a box of ``rect_size``."""
        width, height = rect_size
        return largest_size(
            size, min_size, lambda s: len(self.lines(text, s, width, bold)) * self.line_height(s) <= height
        )

    def render(
        self,
        text: str,
        size: int,
        colour: Colour,
        *,
        bold: bool = False,
        width: int = 100_000,
        align: Align = "left",
        max_lines: int | None = None,
    ) -> pygame.Surface:
        """``text`` with pinyin above, wrapped to ``width``, on a transparent surface."""
        key = (text, size, colour, bold, width, align, max_lines)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        lines = self.lines(text, size, width, bold)
        if max_lines is not None and len(lines) > max_lines:
            lines = [*lines[: max_lines - 1], self._with_ellipsis(lines[max_lines - 1], size, width, bold)]
        small = self.ruby_size(size)
        top = self.text.line_height(small)
        step = self.line_height(size)
        box_w = max(1, max(sum(unit.width for unit in line) for line in lines))
        surface = pygame.Surface((box_w, max(1, step * len(lines))), pygame.SRCALPHA)
        for row, line in enumerate(lines):
            line_w = sum(unit.width for unit in line)
            x = {"left": 0, "center": (box_w - line_w) // 2}.get(align, box_w - line_w)
            y = row * step
            for unit in line:
                base = self.text.render(unit.base, size, colour, bold=bold)
                surface.blit(base, (x + (unit.width - base.get_width()) // 2, y + top))
                if unit.reading:
                    above = self.text.render(unit.reading, small, colour)
                    surface.blit(above, (x + (unit.width - above.get_width()) // 2, y))
                x += unit.width
        self._cache[key] = surface
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return surface

    def _with_ellipsis(self, line: list[Unit], size: int, width: int, bold: bool) -> list[Unit]:
        """The last line that is shown of a longer text, ending in "…" so nothing seems complete."""
        mark = Unit("…", "", self.text.measure("…", size, bold))
        kept = list(line)
        while kept and sum(unit.width for unit in kept) + mark.width > width:
            kept.pop()
        return [*kept, mark]

    def draw(
        self,
        surface: pygame.Surface,
        text: str,
        size: int,
        colour: Colour,
        pos: tuple[int, int],
        anchor: Anchor = "topleft",
        **options: object,
    ) -> pygame.Rect:
        """Render ``text`` with pinyin and blit it with its ``anchor`` point at ``pos``."""
        return place(surface, self.render(text, size, colour, **options), pos, anchor)  # type: ignore[arg-type]
