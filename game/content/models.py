"""Immutable, typed models of boards, questions, items and regions.

The loader (:mod:`game.content.loader`) builds these from validated YAML; the engine reads them.
Nothing here does I/O.

>>> Effect(move=2).describe("zh"), Effect().is_empty
('前进 2 格', True)
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from game.categories import CATEGORY_ORDER, Category
from game.errors import Lang


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a model came from: a content file and a 1-based line and column."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NO_ORIGIN = Origin("<code>", 0, 0)


class FinishRule(StrEnum):
    """What happens when a roll would take a token past the finish square."""

    EXACT = "exact"  #: the token stays where it was unless the roll lands exactly
    BOUNCE = "bounce"  #: the token reaches the finish and walks back the steps left over
    PASS = "pass"  #: reaching or passing the finish wins


class SquareKind(StrEnum):
    """What a square does when a token stops on it."""

    PLAIN = "plain"
    TIP = "tip"
    QUESTION = "question"
    NAME_ITEMS = "name_items"
    JUMP = "jump"
    SKIP = "skip"
    ROLL_AGAIN = "roll_again"


class QuestionType(StrEnum):
    """The three kinds of question."""

    CLASSIFY = "classify"  #: which bin does this item go in?
    CHOICE = "choice"  #: pick the one right option out of 2-4
    TRUEFALSE = "truefalse"  #: is this statement right?


@dataclass(frozen=True, slots=True)
class Effect:
    """What an answer does to the player: move (negative = back), skip turns, roll again."""

    move: int = 0
    skip: int = 0
    roll_again: bool = False

    @property
    def is_empty(self) -> bool:
        """True when the effect does nothing."""
        return self.move == 0 and self.skip == 0 and not self.roll_again

    def describe(self, lang: Lang = "zh") -> str:
        """A short phrase for players, e.g. ``前进 2 格`` / ``forward 2``."""
        parts: list[str] = []
        if self.move > 0:
            parts.append(f"前进 {self.move} 格" if lang == "zh" else f"forward {self.move}")
        elif self.move < 0:
            parts.append(f"后退 {-self.move} 格" if lang == "zh" else f"back {-self.move}")
        if self.skip:
            parts.append(f"暂停 {self.skip} 轮" if lang == "zh" else f"miss {self.skip} turn(s)")
        if self.roll_again:
            parts.append("再掷一次" if lang == "zh" else "roll again")
        if not parts:
            return "原地不动" if lang == "zh" else "no change"
        return "，".join(parts) if lang == "zh" else ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Rules:
    """The rules of one board."""

    dice: int = 6
    finish: FinishRule = FinishRule.BOUNCE
    min_players: int = 1
    max_players: int = 6
    right: Effect = Effect()
    wrong: Effect = Effect()


@dataclass(frozen=True, slots=True)
class Square:
    """One square. ``right``/``wrong`` already include the board's defaults."""

    number: int
    kind: SquareKind = SquareKind.PLAIN
    text: str = ""
    text_en: str = ""
    category: Category | None = None
    types: tuple[QuestionType, ...] = ()
    count: int = 0
    to: int | None = None
    turns: int = 0
    right: Effect = Effect()
    wrong: Effect = Effect()
    origin: Origin = field(default=NO_ORIGIN, compare=False, repr=False)

    def text_in(self, lang: Lang) -> str:
        """The square's text in ``lang`` (Chinese when no English is given)."""
        return self.text_en if lang == "en" and self.text_en else self.text


