"""Checks across files: unique ids and names, references, and content that must agree."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from game.categories import Category
from game.content.dictionary import ItemDictionary, normalise
from game.content.models import (
    Board,
    ChoiceQuestion,
    ClassifyQuestion,
    GenericItem,
    Item,
    Origin,
    Question,
    QuestionType,
    Region,
    SquareKind,
    TrueFalseQuestion,
)
from game.content.wording import disputed_names, is_bare_verdict, mentions, overclaim
from game.errors import Problem, Severity, Text

T = TypeVar("T")


def _repeats(things: Sequence[T], key: Callable[[T], str]) -> list[tuple[T, T]]:
    """``(later, first)`` for every thing whose key an earlier thing already has."""
    first: dict[str, T] = {}
    out = []
    for thing in things:
        seen = first.setdefault(key(thing), thing)
        if seen is not thing:
            out.append((thing, seen))
    return out


def check_unique_questions(questions: Sequence[Question]) -> list[Problem]:
    """Every question id is used once."""
    return [
        Problem.at(
            question.origin,
            Text(
                f"题目编号 “{question.id}” 已经用过了（{seen.origin}）",
                f"question id '{question.id}' is already used ({seen.origin})",
            ),
            Text("给这道题换一个没用过的编号", "give this question an id of its own"),
        )
        for question, seen in _repeats(questions, lambda q: q.id)
    ]


def check_unique_items(items: Sequence[Item | GenericItem]) -> list[Problem]:
    """Every item name and alias names one entry only (items and generic words alike)."""
    problems = []
    owner: dict[str, Item | GenericItem] = {}
    for item in items:
        for name in dict.fromkeys((item.name, *item.aliases)):
            key = normalise(name)
            seen = owner.setdefault(key, item)
            if seen is item:
                continue
            same = isinstance(seen, Item) and isinstance(item, Item) and seen.category == item.category
            problems.append(
                Problem.at(
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


def check_generics(generics: Sequence[GenericItem], dictionary: ItemDictionary) -> list[Problem]:
    """Every kind a generic word lists is an item of the dictionary (not another generic word)."""
    problems = []
    for generic in generics:
        for kind in generic.kinds:
            found = dictionary.exact(kind)
            if found is None or found.name != kind:
                hint = (
                    Text(f"写物品的正式名字 “{found.name}”", f"use the item's name '{found.name}'")
                    if found is not None
                    else Text(
                        "先把它加进物品词典，或者从 kinds 里删掉", "add it to the dictionary, or remove it from kinds"
                    )
                )
                problems.append(
                    Problem.at(
                        generic.origin,
                        Text(
                            f"泛指的词「{generic.name}」列出的 “{kind}” 不是词典里的物品名",
                            f"the generic word '{generic.name}' lists '{kind}', which is not an item's name",
                        ),
                        hint,
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
            Problem.at(
                regions[0].origin,
                Text("缺少全国标准 “national”", "the 'national' region is missing"),
                Text("加上 national：全国标准是默认地区", "add 'national': it is the default"),
            )
        )
    listed = "、".join(sorted(keys))
    for item in items:
        for key in (rule.region for rule in item.overrides):
            if key not in keys:
                problems.append(
                    Problem.at(
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
                Problem.at(
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
                Problem.at(
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
                Problem.at(
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
                wanted_zh = f"{square.category.national_name}的题" if square.category else "题"
                wanted_en = f"a {square.category.value} question" if square.category else "a question"
                if square.types:
                    types = [t.value for t in square.types]
                    wanted_zh, wanted_en = f"{wanted_zh}（{'、'.join(types)}）", f"{wanted_en} ({', '.join(types)})"
                problems.append(
                    Problem.at(
                        square.origin,
                        Text(
                            f"第 {square.number} 格要出{wanted_zh}，但题库里一道也没有",
                            f"square {square.number} asks {wanted_en}, but the bank has none",
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
                    Problem.at(
                        square.origin,
                        Text(
                            f"第 {square.number} 格要说出 {square.count} 个{square.category.national_name}，"
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


def _question_key(question: Question, dictionary: ItemDictionary) -> tuple[str, str, str]:
    """Questions with equal keys ask the same thing: same item, or same text and right answer."""
    if isinstance(question, ClassifyQuestion):
        item = dictionary.find(question.item)
        return question.type.value, normalise(item.name if item else question.item), ""
    answer = question.options[question.answer_index] if isinstance(question, ChoiceQuestion) else ""
    return question.type.value, normalise(question.prompt("zh")), normalise(answer)


def check_near_duplicates(questions: Sequence[Question], dictionary: ItemDictionary) -> list[Problem]:
    """Two questions of one type about the same item (classify) or with the same text and answer."""
    problems = []
    first: dict[tuple[str, str, str], Question] = {}
    for question in questions:
        seen = first.setdefault(_question_key(question, dictionary), question)
        if seen is not question and seen.region == question.region:
            problems.append(
                Problem.at(
                    question.origin,
                    Text(
                        f"题目 “{question.id}” 和 “{seen.id}” 几乎一样（{seen.origin}）",
                        f"question '{question.id}' nearly repeats '{seen.id}' ({seen.origin})",
                    ),
                    Text("删掉一道，或改写成问别的东西", "remove one, or make it ask something else"),
                    Severity.WARNING,
                )
            )
    return problems


def check_choice_options(questions: Sequence[Question], dictionary: ItemDictionary) -> list[Problem]:
    """In a choice question, the right option is of the question's bin and no wrong option is."""
    problems = []
    for question in questions:
        if not isinstance(question, ChoiceQuestion):
            continue
        for index, option in enumerate(question.options):
            item = dictionary.find(option)
            if item is None:
                continue
            category = item.category_in(question.region)
            if index == question.answer_index and category is not question.category:
                what = Text(
                    f"题目 “{question.id}” 的答案「{option}」在物品词典里是 {category.value}，"
                    f"不是 {question.category.value}",
                    f"question '{question.id}': the answer '{option}' is {category.value} in the item dictionary, "
                    f"not {question.category.value}",
                )
            elif index != question.answer_index and category is question.category:
                what = Text(
                    f"题目 “{question.id}” 的错误选项「{option}」也是 {category.value}：这道题有两个对的答案",
                    f"question '{question.id}': the wrong option '{option}' is {category.value} too, "
                    "so two options are right",
                )
            else:
                continue
            problems.append(
                Problem.at(
                    question.origin,
                    what,
                    Text("改正选项、答案或词典", "correct the options, the answer or the dictionary"),
                    Severity.WARNING,
                )
            )
    return problems


