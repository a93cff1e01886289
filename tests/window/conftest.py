"""Fixtures for the window tests: options, an app under SDL's dummy driver, and an event driver."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.content.loader import load_bundled
from game.session.options import PlayOptions
from game.window.app import App, first_scene, read_resume

# tests/conftest.py selects SDL's dummy video and audio drivers before pygame loads.

SIZE = (1024, 640)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user data folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("FENLEIQI_HOME", str(folder))
    return folder


MakeOptions = Callable[..., PlayOptions]


@pytest.fixture
def make_options(home: Path) -> MakeOptions:
    """``make_options(players=2, ...)``: play options with a save file in the private folder."""

    def make(**changes: Any) -> PlayOptions:
        return PlayOptions.defaults(changes.pop("save_path", home / "autosave.json"), **{"seed": 2024, **changes})

    return make


class Driver:
    """Drives an :class:`App` with posted events and stepped time, as a player would."""

    def __init__(self, app: App) -> None:
        self.app = app

    def key(self, key: int, unicode: str = "") -> None:
        """Press and release ``key``."""
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=unicode, scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=unicode, scancode=0))

    def click(self, pos: tuple[int, int]) -> None:
        """Move the mouse to ``pos`` and click."""
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))

    def type(self, text: str) -> None:
        """Type ``text`` as the input method delivers it (composition first, then the characters)."""
        pygame.event.post(pygame.event.Event(pygame.TEXTEDITING, text="xiangjiao", start=0, length=9))
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))

    def step(self, dt: float = 0.25, frames: int = 1) -> None:
        """Handle the posted events and advance ``frames`` frames of ``dt`` seconds."""
        for _ in range(frames):
            self.app.step(dt)

    def settle(self, limit: int = 400, dt: float = 0.25) -> None:
        """Step until nothing animates (or ``limit`` frames)."""
        for _ in range(limit):
            self.app.step(dt)
            if not self.app.animating():
                return


@pytest.fixture
def open_app(make_options: MakeOptions) -> Iterator[Callable[..., App]]:
    """``open_app(**options)``: an app at 1024×640 showing its first scene; closed afterwards."""
    apps: list[App] = []

    def open_(size: tuple[int, int] = SIZE, **changes: Any) -> App:
        options = make_options(**changes)
        app = App(options, load_bundled(), size=size)
        apps.append(app)
        app.push(first_scene(app, *read_resume(options)))
        app.step(0.0)
        return app

    yield open_
    for app in apps:
        app.shutdown()


@pytest.fixture
def app(open_app: Callable[..., App]) -> App:
    """A fresh app on the set-up screen."""
    return open_app()


@pytest.fixture
def driver(app: App) -> Driver:
    """A driver for the ``app`` fixture."""
    return Driver(app)
