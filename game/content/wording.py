"""Rules about how content is worded, shared by the checks and the engine.

>>> is_bare_verdict("不对。"), is_bare_verdict("对，果皮会腐烂。")
(True, False)
>>> overclaim("这一点各地都一样。"), overclaim("北京、上海等城市都这样。")
('各地都', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.content.models import Item, Question

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


@dataclass(frozen=True)
class NameSet:
    """Names to look for in questions, with the names they may be part of without counting.

    ``shadow`` holds names of other dictionary entries: 农药瓶 contains 药瓶, but a question about
    农药瓶 is not about 药瓶.

    >>> names = NameSet(frozenset({"药瓶"}), frozenset({"农药瓶"}))
    >>> names.find_in("农药瓶是有害垃圾"), names.find_in("空药瓶")
    (None, '药瓶')
    """

    names: frozenset[str]
    shadow: frozenset[str] = frozenset()

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def find_in(self, text: str) -> str | None:
        """The first name in ``text`` that is not part of a longer shadowing name.

        Scanned left to right, the longest name at each place first; a shadowed match is skipped
        whole (like non-overlapping regular-expression matches, but in time proportional to the
        text, whatever the number of names).
        """
        names, lengths_by_first = self._index
        start, size = 0, len(text)
        while start < size:
            for length in lengths_by_first.get(text[start], ()):
                end = start + length
                if end <= size and text[start:end] in names:
                    if not self._shadowed(text, start, end):
                        return text[start:end]
                    start = end
                    break
            else:
                start += 1
        return None

    @cached_property
    def _index(self) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
        return _names_index(self.names)

    def _shadowed(self, text: str, start: int, end: int) -> bool:
        if not self.shadow:
            return False
        for before in range(0, min(start, _SHADOW_REACH) + 1):
            for after in range(0, min(len(text) - end, _SHADOW_REACH) + 1):
                if (before or after) and text[start - before : end + after] in self.shadow:
                    return True
        return False


_SHADOW_REACH = 4


def _names_index(names: frozenset[str]) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The names, and for each first character the lengths of the names starting with it, longest first."""
    wanted = frozenset(n for n in names if n)
    lengths: dict[str, set[int]] = {}
    for name in wanted:
        lengths.setdefault(name[0], set()).add(len(name))
    return wanted, {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def mentions(question: Question, names: Iterable[str]) -> str | None:
    """The first of ``names`` that ``question`` is about or mentions (its item, its prompt in
    Chinese and English, its options), or None. A :class:`NameSet` also skips names inside
    longer names of other items.

    >>> from game.categories import Category
    >>> from game.content.models import ClassifyQuestion
    >>> q = ClassifyQuestion(id="q", item="大骨头", answer=Category.OTHER, explain="", difficulty=3)
    >>> mentions(q, {"大骨头"}), mentions(q, {"香蕉皮"})
    ('大骨头', None)
    """
    found_in = (names if isinstance(names, NameSet) else NameSet(frozenset(names))).find_in
    words = [question.prompt("zh"), question.text_en, *getattr(question, "options", ())]
    item = getattr(question, "item", None)
    if isinstance(item, str):
        words.append(item)
    for word in words:
        found = found_in(word)
        if found is not None:
            return found
    return None


def disputed_names(items: Iterable[Item]) -> NameSet:
    """Every name and alias of the items some city sorts differently, shadowed by the others'."""
    disputed: set[str] = set()
    settled: set[str] = set()
    for item in items:
        (disputed if item.disputed else settled).update((item.name, *item.aliases))
    return NameSet(frozenset(disputed), frozenset(settled))
