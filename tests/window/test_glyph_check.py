"""The glyph check that reads the bundled font file itself (fontTools, or pygame.freetype)."""

from __future__ import annotations

import sys

import pytest

from game.content.fonts import bundled_font_path
from game.window import glyph_check
from game.window.glyph_check import missing_glyphs

RARE = chr(0x20000)  # 𠀀, CJK Extension B: far outside GB 2312, so not in the subset


def test_missing_glyphs_finds_what_the_font_lacks() -> None:
    assert missing_glyphs("垃圾分类") == set()
    assert missing_glyphs(f"垃圾{RARE}分类 \t\n\u200b\ufe0f") == {RARE}
    assert missing_glyphs("", bundled_font_path()) == set()


def test_missing_glyphs_without_fonttools_uses_pygame_freetype(monkeypatch: pytest.MonkeyPatch) -> None:
    glyph_check._glyph_checker.cache_clear()
    monkeypatch.setitem(sys.modules, "fontTools", None)  # `import fontTools…` now raises ImportError
    monkeypatch.setitem(sys.modules, "fontTools.ttLib", None)
    try:
        assert glyph_check._fonttools_cmap(str(bundled_font_path())) is None
        assert missing_glyphs(f"「香蕉皮」{RARE}✓→ ") == {RARE}
        assert missing_glyphs("垃圾分类") == set()
    finally:
        glyph_check._glyph_checker.cache_clear()
