"""Importing spreadsheets: encodings, broken rows, duplicates, merging into an existing file, cross-checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.categories import Category
from game.content.loader import load_content
from game.content.models import ChoiceQuestion, ClassifyQuestion, TrueFalseQuestion
from game.volunteer.exporter import plan_export
from game.volunteer.importer import Context, OnDuplicate, Outcome, plan_import, write_import
from tests.content.conftest import ITEMS, REGIONS
from tests.volunteer.conftest import ITEM_HEADER, QUESTION_HEADER, write_csv

GOOD_ROWS = [
    ["my-1", "分类题", "", "香蕉皮", "", "", "", "", "", "厨余垃圾", "果皮容易腐烂。", "1", "水果，果皮", ""],
    [
        "my-2",
        "选择题",
        "有害垃圾",
        "",
        "哪个是有害垃圾？",
        "纽扣电池",
        "苹果核",
        "",
        "",
        "纽扣电池",
        "电池含重金属。",
        "2.0",
        "",
        "",
    ],
    ["my-3", "判断题", "湿垃圾", "", "剩饭是湿垃圾。", "", "", "", "", "√", "剩饭容易腐烂。", "1", "", "上海"],
]

BANK = """\
# yaml-language-server: $schema=../schemas/questions.schema.json
# 我们社区的题目
schema: 1
source: 社区志愿者
questions:
  # 分类题
  - id: old-1
    type: classify
    item: 苹果核
    answer: kitchen
    explain: 果核易腐烂。
    difficulty: 1
  - id: old-2
    type: truefalse
    category: recyclable
    text: 旧报纸可以回收。
    answer: true
    explain: 纸可以再造。
    difficulty: 2
