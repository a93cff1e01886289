"""Spreadsheet values the way volunteers write them, read both ways (bins, types, yes/no, lists).

The columns are :mod:`~game.volunteer.csv_columns`, a row becomes a positioned mapping in
:mod:`~game.volunteer.csv_rows`, and models become cells in :mod:`~game.volunteer.csv_cells`.

One row per question (or item). The header row names the columns in Chinese (English accepted,
and a few common variants); options have a column each; tags and aliases share one cell,
separated by commas; an item's regional rules share one cell as ``深圳=厨余垃圾；广州=其他垃圾``.

Values are written the way volunteers say them (厨余垃圾, 选择题, 对/错, 上海) and read back from
those, from the file keys (``kitchen``, ``choice``, ``true``, ``shanghai``), from Shanghai's names
(湿垃圾 / 干垃圾) and from common variants (是/否, 正确/错误, √/×). A cell that cannot be read is a
:class:`~game.errors.Problem` at its row and column; everything else is checked by the same code
the YAML loader uses (:func:`game.content.build.build_question`).

>>> vocab = Vocabulary()
>>> vocab.category("湿垃圾"), vocab.category("Kitchen waste"), vocab.category("厨")
(<Category.KITCHEN: 'kitchen'>, <Category.KITCHEN: 'kitchen'>, None)
>>> parse_bool("√"), parse_bool("错误"), parse_bool("也许")
(True, False, None)
>>> split_list("电池，含汞、 易错,"), parse_difficulty("2.0")
(['电池', '含汞', '易错'], 2)
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from game.categories import CATEGORY_ORDER, Category
from game.content.models import (
    REGION_NATIONAL,
    QuestionType,
    Region,
)
from game.content.schemas import QUESTION_TYPE_WORDS
from game.errors import Text

Kind = Literal["questions", "items"]

#: Characters that separate the entries of a list cell (tags, aliases).
LIST_SEPARATORS = ",，、;；\n"
#: Characters that separate the region rules of an item (``深圳=厨余垃圾；广州=其他垃圾``).
PAIR_SEPARATORS = ";；,，、\n"
#: Characters between a region and its category in one rule.
PAIR_EQUALS = "=＝:："
LIST_SPLIT = re.compile("[" + re.escape(LIST_SEPARATORS) + "]")
PAIR_SPLIT = re.compile("[" + re.escape(PAIR_SEPARATORS) + "]")
PAIR_EQUALS_SPLIT = re.compile("[" + re.escape(PAIR_EQUALS) + "]")
#: Between the bins of a disputed rule (``深圳=其他垃圾/厨余垃圾``).
DISPUTED_SPLIT = re.compile(r"\s*(?:/|／|或|\|)\s*")

TYPE_NAMES: dict[QuestionType, str] = {
    QuestionType.CLASSIFY: "分类题",
    QuestionType.CHOICE: "选择题",
    QuestionType.TRUEFALSE: "判断题",
}
_TYPE_WORDS: dict[str, QuestionType] = {
    **{t.value: t for t in QuestionType},
    **{word: QuestionType(key) for word, key in QUESTION_TYPE_WORDS.items()},
}
_TRUE_WORDS = ("对", "是", "正确", "true", "√", "✓", "✔", "yes", "y")
_FALSE_WORDS = ("错", "否", "错误", "不对", "false", "×", "✗", "✘", "x", "no", "n")
# Names in use before or beside the national standard (Shanghai's 湿垃圾/干垃圾 and others).
#: Other names city lists and volunteers write for the bins (short forms, 其它 for 其他).
_CATEGORY_VARIANTS = {
    "湿垃圾": Category.KITCHEN,
    "厨余": Category.KITCHEN,
    "餐厨垃圾": Category.KITCHEN,
    "厨房垃圾": Category.KITCHEN,
    "易腐垃圾": Category.KITCHEN,
    "干垃圾": Category.OTHER,
    "其他": Category.OTHER,
    "其它": Category.OTHER,
    "其它垃圾": Category.OTHER,
    "可回收垃圾": Category.RECYCLABLE,
    "可回收": Category.RECYCLABLE,
    "可回收物品": Category.RECYCLABLE,
    "有害": Category.HAZARDOUS,
    "有毒有害垃圾": Category.HAZARDOUS,
}
_DIFFICULTY_WORDS = {"简单": 1, "容易": 1, "中等": 2, "一般": 2, "困难": 3, "难": 3}


def fold(text: str) -> str:
    """Fold full-width forms, case and spaces, for comparing what volunteers type.

    >>> fold(" Ｔｒｕｅ "), fold("选项 1")
    ('true', '选项1')
    """
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def parse_bool(text: str) -> bool | None:
    """对/错, 是/否, 正确/错误, true/false, √/×; None when the text is none of them."""
    word = fold(text)
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    return None


def parse_type(text: str) -> QuestionType | None:
    """分类题/选择题/判断题, the keys, and a few variants (单选题, 是非题 …).

    >>> parse_type("选择题"), parse_type("TrueFalse"), parse_type("问答题")
    (<QuestionType.CHOICE: 'choice'>, <QuestionType.TRUEFALSE: 'truefalse'>, None)
    """
    return _TYPE_WORDS.get(fold(text))


def parse_difficulty(text: str) -> int | str:
    """``1``, ``1.0``, ``１`` → 1 (简单/中等/困难 too); anything else comes back unchanged for the checker."""
    word = fold(text)
    if word in _DIFFICULTY_WORDS:
        return _DIFFICULTY_WORDS[word]
    try:
        number = float(word)
    except ValueError:
        return text
    if math.isfinite(number) and number.is_integer():
        return int(number)
    return text


def split_list(text: str) -> list[str]:
    """The entries of a list cell, split at commas (，, 、 ;) or line breaks, empty ones dropped."""
    return [part.strip() for part in LIST_SPLIT.split(text) if part.strip()]


class Vocabulary:
    """The names volunteers use for categories and regions, both ways.

    Built from the region profiles: every region's names for the four bins are accepted
    (湿垃圾/干垃圾 from Shanghai), as are the keys and the English names.

    >>> shanghai = Region("shanghai", "上海", ("湿垃圾", "可回收物", "有害垃圾", "干垃圾"), "Shanghai")
    >>> vocab = Vocabulary([REGION_NATIONAL, shanghai])
    >>> vocab.region("上海"), vocab.region("Shanghai"), vocab.region_name("shanghai"), vocab.region("杭州")
    ('shanghai', 'shanghai', '上海', None)
    """

    def __init__(self, regions: Iterable[Region] = ()) -> None:
        self.regions: tuple[Region, ...] = tuple(regions) or (REGION_NATIONAL,)
        self._categories: dict[str, Category] = {}
        for category in CATEGORY_ORDER:
            for word in (category.value, category.national_name, category.english_name):
                self._categories.setdefault(fold(word), category)
        for region in self.regions:
            for category in CATEGORY_ORDER:
                self._categories.setdefault(fold(region.category_name(category)), category)
        for word, category in _CATEGORY_VARIANTS.items():
            self._categories.setdefault(fold(word), category)
        self._regions: dict[str, str] = {}
        for region in self.regions:
            self._regions.setdefault(fold(region.key), region.key)
        for region in self.regions:
            for word in (region.name, region.name_en):
                if word:
                    self._regions.setdefault(fold(word), region.key)
        self._region_names = {region.key: region.name for region in self.regions}

    def category(self, text: str) -> Category | None:
        """The category ``text`` names, or None."""
        return self._categories.get(fold(text))

    def region(self, text: str) -> str | None:
        """The region key ``text`` names (a key, a Chinese or an English name), or None."""
        return self._regions.get(fold(text))

    @functools.cached_property
    def region_starts(self) -> re.Pattern[str]:
        """Where a ``地区=`` entry starts in a cell of per-region texts (a region word, then =)."""
        words = [word for region in self.regions for word in (region.key, region.name, region.name_en) if word]
        names = sorted(words, key=len, reverse=True)
        return re.compile(
            r"(?:^|[" + re.escape(PAIR_SEPARATORS) + r"])\s*(" + "|".join(re.escape(n) for n in names) + r")\s*[=＝]",
            re.IGNORECASE,
        )

    def region_name(self, key: str) -> str:
        """The Chinese name of region ``key`` (the key itself when the region is unknown)."""
        name = self._region_names.get(key)
        return name if name and self.region(name) == key else key

    @property
    def category_choices(self) -> str:
        """The national names, for messages."""
        return " / ".join(c.national_name for c in CATEGORY_ORDER)

    @property
    def region_choices(self) -> Text:
        """The known regions, for messages."""
        return Text("、".join(r.name for r in self.regions), ", ".join(f"{r.key} ({r.name})" for r in self.regions))
