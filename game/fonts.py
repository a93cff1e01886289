"""The bundled CJK font, and which characters of a text it cannot draw.

pygame's default font has no Chinese glyphs and system fonts cannot be relied on, so the game
ships a subset of Noto Sans CJK SC (see ``assets/fonts/README.md``). A missing character would be
drawn as the same empty box as any other, so check texts with :func:`missing_glyphs` instead of
looking at renders.

Nothing here imports pygame at module level: fontTools (a dev dependency) reads the font's
character map when it is installed, and ``pygame.freetype`` (a runtime dependency) answers
otherwise.

>>> bundled_font_path().name
'NotoSansCJKsc-Regular-subset.otf'
>>> missing_glyphs("「香蕉皮」应该投进哪个垃圾桶？ ✓ → ♻")
set()
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from game.content.bundled import assets_dir

FONT_FILE = "NotoSansCJKsc-Regular-subset.otf"


def bundled_font_path() -> Path:
    """The bundled font file (inside the installed package, or ``assets/fonts/`` of a checkout).

    >>> bundled_font_path().is_file()
    True
    """
    return assets_dir() / "fonts" / FONT_FILE


def _needs_glyph(char: str) -> bool:
    """False for characters that are not drawn: whitespace, controls, format characters, variation selectors."""
    if char.isspace():
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cf"):
        return False
    code = ord(char)
    return not (0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


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
    return {char for char in set(text) if _needs_glyph(char) and not has(char)}
