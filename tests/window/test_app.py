"""The app: the loop waits for events when nothing animates, the display may be missing, sound is optional."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.content.loader import load_bundled
from game.engine import GameSetup, new_game
from game.errors import DisplayUnavailable, FenleiqiError
from game.window.app import App, run_window
from game.window.game_scene import GameScene
from game.window.sound import SoundEffects
from tests.window.conftest import Driver, MakeOptions

OpenApp = Callable[..., App]
REPO = Path(__file__).resolve().parents[2]


class FakeClock:
    """Counts the frames the loop asks for at 60 Hz."""

    ticks = 0

    def tick(self, fps: int = 0) -> int:
        FakeClock.ticks += 1
        return 16


def test_the_loop_sleeps_in_event_wait_when_nothing_moves(open_app: OpenApp, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_app()
    script = [
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0),  # start
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, unicode=" ", scancode=0),  # roll
        pygame.event.Event(pygame.QUIT),
    ]
    waits: list[int] = []

    def wait(timeout: int = 0) -> pygame.event.Event:
        waits.append(timeout)
        return script.pop(0) if script else pygame.event.Event(pygame.QUIT)

    clock = iter(range(100_000))
    app.now = lambda: next(clock) * 0.05  # every frame is 50 ms later
    FakeClock.ticks = 0
    monkeypatch.setattr(pygame.event, "wait", wait)
    monkeypatch.setattr(pygame.time, "Clock", FakeClock)

    assert app.run() == 0
    assert not script and not app.running
    # three waits (set-up, the roll, then whatever waited for the player), no timeout: no busy loop
    assert waits == [0, 0, 0]
    assert FakeClock.ticks > 10  # the die and the walk were animated at 60 Hz
    assert app.options.save_path.exists()  # closing saved the game


def test_animating_only_while_something_moves(open_app: OpenApp) -> None:
    app = open_app()
    assert not app.animating()  # the set-up screen waits
    driver = Driver(app)
    driver.key(pygame.K_RETURN)
    driver.step(0.0)
    scene = app.top
    assert isinstance(scene, GameScene)
    assert not app.animating()  # waiting for the roll
    driver.key(pygame.K_SPACE)
    driver.step(0.05)
    assert app.animating()  # the die tumbles
    driver.settle()
    assert not app.animating()
    assert app.top is not None and app.top.redraw_every() in (None, 0.5)  # 0.5: a caret blinks


def test_a_computer_turn_runs_by_itself(open_app: OpenApp) -> None:
    app = open_app()
    bots = new_game(load_bundled(), GameSetup.of(bots=2), seed=4)
    app.replace(GameScene(app, bots, load_bundled()))
    assert app.animating()
    for _ in range(40):
        app.step(0.25)
    assert len(bots.state.log) >= 2


def test_no_display_raises_display_unavailable(make_options: MakeOptions, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> pygame.Surface:
        raise pygame.error("x11 not available\nmore detail")

    monkeypatch.setattr(pygame.display, "set_mode", refuse)
    with pytest.raises(DisplayUnavailable) as caught:
        run_window(make_options())
    assert str(caught.value) == "x11 not available"  # one line: play.py wraps it in its own sentence
    assert isinstance(caught.value, FenleiqiError)


def test_sound_is_off_by_default_and_a_missing_device_is_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    effects = SoundEffects()
    assert not effects.enabled and not effects.play("roll")

    def no_device(*args: Any, **kwargs: Any) -> None:
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    assert effects.set_enabled(True) is False
    assert not effects.enabled and not effects.play("roll")
    assert effects.set_enabled(False) is True


def test_sound_plays_when_turned_on() -> None:
    effects = SoundEffects()
    try:
        assert effects.set_enabled(True)  # the dummy audio driver
        assert effects.play("right")
    finally:
        effects.close()


def test_a_real_missing_audio_driver_prints_nothing() -> None:
    code = "from game.window.sound import SoundEffects; print(SoundEffects().set_enabled(True))"
    env = {**os.environ, "SDL_AUDIODRIVER": "no-such-driver"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env)
    assert result.returncode == 0
    assert result.stdout.strip() == "False"
    assert result.stderr == ""


def test_f11_switches_full_screen_and_back(open_app: OpenApp) -> None:
    app = open_app()
    driver = Driver(app)
    driver.key(pygame.K_F11)
    driver.step(0.0)
    assert app.fullscreen
    driver.key(pygame.K_F11)
    driver.step(0.0)
    assert not app.fullscreen and app.screen.get_size() == (1024, 640)


def test_switching_language_on_the_set_up_screen(open_app: OpenApp) -> None:
    from game.window.setup_scene import SetupScene

    app = open_app()
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert setup.start.label == "开始游戏"
    Driver(app).click(setup.language.rect.center)
    app.step(0.0)
    assert app.lang == "en" and setup.start.label == "Start"
    assert setup.game_setup().players[0].name == "Player 1"
    Driver(app).key(pygame.K_RETURN)
    app.step(0.0)
    scene = app.stack[0]
    assert isinstance(scene, GameScene) and scene.roll_button.label == "Roll"


def test_play_levels_reach_the_window_set_up(open_app: OpenApp) -> None:
    from game.window.setup_scene import SetupScene

    app = open_app(levels=("adult", "child"))
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert [p.level for p in setup.game_setup().players[:2]] == ["adult", "child"]


def test_the_window_cannot_be_made_smaller_than_its_checked_layout() -> None:
    from pathlib import Path

    from game.session.options import PlayOptions
    from game.window.layout import MIN_SIZE

    app = App(PlayOptions.defaults(Path("unused.json")), load_bundled(), size=(1024, 640))
    try:
        app.step(0.0, events=[pygame.event.Event(pygame.VIDEORESIZE, w=300, h=200, size=(300, 200))])
        assert app.screen.get_size() == MIN_SIZE
        with pytest.warns(DeprecationWarning):  # the only way to read it while the display module draws
            assert pygame.Window.from_display_module().minimum_size == MIN_SIZE
    finally:
        app.shutdown()
