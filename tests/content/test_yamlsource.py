"""Any bytes at all give values or problems, never an exception; positions are 1-based."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.build import build_file
from game.content.spec import Reporter
from game.content.yamlsource import YList, YMap, parse_bytes, parse_text

YAML_PIECES = [
    *"abc:-[]{}&*!|>'\"#,? \n\t0123456789垃圾",
    "schema: 1\n",
    "questions:\n",
    "  - ",
    "squares:\n",
    "!!python/",
]
YAML_ALPHABET = st.sampled_from(YAML_PIECES)


def test_positions_of_keys_values_and_items() -> None:
    doc, problems = parse_text("a: 1\nb:\n  - x\n  - {c: 2}\n", "t.yaml")
    assert problems == []
    assert isinstance(doc, YMap) and doc.key_pos["b"] == (2, 1) and doc.value_pos["a"] == (1, 4)
    items = doc["b"]
    assert isinstance(items, YList) and items.item_pos == [(3, 5), (4, 5)]
    assert items[1].value_pos["c"] == (4, 9)


def test_scalars_keep_their_yaml_types() -> None:
    doc, _ = parse_text("i: 3\nf: 1.5\nt: true\nn: null\ns: '3'\nd: 2019-12-01\n", "t.yaml")
    assert doc == {"i": 3, "f": 1.5, "t": True, "n": None, "s": "3", "d": "2019-12-01"}


def test_a_bom_is_accepted() -> None:
    doc, problems = parse_bytes("\ufeffschema: 1\n".encode(), "t.yaml")
    assert doc == {"schema": 1} and problems == []


def test_several_documents_are_refused() -> None:
    _, problems = parse_text("a: 1\n---\nb: 2\n", "t.yaml")
    assert "remove the extra '---' line" in problems[0].format("en")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_either_understood_or_explained(data: bytes) -> None:
    value, problems = parse_bytes(data, "fuzz.yaml")
    reporter = Reporter("fuzz.yaml")
    part = build_file(value, reporter)
    assert part.kind or problems or reporter.problems


@settings(max_examples=300, deadline=None)
@given(st.lists(YAML_ALPHABET, max_size=60).map("".join))
def test_any_yaml_like_text_never_raises_through_the_builder(text: str) -> None:
    value, problems = parse_text(text, "fuzz.yaml")
    reporter = Reporter("fuzz.yaml")
    build_file(value, reporter)
    for problem in problems + reporter.problems:
        assert problem.format("zh") and problem.format("en")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("x: " + "[" * 500 + "]" * 500, "套了超过"),  # 1 KB that used to end in a RecursionError
        ("x: " + "9" * 5000, "数字太长"),  # past Python's int-conversion limit
        ("x: !!float 1 other", "不是小数"),
        ("x: !!int abc", "不是整数"),
        ("x: !!bool maybe", "不是是/否"),
        ("x: !!int", "不是整数"),
    ],
)
def test_hostile_values_get_a_verdict_with_a_position(text: str, said: str) -> None:
    _, problems = parse_text(text, "bad.yaml")
    assert problems and said in problems[0].what.zh
    assert problems[0].line == 1 and problems[0].column > 0


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\u202e", "\u2066", "\ufeff", "\u00ad", "\U000e0041", "\u200b"])
def test_hidden_characters_in_text_are_refused_with_their_position(char: str) -> None:
    _, problems = parse_text(f'tip: "注意{char}安全"', "board.yaml")
    assert problems and f"U+{ord(char):04X}" in problems[0].what.en
    assert problems[0].line == 1 and problems[0].column in (6, 9)  # the text, or the character itself


def test_a_huge_file_without_aliases_is_told_to_split_not_blamed_on_aliases() -> None:
    from game.content.yamlsource import MAX_VALUES

    text = "schema: 1\nquestions:\n" + "  - [a, b, c, d]\n" * (MAX_VALUES // 4 + 1)
    _, problems = parse_text(text, "big.yaml")
    assert problems and "把内容分成几个文件" in problems[0].fix.zh and "别名" not in problems[0].what.zh


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a: [1, 2\nb: 3\n", "方括号 [ ] 里的一项后面应该是逗号或 “]”"),
        ("a: b: c\n", "这里不能出现 “键: 值”"),
        ("a: *nope\n", "用了没有定义的别名"),
        ("a: 'abc\n", "文件在引号或括号还没有结束时就结束了"),
    ],
)
def test_syntax_errors_are_explained_in_chinese_words(text: str, said: str) -> None:
    _, problems = parse_text(text, "f.yaml")
    assert problems[0].what.zh == f"YAML 语法错误：{said}" or said in problems[0].what.zh
    assert not any(ch.isascii() and ch.isalpha() for ch in problems[0].what.zh.replace("YAML", ""))


def test_a_file_of_old_mac_line_ends_is_counted_before_it_is_built() -> None:
    """Found by a review: only \\n was counted, and 5 MiB of "-\\r" took 9 s and 845 MB."""
    text = "schema: 1\rquestions:\r" + "-\r" * 1_000_000
    _, problems = parse_text(text, "cr.yaml")
    assert problems and "最多写 200000 个值" in problems[0].what.zh
