"""The shipped JSON Schema files match the loader's specs, and every bundled file points at its schema."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.content import build, schemas
from game.content.bundled import content_dirs
from game.content.spec import ListOf, Record, Spec
from game.volunteer import json_schema
from game.volunteer.json_schema import KIND_OF_MAIN_KEY, KINDS, SCHEMA_DIR, build_schema, modeline, schema_path


def test_regenerating_gives_byte_identical_files(tmp_path: Path) -> None:
    assert json_schema.stale() == [], "run: python -m game.volunteer.json_schema"
    written = json_schema.write_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json"))
    for path in written:
        assert path.read_bytes() == (SCHEMA_DIR / path.name).read_bytes()
    assert json_schema.write_all(tmp_path) == []  # nothing changes the second time
    assert json_schema.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "board.schema.json").write_text("{}", encoding="utf-8")
    assert json_schema.main(["--check", "--out", str(tmp_path)]) == 1


def records_with_schemas(spec: Spec, schema: dict[str, Any], where: str) -> list[tuple[Record, dict[str, Any], str]]:
    """Every Record inside ``spec`` paired with the part of ``schema`` generated from it."""
    out: list[tuple[Record, dict[str, Any], str]] = []
    if isinstance(spec, Record):
        out.append((spec, schema, where))
        for name, field in spec.fields.items():
            out += records_with_schemas(field.spec, schema["properties"][name], f"{where}.{name}")
    elif isinstance(spec, schemas.Rows):
        out += records_with_schemas(spec.row, schema["items"], f"{where}[]")
    elif isinstance(spec, schemas.KeyedMap):
        out += records_with_schemas(spec.value, schema["additionalProperties"], f"{where}{{}}")
    elif isinstance(spec, ListOf):
        out += records_with_schemas(spec.item, schema.get("items", {}), f"{where}[]")
    return out


@pytest.mark.parametrize("kind", list(KINDS))
def test_schema_keys_match_the_records(kind: str) -> None:
    record, _ = KINDS[kind]
    shipped = json.loads(schema_path(kind).read_text(encoding="utf-8"))
    pairs = records_with_schemas(record, shipped, kind)
    assert len(pairs) >= 2
    for spec, part, where in pairs:
        assert list(part["properties"]) == list(spec.fields), where
        assert part["required"] == [name for name, f in spec.fields.items() if f.required], where
        assert part["additionalProperties"] is False, where


def test_question_and_square_rules_follow_the_builder() -> None:
    questions = build_schema("questions")["properties"]["questions"]["items"]["allOf"]
    assert [rule["if"]["properties"]["type"]["const"] for rule in questions] == [
        t.value for t in build._QUESTION_FIELDS
    ]
    for rule, (required, forbidden) in zip(questions, build._QUESTION_FIELDS.values(), strict=True):
        assert rule["then"]["required"] == list(required)
        assert [k for k, v in rule["then"]["properties"].items() if v is False] == list(forbidden)
    squares = build_schema("board")["properties"]["squares"]["additionalProperties"]["allOf"]
    assert [rule["if"]["properties"]["kind"]["const"] for rule in squares] == [k.value for k in build._SQUARE_FIELDS]


def bundled_yaml() -> list[Path]:
    return sorted(p for folder in content_dirs() for p in folder.glob("*.yaml"))


@pytest.mark.parametrize("path", bundled_yaml(), ids=lambda p: p.name)
def test_bundled_files_name_their_schema_on_the_first_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    main_key = next(k for k in KIND_OF_MAIN_KEY if re.search(rf"^{k}:", text, re.M))
    kind = KIND_OF_MAIN_KEY[main_key]
    assert text.splitlines()[0] == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"
    assert modeline(main_key, path) == text.splitlines()[0]
    assert (path.parent / "../schemas" / f"{kind}.schema.json").resolve().is_file()


# A small validator for the parts of JSON Schema the generator uses, so that the bundled files can be
# checked against the shipped schemas without adding a dependency.
def errors(value: Any, schema: Any, where: str = "$") -> list[str]:
    if schema is True:
        return []
    if schema is False:
        return [f"{where}: not allowed"]
    out: list[str] = []
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float)}
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            isinstance(value, kinds[t]) and not (t in ("integer", "number") and isinstance(value, bool)) for t in wanted
        )
        if not ok:
            return [f"{where}: not {wanted}"]
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{where}: {value!r} not in enum")
    if "const" in schema and value != schema["const"]:
        out.append(f"{where}: not {schema['const']!r}")
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", 10**9):
            out.append(f"{where}: length")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{where}: pattern")
    in_range = (
        schema.get("minimum", -(10**9)) <= value <= schema.get("maximum", 10**9) if isinstance(value, int) else True
    )
    if not isinstance(value, bool) and not in_range:
        out.append(f"{where}: range")
    if isinstance(value, list):
        if not schema.get("minItems", 0) <= len(value) <= schema.get("maxItems", 10**9):
            out.append(f"{where}: items")
        for n, item in enumerate(value):
            out += errors(item, schema.get("items", True), f"{where}[{n}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        out += [f"{where}: missing {k}" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            if "propertyNames" in schema:
                out += errors(key, schema["propertyNames"], f"{where}.{key}(name)")
            sub = properties.get(key, schema.get("additionalProperties", True))
            out += errors(item, sub, f"{where}.{key}")
    if "anyOf" in schema and all(errors(value, s, where) for s in schema["anyOf"]):
        out.append(f"{where}: anyOf")
    for rule in schema.get("allOf", []):
        if "if" in rule and not errors(value, rule["if"], where):
            out += errors(value, rule["then"], where)
    return out


def plain(value: Any) -> Any:
    """What an editor's YAML language server validates: mapping keys become strings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


