"""Every message: both languages, the same fields, and no characters of uncertain width."""

from __future__ import annotations

import unicodedata
from string import Formatter

import pytest

from game.terminal.texts import keys, say, template


def fields(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field}


@pytest.mark.parametrize("key", keys())
def test_both_languages_have_the_same_fields(key: str) -> None:
    assert fields(template(key, "zh")) == fields(template(key, "en"))
    assert template(key, "zh") and template(key, "en")


@pytest.mark.parametrize("key", keys())
def test_no_ambiguous_width_characters(key: str) -> None:
    """Such characters take one cell in some terminals and two in others (arrows, ①, ·, —, “”)."""
    for lang in ("zh", "en"):
        text = template(key, lang)  # type: ignore[arg-type]
        assert not [c for c in text if unicodedata.east_asian_width(c) == "A"], (key, text)


def test_say_fills_fields() -> None:
    assert say("rolled", "zh", name="小明", value=6) == "小明 掷出了 6"
    assert say("rolled", "en", name="Ann", value=6) == "Ann rolled a 6"
