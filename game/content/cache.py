"""A cache of the validated bundled content, so that start-up does not re-check unchanged files.

The cache is a JSON file in the user's cache folder, keyed on the program's version and the bytes
of every bundled content file: when any file changes the key changes and the content is validated
again (then the cache is rewritten). Only content that passed every check with no warning is
cached. A cache file that cannot be read, has another key or does not decode into models is
ignored: the validated load is always the fallback, so a damaged cache costs time, never a game.
JSON (not pickle) keeps a tampered cache from running code.

>>> from game.content.loader import load_content
>>> content = load_content()
>>> again = restore(json.loads(json.dumps(dump(content))), content.files)
>>> again.dictionary.find("香蕉皮") == content.dictionary.find("香蕉皮"), again.questions == content.questions
(True, True)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.categories import Category
from game.content.dictionary import ItemDictionary
from game.content.models import (
    Board,
    ChoiceQuestion,
    ClassifyQuestion,
    Effect,
    FinishRule,
    GenericItem,
    Item,
    Origin,
    Question,
    QuestionType,
    Region,
    RegionalRule,
    Rules,
    Square,
    SquareKind,
    TrueFalseQuestion,
)
from game.storage import atomic_write_text

#: Bumped whenever the shape of the cached data changes, or the words the index is built from
#: (game.content.phrasing) do.
FORMAT = 6

if TYPE_CHECKING:  # the loader imports this module
    from game.content.content import Content


_CATEGORIES = {c.value: c for c in Category}


class CacheError(ValueError):
    """The cache file does not hold what this program would have written."""


def cache_dir() -> Path:
    """The user's cache folder for fenleiqi (``FENLEIQI_CACHE_DIR``, or under ``FENLEIQI_HOME``)."""
    folder = os.environ.get("FENLEIQI_CACHE_DIR")
    if folder:
        return Path(folder)
    override = os.environ.get("FENLEIQI_HOME")
    if override:
        return Path(override) / "cache"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "fenleiqi" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "fenleiqi"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "fenleiqi"


def content_key(files: Sequence[tuple[Path, str]], version: str) -> str:
    """A hash of the program version and every file's name and bytes."""
    digest = hashlib.sha256(f"fenleiqi {version} cache {FORMAT}\n".encode())
    for path, display in files:
        data = path.read_bytes()
        digest.update(f"{display}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def cache_path(key: str) -> Path:
    """The cache file for ``key``."""
    return cache_dir() / f"content-{key[:24]}.json"


def read(key: str, files: tuple[str, ...]) -> Content | None:
    """The cached content for ``key``, or None (no cache, another key, or a damaged file)."""
    try:
        raw = cache_path(key).read_bytes()
        first = raw.find(b"\n")
        if first < 0:
            return None
        meta = json.loads(raw[:first])
        if not isinstance(meta, dict) or meta.get("key") != key or meta.get("format") != FORMAT:
            return None
        # The digest covers everything after the first line (read in place: the file is a few MB).
        if meta.get("digest") != hashlib.sha256(memoryview(raw)[first + 1 :]).hexdigest():
            return None  # a damaged or edited file: validate again
        _, head_line, *lines = raw.split(b"\n")
        data = json.loads(head_line)
        if not isinstance(data, dict):
            return None
        if len(lines) != data.get("n_items"):
            return None
        data["items"] = _Rows(lines)
        return restore(data, files)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None


class _Rows:
    """Item rows kept as their JSON lines, each parsed when its item is first built."""

    __slots__ = ("_lines",)

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, position: int) -> Any:
        return json.loads(self._lines[position])


def write(key: str, content: Content) -> None:
    """Store ``content`` under ``key`` and remove older cache files; failures are ignored.

    The first line holds the key, the format and a SHA-256 digest of the rest, so a file that was
    damaged (or edited) after it was written is never used.
    """
    path = cache_path(key)
    data = dump(content)
    rows = data.pop("items")
    data["n_items"] = len(rows)
    # One line of everything else, then one line per item: a look-up parses only the rows it uses.
    body = "\n".join(
        [json.dumps(data, ensure_ascii=False, separators=(",", ":"))]
        + [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows]
    )
    meta = {"key": key, "format": FORMAT, "digest": hashlib.sha256(body.encode("utf-8")).hexdigest()}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(meta) + "\n" + body, keep_backup=False)
        for old in path.parent.glob("content-*.json*"):
            if old.name != path.name:
                old.unlink(missing_ok=True)


