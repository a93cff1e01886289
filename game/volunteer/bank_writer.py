"""Write question banks and item dictionaries as stable, readable YAML.

The writer is what the spreadsheet import saves with, so its output is meant for people and for
``git diff``: keys in a fixed order (the order of :mod:`game.content.schemas`), one key per line,
short lists in flow style (``tags: [电池, 含汞]``), text quoted only where YAML needs it, entries
in the order given. What it writes loads back into equal models through the real loader
(:func:`parse_bank` checks exactly that).

>>> from game.categories import Category
>>> from game.content.models import ClassifyQuestion
>>> q = ClassifyQuestion(id="banana", item="香蕉皮", answer=Category.KITCHEN,
...                      explain="果皮易腐烂。", difficulty=1, tags=("水果",))
>>> print(dump_bank("questions", [q], FileHeader(source="示例")), end="")
schema: 1
source: 示例
questions:
  - id: banana
    type: classify
    item: 香蕉皮
    answer: kitchen
    explain: 果皮易腐烂。
    difficulty: 1
    tags: [水果]
>>> scalar("true"), scalar("a: b"), scalar("第一行\\n第二行"), scalar("a, b", flow=True)
('"true"', '"a: b"', '"第一行\\\\n第二行"', '"a, b"')
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import yaml

from game.content import schemas
from game.content.build import FileContent, build_file
from game.content.models import ChoiceQuestion, ClassifyQuestion, GenericItem, Item, Question, RegionalRule
from game.content.spec import Reporter
from game.content.yamlsource import parse_text
from game.errors import Problem

Kind = Literal["questions", "items"]

#: Lists longer than this (as one line, with their key) are written one entry per line.
FLOW_LINE_LIMIT = 100

QUESTION_KEYS: tuple[str, ...] = tuple(schemas.QUESTION.fields)
ITEM_KEYS: tuple[str, ...] = tuple(schemas.ITEM.fields)

_RESOLVER = yaml.SafeLoader("")
_EMITTER = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)
_STR_TAG = "tag:yaml.org,2002:str"
# Text that starts with a CJK character and holds no YAML indicator, control character or line
# break is always a plain scalar (no implicit type starts with a CJK character): the common case.
_FAST_PLAIN = re.compile(
    "[\u3400-\u9fff\uf900-\ufaff][^\x00-\x1f\x7f-\x9f:#,\\[\\]{}&*!|>'\"%@`\\\\\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]*"
)
# Ids and keys (letters, digits, - _ .): plain unless YAML reads them as a number, bool or null.
_FAST_WORD = re.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*")
_PRINTABLE = re.compile("[\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\x00": "\\0",
    "\x85": "\\x85",  # line breaks in YAML 1.1: never raw inside a scalar
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def double_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back exactly (line breaks and control
    characters escaped).

    >>> double_quoted('他说"好"\\t')
    '"他说\\\\"好\\\\"\\\\t"'
    """
    out = ['"']
    for ch in text:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif _PRINTABLE.match(ch):
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")
    out.append('"')
    return "".join(out)


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip():
        return False
    if _FAST_PLAIN.fullmatch(text):
        return True
    if _FAST_WORD.fullmatch(text):
        return _resolves_to_str(text)
    analysis = _EMITTER.analyze_scalar(text)
    if analysis.multiline or not (analysis.allow_flow_plain if flow else analysis.allow_block_plain):
        return False
    if flow and ":" in text:  # PyYAML reads "a:b" inside [ ] as a key; keep it simple
        return False
    return _resolves_to_str(text)


def _resolves_to_str(text: str) -> bool:
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag == _STR_TAG


