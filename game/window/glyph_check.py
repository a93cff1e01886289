"""Which characters the bundled font file really has glyphs for, read from the font itself.

fontTools (a dev dependency) reads the font's character map when it is installed, and
``pygame.freetype`` answers otherwise; the rest of the program uses the character-set file
(:func:`game.content.fonts.font_coverage_gaps`), which needs neither.

>>> missing_glyphs("「香蕉皮」应该投进哪个垃圾桶？ ✓ → ♻")
set()
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from game.content.fonts import bundled_font_path, needs_glyph


def _fonttools_cmap(path: str) -> frozenset[int] | None:
    """The code points of the font's character map, or None when fontTools is not installed."""
    try:
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
    except ImportError:
        return None
    with TTFont(path, fontNumber=0, lazy=True) as font:
        cmap: dict[int, str] = font.getBestCmap() or {}
        return frozenset(cmap)


def _freetype_checker(path: str) -> Callable[[str], bool]:
    """A test "does the font have this character" answered by pygame.freetype."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame.freetype

    pygame.freetype.init()
    font = pygame.freetype.Font(path, 16)

    @lru_cache(maxsize=4096)
    def has(char: str) -> bool:
        # get_metrics gives None for a character without a glyph (Font.metrics would not).
        (metrics,) = font.get_metrics(char)
        return metrics is not None

    return has


@lru_cache(maxsize=8)
def _glyph_checker(path: str) -> Callable[[str], bool]:
    """The cached character map of the font at ``path``, as a membership test."""
    cmap = _fonttools_cmap(path)
    if cmap is None:
        return _freetype_checker(path)
    return lambda char: ord(char) in cmap


def missing_glyphs(text: str, font_path: str | os.PathLike[str] | None = None) -> set[str]:
    """The characters of ``text`` that the font (the bundled one by default) has no glyph for.

    Whitespace, control and format characters and variation selectors are ignored: they are
    never drawn as glyphs.

    >>> missing_glyphs("垃圾分类\\n")
    set()
    >>> missing_glyphs("垃圾" + chr(0x20000)) == {chr(0x20000)}  # CJK Extension B: not in the subset
    True
    """
    path = os.fspath(bundled_font_path() if font_path is None else font_path)
    has = _glyph_checker(str(Path(path).resolve()))
    return {char for char in set(text) if needs_glyph(char) and not has(char)}
