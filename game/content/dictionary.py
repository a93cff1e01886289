"""The item dictionary: find an item from everyday phrasing, and suggest close names.

Lookups forgive full-width forms, spaces, case, aliases and surrounding words such as
用过的 / 废 / 旧 when what is left names a known item; a plain word also finds an entry stored
with such a word (卫生纸 finds 用过的卫生纸). Words that change the bin (脏, 干净, 碎, 破, 没洗过)
are never removed. A generic word (电池) finds its :class:`~game.content.models.GenericItem`,
which lists the kinds it may mean. Part of a word (麦当劳纸盒 → 纸盒) is only ever a suggestion.

>>> from game.categories import Category
>>> from game.content.models import GenericItem, Item
>>> d = ItemDictionary([Item("香蕉皮", ("香蕉皮儿",), Category.KITCHEN, "果皮易腐烂。"),
...                     Item("塑料瓶", ("矿泉水瓶",), Category.RECYCLABLE, "可再生。"),
...                     Item("用过的卫生纸", (), Category.OTHER, "纸纤维太短。"),
...                     Item("纸盒", (), Category.RECYCLABLE, "可再生。")],
...                    [GenericItem("瓶子", (), ("塑料瓶",), "看是什么瓶子。")])
>>> d.find("ＢＡＮＡＮＡ") is None, d.find("吃剩的 香蕉皮").name, d.find("用过的矿泉水瓶").name
(True, '香蕉皮', '塑料瓶')
>>> d.find("卫生纸").name, d.find("脏卫生纸"), d.generic("旧瓶子").name
('用过的卫生纸', None, '瓶子')
>>> [item.name for item in d.suggest("香蕉")], [item.name for item in d.suggest("麦当劳纸盒")]
(['香蕉皮'], ['纸盒'])
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from game.categories import Category
from game.content.models import GenericItem, Item
from game.content.phrasing import BIN_CHANGING_WORDS as BIN_CHANGING_WORDS  # re-exported
from game.content.phrasing import (
    bracket_forms,
    container_forms,
    english_forms,
    food_readings,
    peeled,
    strip_once,
    without_de,
)
from game.content.phrasing import normalise as normalise  # re-exported: callers compare names with it


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What :meth:`ItemDictionary.lookup` found for ``query``: an item, a generic word, or neither
    (then ``suggestions``, best first)."""

    query: str
    item: Item | None
    suggestions: tuple[Item, ...] = ()
    generic: GenericItem | None = None


Entry = Item | GenericItem
#: How many resolved texts a dictionary remembers (a few MB at most).
_RESOLVED_LIMIT = 50_000
#: Longer texts are not read as cooked food or a food form (no dish name is this long, and each
#: reading looks up every shorter piece).
_LONGEST_FOOD_PHRASE = 24


class _Entries:
    """Entries in file order (items, then generic words), built one by one when first needed.

    The content cache hands over raw rows and a ``build`` function: a look-up of one word then
    builds one entry, not thousands.
    """

    __slots__ = ("_build", "_built", "n_items")

    def __init__(self, n_items: int, n_all: int, build: Callable[[int], Entry]) -> None:
        self.n_items = n_items
        self._built: list[Entry | None] = [None] * n_all
        self._build = build

    def __len__(self) -> int:
        return len(self._built)

    def __getitem__(self, position: int) -> Entry:
        found = self._built[position]
        if found is None:
            found = self._built[position] = self._build(position)
        return found


class _LazyIndex:
    """{normalised key: entry} over sorted keys and their positions into :class:`_Entries` (only what
    a dict is used for). A key is found by bisection, so a single look-up never builds a dict of
    every key."""

    __slots__ = ("_at", "_entries", "_keys", "_positions")

    def __init__(self, keys: Sequence[str], at: Sequence[int], entries: _Entries) -> None:
        self._keys = keys
        self._at = at
        self._entries = entries
        self._positions: dict[str, int] | None = None

    @property
    def positions(self) -> dict[str, int]:
        """{key: position}, built when first asked for."""
        if self._positions is None:
            self._positions = dict(zip(self._keys, self._at, strict=True))
        return self._positions

    def pairs(self) -> Iterator[tuple[str, int]]:
        """(key, position) in key order, without building a dict."""
        return zip(self._keys, self._at, strict=True)

    def _position(self, key: str) -> int | None:
        found = bisect.bisect_left(self._keys, key)
        return self._at[found] if found < len(self._keys) and self._keys[found] == key else None

    def get(self, key: str, default: Entry | None = None) -> Entry | None:
        position = self._position(key)
        return default if position is None else self._entries[position]

    def __getitem__(self, key: str) -> Entry:
        position = self._position(key)
        if position is None:
            raise KeyError(key)
        return self._entries[position]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)


