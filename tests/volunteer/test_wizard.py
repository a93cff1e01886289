"""The new-question wizard's logic: typed answers read and checked as the loader checks them, and appending."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game.categories import Category
from game.content.bundled import content_dirs
from game.content.models import ChoiceQuestion, ClassifyQuestion, QuestionType, TrueFalseQuestion
from game.errors import Severity
from game.volunteer import wizard
from game.volunteer.bank_writer import parse_bank
from game.volunteer.wizard import WizardContext
from tests.volunteer.conftest import small_context


@pytest.fixture
def ctx() -> WizardContext:
    """Regions national/shanghai/shenzhen, six items, questions q1-q4 (tests/content/conftest.py)."""
    small = small_context()
    return WizardContext.of(small.questions, small.items, small.regions)


def message(checked: wizard.Checked[Any]) -> str:
    return wizard.explain(checked.problems, "zh")


def test_types_and_bins_in_the_words_volunteers_use(ctx: WizardContext) -> None:
    assert [wizard.read_type(t).value for t in ("1", "２", "判断题", "choice")] == [
        QuestionType.CLASSIFY,
        QuestionType.CHOICE,
        QuestionType.TRUEFALSE,
        QuestionType.CHOICE,
    ]
    assert "输入 1（分类题）" in message(wizard.read_type("问答题"))
    words = ("4", "k", "H", "recyclable", "干垃圾", "湿垃圾", "可回收", "其他", "Kitchen waste")
    assert [wizard.read_category(w, ctx).value for w in words] == [
        Category.OTHER,
        Category.KITCHEN,
        Category.HAZARDOUS,
        Category.RECYCLABLE,
        Category.OTHER,
        Category.KITCHEN,
        Category.RECYCLABLE,
        Category.OTHER,
        Category.KITCHEN,
    ]
    for bad in ("垃圾", "5", "蓝色"):  # "垃圾" starts no bin's name (it ends them all)
        assert not wizard.read_category(bad, ctx).ok
    assert "输入 1-4" in message(wizard.read_category("蓝色", ctx))


def test_text_fields_are_checked_by_the_loader_specs() -> None:
    assert wizard.read_text("item", " 香蕉皮 ").value == "香蕉皮"
    too_long = wizard.read_text("item", "长" * 31)
    assert not too_long.ok and "“item” 太长（31 字，上限 30）" in message(too_long)
    assert "是空的" in message(wizard.read_text("explain", "  "))
    assert wizard.read_text("text", "下面哪一种是有害垃圾？").value == "下面哪一种是有害垃圾？"


def test_options_and_the_choice_answer() -> None:
    assert wizard.read_option("过期药片", []).value == "过期药片"
    repeated = wizard.read_option("过期药片", ["旧报纸", "过期药片"])
    assert not repeated.ok and "和选项 2 重复" in message(repeated)
    assert not wizard.read_option("长" * 61, []).ok
    assert (wizard.MIN_OPTIONS, wizard.MAX_OPTIONS) == (2, 4)
    options = ["过期药片", "旧报纸", "苹果核"]
    assert [wizard.read_choice_answer(t, options).value for t in ("3", "３", "旧报纸")] == [2, 2, 1]
    wrong = wizard.read_choice_answer("4", options)
    assert not wrong.ok and "输入 1-3，或照抄一个选项：过期药片 / 旧报纸 / 苹果核" in message(wrong)


def test_truefalse_difficulty_and_tags() -> None:
    assert [wizard.read_truefalse(t).value for t in ("1", "2", "对", "错", "是", "false")] == [
        True,
        False,
        True,
        False,
        True,
        False,
    ]
    assert not wizard.read_truefalse("也许").ok
    assert [wizard.read_difficulty(t).value for t in ("1", "３", "中等", "困难")] == [1, 3, 2, 3]
    assert "1 到 3 之间的整数" in message(wizard.read_difficulty("0"))
    assert wizard.read_tags("电池，含汞、纽扣").value == ("电池", "含汞", "纽扣")
    assert not wizard.read_tags(",".join(f"t{i}" for i in range(11))).ok  # the loader's limit is 10
    assert not wizard.read_tags("长" * 21).ok


def test_regions_and_ids(ctx: WizardContext) -> None:
    assert [wizard.read_region(t, ctx).value for t in ("上海", "shanghai", "深圳")] == [
        "shanghai",
        "shanghai",
        "shenzhen",
    ]
    unknown = wizard.read_region("杭州", ctx)
    assert not unknown.ok and "可用的地区：全国、上海、深圳" in message(unknown)
    assert wizard.read_id("k-watch-1", ctx).value == "k-watch-1"
    taken = wizard.read_id("q2", ctx)
    assert not taken.ok and "题目编号 “q2” 已经用过了（bank.yaml:" in message(taken)
    assert not wizard.read_id("香蕉 1", ctx).ok
    assert wizard.next_id(Category.HAZARDOUS, ctx.ids) == "hazardous-1"
    assert wizard.next_id(Category.OTHER, {"other-1", "other-3"}) == "other-2"


def test_classify_answers_must_agree_with_the_dictionary(ctx: WizardContext) -> None:
    assert wizard.classify_answer_problems("香蕉皮", Category.KITCHEN, None, ctx) == ()
    wrong = wizard.classify_answer_problems("香蕉皮儿", Category.OTHER, None, ctx)
    assert [p.severity for p in wrong] == [Severity.ERROR]
    assert wrong[0].what.zh.startswith("这道题的答案是 other，但物品词典把「香蕉皮」归为 kitchen")
    # a city's own rule: 大骨头 is kitchen waste in Shenzhen
    assert wizard.classify_answer_problems("大骨头", Category.KITCHEN, "shenzhen", ctx) == ()
    assert wizard.classify_answer_problems("大骨头", Category.KITCHEN, None, ctx)[0].severity is Severity.ERROR
    unknown = wizard.classify_answer_problems("手表", Category.OTHER, None, ctx)
    assert [p.severity for p in unknown] == [Severity.WARNING]
    assert wizard.dictionary_category("大骨头", "shenzhen", ctx) is Category.KITCHEN
    assert wizard.dictionary_category("手表", None, ctx) is None


def test_choice_options_the_dictionary_puts_elsewhere_are_warned(ctx: WizardContext) -> None:
    assert wizard.choice_problems(Category.HAZARDOUS, ["纽扣电池", "旧报纸"], 0, None, ctx) == ()
    two_right = wizard.choice_problems(Category.KITCHEN, ["香蕉皮", "剩饭"], 0, None, ctx)
    assert [p.severity for p in two_right] == [Severity.WARNING]


CLASSIFY = {
    "id": "k-1",
    "type": "classify",
    "item": "苹果核",
    "answer": "kitchen",
    "explain": "果核易腐烂。",
    "difficulty": 1,
    "tags": ["水果"],
}


def test_the_whole_question_is_built_by_the_loader_and_cross_checked(ctx: WizardContext) -> None:
    built = wizard.build(CLASSIFY, ctx)
    assert built.ok and built.problems == ()
    assert built.value == ClassifyQuestion(
        id="k-1", item="苹果核", answer=Category.KITCHEN, explain="果核易腐烂。", difficulty=1, tags=("水果",)
    )
    choice = wizard.build(
        {
            "id": "c-1",
            "type": "choice",
            "category": "hazardous",
            "text": "哪个要投进有害垃圾桶？",
            "options": ["纽扣电池", "苹果核"],
            "answer": "纽扣电池",
            "explain": "电池含重金属。",
            "difficulty": 2,
            "region": "shanghai",
        },
        ctx,
    )
    assert isinstance(choice.value, ChoiceQuestion) and choice.value.answer_index == 0 and choice.ok
    truefalse = wizard.build(
        {"id": "t-1", "type": "truefalse", "category": "other", "text": "烟头是其他垃圾。", "answer": True}
        | {"explain": "烟头不能回收。", "difficulty": 1},
        ctx,
    )
    assert isinstance(truefalse.value, TrueFalseQuestion) and truefalse.ok


def test_build_reports_what_the_loader_and_cross_checks_report(ctx: WizardContext) -> None:
    duplicate = wizard.build(CLASSIFY | {"id": "q1"}, ctx)
    assert not duplicate.ok and "题目编号 “q1” 已经用过了" in message(duplicate)
    repeat = wizard.build(CLASSIFY | {"item": "香蕉皮", "id": "k-2"}, ctx)
    assert repeat.ok and [p.severity for p in repeat.problems] == [Severity.WARNING]  # nearly repeats q1
    wrong = wizard.build(CLASSIFY | {"answer": "other"}, ctx)
    assert not wrong.ok and wrong.errors
    not_an_option = wizard.build(
        {"id": "c-2", "type": "choice", "category": "hazardous", "text": "哪个？", "options": ["a", "b"]}
        | {"answer": "c", "explain": "…", "difficulty": 1},
        ctx,
    )
    assert not_an_option.value is None and "不是选项之一" in message(not_an_option)


def _question() -> TrueFalseQuestion:
    return TrueFalseQuestion(
        id="zz-1", category=Category.OTHER, text="烟头是其他垃圾。", answer=True, explain="烟头不能回收。", difficulty=1
    )


def _reads_back(text: str, count: int) -> None:
    content, problems = parse_bank(text, "x.yaml")
    assert not [p for p in problems if p.severity is Severity.ERROR]
    assert len(content.questions) == count and content.questions[-1] == _question()


BANK = """\
# 我们的题
schema: 1
questions:
  # 第一部分
  - id: a-1
    type: truefalse
    category: other
    text: 陶瓷碗是其他垃圾。
    answer: true
    explain: 陶瓷不能回收。
    difficulty: 1
