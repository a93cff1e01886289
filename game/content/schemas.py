"""The shape of every content file, declared once with :mod:`game.content.spec`.

The loader checks files against these records; :func:`json_schemas` exports them for editors.
"""

from __future__ import annotations

import string
from typing import Any

from game.categories import CATEGORY_ORDER
from game.content.models import FinishRule, QuestionType, SquareKind
from game.content.spec import INVALID, Bool, Field, Int, ListOf, OneOf, Record, Reporter, Spec, Str
from game.content.yamlsource import Pos, YList, YMap
from game.errors import Text

SCHEMA_VERSION = 1

_CATEGORY_WORDS = {
    **{c.national_name: c.value for c in CATEGORY_ORDER},
    **{c.national_name[:2]: c.value for c in CATEGORY_ORDER},  # 厨余, 可回, 有害, 其他
    "湿垃圾": "kitchen",
    "干垃圾": "other",
    "易腐垃圾": "kitchen",
    "可回收垃圾": "recyclable",
    **{c.english_name.lower(): c.value for c in CATEGORY_ORDER},
}
#: Words people write for a question type: a spreadsheet import takes them, a YAML file is told the key.
QUESTION_TYPE_WORDS = {
    "分类题": "classify",
    "分类": "classify",
    "选择题": "choice",
    "选择": "choice",
    "单选题": "choice",
    "单选": "choice",
    "判断题": "truefalse",
    "判断": "truefalse",
    "是非题": "truefalse",
    "true/false": "truefalse",
    "tf": "truefalse",
}
_SQUARE_KIND_WORDS = {
    "小知识": "tip",
    "知识": "tip",
    "答题": "question",
    "问答": "question",
    "问答题": "question",
    "说出物品": "name_items",
    "说物品": "name_items",
    "跳": "jump",
    "跳格": "jump",
    "前进": "jump",
    "后退": "jump",
    "暂停": "skip",
    "再掷一次": "roll_again",
    "再掷": "roll_again",
    "空格": "plain",
    "普通": "plain",
}
_FINISH_WORDS = {
    "正好": "exact",
    "正好到终点": "exact",
    "弹回": "bounce",
    "反弹": "bounce",
    "走过": "pass",
    "超过": "pass",
}
CATEGORY = OneOf(tuple(c.value for c in CATEGORY_ORDER), Text("垃圾类别", "category"), _CATEGORY_WORDS)
SQUARE_KIND = OneOf(tuple(k.value for k in SquareKind), Text("格子种类", "square kind"), _SQUARE_KIND_WORDS)
QUESTION_TYPE = OneOf(tuple(t.value for t in QuestionType), Text("题型", "question type"), QUESTION_TYPE_WORDS)
FINISH = OneOf(tuple(f.value for f in FinishRule), Text("终点规则", "finish rule"), _FINISH_WORDS)

_ID_CHARS = string.ascii_letters + string.digits + "-_."
QUESTION_ID = Str(
    60, allowed=_ID_CHARS, allowed_text=Text("由英文字母、数字、- 和 _ 组成的编号", "an id of letters, digits, - and _")
)
REGION_KEY = Str(
    30,
    allowed=string.ascii_lowercase + string.digits + "_",
    allowed_text=Text("由小写英文字母组成的地区代号", "a region key of lower-case letters"),
)


class Schema(Spec):
    """The ``schema:`` version field."""

    expected = Text(f"数字 {SCHEMA_VERSION}", f"{SCHEMA_VERSION}")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if value == SCHEMA_VERSION and not isinstance(value, bool):
            return value
        if isinstance(value, int) and not isinstance(value, bool) and value > SCHEMA_VERSION:
            r.error(
                pos,
                Text(
                    f"这个文件用的是更新的格式（schema {value}），本程序只认识 schema {SCHEMA_VERSION}",
                    f"this file uses a newer format (schema {value}); this program reads schema {SCHEMA_VERSION}",
                ),
                Text("升级 fenleiqi 后再试", "upgrade fenleiqi and try again"),
            )
            return INVALID
        return self._wrong(value, pos, label, r)

    def json_schema(self) -> dict[str, Any]:
        return {"const": SCHEMA_VERSION}


