"""The YAML writer: every text reads back exactly, output is stable and reads like the hand-written files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.categories import Category
from game.content.bundled import content_dirs
from game.content.models import Item, RegionalRule
from game.content.textsafety import hidden_at
from game.content.yamlsource import parse_text, read_file
from game.volunteer.bank_writer import FileHeader, dump_bank, leading_comments, parse_bank, scalar

TRICKY = [
    "true",
    "No",
    "~",
    "null",
    "123",
    "1.0",
    "0x1F",
    "2019-01-01",
    "=",
    "<<",
    "- a",
    "a: b",
    "a #b",
    "#x",
    "'q'",
    '"q"',
    "[x]",
    "{x}",
    "a, b",
    "*alias",
    "&anchor",
    "!tag",
    "%x",
    "@x",
    "`x`",
    "|",
    ">",
    "?",
    "...",
    "---",
    "line\nbreak",
    "tab\there",
    " lead",
    "trail ",
    "\u2028",
    "é:",
    "香蕉: 皮",
    "果皮，易腐烂。",
    "Ｔｒｕｅ",
]


def read_back(yaml_text: str) -> object:
    doc, problems = parse_text(yaml_text, "t.yaml")
    assert problems == []
    return doc["k"]  # type: ignore[index]


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_text_reads_back(value: str) -> None:
    assert read_back(f"k: {scalar(value)}\n") == value
    assert read_back(f"k: [{scalar(value, flow=True)}, x]\n") == [value, "x"]


#: Hidden characters: the writer quotes them so the file stays valid YAML, and the loader refuses
#: them with their position (they must never reach a screen).
HIDDEN = ["\x85", "\ufeff", "\x00", "\x7f", "\u202e", "\x1b[2J"]


@pytest.mark.parametrize("value", HIDDEN)
def test_hidden_characters_are_written_as_valid_yaml_and_refused_on_reading(value: str) -> None:
    _, problems = parse_text(f"k: {scalar(value)}\n", "t.yaml")
    assert problems and "U+" in problems[0].what.en and problems[0].line == 1


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_reads_back(value: str) -> None:
    if hidden_at(value) is not None:  # refused with a message instead (the test above)
        _, problems = parse_text(f"k: {scalar(value)}\n", "t.yaml")
        assert problems
        return
    assert read_back(f"k: {scalar(value)}\n") == value
    assert read_back(f"k: {{a: {scalar(value, flow=True)}}}\n") == {"a": value}


def test_plain_where_plain_is_safe() -> None:
    assert [scalar(v) for v in ("香蕉皮", "h-classify-1", "果皮？可以#堆肥", 3, True)] == [
        "香蕉皮",
        "h-classify-1",
        "果皮？可以#堆肥",
        "3",
        "true",
    ]
    assert scalar("a, b") == "a, b" and scalar("a, b", flow=True) == '"a, b"'


def bundled_banks() -> list[Path]:
    return sorted(p for p in content_dirs()[1].glob("*.yaml") if p.name != "regions.yaml")


@pytest.mark.parametrize("path", bundled_banks(), ids=lambda p: p.name)
def test_bundled_files_are_written_as_they_are_hand_written(path: Path) -> None:
    """Apart from inner comments and blank lines, the writer gives the same lines (the review style)."""
    text = path.read_text(encoding="utf-8")
    part, problems = parse_bank(text, path.name)
    assert problems == []
    doc, _ = read_file(path)
    entries = part.questions if part.kind == "questions" else [*part.items, *part.generics]
    written = dump_bank(part.kind, entries, FileHeader(leading_comments(text), doc["source"]))  # type: ignore[arg-type, index]
    kept = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert Counter(written.splitlines()[1:]) == Counter(kept)  # the first line is the schema comment
    assert written.splitlines()[0] == text.splitlines()[0]
    again, _ = parse_bank(written, path.name)
    assert (again.questions, again.items, again.generics) == (part.questions, part.items, part.generics)


def test_long_lists_go_one_per_line_and_everything_reads_back() -> None:
    item = Item(
        "塑料袋",
        tuple(f"别名{n}号塑料袋" for n in range(12)),
        Category.OTHER,
        "脏了：不能回收。",
        overrides=(
            RegionalRule("shanghai", (Category.OTHER, Category.RECYCLABLE), "《上海指南》（2019）", "说法不一"),
        ),
    )
    text = dump_bank("items", [item])
    assert "    aliases:\n      - 别名0号塑料袋\n      - 别名1号塑料袋\n" in text
    assert '    reason: "脏了：不能回收。"\n' not in text and "    reason: 脏了：不能回收。\n" in text
    assert (
        "    regions:\n      shanghai: {disputed: [other, recyclable], source: 《上海指南》（2019）, note: 说法不一}\n"
    ) in text
    part, problems = parse_bank(text, "i.yaml")
    assert [p for p in problems if p.severity == "error"] == [] and part.items == [item]


def test_an_empty_bank_and_header_lines() -> None:
    header = FileHeader(("# yaml-language-server: $schema=../schemas/questions.schema.json",), "来源: 手册")
    assert dump_bank("questions", [], header) == (
        "# yaml-language-server: $schema=../schemas/questions.schema.json\n"
        'schema: 1\nsource: "来源: 手册"\nquestions: []\n'
    )
    assert leading_comments("\ufeff# a\n\n  # b\n\nschema: 1\n# c\n") == ("# a", "", "  # b")
