"""Models as spreadsheet cells, for export: the same words the import reads back."""

from __future__ import annotations

from collections.abc import Sequence

from game.categories import Category
from game.content.models import (
    ChoiceQuestion,
    ClassifyQuestion,
    GenericItem,
    Item,
    Question,
)
from game.volunteer.csv_columns import QUESTION_COLUMNS
from game.volunteer.csv_values import LIST_SEPARATORS, LIST_SPLIT, TYPE_NAMES, Vocabulary


class ExportError(ValueError):
    """A value cannot be written to a cell without losing something (e.g. a comma inside a tag)."""


def join_list(values: Sequence[str], english: bool, what: str) -> str:
    """Join tags or aliases into one cell; refuse a value that holds a separator.

    >>> join_list(["电池", "含汞"], False, "tags")
    '电池，含汞'
    """
    for value in values:
        if LIST_SPLIT.search(value):
            raise ExportError(f"{what}: {value!r} contains a list separator ({LIST_SEPARATORS!r})")
    return (", " if english else "，").join(values)


def question_cells(question: Question, vocab: Vocabulary, english: bool = False) -> list[str]:
    """The row of one question, in :data:`QUESTION_COLUMNS` order.

    >>> from game.content.models import REGION_NATIONAL, Region, TrueFalseQuestion
    >>> q = TrueFalseQuestion(id="tf-1", category=Category.OTHER, text="纸巾可以回收。", answer=False,
    ...                       explain="纸巾不能再造纸。", difficulty=1, region="shanghai")
    >>> shanghai = Region("shanghai", "上海", ("湿垃圾", "可回收物", "有害垃圾", "干垃圾"))
    >>> cells = question_cells(q, Vocabulary([REGION_NATIONAL, shanghai]))
    >>> from game.volunteer.csv_columns import header_row
    >>> dict(zip(header_row("questions"), cells))  # doctest: +NORMALIZE_WHITESPACE
    {'编号': 'tf-1', '题型': '判断题', '类别': '其他垃圾', '物品': '', '题目': '纸巾可以回收。', '选项1': '',
     '选项2': '', '选项3': '', '选项4': '', '答案': '错', '解释': '纸巾不能再造纸。', '难度': '1', '标签': '',
     '地区': '上海', '英文题目': '', '英文解释': ''}
    """
    cells: dict[str, str] = {
        "id": question.id,
        "type": question.type.value if english else TYPE_NAMES[question.type],
        "text": question.text,
        "explain": question.explain,
        "difficulty": str(question.difficulty),
        "tags": join_list(question.tags, english, f"question {question.id} tags"),
        "region": ""
        if question.region is None
        else (question.region if english else vocab.region_name(question.region)),
        "text_en": question.text_en,
        "explain_en": question.explain_en,
    }

    def category(value: Category) -> str:
        return value.value if english else value.national_name

    if isinstance(question, ClassifyQuestion):
        cells["item"] = question.item
        cells["answer"] = category(question.answer)
    elif isinstance(question, ChoiceQuestion):
        cells["category"] = category(question.category)
        for n, option in enumerate(question.options, start=1):
            cells[f"option{n}"] = option
        cells["answer"] = question.options[question.answer_index]
    else:
        cells["category"] = category(question.category)
        cells["answer"] = ("true" if question.answer else "false") if english else ("对" if question.answer else "错")
    return [cells.get(column.id, "") for column in QUESTION_COLUMNS]


def item_cells(item: Item | GenericItem, vocab: Vocabulary, english: bool = False) -> list[str]:
    """The row of one dictionary entry, in :data:`ITEM_COLUMNS` order.

    >>> from game.content.models import REGION_NATIONAL, Region
    >>> shenzhen = Region("shenzhen", "深圳", ("厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"))
    >>> from game.content.models import RegionalRule
    >>> rule = RegionalRule("shenzhen", (Category.OTHER, Category.KITCHEN), "指引（2020）")
    >>> bone = Item("大骨头", ("猪大骨",), Category.OTHER, "太硬。", overrides=(rule,))
    >>> item_cells(bone, Vocabulary([REGION_NATIONAL, shenzhen]))
    ['大骨头', '猪大骨', '其他垃圾', '太硬。', '', '深圳=其他垃圾/厨余垃圾', '深圳=指引（2020）', '', '', '']
    """
    aliases = join_list(item.aliases, english, f"item {item.name} aliases")
    if isinstance(item, GenericItem):
        kinds = join_list(item.kinds, english, f"item {item.name} kinds")
        return [item.name, aliases, "", item.reason, item.en, "", "", "", kinds, ""]
    sep = "; " if english else "；"

    def region(key: str) -> str:
        return key if english else vocab.region_name(key)

    overrides = sep.join(
        f"{region(rule.region)}=" + "/".join(c.value if english else c.national_name for c in rule.accepted)
        for rule in item.overrides
    )
    sources = sep.join(f"{region(rule.region)}={rule.source}" for rule in item.overrides)
    notes = sep.join(f"{region(rule.region)}={rule.note}" for rule in item.overrides if rule.note)
    return [
        item.name,
        aliases,
        item.category.value if english else item.category.national_name,
        item.reason,
        item.en,
        overrides,
        sources,
        notes,
        "",
        item.picture,
    ]