class Anything(Spec):
    """Any plain value; the record's own check decides (used for answers)."""

    expected = Text("一个值", "a value")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if isinstance(value, (YMap, list)) or value is None:
            r.error(
                pos,
                Text(f"“{label}” 应该是一个简单的值", f"'{label}' must be a single plain value"),
                Text("写一个文字、true 或 false", "write a text, true or false"),
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["string", "boolean", "number"]}


class Rows(Spec):
    """A list of records that the builder checks one by one (so each keeps its position)."""

    def __init__(self, row: Record) -> None:
        self.row = row
        self.expected = Text(f"一个列表（每项是{row.what.zh}）", f"a list of {row.what.en} entries")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if not isinstance(value, YList):
            return self._wrong(value, pos, label, r)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.row.json_schema()}


class KeyedMap(Spec):
    """A mapping whose keys are data (square numbers, region keys), each value one record."""

    def __init__(self, key: Spec, value: Spec, what: Text, key_is_int: bool = False) -> None:
        self.key, self.value, self.key_is_int = key, value, key_is_int
        self.expected = Text(f"一个映射（{what.zh}）", f"a mapping of {what.en}")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if not isinstance(value, YMap):
            return self._wrong(value, pos, label, r)
        out: dict[Any, Any] = {}
        ok = True
        for key, item in value.items():
            checked_key = self.key.check(key, value.key_pos[key], label, r)
            checked = self.value.check(item, value.value_pos[key], str(key), r)
            if checked_key is INVALID or checked is INVALID:
                ok = False
            else:
                out[checked_key] = checked
        return out if ok else INVALID

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "object", "additionalProperties": self.value.json_schema()}
        out["propertyNames"] = {"pattern": "^[0-9]+$"} if self.key_is_int else self.key.json_schema()
        return out


def _text(limit: int, doc: str, required: bool = False) -> Field:
    return Field(Str(limit), required, doc)


EFFECT = Record(
    Text("效果", "effect"),
    {
        "move": Field(Int(-20, 20), doc="steps to move; negative = back"),
        "skip": Field(Int(0, 3), doc="turns to miss"),
        "roll_again": Field(Bool(), doc="roll again at once"),
    },
)

RULES = Record(
    Text("规则", "rules"),
    {
        "dice": Field(Int(2, 20), doc="sides of the die"),
        "finish": Field(FINISH, doc="exact | bounce | pass"),
        "players": Field(ListOf(Int(1, 6), 2, 2), doc="[fewest, most] players"),
        "right": Field(EFFECT, doc="default effect of a right answer"),
        "wrong": Field(EFFECT, doc="default effect of a wrong answer"),
    },
)

SQUARE = Record(
    Text("格子", "square"),
    {
        "kind": Field(SQUARE_KIND, True, "what the square does"),
        "text": _text(200, "what players read"),
        "text_en": _text(300, "the text in English"),
        "category": Field(CATEGORY, doc="category of the question or of the items to name"),
        "types": Field(ListOf(QUESTION_TYPE, 1, 3, single_ok=True), doc="question types to draw"),
        "count": Field(Int(1, 10), doc="name_items: how many items"),
        "to": Field(Int(0, 1000), doc="jump: target square"),
        "turns": Field(Int(1, 3), doc="skip: turns to miss"),
        "right": Field(EFFECT, doc="effect of a right answer"),
        "wrong": Field(EFFECT, doc="effect of a wrong answer"),
    },
)

BOARD_FILE = Record(
    Text("棋盘文件", "board file"),
    {
        "schema": Field(Schema(), True, "format version"),
        "name": _text(60, "the board's name", True),
        "name_en": _text(100, "the name in English"),
        "source": _text(1000, "where the board comes from"),
        "size": Field(Int(5, 200), True, "number of steps from start to finish"),
        "rules": Field(RULES, doc="dice, finish rule, players, default effects"),
        "squares": Field(
            KeyedMap(Int(1, 199), SQUARE, Text("格子编号 → 格子", "square number → square"), key_is_int=True),
            True,
            "the squares, by number",
        ),
    },
)

