"""The bundled font's character-set file, and ``font_coverage_gaps`` (used by ``fenleiqi check``)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from game.content.fonts import (
    GlyphGap,
    bundled_charset,
    bundled_charset_path,
    bundled_font_path,
    font_coverage_gaps,
    read_charset,
)

REPO = Path(__file__).resolve().parents[2]
RARE = chr(0x20000)


def _subset_tool() -> ModuleType:
    pytest.importorskip("fontTools")
    spec = importlib.util.spec_from_file_location("subset_font", REPO / "tools" / "subset_font.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_charset_file_equals_the_fonts_cmap() -> None:
    TTFont = pytest.importorskip("fontTools.ttLib").TTFont
    with TTFont(bundled_font_path(), lazy=True) as font:
        cmap = {chr(code) for code in font.getBestCmap()}
    assert bundled_charset() == cmap
    assert bundled_charset_path().stat().st_size < 40_000


def test_the_subset_tool_writes_what_read_charset_reads() -> None:
    tool = _subset_tool()
    codes = [0x20, 0x23, 0x5C, 0xA0, 0x300A, 0x4E00, 0x5783, 0xFF0C, 0x20000, 0x0301]
    text = tool.charset_text(codes, "test.otf")
    assert read_charset(text) == {chr(c) for c in codes}
    assert tool.charset_text(codes, "test.otf") == text  # deterministic
    assert tool.charset_path(Path("a/x.otf")) == Path("a/x.chars.txt")


def test_the_subset_tool_reads_the_tongyong_list_and_rejects_a_broken_one(tmp_path: Path) -> None:
    tool = _subset_tool()
    chars = tool.tongyong_characters()
    assert len(chars) == 8105 and chars["一"] == 1 and chars["玥"] == 2 and chars["堃"] == 3
    broken = tmp_path / "list.txt"
    broken.write_text("# a comment\n0001\t1\t一\n0003\t1\t乙\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected serial 2"):
        tool.tongyong_characters(broken)
    broken.write_text("0001\t1\t一\n", encoding="utf-8")
    with pytest.raises(ValueError, match="characters per level"):
        tool.tongyong_characters(broken)


def test_the_bundled_charset_file_is_what_the_tool_would_write_now() -> None:
    tool = _subset_tool()
    TTFont = pytest.importorskip("fontTools.ttLib").TTFont
    with TTFont(bundled_font_path(), lazy=True) as font:
        expected = tool.charset_text(list(font.getBestCmap()), bundled_font_path().name)
    assert bundled_charset_path().read_text(encoding="utf-8") == expected


def test_gaps_name_the_place_and_the_missing_characters_in_order() -> None:
    texts = [("board square 3", "请说出三个厨余垃圾"), ("question q1", f"「{RARE}」和「𠀁」\t\n"), ("item x", "")]
    gaps = font_coverage_gaps(texts)
    assert gaps == [GlyphGap("question q1", f"「{RARE}」和「𠀁」\t\n", (RARE, "𠀁"))]
    assert gaps[0].describe() == "𠀀 (U+20000)、𠀁 (U+20001)"


def test_gaps_keep_any_kind_of_place_marker() -> None:
    origin = ("boards/mine.yaml", 12, 5)
    assert font_coverage_gaps([(origin, RARE)])[0].where == origin
    assert font_coverage_gaps([(1, "a")], charset=frozenset("b"))[0].missing == ("a",)


def test_the_check_path_imports_neither_pygame_nor_fonttools() -> None:
    code = (
        "import sys; from game.content.fonts import font_coverage_gaps; "
        f"font_coverage_gaps([('x', {RARE!r})]); "
        "print(sorted(m for m in ('pygame', 'fontTools') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "[]"
