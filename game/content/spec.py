"""A small declarative schema for content files: checks values, converts them, and explains.

Each spec checks one positioned value from :mod:`game.content.yamlsource` and either returns the
converted value or reports a :class:`~game.errors.Problem` (with a fix) and returns
:data:`INVALID`. The same specs export JSON Schema for editors.

>>> r = Reporter("demo.yaml")
>>> Int(1, 3).check("easy", (4, 17), "difficulty", r) is INVALID
True
>>> print(r.problems[0].format("en"))
demo.yaml:4:17: error: 'difficulty' must be a whole number from 1 to 3, not "easy" — write a whole number from 1 to 3
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from game.content.textsafety import HIDDEN_FIX, hidden_at
from game.content.yamlsource import Pos, YList, YMap
from game.errors import Problem, Severity, Text


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


#: Returned by a spec when the value was wrong (a problem has been reported).
INVALID: Final = _Invalid()


class Reporter:
    """Collects problems for one file."""

    __slots__ = ("file", "problems")

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(self, pos: Pos, what: Text, fix: Text) -> None:
        """Report an error at ``pos`` (line, column)."""
        self.problems.append(Problem(self.file, pos[0], pos[1], what, fix))

    def warning(self, pos: Pos, what: Text, fix: Text) -> None:
        """Report a warning at ``pos``: the content still loads."""
        self.problems.append(Problem(self.file, pos[0], pos[1], what, fix, Severity.WARNING))


def shown(value: Any) -> str:
    """A value as a volunteer wrote it, shortened for a message."""
    if isinstance(value, YMap):
        return "{…}"
    if isinstance(value, YList):
        return "[…]"
    if value is None:
        return "（空）"
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 30 else text[:29] + "…"


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The closest of ``choices`` to ``word``, if any is close."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


class Spec:
    """Base class of value specs."""

    #: How the expected value is described in messages.
    expected: Text = Text("", "")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        """Return the converted value, or report a problem and return :data:`INVALID`."""
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        """This spec as JSON Schema."""
        raise NotImplementedError

    def _wrong(self, value: Any, pos: Pos, label: str, r: Reporter) -> _Invalid:
        r.error(
            pos,
            Text(
                f"“{label}” 应该是{self.expected.zh}，这里写的是 “{shown(value)}”",
                f"'{label}' must be {self.expected.en}, not \"{shown(value)}\"",
            ),
            Text(f"改成{self.expected.zh}", f"write {self.expected.en}"),
        )
        return INVALID


class Str(Spec):
    """Text, stripped of surrounding spaces; numbers are not accepted silently."""

    def __init__(self, max_len: int = 500, allowed: str | None = None, allowed_text: Text | None = None) -> None:
        self.max_len = max_len
        self.allowed = frozenset(allowed) if allowed else None
        self.expected = allowed_text or Text("一段文字", "text")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if not isinstance(value, str):
            return self._wrong(value, pos, label, r)
        text = value.strip()
        if not text:
            r.error(
                pos,
                Text(f"“{label}” 是空的", f"'{label}' is empty"),
                Text("写上内容，或删掉这一项", "fill it in, or remove the line"),
            )
            return INVALID
        hidden = hidden_at(text)
        if hidden is not None:  # from a spreadsheet cell (the YAML reader refuses them earlier)
            code = ord(text[hidden])
            r.error(
                pos,
                Text(
                    f"“{label}” 里有看不见的控制字符 U+{code:04X}（第 {hidden + 1} 个字）",
                    f"'{label}' holds an invisible control character U+{code:04X} (character {hidden + 1})",
                ),
                HIDDEN_FIX,
            )
            return INVALID
        if len(text) > self.max_len:
            r.error(
                pos,
                Text(
                    f"“{label}” 太长（{len(text)} 字，上限 {self.max_len}）",
                    f"'{label}' is too long ({len(text)} characters, limit {self.max_len})",
                ),
                Text("写得简短一些", "shorten it"),
            )
            return INVALID
        if self.allowed is not None and not set(text) <= self.allowed:
            return self._wrong(value, pos, label, r)
        return text

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_len}
        if self.allowed is not None:
            out["pattern"] = f"^[{char_class(self.allowed)}]+$"
        return out


def char_class(chars: frozenset[str] | set[str] | str) -> str:
    """A regular-expression character class body for ``chars``, with runs written as ranges.

    >>> print(char_class("abcdefxz-_.0123456789"))
    \\-.0-9_a-fxz
    """
    codes = sorted({ord(ch) for ch in chars})
    parts: list[str] = []
    start = 0
    while start < len(codes):
        end = start
        while end + 1 < len(codes) and codes[end + 1] == codes[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{_escape_in_class(chr(codes[start]))}-{_escape_in_class(chr(codes[end]))}")
        else:
            parts.extend(_escape_in_class(chr(code)) for code in codes[start : end + 1])
        start = end + 1
    return "".join(parts)


def _escape_in_class(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


class Int(Spec):
    """A whole number within ``low..high``."""

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high
        self.expected = Text(f" {low} 到 {high} 之间的整数", f"a whole number from {low} to {high}")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            return self._wrong(value, pos, label, r)
        if not self.low <= value <= self.high:
            return self._wrong(value, pos, label, r)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.low, "maximum": self.high}


class Bool(Spec):
    """``true`` or ``false``."""

    expected = Text(" true 或 false", "true or false")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if not isinstance(value, bool):
            return self._wrong(value, pos, label, r)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class OneOf(Spec):
    """One of a fixed set of keys, e.g. a category or a square kind."""

    def __init__(self, choices: tuple[str, ...], what: Text, hints: dict[str, str] | None = None) -> None:
        self.choices = choices
        self.what = what
        #: Words people write for a choice (厨余垃圾 for kitchen): named in the fix, never accepted silently.
        self.hints = hints or {}
        listed = " / ".join(choices)
        self.expected = Text(f"{what.zh}之一：{listed}", f"one {what.en} of: {listed}")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if isinstance(value, str) and value.strip() in self.choices:
            return value.strip()
        guess = self.hints.get(shown(value).strip()) or did_you_mean(shown(value), self.choices)
        hint_zh = f"是不是要写 “{guess}”？" if guess else ""
        hint_en = f"did you mean '{guess}'? " if guess else ""
        r.error(
            pos,
            Text(
                f"“{label}” 的值 “{shown(value)}” 不是可用的{self.what.zh}",
                f"'{label}': \"{shown(value)}\" is not a known {self.what.en}",
            ),
            Text(f"{hint_zh}可用的有：{' / '.join(self.choices)}", f"{hint_en}use one of: {' / '.join(self.choices)}"),
        )
        return INVALID

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.choices)}


class ListOf(Spec):
    """A list of values of one spec; a single value is accepted as a list of one if allowed."""

    def __init__(self, item: Spec, min_items: int = 0, max_items: int = 1000, single_ok: bool = False) -> None:
        self.item, self.min_items, self.max_items, self.single_ok = item, min_items, max_items, single_ok
        self.expected = Text(f"一个列表（{item.expected.zh}）", f"a list of {item.expected.en}")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if not isinstance(value, YList):
            if self.single_ok and not isinstance(value, YMap) and value is not None:
                value_list = YList(*pos)
                value_list.append(value)
                value_list.item_pos.append(pos)
                value = value_list
            else:
                return self._wrong(value, pos, label, r)
        if not self.min_items <= len(value) <= self.max_items:
            r.error(
                pos,
                Text(
                    f"“{label}” 应该有 {self.min_items} 到 {self.max_items} 项，这里有 {len(value)} 项",
                    f"'{label}' needs {self.min_items} to {self.max_items} entries, not {len(value)}",
                ),
                Text("增减列表里的项", "add or remove entries"),
            )
            return INVALID
        out = []
        ok = True
        for item, item_pos in zip(value, value.item_pos, strict=True):
            checked = self.item.check(item, item_pos, label, r)
            if checked is INVALID:
                ok = False
            else:
                out.append(checked)
        return tuple(out) if ok else INVALID

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "array",
            "items": self.item.json_schema(),
            "minItems": self.min_items,
            "maxItems": self.max_items,
        }
        if self.single_ok:
            return {"anyOf": [schema, self.item.json_schema()]}
        return schema


@dataclass(frozen=True)
class Field:
    """A key of a :class:`Record`."""

    spec: Spec
    required: bool = False
    doc: str = ""


@dataclass
class Record(Spec):
    """A mapping with known keys. Unknown keys are errors with a "did you mean" suggestion."""

    what: Text
    fields: Mapping[str, Field]
    extra_check: Callable[[dict[str, Any], YMap, Reporter], None] | None = field(default=None)

    def __post_init__(self) -> None:
        self.expected = Text(f"一个{self.what.zh}（“键: 值” 的映射）", f"a {self.what.en} (a mapping of 'key: value')")

    def check(self, value: Any, pos: Pos, label: str, r: Reporter) -> Any:
        if not isinstance(value, YMap):
            return self._wrong(value, pos, label, r)
        out: dict[str, Any] = {}
        ok = True
        names = tuple(self.fields)
        for key, item in value.items():
            spec_field = self.fields.get(key) if isinstance(key, str) else None
            if spec_field is None:
                ok = False
                guess = did_you_mean(str(key), names)
                r.error(
                    value.key_pos[key],
                    Text(f"{self.what.zh}里没有 “{key}” 这一项", f"unknown key '{key}' in {self.what.en}"),
                    Text(
                        f"是不是要写 “{guess}”？" if guess else f"可用的有：{', '.join(names)}",
                        f"did you mean '{guess}'?" if guess else f"known keys: {', '.join(names)}",
                    ),
                )
                continue
            checked = spec_field.spec.check(item, value.value_pos[key], key, r)
            if checked is INVALID:
                ok = False
            else:
                out[key] = checked
        for name, spec_field in self.fields.items():
            if spec_field.required and name not in value:
                ok = False
                r.error(
                    value.pos,
                    Text(f"{self.what.zh}缺少 “{name}”", f"{self.what.en} is missing '{name}'"),
                    Text(
                        f"加上一行 “{name}: …”（{spec_field.spec.expected.zh}）",
                        f"add '{name}: …' ({spec_field.spec.expected.en})",
                    ),
                )
        if ok and self.extra_check is not None:
            before = len(r.problems)
            self.extra_check(out, value, r)
            ok = len(r.problems) == before or all(p.severity is Severity.WARNING for p in r.problems[before:])
        return out if ok else INVALID

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "required": [name for name, f in self.fields.items() if f.required],
            "properties": {
                name: {**f.spec.json_schema(), **({"description": f.doc} if f.doc else {})}
                for name, f in self.fields.items()
            },
        }
