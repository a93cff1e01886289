"""Export → import is lossless: generated banks and dictionaries come back equal through the real loader."""

from __future__ import annotations

import os
import re
import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.categories import CATEGORY_ORDER
from game.content.dictionary import normalise
from game.content.loader import load_content
from game.content.models import ChoiceQuestion, ClassifyQuestion, Item, Question, RegionalRule, TrueFalseQuestion
from game.content.textsafety import hidden_at
from game.content.wording import is_bare_verdict
from game.volunteer.bank_writer import FileHeader, dump_bank
from game.volunteer.csv_io import write_csv
from game.volunteer.csv_values import LIST_SEPARATORS, PAIR_EQUALS, PAIR_SEPARATORS
from game.volunteer.exporter import plan_export
from game.volunteer.importer import Context, Outcome, plan_import, write_import
from tests.content.conftest import REGIONS
from tests.volunteer.conftest import small_context

# Anything a volunteer might type, including YAML and CSV specials, quotes, line breaks, tabs,
# full-width spaces and emoji; not NUL or other control or invisible format characters (content
# refuses those, including the unassigned tag block: tests/content/test_yamlsource.py), not lone
# surrogates.
CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Cf"), whitelist_characters="\n\t\r\u3000").filter(
    lambda char: hidden_at(char) is None
) | st.sampled_from("香蕉皮垃圾，。：、“”‘’# :,-[]{}&*!|>'\"%@`=~?\\")
REGIONS_CONTEXT = Context(regions=small_context().regions)
REGION_KEYS = [r.key for r in REGIONS_CONTEXT.regions]


def text(limit: int) -> st.SearchStrategy[str]:
    return st.text(CHARS, min_size=1, max_size=limit).map(str.strip).filter(lambda t: 0 < len(t) <= limit)


def entry(limit: int) -> st.SearchStrategy[str]:
    """A tag or alias: a list cell's entries may not hold its separators."""
    return text(limit).filter(lambda t: not any(ch in LIST_SEPARATORS for ch in t))


def rule_text(limit: int) -> st.SearchStrategy[str]:
    """A source or note: the spreadsheet's region cells separate regions with ；and region=."""
    return text(limit).filter(lambda t: not any(ch in PAIR_SEPARATORS + PAIR_EQUALS for ch in t))


def says_why(explanation: str) -> bool:
    """More than a bare verdict (对！ / TRUE): the loader refuses a true/false explanation that only says that."""
    return not all(is_bare_verdict(part) for part in re.split(r"(?<=[。！？!?.])", explanation) if part.strip())


ids = st.text(string.ascii_letters + string.digits + "-_.", min_size=1, max_size=60)
categories = st.sampled_from(CATEGORY_ORDER)
optional = st.one_of(st.just(""), text(200))


@st.composite
def questions(draw: st.DrawFn, qid: str) -> Question:
    common = {
        "id": qid,
        "explain": draw(text(300).filter(says_why)),
        "difficulty": draw(st.integers(1, 3)),
        "tags": tuple(draw(st.lists(entry(20), max_size=10))),
        "region": draw(st.none() | st.sampled_from(REGION_KEYS)),
        "text_en": draw(st.one_of(st.just(""), text(300))),
        "explain_en": draw(st.one_of(st.just(""), text(500))),
    }
    kind = draw(st.sampled_from(["classify", "choice", "truefalse"]))
    if kind == "classify":
        return ClassifyQuestion(item=draw(text(30)), answer=draw(categories), text=draw(optional), **common)
    if kind == "choice":
        options = draw(st.lists(text(60), min_size=2, max_size=4, unique=True))
        index = draw(st.integers(0, len(options) - 1))
        return ChoiceQuestion(
            category=draw(categories), options=tuple(options), answer_index=index, text=draw(text(200)), **common
        )
    return TrueFalseQuestion(category=draw(categories), answer=draw(st.booleans()), text=draw(text(200)), **common)


banks = st.lists(ids, max_size=8, unique=True).flatmap(lambda qids: st.tuples(*(questions(q) for q in qids)))


def names_unique(items: tuple[Item, ...]) -> bool:
    owner: dict[str, int] = {}
    for n, item in enumerate(items):
        for name in (item.name, *item.aliases):
            if owner.setdefault(normalise(name), n) != n:
                return False
    return all(normalise(item.name) for item in items)


items = st.builds(
    Item,
    name=text(30),
    aliases=st.lists(entry(30), max_size=20).map(tuple),
    category=categories,
    reason=text(200),
    en=st.one_of(st.just(""), text(60)),
    overrides=st.dictionaries(
        st.sampled_from(REGION_KEYS),
        st.tuples(
            st.lists(categories, min_size=1, max_size=3, unique=True), rule_text(100), rule_text(60) | st.just("")
        ),
        max_size=3,
    ).map(lambda d: tuple(RegionalRule(k, tuple(c), source, note) for k, (c, source, note) in d.items())),
)
dictionaries = st.lists(items, max_size=6).map(tuple).filter(names_unique)

# ROUNDTRIP_EXAMPLES=1000 pytest tests/volunteer/test_roundtrip.py for a longer search.
SETTINGS = settings(
    max_examples=int(os.environ.get("ROUNDTRIP_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def round_trip(kind: str, entries: tuple[Question, ...] | tuple[Item, ...], english: bool) -> list[object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        original = folder / "original.yaml"
        original.write_text(dump_bank(kind, entries, FileHeader()), encoding="utf-8")  # type: ignore[arg-type]
        export = plan_export(kind, [original], english=english)  # type: ignore[arg-type]
        assert export.errors == []
        write_csv(folder / "sheet.csv", export.rows)
        target = folder / "imported.yaml"
        plan = plan_import(kind, folder / "sheet.csv", target, context=REGIONS_CONTEXT)  # type: ignore[arg-type]
        assert plan.errors == [], [p.format("en") for p in plan.errors]
        write_import(plan)
        # and back into the file it came from: every row unchanged, nothing to write
        same = plan_import(kind, folder / "sheet.csv", original, context=REGIONS_CONTEXT)  # type: ignore[arg-type]
        assert same.count(Outcome.UNCHANGED) == len(entries) and not same.changes
        (folder / "regions.yaml").write_text(REGIONS, encoding="utf-8")
        content = load_content([target, folder / "regions.yaml"], fill_from_bundled=False)
        return list(content.questions if kind == "questions" else content.dictionary.items)


@SETTINGS
@given(banks, st.booleans())
def test_question_banks_round_trip(bank: tuple[Question, ...], english: bool) -> None:
    assert round_trip("questions", bank, english) == list(bank)


@SETTINGS
@given(dictionaries, st.booleans())
def test_item_dictionaries_round_trip(dictionary: tuple[Item, ...], english: bool) -> None:
    assert round_trip("items", dictionary, english) == list(dictionary)
