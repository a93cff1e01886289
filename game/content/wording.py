"""Rules about how content is worded, shared by the checks and the engine.

>>> is_bare_verdict("不对。"), is_bare_verdict("对，果皮会腐烂。")
(True, False)
>>> overclaim("这一点各地都一样。"), overclaim("北京、上海等城市都这样。")
('各地都', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.content.models import Question

#: Sentences that only give the verdict ("对！"): an explanation must say why as well.
BARE_VERDICTS = frozenset(
    {"对", "不对", "错", "错了", "正确", "不正确", "说得对", "没错", "是的", "不是"}
    | {"right", "wrong", "yes", "no", "true", "false", "correct", "not quite"}
)

#: Phrases that claim a rule holds in every city; true only if it holds for every region profile.
_OVERCLAIM = re.compile(
    r"各地都|各地均|所有城市|每个城市|全国各地都|全国都|到处都|every city|all cities|everywhere", re.IGNORECASE
)


def is_bare_verdict(sentence: str) -> bool:
    """True when ``sentence`` only says right or wrong (对！ / 不对。 / Right!)."""
    return sentence.strip().strip("。！？.!?，, ").lower() in BARE_VERDICTS


def overclaim(text: str) -> str | None:
    """The phrase in ``text`` that claims a rule holds everywhere, if any."""
    found = _OVERCLAIM.search(text)
    return found.group(0) if found is not None else None


@lru_cache(maxsize=16)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    wanted = sorted((n for n in names if n), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in wanted)) if wanted else None


def mentions(question: Question, names: Iterable[str]) -> str | None:
    """The first of ``names`` that ``question`` is about or mentions (its item, its prompt in
    Chinese and English, its options), or None.

    >>> from game.categories import Category
    >>> from game.content.models import ClassifyQuestion
    >>> q = ClassifyQuestion(id="q", item="大骨头", answer=Category.OTHER, explain="", difficulty=3)
    >>> mentions(q, {"大骨头"}), mentions(q, {"香蕉皮"})
    ('大骨头', None)
    """
    pattern = _names_pattern(names if isinstance(names, frozenset) else frozenset(names))
    if pattern is None:
        return None
    words = [question.prompt("zh"), question.text_en, *getattr(question, "options", ())]
    item = getattr(question, "item", None)
    if isinstance(item, str):
        words.append(item)
    for word in words:
        found = pattern.search(word)
        if found is not None:
            return found.group(0)
    return None
