"""The one text table: both languages, the same fields, each sentence once, and no characters of
uncertain width in what the terminal prints."""

from __future__ import annotations

import re
import unicodedata
from string import Formatter

import pytest

from game.present.texts import TEXTS, say, template
from game.present.texts_play import PLAY


def fields(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_have_the_same_fields(key: str) -> None:
    assert fields(template(key, "zh")) == fields(template(key, "en"))
    assert bool(template(key, "zh")) == bool(template(key, "en"))


@pytest.mark.parametrize("key", sorted(PLAY))
def test_no_ambiguous_width_characters(key: str) -> None:
    """Such characters take one cell in some terminals and two in others (arrows, ①, ·, —, “”)."""
    for lang in ("zh", "en"):
        text = template(key, lang)  # type: ignore[arg-type]
        assert not [c for c in text if unicodedata.east_asian_width(c) == "A"], (key, text)


def test_say_fills_fields() -> None:
    assert say("rolled", "zh", name="小明", value=6) == "小明 掷出了 6"
    assert say("rolled", "en", name="Ann", value=6) == "Ann rolled a 6"


def test_no_sentence_is_written_twice() -> None:
    """A sentence lives under one key: two keys whose words are the same in both languages (fields,
    punctuation, spaces and case aside) are one sentence written twice."""
    shape = re.compile(r"\{[^}]*\}")
    marks = re.compile(r"[\s，。、：；！？,.:;!?（）()「」“”'\"…·\-]")

    def words(text: str) -> str:
        return marks.sub("", shape.sub("{}", text)).lower()

    seen: dict[tuple[str, str], str] = {}
    twice = []
    for key, (zh, en) in TEXTS.items():
        pair = (words(zh), words(en))
        if pair in seen:
            twice.append((seen[pair], key))
        seen.setdefault(pair, key)
    assert twice == []


def test_every_sentence_is_used_by_the_code() -> None:
    """A sentence no code shows is dead weight that translators would still keep up to date."""
    import glob
    from pathlib import Path

    code = "".join(
        Path(path).read_text(encoding="utf-8")
        for path in glob.glob("game/**/*.py", recursive=True)
        if "/present/texts" not in path
    )
    built = ("kind_", "difficulty.")  # keys made from a value: f"kind_{kind.value}"

    def used(key: str) -> bool:
        short = key.removeprefix("wizard.")  # new-question says its own keys without the prefix
        return any(f"{q}{k}{q}" in code for k in (key, short) for q in "\"'")

    unused = [key for key in TEXTS if not used(key) and not key.startswith(built)]
    assert unused == []
