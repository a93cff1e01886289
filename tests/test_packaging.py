"""The wheel carries the bundled content, so ``pip install .`` works outside the repository."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_ships_boards_questions_and_assets(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("fenleiqi-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"game/_bundled/{p.relative_to(REPO).as_posix()}"
        for folder in ("boards", "questions")
        for p in (REPO / folder).glob("*.yaml")
    }
    assert expected and expected <= names
    fonts = {f"game/_bundled/assets/fonts/{p.name}" for p in (REPO / "assets" / "fonts").iterdir()}
    assert "game/_bundled/assets/fonts/OFL.txt" in fonts and fonts <= names
    assert "game/cli.py" in names and "game/content/loader.py" in names
    assert not any("__pycache__" in name for name in names)
