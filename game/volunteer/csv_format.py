"""The spreadsheet layout of question banks and item dictionaries, and value conversion both ways.

One row per question (or item). The header row names the columns in Chinese (English accepted,
and a few common variants); options have a column each; tags and aliases share one cell,
separated by commas; an item's regional rules share one cell as ``深圳=厨余垃圾；广州=其他垃圾``.

Values are written the way volunteers say them (厨余垃圾, 选择题, 对/错, 上海) and read back from
those, from the file keys (``kitchen``, ``choice``, ``true``, ``shanghai``), from Shanghai's names
(湿垃圾 / 干垃圾) and from common variants (是/否, 正确/错误, √/×). A cell that cannot be read is a
:class:`~game.errors.Problem` at its row and column; everything else is checked by the same code
the YAML loader uses (:func:`game.content.build.build_question`).

>>> vocab = Vocabulary()
>>> vocab.category("湿垃圾"), vocab.category("Kitchen waste"), vocab.category("厨余")
(<Category.KITCHEN: 'kitchen'>, <Category.KITCHEN: 'kitchen'>, None)
>>> parse_bool("√"), parse_bool("错误"), parse_bool("也许")
(True, False, None)
>>> split_list("电池，含汞、 易错,"), parse_difficulty("2.0")
(['电池', '含汞', '易错'], 2)
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from game.categories import CATEGORY_ORDER, Category
from game.content import schemas
from game.content.models import (
    REGION_NATIONAL,
    ChoiceQuestion,
    ClassifyQuestion,
    GenericItem,
    Item,
    Question,
    QuestionType,
    Region,
)
from game.content.yamlsource import YList, YMap
from game.errors import Problem, Text
from game.volunteer.csv_io import Row, Table

Kind = Literal["questions", "items"]

#: Characters that separate the entries of a list cell (tags, aliases).
LIST_SEPARATORS = ",，、;；\n"
#: Characters that separate the region rules of an item (``深圳=厨余垃圾；广州=其他垃圾``).
PAIR_SEPARATORS = ";；,，、\n"
#: Characters between a region and its category in one rule.
PAIR_EQUALS = "=＝:："
_LIST_SPLIT = re.compile("[" + re.escape(LIST_SEPARATORS) + "]")
_PAIR_SPLIT = re.compile("[" + re.escape(PAIR_SEPARATORS) + "]")
_PAIR_EQUALS = re.compile("[" + re.escape(PAIR_EQUALS) + "]")
#: Between the bins of a disputed rule (``深圳=其他垃圾/厨余垃圾``).
_DISPUTED_SPLIT = re.compile(r"\s*(?:/|／|或|\|)\s*")

TYPE_NAMES: dict[QuestionType, str] = {
    QuestionType.CLASSIFY: "分类题",
    QuestionType.CHOICE: "选择题",
    QuestionType.TRUEFALSE: "判断题",
}
_TYPE_WORDS: dict[str, QuestionType] = {
    **{t.value: t for t in QuestionType},
    **{name: t for t, name in TYPE_NAMES.items()},
    "分类": QuestionType.CLASSIFY,
    "选择": QuestionType.CHOICE,
    "单选题": QuestionType.CHOICE,
    "单选": QuestionType.CHOICE,
    "判断": QuestionType.TRUEFALSE,
    "是非题": QuestionType.TRUEFALSE,
    "true/false": QuestionType.TRUEFALSE,
    "tf": QuestionType.TRUEFALSE,
}
_TRUE_WORDS = ("对", "是", "正确", "true", "√", "✓", "✔", "yes", "y")
_FALSE_WORDS = ("错", "否", "错误", "不对", "false", "×", "✗", "✘", "x", "no", "n")
# Names in use before or beside the national standard (Shanghai's 湿垃圾/干垃圾 and others).
_CATEGORY_VARIANTS = {
    "湿垃圾": Category.KITCHEN,
    "干垃圾": Category.OTHER,
    "可回收垃圾": Category.RECYCLABLE,
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
    return [part.strip() for part in _LIST_SPLIT.split(text) if part.strip()]


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
    ['名称', '别名', '类别', '理由', '英文名', '地区差异', '地区依据', '地区说明', '种类']
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


# --- spreadsheet row → positioned mapping (for build_question / build_item) ----------------------


@dataclass
class _RowReader:
    """Turns one row into a :class:`YMap` whose positions are (row, column)."""

    layout: Layout
    vocab: Vocabulary
    row: Row
    problems: list[Problem] = field(default_factory=list)

    def problem(self, index: int, what: Text, fix: Text) -> None:
        label = self.layout.header[index] if index < len(self.layout.header) else ""
        self.problems.append(Problem(self.layout.name, self.row.number, index + 1, what, fix, column_label=label))

    def unknown_value(self, index: int, text: str, what: Text, choices: str, en_choices: str | None = None) -> None:
        words = [w.strip() for w in re.split(r" / |、|, ", choices) if w.strip()]
        guess = difflib.get_close_matches(text, words, n=1, cutoff=0.6)
        self.problem(
            index,
            Text(
                f"“{text}” 不是可用的{what.zh}：{choices}",
                f'"{text}" is not one of the {what.en}: {en_choices or choices}',
            ),
            Text(
                (f"是不是要写 “{guess[0]}”？" if guess else "") + f"改成其中之一：{choices}",
                (f"did you mean '{guess[0]}'? " if guess else "") + f"write one of: {en_choices or choices}",
            ),
        )

    def read(self) -> YMap:
        layout, number = self.layout, self.row.number
        raw = YMap(number, 0)
        cells: dict[str, tuple[int, str]] = {}
        options: list[tuple[int, str]] = []
        for index, cell in enumerate(self.row.cells):
            text = cell.strip()
            if not text:
                continue
            column = layout.columns[index] if index < len(layout.columns) else None
            if column is None:
                self.problem(
                    index,
                    Text(
                        f"第 {index + 1} 列没有列名，但这一行在这里写了 “{text}”",
                        f'column {index + 1} has no name, but this row has "{text}" in it',
                    ),
                    Text(
                        "给这一列写上列名，或把内容移到正确的列",
                        "give the column a name, or move the text to the right column",
                    ),
                )
                continue
            if column.key == "options":
                options.append((index, cell))
            else:
                cells[column.key] = (index, cell)
        for key, (index, cell) in cells.items():
            if key in ("region_sources", "region_notes"):
                if "regions" not in cells:
                    self.problem(
                        index,
                        Text("没有“地区差异”，这一格用不到", "there are no regional rules for this to explain"),
                        Text("先在“地区差异”里写上 地区=类别，或者清空这一格", "fill in the regions, or clear it"),
                    )
                continue
            value = self.convert(key, index, cell, cells)
            raw[key] = value
            raw.key_pos[key] = raw.value_pos[key] = (number, index + 1)
        if options:
            values = YList(number, options[0][0] + 1)
            for index, cell in options:
                values.append(cell)
                values.item_pos.append((number, index + 1))
            raw["options"] = values
            raw.key_pos["options"] = raw.value_pos["options"] = values.pos
        return raw

    def convert(self, key: str, index: int, cell: str, cells: dict[str, tuple[int, str]]) -> Any:
        text = cell.strip()
        pos = (self.row.number, index + 1)
        if key == "type":
            kind = parse_type(text)
            if kind is None:
                self.unknown_value(
                    index,
                    text,
                    Text("题型", "question types"),
                    " / ".join(TYPE_NAMES.values()),
                    "classify / choice / truefalse",
                )
                return text
            return kind.value
        if key == "category":
            return self.category(index, text)
        if key == "answer":
            kind = parse_type(cells["type"][1]) if "type" in cells else None
            if kind is QuestionType.CLASSIFY:
                return self.category(index, text)
            if kind is QuestionType.TRUEFALSE:
                answer = parse_bool(text)
                if answer is None:
                    self.unknown_value(
                        index, text, Text("判断题答案", "true/false answers"), "对 / 错", "true / false (对 / 错)"
                    )
                    return text
                return answer
            return cell
        if key == "difficulty":
            return parse_difficulty(text)
        if key == "region":
            region = self.vocab.region(text)
            if region is None:
                choices = self.vocab.region_choices
                self.unknown_value(index, text, Text("地区", "regions"), choices.zh, choices.en)
                return text
            return region
        if key in ("tags", "aliases", "kinds"):
            values = YList(*pos)
            for part in split_list(text):
                values.append(part)
                values.item_pos.append(pos)
            return values
        if key == "regions":
            return self.overrides(index, text, cells)
        return cell

    def category(self, index: int, text: str) -> str:
        category = self.vocab.category(text)
        if category is None:
            self.unknown_value(
                index,
                text,
                Text("类别", "categories"),
                self.vocab.category_choices,
                self.vocab.category_choices + " (or kitchen / recyclable / hazardous / other)",
            )
            return text
        return category.value

    def overrides(self, index: int, text: str, cells: dict[str, tuple[int, str]]) -> YMap | str:
        pos = (self.row.number, index + 1)
        out = YMap(*pos)
        sources = self.per_region(cells.get("region_sources"))
        notes = self.per_region(cells.get("region_notes"))
        for part in _PAIR_SPLIT.split(text):
            if not part.strip():
                continue
            pieces = _PAIR_EQUALS.split(part, maxsplit=1)
            if len(pieces) != 2 or not pieces[0].strip() or not pieces[1].strip():
                self.problem(
                    index,
                    Text(
                        f"看不懂 “{part.strip()}”：地区差异要写成 “地区=类别”",
                        f'cannot read "{part.strip()}": write region=category',
                    ),
                    Text(
                        "例如：深圳=厨余垃圾；广州=其他垃圾；说法不一时写 深圳=其他垃圾/厨余垃圾",
                        "for example: 深圳=厨余垃圾；广州=其他垃圾 (disputed: 深圳=其他垃圾/厨余垃圾)",
                    ),
                )
                return text
            region_text, category_text = (piece.strip() for piece in pieces)
            region = self.vocab.region(region_text)
            if region is None:
                choices = self.vocab.region_choices
                self.unknown_value(index, region_text, Text("地区", "regions"), choices.zh, choices.en)
                return text
            categories = []
            for word in _DISPUTED_SPLIT.split(category_text):
                category = self.vocab.category(word.strip())
                if category is None:
                    self.unknown_value(index, word.strip(), Text("类别", "categories"), self.vocab.category_choices)
                    return text
                categories.append(category.value)
            if region in out:
                self.problem(
                    index,
                    Text(f"“{region_text}” 写了两次", f'"{region_text}" appears twice'),
                    Text("每个地区只写一次", "name each region once"),
                )
                return text
            rule = YMap(*pos)
            if len(categories) == 1:
                rule["category"] = categories[0]
            else:
                rule["disputed"] = values = YList(*pos)
                values.extend(categories)
                values.item_pos.extend(pos for _ in categories)
            source = sources.get(region)
            if source is None:
                column = cells["region_sources"][0] if "region_sources" in cells else index
                self.problem(
                    column,
                    Text(f"“{region_text}” 的地区差异没有写依据", f'the rule for "{region_text}" names no source'),
                    Text(
                        f"在“地区依据”里写上 {region_text}=文件名称和年份，"
                        f"例如 {region_text}=《…生活垃圾分类投放指南》（2020）",
                        f"in the sources column write {region_text}=document name and year",
                    ),
                )
                return text
            rule["source"] = source
            if region in notes:
                rule["note"] = notes[region]
            for key in rule:
                rule.key_pos[key] = rule.value_pos[key] = pos
            out[region] = rule
            out.key_pos[region] = out.value_pos[region] = pos
        return out

    def per_region(self, cell: tuple[int, str] | None) -> dict[str, str]:
        """``深圳=《…》；广州=《…》`` as {region key: text}; only a region name followed by = starts an entry,
        so the texts may hold ；and , themselves."""
        if cell is None:
            return {}
        index, text = cell
        matches = list(self.vocab.region_starts.finditer(text))
        out: dict[str, str] = {}
        if not matches or text[: matches[0].start()].strip(PAIR_SEPARATORS + " "):
            self.problem(
                index,
                Text(
                    f"看不懂 “{text.strip()[:30]}”：要写成 “地区=内容”",
                    f'cannot read "{text.strip()[:30]}": write region=text',
                ),
                Text("例如：深圳=《深圳市生活垃圾分类投放指引》（2020）", "for example: 深圳=<guide name> (2020)"),
            )
            return out
        for match, after in zip(matches, [*matches[1:], None], strict=True):
            key = self.vocab.region(match.group(1))
            end = after.start() if after is not None else len(text)
            value = text[match.end() : end].strip(PAIR_SEPARATORS + " ")
            if key is not None and value:
                out[key] = value
        return out


def read_row(row: Row, layout: Layout, vocab: Vocabulary) -> tuple[YMap, list[Problem]]:
    """The row as a positioned mapping for the loader's checks, and the cells that could not be read.

    A cell that could not be read stays in the mapping as written, so the row still fails the
    loader's checks; :func:`label_problems` then drops the loader's second report of the same cell.
    """
    reader = _RowReader(layout, Vocabulary() if vocab is None else vocab, row)
    return reader.read(), reader.problems


_QUOTED = re.compile(r"'([a-z_]+)'")


def label_problems(problems: Iterable[Problem], layout: Layout, known: Sequence[Problem] = ()) -> list[Problem]:
    """Give the loader's problems about one row the header of their column as ``column_label``.

    A problem about the whole row (a missing field) is put in the column of the field it names.
    Problems in a cell that already has one of ``known`` (a cell that could not be read) are dropped.

    >>> from game.volunteer.csv_io import parse_csv_text
    >>> table, _ = parse_csv_text("题型,答案,解释,难度\\n", "q.csv")
    >>> layout, _ = match_header(table, "questions")
    >>> p = Problem("q.csv", 2, 0, Text("缺少", "question is missing 'explain'"), Text("", ""))
    >>> print(label_problems([p], layout)[0].format("en"))
    q.csv:2:解释: error: question is missing 'explain' — fill in the "解释" column
    """
    taken = {(p.line, p.column) for p in known}
    out: list[Problem] = []
    for problem in problems:
        if problem.column_label or problem.file != layout.name:
            out.append(problem)
            continue
        if (problem.line, problem.column) in taken:
            continue
        column = problem.column
        if column > 0:
            label = layout.header[column - 1] if column <= len(layout.header) else str(column)
        else:
            keys = [k for k in _QUOTED.findall(problem.what.en) if any(c.key == k for c in COLUMNS[layout.kind])]
            if not keys:
                out.append(replace(problem, column_label="-"))
                continue
            column, label = layout.label(keys[0])
            fix = Text(f"在 “{label}” 这一列填上内容", f'fill in the "{label}" column')
            if column == 0:
                fix = Text(f"给表格加上 “{label}” 这一列并填上内容", f'add a "{label}" column and fill it in')
            problem = replace(problem, fix=fix)
        out.append(replace(problem, column=column, column_label=label))
    return out


# --- models → spreadsheet cells (export) -------------------------------------------------------


class ExportError(ValueError):
    """A value cannot be written to a cell without losing something (e.g. a comma inside a tag)."""


def join_list(values: Sequence[str], english: bool, what: str) -> str:
    """Join tags or aliases into one cell; refuse a value that holds a separator.

    >>> join_list(["电池", "含汞"], False, "tags")
    '电池，含汞'
    """
    for value in values:
        if _LIST_SPLIT.search(value):
            raise ExportError(f"{what}: {value!r} contains a list separator ({LIST_SEPARATORS!r})")
    return (", " if english else "，").join(values)


def question_cells(question: Question, vocab: Vocabulary, english: bool = False) -> list[str]:
    """The row of one question, in :data:`QUESTION_COLUMNS` order.

    >>> from game.content.models import TrueFalseQuestion
    >>> q = TrueFalseQuestion(id="tf-1", category=Category.OTHER, text="纸巾可以回收。", answer=False,
    ...                       explain="纸巾不能再造纸。", difficulty=1, region="shanghai")
    >>> shanghai = Region("shanghai", "上海", ("湿垃圾", "可回收物", "有害垃圾", "干垃圾"))
    >>> cells = question_cells(q, Vocabulary([REGION_NATIONAL, shanghai]))
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

    >>> shenzhen = Region("shenzhen", "深圳", ("厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"))
    >>> from game.content.models import RegionalRule
    >>> rule = RegionalRule("shenzhen", (Category.OTHER, Category.KITCHEN), "指引（2020）")
    >>> bone = Item("大骨头", ("猪大骨",), Category.OTHER, "太硬。", overrides=(rule,))
    >>> item_cells(bone, Vocabulary([REGION_NATIONAL, shenzhen]))
    ['大骨头', '猪大骨', '其他垃圾', '太硬。', '', '深圳=其他垃圾/厨余垃圾', '深圳=指引（2020）', '', '']
    """
    aliases = join_list(item.aliases, english, f"item {item.name} aliases")
    if isinstance(item, GenericItem):
        kinds = join_list(item.kinds, english, f"item {item.name} kinds")
        return [item.name, aliases, "", item.reason, item.en, "", "", "", kinds]
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
    ]
