"""Words for squares and for what an answer did: a square's title, its naming task, its banner, and
the effect of an answer summed up from the events that followed it. Nothing here decides a rule.

>>> from game.engine import MoveCause, Moved, RollAgain, TurnStarted
>>> effect_text([Moved(0, 3, 5, MoveCause.RIGHT), TurnStarted(1, 2)], finish=50, lang="zh")
'前进2格'
>>> effect_text([RollAgain(0)], finish=50, lang="en")
'roll again'
"""

from __future__ import annotations

from collections.abc import Sequence

from game.content.models import Region, Square, SquareKind
from game.engine import (
    Event,
    Landed,
    MoveCause,
    Moved,
    QuestionAsked,
    RollAgain,
    SkipsAdded,
    TurnSkipped,
    TurnStarted,
    Won,
)
from game.errors import Lang
from game.present.texts import say as t


def effect_text(events: Sequence[Event], finish: int, lang: Lang) -> str:
    """What an answer did, from the events that follow it up to the next landing or turn."""
    parts: list[str] = []
    for event in events:
        if isinstance(event, (Landed, TurnStarted, QuestionAsked, TurnSkipped)):
            break
        if isinstance(event, Moved) and event.cause is not MoveCause.ROLL:
            if event.end == finish:
                parts.append(t("effect.finish", lang))
            elif event.end > event.start:
                parts.append(t("effect.forward", lang, n=event.end - event.start))
            elif event.end < event.start:
                parts.append(t("effect.back", lang, n=event.start - event.end))
        elif isinstance(event, SkipsAdded):
            parts.append(t("effect.skip", lang, n=event.turns))
        elif isinstance(event, RollAgain):
            parts.append(t("kind_roll_again", lang))
        elif isinstance(event, Won):
            if t("effect.finish", lang) not in parts:
                parts.append(t("effect.finish", lang))
            break
    if not parts:
        return t("effect.none", lang)
    return ("，" if lang == "zh" else ", ").join(parts)


def square_title(square: Square, region: Region, finish: int, lang: Lang) -> str:
    """A heading for a square: its number and what kind it is.

    >>> from game.categories import Category
    >>> square_title(Square(9, SquareKind.QUESTION, category=Category.HAZARDOUS), Region("n", "n",
    ...     ("厨余垃圾", "可回收物", "有害垃圾", "其他垃圾")), 50, "zh")
    '第9格 · 有害垃圾问答题'
    """
    where = t("game.on_square", lang, n=square.number)
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
