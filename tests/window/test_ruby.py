"""Text with pinyin over each character (game.window.ruby): lines fit their width, a long word of
other text is broken rather than cut off, written blank lines stay, and a text cut short says so."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.window.ruby import RubyText
from game.window.text import TextRenderer


@pytest.fixture(scope="module")
def ruby() -> RubyText:
    pygame.font.init()
    return RubyText(TextRenderer())


@settings(max_examples=40, deadline=None)
@given(sample=st.text(alphabet="垃圾分类香蕉皮，。 abc Recycling-bottles\n", max_size=60), width=st.integers(80, 500))
def test_every_line_fits_and_keeps_every_character(ruby: RubyText, sample: str, width: int) -> None:
    lines = ruby.lines(sample, 20, width)
    for line in lines:
        assert len(line) <= 1 or sum(unit.width for unit in line) <= width
    kept = "".join(unit.base for line in lines for unit in line)
    assert kept.replace(" ", "") == sample.replace(" ", "").replace("\n", "")


def test_a_long_word_of_other_text_is_broken_to_fit(ruby: RubyText) -> None:
    lines = ruby.lines("回收 Extraordinarilylongwordwithoutspaces 瓶子", 20, 120)
    assert all(sum(unit.width for unit in line) <= 120 for line in lines)
    assert all(unit.width <= 120 for line in lines for unit in line)  # no piece wider than a line
    assert "".join(unit.base for line in lines for unit in line).replace(" ", "") == (
        "回收Extraordinarilylongwordwithoutspaces瓶子"
    )


def test_a_blank_line_written_in_the_text_stays(ruby: RubyText) -> None:
    assert [len(line) for line in ruby.lines("果皮\n\n纸巾", 20, 400)] == [2, 0, 2]


def test_a_text_cut_short_ends_with_an_ellipsis(ruby: RubyText) -> None:
    text = "请说出至少三个厨余垃圾" * 4
    one = ruby.render(text, 20, (0, 0, 0), width=200, max_lines=1)
    full_lines = ruby.lines(text, 20, 200)
    assert len(full_lines) > 1 and one.get_height() == ruby.line_height(20)
    last = ruby._with_ellipsis(full_lines[0], 20, 200, False)
    assert last[-1].base == "…" and sum(unit.width for unit in last) <= 200
