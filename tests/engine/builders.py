"""Boards, questions, dictionaries and content built in code, for engine and analysis tests.

Tests build their own content so that they never depend on the bundled files, which volunteers
keep editing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from game.categories import Category
from game.content.dictionary import ItemDictionary
from game.content.loader import Content
from game.content.models import (
    REGION_NATIONAL,
    Board,
    ChoiceQuestion,
    ClassifyQuestion,
    Effect,
    FinishRule,
    Item,
    Question,
    QuestionType,
    Region,
    RegionalRule,
    Rules,
    Square,
    SquareKind,
    TrueFalseQuestion,
    category_names,
)
from game.engine.rng import Pcg32

K, R, H, OTHER = Category.KITCHEN, Category.RECYCLABLE, Category.HAZARDOUS, Category.OTHER
NO_EFFECT = Effect()

SHANGHAI = Region(
    "shanghai",
    "上海",
    category_names({K: "湿垃圾", R: "可回收物", H: "有害垃圾", OTHER: "干垃圾"}),
    "Shanghai",
)
SHENZHEN = Region("shenzhen", "深圳", REGION_NATIONAL.category_names, "Shenzhen")

ITEMS: tuple[Item, ...] = (
    Item("香蕉皮", ("香蕉皮儿", "香蕉皮子"), K, "果皮易腐烂。", "banana peel"),
    Item("苹果核", ("苹果芯",), K, "果核易腐烂。", "apple core"),
    Item("剩饭", ("剩米饭",), K, "食物残渣会腐烂。"),
    Item("菜叶", (), K, "蔬菜会腐烂。"),
    Item("旧报纸", ("报纸",), R, "纸张可以再造。", "newspaper"),
    Item("塑料瓶", ("矿泉水瓶", "饮料瓶"), R, "塑料可以再生。"),
    Item("易拉罐", (), R, "金属可以回炉。"),
    Item("纽扣电池", (), H, "含重金属。"),
    Item("过期药品", ("过期药",), H, "药品污染环境。"),
    Item("纸巾", ("用过的纸巾",), OTHER, "纤维太短不能再造。"),
    Item("大骨头", ("猪大骨",), OTHER, "太硬难以粉碎。", overrides=(RegionalRule("shenzhen", (K,), "指引"),)),
    Item("陶瓷碗", (), OTHER, "陶瓷不能回收。"),
)


def classify(qid: str, item: str, answer: Category, difficulty: int = 1, region: str | None = None) -> ClassifyQuestion:
    """A classify question."""
    return ClassifyQuestion(
        id=qid, item=item, answer=answer, explain=f"{item}的解释。", difficulty=difficulty, region=region
    )


def choice(qid: str, category: Category, options: tuple[str, ...], answer: int, difficulty: int = 1) -> ChoiceQuestion:
    """A choice question."""
    return ChoiceQuestion(
        id=qid,
        category=category,
        text=f"{qid}？",
        options=options,
        answer_index=answer,
        explain=f"{qid} 的解释。",
        difficulty=difficulty,
    )


def truefalse(
    qid: str, category: Category, answer: bool, difficulty: int = 1, region: str | None = None
) -> TrueFalseQuestion:
    """A true/false question."""
    return TrueFalseQuestion(
        id=qid,
        category=category,
        text=f"{qid}。",
        answer=answer,
        explain=f"{qid} 的解释。",
        difficulty=difficulty,
        region=region,
    )


QUESTIONS: tuple[Question, ...] = (
    classify("k1", "香蕉皮", K),
    classify("k2", "苹果核", K, 2),
    truefalse("k3", K, True),
    choice("k4", K, ("剩饭", "旧报纸", "纽扣电池"), 0, 3),
    classify("r1", "旧报纸", R),
    truefalse("r2", R, False, 2),
    choice("h1", H, ("纽扣电池", "菜叶"), 0),
    truefalse("h2", H, True, 3),
    classify("o1", "纸巾", OTHER),
    classify("o2", "大骨头", OTHER, 2),
    truefalse("sh1", OTHER, True, 1, region="shanghai"),
)


def square(number: int, kind: SquareKind | str = SquareKind.PLAIN, **fields: Any) -> Square:
    """A square; ``kind`` may be given by its value."""
    if "types" in fields:
        fields["types"] = tuple(QuestionType(t) for t in fields["types"])
    if "category" in fields and isinstance(fields["category"], str):
        fields["category"] = Category(fields["category"])
    return Square(number, SquareKind(kind), **fields)


def board(
    size: int = 20,
    squares: Mapping[int, Square | Mapping[str, Any]] | None = None,
    *,
    dice: int = 6,
    finish: FinishRule | str = FinishRule.BOUNCE,
    right: Effect = NO_EFFECT,
    wrong: Effect = NO_EFFECT,
    players: tuple[int, int] = (1, 6),
    name: str = "测试棋盘",
) -> Board:
    """A board of ``size`` steps; ``squares`` maps numbers to squares or to ``square()`` keywords.

    Question and name-items squares get the board's ``right``/``wrong`` unless they give their own,
    as the loader does.
    """
    track: list[Square] = []
    given = dict(squares or {})
    for n in range(size + 1):
        spec = given.get(n)
        if spec is None:
            track.append(Square(n))
            continue
        if isinstance(spec, Square):
            track.append(spec)
            continue
        fields = dict(spec)
        kind = SquareKind(fields.pop("kind", SquareKind.PLAIN))
        if kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
            fields.setdefault("right", right)
            fields.setdefault("wrong", wrong)
        if kind is SquareKind.SKIP:
            fields.setdefault("turns", 1)
        track.append(square(n, kind, **fields))
    rules = Rules(dice, FinishRule(finish), players[0], players[1], right, wrong)
    return Board(name, size, rules, tuple(track))


def content(
    *boards: Board,
    questions: Iterable[Question] = QUESTIONS,
    items: Iterable[Item] = ITEMS,
    regions: tuple[Region, ...] = (REGION_NATIONAL, SHANGHAI, SHENZHEN),
) -> Content:
    """Content holding ``boards`` (a plain 20-step board when none), questions and items."""
    return Content(tuple(boards) or (board(),), tuple(questions), ItemDictionary(items), regions)


class ScriptedRng(Pcg32):
    """A generator whose die rolls are given (then it carries on as PCG32).

    ``ScriptedRng(rolls=[3, 5])`` makes the next two rolls of a ``sides``-sided die 3 and 5: a
    scripted value is used for a ``below(sides)`` call only, so question draws (decks of other
    sizes) and bots keep drawing from PCG32. Tests keep their decks away from ``sides`` cards.
    """

    __slots__ = ("queue", "sides")

    def __init__(self, seed: int = 0, *, rolls: Iterable[int] = (), sides: int = 6) -> None:
        super().__init__(seed)
        self.sides = sides
        self.queue = list(rolls)

    def push_rolls(self, *values: int) -> None:
        """Script more die rolls."""
        self.queue.extend(values)

    def below(self, n: int) -> int:
        if self.queue and n == self.sides:
            value = self.queue.pop(0)
            assert 1 <= value <= n, f"scripted roll {value} is not on a {n}-sided die"
            return value - 1
        return super().below(n)


CHUTES = {1: 38, 4: 14, 9: 31, 21: 42, 28: 84, 36: 44, 51: 67, 71: 91, 80: 100}
CHUTES.update({16: 6, 47: 26, 49: 11, 56: 53, 62: 19, 64: 60, 87: 24, 93: 73, 95: 75, 98: 78})


def chutes_and_ladders(finish: FinishRule | str = FinishRule.EXACT) -> Board:
    """The classic Milton Bradley board, built in code."""
    return board(
        100,
        {n: {"kind": "jump", "to": to, "text": f"到第{to}格"} for n, to in CHUTES.items()},
        finish=finish,
        name="Chutes and Ladders",
    )
