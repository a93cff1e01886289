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

:func:`font_coverage_gaps` answers the same question from the character-set file written beside
the font by ``tools/subset_font.py``, with neither fontTools nor pygame (for ``fenleiqi check``
and for the window's choice of a fallback font).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from game.content.bundled import assets_dir

FONT_FILE = "NotoSansCJKsc-Regular-subset.otf"
CHARSET_FILE = "NotoSansCJKsc-Regular-subset.chars.txt"

_ESCAPE = re.compile(r"\\u\{([0-9A-Fa-f]{1,6})\}")
W = TypeVar("W")


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


def bundled_charset_path() -> Path:
    """The character-set file of the bundled font (written by ``tools/subset_font.py``).

    >>> bundled_charset_path().name
    'NotoSansCJKsc-Regular-subset.chars.txt'
    """
    return assets_dir() / "fonts" / CHARSET_FILE


def read_charset(text: str) -> frozenset[str]:
    r"""The characters listed in a character-set file's ``text``.

    Lines starting with ``#`` are comments; every other character of a line is in the set, and
    ``\u{XXXX}`` stands for the character U+XXXX (used for spaces, controls, combining marks,
    ``#`` and ``\``).

    >>> sorted(read_charset("# comment\n垃圾\\u{0020}\n\\u{23}a\n"))
    [' ', '#', 'a', '圾', '垃']
    """
    chars: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        chars.update(_ESCAPE.sub("", line))
        chars.update(chr(int(code, 16)) for code in _ESCAPE.findall(line))
    return frozenset(chars)


@lru_cache(maxsize=4)
def _charset_at(path: str) -> frozenset[str]:
    return read_charset(Path(path).read_text(encoding="utf-8"))


def bundled_charset() -> frozenset[str]:
    """Every character the bundled font can draw (read once from :func:`bundled_charset_path`).

    >>> "垃" in bundled_charset(), chr(0x20000) in bundled_charset()
    (True, False)
    """
    return _charset_at(str(bundled_charset_path()))


@dataclass(frozen=True, slots=True)
class GlyphGap(Generic[W]):
    """A text with characters the bundled font cannot draw.

    ``where`` is whatever the caller passed with the text (a label, an ``Origin`` …).
    """

    where: W
    text: str
    missing: tuple[str, ...]  #: the characters the font lacks, in the order they first occur

    def describe(self) -> str:
        """The missing characters with their code points, e.g. ``𠀀 (U+20000)``.

        >>> GlyphGap("x", "a𠀀", ("𠀀",)).describe()
        '𠀀 (U+20000)'
        """
        return "、".join(f"{char} (U+{ord(char):04X})" for char in self.missing)


def font_coverage_gaps(
    texts: Iterable[tuple[W, str]],
    charset: frozenset[str] | None = None,
) -> list[GlyphGap[W]]:
    """The texts that use characters the bundled font lacks, in the order given.

    Pure: reads only the character-set file (no pygame, no fontTools). Whitespace, control and
    format characters and variation selectors are ignored, as in :func:`missing_glyphs`.
    ``charset`` replaces the bundled font's character set (for tests).

    >>> gaps = font_coverage_gaps([("square 3", "垃圾分类"), ("square 7", "垃" + chr(0x20000) * 2)])
    >>> [(gap.where, gap.missing) for gap in gaps] == [("square 7", (chr(0x20000),))]
    True
    """
    have = bundled_charset() if charset is None else charset
    gaps: list[GlyphGap[W]] = []
    for where, text in texts:
        missing = tuple(c for c in dict.fromkeys(text) if c not in have and _needs_glyph(c))
        if missing:
            gaps.append(GlyphGap(where, text, missing))
    return gaps