QUESTION = Record(
    Text("题目", "question"),
    {
        "id": Field(QUESTION_ID, True, "unique id"),
        "type": Field(QUESTION_TYPE, True, "classify | choice | truefalse"),
        "item": _text(30, "classify: the item"),
        "category": Field(CATEGORY, doc="the category the question teaches"),
        "text": _text(200, "the question"),
        "text_en": _text(300, "the question in English"),
        "options": Field(ListOf(Str(60), 2, 4), doc="choice: 2-4 options"),
        "answer": Field(Anything(), True, "classify: a category; choice: one option; truefalse: true/false"),
        "explain": _text(300, "why the answer is right", True),
        "explain_en": _text(500, "the explanation in English"),
        "difficulty": Field(Int(1, 3), True, "1 easy, 2 medium, 3 hard"),
        "tags": Field(ListOf(Str(20), 0, 10, single_ok=True), doc="free tags"),
        "region": Field(REGION_KEY, doc="only asked in this region"),
    },
)


def _rows_file(what: Text, key: str, row: Record) -> Record:
    """A file of ``schema``, ``source`` and a list of ``row`` records under ``key``."""
    return Record(
        what,
        {
            "schema": Field(Schema(), True, "format version"),
            "source": _text(1000, "sources of the facts"),
            key: Field(Rows(row), True, f"the {key}"),
        },
    )


QUESTION_FILE = _rows_file(Text("题库文件", "question bank"), "questions", QUESTION)


class _RuleRecord(Record):
    """A regional rule; the short form ``shenzhen: kitchen`` (no source) gets its own message."""

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if isinstance(value, str):
            r.error(
                pos,
                Text(f"“{label}: {value}” 没有写依据：每条地区规则都要注明来源", f"'{label}: {value}' names no source"),
                Text(
                    f"改写成 “{label}: {{category: {value}, source: 《…生活垃圾分类投放指南》（年份）}}”",
                    f"write '{label}: {{category: {value}, source: <document name> (year)}}'",
                ),
            )
            return INVALID
        return super().check(value, pos, label, r)


REGIONAL_RULE = _RuleRecord(
    Text("地区规则", "regional rule"),
    {
        "category": Field(CATEGORY, doc="the bin in this region"),
        "disputed": Field(ListOf(CATEGORY, 2, 4), doc="instead of category: the bins sources disagree on (all count)"),
        "source": _text(300, "the document (name and year) or the authority's page title", True),
        "note": _text(200, "what the sources say, in one line"),
    },
)

ITEM = Record(
    Text("物品", "item"),
    {
        "name": _text(30, "the item's usual name", True),
        "aliases": Field(ListOf(Str(30), 0, 40, single_ok=True), doc="other everyday names"),
        "category": Field(CATEGORY, doc="the national category (not for a generic word)"),
        "kinds": Field(
            ListOf(Str(30), 2, 12), doc="a generic word (电池): the dictionary items it may mean, instead of category"
        ),
        "reason": _text(200, "one line: why this bin (for a generic word: how to tell the kinds apart)", True),
        "en": _text(60, "English name"),
        "picture": Field(Str(60), doc="its picture: a file name without .svg in the pictures folder (OpenMoji: 1F34C)"),
        "regions": Field(
            KeyedMap(REGION_KEY, REGIONAL_RULE, Text("地区 → 规则", "region → rule")),
            doc="where a city sorts it differently or its sources disagree; each with a source",
        ),
    },
)

ITEM_FILE = _rows_file(Text("物品词典文件", "item dictionary"), "items", ITEM)

CATEGORY_NAMES = Record(
    Text("类别名称", "category names"), {c.value: Field(Str(20), True, c.english_name) for c in CATEGORY_ORDER}
)

REGION = Record(
    Text("地区", "region"),
    {
        "name": _text(20, "the region's name", True),
        "name_en": _text(40, "the name in English"),
        "categories": Field(CATEGORY_NAMES, True, "what the four bins are called there"),
        "source": _text(500, "the local rules used"),
    },
)

REGION_FILE = Record(
    Text("地区文件", "region file"),
    {
        "schema": Field(Schema(), True, "format version"),
        "source": _text(1000, "sources"),
        "regions": Field(
            KeyedMap(REGION_KEY, REGION, Text("地区代号 → 地区", "region key → region")), True, "the region profiles"
        ),
    },
)

#: Which main key makes a file which kind, in the order they are tried.
FILE_KINDS: dict[str, Record] = {
    "squares": BOARD_FILE,
    "questions": QUESTION_FILE,
    "items": ITEM_FILE,
    "regions": REGION_FILE,
}
