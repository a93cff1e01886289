"""Every text of the table renders with the bundled font: no label in the window comes out as boxes."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pygame
import pytest

import game.window
from game.content.fonts import bundled_font_path
from game.present.texts import TEXTS as UI
from game.present.texts import t
from game.window.glyph_check import missing_glyphs

WINDOW = Path(game.window.__file__).parent
FIELD = re.compile(r"\{(\w+)\}")


def ui_texts() -> list[tuple[str, str]]:
    """(key, text) for both languages, with the {fields} filled with sample values."""
    out = []
    for key, pair in UI.items():
        for lang, template in zip(("zh", "en"), pair, strict=True):
            fields = {name: "小明" if name == "name" else "3" for name in FIELD.findall(template)}
            out.append((f"{key} ({lang})", t(key, lang, **fields)))  # type: ignore[arg-type]
    return out


def test_the_font_has_every_character_of_the_ui_strings() -> None:
    missing = {key: missing_glyphs(text) for key, text in ui_texts()}
    assert {key: chars for key, chars in missing.items() if chars} == {}


def test_the_font_has_every_character_in_the_window_code() -> None:
    """Strings built in code (symbols such as ✓ × ★ ▶ ◀ →) are covered too."""
    for path in sorted(WINDOW.glob("*.py")):
        literals = "".join(re.findall(r'"([^"\n]*)"', path.read_text(encoding="utf-8")))
        drawn = "".join(c for c in literals if c not in string.whitespace)
        assert missing_glyphs(drawn) == set(), path.name


@pytest.mark.parametrize("size", [14, 28])
def test_every_ui_string_renders(size: int) -> None:
    pygame.font.init()
    font = pygame.font.Font(bundled_font_path(), size)
    for key, text in ui_texts():
        if text:
            surface = font.render(text, True, (0, 0, 0))
            assert surface.get_width() > 0, key