class ItemDictionary:
    """An immutable index of dictionary entries by normalised name and alias."""

    __slots__ = ("_by_char", "_en_keys", "_entries", "_generics", "_index", "_items", "_keys", "_kinds", "_resolved")

    def __init__(self, items: Iterable[Item], generics: Iterable[GenericItem] = ()) -> None:
        self._items: tuple[Item, ...] | None = tuple(items)
        self._generics: tuple[GenericItem, ...] | None = tuple(generics)
        self._entries: _Entries | None = None
        index: dict[str, Entry] = {}
        entries: tuple[Entry, ...] = (*self._items, *self._generics)
        keys = [(entry, [normalise(name) for name in (entry.name, *entry.aliases)]) for entry in entries]
        for entry, names in keys:
            for key in names:
                index.setdefault(key, entry)
        # A plain word finds an entry stored with a bin-neutral qualifier (卫生纸 → 用过的卫生纸),
        # unless the plain word is an entry itself.
        for entry, names in keys:
            for key in names:
                for shorter in peeled(key, shortest=2, describing=False):
                    index.setdefault(shorter, entry)
        for entry in entries:  # English names after every Chinese one: they never shadow a Chinese name
            if entry.en:
                index.setdefault(normalise(entry.en), entry)
        for entry in entries:  # "old newspaper" is also found as "newspaper"
            if entry.en:
                for form in english_forms(entry.en):
                    index.setdefault(form, entry)
        self._finish(index)

    @classmethod
    def from_index(
        cls,
        n_items: int,
        n_generics: int,
        build: Callable[[int], Entry],
        keys: Sequence[str],
        positions: Sequence[int],
    ) -> ItemDictionary:
        """A dictionary whose index was made by :meth:`export_index` (the content cache uses this):
        ``keys`` in sorted order and each key's position.

        ``build(position)`` makes entry ``position`` (items first, then generic words); entries are
        built when first used.
        """
        self = cls.__new__(cls)
        self._items = None
        self._generics = None
        self._entries = _Entries(n_items, n_items + n_generics, build)
        self._finish(_LazyIndex(keys, positions, self._entries))
        return self

    def export_index(self) -> dict[str, int]:
        """The index as {normalised key: position of the entry among items then generic words}."""
        if isinstance(self._index, _LazyIndex):
            return dict(self._index.positions)
        position = {id(entry): n for n, entry in enumerate((*self.items, *self.generics))}
        return {key: position[id(entry)] for key, entry in self._index.items()}

    def _finish(self, index: dict[str, Entry] | _LazyIndex) -> None:
        self._index = index
        self._keys: tuple[str, ...] | None = None  # split on first use: a single look-up never needs them
        self._en_keys: tuple[str, ...] = ()
        self._by_char: dict[str, tuple[str, ...]] | None = None
        self._kinds: dict[str, tuple[Item, ...]] | None = None
        #: Texts already resolved (the same words come up again and again in a game): text → entry.
        self._resolved: dict[str, Entry | None] = {}

    def _all(self) -> None:
        entries = self._entries
        assert entries is not None
        built = [entries[n] for n in range(len(entries))]
        self._items = tuple(e for e in built[: entries.n_items] if isinstance(e, Item))
        self._generics = tuple(e for e in built[entries.n_items :] if isinstance(e, GenericItem))
        if isinstance(self._index, _LazyIndex):  # everything is built now: a plain dict is faster to search
            self._index = {key: built[position] for key, position in self._index.pairs()}

    def __len__(self) -> int:
        return len(self._items) if self._items is not None else (self._entries.n_items if self._entries else 0)

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item, in file order (generic words not included)."""
        if self._items is None:
            self._all()
        assert self._items is not None
        return self._items

    @property
    def generics(self) -> tuple[GenericItem, ...]:
        """The generic words (电池, 骨头 …), in file order."""
        if self._generics is None:
            self._all()
        assert self._generics is not None
        return self._generics

    def kinds_of(self, generic: GenericItem) -> tuple[Item, ...]:
        """The dictionary items a generic word lists (found by name: a cached dictionary builds only them)."""
        if self._kinds is None:
            self._kinds = {}
        found = self._kinds.get(generic.name)
        if found is None:
            named = (self.exact(kind) for kind in generic.kinds)
            found = self._kinds[generic.name] = tuple(
                item for item, kind in zip(named, generic.kinds, strict=True) if item is not None and item.name == kind
            )
        return found

    def exact(self, text: str) -> Item | None:
        """The item whose name or alias is ``text`` after normalisation."""
        found = self._index.get(normalise(text))
        return found if isinstance(found, Item) else None

    def resolve(self, text: str) -> Entry | None:
        """The item or generic word ``text`` names, removing surrounding words (用过的, 废, 旧 …) if needed."""
        try:
            return self._resolved[text]
        except KeyError:
            pass
        found = self._resolve(text)
        if len(self._resolved) < _RESOLVED_LIMIT:
            self._resolved[text] = found
        return found

    def _resolve(self, text: str) -> Entry | None:
        key = normalise(text)
        found = self._index.get(key)
        if found is not None or not key:
            return found
        for form in (*english_forms(text), *container_forms(key), *bracket_forms(text), *without_de(key)):
            found = self._index.get(form)
            if found is not None:
                return found
        shorter_forms = list(peeled(key))  # at most three words are peeled off (用过的 旧 电池 之类)
        for shorter in shorter_forms:
            hit = self._index.get(shorter)
            if hit is not None:
                return hit
        if len(key) > _LONGEST_FOOD_PHRASE:
            return None
        for form in (key, *shorter_forms):
            food = self._food_in(form)
            if food is not None:
                return food
        return None

    def _food_in(self, key: str) -> Item | None:
        """The food ``key`` names with a cooking or keeping word before it (红烧, 发霉的) or a form
        it is made into after it (干, 汤): what is left must be kitchen waste, and for an ending,
        kitchen waste in every region (a bone's city rule must not reach its soup)."""
        for rest, ending in food_readings(key):
            food = self.resolve(rest)
            if isinstance(food, Item) and food.category is Category.KITCHEN and not (ending and food.overrides):
                return food
        return None

    def find(self, text: str) -> Item | None:
        """The item ``text`` names (None for an unknown or a generic word)."""
        found = self.resolve(text)
        return found if isinstance(found, Item) else None

    def generic(self, text: str) -> GenericItem | None:
        """The generic word ``text`` names, if it is one (电池, 旧电池, battery)."""
        found = self.resolve(text)
        return found if isinstance(found, GenericItem) else None

    def _chinese_keys(self) -> tuple[str, ...]:
        """The index's keys that are not plain ASCII (the English ones go to ``_en_keys``)."""
        if self._keys is None:
            self._keys = tuple(key for key in self._index if not key.isascii())
            self._en_keys = tuple(key for key in self._index if key.isascii())
        return self._keys

    def _candidates(self, core: str) -> tuple[str, ...]:
        """Keys sharing a character with ``core`` (comparing every key would be slow)."""
        if self._by_char is None:
            by_char: dict[str, list[str]] = {}
            for key in self._chinese_keys():
                if len(key) < 2:
                    continue  # a one-character name (饭, 书) is found exactly, never suggested
                for ch in set(key):
                    by_char.setdefault(ch, []).append(key)
            self._by_char = {ch: tuple(keys) for ch, keys in by_char.items()}
        found: dict[str, None] = {}
        for ch in set(core):
            found.update(dict.fromkeys(self._by_char.get(ch, ())))
        return tuple(found)

    def suggest(self, text: str, limit: int = 5) -> list[Item]:
        """Items whose names look like ``text`` (best first), for "你是不是要找…".

        Surrounding words are peeled off first (用过的电池 is compared as 电池), so the suggestions
        are about the thing, not about 用过的. A known name at the end of the text (麦当劳纸盒 ends
        with 纸盒) comes first: in Chinese the last word usually names the thing.
        """
        key = normalise(text)
        if not key:
            return []
        core = key
        for _ in range(3):
            shorter = next(strip_once(core), None)
            if shorter is None:
                break
            core = shorter
        # Latin letters are compared with the English names, more strictly (short words share letters).
        english = core.isascii()
        self._chinese_keys()
        keys, cutoff = (self._en_keys, 0.75) if english else (self._candidates(core), 0.5)
        scored: list[tuple[float, str]] = []
        matcher = difflib.SequenceMatcher(b=core, autojunk=False)
        for candidate in keys:
            matcher.set_seq1(candidate)
            if not english and (core in candidate or candidate in core):
                score = matcher.ratio() + 0.5
                if len(candidate) >= 2 and core.endswith(candidate):
                    score += 1.0
            elif matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
                continue
            else:
                score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
        # On a tie an entry's own name beats another entry's alias (香焦皮: 香蕉皮 before 香瓜皮 → 甜瓜皮).
        scored.sort(key=lambda pair: (-pair[0], normalise(self._index[pair[1]].name) != pair[1], len(pair[1]), pair[1]))
        out: list[Item] = []
        for _, candidate in scored:
            entry = self._index[candidate]
            options = self.kinds_of(entry) if isinstance(entry, GenericItem) else (entry,)
            for item in options:
                if item not in out:
                    out.append(item)
            if len(out) >= limit:
                break
        return out[:limit]

    def lookup(self, text: str, limit: int = 5) -> LookupResult:
        """:meth:`resolve`, with suggestions when nothing is found."""
        found = self.resolve(text)
        if isinstance(found, Item):
            return LookupResult(text, found)
        if isinstance(found, GenericItem):
            return LookupResult(text, None, self.kinds_of(found), found)
        return LookupResult(text, None, tuple(self.suggest(text, limit)))