# -- models ↔ JSON ------------------------------------------------------------------------------


def _origin(origin: Origin) -> list[Any]:
    return [origin.file, origin.line, origin.column]


def _effect(effect: Effect) -> list[Any]:
    return [effect.move, effect.skip, effect.roll_again]


def dump(content: Content) -> dict[str, Any]:
    """The content as plain JSON data (see :func:`restore`)."""
    dictionary = content.dictionary
    return {
        "boards": [_dump_board(b) for b in content.boards],
        "questions": [_dump_question(q) for q in content.questions],
        "items": [
            [
                i.name,
                list(i.aliases),
                i.category.value,
                i.reason,
                i.en,
                [[r.region, [c.value for c in r.accepted], r.source, r.note] for r in i.overrides],
                _origin(i.origin),
                i.picture,
            ]
            for i in dictionary.items
        ],
        "generics": [
            [g.name, list(g.aliases), list(g.kinds), g.reason, g.en, _origin(g.origin)] for g in dictionary.generics
        ],
        "regions": [
            [r.key, r.name, list(r.category_names), r.name_en, r.source, _origin(r.origin)] for r in content.regions
        ],
        "index": _dump_index(dictionary.export_index()),
    }


def _dump_index(index: dict[str, int]) -> dict[str, Any]:
    """The index as one string of sorted keys and a list of positions: one long string reads much
    faster than tens of thousands of small ones, and sorted keys are searched without building a
    dict (normalised keys never hold a newline)."""
    keys = sorted(index)
    return {"keys": "\n".join(keys), "at": [index[key] for key in keys]}


def _restore_index(data: Any) -> tuple[list[str], list[int]]:
    if not isinstance(data, dict) or not isinstance(data.get("keys"), str) or not isinstance(data.get("at"), list):
        raise CacheError("expected the index")
    keys = data["keys"].split("\n") if data["keys"] else []
    if len(keys) != len(data["at"]):
        raise CacheError("the index's keys and positions differ in number")
    return keys, data["at"]


def _dump_board(board: Board) -> dict[str, Any]:
    rules = board.rules
    return {
        "name": board.name,
        "size": board.size,
        "name_en": board.name_en,
        "source": board.source,
        "origin": _origin(board.origin),
        "rules": [
            rules.dice,
            rules.finish.value,
            rules.min_players,
            rules.max_players,
            _effect(rules.right),
            _effect(rules.wrong),
        ],
        "squares": [
            [
                s.number,
                s.kind.value,
                s.text,
                s.text_en,
                s.category.value if s.category else None,
                [t.value for t in s.types],
                s.count,
                s.to,
                s.turns,
                _effect(s.right),
                _effect(s.wrong),
                _origin(s.origin),
            ]
            for s in board.squares
        ],
    }


def _dump_question(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": q.type.value,
        "id": q.id,
        "explain": q.explain,
        "difficulty": q.difficulty,
        "tags": list(q.tags),
        "region": q.region,
        "text": q.text,
        "text_en": q.text_en,
        "explain_en": q.explain_en,
        "origin": _origin(q.origin),
    }
    if isinstance(q, ClassifyQuestion):
        out.update(item=q.item, answer=q.answer.value)
    elif isinstance(q, ChoiceQuestion):
        out.update(category=q.category.value, options=list(q.options), answer=q.answer_index)
    else:
        out.update(category=q.category.value, answer=q.answer)
    return out


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise CacheError("expected a text")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise CacheError("expected a number")
    return value


def _strs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise CacheError("expected a list")
    return tuple(_str(v) for v in value)


def _restore_origin(value: Any) -> Origin:
    file, line, column = value
    return Origin(_str(file), _int(line), _int(column))


def _restore_effect(value: Any) -> Effect:
    move, skip, roll_again = value
    return Effect(_int(move), _int(skip), bool(roll_again))


