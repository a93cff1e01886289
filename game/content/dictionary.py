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

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from game.categories import Category
from game.content.models import GenericItem, Item

# Words that often surround an item name without changing which bin it goes in. Longest first,
# so that 用过的 is removed whole rather than leaving 过的. Words that can change the bin are
# deliberately absent (see BIN_CHANGING_WORDS): a dirty carton sorts differently from a clean one,
# a broken tube differently from a whole one in some cities.
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
            "旧的",
            "过期的",
            "过期",
            "剩下的",
            "吃剩下的",
            "吃剩下",
            "吃过的",
            "喝过的",
            "剩余的",
            "剩余",
            "用剩下的",
            "各类",
            "各种",
            "各式",
            "剩下",
            "剩的",
            "坏了",
            "坏掉",
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
            "使用过的",
            "使用过",
            "用的",
            "咬过的",
            "抽完的",
            "抽过的",
            "不要的",
            "不用的",
            "没用的",
            "扔掉的",
            "丢掉的",
            "家里的",
            "家用的",
            "穿不下的",
            "穿小了的",
            "小了的",
            "不穿的",
            "不合身的",
            "闲置的",
            "多余的",
            "剩下来的",
            "玩过的",
            "不玩的",
            "看过的",
            "看完的",
            "读过的",
            *(f"{colour}色{end}" for colour in "红橙黄绿青蓝紫黑白灰粉棕彩" for end in ("的", "")),
            "废",
            "旧",
            "坏",
        ),
        key=len,
        reverse=True,
    )
)
#: Words that say food has gone off or was not eaten: they leave food in its bin but not other
#: things (发霉的面包 is still kitchen waste, 发霉的纸箱 is no longer recyclable), so they are removed
#: only when what is left names kitchen waste.
_FOOD_STATE_PREFIXES = tuple(
    sorted(
        (
            *("发霉的", "发霉", "变质的", "变质", "烂掉的", "烂了的", "烂的", "烂", "腐烂的"),
            *("馊了的", "馊掉的", "馊的", "吃不完的", "喝不完的", "吃不了的", "没吃的"),
        ),
        key=len,
        reverse=True,
    )
)

#: Words that change which bin an item goes in; never removed from what a player says.
BIN_CHANGING_WORDS = ("脏", "干净", "碎", "破", "没洗", "洗过", "没吃完", "沾", "油腻", "湿")

_SUFFIXES = tuple(
    sorted(
        ("之类的", "之类", "等等", "等", "们", "儿", "属于什么垃圾", "是什么垃圾", "属于哪类垃圾", "属于", "类"),
        key=len,
        reverse=True,
    )
)
#: Objects people name with a spoken 子 (瓶子, 盒子, 袋子 …): 塑料瓶子 is a 塑料瓶. Only after these
#: characters is a final 子 dropped, and only from three characters up: 瓜子 is not 瓜, 包子 not 包.
_ZI_OBJECTS = frozenset(
    "瓶罐盒袋箱桶杯盆篮筐碟盘盖壳套夹绳刷梳剪锤钳镜帘垫被裤袜鞋帽毯柜桌椅凳本盅管链扣钩筒罩架叉勺筷铲刀锅"
)

_STRIP = " \t\r\n,.;:!?'\"()[]{}<>`~-_=+*/\\|，。；：！？、“”‘’（）【】《》「」『』…·"


