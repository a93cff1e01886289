"""Checks across files: unique ids and names, references, and content that must agree."""

from __future__ import annotations

from collections.abc import Sequence

from game.categories import Category
from game.content.dictionary import ItemDictionary, normalise
from game.content.models import (
    Board,
    ClassifyQuestion,
    Item,
    Origin,
    Question,
    Region,
    SquareKind,
)
from game.errors import Problem, Severity, Text


def _at(origin: Origin, what: Text, fix: Text, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(origin.file, origin.line, origin.column, what, fix, severity)


def check_unique_questions(questions: Sequence[Question]) -> list[Problem]:
    """Every question id is used once."""
    problems = []
    first: dict[str, Question] = {}
    for question in questions:
        seen = first.setdefault(question.id, question)
        if seen is not question:
            problems.append(
                _at(
                    question.origin,
                    Text(
                        f"题目编号 “{question.id}” 已经用过了（{seen.origin}）",
                        f"question id '{question.id}' is already used ({seen.origin})",
                    ),
                    Text("给这道题换一个没用过的编号", "give this question an id of its own"),
                )
            )
    return problems


def check_unique_items(items: Sequence[Item]) -> list[Problem]:
    """Every item name and alias names one item only."""
    problems = []
    owner: dict[str, Item] = {}
    for item in items:
        for name in dict.fromkeys((item.name, *item.aliases)):
            key = normalise(name)
            seen = owner.setdefault(key, item)
            if seen is item:
                continue
            same = seen.category == item.category
            problems.append(
                _at(
                    item.origin,
                    Text(
                        f"“{name}” 已经是物品「{seen.name}」的名字或别名（{seen.origin}）",
                        f"'{name}' already names the item '{seen.name}' ({seen.origin})",
                    ),
                    Text(
                        "合并这两个物品" if same else "删掉其中一处：一个名字只能属于一个物品",
                        "merge the two items" if same else "remove one: a name belongs to one item",
                    ),
                )
            )
    return problems


def check_regions(
    regions: Sequence[Region], items: Sequence[Item], questions: Sequence[Question], regions_given: bool
) -> list[Problem]:
    """Region keys used by items and questions exist; ``national`` exists."""
    problems = []
    keys = {region.key for region in regions}
    if regions_given and "national" not in keys and regions:
        problems.append(
            _at(
                regions[0].origin,
                Text("缺少全国标准 “national”", "the 'national' region is missing"),
                Text("加上 national：全国标准是默认地区", "add 'national': it is the default"),
            )
        )
    listed = "、".join(sorted(keys))
    for item in items:
        for key, _ in item.overrides:
            if key not in keys:
                problems.append(
                    _at(
                        item.origin,
                        Text(
                            f"物品「{item.name}」用到了未知地区 “{key}”",
                            f"item '{item.name}' names an unknown region '{key}'",
                        ),
                        Text(f"可用的地区：{listed}", f"known regions: {', '.join(sorted(keys))}"),
                    )
                )
    for question in questions:
        if question.region is not None and question.region not in keys:
            problems.append(
                _at(
                    question.origin,
                    Text(
                        f"题目 “{question.id}” 用到了未知地区 “{question.region}”",
                        f"question '{question.id}' names an unknown region '{question.region}'",
                    ),
                    Text(f"可用的地区：{listed}", f"known regions: {', '.join(sorted(keys))}"),
                )
            )
    return problems


def check_classify_answers(questions: Sequence[Question], dictionary: ItemDictionary) -> list[Problem]:
    """A classify answer agrees with the item dictionary (in the question's region)."""
    problems = []
    for question in questions:
        if not isinstance(question, ClassifyQuestion):
            continue
        item = dictionary.exact(question.item)
        if item is None:
            problems.append(
                _at(
                    question.origin,
                    Text(f"物品词典里没有「{question.item}」", f"'{question.item}' is not in the item dictionary"),
                    Text(
                        "把它加进物品词典，玩家说出它时才能判断",
                        "add it to the item dictionary so open answers can be judged",
                    ),
                    Severity.WARNING,
                )
            )
            continue
        expected = item.category_in(question.region)
        if expected is not question.answer:
            where = f"（{question.region}）" if question.region else ""
            problems.append(
                _at(
                    question.origin,
                    Text(
                        f"题目 “{question.id}” 的答案是 {question.answer.value}，但物品词典{where}把"
                        f"「{item.name}」归为 {expected.value}（{item.origin}）",
                        f"question '{question.id}' answers {question.answer.value}, but the item "
                        f"dictionary puts '{item.name}' in {expected.value} ({item.origin})",
                    ),
                    Text("改正答案或词典，两处要一致", "correct the answer or the dictionary so they agree"),
                )
            )
    return problems


def check_board_coverage(board: Board, questions: Sequence[Question], dictionary: ItemDictionary) -> list[Problem]:
    """Every question square can draw a question; every name-items square can be answered."""
    problems = []
    by_category: dict[Category, int] = {}
    for item in dictionary:
        by_category[item.category] = by_category.get(item.category, 0) + 1
    for square in board.squares:
        if square.kind is SquareKind.QUESTION:
            matching = sum(
                1
                for q in questions
                if (square.category is None or q.category is square.category)
                and (not square.types or q.type in square.types)
            )
            if matching == 0:
                wanted = square.category.value if square.category else "any"
                problems.append(
                    _at(
                        square.origin,
                        Text(
                            f"第 {square.number} 格要出 {wanted} 类的题，但题库里一道也没有",
                            f"square {square.number} asks a {wanted} question, but the bank has none",
                        ),
                        Text(
                            "给题库加上这类题目，或改动这个格子的 “category”/“types”",
                            "add such questions, or change the square's 'category'/'types'",
                        ),
                    )
                )
        elif square.kind is SquareKind.NAME_ITEMS and square.category is not None:
            known = by_category.get(square.category, 0)
            if known < square.count:
                problems.append(
                    _at(
                        square.origin,
                        Text(
                            f"第 {square.number} 格要说出 {square.count} 个 {square.category.value}，"
                            f"但物品词典里只有 {known} 个",
                            f"square {square.number} asks for {square.count} {square.category.value} "
                            f"items, but the dictionary knows {known}",
                        ),
                        Text(
                            "往物品词典里加这一类的物品，否则无法判断答案",
                            "add items of that category to the dictionary so answers can be judged",
                        ),
                    )
                )
    return problems