@dataclass(frozen=True, slots=True)
class Board:
    """A track of ``size`` steps: square 0 is the start, square ``size`` the finish.

    ``squares[n]`` is square ``n`` for every ``n`` in ``0..size``.
    """

    name: str
    size: int
    rules: Rules
    squares: tuple[Square, ...]
    name_en: str = ""
    source: str = ""
    origin: Origin = field(default=NO_ORIGIN, compare=False, repr=False)

    @property
    def finish(self) -> int:
        """The number of the finish square."""
        return self.size

    def name_in(self, lang: Lang) -> str:
        """The board's name in ``lang``."""
        return self.name_en if lang == "en" and self.name_en else self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionBase:
    """Fields every question has. Answers are given as a choice number ``0..n_choices-1``."""

    id: str
    explain: str
    difficulty: int
    tags: tuple[str, ...] = ()
    region: str | None = None
    text: str = ""
    text_en: str = ""
    explain_en: str = ""
    origin: Origin = field(default=NO_ORIGIN, compare=False, repr=False)

    type: ClassVar[QuestionType]

    def explain_in(self, lang: Lang) -> str:
        """The explanation in ``lang`` (Chinese when no English is given)."""
        return self.explain_en if lang == "en" and self.explain_en else self.explain


@dataclass(frozen=True, slots=True, kw_only=True)
class ClassifyQuestion(QuestionBase):
    """Which bin does ``item`` go in? The choices are the four bins in :data:`CATEGORY_ORDER`.

    >>> q = ClassifyQuestion(id="q", item="香蕉皮", answer=Category.KITCHEN, explain="…",
    ...                      difficulty=1)
    >>> q.prompt("zh"), q.correct_choice
    ('「香蕉皮」应该投进哪个垃圾桶？', 0)
    """

    item: str
    answer: Category
    type: ClassVar[QuestionType] = QuestionType.CLASSIFY

    @property
    def category(self) -> Category:
        """The category the question teaches."""
        return self.answer

    @property
    def n_choices(self) -> int:
        """How many choices a player picks from."""
        return len(CATEGORY_ORDER)

    @property
    def correct_choice(self) -> int:
        """The number of the right choice."""
        return CATEGORY_ORDER.index(self.answer)

    def prompt(self, lang: Lang) -> str:
        """The question as players see it."""
        if lang == "en":
            return self.text_en or f"Which bin does “{self.item}” go in?"
        return self.text or f"「{self.item}」应该投进哪个垃圾桶？"


@functools.lru_cache(maxsize=4096)
def choice_order(question_id: str, count: int) -> tuple[int, ...]:
    """The order in which a choice question's ``count`` options are shown: fixed for the
    question's id, the same in every game, front end and printed card, and not the file's order
    (authors tend to write the right answer first: 171 of the first 210 did).

    >>> sorted(choice_order("r-choice-newspaper", 4)), choice_order("q", 3) == choice_order("q", 3)
    ([0, 1, 2, 3], True)
    """

    def rank(index: int) -> bytes:
        return hashlib.sha256(f"{question_id}\x00{index}".encode()).digest()

    return tuple(sorted(range(count), key=rank))


@dataclass(frozen=True, slots=True, kw_only=True)
class ChoiceQuestion(QuestionBase):
    """Pick the one right option (2-4 options). ``options`` and ``answer_index`` are in the
    file's order; players see :attr:`shown`, and choice numbers count in that order.

    >>> q = ChoiceQuestion(id="q", category=Category.OTHER, options=("纸巾", "报纸", "电池"), answer_index=0,
    ...                    explain="…", difficulty=1, text="哪个是其他垃圾？")
    >>> q.shown[q.correct_choice]
    '纸巾'
    """

    category: Category
    options: tuple[str, ...]
    answer_index: int
    type: ClassVar[QuestionType] = QuestionType.CHOICE

    @property
    def n_choices(self) -> int:
        """How many choices a player picks from."""
        return len(self.options)

    @property
    def shown(self) -> tuple[str, ...]:
        """The options in the order players see them (see :func:`choice_order`)."""
        return tuple(self.options[i] for i in choice_order(self.id, len(self.options)))

    @property
    def correct_choice(self) -> int:
        """The number of the right choice, as shown."""
        return choice_order(self.id, len(self.options)).index(self.answer_index)

    def prompt(self, lang: Lang) -> str:
        """The question as players see it."""
        return self.text_en if lang == "en" and self.text_en else self.text


