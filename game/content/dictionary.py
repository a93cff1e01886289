"""The item dictionary: find an item from everyday phrasing, and suggest close names.

Lookups forgive full-width forms, spaces, case, aliases and surrounding words such as
用过的 / 废 / 旧 when what is left names a known item.

>>> from game.categories import Category
>>> from game.content.models import Item
>>> d = ItemDictionary([Item("香蕉皮", ("香蕉皮儿",), Category.KITCHEN, "果皮易腐烂。"),
...                     Item("塑料瓶", ("矿泉水瓶",), Category.RECYCLABLE, "可再生。")])
>>> d.find("ＢＡＮＡＮＡ") is None, d.find("吃剩的 香蕉皮").name, d.find("用过的矿泉水瓶").name
(True, '香蕉皮', '塑料瓶')
>>> [item.name for item in d.suggest("香蕉")]
['香蕉皮']
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from game.content.models import Item

# Words that often surround an item name without changing which bin it goes in. Longest first,
# so that 用过的 is removed whole rather than leaving 过的. 脏 (dirty) is deliberately absent:
# a dirty carton sorts differently from a clean one.
_PREFIXES = tuple(
    sorted(
        (
            "用过的",
            "用过",
            "用完的",
            "用完",
            "用剩的",
            "吃剩的",
            "吃剩",
            "喝完的",
            "喝剩的",
            "废弃的",
            "废弃",
            "废旧的",
            "废旧",
            "坏掉的",
            "坏了的",
            "坏的",
            "破旧的",
            "破损的",
            "破的",
            "旧的",
            "过期的",
            "一些",
            "一个",
            "一只",
            "一张",
            "一块",
            "一片",
            "一瓶",
            "一袋",
            "一盒",
            "一根",
            "一节",
            "一堆",
            "几个",
            "废",
            "旧",
            "破",
            "坏",
        ),
        key=len,
        reverse=True,
    )
)
_SUFFIXES = tuple(sorted(("之类的", "之类", "等等", "等", "们", "儿"), key=len, reverse=True))
_STRIP = " \t\r\n,.;:!?'\"()[]{}<>`~-_=+*/\\|，。；：！？、“”‘’（）【】《》「」『』…·"


def normalise(text: str) -> str:
    """Fold full-width forms, case and inner spaces so that names compare equal.

    >>> normalise("  Ｘ 光片！ ")
    'x光片'
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(folded.split()).strip(_STRIP)


def _strip_once(key: str) -> Iterator[str]:
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            yield key[len(prefix) :]
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            yield key[: -len(suffix)]


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What :meth:`ItemDictionary.lookup` found for ``query``."""

    query: str
    item: Item | None
    suggestions: tuple[Item, ...] = ()


class ItemDictionary:
    """An immutable index of :class:`~game.content.models.Item` by normalised name and alias."""

    __slots__ = ("_en_keys", "_index", "_items", "_keys")

    def __init__(self, items: Iterable[Item]) -> None:
        self._items = tuple(items)
        index: dict[str, Item] = {}
        for item in self._items:
            for name in (item.name, *item.aliases):
                index.setdefault(normalise(name), item)
        self._keys = tuple(index)
        for item in self._items:  # English names after every Chinese one: they never shadow a Chinese name
            if item.en:
                index.setdefault(normalise(item.en), item)
        chinese = set(self._keys)
        self._en_keys = tuple(key for key in index if key not in chinese)
        self._index = index

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        return iter(self._items)

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item, in file order."""
        return self._items

    def exact(self, text: str) -> Item | None:
        """The item whose name or alias is ``text`` after normalisation."""
        return self._index.get(normalise(text))

    def find(self, text: str) -> Item | None:
        """The item ``text`` names, removing surrounding words (用过的, 废, 旧 …) if needed."""
        key = normalise(text)
        found = self._index.get(key)
        if found is not None or not key:
            return found
        frontier = [key]
        seen = {key}
        for _ in range(3):  # at most three words are peeled off (用过的 旧 电池 之类)
            next_frontier = []
            for current in frontier:
                for shorter in _strip_once(current):
                    if shorter in seen:
                        continue
                    hit = self._index.get(shorter)
                    if hit is not None:
                        return hit
                    seen.add(shorter)
                    next_frontier.append(shorter)
            frontier = next_frontier
        return None

    def suggest(self, text: str, limit: int = 5) -> list[Item]:
        """Items whose names look like ``text`` (best first), for "你是不是要找…".

        Surrounding words are peeled off first (用过的电池 is compared as 电池), so the suggestions
        are about the thing, not about 用过的.
        """
        key = normalise(text)
        if not key:
            return []
        core = key
        for _ in range(3):
            shorter = next(_strip_once(core), None)
            if shorter is None:
                break
            core = shorter
        # Latin letters are compared with the English names, more strictly (short words share letters).
        english = core.isascii()
        keys, cutoff = (self._en_keys, 0.75) if english else (self._keys, 0.5)
        scored: list[tuple[float, str]] = []
        matcher = difflib.SequenceMatcher(b=core, autojunk=False)
        for candidate in keys:
            matcher.set_seq1(candidate)
            score = matcher.ratio()
            if not english and (core in candidate or candidate in core):
                score += 0.5
            if score >= cutoff:
                scored.append((score, candidate))
        scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
        out: list[Item] = []
        for _, candidate in scored:
            item = self._index[candidate]
            if item not in out:
                out.append(item)
            if len(out) == limit:
                break
        return out

    def lookup(self, text: str, limit: int = 5) -> LookupResult:
        """:meth:`find`, with suggestions when nothing is found."""
        item = self.find(text)
        suggestions = () if item is not None else tuple(self.suggest(text, limit))
        return LookupResult(text, item, suggestions)