#: Fewer questions than this in one category and difficulty makes repeats likely in one game.
THIN_LEVEL = 5
#: A question square whose filter matches fewer questions than this repeats them within a game.
THIN_SQUARE = 3


def check_thin_levels(questions: Sequence[Question]) -> list[Problem]:
    """Categories and difficulty levels with too few questions for variety (reported for the bank's folder)."""
    folder = questions[0].origin.file.rpartition("/")[0] if questions else ""
    origin = Origin(folder or "questions", 0, 0)
    counts: dict[tuple[Category, int], int] = {}
    for question in questions:
        key = (question.category, question.difficulty)
        counts[key] = counts.get(key, 0) + 1
    problems = []
    for category in Category:
        for level in (1, 2, 3):
            count = counts.get((category, level), 0)
            if count < THIN_LEVEL:
                problems.append(
                    Problem.at(
                        origin,
                        Text(
                            f"{category.national_name}的难度 {level} 只有 {count} 道题",
                            f"{category.english_name} has only {count} question(s) at difficulty {level}",
                        ),
                        Text(
                            f"至少写 {THIN_LEVEL} 道，玩家才不会老遇到同一道题",
                            f"write at least {THIN_LEVEL} so players do not meet the same ones again and again",
                        ),
                        Severity.WARNING,
                    )
                )
    return problems


def check_thin_squares(board: Board, questions: Sequence[Question]) -> list[Problem]:
    """Question squares whose filter matches so few questions that a game repeats them."""
    problems = []
    for square in board.squares:
        if square.kind is not SquareKind.QUESTION:
            continue
        matching = sum(
            1
            for q in questions
            if (square.category is None or q.category is square.category)
            and (not square.types or q.type in square.types)
        )
        if 0 < matching < THIN_SQUARE:
            problems.append(
                Problem.at(
                    square.origin,
                    Text(
                        f"第 {square.number} 格只能抽到 {matching} 道题",
                        f"square {square.number} can draw only {matching} question(s)",
                    ),
                    Text(
                        "多写几道这类题目，或放宽这个格子的 “category”/“types”",
                        "add questions, or widen the square's filter",
                    ),
                    Severity.WARNING,
                )
            )
    return problems


