"""The words for a question's choices and for an answer: bins as the region names them, 对/错,
options; how other regions sort the item; and the note when the game's own region is disputed.

>>> from game.content.models import ClassifyQuestion, REGION_NATIONAL
>>> from game.categories import Category
>>> q = ClassifyQuestion(id="q", item="香蕉皮", answer=Category.KITCHEN, explain="果皮易腐烂。", difficulty=1)
>>> answer_label(q, 0, REGION_NATIONAL, "zh").plain
'1 厨余垃圾'
>>> answer_words(q, 3, REGION_NATIONAL, "en")
'Other waste'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.categories import CATEGORY_ORDER, Category
from game.content.models import ChoiceQuestion, ClassifyQuestion, Question, Region
from game.errors import Lang
from game.present.spans import Line, Role, Span, bin_span
from game.present.texts import say

if TYPE_CHECKING:
    from game.engine import Answered, Game


def option_spans(question: Question, region: Region, lang: Lang) -> list[Span]:
    """The choices as players see them, without their numbers."""
    if isinstance(question, ClassifyQuestion):
        return [bin_span(category, region, lang) for category in CATEGORY_ORDER]
    if isinstance(question, ChoiceQuestion):
        return [Span(option) for option in question.shown]
    return [Span(say("true", lang), Role.RIGHT), Span(say("false", lang), Role.WRONG)]


def answer_words(question: Question, choice: int, region: Region, lang: Lang) -> str:
    """Choice ``choice`` (0-based) as plain words, without its number (for files and cards)."""
    return option_spans(question, region, lang)[choice].text


def answer_label(question: Question, choice: int, region: Region, lang: Lang) -> Line:
    """Choice ``choice`` (0-based) with its number, e.g. ``2 可回收物``."""
    return Line((Span(f"{choice + 1} ", Role.NUMBER), option_spans(question, region, lang)[choice]))


def right_answer(question: Question, region: Region, lang: Lang) -> Span:
    """The right answer of ``question`` as players saw it."""
    return option_spans(question, region, lang)[question.correct_choice]


def differences_text(game: Game, differences: tuple[tuple[str, Category], ...], lang: Lang) -> str:
    """How other regions sort the item: ``深圳 厨余垃圾；全国 其他垃圾``."""
    parts = []
    for key, category in differences:
        profile = game.region_profile(key)
        if profile is None:
            parts.append(f"{key} {category.english_name if lang == 'en' else category.national_name}")
        else:
            parts.append(f"{profile.name_in(lang)} {profile.category_name(category, lang)}")
    return ("；" if lang == "zh" else "; ").join(parts)


def region_notes(game: Game, event: Answered, question: Question, region: Region, lang: Lang) -> list[Line]:
    """The "disputed here" and "sorted differently elsewhere" notes of an answer (none, one or two)."""
    lines: list[Line] = []
    if event.also_right:
        bins = ("、" if lang == "zh" else " / ").join(
            answer_words(question, choice, region, lang) for choice in (event.correct, *event.also_right)
        )
        lines.append(Line.of(say("disputed_here", lang, region=region.name_in(lang), bins=bins), Role.DIM))
    if event.differences:
        lines.append(Line.of(say("differences", lang, items=differences_text(game, event.differences, lang))))
    return lines
