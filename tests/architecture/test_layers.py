"""The layer contract (pyproject.toml, docs/architecture.md) is checked by import-linter, and the
check really fails when a module imports upwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))

pytestmark = pytest.mark.skipif(not Path(LINT_IMPORTS).exists(), reason="import-linter is a dev dependency")


def lint(project: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--config", str(project / "pyproject.toml")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "game", project / "game", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    return project


def test_the_code_keeps_every_layer_contract(tmp_path: Path) -> None:
    result = lint(copy_project(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "8 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        ("game/engine/rules.py", "import game.terminal.narration", "Layers:"),
        ("game/window/scene.py", "from game.terminal import styles", "Layers:"),
        ("game/present/spans.py", "import game.session.options", "Layers:"),
        ("game/engine/dice.py", "import rich.text", "The engine and the content use no pygame and no rich"),
        ("game/present/report.py", "import game.savefile", "The presentation layer reads no files"),
        ("game/content/spec.py", "import game.content.loader", "No import cycles"),
    ],
)
def test_an_import_against_the_layers_is_caught(tmp_path: Path, module: str, bad_import: str, contract: str) -> None:
    project = copy_project(tmp_path)
    path = project / module
    # inside a function: imports there count too
    path.write_text(path.read_text(encoding="utf-8") + f"\n\ndef _back_arrow() -> None:\n    {bad_import}\n")
    result = lint(project)
    assert result.returncode == 1
    dotted = module.removesuffix(".py").replace("/", ".")
    assert dotted.rsplit(".", 1)[0] in result.stdout, result.stdout
    summary = " ".join(result.stdout.split("Broken contracts")[0].split())  # lines joined: names wrap
    broken = [part for part in summary.split("BROKEN")[:-1] if contract in part.rsplit("KEPT", 1)[-1]]
    assert broken, summary


def test_an_import_under_type_checking_counts_too(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project / "game" / "engine" / "dice.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import game.window.app\n")
    result = lint(project)
    assert result.returncode == 1 and "game.engine" in result.stdout
