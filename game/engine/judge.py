"""Judge a free-text answer to a name-items square ("name three kitchen-waste items").

A generic word (电池) is not counted: the verdict lists it with the kinds that would count, so
the player learns to say which kind, and the volunteer can still overturn the verdict.

The text is split on punctuation (，、,;；。), spaces, newlines and the joining words 和 / 与 /
及 / 以及 / 还有; each part is looked up in the item dictionary (which forgives full/half width,
case, spaces, aliases and words such as 用过的); an item named twice, even through two aliases,
counts once.

>>> from game.categories import Category
>>> from game.content.dictionary import ItemDictionary
>>> from game.content.models import GenericItem, Item
>>> d = ItemDictionary([Item("香蕉皮", ("香蕉皮儿",), Category.KITCHEN, "果皮易腐烂。"),
...                     Item("苹果核", (), Category.KITCHEN, "果核易腐烂。"),
...                     Item("废电池", (), Category.HAZARDOUS, "含重金属。")])
>>> v = judge_items("香蕉皮，香蕉皮儿、苹果核和废电池 飞碟", Category.KITCHEN, d, needed=2)
>>> v.counted, [w.item for w in v.wrong_bin], v.unknown, v.passed
(('香蕉皮', '苹果核'), ['废电池'], ('飞碟',), True)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from game.categories import Category
from game.content.dictionary import ItemDictionary, normalise
from game.content.models import GenericItem, Item

# After NFKC, full-width ，；： become , ; : — the ideographic 、 and 。 stay as they are.
_SEPARATORS = re.compile(r"[,、;:。!?！？/|\n]+")
_SPACES = re.compile(r"\s+")
_JOINERS = re.compile(r"以及|还有|和|与|及")
_PUNCTUATION = " \t\r\n,.;:!?'\"()[]{}<>`~-_=+*/\\|，。；：！？、“”‘’（）【】《》「」『』…·"


@dataclass(frozen=True, slots=True)
class WrongBin:
    """A named item that goes in another bin."""

    said: str  #: what the player wrote
    item: str  #: the dictionary item it names
    category: Category  #: the bin it belongs in (in the game's region)
    reason: str  #: why, from the dictionary

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"said": self.said, "item": self.item, "category": self.category.value, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Unclear:
    """A generic word (电池, 骨头): whether it counts depends on which kind the player meant."""

    said: str  #: what the player wrote
    word: str  #: the generic word it names
    counting: tuple[str, ...]  #: the kinds that would count for the square (in the game's region)
    reason: str  #: how to tell the kinds apart, from the dictionary

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"said": self.said, "word": self.word, "counting": list(self.counting), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class NamingVerdict:
    """The automatic verdict on a name-items answer."""

    category: Category | None  #: the bin the square asked for (None: any bin)
    needed: int  #: how many different items were needed
    counted: tuple[str, ...]  #: the different items of the right bin (dictionary names, in order said)
    wrong_bin: tuple[WrongBin, ...]  #: items of another bin, with the right bin and the reason
    unknown: tuple[str, ...]  #: words the dictionary does not know
    repeated: tuple[str, ...] = ()  #: items named again (counted once)
    unclear: tuple[Unclear, ...] = ()  #: generic words: not counted, the kinds that would count are listed

    @property
    def passed(self) -> bool:
        """True when enough different items of the right bin were named."""
        return len(self.counted) >= self.needed

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "category": self.category.value if self.category is not None else None,
            "needed": self.needed,
            "counted": list(self.counted),
            "wrong_bin": [w.to_dict() for w in self.wrong_bin],
            "unknown": list(self.unknown),
            "repeated": list(self.repeated),
            "unclear": [u.to_dict() for u in self.unclear],
            "passed": self.passed,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NamingVerdict:
        """The verdict written by :meth:`to_dict`."""
        return cls(
            Category(data["category"]) if data["category"] is not None else None,
            int(data["needed"]),
            tuple(str(x) for x in data["counted"]),
            tuple(
                WrongBin(str(w["said"]), str(w["item"]), Category(w["category"]), str(w["reason"]))
                for w in data["wrong_bin"]
            ),
            tuple(str(x) for x in data["unknown"]),
            tuple(str(x) for x in data.get("repeated", ())),
            tuple(
                Unclear(str(u["said"]), str(u["word"]), tuple(str(k) for k in u["counting"]), str(u["reason"]))
                for u in data.get("unclear", ())
            ),
        )


def split_answer(text: str, dictionary: ItemDictionary) -> list[str]:
    """Split free text into the phrases a player meant as separate items.

    A phrase is split on 和 / 与 / 及 / 以及 / 还有 only when it is not itself a known item and
    at least one of its pieces is.

    >>> from game.content.dictionary import ItemDictionary
    >>> split_answer(" 苹果、香蕉，\\n西瓜和桃子;梨 ", ItemDictionary([]))
    ['苹果', '香蕉', '西瓜和桃子', '梨']
    """
    folded = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for phrase in _SEPARATORS.split(folded):
        # Spaces separate items too, unless the whole phrase names one item ("banana peel").
        phrase = phrase.strip()
        spaced = _SPACES.search(phrase) is not None
        parts = _SPACES.split(phrase) if spaced and dictionary.resolve(phrase) is None else [phrase]
        for part in parts:
            if not part.strip(_PUNCTUATION) or _JOINERS.fullmatch(part):
                continue
            if _JOINERS.search(part) and dictionary.resolve(part) is None:
                pieces = [piece for piece in _JOINERS.split(part) if normalise(piece)]
                if any(dictionary.resolve(piece) is not None for piece in pieces):
                    out.extend(pieces)
                    continue
            out.append(part)
    return out


def said_as_is(name: str) -> bool:
    """True when ``name`` comes out of :func:`split_answer` as one unchanged phrase (no separator,
    no surrounding punctuation, nothing NFKC changes): a list of such names joined with 、 splits
    back into exactly that list.

    >>> said_as_is("香蕉皮"), said_as_is("纸/塑料")
    (True, False)
    """
    folded = unicodedata.normalize("NFKC", name)
    return folded == name and not _SEPARATORS.search(name) and name.strip(_PUNCTUATION) == name and bool(name)


def judge_items(
    text: str,
    category: Category | None,
    dictionary: ItemDictionary,
    region: str | None = None,
    needed: int = 1,
    parts: Sequence[str] | None = None,
) -> NamingVerdict:
    """Judge ``text`` as an answer to "name ``needed`` items of ``category``".

    Args:
        text: what the player said or typed.
        category: the bin the square asks for (None: items of any bin count).
        dictionary: the item dictionary.
        region: the region key whose sorting rules apply (national when None).
        needed: how many different items pass.
        parts: ``text`` already split (a computer's answer built from names for which
            :func:`said_as_is` holds); None splits ``text`` with :func:`split_answer`.
    """
    counted: list[str] = []
    wrong: list[WrongBin] = []
    unknown: list[str] = []
    repeated: list[str] = []
    seen_items: set[str] = set()
    seen_unknown: set[str] = set()
    unclear: list[Unclear] = []
    for part in split_answer(text, dictionary) if parts is None else parts:
        said = part.strip()
        found = dictionary.resolve(part)
        if isinstance(found, GenericItem):
            if found.name not in seen_items:
                seen_items.add(found.name)
                counting = tuple(
                    kind.name
                    for kind in dictionary.kinds_of(found)
                    if category is None or category in kind.accepted_in(region)
                )
                unclear.append(Unclear(said, found.name, counting, found.reason))
            continue
        item: Item | None = found
        if item is None:
            key = normalise(part)
            if key not in seen_unknown:
                seen_unknown.add(key)
                unknown.append(said)
            continue
        if item.name in seen_items:
            repeated.append(said)
            continue
        seen_items.add(item.name)
        belongs = item.category_in(region)
        if category is None or category in item.accepted_in(region):
            counted.append(item.name)
        else:
            wrong.append(WrongBin(said, item.name, belongs, item.reason))
    return NamingVerdict(
        category, needed, tuple(counted), tuple(wrong), tuple(unknown), tuple(repeated), tuple(unclear)
    )