"""


def questions_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    return write_csv(path, [QUESTION_HEADER, *rows], encoding)


def loaded(tmp_path: Path, target: Path) -> list[object]:
    """The target loaded by the real loader, next to the small regions and dictionary."""
    (tmp_path / "regions.yaml").write_text(REGIONS, encoding="utf-8")
    (tmp_path / "items.yaml").write_text(ITEMS, encoding="utf-8")
    content = load_content([target, tmp_path / "regions.yaml", tmp_path / "items.yaml"], fill_from_bundled=False)
    return list(content.questions)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_a_new_bank_from_a_spreadsheet_in_any_encoding(tmp_path: Path, context: Context, encoding: str) -> None:
    source = questions_csv(tmp_path / "q.csv", GOOD_ROWS, encoding)
    target = tmp_path / "mine.yaml"
    plan = plan_import("questions", source, target, context=context, csv_name="q.csv")
    assert plan.clean and plan.summary().en == "added 3, updated 0, unchanged 0, refused 0"
    assert write_import(plan) is None  # a new file: nothing to back up
    first, second, third = loaded(tmp_path, target)
    assert isinstance(first, ClassifyQuestion) and first.answer is Category.KITCHEN and first.tags == ("水果", "果皮")
    assert isinstance(second, ChoiceQuestion) and second.answer_index == 0 and second.difficulty == 2
    assert isinstance(third, TrueFalseQuestion) and third.answer is True and third.region == "shanghai"
    assert third.category is Category.KITCHEN
    assert "  - id: my-2\n    type: choice\n    category: hazardous\n    text: 哪个是有害垃圾？\n" in target.read_text()
    assert "    options: [纽扣电池, 苹果核]\n    answer: 纽扣电池\n" in target.read_text()


def test_a_broken_row_names_row_and_column_and_the_rest_waits(tmp_path: Path, context: Context) -> None:
    rows = [GOOD_ROWS[0], [*GOOD_ROWS[1][:9], "厨于垃圾", *GOOD_ROWS[1][10:]], GOOD_ROWS[2]]
    rows[1][0], rows[1][1], rows[1][9] = "my-bad", "分类题", "厨于垃圾"
    rows[1][3], rows[1][4], rows[1][5], rows[1][6], rows[1][2] = "剩饭", "", "", "", ""
    source = questions_csv(tmp_path / "questions.csv", rows)
    plan = plan_import("questions", source, tmp_path / "mine.yaml", context=context, csv_name="questions.csv")
    assert not plan.clean and plan.count(Outcome.REFUSED) == 1 and plan.count(Outcome.ADDED) == 2
    assert [p.format("en") for p in plan.errors] == [
        'questions.csv:3:答案: error: "厨于垃圾" is not one of the categories: '
        "厨余垃圾 / 可回收物 / 有害垃圾 / 其他垃圾 "
        "(or kitchen / recyclable / hazardous / other) — did you mean '厨余垃圾'? write one of: 厨余垃圾 / 可回收物 / "
        "有害垃圾 / 其他垃圾 (or kitchen / recyclable / hazardous / other)"
    ]
    assert plan.errors[0].format("zh").startswith("questions.csv:3:答案: 错误: “厨于垃圾” 不是可用的类别")
    # what --partial writes: the two good rows
    assert plan.text is not None and "my-1" in plan.text and "my-3" in plan.text and "my-bad" not in plan.text


def test_every_problem_of_a_row_is_reported_at_its_column(tmp_path: Path, context: Context) -> None:
    row = ["bad id", "问答题", "", "", "", "", "", "", "", "", "", "5", "", "杭州"]
    source = write_csv(tmp_path / "q.csv", [[*QUESTION_HEADER, ""], [*row, "多出来的"]])
    plan = plan_import("questions", source, tmp_path / "mine.yaml", context=context, csv_name="q.csv")
    where = [p.format("en").split(": error")[0] for p in plan.errors]
    assert where == [
        "q.csv:2:编号",
        "q.csv:2:题型",
        "q.csv:2:答案",
        "q.csv:2:解释",
        "q.csv:2:难度",
        "q.csv:2:地区",
        "q.csv:2:15",
    ]
    assert 'fill in the "答案" column' in plan.errors[2].format("en")


def test_a_missing_column_is_named_once(tmp_path: Path, context: Context) -> None:
    source = write_csv(tmp_path / "q.csv", [["编号", "题型", "答案", "难度", "解说"], ["x", "判断题", "对", "1", "…"]])
    plan = plan_import("questions", source, tmp_path / "mine.yaml", context=context, csv_name="q.csv")
    assert plan.fatal and plan.text is None
    assert [p.format("en") for p in plan.problems] == [
        "q.csv:1:解说: error: unknown column \"解说\" — did you mean '解释'? known columns: id, type, category, item, "
        "text, option1, option2, option3, option4, answer, explain, difficulty, tags, region, text_en, explain_en; "
        "delete columns you do not need",
        'q.csv:1:解释: error: the spreadsheet has no "explain" column — add an "explain" column to row 1 and fill it '
        "in on every row",
    ]


def test_english_headers_and_keys_are_accepted(tmp_path: Path, context: Context) -> None:
    header = ["ID", "Type", "Category", "Text", "Option 1", "Option 2", "Answer", "Explain", "Difficulty", "Text_EN"]
    row = [
        "en-1",
        "choice",
        "recyclable",
        "哪个可以回收？",
        "旧报纸",
        "纸巾",
        "旧报纸",
        "纸可以再造。",
        "3",
        "Which one?",
    ]
    plan = plan_import("questions", write_csv(tmp_path / "q.csv", [header, row]), tmp_path / "m.yaml", context=context)
    assert plan.clean and plan.text is not None and "    text_en: Which one?\n" in plan.text


def test_rows_without_ids_get_stable_unused_ids(tmp_path: Path, context: Context) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text(
        "schema: 1\nquestions:\n  - {id: kitchen-1, type: classify, item: 剩饭, answer: kitchen,"
        " explain: 食物。, difficulty: 1}\n",
        encoding="utf-8",
    )
    rows = [["", *r[1:]] for r in GOOD_ROWS]
    source = questions_csv(tmp_path / "q.csv", rows)
    plan = plan_import("questions", source, target, context=context)
    assert [(r.key, r.outcome.value) for r in plan.rows] == [
        ("kitchen-2", "added"),
        ("hazardous-1", "added"),
        ("kitchen-3", "added"),
    ]
    write_import(plan)
    again = plan_import("questions", source, target, context=context)  # matched by text: same ids, no change
    assert [(r.key, r.outcome.value) for r in again.rows] == [
        ("kitchen-2", "unchanged"),
        ("hazardous-1", "unchanged"),
        ("kitchen-3", "unchanged"),
    ]
    assert not again.changes


def test_export_then_import_changes_nothing(tmp_path: Path, context: Context) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text(BANK, encoding="utf-8")
    export = plan_export("questions", [target])
    source = write_csv(tmp_path / "q.csv", export.rows)
    plan = plan_import("questions", source, target, context=context)
    assert plan.clean and plan.summary().en == "added 0, updated 0, unchanged 2, refused 0"
    assert not plan.changes


def test_an_edited_export_updates_in_place_and_keeps_the_files_top(tmp_path: Path, context: Context) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text(BANK, encoding="utf-8")
    rows = plan_export("questions", [target]).rows
    rows[2][10] = "报纸是纸做的，可以再造。"  # a new explanation for old-2
    rows.append(GOOD_ROWS[0])
    plan = plan_import("questions", write_csv(tmp_path / "q.csv", rows), target, context=context)
    assert plan.summary().en == "added 1, updated 1, unchanged 1, refused 0"
    backup = write_import(plan)
    assert backup is not None and backup.read_text(encoding="utf-8") == BANK
    text = target.read_text(encoding="utf-8")
    assert text.startswith(
        "# yaml-language-server: $schema=../schemas/questions.schema.json\n# 我们社区的题目\nschema: 1\n"
        "source: 社区志愿者\nquestions:\n  - id: old-1\n"
    )
    assert "# 分类题" not in text  # inner comments are not kept (the .bak has them)
    assert text.index("old-1") < text.index("old-2") < text.index("my-1")  # order kept, new ones appended
    assert [q.id for q in loaded(tmp_path, target)] == ["old-1", "old-2", "my-1"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("mode", "summary", "explain"),
    [
        (OnDuplicate.UPDATE, "added 0, updated 1, unchanged 0, refused 0", "新的解释。"),
        (OnDuplicate.SKIP, "added 0, updated 0, unchanged 0, skipped 1, refused 0", "果核易腐烂。"),
        (OnDuplicate.KEEP, "added 0, updated 0, unchanged 0, refused 1", "果核易腐烂。"),
    ],
)
def test_a_duplicate_id(tmp_path: Path, context: Context, mode: OnDuplicate, summary: str, explain: str) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text(BANK, encoding="utf-8")
    row = ["old-1", "分类题", "", "苹果核", "", "", "", "", "", "厨余垃圾", "新的解释。", "1", "", ""]
    plan = plan_import(
        "questions", questions_csv(tmp_path / "q.csv", [row]), target, on_duplicate=mode, context=context
    )
    assert plan.summary().en == summary
    assert plan.text is not None and f"explain: {explain}" in plan.text
    if mode is OnDuplicate.KEEP:
        assert "'old-1' is already in the target file" in plan.errors[0].format("en")


def test_a_duplicate_text_without_id(tmp_path: Path, context: Context) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text(BANK, encoding="utf-8")
    row = ["", "判断题", "可回收物", "", "旧报纸可以回收。", "", "", "", "", "对", "报纸能再造纸。", "2", "", ""]
    source = questions_csv(tmp_path / "q.csv", [row])
    update = plan_import("questions", source, target, context=context)
    assert update.summary().en == "added 0, updated 1, unchanged 0, refused 0" and update.rows[0].key == "old-2"
    keep = plan_import("questions", source, target, on_duplicate=OnDuplicate.KEEP, context=context)
    assert keep.summary().en == "added 1, updated 0, unchanged 0, refused 0" and keep.rows[0].key == "recyclable-1"
    assert keep.text is not None and keep.text.count("旧报纸可以回收。") == 2


def test_the_same_id_twice_in_the_spreadsheet(tmp_path: Path, context: Context) -> None:
    rows = [GOOD_ROWS[0], [*GOOD_ROWS[0][:4], "", "", "", "", "", "其他垃圾", "另一道。", "1", "", ""]]
    rows[1][3] = "大骨头"
    source = questions_csv(tmp_path / "q.csv", rows)
    plan = plan_import("questions", source, tmp_path / "m.yaml", context=context, csv_name="q.csv")
    assert [p.format("en") for p in plan.errors] == [
        "q.csv:3:编号: error: 'my-1' is already on row 2 — "
        "remove or merge the repeated rows, or give this row another id"
    ]


def test_cross_checks_blame_the_row(tmp_path: Path, context: Context) -> None:
    rows = [
        ["q1", "判断题", "其他垃圾", "", "新题。", "", "", "", "", "对", "说明。", "1", "", ""],  # q1 is in bank.yaml
        [
            "my-4",
            "分类题",
            "",
            "大骨头",
            "",
            "",
            "",
            "",
            "",
            "厨余垃圾",
            "说明。",
            "1",
            "",
            "",
        ],  # the dictionary: other
        [
            "my-5",
            "分类题",
            "",
            "大骨头",
            "",
            "",
            "",
            "",
            "",
            "厨余垃圾",
            "说明。",
            "1",
            "",
            "深圳",
        ],  # right in Shenzhen
    ]
    source = questions_csv(tmp_path / "q.csv", rows)
    plan = plan_import("questions", source, tmp_path / "m.yaml", context=context, csv_name="q.csv")
    errors = [p.format("en") for p in plan.errors]
    assert len(errors) == 2
    assert errors[0].startswith("q.csv:2:编号: error: question id 'q1' is already used (bank.yaml:")
    assert errors[0].endswith(
        "— that id belongs to a question in bank.yaml: import this row with --into bank.yaml, or give it another id"
    )
    assert errors[1].startswith("q.csv:3:答案: error: question 'my-4' answers kitchen, but the item dictionary puts")
    assert plan.count(Outcome.ADDED) == 1


def test_a_target_that_is_broken_or_of_another_kind_is_refused(tmp_path: Path, context: Context) -> None:
    source = questions_csv(tmp_path / "q.csv", GOOD_ROWS)
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nquestions: [\n", encoding="utf-8")
    plan = plan_import("questions", source, broken, context=context)
    assert plan.fatal and "YAML syntax error" in plan.problems[0].format("en")
    assert plan.problems[-1].format("en").endswith("or choose another file with --into")
    items = tmp_path / "items.yaml"
    items.write_text(ITEMS, encoding="utf-8")
    plan = plan_import("questions", source, items, context=context)
    assert plan.fatal and "the target file is not a question bank" in plan.problems[0].format("en")


# --- the item dictionary ---------------------------------------------------------------------


def items_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    return write_csv(path, [ITEM_HEADER, *rows], encoding)


def test_items_with_aliases_and_regional_rules(tmp_path: Path, context: Context) -> None:
    rows = [
        ["鸡骨头", "鸡骨、鸭骨头", "厨余垃圾", "小骨头容易粉碎。", "chicken bone", "", ""],
        [
            "榴莲壳",
            "",
            "其他垃圾",
            "又硬又大，难以腐烂。",
            "",
            "深圳=厨余垃圾；上海=干垃圾",
            "上海=《上海指南》（2019）；深圳=深圳指引，2020",
        ],
    ]
    target = tmp_path / "items-mine.yaml"
    plan = plan_import("items", items_csv(tmp_path / "i.csv", rows, "gbk"), target, context=context, csv_name="i.csv")
    assert plan.summary().en == "added 2, updated 0, unchanged 0, refused 0"
    assert [p.format("en") for p in plan.problems] == [
        "i.csv:3:地区差异: warning: 'shanghai' is the same as the national category — remove the rule for 'shanghai'"
    ]
    write_import(plan)
    assert "  - name: 鸡骨头\n    aliases: [鸡骨, 鸭骨头]\n    category: kitchen\n" in target.read_text(
        encoding="utf-8"
    )
    assert (
        "    regions:\n      shenzhen: {category: kitchen, source: 深圳指引，2020}\n"
        "      shanghai: {category: other, source: 《上海指南》（2019）}\n"
    ) in target.read_text(encoding="utf-8")
    export = plan_export("items", [target])
    # exported with the national names, whatever the sheet said
    assert export.rows[2] == [
        "榴莲壳",
        "",
        "其他垃圾",
        "又硬又大，难以腐烂。",
        "",
        "深圳=厨余垃圾；上海=其他垃圾",
        "深圳=深圳指引，2020；上海=《上海指南》（2019）",
        "",
        "",
        "",
    ]


def test_item_rows_that_clash_with_the_dictionary_or_its_questions(tmp_path: Path, context: Context) -> None:
    rows = [
        ["香蕉", "香蕉皮儿", "厨余垃圾", "果皮。", "", ""],  # the alias belongs to 香蕉皮 (items.yaml)
        ["纽扣电池", "", "其他垃圾", "小。", "", ""],  # already in items.yaml
        ["榴莲壳", "", "其他垃圾", "硬。", "", "杭州=厨余垃圾"],  # unknown region
        ["剩菜", "", "厨余垃圾", "食物。", "", ""],
        ["剩菜", "", "厨余垃圾", "吃剩的食物。", "", ""],  # twice in the sheet
    ]
    plan = plan_import(
        "items", items_csv(tmp_path / "i.csv", rows), tmp_path / "mine.yaml", context=context, csv_name="i.csv"
    )
    errors = [p.format("en") for p in plan.errors]
    assert errors[0].startswith("i.csv:2:名称: error: '香蕉皮儿' already names the item '香蕉皮' (items.yaml:")
    assert errors[1].startswith("i.csv:3:名称: error: '纽扣电池' already names the item '纽扣电池' (items.yaml:")
    assert errors[1].endswith("to change that item, import into the file it is in (--into)")
    assert errors[2].startswith('i.csv:4:地区差异: error: "杭州" is not one of the regions')
    assert errors[3] == "i.csv:6:名称: error: '剩菜' is already on row 5 — remove or merge the repeated rows"
    assert plan.summary().en == "added 1, updated 0, unchanged 0, refused 4"


def test_changing_an_item_must_agree_with_the_questions(tmp_path: Path) -> None:
    from tests.volunteer.conftest import small_context

    full = small_context()
    # The item dictionary is the target here: the context holds the questions and regions only.
    context = Context(full.questions, (), full.regions)
    target = tmp_path / "items.yaml"
    target.write_text(ITEMS, encoding="utf-8")
    rows = plan_export("items", [target]).rows
    rows[1][2] = "其他垃圾"  # 香蕉皮: but q1 answers kitchen
    plan = plan_import("items", write_csv(tmp_path / "i.csv", rows), target, context=context, csv_name="i.csv")
    assert [p.format("en") for p in plan.errors] == [
        "i.csv:2:类别: error: this makes '香蕉皮' other, but question 'q1' (bank.yaml:3:5) answers kitchen — "
        "correct this row's category, or change that question first"
    ]
    assert plan.summary().en == "added 0, updated 0, unchanged 5, refused 1"


def test_generic_words_round_trip_through_a_spreadsheet(tmp_path: Path, context: Context) -> None:
    target = tmp_path / "items-generic.yaml"
    target.write_text(
        "schema: 1\nitems:\n  - name: 骨头\n    aliases: [bone]\n"
        "    kinds: [香蕉皮, 大骨头]\n    reason: 要看是哪种骨头。\n    en: bone\n",
        encoding="utf-8",
    )
    export = plan_export("items", [target])
    assert export.rows[1] == ["骨头", "bone", "", "要看是哪种骨头。", "bone", "", "", "", "香蕉皮，大骨头", ""]
    rows = [export.rows[0], export.rows[1], ["电池", "", "", "看种类。", "", "", "", "", "纽扣电池、飞碟"]]
    sheet = write_csv(tmp_path / "g.csv", rows)
    plan = plan_import("items", sheet, target, context=context, csv_name="g.csv")
    problems = [p.format("en") for p in plan.errors]
    assert any("'飞碟', which is not an item's name" in p for p in problems), problems
    assert plan.count(Outcome.UNCHANGED) == 1 and plan.count(Outcome.REFUSED) == 1
    assert plan.text is not None and "    kinds: [香蕉皮, 大骨头]\n" in plan.text  # the generic word is kept


def test_an_items_picture_survives_a_spreadsheet_round_trip(tmp_path: Path, context: Context) -> None:
    target = tmp_path / "items-pictured.yaml"
    target.write_text(
        "schema: 1\nitems:\n  - {name: 香焦皮子, category: kitchen, reason: 果皮。, picture: 1F34C}\n",
        encoding="utf-8",
    )
    export = plan_export("items", [target])
    assert export.rows[0][-1] == "图片" and export.rows[1][-1] == "1F34C"
    source = tmp_path / "items.csv"
    write_csv(source, export.rows)
    plan = plan_import("items", source, target, context=context, csv_name="items.csv")
    assert plan.count(Outcome.UNCHANGED) == 1 and plan.clean