@dataclass(frozen=True, slots=True, kw_only=True)
class TrueFalseQuestion(QuestionBase):
    """Is the statement right? Choice 0 is "true" (对), choice 1 is "false" (错)."""

    category: Category
    answer: bool
    type: ClassVar[QuestionType] = QuestionType.TRUEFALSE

    @property
    def n_choices(self) -> int:
        """How many choices a player picks from."""
        return 2

    @property
    def correct_choice(self) -> int:
        """The number of the right choice."""
        return 0 if self.answer else 1

    def prompt(self, lang: Lang) -> str:
        """The question as players see it."""
        return self.text_en if lang == "en" and self.text_en else self.text


Question = ClassifyQuestion | ChoiceQuestion | TrueFalseQuestion


@dataclass(frozen=True, slots=True)
class RegionalRule:
    """How one region sorts an item, and the document that says so.

    ``accepted`` holds every bin that counts there: one bin for a settled rule, two or more when
    the sources disagree (the item is *disputed* there and either answer is right). The first is
    the one taught.

    >>> rule = RegionalRule("shenzhen", (Category.OTHER, Category.KITCHEN), "深圳市分类指引（2020）")
    >>> rule.category, rule.disputed
    (<Category.OTHER: 'other'>, True)
    """

    region: str
    accepted: tuple[Category, ...]
    source: str
    note: str = ""

    @property
    def category(self) -> Category:
        """The bin taught in the region (the first accepted one)."""
        return self.accepted[0]

    @property
    def disputed(self) -> bool:
        """True when the sources for this region disagree, so more than one bin counts."""
        return len(self.accepted) > 1


@dataclass(frozen=True, slots=True)
class Item:
    """An entry of the item dictionary.

    ``category`` is the national rule; ``overrides`` the regions that differ or are disputed.

    >>> big_bone = Item("大骨头", (), Category.OTHER, "太硬。",
    ...                 overrides=(RegionalRule("shenzhen", (Category.OTHER, Category.KITCHEN), "指引"),))
    >>> big_bone.category_in("shenzhen"), big_bone.accepted_in("shenzhen"), big_bone.disputed
    (<Category.OTHER: 'other'>, (<Category.OTHER: 'other'>, <Category.KITCHEN: 'kitchen'>), True)
    """

    name: str
    aliases: tuple[str, ...]
    category: Category
    reason: str
    en: str = ""
    overrides: tuple[RegionalRule, ...] = ()
    origin: Origin = field(default=NO_ORIGIN, compare=False, repr=False)
    picture: str = ""  #: a picture's file name without .svg (:data:`PICTURES_FOLDER`); "" for none

    def rule_in(self, region: str | None) -> RegionalRule | None:
        """The region's own rule for the item; else the national one (where the national sources
        disagree, a region without a rule of its own inherits the dispute); else None."""
        national = None
        for rule in self.overrides:
            if rule.region == region:
                return rule
            if rule.region == "national":
                national = rule
        return national

    def category_in(self, region: str | None) -> Category:
        """The bin taught in ``region`` (the national one when no override applies)."""
        rule = self.rule_in(region)
        return rule.category if rule is not None else self.category

    def accepted_in(self, region: str | None) -> tuple[Category, ...]:
        """Every bin that counts as right in ``region`` (more than one where it is disputed)."""
        rule = self.rule_in(region)
        return rule.accepted if rule is not None else (self.category,)

    @property
    def disputed(self) -> bool:
        """True when some region sorts the item differently, or its sources disagree."""
        return any(rule.disputed or rule.category is not self.category for rule in self.overrides)


#: Item pictures live in this folder: the bundled one under assets/, a volunteer's next to their items file.
PICTURES_FOLDER = "pictures"