@pytest.mark.parametrize("path", bundled_yaml(), ids=lambda p: p.name)
def test_bundled_files_validate_against_their_schema(path: Path) -> None:
    doc = plain(yaml.safe_load(path.read_text(encoding="utf-8")))
    kind = KIND_OF_MAIN_KEY[next(k for k in KIND_OF_MAIN_KEY if k in doc)]
    assert errors(doc, json.loads(schema_path(kind).read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        (
            {"id": "a b", "type": "classify", "item": "x", "answer": "kitchen", "explain": "e", "difficulty": 1},
            "pattern",
        ),
        ({"id": "a", "type": "classify", "item": "x", "answer": "kichen", "explain": "e", "difficulty": 1}, "enum"),
        (
            {
                "id": "a",
                "type": "classify",
                "item": "x",
                "options": ["p", "q"],
                "answer": "other",
                "explain": "e",
                "difficulty": 1,
            },
            "not allowed",
        ),
        (
            {
                "id": "a",
                "type": "choice",
                "category": "other",
                "text": "t",
                "answer": "p",
                "explain": "e",
                "difficulty": 1,
            },
            "missing options",
        ),
        (
            {
                "id": "a",
                "type": "truefalse",
                "category": "other",
                "text": "t",
                "answer": "yes",
                "explain": "e",
                "difficulty": 1,
            },
            "not ['boolean']",
        ),
        (
            {
                "id": "a",
                "type": "truefalse",
                "category": "other",
                "text": "t",
                "answer": True,
                "explain": "e",
                "difficulty": 1,
                "tag": ["x"],
            },
            "not allowed",
        ),
    ],
)
def test_the_schema_catches_what_the_loader_refuses(question: dict[str, Any], problem: str) -> None:
    schema = json.loads(schema_path("questions").read_text(encoding="utf-8"))
    found = errors({"schema": 1, "questions": [question]}, schema)
    assert any(problem in e for e in found), found


def test_jsonschema_agrees_when_installed() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for path in bundled_yaml():
        doc = plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        kind = KIND_OF_MAIN_KEY[next(k for k in KIND_OF_MAIN_KEY if k in doc)]
        jsonschema.Draft202012Validator(json.loads(schema_path(kind).read_text(encoding="utf-8"))).validate(doc)


def test_modeline_outside_the_repository_is_none(tmp_path: Path) -> None:
    assert modeline("questions", tmp_path / "mine.yaml") is None
    assert modeline("squares", SCHEMA_DIR.parent / "boards" / "x.yaml") == (
        "# yaml-language-server: $schema=../schemas/board.schema.json"
    )
