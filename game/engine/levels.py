"""Player levels: which questions a seat is asked and how much text a front end shows.

Each seat of a game has its own level (a parent and a child at one board):

========  ==========  ===================================  =========  =============
level     difficulty  question types (preferred)           text       analysis p
========  ==========  ===================================  =========  =============
child     1           classify, true/false; never disputed  short      0.6
teen      1-2         every type                           full       0.7
adult     1-3         every type                           full       0.8
========  ==========  ===================================  =========  =============

The level's difficulty range is intersected with the game's range (the facilitator's choice
wins when they do not meet). A square whose filter has no question of the level's types and
difficulty falls back to the level's difficulty with any type, then to the game's range; the
child level never draws a question that involves a disputed item (:func:`involves`), even then.

>>> LEVELS["child"].difficulty_in((1, 3)), LEVELS["adult"].difficulty_in((2, 3))
((1, 1), (2, 3))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from game.content.models import Question, QuestionType
from game.content.wording import is_bare_verdict, mentions


@dataclass(frozen=True, slots=True)
class Level:
    """What a level means for the questions a seat gets and for the front ends."""

    key: str
    name: str
    name_en: str
    difficulty: tuple[int, int]
    types: tuple[QuestionType, ...]  #: preferred question types (empty: any)
    no_disputed: bool  #: never draw a question involving an item sorted differently between cities
    text: str  #: "short" (prompt and a one-line explanation) or "full"
    p_correct: float  #: the default chance of a right answer, for ``fenleiqi analyze --levels``

    def difficulty_in(self, game: tuple[int, int]) -> tuple[int, int]:
        """The level's range intersected with the game's (the game's when they do not meet)."""
        low, high = max(self.difficulty[0], game[0]), min(self.difficulty[1], game[1])
        return (low, high) if low <= high else game

    def name_in(self, lang: str) -> str:
        """The level's name in ``lang``."""
        return self.name_en if lang == "en" else self.name

    def explanation(self, text: str) -> str:
        """The explanation a player of this level is shown: the first sentence for a "short" level.

        >>> LEVELS["child"].explanation("果皮会腐烂。可以堆肥。"), LEVELS["adult"].explanation("果皮会腐烂。可以堆肥。")
        ('果皮会腐烂。', '果皮会腐烂。可以堆肥。')
        """
        return first_sentence(text) if self.text == "short" else text


_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s|$)")


def first_sentence(text: str) -> str:
    """``text`` up to and including its first 。！？ (or an English . ! ? before a space or the end);
    a first sentence that is only a verdict (对！) keeps the sentence after it, which says why.

    >>> first_sentence("果皮容易腐烂。可以堆肥。"), first_sentence("Peel rots! Compost it."), first_sentence("无句号")
    ('果皮容易腐烂。', 'Peel rots!', '无句号')
    >>> first_sentence("不对。电池含重金属。要分开投放。")
    '不对。电池含重金属。'
    """
    start = 0
    for found in _SENTENCE_END.finditer(text):
        if not is_bare_verdict(text[start : found.end()]):
            return text[: found.end()]
        start = found.end()
    return text


LEVELS: dict[str, Level] = {
    "child": Level(
        "child",
        "儿童",
        "child",
        (1, 1),
        (QuestionType.CLASSIFY, QuestionType.TRUEFALSE),
        True,
        "short",
        0.6,
    ),
    "teen": Level("teen", "少年", "teen", (1, 2), (), False, "full", 0.7),
    "adult": Level("adult", "成人", "adult", (1, 3), (), False, "full", 0.8),
}
DEFAULT_LEVEL = "adult"


def level_key(word: str) -> str | None:
    """The level a person means by ``word`` (``儿童``, ``child``, ``Adult`` …), or None.

    >>> level_key("儿童"), level_key(" Teen "), level_key("baby")
    ('child', 'teen', None)
    """
    word = word.strip().lower()
    return next((key for key, level in LEVELS.items() if word in (key, level.name, level.name_en)), None)


def involves(question: Question, names: Iterable[str]) -> bool:
    """True when ``question`` is about, or mentions, one of ``names``.

    The item of a classify question, the prompt (Chinese and English) and the options count.

    >>> from game.categories import Category
    >>> from game.content.models import ClassifyQuestion
    >>> q = ClassifyQuestion(id="q", item="大骨头", answer=Category.OTHER, explain="", difficulty=3)
    >>> involves(q, {"大骨头"}), involves(q, {"香蕉皮"})
    (True, False)
    """
    return mentions(question, names) is not None