"""


def test_appending_keeps_every_comment(tmp_path: Path) -> None:
    target = tmp_path / "bank.yaml"
    target.write_text(BANK, encoding="utf-8")
    plan = wizard.plan_append(target, _question())
    assert plan.existed and not plan.comments_lost and not plan.problems
    assert plan.text.startswith(BANK) and "  # 第一部分\n" in plan.text
    _reads_back(plan.text, 2)
    assert wizard.write_plan(plan) == tmp_path / "bank.yaml.bak"
    assert (tmp_path / "bank.yaml.bak").read_text(encoding="utf-8") == BANK
    assert target.read_text(encoding="utf-8") == plan.text


def test_appending_follows_the_files_layout(tmp_path: Path) -> None:
    flush = tmp_path / "flush.yaml"  # entries at the key's own indentation, Windows line ends, no final newline
    flush.write_bytes(
        BANK.replace("  - id", "- id").replace("    ", "  ").replace("\n", "\r\n").rstrip("\r\n").encode("utf-8")
    )
    plan = wizard.plan_append(flush, _question())
    assert not plan.comments_lost and "\r\n- id: zz-1\r\n  type: truefalse\r\n" in plan.text
    _reads_back(plan.text, 2)
    empty = tmp_path / "empty.yaml"
    empty.write_text("# 说明\nschema: 1\nquestions: []\n", encoding="utf-8")
    rewritten = wizard.plan_append(empty, _question())
    assert rewritten.text.startswith("# 说明\nschema: 1\nquestions:\n  - id: zz-1\n") and not rewritten.comments_lost
    odd = tmp_path / "odd.yaml"  # the list is not the last key: the file is written anew, like an import
    odd.write_text(BANK + "source: 我们\n", encoding="utf-8")
    anew = wizard.plan_append(odd, _question())
    assert anew.comments_lost and "# 第一部分" not in anew.text and "source: 我们" in anew.text
    _reads_back(anew.text, 2)
    new = wizard.plan_append(tmp_path / "sub" / "new.yaml", _question())
    assert not new.existed and new.text.startswith("schema: 1\nquestions:\n  - id: zz-1")
    assert wizard.write_plan(new) is None and (tmp_path / "sub" / "new.yaml").is_file()


def test_targets_that_cannot_take_a_question(tmp_path: Path) -> None:
    items = tmp_path / "items.yaml"
    items.write_text("schema: 1\nitems:\n  - {name: 某物, category: other, reason: 测试。}\n", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nquestions:\n  - id: [\n", encoding="utf-8")
    for target in (items, broken, tmp_path):
        assert wizard.target_problems(target)
        plan = wizard.plan_append(target, _question())
        assert plan.problems and not plan.text
        with pytest.raises(ValueError):
            wizard.write_plan(plan)
    assert wizard.target_problems(tmp_path / "missing.yaml") == []


def test_the_default_bank_in_a_checkout() -> None:
    assert wizard.from_checkout()
    assert wizard.default_target(Category.KITCHEN) == content_dirs()[1] / "kitchen.yaml"


def test_the_context_is_the_bundled_content_plus_the_target(tmp_path: Path) -> None:
    target = tmp_path / "bank.yaml"
    target.write_text(BANK, encoding="utf-8")
    loaded = WizardContext.load(target)
    assert not loaded.errors
    assert "a-1" in loaded.ids and "k-cls-banana-peel" in loaded.ids
    assert loaded.dictionary.exact("香蕉皮") is not None
    assert loaded.region("shanghai").name == "上海" and loaded.region(None).key == "national"
