"""Every scene at every window size the issue names, in both languages: no text of the top scene
overlaps another, none is cut short with "…", none runs outside the window.

Texts are recorded as :meth:`TextRenderer.draw` places them, with the scene that drew them (a
dialog covers the board on purpose, so only the top scene's texts are compared).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pygame
import pytest

from game.window.scene import Scene
from game.window.text import TextRenderer
from tests.window.test_scenes import OpenApp, draw_everything

SIZES = [(600, 480), (640, 480), (800, 600), (1024, 768), (1280, 800), (1920, 1080), (600, 900)]
Record = tuple[Scene | None, str, pygame.Rect, bool]


@pytest.fixture
def records(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Record]]:
    drawn: list[Record] = []
    drawing: list[Scene | None] = [None]
    real_draw = TextRenderer.draw
    real_scene_draw: dict[type, Any] = {}

    def draw(
        self: TextRenderer,
        surface: pygame.Surface,
        text: str,
        size: int,
        colour: Any,
        pos: Any,
        anchor: Any = "topleft",
        **options: Any,
    ) -> pygame.Rect:
        rect = real_draw(self, surface, text, size, colour, pos, anchor, **options)
        screen = pygame.display.get_surface()
        if screen is not None and surface.get_size() == screen.get_size():
            width, limit = options.get("width"), options.get("max_lines")
            lines = self.wrap(text, size, width, options.get("bold", False)) if width else text.split("\n")
            drawn.append((drawing[0], text, rect.copy(), limit is not None and len(lines) > limit))
        return rect

    monkeypatch.setattr(TextRenderer, "draw", draw)
    for cls in {c for c in Scene.__subclasses__()} | {c for s in Scene.__subclasses__() for c in s.__subclasses__()}:
        if "draw" in cls.__dict__:
            real_scene_draw[cls] = cls.__dict__["draw"]

            def scene_draw(self: Scene, surface: pygame.Surface, _real: Any = real_scene_draw[cls]) -> None:
                drawing[0] = self
                _real(self, surface)

            monkeypatch.setattr(cls, "draw", scene_draw)
    yield drawn


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_no_text_overlaps_is_cut_or_runs_outside(
    open_app: OpenApp, records: list[Record], size: tuple[int, int], lang: str
) -> None:
    app = open_app(size=size, lang=lang)
    problems: list[str] = []
    real_step = app.step

    def step(dt: float, events: Any = None) -> None:
        records.clear()
        real_step(dt) if events is None else real_step(dt, events)
        top = app.top
        window = pygame.Rect(0, 0, *app.screen.get_size())
        mine = [(text, rect, cut) for scene, text, rect, cut in records if scene is top]
        name = type(top).__name__
        for text, rect, cut in mine:
            if cut:
                problems.append(f"{name}: cut short: {text[:30]!r}")
            if not window.contains(rect):
                problems.append(f"{name}: outside the window: {text[:30]!r}")
        for (a, ra, _), (b, rb, _) in itertools.combinations(mine, 2):
            overlap = ra.clip(rb)
            if a != b and overlap.width > 2 and overlap.height > 2:
                problems.append(f"{name}: {a[:20]!r} overlaps {b[:20]!r}")

    app.step = step  # type: ignore[method-assign]
    draw_everything(app)
    assert not sorted(set(problems))