def restore(data: dict[str, Any], files: tuple[str, ...]) -> Content:
    """Models from :func:`dump`'s data; raises on anything malformed.

    The data was written by :func:`write` and checked against its digest, so dictionary entries
    (most of the data) get a shape check only and are built when first used (a look-up of one word
    builds one entry); boards and questions are small and checked field by field.
    """
    from game.content.content import Content

    cat = _CATEGORIES
    item_rows: list[Any] | _Rows = data["items"]
    generic_rows: list[Any] = data["generics"]
    # Rows read from a cache file (whose digest matched) are parsed when used; rows handed over in
    # memory get a cheap shape check, so that no malformed row waits to fail mid-game.
    for row in item_rows if isinstance(item_rows, list) else ():
        name, _aliases, category, reason, _en, rules, _o, picture = row
        if not (
            isinstance(name, str)
            and isinstance(reason, str)
            and category in cat
            and isinstance(rules, list)
            and isinstance(picture, str)
        ):
            raise CacheError("malformed item")
    for row in generic_rows:
        name, _aliases, kinds, reason, _en, _o = row
        if not (isinstance(name, str) and isinstance(reason, str) and isinstance(kinds, list)):
            raise CacheError("malformed generic word")
    n_items = len(item_rows)

    def build(position: int) -> Item | GenericItem:
        if position < n_items:
            name, aliases, category, reason, en, rules, origin, picture = item_rows[position]
            return Item(
                name,
                tuple(aliases),
                cat[category],
                reason,
                en,
                tuple(
                    RegionalRule(r, tuple(cat[c] for c in accepted), source, note)
                    for r, accepted, source, note in rules
                ),
                Origin(*origin),
                picture,
            )
        name, aliases, kinds, reason, en, origin = generic_rows[position - n_items]
        return GenericItem(name, tuple(aliases), tuple(kinds), reason, en, Origin(*origin))

    regions = tuple(
        Region(
            _str(key),
            _str(name),
            (names[0], names[1], names[2], names[3]),
            _str(name_en),
            _str(source),
            _restore_origin(origin),
        )
        for key, name, names, name_en, source, origin in data["regions"]
    )
    keys, positions = _restore_index(data["index"])
    return Content(
        tuple(_restore_board(b) for b in data["boards"]),
        tuple(_restore_question(q) for q in data["questions"]),
        ItemDictionary.from_index(n_items, len(generic_rows), build, keys, positions),
        regions,
        (),
        files,
    )


def _restore_board(data: dict[str, Any]) -> Board:
    dice, finish, low, high, right, wrong = data["rules"]
    rules = Rules(_int(dice), FinishRule(finish), _int(low), _int(high), _restore_effect(right), _restore_effect(wrong))
    squares = tuple(
        Square(
            _int(number),
            SquareKind(kind),
            _str(text),
            _str(text_en),
            Category(category) if category else None,
            tuple(QuestionType(t) for t in types),
            _int(count),
            _int(to) if to is not None else None,
            _int(turns),
            _restore_effect(right),
            _restore_effect(wrong),
            _restore_origin(origin),
        )
        for number, kind, text, text_en, category, types, count, to, turns, right, wrong, origin in data["squares"]
    )
    return Board(
        _str(data["name"]),
        _int(data["size"]),
        rules,
        squares,
        _str(data["name_en"]),
        _str(data["source"]),
        _restore_origin(data["origin"]),
    )


def _restore_question(data: dict[str, Any]) -> Question:
    common: dict[str, Any] = {
        "id": _str(data["id"]),
        "explain": _str(data["explain"]),
        "difficulty": _int(data["difficulty"]),
        "tags": _strs(data["tags"]),
        "region": None if data["region"] is None else _str(data["region"]),
        "text": _str(data["text"]),
        "text_en": _str(data["text_en"]),
        "explain_en": _str(data["explain_en"]),
        "origin": _restore_origin(data["origin"]),
    }
    kind = QuestionType(data["type"])
    if kind is QuestionType.CLASSIFY:
        return ClassifyQuestion(item=_str(data["item"]), answer=Category(data["answer"]), **common)
    if kind is QuestionType.CHOICE:
        options = _strs(data["options"])
        answer = _int(data["answer"])
        if not 0 <= answer < len(options):
            raise CacheError("answer out of range")
        return ChoiceQuestion(category=Category(data["category"]), options=options, answer_index=answer, **common)
    if not isinstance(data["answer"], bool):
        raise CacheError("expected true or false")
    return TrueFalseQuestion(category=Category(data["category"]), answer=data["answer"], **common)
