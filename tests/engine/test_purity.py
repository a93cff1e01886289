"""The engine and the analysis stay pure: no I/O, no front ends, no hidden chance or clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GAME = Path(__file__).resolve().parents[2] / "game"
SOURCES = sorted([*(GAME / "engine").glob("*.py"), *(GAME / "analysis").glob("*.py")])
ALLOWED_STDLIB = {
    "__future__",
    "collections",
    "dataclasses",
    "enum",
    "fractions",
    "functools",
    "math",
    "re",
    "typing",
    "unicodedata",
}
ALLOWED_GAME = (
    "game.categories",
    "game.errors",
    "game.content.models",
    "game.content.dictionary",
    "game.content.wording",
    "game.content.textsafety",  # pure: which characters are hidden
    "game.engine",
    "game.analysis",
)
FORBIDDEN_CALLS = {"print", "open", "input", "exec", "eval", "__import__", "breakpoint"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_only_pure_imports_and_calls(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
        else:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in FORBIDDEN_CALLS, f"{path.name}:{node.lineno} calls {node.func.id}()"
            continue
        for module in modules:
            if module.startswith("game"):
                assert module.startswith(ALLOWED_GAME), f"{path.name}:{node.lineno} imports {module}"
            else:
                assert module.split(".")[0] in ALLOWED_STDLIB, f"{path.name}:{node.lineno} imports {module}"


def test_there_is_something_to_check() -> None:
    assert len(SOURCES) > 10
