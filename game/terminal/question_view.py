"""Questions and naming tasks as panels, the answers people may type, and the naming verdict.

Classify questions always offer the four bins as 1-4 in :data:`~game.categories.CATEGORY_ORDER`,
each with its letter, name (as the region says it) and colour; choice questions number their
options; true/false questions offer 1 对 and 2 错. Panels use ASCII borders, because box-drawing
characters are "ambiguous" width and take two cells in many Chinese terminals.

>>> from game.content.models import ClassifyQuestion, REGION_NATIONAL
>>> from game.categories import Category
>>> q = ClassifyQuestion(id="q", item="香蕉皮", answer=Category.KITCHEN, explain="果皮易腐烂。", difficulty=1)
>>> parse_answer(q, REGION_NATIONAL)("k"), parse_answer(q, REGION_NATIONAL)("4"), parse_answer(q, REGION_NATIONAL)("5")
(0, 3, None)
>>> answer_label(q, 0, REGION_NATIONAL, "zh").plain
'1 [K] 厨余垃圾'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from game.categories import CATEGORY_ORDER
from game.content.models import ChoiceQuestion, ClassifyQuestion, Question, Region, Square
from game.errors import Lang
from game.present.answers import answer_label as present_answer_label
from game.present.answers import option_spans
from game.present.texts import say
from game.present.verdicts import verdict_lines as present_verdict_lines
from game.terminal.board_view import pack
from game.terminal.narration import pinyin_lines, span_text, to_text
from game.terminal.prompt import parse_number
from game.terminal.styles import DIM_STYLE, TITLE_STYLE, bin_label
from game.terminal.wrap import wrap, wrapped

if TYPE_CHECKING:
    from game.engine import NamingVerdict

PANEL_MAX_WIDTH = 100
_TRUE_WORDS = ("对", "是", "正确", "t", "true", "y", "yes", "v")
_FALSE_WORDS = ("错", "否", "不对", "错误", "f", "false", "n", "no", "x")


def option_labels(question: Question, region: Region, lang: Lang) -> list[Text]:
    """The choices as players see them, without their numbers."""
    return [span_text(span) for span in option_spans(question, region, lang)]


def answer_label(question: Question, choice: int, region: Region, lang: Lang) -> Text:
    """Choice ``choice`` (0-based) with its number, e.g. ``2 [R] 可回收物``."""
    return to_text(present_answer_label(question, choice, region, lang))


def numbered_options(question: Question, region: Region, lang: Lang, width: int) -> list[Text]:
    """The numbered choices laid out for ``width`` cells: short ones side by side, long ones a line each."""
    labels = [answer_label(question, i, region, lang) for i in range(question.n_choices)]
    if isinstance(question, ChoiceQuestion) and max(label.cell_len for label in labels) > 24:
        return labels
    return pack(labels, width, gap=4, columns=True)


def question_panel(
    question: Question,
    square: int,
    region: Region,
    lang: Lang,
    width: int,
    *,
    review: bool = False,
    pinyin: bool = False,
) -> Panel:
    """The question and its numbered choices in a panel (the bin is not named: it may give it away).

    A review question (asked again at the start of a turn) is titled 复习 · review. With ``pinyin``
    (a child's seat, in Chinese) each line has its pinyin under it and each choice a line of its own.
    """
    inner = min(width, PANEL_MAX_WIDTH) - 4
    pinyin = pinyin and lang == "zh"
    prompt = wrap(Text(question.prompt(lang), style=TITLE_STYLE), inner)
    if pinyin:
        labels = [answer_label(question, i, region, lang) for i in range(question.n_choices)]
        choices = [
            line
            for label in labels
            for line in [*wrap(Text("  ").append_text(label), inner, indent=4), *pinyin_lines(label.plain, inner, 2)]
        ]
        body = Group(*prompt, *pinyin_lines(question.prompt(lang), inner), Text(), *choices)
    else:
        options = numbered_options(question, region, lang, inner - 2)
        body = Group(
            *prompt,
            Text(),
            *(line for option in options for line in wrap(Text("  ").append_text(option), inner, indent=4)),
        )
    title = Text(say("question_title_review", lang) if review else say("question_title_any", lang, square=square))
    return Panel(body, title=title, title_align="left", box=box.ASCII, width=min(width, PANEL_MAX_WIDTH))


def parse_answer(question: Question, region: Region) -> Callable[[str], int | None]:
    """A parser of what may be typed to answer ``question``: the choice number, or a word for it.

    Classify questions also take the bin letters (K R H O) and names; true/false questions 对/错,
    t/f, y/n; choice questions the exact text of an option. Returns the 0-based choice.
    """
    number = parse_number(1, question.n_choices)

    def parse(text: str) -> int | None:
        chosen = number(text)
        if chosen is not None:
            return chosen - 1
        word = text.lower()
        if isinstance(question, ClassifyQuestion):
            for index, category in enumerate(CATEGORY_ORDER):
                names = (category.symbol.lower(), category.value, region.category_name(category, "zh"))
                if word in names or (len(word) >= 2 and region.category_name(category, "zh").startswith(word)):
                    return index
            return None
        if isinstance(question, ChoiceQuestion):
            return question.shown.index(text) if text in question.shown else None
        if word in _TRUE_WORDS:
            return 0
        if word in _FALSE_WORDS:
            return 1
        return None

    return parse


def naming_panel(square: Square, region: Region, lang: Lang, width: int, pinyin: bool = False) -> Panel:
    """The naming task: the square's text, what counts (bin with letter and colour) and how to type
    it; with ``pinyin`` (a child's seat, in Chinese) the text and the task have their pinyin under them."""
    task = Text()
    if square.category is None:
        task.append(say("naming_task_any", lang, count=square.count), style=TITLE_STYLE)
    else:
        task.append(say("naming_task", lang, count=square.count), style=TITLE_STYLE)
        task.append_text(bin_label(square.category, region, lang))
    inner = min(width, PANEL_MAX_WIDTH) - 4
    pinyin = pinyin and lang == "zh"
    lines = [Text(region.localise(square.text_in(lang)), style=TITLE_STYLE)] if square.text_in(lang) else []
    if pinyin:
        lines = [*wrapped(lines, inner), *(row for line in lines for row in pinyin_lines(line.plain, inner))]
        lines += [*wrapped([task], inner), *pinyin_lines(task.plain, inner)]
    else:
        lines.append(task)
    lines.append(Text(say("naming_how", lang), style=DIM_STYLE))
    title = Text(say("naming_title", lang, square=square.number))
    body = Group(*wrapped(lines, inner))
    return Panel(body, title=title, title_align="left", box=box.ASCII, width=min(width, PANEL_MAX_WIDTH))


def verdict_lines(verdict: NamingVerdict, region: Region, lang: Lang) -> list[Text]:
    """What counted, what belongs in another bin and why, what the dictionary does not know."""
    return [to_text(line) for line in present_verdict_lines(verdict, region, lang)]