def normalise(text: str) -> str:
    """Fold full-width forms, case and inner spaces so that names compare equal.

    >>> normalise("  Ｘ 光片！ ")
    'x光片'
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(folded.split()).strip(_STRIP)


#: English words around a name that do not change the bin ("old newspaper", "a used tissue").
_EN_LEADING = frozenset(("a", "an", "the", "some", "my", "old", "used", "waste", "leftover", "expired", "rotten"))


def english_forms(text: str) -> list[str]:
    """Normalised shorter forms of an English phrase: leading filler words removed, plural made
    singular ("some old newspapers" → "newspapers", "newspaper").

    >>> english_forms("Some old Newspapers"), english_forms("batteries")
    (['newspapers', 'newspaper'], ['battery'])
    """
    words = unicodedata.normalize("NFKC", text).lower().split()
    if not words or not all(word.isascii() for word in words):
        return []
    while len(words) > 1 and words[0] in _EN_LEADING:
        words = words[1:]
    out = []
    joined = "".join(words).strip(_STRIP)
    if joined != normalise(text):
        out.append(joined)
    last = words[-1]
    single = _singular(last)
    if single != last:
        out.append("".join([*words[:-1], single]).strip(_STRIP))
    return [form for form in dict.fromkeys(out) if form]


#: Plurals that are not the plural of what they look like (glasses are spectacles, not glass).
_EN_KEEP = frozenset(("glasses", "clothes", "scissors", "trousers", "pants", "shorts", "jeans", "chopsticks"))


def _singular(word: str) -> str:
    if word in _EN_KEEP or len(word) < 4 or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


#: Ways of saying "an empty container" that name the same thing as the container (沐浴露塑料空瓶 is a
#: 沐浴露瓶): a container entry is the emptied container.
_CONTAINER_ENDINGS = (
    ("塑料空瓶", "瓶"),
    ("玻璃空瓶", "瓶"),
    ("空瓶子", "瓶"),
    ("空瓶", "瓶"),
    ("瓶子", "瓶"),
    ("空罐子", "罐"),
    ("空罐", "罐"),
    ("空盒子", "盒"),
    ("空盒", "盒"),
)


def _container_forms(key: str) -> list[str]:
    """``key`` with an "empty container" ending said the short way (润肤霜玻璃空瓶 → 润肤霜瓶)."""
    for ending, short in _CONTAINER_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending):
            return [key[: -len(ending)] + short]
    return []


#: A note in brackets after a name, as city lists write them: 纽扣（少量）, 大骨（如：猪腿骨）.
_BRACKETED = re.compile(r"^(?P<name>[^(\[]+)[(\[](?P<note>[^)\]]+)[)\]]?$")
#: A note that gives an example: 例如, 比如, 包括, or 如 with a colon (如果… and 如已… are conditions).
_EXAMPLE = re.compile(r"^(?:(?:例如|比如|包括)[:：]?|如[:：])")
#: Notes that only say how many: the only notes dropped (any other note may change the bin:
#: 纸箱（发霉） is no clean 纸箱).
_QUANTITY_NOTES = frozenset(("少量", "大量", "少许", "一个", "一些", "若干", "多个", "单个", "等", "等等", "之类"))


def _bracket_forms(text: str) -> list[str]:
    """Keys for a name followed by a note in brackets, most specific first: the example a note
    gives (大骨（如：猪腿骨） → 猪腿骨), the note joined to the name (电池（无汞） → 无汞电池), and the
    name alone when the note only says how many (纽扣（少量） → 纽扣).

    >>> _bracket_forms("大骨（如：猪腿骨）"), _bracket_forms("5号电池（无汞）"), _bracket_forms("纽扣（少量）")
    (['猪腿骨', '大骨'], ['无汞5号电池'], ['少量纽扣', '纽扣'])
    >>> _bracket_forms("纸盒（如果沾了油）")
    ['如果沾了油纸盒']
    """
    match = _BRACKETED.match("".join(unicodedata.normalize("NFKC", text).lower().split()))
    if match is None:
        return []
    name, note = normalise(match["name"]), normalise(match["note"])
    if not name or not note:
        return []
    example = _EXAMPLE.match(note)
    if example is not None:
        first = normalise(re.split("[、,，/]", note[example.end() :])[0])
        return [form for form in (first, name) if form]
    return [note + name, name] if note in _QUANTITY_NOTES else [note + name]


def _without_de(key: str) -> list[str]:
    """``key`` with a 的 between two words taken out (牛奶的盒子 → 牛奶盒子): every word is kept, so
    the thing and its bin stay the same; only an exact name is looked up with it.

    >>> _without_de("牛奶的盒子"), _without_de("的确良")
    (['牛奶盒子', '牛奶盒'], [])
    """
    inner = key.find("的", 1)
    if inner < 0 or inner == len(key) - 1:
        return []
    joined = key[:inner] + key[inner + 1 :]
    return [joined, *_container_forms(joined), *(short for short in _strip_once(joined) if joined.endswith("子"))]


def _by_edge(words: tuple[str, ...], edge: int) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in words:  # kept longest first
        out.setdefault(word[edge], []).append(word)
    return {ch: tuple(group) for ch, group in out.items()}


_PREFIXES_BY_FIRST = _by_edge(_PREFIXES, 0)
_SUFFIXES_BY_LAST = _by_edge(_SUFFIXES, -1)


def _strip_once(key: str) -> Iterator[str]:
    if not key:
        return
    for prefix in _PREFIXES_BY_FIRST.get(key[0], ()):
        if key.startswith(prefix) and len(key) > len(prefix):
            yield key[len(prefix) :]
    for suffix in _SUFFIXES_BY_LAST.get(key[-1], ()):
        if key.endswith(suffix) and len(key) > len(suffix):
            yield key[: -len(suffix)]
    if len(key) >= 3 and key[-1] == "子" and key[-2] in _ZI_OBJECTS:
        yield key[:-1]


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
    """{normalised key: entry} over positions into :class:`_Entries` (only what a dict is used for)."""

    __slots__ = ("_entries", "positions")

    def __init__(self, positions: dict[str, int], entries: _Entries) -> None:
        self.positions = positions
        self._entries = entries

    def get(self, key: str, default: Entry | None = None) -> Entry | None:
        position = self.positions.get(key)
        return default if position is None else self._entries[position]

    def __getitem__(self, key: str) -> Entry:
        return self._entries[self.positions[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.positions)


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
                for shorter in _peeled(key, shortest=2):
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
        cls, n_items: int, n_generics: int, build: Callable[[int], Entry], index: dict[str, int]
    ) -> ItemDictionary:
        """A dictionary whose index was made by :meth:`export_index` (the content cache uses this).

        ``build(position)`` makes entry ``position`` (items first, then generic words); entries are
        built when first used.
        """
        self = cls.__new__(cls)
        self._items = None
        self._generics = None
        self._entries = _Entries(n_items, n_items + n_generics, build)
        self._finish(_LazyIndex(index, self._entries))
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
            self._index = {key: built[position] for key, position in self._index.positions.items()}

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
        for form in (*english_forms(text), *_container_forms(key), *_bracket_forms(text), *_without_de(key)):
            found = self._index.get(form)
            if found is not None:
                return found
        for shorter in _peeled(key):  # at most three words are peeled off (用过的 旧 电池 之类)
            hit = self._index.get(shorter)
            if hit is not None:
                return hit
        for prefix in _FOOD_STATE_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                food = self._resolve(key[len(prefix) :])
                return food if isinstance(food, Item) and food.category is Category.KITCHEN else None
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
            shorter = next(_strip_once(core), None)
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


def _peeled(key: str, shortest: int = 1) -> Iterator[str]:
    """Every shorter form of ``key`` with bin-neutral words removed (up to three), nearest first."""
    frontier = [key]
    seen = {key}
    for _ in range(3):
        next_frontier = []
        for current in frontier:
            for shorter in _strip_once(current):
                if shorter not in seen and len(shorter) >= shortest:
                    seen.add(shorter)
                    next_frontier.append(shorter)
                    yield shorter
        frontier = next_frontier