def scalar(value: str | int | bool, *, flow: bool = False) -> str:
    """A YAML scalar for ``value``: plain where that reads back as the same text, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return value if _plain_ok(value, flow) else double_quoted(value)


def question_fields(question: Question) -> dict[str, Any]:
    """The keys of one question as a bank file writes them, in :data:`QUESTION_KEYS` order."""
    values: dict[str, Any] = {"id": question.id, "type": question.type.value}
    if isinstance(question, ClassifyQuestion):
        values["item"] = question.item
        values["answer"] = question.answer.value
    elif isinstance(question, ChoiceQuestion):
        values["category"] = question.category.value
        values["options"] = list(question.options)
        values["answer"] = question.options[question.answer_index]
    else:
        values["category"] = question.category.value
        values["answer"] = question.answer
    values["text"] = question.text
    values["text_en"] = question.text_en
    values["explain"] = question.explain
    values["explain_en"] = question.explain_en
    values["difficulty"] = question.difficulty
    values["tags"] = list(question.tags)
    values["region"] = question.region
    return {key: values[key] for key in QUESTION_KEYS if _present(values.get(key))}


def item_fields(item: Item | GenericItem) -> dict[str, Any]:
    """The keys of one dictionary entry as a dictionary file writes them, in :data:`ITEM_KEYS` order."""
    values: dict[str, Any] = {"name": item.name, "aliases": list(item.aliases), "reason": item.reason, "en": item.en}
    if isinstance(item, GenericItem):
        values["kinds"] = list(item.kinds)
    else:
        values["category"] = item.category.value
        values["picture"] = item.picture
        values["regions"] = {rule.region: _rule_fields(rule) for rule in item.overrides}
    return {key: values[key] for key in ITEM_KEYS if _present(values.get(key))}


def _rule_fields(rule: RegionalRule) -> dict[str, Any]:
    out: dict[str, Any] = (
        {"disputed": [c.value for c in rule.accepted]} if rule.disputed else {"category": rule.category.value}
    )
    out["source"] = rule.source
    if rule.note:
        out["note"] = rule.note
    return out


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _entry_lines(fields: dict[str, Any]) -> Iterable[str]:
    first = True
    for key, value in fields.items():
        lead = "  - " if first else "    "
        first = False
        if isinstance(value, list):
            line = f"{lead}{key}: [{', '.join(scalar(v, flow=True) for v in value)}]"
            if len(line) <= FLOW_LINE_LIMIT:
                yield line
            else:
                yield f"{lead}{key}:"
                yield from (f"      - {scalar(v)}" for v in value)
        elif isinstance(value, dict):
            yield f"{lead}{key}:"
            for name, rule in value.items():
                yield f"      {scalar(name)}: {_flow(rule)}"
        else:
            yield f"{lead}{key}: {scalar(value)}"


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k, flow=True)}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return scalar(value, flow=True)


@dataclass(frozen=True, slots=True)
class FileHeader:
    """What a bank file keeps above its entries."""

    #: Comment (or blank) lines at the top of the file, without line ends (the editor's
    #: ``# yaml-language-server: $schema=…`` line among them).
    comments: tuple[str, ...] = ()
    #: The file's ``source:`` note, if any.
    source: str | None = None


def leading_comments(text: str) -> tuple[str, ...]:
    """The comment and blank lines at the top of a YAML text, up to its first content line.

    >>> leading_comments("# yaml-language-server: $schema=x\\n\\n# 说明\\nschema: 1\\n# later\\n")
    ('# yaml-language-server: $schema=x', '', '# 说明')
    """
    out: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        out.append(line.rstrip())
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def dump_bank(
    kind: Kind, entries: Sequence[Question] | Sequence[Item | GenericItem], header: FileHeader = FileHeader()
) -> str:
    """The YAML text of a question bank (``kind="questions"``) or item dictionary (``"items"``)."""
    lines = [*header.comments, f"schema: {schemas.SCHEMA_VERSION}"]
    if header.source:
        lines.append(f"source: {scalar(header.source)}")
    if not entries:
        lines.append(f"{kind}: []")
        return "\n".join(lines) + "\n"
    lines.append(f"{kind}:")
    for entry in entries:
        if isinstance(entry, Item | GenericItem):
            assert kind == "items"
            lines.extend(_entry_lines(item_fields(entry)))
        else:
            assert kind == "questions"
            lines.extend(_entry_lines(question_fields(entry)))
    return "\n".join(lines) + "\n"


def parse_bank(text: str, name: str) -> tuple[FileContent, list[Problem]]:
    """Read a bank or dictionary text through the real loader's parse and build steps."""
    doc, problems = parse_text(text, name)
    reporter = Reporter(name)
    content = build_file(doc, reporter) if doc is not None else FileContent()
    return content, problems + reporter.problems
