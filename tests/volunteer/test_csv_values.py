"""Column names and cell values as volunteers write them."""

from __future__ import annotations

import pytest

from game.categories import Category
from game.content.models import QuestionType
from game.volunteer.csv_columns import header_row, match_header
from game.volunteer.csv_io import Row, parse_csv_text
from game.volunteer.csv_rows import read_row
from game.volunteer.csv_values import Vocabulary, parse_bool, parse_difficulty, parse_type, split_list
from tests.volunteer.conftest import small_context


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["对", "是", "正确", "true", "TRUE", "True", "√", "✓", "yes", "Ｙ"], True),
        (["错", "否", "错误", "不对", "false", "FALSE", "×", "✗", "x", "no"], False),
        (["也许", "", "1"], None),
    ],
)
def test_true_and_false(words: list[str], value: bool | None) -> None:
    assert [parse_bool(w) for w in words] == [value] * len(words)


def test_types_difficulties_and_lists() -> None:
    assert [
        parse_type(w) for w in ("分类题", "分类", "classify", "选择题", "单选题", "判断题", "是非题", "TrueFalse")
    ] == [
        QuestionType.CLASSIFY,
        QuestionType.CLASSIFY,
        QuestionType.CLASSIFY,
        QuestionType.CHOICE,
        QuestionType.CHOICE,
        QuestionType.TRUEFALSE,
        QuestionType.TRUEFALSE,
        QuestionType.TRUEFALSE,
    ]
    assert [parse_difficulty(w) for w in ("1", "1.0", " 2 ", "３", "困难", "1.5", "easy", "inf")] == [
        1,
        1,
        2,
        3,
        3,
        "1.5",
        "easy",
        "inf",
    ]
    assert split_list("电池, 含汞，易错、果皮;壳；\n蛋,,") == ["电池", "含汞", "易错", "果皮", "壳", "蛋"]


def test_category_and_region_names() -> None:
    vocab = Vocabulary(small_context().regions)
    names = [
        "厨余垃圾",
        "kitchen",
        "Kitchen waste",
        "湿垃圾",
        "可回收物",
        "可回收垃圾",
        "有害垃圾",
        "干垃圾",
        "其他垃圾",
    ]
    assert [vocab.category(n) for n in names] == [
        Category.KITCHEN,
        Category.KITCHEN,
        Category.KITCHEN,
        Category.KITCHEN,
        Category.RECYCLABLE,
        Category.RECYCLABLE,
        Category.HAZARDOUS,
        Category.OTHER,
        Category.OTHER,
    ]
    assert vocab.category("厨") is None and vocab.category("垃圾") is None
    assert [vocab.region(n) for n in ("上海", "shanghai", "SHANGHAI", "深圳", "全国", "杭州")] == [
        "shanghai",
        "shanghai",
        "shanghai",
        "shenzhen",
        "national",
        None,
    ]
    assert vocab.region_name("shenzhen") == "深圳" and vocab.region_name("unknown") == "unknown"


def layout_of(header: str, kind: str = "questions"):  # type: ignore[no-untyped-def]
    table, _ = parse_csv_text(header + "\n", "t.csv")
    assert table is not None
    return match_header(table, kind)  # type: ignore[arg-type]


def test_headers_in_chinese_english_and_variants() -> None:
    layout, problems = layout_of(
        "题号, Type ,分类,物品名称,题干,选项A,选项二,option 3,D,正确答案,解析,Level,Tag,城市,Text EN,explain_en"
    )
    assert problems == [] and layout is not None
    assert [c.id for c in layout.columns if c is not None] == [
        "id",
        "type",
        "category",
        "item",
        "text",
        "option1",
        "option2",
        "option3",
        "option4",
        "answer",
        "explain",
        "difficulty",
        "tags",
        "region",
        "text_en",
        "explain_en",
    ]
    assert header_row("questions", english=True)[:3] == ["id", "type", "category"]


def test_header_problems() -> None:
    _, problems = layout_of("编号,题型,答案,解释,难度,编号,备注")
    assert [p.format("en") for p in problems] == [
        'p.csv:1:编号: error: "编号" repeats column 1 ("编号") — delete or merge one of the two'.replace(
            "p.csv", "t.csv"
        ),
        't.csv:1:备注: error: unknown column "备注" — known columns: id, type, category, item, text, option1, option2, '
        "option3, option4, answer, explain, difficulty, tags, region, text_en, explain_en; "
        "delete columns you do not need",
    ]
    _, problems = layout_of("名称,类别", "items")
    assert [p.format("zh") for p in problems] == [
        "t.csv:1:理由: 错误: 表格缺少 “理由” 这一列 — 在第 1 行加上列名 “理由”，并在每一行填写"
    ]


def test_a_row_becomes_a_positioned_mapping() -> None:
    layout, _ = layout_of("编号,题型,类别,题目,选项1,选项2,答案,难度,地区,解释")
    assert layout is not None
    vocab = Vocabulary(small_context().regions)
    raw, problems = read_row(
        Row(7, ("c1", "选择题", "湿垃圾", "哪个？", "剩饭", "", "剩饭", "2.0", "上海")), layout, vocab
    )
    assert problems == []
    assert dict(raw) == {
        "id": "c1",
        "type": "choice",
        "category": "kitchen",
        "text": "哪个？",
        "answer": "剩饭",
        "difficulty": 2,
        "region": "shanghai",
        "options": ["剩饭"],
    }  # the empty option cell is no option; the loader then says a choice needs 2 to 4
    assert raw.value_pos["region"] == (7, 9) and raw["options"].item_pos == [(7, 5)]
    raw, problems = read_row(Row(8, ("c2", "判断题", "厨余垃圾", "对吗？", "", "", "也许")), layout, vocab)
    assert raw["answer"] == "也许"
    assert [p.format("en") for p in problems] == [
        't.csv:8:答案: error: "也许" is not one of the true/false answers: true / false (对 / 错) — write one of: '
        "true / false (对 / 错)"
    ]


def test_a_sheet_of_the_other_kind_says_which_command_to_use() -> None:
    layout, problems = layout_of("名称,别名,类别,理由")
    assert layout is None
    assert problems[0].format("en") == (
        "t.csv: error: this spreadsheet looks like an item dictionary — import it with fenleiqi import-items"
    )


def test_short_forms_city_lists_write_are_bins_too() -> None:
    vocab = Vocabulary(small_context().regions)
    assert [vocab.category(n) for n in ("厨余", "易腐垃圾", "可回收", "有害", "其他", "其它垃圾")] == [
        Category.KITCHEN,
        Category.KITCHEN,
        Category.RECYCLABLE,
        Category.HAZARDOUS,
        Category.OTHER,
        Category.OTHER,
    ]
