"""Read one YAML file safely into plain values that remember where they came from.

The C safe parser (when present) composes the file into nodes; this module turns the nodes into
:class:`YMap` / :class:`YList` / scalars itself, so that every value's line and column are known
and no YAML tag can construct a Python object. Problems come back as :class:`~game.errors.Problem`
values, never as exceptions.

>>> doc, problems = parse_text("schema: 1\\nname: 示例\\n", "demo.yaml")
>>> doc["name"], doc.value_pos["name"], problems
('示例', (2, 7), [])
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

import yaml

from game.content.textsafety import HIDDEN, HIDDEN_FIX
from game.errors import Problem, Text

try:  # the C parser is an order of magnitude faster; both compose the same nodes
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Largest content file accepted, in bytes.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Largest number of values (keys included) a file may hold or expand to through anchors and aliases.
MAX_VALUES = 200_000
#: Below this many line ends, commas, brackets, "- " and ": " a file is parsed at once; above it, its
#: parser events are first counted (cheaply, without building anything), so that a file of
#: millions of tiny values is refused in a fraction of a second instead of being built first.
#: The bundled files hold a few thousand each.
QUICK_MARKS = 100_000
#: A file within MAX_VALUES has at most this many parser events (a start and an end per list or
#: mapping, one per text or number, a few for the file itself).
MAX_EVENTS = 2 * MAX_VALUES + 8
_SPLIT_FIX = Text(
    "把内容分成几个文件（比如按类别各放一个），每个文件都能单独检查",
    "split the content into several files (one per category, say); each is checked on its own",
)
#: A file's problems are listed up to this many (a volunteer fixes the first ones and checks again).
MAX_PROBLEMS = 200
#: Lists and mappings nest at most this deep (a board or bank needs four or five levels).
MAX_DEPTH = 32
#: A number in content is written with at most this many characters.
MAX_NUMBER_CHARS = 40

Pos = tuple[int, int]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class YMap(dict[Any, Any]):
    """A mapping read from YAML, with the position of itself, each key and each value."""

    __slots__ = ("column", "key_pos", "line", "value_pos")

    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.line = line
        self.column = column
        self.key_pos: dict[Any, Pos] = {}
        self.value_pos: dict[Any, Pos] = {}

    @property
    def pos(self) -> Pos:
        """(line, column) of the mapping itself, 1-based."""
        return (self.line, self.column)


class YList(list[Any]):
    """A sequence read from YAML, with the position of itself and of each item."""

    __slots__ = ("column", "item_pos", "line")

    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.line = line
        self.column = column
        self.item_pos: list[Pos] = []

    @property
    def pos(self) -> Pos:
        """(line, column) of the sequence itself, 1-based."""
        return (self.line, self.column)


def read_file(path: str | os.PathLike[str], display: str | None = None) -> tuple[Any, list[Problem]]:
    """Read and parse ``path``; ``display`` is the name used in problems (defaults to the path)."""
    name = display if display is not None else os.fspath(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(
                    name,
                    0,
                    0,
                    Text(
                        f"文件太大（{size / 1048576:.1f} MiB，上限 5 MiB）",
                        f"file too large ({size / 1048576:.1f} MiB, limit 5 MiB)",
                    ),
                    Text("把内容拆成几个较小的文件", "split the content into smaller files"),
                )
            ]
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return None, [
            Problem(
                name,
                0,
                0,
                Text(f"无法读取文件：{exc.strerror}", f"cannot read file: {exc.strerror}"),
                Text("检查文件名和权限", "check the file name and its permissions"),
            )
        ]
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> tuple[Any, list[Problem]]:
    """Decode UTF-8 (a BOM is allowed) and parse."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(
                name,
                line,
                column,
                Text("文件不是 UTF-8 编码", "the file is not UTF-8 encoded"),
                Text("在编辑器里用 “UTF-8” 编码另存这个文件", "save the file again with UTF-8 encoding"),
            )
        ]
    return parse_text(text, name)


