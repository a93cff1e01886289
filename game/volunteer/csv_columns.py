"""The columns of a question bank or item dictionary spreadsheet, and matching a header row to them."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from game.content import schemas
from game.errors import Problem, Text
from game.volunteer.csv_io import Table
from game.volunteer.csv_values import Kind, fold


@dataclass(frozen=True, slots=True)
class Column:
    """One spreadsheet column."""

    #: The field of the question or item the column fills (``options`` for the option columns).
    key: str
    #: The Chinese header written on export.
    zh: str
    #: The English header (``--headers en``).
    en: str
    #: Other headers accepted on import.
    also: tuple[str, ...] = ()
    #: For option columns, which option (1-based); 0 otherwise.
    index: int = 0

    @property
    def id(self) -> str:
        """A name unique within a sheet (``option2`` for the second option column)."""
        return f"option{self.index}" if self.index else self.key

    def header(self, english: bool) -> str:
        """The header written on export."""
        return self.en if english else self.zh


_N_OPTIONS = schemas.QUESTION.fields["options"].spec.max_items  # type: ignore[attr-defined]
_OPTION_NUMERALS = "一二三四五六七八九十"

QUESTION_COLUMNS: tuple[Column, ...] = (
    Column("id", "编号", "id", ("题号", "题目编号")),
    Column("type", "题型", "type", ("类型", "题目类型")),
    Column("category", "类别", "category", ("分类", "垃圾类别")),
    Column("item", "物品", "item", ("物品名称",)),
    Column("text", "题目", "text", ("题干", "问题", "question")),
    *(
        Column(
            "options",
            f"选项{n}",
            f"option{n}",
            (f"选项{_OPTION_NUMERALS[n - 1]}", f"选项{chr(64 + n)}", chr(64 + n)),
            index=n,
        )
        for n in range(1, _N_OPTIONS + 1)
    ),
    Column("answer", "答案", "answer", ("正确答案",)),
    Column("explain", "解释", "explain", ("解析", "说明", "explanation")),
    Column("difficulty", "难度", "difficulty", ("level",)),
    Column("tags", "标签", "tags", ("tag",)),
    Column("region", "地区", "region", ("城市", "city")),
    Column("text_en", "英文题目", "text_en", ("题目英文",)),
    Column("explain_en", "英文解释", "explain_en", ("解释英文",)),
)

ITEM_COLUMNS: tuple[Column, ...] = (
    Column("name", "名称", "name", ("物品", "物品名称", "item")),
    Column("aliases", "别名", "aliases", ("alias", "其他名称")),
    Column("category", "类别", "category", ("分类", "垃圾类别")),
    Column("reason", "理由", "reason", ("原因", "说明")),
    Column("en", "英文名", "en", ("english", "英文名称", "englishname")),
    Column("regions", "地区差异", "regions", ("各地不同", "地区规则")),
    Column("region_sources", "地区依据", "region_sources", ("依据", "来源", "sources")),
    Column("region_notes", "地区说明", "region_notes", ("说明", "notes")),
    Column("kinds", "种类", "kinds", ("泛指", "可能是")),
    Column("picture", "图片", "picture", ("图像", "image")),
)

#: Columns a spreadsheet must have (the others may be left out).
REQUIRED_COLUMNS: dict[Kind, tuple[str, ...]] = {
    "questions": ("type", "answer", "explain", "difficulty"),
    "items": ("name", "reason"),
}
COLUMNS: dict[Kind, tuple[Column, ...]] = {"questions": QUESTION_COLUMNS, "items": ITEM_COLUMNS}
_WHAT: dict[Kind, Text] = {
    "questions": Text("题库", "a question bank"),
    "items": Text("物品词典", "an item dictionary"),
}


def header_row(kind: Kind, english: bool = False) -> list[str]:
    """The header written on export.

    >>> header_row("items")
    ['名称', '别名', '类别', '理由', '英文名', '地区差异', '地区依据', '地区说明', '种类', '图片']
    """
    return [column.header(english) for column in COLUMNS[kind]]


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@dataclass(frozen=True)
class Layout:
    """Which column of a spreadsheet holds which field."""

    kind: Kind
    #: The file name used in problems.
    name: str
    #: The header as the volunteer wrote it.
    header: tuple[str, ...]
    #: For each header cell, its column (None for an empty header cell).
    columns: tuple[Column | None, ...]
    #: Whether the headers are Chinese (labels for fields that have no column follow suit).
    chinese: bool = True
    _by_key: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def label(self, key: str) -> tuple[int, str]:
        """The column number (1-based; 0 when absent) and label of field ``key``."""
        index = self._by_key.get(key)
        if index is not None:
            return index + 1, self.header[index]
        for column in COLUMNS[self.kind]:
            if column.key == key:
                return 0, (column.zh if self.chinese else column.en).rstrip("1")
        return 0, key


def _all_headers(kind: Kind) -> set[str]:
    return {fold(word) for column in COLUMNS[kind] for word in (column.zh, column.en, *column.also)}


def match_header(table: Table, kind: Kind) -> tuple[Layout | None, list[Problem]]:
    """Map the header row of ``table`` to the columns of ``kind``; every unknown name is a problem."""
    lookup: dict[str, Column] = {}
    for column in COLUMNS[kind]:
        for word in (column.zh, column.en, *column.also):
            lookup.setdefault(fold(word), column)
            lookup.setdefault(fold(word).replace("_", ""), column)
    problems: list[Problem] = []
    columns: list[Column | None] = []
    seen: dict[str, int] = {}
    names = [w for c in COLUMNS[kind] for w in (c.zh, c.en)]

    def problem(index: int, what: Text, fix: Text) -> None:
        problems.append(Problem(table.name, 1, index + 1, what, fix, column_label=table.header[index]))

    for index, cell in enumerate(table.header):
        if not cell:
            columns.append(None)
            continue
        key = fold(cell)
        found = lookup.get(key) or lookup.get(key.replace("_", ""))
        if found is None:
            guess = difflib.get_close_matches(cell, names, n=1, cutoff=0.5)
            hint = Text(f"是不是要写 “{guess[0]}”？", f"did you mean '{guess[0]}'? ") if guess else Text("", "")
            problem(
                index,
                Text(f"不认识的列名 “{cell}”", f'unknown column "{cell}"'),
                Text(
                    f"{hint.zh}可用的列名：{'、'.join(header_row(kind))}；不需要的列请删掉",
                    f"{hint.en}known columns: {', '.join(header_row(kind, True))}; delete columns you do not need",
                ),
            )
            columns.append(None)
            continue
        if found.id in seen:
            first = seen[found.id]
            problem(
                index,
                Text(
                    f"“{cell}” 和第 {first + 1} 列 “{table.header[first]}” 是同一列",
                    f'"{cell}" repeats column {first + 1} ("{table.header[first]}")',
                ),
                Text("删掉或合并其中一列", "delete or merge one of the two"),
            )
        seen.setdefault(found.id, index)
        columns.append(found)
    chinese = any(_has_cjk(cell) for cell in table.header) or not any(table.header)
    for key in REQUIRED_COLUMNS[kind]:
        if not any(column is not None and column.key == key for column in columns):
            wanted = next(c for c in COLUMNS[kind] if c.key == key)
            problems.append(
                Problem(
                    table.name,
                    1,
                    0,
                    Text(f"表格缺少 “{wanted.zh}” 这一列", f'the spreadsheet has no "{wanted.en}" column'),
                    Text(
                        f"在第 1 行加上列名 “{wanted.zh}”，并在每一行填写",
                        f'add {"an" if wanted.en[0] in "aeiou" else "a"} "{wanted.en}" column to row 1 '
                        "and fill it in on every row",
                    ),
                    column_label=wanted.zh if chinese else wanted.en,
                )
            )
    if problems:
        other: Kind = "items" if kind == "questions" else "questions"
        if any(table.header) and all(not cell or fold(cell) in _all_headers(other) for cell in table.header):
            command = "import-items" if other == "items" else "import-questions"
            problems.insert(
                0,
                Problem(
                    table.name,
                    0,
                    0,
                    Text(f"这张表格看起来是{_WHAT[other].zh}", f"this spreadsheet looks like {_WHAT[other].en}"),
                    Text(f"用 fenleiqi {command} 导入它", f"import it with fenleiqi {command}"),
                ),
            )
        return None, problems
    by_key: dict[str, int] = {}
    for index, maybe in enumerate(columns):
        if maybe is not None:
            by_key.setdefault(maybe.key, index)
    return Layout(kind, table.name, table.header, tuple(columns), chinese, by_key), []