@dataclass(frozen=True, slots=True)
class GenericItem:
    """A word whose bin depends on the kind (电池, 骨头, 灯泡): it lists the kinds to choose from.

    ``kinds`` are names of dictionary items; ``reason`` tells how to tell them apart.

    >>> battery = GenericItem("电池", ("battery",), ("普通干电池", "充电电池"), "要看是哪种电池。")
    >>> battery.kinds
    ('普通干电池', '充电电池')
    """

    name: str
    aliases: tuple[str, ...]
    kinds: tuple[str, ...]
    reason: str
    en: str = ""
    origin: Origin = field(default=NO_ORIGIN, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Region:
    """A region profile: what players there call the four bins.

    >>> REGION_NATIONAL.category_name(Category.OTHER)
    '其他垃圾'
    """

    key: str
    name: str
    category_names: tuple[str, str, str, str]
    name_en: str = ""
    source: str = ""
    origin: Origin = field(default=NO_ORIGIN, compare=False, repr=False)

    def name_in(self, lang: Lang) -> str:
        """The region's name in ``lang`` (its Chinese name when it has no English one)."""
        return self.name_en if lang == "en" and self.name_en else self.name

    def category_name(self, category: Category, lang: Lang = "zh") -> str:
        """The bin's name in this region (its English name with ``lang="en"``)."""
        if lang == "en":
            return category.english_name
        return self.category_names[CATEGORY_ORDER.index(category)]

    def localise(self, text: str) -> str:
        """``text`` with the national bin names replaced by this region's (Shanghai: 湿垃圾, 干垃圾).

        >>> shanghai = Region("shanghai", "上海", ("湿垃圾", "可回收物", "有害垃圾", "干垃圾"))
        >>> shanghai.localise("果皮是厨余垃圾，纸巾是其他垃圾。")
        '果皮是湿垃圾，纸巾是干垃圾。'
        >>> shanghai.localise("按国家标准，烂菜叶是厨余垃圾。在上海，厨余垃圾叫湿垃圾。纸巾是其他垃圾。")
        '按国家标准，烂菜叶是厨余垃圾。在上海，厨余垃圾叫湿垃圾。纸巾是干垃圾。'
        >>> shanghai.localise("其他垃圾桶在北京、广州是灰色的。")   # about other cities: their names stay
        '其他垃圾桶在北京、广州是灰色的。'
        """
        renames = [
            (category.national_name, local)
            for category, local in zip(CATEGORY_ORDER, self.category_names, strict=True)
            if local != category.national_name
        ]
        if not renames:
            return text
        out = []
        for sentence in _SENTENCE_END.split(text):
            # A sentence about the names themselves keeps them: one that cites the national standard,
            # or one that already uses a local name (在上海，厨余垃圾被叫做“湿垃圾”).
            if (
                "国家标准" not in sentence
                and not any(local in sentence for _, local in renames)
                and not any(city in sentence for city in _CITIES if city not in self.name)
            ):
                for national, local in renames:
                    sentence = sentence.replace(national, local)
            out.append(sentence)
        return "".join(out)


#: Places a sentence may be about: one about another city keeps the national names (在北京、广州，其他垃圾
#:桶是灰色的), since the local names are this region's alone.
_CITIES = (
    "北京",
    "上海",
    "广州",
    "深圳",
    "呼和浩特",
    "杭州",
    "南京",
    "厦门",
    "宁波",
    "苏州",
    "成都",
    "大连",
    "各地",
    "其他城市",
)

#: Where one sentence ends and the next begins (the end mark stays with its sentence).
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


def category_names(names: dict[Category, str]) -> tuple[str, str, str, str]:
    """The four names in :data:`CATEGORY_ORDER`, as :class:`Region` stores them."""
    kitchen, recyclable, hazardous, other = (names[c] for c in CATEGORY_ORDER)
    return (kitchen, recyclable, hazardous, other)


REGION_NATIONAL = Region(
    "national",
    "全国",
    category_names({c: c.national_name for c in CATEGORY_ORDER}),
    "National",
    "GB/T 19095-2019",
)