def parse_text(text: str, name: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text into :class:`YMap`/:class:`YList`/scalars, collecting problems."""
    overfull = _overfull_at(text)
    if overfull is not None:
        return None, [_too_many_values(name, *overfull)]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except RecursionError:
        return None, [_too_deep(name)]
    except yaml.reader.ReaderError as exc:  # a raw control character the YAML reader refuses
        return None, [_hidden_problem(name, text, exc.position, exc.character)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, name, text)]
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        return None, [
            Problem(
                name,
                0,
                0,
                Text(f"YAML 错误：{exc}", f"YAML error: {exc}"),
                Text("检查文件的格式", "check the file's syntax"),
            )
        ]
    if node is None:
        return None, [
            Problem(
                name,
                1,
                1,
                Text("文件是空的", "the file is empty"),
                Text("写入内容，第一行是 “schema: 1”", "add content, starting with 'schema: 1'"),
            )
        ]
    builder = _Builder(name)
    value = builder.build(node)
    return value, builder.problems


def _overfull_at(text: str) -> tuple[int, int] | None:
    """(line, column) where ``text`` certainly holds more than :data:`MAX_VALUES` values, or None."""
    marks = sum(text.count(mark) for mark in ("\n", "\r", ",", "[", "{", "- ", ": "))  # \r: old Mac line ends
    if marks <= QUICK_MARKS:
        return None
    try:
        for seen, event in enumerate(yaml.parse(text, Loader=_Loader)):
            if seen > MAX_EVENTS:
                mark = event.start_mark
                return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    except yaml.YAMLError:
        return None  # the full parse below reports the syntax error with its position
    return None


def _too_many_values(name: str, line: int, column: int) -> Problem:
    return Problem(
        name,
        line,
        column,
        Text(
            f"一个文件最多写 {MAX_VALUES} 个值，这个文件到这里已经超过了",
            f"a file holds at most {MAX_VALUES} values, and this one is past that here",
        ),
        _SPLIT_FIX,
    )


def _hidden_problem(name: str, text: str, position: int, character: int | str) -> Problem:
    code = character if isinstance(character, int) else ord(character[:1] or "\0")
    if not text.isascii():  # the C reader counts bytes of UTF-8, not characters
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return Problem(
        name,
        line,
        column,
        Text(f"文件里有看不见的控制字符 U+{code:04X}", f"the file holds an invisible control character U+{code:04X}"),
        HIDDEN_FIX,
    )


def _too_deep(name: str) -> Problem:
    return Problem(
        name,
        0,
        0,
        Text("列表和映射套得太深，读不了", "lists and mappings are nested too deep to read"),
        Text("检查是不是多写了很多 “[” 或 “{”", "look for many extra '[' or '{'"),
    )


def _syntax_problem(exc: yaml.MarkedYAMLError, name: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    detail = " ".join(part for part in (exc.context, exc.problem) if part)
    lines = text.splitlines()
    bad_line = lines[line - 1] if 0 < line <= len(lines) else ""
    colon = _full_width_colon(lines, line)
    if colon is not None:
        line, column = colon
        return Problem(
            name,
            line,
            column,
            Text("这里用了中文冒号“：”，YAML 只认英文冒号", "a full-width colon '：' is used here; YAML needs ':'"),
            Text("把“：”改成英文冒号“:”，冒号后面再加一个空格", "replace '：' with ':' followed by a space"),
        )
    if "\t" in bad_line[: column + 1]:
        fix = Text("YAML 不能用 Tab 缩进，请改用空格", "YAML cannot indent with tabs; use spaces")
    elif "single document" in detail:
        fix = Text(
            "一个文件只能有一份内容：删掉多余的 “---” 行", "a file holds one document: remove the extra '---' line"
        )
    else:
        fix = Text(
            "检查这一行和上一行的缩进、冒号后的空格、引号和括号是否成对",
            "check indentation, the space after each colon, and matching quotes/brackets "
            "on this line and the one above",
        )
        opened = exc.context_mark
        if opened is not None and mark is not None and opened.line < mark.line:
            # An unclosed bracket or quote is only noticed lines later, often at the end of the file.
            where_zh = f"第 {opened.line + 1} 行第 {opened.column + 1} 列"
            where_en = f"line {opened.line + 1}, column {opened.column + 1}"
            fix = Text(
                f"{fix.zh}；从{where_zh}开始的那一段到这里还没有结束，先看那里的括号和引号",
                f"{fix.en}; the part that starts at {where_en} is still open here: look at its brackets "
                "and quotes first",
            )
    return Problem(
        name, line, column, Text(f"YAML 语法错误：{_in_chinese(detail)}", f"YAML syntax error: {detail}"), fix
    )


#: What the YAML parser's messages say, in Chinese (the parser speaks English only); first match wins.
_PARSER_WORDS = (
    ("expected ',' or ']'", "方括号 [ ] 里的一项后面应该是逗号或 “]”"),
    ("expected ',' or '}'", "花括号 { } 里的一项后面应该是逗号或 “}”"),
    ("expected ':'", "这里应该有一个冒号 “:”"),
    ("mapping values are not allowed", "这里不能出现 “键: 值”（常见原因：冒号后面少了空格，或缩进不对）"),
    ("block sequence entries are not allowed", "这里不能出现 “- ” 开头的列表项（缩进不对）"),
    ("did not find expected key", "缩进不对：这一行和上面的键没有对齐"),
    ("did not find expected '-' indicator", "列表项要以 “- ” 开头，并且和上面的项对齐"),
    ("did not find expected node content", "这里少了内容（值是空的或多了符号）"),
    ("cannot start any token", "这个字符不能出现在值的开头（例如 Tab、@ 或 `），需要时给整段文字加上引号"),
    ("found unexpected end of stream", "文件在引号或括号还没有结束时就结束了"),
    ("found unknown escape character", "双引号里有不认识的 “\\” 写法：去掉反斜杠，或改用单引号"),
    ("found undefined alias", "用了没有定义的别名 “*”"),
    ("found duplicate anchor", "同一个锚点 “&” 定义了两次"),
    ("exceeded maximum nesting", "括号套得太多层"),
    ("expected a single document", "一个文件里只能有一份内容"),
    ("expected <document start>", "缩进不对：最外层的键要从行首写起"),
    ("found character '\\t'", "这里有 Tab 字符"),
)


def _in_chinese(detail: str) -> str:
    """The parser's English message in Chinese words (the English stays in the English text).

    >>> _in_chinese("while parsing a flow sequence did not find expected ',' or ']'")
    '方括号 [ ] 里的一项后面应该是逗号或 “]”'
    """
    for english, chinese in _PARSER_WORDS:
        if english in detail:
            return chinese
    return "文件的写法不符合 YAML 格式"


_KEY_WITH_FULL_WIDTH_COLON = re.compile(r"^\s*(?:-\s*)?[A-Za-z_][A-Za-z0-9_]*\s*(：)")


def _full_width_colon(lines: list[str], error_line: int) -> tuple[int, int] | None:
    """(line, column) of a key written with '：' at or just above the error, which YAML reads as text."""
    for number in range(min(error_line, len(lines)), max(0, error_line - 4), -1):
        found = _KEY_WITH_FULL_WIDTH_COLON.match(lines[number - 1])
        if found:
            return number, found.start(1) + 1
    return None


class _Builder:
    """Turns composed nodes into positioned values; refuses tags and alias bombs."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self._done: dict[int, tuple[Any, int]] = {}
        self._in_progress: set[int] = set()
        self._values = 0
        self._scalars = yaml.constructor.SafeConstructor()
        self._overflow = False
        self._too_deep = False
        self._expanded = False  # an alias was expanded: then a file past the limit is an alias bomb

    def build(self, node: yaml.Node) -> Any:
        value, _ = self._build(node)
        return None if self._overflow else value

    def _problem(self, node: yaml.Node, what: Text, fix: Text) -> None:
        mark = node.start_mark
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.name, mark.line + 1, mark.column + 1, what, fix))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(
                Problem(
                    self.name,
                    mark.line + 1,
                    mark.column + 1,
                    Text(
                        f"问题太多，只列出了前 {MAX_PROBLEMS} 个",
                        f"too many problems; only the first {MAX_PROBLEMS} are listed",
                    ),
                    Text("先改好上面这些，再检查一次", "fix those first, then check again"),
                )
            )

    def _count(self, node: yaml.Node, amount: int) -> bool:
        self._values += amount
        if self._values > MAX_VALUES and not self._overflow:
            self._overflow = True
            if self._expanded:
                self._problem(
                    node,
                    Text(
                        f"锚点和别名（& 和 *）让文件展开成超过 {MAX_VALUES} 个值",
                        f"anchors and aliases (& and *) expand this file past {MAX_VALUES} values",
                    ),
                    Text(
                        "不要用别名重复大块内容，把内容直接写出来",
                        "do not repeat large blocks through aliases; write the content out",
                    ),
                )
            else:
                mark = node.start_mark
                self.problems.append(_too_many_values(self.name, mark.line + 1, mark.column + 1))
        return not self._overflow

    def _build(self, node: yaml.Node, depth: int = 0) -> tuple[Any, int]:
        if depth > MAX_DEPTH:
            if not self._too_deep:
                self._too_deep = True
                self._problem(
                    node,
                    Text(
                        f"列表和映射套了超过 {MAX_DEPTH} 层",
                        f"lists and mappings are nested more than {MAX_DEPTH} deep",
                    ),
                    Text(
                        "内容文件最多套几层：检查是不是多写了 “[” 或缩进错了",
                        "content files nest only a few levels: look for extra '[' or wrong indentation",
                    ),
                )
            return None, 1
        key = id(node)
        done = self._done.get(key)
        if done is not None:  # an alias: the value is shared, but it still counts when expanded
            self._expanded = True
            self._count(node, done[1])
            return done
        if key in self._in_progress:
            self._problem(
                node,
                Text("别名指向了包含它自己的内容", "an alias refers to a value that contains it"),
                Text("去掉这个 “*” 别名", "remove this '*' alias"),
            )
            return None, 1
        if self._overflow:
            return None, 1
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, yaml.ScalarNode):
            self._count(node, 1)
            result: tuple[Any, int] = (self._scalar(node), 1)
        elif isinstance(node, yaml.SequenceNode):
            result = self._sequence(node, line, column, depth)
        else:
            assert isinstance(node, yaml.MappingNode)
            result = self._mapping(node, line, column, depth)
        self._done[key] = result
        return result

    def _check_tag(self, node: yaml.Node, allowed: str) -> bool:
        if node.tag == allowed:
            return True
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._problem(
            node,
            Text(f"不允许的 YAML 标签 “{tag}”", f"YAML tag '{tag}' is not allowed"),
            Text(
                "删掉以 “!” 开头的标签；内容文件只能写普通的文字、数字、列表和映射",
                "remove the tag starting with '!': content files hold only plain text, numbers, lists and mappings",
            ),
        )
        return False

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag in (_STR, _TIMESTAMP):
            hidden = HIDDEN.search(node.value)
            if hidden is not None:
                self._problem(
                    node,
                    Text(
                        f"文字里有看不见的控制字符 U+{ord(hidden.group()):04X}（第 {hidden.start() + 1} 个字）",
                        f"the text holds an invisible control character U+{ord(hidden.group()):04X} "
                        f"(character {hidden.start() + 1})",
                    ),
                    HIDDEN_FIX,
                )
                return None
            return node.value
        if tag == _NULL:
            return None
        convert: Callable[[yaml.ScalarNode], Any] | None = {
            _INT: self._scalars.construct_yaml_int,
            _BOOL: self._scalars.construct_yaml_bool,
            _FLOAT: self._scalars.construct_yaml_float,
        }.get(tag)
        if convert is None:
            self._check_tag(node, _STR)
            return None
        if len(node.value) > MAX_NUMBER_CHARS:
            self._problem(
                node,
                Text(
                    f"这个数字太长了（{len(node.value)} 位）", f"this number is too long ({len(node.value)} characters)"
                ),
                Text("内容里的数字都很小：检查这一行", "numbers in content are small: check this line"),
            )
            return None
        try:
            return convert(node)
        except (ValueError, KeyError, IndexError, OverflowError, TypeError):  # e.g. !!int abc, !!bool maybe
            kind = {_INT: ("整数", "a whole number"), _BOOL: ("是/否（true/false）", "true or false")}.get(
                tag, ("小数", "a number")
            )
            self._problem(
                node,
                Text(f"“{node.value}” 不是{kind[0]}", f"'{node.value}' is not {kind[1]}"),
                Text("去掉 “!!” 标签，或者写一个正确的值", "remove the '!!' tag, or write a proper value"),
            )
            return None

    def _sequence(self, node: yaml.SequenceNode, line: int, column: int, depth: int) -> tuple[Any, int]:
        if not self._check_tag(node, _SEQ):
            return None, 1
        self._in_progress.add(id(node))
        self._count(node, 1)
        out = YList(line, column)
        size = 1
        for child in node.value:
            if self._overflow:
                break
            value, child_size = self._build(child, depth + 1)
            size += child_size
            out.append(value)
            out.item_pos.append((child.start_mark.line + 1, child.start_mark.column + 1))
        self._in_progress.discard(id(node))
        return out, size

    def _mapping(self, node: yaml.MappingNode, line: int, column: int, depth: int) -> tuple[Any, int]:
        if not self._check_tag(node, _MAP):
            return None, 1
        self._in_progress.add(id(node))
        self._count(node, 1)
        out = YMap(line, column)
        size = 1
        for key_node, value_node in node.value:
            if not self._count(key_node, 1):  # keys count too: a mapping of a million repeated keys is refused
                break
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(
                    key_node,
                    Text("键必须是简单的文字或数字", "a key must be plain text or a number"),
                    Text("检查这一行的缩进和冒号", "check this line's indentation and colon"),
                )
                continue
            key = self._scalar(key_node)
            key_pos = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out.key_pos:
                first = out.key_pos[key][0]
                self._problem(
                    key_node,
                    Text(
                        f"“{key}” 写了两次（第一次在第 {first} 行）", f"'{key}' appears twice (first on line {first})"
                    ),
                    Text("删掉或合并其中一处", "remove or merge one of them"),
                )
                continue
            value, child_size = self._build(value_node)
            size += child_size
            out[key] = value
            out.key_pos[key] = key_pos
            out.value_pos[key] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
        self._in_progress.discard(id(node))
        return out, size
