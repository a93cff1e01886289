"""The bundled CJK font, and which characters of a text it cannot draw.

pygame's default font has no Chinese glyphs and system fonts cannot be relied on, so the game
ships a subset of Noto Sans CJK SC (see ``assets/fonts/README.md``). A missing character would be
drawn as the same empty box as any other, so :func:`font_coverage_gaps` tells which characters of
a text the font lacks, from the character-set file written beside the font by
``tools/subset_font.py``: no pygame, no fontTools (``fenleiqi check`` and the window's choice of
a fallback font use it). Reading the font file itself is :mod:`game.window.glyph_check`'s job.

>>> bundled_font_path().name
'NotoSansCJKsc-Regular-subset.otf'

"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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


def needs_glyph(char: str) -> bool:
    """False for characters that are not drawn: whitespace, controls, format characters, variation selectors."""
    if char.isspace():
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cf"):
        return False
    code = ord(char)
    return not (0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


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
        missing = tuple(c for c in dict.fromkeys(text) if c not in have and needs_glyph(c))
        if missing:
            gaps.append(GlyphGap(where, text, missing))
    return gaps
