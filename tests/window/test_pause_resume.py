"""Esc → pause → save → quit, then ``--resume``; closing the window saves; a bad save is survived."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.savefile import read_save
from game.window.app import App
from game.window.end_scene import EndScene
from game.window.game_scene import GameScene
from game.window.pause_scene import PauseScene
from game.window.question_dialog import QuestionDialog
from game.window.setup_scene import SetupScene
from tests.window.conftest import Driver
from tests.window.test_full_game import play_to_the_end

OpenApp = Callable[..., App]


def start_and_roll(app: App, rolls: int = 3) -> GameScene:
    """Start the default game and play a few turns (answering with 1, naming aloud)."""
    driver = Driver(app)
    driver.key(pygame.K_RETURN)
    driver.step(0.0)
    scene = app.stack[0]
    assert isinstance(scene, GameScene)
    for _ in range(rolls):
        driver.settle()
        while app.top is not scene:
            top = app.top
            if isinstance(top, QuestionDialog) and not top.answering:
                driver.key(pygame.K_RETURN)
            elif isinstance(top, QuestionDialog):
                driver.key(pygame.K_1)
            else:
                driver.key(pygame.K_ESCAPE)  # any other dialog: leave it for later
                break
            driver.settle()
        if app.top is scene:
            driver.key(pygame.K_SPACE)
            driver.step(0.25)
    driver.settle()
    return scene


def test_esc_save_quit_and_resume(open_app: OpenApp) -> None:
    app = open_app()
    driver = Driver(app)
    scene = start_and_roll(app)
    if not isinstance(app.top, PauseScene):
        driver.key(pygame.K_ESCAPE)
        driver.step(0.0)
    pause = app.top
    assert isinstance(pause, PauseScene)
    steps = len(scene.game.state.log)
    driver.click(pause.save_button.rect.center)
    driver.step(0.0)
    path = app.options.save_path
    assert path.exists() and str(path) in pause.message
    driver.step(5.0)  # time does not pass in the game while paused
    assert len(scene.game.state.log) == steps
    driver.click(pause.quit_button.rect.center)
    driver.step(0.0)
    assert not app.running

    resumed_app = open_app(resume=str(path))
    resumed = resumed_app.stack[0]
    assert isinstance(resumed, GameScene)
    assert resumed.game == scene.game
    assert [t.square for t in resumed.tokens] == scene.game.state.positions


def test_esc_over_a_question_pauses_and_comes_back_to_it(open_app: OpenApp) -> None:
    from game.content.loader import load_bundled
    from game.content.models import QuestionType
    from tests.window.scenario import asking

    app = open_app()
    driver = Driver(app)
    app.replace(GameScene(app, asking(QuestionType.TRUEFALSE), load_bundled()))
    driver.step(0.0)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    driver.key(pygame.K_ESCAPE)
    driver.step(0.0)
    assert isinstance(app.top, PauseScene)
    driver.key(pygame.K_1)  # keys do not reach the dialog under the menu
    driver.step(0.0)
    assert dialog.answering
    driver.key(pygame.K_ESCAPE)
    driver.step(0.0)
    assert app.top is dialog


def test_closing_the_window_saves_the_game(open_app: OpenApp) -> None:
    app = open_app()
    scene = start_and_roll(app, rolls=2)
    app.options.save_path.unlink()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.step(0.0)
    assert not app.running
    assert read_save(app.options.save_path).game == scene.game


def test_the_set_up_screen_offers_to_continue_a_saved_game(open_app: OpenApp) -> None:
    first = open_app()
    scene = start_and_roll(first, rolls=1)
    first.close()
    app = open_app()
    setup = app.top
    assert isinstance(setup, SetupScene) and setup.resume_button is not None
    Driver(app).click(setup.resume_button.rect.center)
    app.step(0.0)
    assert isinstance(app.stack[0], GameScene) and app.stack[0].game == scene.game


def test_resuming_a_finished_game_shows_the_podium(open_app: OpenApp) -> None:
    app = open_app()
    driver = Driver(app)
    driver.key(pygame.K_RETURN)
    driver.step(0.0)
    play_to_the_end(driver)
    resumed = open_app(resume=str(app.options.save_path))
    assert isinstance(resumed.top, EndScene)


def test_a_damaged_save_opens_the_set_up_screen_with_a_note(open_app: OpenApp, home: object) -> None:
    app = open_app()
    app.options.save_path.write_text("{ not json", encoding="utf-8")
    resumed = open_app(resume=str(app.options.save_path))
    setup = resumed.top
    assert isinstance(setup, SetupScene)
    assert "没有可以继续的存档" in setup.notice
    assert setup.resume_button is None