def check_answer_giveaways(board: Board) -> list[Problem]:
    """A question square that shows a bin and may draw classify questions gives their answer away."""
    problems = []
    for square in board.squares:
        if square.kind is not SquareKind.QUESTION or square.category is None:
            continue
        if square.types and QuestionType.CLASSIFY not in square.types:
            continue
        problems.append(
            Problem.at(
                square.origin,
                Text(
                    f"第 {square.number} 格标着 {square.category.value}，抽到的分类题答案总是它：等于把答案告诉了玩家",
                    f"square {square.number} shows {square.category.value}, so the classify questions it draws "
                    "give their answer away",
                ),
                Text(
                    "加上 “types: [choice, truefalse]”，或去掉 “category” 让它抽各类的分类题",
                    "add 'types: [choice, truefalse]', or drop 'category' so it draws classify questions of every bin",
                ),
                Severity.WARNING,
            )
        )
    return problems


def check_wording(questions: Sequence[Question], items: Sequence[Item]) -> list[Problem]:
    """Explanations say why (not only 对！), and no text claims a rule holds in every city."""
    problems = []
    for question in questions:
        explain = question.explain
        if isinstance(question, TrueFalseQuestion) and all(
            is_bare_verdict(part) for part in re.split(r"(?<=[。！？!?.])", explain) if part.strip()
        ):
            problems.append(
                Problem.at(
                    question.origin,
                    Text(f"题目 “{question.id}” 的解释只说了对错，没有说为什么", f"'{question.id}' explains nothing"),
                    Text("在“对。”或“不对。”后面写上原因", "add the reason after the verdict"),
                )
            )
        for text in (question.prompt("zh"), explain, *getattr(question, "options", ())):
            claim = overclaim(text)
            if claim:
                problems.append(_overclaim(question.origin, claim))
                break
    for item in items:
        claim = overclaim(item.reason)
        if claim:
            problems.append(_overclaim(item.origin, claim))
    return problems


def _overclaim(origin: Origin, claim: str) -> Problem:
    return Problem.at(
        origin,
        Text(f"“{claim}”：各城市的规则并不完全一样", f"'{claim}': cities' rules are not all the same"),
        Text(
            "只写有依据的城市（如“北京、上海等城市”），或者只说原因；城市差别写在物品的 regions 里",
            "name only the cities a source supports, or give just the reason; put city differences in 'regions'",
        ),
        Severity.WARNING,
    )


def check_child_questions(questions: Sequence[Question], dictionary: ItemDictionary) -> list[Problem]:
    """A difficulty-1 (child) question never rests on an item that cities sort differently."""
    disputed = disputed_names(dictionary)
    problems = []
    for question in questions:
        if question.difficulty != 1:
            continue
        found = mentions(question, disputed)
        if found is not None:
            problems.append(
                Problem.at(
                    question.origin,
                    Text(
                        f"难度 1（儿童）的题目 “{question.id}” 用到了各地分法不同的物品「{found}」",
                        f"difficulty-1 (child) question '{question.id}' uses '{found}', which cities sort differently",
                    ),
                    Text("把难度改成 2 或 3，或者换一个各地分法相同的物品", "raise the difficulty, or use other items"),
                )
            )
    return problems


def check_board_names(boards: Sequence[Board]) -> list[Problem]:
    """Two boards with one name: the one loaded last is the one played (a warning, on the later file)."""
    return [
        Problem.at(
            board.origin,
            Text(
                f"棋盘名字「{board.name}」和 {seen.origin.file} 里的棋盘一样；检查、分析和游戏用的是这个文件里的",
                f"the board name '{board.name}' is also used in {seen.origin.file}; checks, analysis and "
                "play use the board in this file",
            ),
            Text("给这个棋盘起一个自己的名字（name:）", "give this board a name of its own (name:)"),
            Severity.WARNING,
        )
        for board, seen in _repeats(boards, lambda b: b.name)
    ]
