"""Words for squares: a square's title, its naming task, and its banner. Nothing here decides a rule."""

from __future__ import annotations

from game.content.models import Region, Square, SquareKind
from game.errors import Lang
from game.present.texts import say as t


def square_title(square: Square, region: Region, finish: int, lang: Lang) -> str:
    """A heading for a square: its number and what kind it is.

    >>> from game.categories import Category
    >>> square_title(Square(9, SquareKind.QUESTION, category=Category.HAZARDOUS), Region("n", "n",
    ...     ("厨余垃圾", "可回收物", "有害垃圾", "其他垃圾")), 50, "zh")
    '第9格 · 有害垃圾问答题'
    """
    where = t("status_square", lang, square=square.number)
    if square.number == 0:
        return t("start", lang)
    if square.number == finish:
        return t("finish", lang)
    kind = square.kind
    if kind is SquareKind.QUESTION:
        what = (
            t("game.question_square", lang, category=region.category_name(square.category, lang))
            if square.category is not None
            else t("game.any_question", lang)
        )
    elif kind is SquareKind.NAME_ITEMS:
        what = name_task(square, region, lang)
    elif kind is SquareKind.JUMP and square.to is not None:
        what = t("jumped", lang, end=square.to)
    elif kind is SquareKind.PLAIN:
        what = ""
    else:
        what = t(f"kind_{kind.value}", lang)
    return f"{where} · {what}" if what else where


def name_task(square: Square, region: Region, lang: Lang) -> str:
    """The naming task of a name-items square, e.g. ``说出3个厨余垃圾``."""
    if square.category is None:
        return t("game.name_any", lang, count=square.count)
    return t("game.name_square", lang, count=square.count, category=region.category_name(square.category, lang))


def banner_text(square: Square, lang: Lang) -> str:
    """What the banner says about a square: its text, and for a question or naming task what a
    right and a wrong answer do (from the square's effects).

    >>> from game.content.models import Effect
    >>> banner_text(Square(9, SquareKind.QUESTION, right=Effect(move=2), wrong=Effect(move=-1)), "zh")
    '答对：前进 2 格；答错：后退 1 格'
    """
    text = square.text_in(lang)
    if square.kind not in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
        return text
    effects = t("game.effects", lang, right=square.right.describe(lang), wrong=square.wrong.describe(lang))
    return f"{text}\n{effects}" if text else effects
