"""JSON Schema files for editors, generated from the specs the loader checks files with.

The repository ships ``schemas/board.schema.json``, ``questions.schema.json``,
``items.schema.json`` and ``regions.schema.json`` (JSON Schema draft 2020-12). Every bundled YAML
file names its schema on its first line::

    # yaml-language-server: $schema=../schemas/questions.schema.json

so that editors with the YAML language server (VS Code's YAML extension, and others) offer
completion, hover help and inline errors. Regenerate the files after changing
:mod:`game.content.schemas`::

    python -m game.volunteer.json_schema          # rewrite schemas/*.schema.json
    python -m game.volunteer.json_schema --check  # exit 1 when a file is out of date

>>> schema = build_schema("questions")
>>> schema["$schema"], schema["required"]
('https://json-schema.org/draft/2020-12/schema', ['schema', 'questions'])
>>> modeline("questions", REPO_ROOT / "questions" / "mine.yaml")
'# yaml-language-server: $schema=../schemas/questions.schema.json'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from game.content import build, schemas
from game.content.models import QuestionType
from game.content.spec import Record

DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: The repository (or source tree) this module belongs to; ``schemas/`` lives at its top.
REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = REPO_ROOT / "schemas"

#: Schema name → (the file record, title).
KINDS: dict[str, tuple[Record, str]] = {
    "board": (schemas.BOARD_FILE, "fenleiqi 棋盘 · board"),
    "questions": (schemas.QUESTION_FILE, "fenleiqi 题库 · question bank"),
    "items": (schemas.ITEM_FILE, "fenleiqi 物品词典 · item dictionary"),
    "regions": (schemas.REGION_FILE, "fenleiqi 地区 · region profiles"),
}
#: A content file's main key → its schema name.
KIND_OF_MAIN_KEY = {"squares": "board", "questions": "questions", "items": "items", "regions": "regions"}

# What each question type's answer is (build.py checks it in code).
_ANSWERS: dict[QuestionType, dict[str, Any]] = {
    QuestionType.CLASSIFY: schemas.CATEGORY.json_schema(),
    QuestionType.CHOICE: {"type": "string", "minLength": 1},
    QuestionType.TRUEFALSE: {"type": "boolean"},
}


def _question_rules() -> list[dict[str, Any]]:
    """Per question type: the fields it needs, the ones it may not have, and its answer."""
    rules = []
    for kind, (required, forbidden) in build._QUESTION_FIELDS.items():
        properties: dict[str, Any] = {name: False for name in forbidden}
        properties["answer"] = _ANSWERS[kind]
        rules.append(
            {
                "if": {"properties": {"type": {"const": kind.value}}, "required": ["type"]},
                "then": {"required": list(required), "properties": properties},
            }
        )
    return rules


def _square_rules() -> list[dict[str, Any]]:
    """Per square kind: the fields it needs and the ones it may not have."""
    names = [name for name in schemas.SQUARE.fields if name != "kind"]
    rules = []
    for kind, (required, allowed) in build._SQUARE_FIELDS.items():
        then: dict[str, Any] = {"properties": {name: False for name in names if name not in allowed}}
        if required:
            then["required"] = list(required)
        rules.append({"if": {"properties": {"kind": {"const": kind.value}}, "required": ["kind"]}, "then": then})
    return rules


def build_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one file kind (``board``, ``questions``, ``items`` or ``regions``)."""
    record, title = KINDS[kind]
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "title": title,
        "description": f"{record.what.zh} · {record.what.en} (schema {schemas.SCHEMA_VERSION})",
        **record.json_schema(),
    }
    if kind == "questions":
        schema["properties"]["questions"]["items"]["allOf"] = _question_rules()
    elif kind == "board":
        schema["properties"]["squares"]["additionalProperties"]["allOf"] = _square_rules()
    return schema


def render(kind: str) -> str:
    """The schema file's text: stable key order, two-space indent, UTF-8, a final newline."""
    return json.dumps(build_schema(kind), ensure_ascii=False, indent=2) + "\n"


def schema_path(kind: str, folder: Path = SCHEMA_DIR) -> Path:
    """Where the schema of ``kind`` is written."""
    return folder / f"{kind}.schema.json"


def write_all(folder: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema file into ``folder``; returns the files that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for kind in KINDS:
        path = schema_path(kind, folder)
        text = render(kind)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(path)
    return changed


def stale(folder: Path = SCHEMA_DIR) -> list[Path]:
    """The schema files in ``folder`` that are missing or differ from what the specs give."""
    out = []
    for kind in KINDS:
        path = schema_path(kind, folder)
        if not path.exists() or path.read_text(encoding="utf-8") != render(kind):
            out.append(path)
    return out


def modeline(kind: str, yaml_path: Path) -> str | None:
    """The ``# yaml-language-server`` first line for a YAML file at ``yaml_path``.

    ``kind`` is a schema name or a file's main key (``questions``, ``items``, ``squares`` …).
    None when the file is outside this repository (the schema files are not there to point at).
    """
    name = KIND_OF_MAIN_KEY.get(kind, kind)
    if name not in KINDS or not SCHEMA_DIR.is_dir():
        return None
    folder = yaml_path.resolve().parent
    if not folder.is_relative_to(REPO_ROOT):
        return None
    relative = os.path.relpath(schema_path(name), folder).replace(os.sep, "/")
    return f"# yaml-language-server: $schema={relative}"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the schema files (or, with ``--check``, report stale ones); 0 when all is well."""
    parser = argparse.ArgumentParser(
        prog="python -m game.volunteer.json_schema",
        description="生成 schemas/*.schema.json · generate the JSON Schema files for editors",
    )
    parser.add_argument("--check", action="store_true", help="只检查，不写入 · only check that the files are current")
    parser.add_argument("--out", type=Path, default=SCHEMA_DIR, help=f"目标文件夹 · folder (default: {SCHEMA_DIR})")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale(args.out)
        for path in out_of_date:
            print(f"过期 · out of date: {path}", file=sys.stderr)
        return 1 if out_of_date else 0
    for path in write_all(args.out):
        print(f"已写入 · wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
