"""Whole games played through the window with posted mouse and key events, from set-up to podium."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pygame

from game.engine import Answer, Judge, NameItems, Roll
from game.window.app import App
from game.window.end_scene import EndScene
from game.window.game_scene import GameScene
from game.window.naming_dialog import NamingDialog
from game.window.question_dialog import QuestionDialog
from game.window.setup_scene import SetupScene
from tests.window.conftest import Driver

OpenApp = Callable[..., App]


def play_to_the_end(driver: Driver, limit: int = 6000) -> dict[str, int]:
    """Play every person's decisions with the mouse and the keyboard, in turns; returns what was done."""
    app = driver.app
    done = {"rolls": 0, "answers": 0, "namings": 0, "mouse": 0, "keys": 0, "reviews": 0}
    for step in range(limit):
        top = app.top
        mouse = step % 2 == 0
        if isinstance(top, EndScene):
            return done
        if isinstance(top, GameScene) and top.can_roll():
            done["rolls"] += 1
            if mouse:
                driver.click(top.roll_button.rect.center)
            else:
                driver.key(pygame.K_SPACE)
        elif isinstance(top, QuestionDialog) and not top.bot:
            if top.answering:
                done["answers"] += 1
                done["reviews"] += top.review
                # mostly right (the game moves on), sometimes wrong (the feedback shows the right answer)
                choice = (
                    top.question.correct_choice
                    if done["answers"] % 3
                    else (top.question.correct_choice + 1) % (top.question.n_choices)
                )
                if mouse:
                    driver.click(top.cards[choice].rect.center)
                else:
                    driver.key(pygame.K_1 + choice)
            elif mouse:
                driver.click(top.continue_button.rect.center)
            else:
                driver.key(pygame.K_RETURN)
        elif isinstance(top, NamingDialog) and not top.bot:
            if top.stage == "name":
                done["namings"] += 1
                if done["namings"] % 2:
                    driver.type("香蕉皮、苹果核，剩饭 废电池")
                    driver.key(pygame.K_RETURN)
                else:  # said aloud: the grown-up clicks "counts"
                    driver.click(top.counts_button.rect.center)
            elif top.stage == "judge":
                if mouse:
                    driver.click(top.not_counts_button.rect.center)
                else:
                    driver.key(pygame.K_RETURN)
            elif mouse:
                driver.click(top.continue_button.rect.center)
            else:
                driver.key(pygame.K_RETURN)
        done["mouse" if mouse else "keys"] += 1
        driver.step(0.25)
    raise AssertionError(f"the game did not end in {limit} frames: {done}")


def test_two_people_play_a_whole_game_with_mouse_and_keys(open_app: OpenApp, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    app = open_app(report=report)
    driver = Driver(app)
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert setup.players == 2 and not any(seat.bot for seat in setup.seats[:2])  # the one-click default
    driver.click(setup.seats[0].field.rect.center)
    driver.type("小明")
    driver.key(pygame.K_TAB)
    driver.type("Ana")
    driver.step(0.0)
    driver.click(setup.start.rect.center)
    driver.step(0.0)
    scene = app.stack[0]
    assert isinstance(scene, GameScene)
    assert scene.names == ["小明", "Ana"]
    game = scene.game

    done = play_to_the_end(driver)

    assert game.over and done["rolls"] >= 4 and done["answers"] >= 2
    # every review the engine asked a person was shown as a review dialog (复习 · review)
    assert done["reviews"] == sum(len(game.state.records[seat].reviews) for seat in range(game.players))
    end = app.top
    assert isinstance(end, EndScene)
    log = game.state.log
    assert {type(a) for a in log} >= {Roll, Answer}
    if done["namings"]:
        assert any(isinstance(a, NameItems) for a in log) and any(isinstance(a, Judge) for a in log)
    assert sorted(end.podium) == [0, 1] and end.podium[0] == game.winner
    saved = json.loads(app.options.save_path.read_text(encoding="utf-8"))
    assert len(saved["game"]["log"]) == len(log)  # saved after every action
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))  # the terminal's format
    assert rows[0][:4] == ["玩家", "座位", "电脑", "名次"]
    assert {row[0] for row in rows[1:]} == {"小明", "Ana"} and {row[3] for row in rows[1:]} == {"1", "2"}

    end.select(end.podium[1])  # each player's report
    driver.key(pygame.K_RIGHT)
    driver.step(0.0)
    driver.click(end.again_button.rect.center)  # play again: back to set-up with the same players
    driver.step(0.0)
    again = app.top
    assert isinstance(again, SetupScene)
    assert again.game_setup().players == game.setup.players


def test_a_person_and_a_computer_play_a_whole_game(open_app: OpenApp) -> None:
    app = open_app(players=2, bots=1, seed=11)
    driver = Driver(app)
    driver.key(pygame.K_RETURN)  # one key starts the default game
    driver.step(0.0)
    scene = app.stack[0]
    assert isinstance(scene, GameScene) and scene.game.is_bot(1) and not scene.game.is_bot(0)
    play_to_the_end(driver)
    assert scene.game.over
    assert any(type(a).__name__ == "BotMove" for a in scene.game.state.log)
