"""Text for the window: the bundled CJK font at any size, wrapped, cached, with a fallback.

Rendering text is the slow part of drawing a frame, so every rendered surface is kept in a small
LRU cache keyed by everything that changes its pixels. Text is always rendered at the size it is
shown (never scaled), so it stays sharp at any window size.

Characters the bundled font lacks (a rare hanzi a volunteer typed) are looked up in the font's
character-set file (:func:`game.content.fonts.bundled_charset`) and drawn with a system font that has
them, if there is one; otherwise they come out as the font's box and a warning is logged once
(``fenleiqi check`` warns about them too). ``Font.metrics`` cannot tell a missing glyph (it returns
the box's metrics), so system fonts are tested with ``pygame.freetype``, which returns None.

>>> import pygame; pygame.font.init()
>>> text = TextRenderer()
>>> text.wrap("从我做起。Sort waste!", 20, 80)  # "。" may not start a line
['从我做', '起。Sort', 'waste!']
>>> text.render("香蕉皮", 20, (0, 0, 0)) is text.render("香蕉皮", 20, (0, 0, 0))  # cached
True
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

import pygame

from game.content.fonts import bundled_charset, bundled_font_path, font_coverage_gaps
from game.content.textsafety import visible
from game.present.linebreak import break_lines

log = logging.getLogger("fenleiqi.window")

Align = Literal["left", "center", "right"]
Anchor = Literal[
    "topleft", "midtop", "topright", "midleft", "center", "midright", "bottomleft", "midbottom", "bottomright"
]
Colour = tuple[int, int, int]

#: Characters that must not start a line (Chinese line-breaking rules, simplified).

#: System fonts tried, in order, for characters the bundled font lacks.
FALLBACK_FONTS: tuple[str, ...] = (
    "notosanscjksc",
    "notosanscjk",
    "notosanssc",
    "sourcehansanscn",
    "sourcehansanssc",
    "microsoftyahei",
    "msyh",
    "simsun",
    "simhei",
    "pingfangsc",
    "hiraginosansgb",
    "stheitimedium",
    "wenquanyimicrohei",
    "wenquanyizenhei",
    "droidsansfallback",
    "arialunicodems",
    "notosans",
    "dejavusans",
)


class FallbackFonts:
    """Finds, per character, a system font that really has a glyph for it.

    ``candidates`` are font files or system font names (see :data:`FALLBACK_FONTS`); they are
    only looked up when a character is missing from the bundled font.
    """

    def __init__(self, candidates: Sequence[str] = FALLBACK_FONTS) -> None:
        self._candidates = list(candidates)
        self._paths: list[str] | None = None
        self._checkers: dict[str, pygame.freetype.Font] = {}
        self._by_char: dict[str, str | None] = {}
        self._warned: set[str] = set()

    def _font_paths(self) -> list[str]:
        if self._paths is None:
            paths: list[str] = []
            for candidate in self._candidates:
                path = candidate if Path(candidate).is_file() else pygame.font.match_font(candidate)
                if path and path not in paths:
                    paths.append(path)
            self._paths = paths
        return self._paths

    def _has(self, path: str, char: str) -> bool:
        import pygame.freetype

        checker = self._checkers.get(path)
        if checker is None:
            if not pygame.freetype.get_init():
                pygame.freetype.init()
            try:
                checker = pygame.freetype.Font(path, 16)
            except (OSError, pygame.error):
                return False
            self._checkers[path] = checker
        (metrics,) = checker.get_metrics(char)
        return metrics is not None

    def path_for(self, char: str) -> str | None:
        """A font file that can draw ``char``, or None (a warning is logged once per character)."""
        if char not in self._by_char:
            found = next((path for path in self._font_paths() if self._has(path, char)), None)
            self._by_char[char] = found
            if found is None and char not in self._warned:
                self._warned.add(char)
                log.warning("no font can draw %r (U+%04X): it shows as a box", char, ord(char))
            elif found is not None:
                log.info("drawing %r (U+%04X) with the system font %s", char, ord(char), found)
        return self._by_char[char]


class TextRenderer:
    """Renders text with the bundled font at any pixel size; keeps the results."""

    def __init__(
        self,
        font_path: str | Path | None = None,
        *,
        charset: frozenset[str] | None = None,
        fallback: FallbackFonts | None = None,
        cache_size: int = 1200,
    ) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self._path = str(font_path or bundled_font_path())
        self._charset = bundled_charset() if charset is None else charset
        self._fallback = fallback or FallbackFonts()
        self._fonts: dict[tuple[str, int, bool], pygame.font.Font] = {}
        self._cache: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()
        self._cache_size = cache_size
        self._missing: dict[str, tuple[str, ...]] = {}
        self._wrapped: dict[tuple[str, int, int, bool], list[str]] = {}

    # -- fonts -------------------------------------------------------------------------------

    def font(self, size: int, bold: bool = False, path: str | None = None) -> pygame.font.Font:
        """The font at ``size`` pixels (synthetic bold when ``bold``)."""
        key = (path or self._path, max(6, size), bold)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(key[0], key[1])
            font.bold = bold
            self._fonts[key] = font
        return font

    def line_height(self, size: int) -> int:
        """The distance between two lines of text at ``size``."""
        return self.font(size).get_linesize()

    def missing(self, text: str) -> tuple[str, ...]:
        """The characters of ``text`` the bundled font has no glyph for."""
        found = self._missing.get(text)
        if found is None:
            gaps = font_coverage_gaps([(None, text)], self._charset)
            found = gaps[0].missing if gaps else ()
            if len(self._missing) > 4096:
                self._missing.clear()
            self._missing[text] = found
        return found

    # -- measuring and wrapping --------------------------------------------------------------

    def _runs(self, text: str, size: int, bold: bool) -> list[tuple[pygame.font.Font, str]]:
        """``text`` cut into pieces that one font each can draw (hidden characters dropped: SDL
        refuses a NUL, and a text of only zero-width characters has no width to draw)."""
        text = visible(text)
        missing = set(self.missing(text))
        if not missing:
            return [(self.font(size, bold), text)]
        runs: list[tuple[pygame.font.Font, str]] = []
        for char in text:
            path = self._fallback.path_for(char) if char in missing else None
            font = self.font(size, bold, path)
            if runs and runs[-1][0] is font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        return runs

    def measure(self, text: str, size: int, bold: bool = False) -> int:
        """The width of ``text`` on one line."""
        return sum(font.size(part)[0] for font, part in self._runs(text, size, bold))

    def wrap(self, text: str, size: int, width: int, bold: bool = False) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (Chinese breaks between characters,
        Latin words stay whole, and a line never starts with closing punctuation)."""
        key = (text, size, width, bold)
        cached = self._wrapped.get(key)
        if cached is None:
            if len(self._wrapped) > 4096:
                self._wrapped.clear()
            cached = self._wrapped[key] = self._wrap(text, size, width, bold)
        return list(cached)

    def _wrap(self, text: str, size: int, width: int, bold: bool) -> list[str]:
        return break_lines(text, width, lambda part: self.measure(part, size, bold))

    def fit(self, text: str, size: int, width: int, bold: bool = False, min_size: int = 9) -> int:
        """The largest size up to ``size`` at which ``text`` fits ``width`` on one line."""
        return largest_size(size, min_size, lambda s: self.measure(text, s, bold) <= width)

    def fit_block(
        self, text: str, size: int, rect_size: tuple[int, int], bold: bool = False, min_size: int = 10
    ) -> int:
        """The largest size up to ``size`` at which ``text``, wrapped, fits a box of ``rect_size``."""
        width, height = rect_size
        return largest_size(
            size, min_size, lambda s: len(self.wrap(text, s, width, bold)) * self.line_height(s) <= height
        )

    # -- rendering ---------------------------------------------------------------------------

    def render(
        self,
        text: str,
        size: int,
        colour: Colour,
        *,
        bold: bool = False,
        width: int | None = None,
        align: Align = "left",
        max_lines: int | None = None,
    ) -> pygame.Surface:
        """``text`` drawn on a transparent surface (wrapped to ``width`` when given)."""
        key = (text, size, colour, bold, width, align, max_lines)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        lines = self.wrap(text, size, width, bold) if width else text.split("\n")
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            last = lines[-1] + "…"
            while width and len(last) > 1 and self.measure(last, size, bold) > width:
                last = last[:-2] + "…"
            lines[-1] = last
        surfaces = [self._render_line(line, size, colour, bold) for line in lines]
        step = self.line_height(size)
        box_w = max((s.get_width() for s in surfaces), default=0)
        surface = pygame.Surface((max(1, box_w), max(1, step * len(surfaces))), pygame.SRCALPHA)
        for row, line_surface in enumerate(surfaces):
            x = {"left": 0, "center": (box_w - line_surface.get_width()) // 2}.get(
                align, box_w - line_surface.get_width()
            )
            surface.blit(line_surface, (x, row * step))
        self._cache[key] = surface
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return surface

    def _render_line(self, line: str, size: int, colour: Colour, bold: bool) -> pygame.Surface:
        runs = [(font, part) for font, part in self._runs(line, size, bold) if part]
        if not runs:
            return pygame.Surface((1, self.font(size, bold).get_height()), pygame.SRCALPHA)
        if len(runs) == 1:
            font, part = runs[0]
            return font.render(part, True, colour)
        pieces = [font.render(part, True, colour) for font, part in runs]
        base = self.font(size, bold)
        height = max(max(p.get_height() for p in pieces), base.get_height())
        out = pygame.Surface((sum(p.get_width() for p in pieces), height), pygame.SRCALPHA)
        x = 0
        for (font, _), piece in zip(runs, pieces, strict=True):
            # Line the pieces up on the bundled font's baseline.
            out.blit(piece, (x, base.get_ascent() - font.get_ascent()))
            x += piece.get_width()
        return out

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
        """Render ``text`` and blit it with its ``anchor`` point at ``pos``; returns where it went."""
        return place(surface, self.render(text, size, colour, **options), pos, anchor)  # type: ignore[arg-type]

    def clear(self) -> None:
        """Forget the rendered surfaces and wrapped lines."""
        self._cache.clear()
        self._wrapped.clear()


def largest_size(size: int, min_size: int, fits: Callable[[int], bool]) -> int:
    """The largest size from ``size`` down to ``min_size`` at which ``fits`` (``min_size`` if none).

    >>> largest_size(20, 9, lambda s: s <= 12), largest_size(20, 9, lambda s: False)
    (12, 9)
    """
    while size > min_size and not fits(size):
        size -= 1
    return size


def place(surface: pygame.Surface, rendered: pygame.Surface, pos: tuple[int, int], anchor: Anchor) -> pygame.Rect:
    """Blit ``rendered`` with its ``anchor`` point at ``pos``; returns where it went."""
    rect = rendered.get_rect(**{anchor: pos})
    surface.blit(rendered, rect)
    return rect
