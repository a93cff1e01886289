"""Question and naming panels, what may be typed as an answer, and the naming verdict."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console, RenderableType

from game.categories import Category
from game.content.loader import load_bundled
from game.content.models import ChoiceQuestion, ClassifyQuestion, Square, SquareKind, TrueFalseQuestion
from game.engine import judge_items
from game.present.answers import answer_words
from game.terminal.prompt import clean
from game.terminal.question_view import (
    answer_label,
    naming_panel,
    parse_answer,
    question_panel,
    verdict_lines,
)

CONTENT = load_bundled()
NATIONAL = CONTENT.region()
SHANGHAI = CONTENT.region("shanghai")
CLASSIFY = ClassifyQuestion(id="c", item="香蕉皮", answer=Category.KITCHEN, explain="果皮易腐烂。", difficulty=1)
CHOICE = ChoiceQuestion(
    id="x",
    category=Category.HAZARDOUS,
    text="下面哪一种是有害垃圾？",
    options=("过期药品", "旧报纸", "苹果核"),
    answer_index=0,
    explain="过期药品有害。",
    difficulty=1,
)
TRUEFALSE = TrueFalseQuestion(
    id="t", category=Category.OTHER, text="用过的纸巾是可回收物。", answer=False, explain="纸巾纤维太短。", difficulty=1
)


def render(item: RenderableType, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(item)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def test_classify_panel_offers_the_four_bins_with_letter_and_name() -> None:
    assert render(question_panel(CLASSIFY, 2, NATIONAL, "zh", 80)) == (
        "+- 第2格：答题 ----------------------------------------------------------------+\n"
        "| 「香蕉皮」应该投进哪个垃圾桶？                                               |\n"
        "|                                                                              |\n"
        "|   1 [K] 厨余垃圾    2 [R] 可回收物    3 [H] 有害垃圾    4 [O] 其他垃圾       |\n"
        "+------------------------------------------------------------------------------+\n"
    )


def test_bins_take_the_region_names() -> None:
    panel = render(question_panel(CLASSIFY, 2, SHANGHAI, "zh", 80))
    assert "1 [K] 湿垃圾" in panel and "4 [O] 干垃圾" in panel


def test_choice_and_true_false_panels_number_their_options() -> None:
    choice = render(question_panel(CHOICE, 9, NATIONAL, "zh", 80))
    shown = CHOICE.shown  # the options in the order the question shows them (fixed by its id)
    assert f"{shown.index('过期药品') + 1} 过期药品" in choice and f"{shown.index('苹果核') + 1} 苹果核" in choice
    truefalse = render(question_panel(TRUEFALSE, 15, NATIONAL, "en", 80))
    assert "1 True" in truefalse and "2 False" in truefalse


@pytest.mark.parametrize("width", [30, 50, 80, 140])
def test_panels_fit_the_terminal(width: int) -> None:
    for question in (CLASSIFY, CHOICE, TRUEFALSE, *CONTENT.questions[:40]):
        text = render(question_panel(question, 12, NATIONAL, "zh", width), width)
        assert all(len(line) <= width for line in text.splitlines())


@pytest.mark.parametrize(
    ("question", "typed", "choice"),
    [
        (CLASSIFY, "1", 0),
        (CLASSIFY, "４", 3),
        (CLASSIFY, "h", 2),
        (CLASSIFY, "R", 1),
        (CLASSIFY, "厨余", 0),
        (CLASSIFY, "其他垃圾", 3),
        (CLASSIFY, "kitchen", 0),
        (CLASSIFY, "5", None),
        (CLASSIFY, "0", None),
        (CHOICE, "3", 2),
        (CHOICE, "旧报纸", CHOICE.shown.index("旧报纸")),
        (CHOICE, "4", None),
        (TRUEFALSE, "错", 1),
        (TRUEFALSE, "对", 0),
        (TRUEFALSE, "F", 1),
        (TRUEFALSE, "2", 1),
        (TRUEFALSE, "3", None),
    ],
)
def test_what_may_be_typed(question: object, typed: str, choice: int | None) -> None:
    """What the prompt hands over (already cleaned: full-width folded, spaces stripped)."""
    assert parse_answer(question, NATIONAL)(clean(typed)) == choice  # type: ignore[arg-type]


def test_region_names_are_answers_too() -> None:
    assert parse_answer(CLASSIFY, SHANGHAI)("湿垃圾") == 0


@given(st.text(max_size=20))
def test_any_text_is_an_answer_or_nothing(typed: str) -> None:
    for question in (CLASSIFY, CHOICE, TRUEFALSE):
        choice = parse_answer(question, NATIONAL)(typed)
        assert choice is None or 0 <= choice < question.n_choices


def test_answer_labels_and_words() -> None:
    assert answer_label(CLASSIFY, 2, NATIONAL, "zh").plain == "3 [H] 有害垃圾"
    assert answer_words(CLASSIFY, 2, SHANGHAI, "zh") == "有害垃圾"
    assert answer_words(CHOICE, CHOICE.shown.index("旧报纸"), NATIONAL, "zh") == "旧报纸"
    assert answer_words(TRUEFALSE, 1, NATIONAL, "en") == "False"


def test_naming_panel() -> None:
    square = Square(3, SquareKind.NAME_ITEMS, text="请说出至少三个厨余垃圾", category=Category.KITCHEN, count=3)
    text = render(naming_panel(square, NATIONAL, "zh", 80))
    assert "请说出至少三个厨余垃圾" in text and "需要 3 个不同的 [K] 厨余垃圾" in text


def test_verdict_says_what_counted_what_belongs_elsewhere_and_why() -> None:
    verdict = judge_items("香蕉皮，纽扣电池、飞碟 香蕉皮儿", Category.KITCHEN, CONTENT.dictionary, "national", 2)
    lines = [line.plain for line in verdict_lines(verdict, NATIONAL, "zh")]
    assert lines[0] == "算数的（1/2）：香蕉皮"
    assert lines[1].startswith("放错桶了：纽扣电池 属于 [H] 有害垃圾：")
    assert "词典里没有：飞碟（志愿者可以判断）" in lines
    assert lines[-1] == "还差 1 个，没通过。"


def test_verdict_in_english() -> None:
    verdict = judge_items("香蕉皮，苹果核", Category.KITCHEN, CONTENT.dictionary, "national", 2)
    lines = [line.plain for line in verdict_lines(verdict, NATIONAL, "en")]
    assert lines == ["Counted (2/2): 香蕉皮, 苹果核", "Enough: passed!"]


def test_a_review_question_is_titled_as_a_review() -> None:
    assert "复习" in render(question_panel(CLASSIFY, 0, NATIONAL, "zh", 60, review=True))
    assert "Review" in render(question_panel(CLASSIFY, 0, NATIONAL, "en", 60, review=True))
    assert "复习" not in render(question_panel(CLASSIFY, 3, NATIONAL, "zh", 60))


def test_a_child_reads_the_question_and_each_choice_with_pinyin_under_it() -> None:
    screen = render(question_panel(CHOICE, 4, NATIONAL, "zh", 80, pinyin=True))
    lines = [line.strip("| ").rstrip() for line in screen.splitlines()]
    assert lines[1:3] == ["下面哪一种是有害垃圾？", "xià miàn nǎ yī zhǒng shì yǒu hài lā jī？"]
    assert lines[4:6] == ["1 过期药品", "1 guò qī yào pǐn"]
    shown = CHOICE.shown
    assert f"{shown.index('旧报纸') + 1} jiù bào zhǐ" in lines and f"{shown.index('苹果核') + 1} píng guǒ hé" in lines
    assert "xiāng" not in render(question_panel(CLASSIFY, 2, NATIONAL, "en", 80, pinyin=True))  # none in English


@pytest.mark.parametrize("width", [40, 60, 80])
def test_pinyin_panels_fit_the_terminal(width: int) -> None:
    for question in (CLASSIFY, CHOICE, TRUEFALSE):
        assert all(
            len(line) <= width
            for line in render(question_panel(question, 9, NATIONAL, "zh", width, pinyin=True), width).splitlines()
        )


def test_a_childs_verdict_and_explanation_come_with_pinyin_a_grown_ups_without() -> None:
    from game.engine import Answer, GameSetup, PlayerSpec, new_game
    from game.present.pinyin import pinyin_line
    from game.terminal.narration import Narrator

    for level in ("child", "adult"):
        game = new_game(CONTENT, GameSetup((PlayerSpec("小明", level=level),)), seed=3)
        while game.question is None:  # one seat: every question is the child's (or the adult's)
            game.apply(game.legal_actions()[0])
        explanation = game.explanation(game.question, 0, "zh")
        lines = [text.plain for text in Narrator(game, "zh").lines(game.apply(Answer(0, 0)))]
        assert (pinyin_line(explanation) in " ".join(lines)) is (level == "child")  # wrapped at 80 cells


def test_a_childs_naming_task_has_pinyin_under_it() -> None:
    """Found by a walkthrough: the naming box had no pinyin for a child."""
    square = Square(3, SquareKind.NAME_ITEMS, text="请说出至少三个厨余垃圾", category=Category.KITCHEN, count=3)
    child = render(naming_panel(square, NATIONAL, "zh", 80, pinyin=True))
    assert "qǐng shuō chū zhì shǎo sān gè chú yú lā jī" in child and "请说出至少三个厨余垃圾" in child
    assert "qǐng" not in render(naming_panel(square, NATIONAL, "zh", 80))


def test_a_childs_naming_verdict_has_pinyin_under_each_line() -> None:
    from game.engine import GameSetup, NameItems, Phase, PlayerSpec, new_game
    from game.terminal.narration import Narrator
    from tests.window.scenario import play_until

    for level, expected in (("child", True), ("adult", False)):
        game = play_until(
            new_game(CONTENT, GameSetup((PlayerSpec("小明", level=level),)), seed=5), lambda g: g.phase is Phase.NAME
        )
        events = game.apply(NameItems(0, "香蕉皮、苹果核、剩饭"))
        text = "\n".join(line.plain for line in Narrator(game, "zh").lines(events))
        assert ("xiāng jiāo pí" in text) is expected, text
