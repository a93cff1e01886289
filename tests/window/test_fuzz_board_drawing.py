"""Every board that ``check`` accepts can be drawn: damaged content files that still pass are drawn
once by the window's board renderer (dummy video driver), in both languages and at two sizes."""

from __future__ import annotations

from pathlib import Path

import pygame
from hypothesis import HealthCheck, event, given, settings

from game.content.loader import check_paths
from game.window.board_view import render_board
from game.window.text import TextRenderer
from tests.content.test_fuzz_files import FILES, damaged

TEXT = TextRenderer()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damaged())
def test_an_accepted_damaged_board_is_drawn(tmp_path: Path, change: tuple[str, str]) -> None:
    folder = tmp_path / "content"
    folder.mkdir(exist_ok=True)
    for name, text in FILES.items():
        (folder / name).write_text(change[1] if name == change[0] else text, encoding="utf-8")
    result = check_paths([folder], fill_from_bundled=False)
    if result.errors or result.content is None:
        event("refused")
        return
    event("accepted and drawn")
    content = result.content
    for region in content.regions:
        for lang, size in (("zh", (800, 500)), ("en", (320, 200))):
            picture = render_board(content.board(), region, lang, size, TEXT)
            assert isinstance(picture, pygame.Surface) and picture.get_size() == size
