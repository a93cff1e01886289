"""The README's screenshots can be drawn again by the project itself."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.window.screenshots import capture


def test_capture_draws_the_readme_pictures(tmp_path: Path, home: Path) -> None:
    written = capture(tmp_path, size=(960, 600))
    assert [p.name for p in written] == ["board.png", "question.png", "child.png", "end.png", "board-preview.png"]
    for path in written:
        assert path.stat().st_size < 300_000
        assert pygame.image.load(str(path)).get_size() in ((960, 600),)
