"""Text: wrapping, caching, sizes that fit, and the fallback for characters the font lacks."""

from __future__ import annotations

import importlib.resources
import logging

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.fonts import bundled_charset
from game.window.text import FallbackFonts, TextRenderer


@pytest.fixture(scope="module")
def text() -> TextRenderer:
    pygame.font.init()
    return TextRenderer()


chinese = st.text(alphabet="垃圾分类从我做起，。、！？香蕉皮 abc Recycling bottles", min_size=0, max_size=80)


@settings(max_examples=60, deadline=None)
@given(sample=chinese, width=st.integers(60, 600))
def test_wrapped_lines_fit_the_width_and_keep_every_character(text: TextRenderer, sample: str, width: int) -> None:
    lines = text.wrap(sample, 20, width)
    for line in lines:
        assert len(line) <= 1 or text.measure(line, 20) <= width
    assert "".join(lines).replace(" ", "") == sample.replace(" ", "")


def test_closing_punctuation_never_starts_a_line(text: TextRenderer) -> None:
    lines = text.wrap("请说出至少三个厨余垃圾。请说出至少三个厨余垃圾。", 20, 20 * 11)
    assert all(line[0] not in "，。、" for line in lines[1:])


def test_renders_are_cached_and_sized_by_the_text(text: TextRenderer) -> None:
    one = text.render("垃圾分类", 24, (0, 0, 0))
    assert text.render("垃圾分类", 24, (0, 0, 0)) is one
    assert text.render("垃圾分类", 24, (255, 0, 0)) is not one
    assert one.get_width() == text.measure("垃圾分类", 24)
    wrapped = text.render("垃圾分类" * 10, 24, (0, 0, 0), width=200)
    assert wrapped.get_width() <= 200 and wrapped.get_height() >= 3 * text.line_height(24)


def test_max_lines_ends_with_an_ellipsis(text: TextRenderer) -> None:
    long = "垃圾分类" * 30
    two = text.render(long, 20, (0, 0, 0), width=200, max_lines=2)
    assert two.get_height() == 2 * text.line_height(20)


def test_fit_shrinks_text_to_the_width(text: TextRenderer) -> None:
    size = text.fit("垃圾分类知识竞赛棋", 40, 150)
    assert size < 40 and text.measure("垃圾分类知识竞赛棋", size) <= 150
    assert text.fit("垃", 40, 150) == 40


def test_a_character_the_font_lacks_is_drawn_with_a_system_font() -> None:
    # Ł (U+0141) is not in the bundled subset; pygame's own default font has it.
    assert "Ł" not in bundled_charset()
    pygame.font.init()
    fallback_path = str(importlib.resources.files("pygame") / pygame.font.get_default_font())
    renderer = TextRenderer(fallback=FallbackFonts([fallback_path]))
    assert renderer.missing("Łódź 垃圾") == ("Ł", "ź")
    boxed = TextRenderer(fallback=FallbackFonts([])).render("Ł", 30, (0, 0, 0))
    drawn = renderer.render("Ł", 30, (0, 0, 0))
    assert pygame.image.tobytes(boxed, "RGBA") != pygame.image.tobytes(drawn, "RGBA")
    assert renderer.render("Łódź 垃圾", 30, (0, 0, 0)).get_width() > 0


def test_a_character_no_font_has_is_reported_once(caplog: pytest.LogCaptureFixture) -> None:
    renderer = TextRenderer(fallback=FallbackFonts([]))
    rare = chr(0x20000)
    with caplog.at_level(logging.WARNING, logger="fenleiqi.window"):
        renderer.render(f"垃圾{rare}", 20, (0, 0, 0))
        renderer.render(f"{rare}分类", 20, (0, 0, 0))
    warnings = [r for r in caplog.records if "U+20000" in r.getMessage()]
    assert len(warnings) == 1


@pytest.mark.parametrize("hostile", ["\u200b", "\x00小明", "\u202e", "\ufeff\u00ad", "\U000e0041"])
def test_text_made_of_hidden_characters_draws_without_error(hostile: str) -> None:
    pygame.font.init()
    text = TextRenderer()
    surface = text.render(hostile, 20, (0, 0, 0), width=200)
    assert surface.get_width() >= 1 and text.measure(hostile, 20) >= 0
