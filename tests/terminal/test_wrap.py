"""Chinese line breaking: never wider than asked, nothing lost, no closing mark at a line start."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.text import Text

from game.terminal.wrap import NO_START, wrap

WORDS = st.sampled_from(["垃圾", "分类", "，", "。", "香蕉皮", "apple", " ", "core", "「", "」", "(", ")", "a", "１２"])


@given(st.lists(WORDS, max_size=40).map("".join), st.integers(2, 60), st.integers(0, 3))
def test_wrap_invariants(text: str, width: int, indent: int) -> None:
    lines = wrap(Text(text), width, indent=indent)
    assert all(cell_len(line.plain) <= width for line in lines)
    assert "".join(line.plain.replace(" ", "") for line in lines) == text.replace(" ", "")


def test_no_closing_mark_starts_a_line() -> None:
    text = "旧报纸、旧书本和快递纸箱是可回收物，可以再造成新纸。用过的纸巾沾了脏东西，纤维又太短。"
    for width in range(8, 40):
        for line in wrap(Text(text), width)[1:]:
            assert line.plain[0] not in NO_START, (width, line.plain)


def test_keeps_styles() -> None:
    text = Text("答对了！").append("果皮容易腐烂，属于厨余垃圾。", style="green")
    lines = wrap(text, 12)
    assert [line.plain for line in lines] == ["答对了！果皮", "容易腐烂，属", "于厨余垃圾。"]
    assert lines[1].spans and lines[1].spans[0].style == "green"


def test_newlines_start_new_lines() -> None:
    assert [line.plain for line in wrap(Text("一\n二"), 10)] == ["一", "二"]
