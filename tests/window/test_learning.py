"""Issue 7 in the window: levels per seat, the quick look-up, the region, short explanations."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.categories import Category
from game.content.loader import Content, load_bundled
from game.content.wording import is_bare_verdict
from game.engine import Game, GameSetup, Lookup, Phase, PlayerSpec, new_game
from game.engine.levels import first_sentence
from game.history import History
from game.savefile import read_save
from game.window.app import App
from game.window.game_panel import panel_title
from game.window.game_scene import GameScene
from game.window.lookup_dialog import LookupDialog
from game.window.question_dialog import QuestionDialog
from game.window.setup_scene import SetupScene
from tests.window.conftest import Driver
from tests.window.scenario import human_game, play_until
from tests.window.test_scenes import SIZES

OpenApp = Callable[..., App]


def test_each_seat_has_a_level_from_the_command_line_else_adult(open_app: OpenApp) -> None:
    app = open_app(players=3, levels=("child",))
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert [p.level for p in setup.game_setup().players] == ["child", "adult", "adult"]
    app.step(0.0)
    button = setup.seats[1].level_button
    assert button is not None and button.label == "成人"
    Driver(app).click(button.rect.center)  # adult → child
    app.step(0.0)
    Driver(app).click(button.rect.center)  # child → teen
    app.step(0.0)
    assert button.label == "少年"
    assert [p.level for p in setup.game_setup().players] == ["child", "teen", "adult"]
    assert not setup.seats[1].field.focused  # the click went to the level, not the name


def test_the_level_reaches_the_game(open_app: OpenApp) -> None:
    app = open_app(levels=("teen", "child"))
    setup = app.top
    assert isinstance(setup, SetupScene)
    setup.start_game()
    scene = app.top
    assert isinstance(scene, GameScene)
    assert [p.level for p in scene.game.setup.players] == ["teen", "child"]


def _game_scene(app: App, game: Game) -> GameScene:
    scene = GameScene(app, game, load_bundled())
    app.replace(scene)
    app.step(0.0)
    return scene


def test_the_look_up_button_opens_a_dialog_that_applies_lookup_and_shows_the_bin(open_app: OpenApp) -> None:
    app = open_app()
    game = human_game()
    scene = _game_scene(app, game)
    driver = Driver(app)
    driver.click(scene.lookup_button.rect.center)
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, LookupDialog) and dialog.field.focused
    driver.type("香蕉皮")
    driver.key(pygame.K_RETURN)
    app.step(0.0)
    looked = dialog.looked
    assert looked is not None and looked.item == "香蕉皮" and looked.category is Category.KITCHEN
    assert game.state.log[-1] == Lookup(game.current, "香蕉皮")
    assert "香蕉皮" in read_save(app.options.save_path).game.state.records[game.current].looked_up  # autosaved
    assert dialog.reason()
    app.step(0.0)  # draws the result
    driver.type("飞碟碟碟")
    driver.key(pygame.K_RETURN)
    app.step(0.0)
    assert dialog.looked is not None and dialog.looked.item is None
    app.step(0.0)
    driver.key(pygame.K_ESCAPE)
    app.step(0.0)
    assert app.top is scene


def test_l_opens_the_look_up_but_not_while_a_computer_plays(open_app: OpenApp) -> None:
    app = open_app()
    scene = _game_scene(app, human_game())
    Driver(app).key(pygame.K_l)
    app.step(0.0)
    assert isinstance(app.top, LookupDialog)
    app.pop(app.top)
    game = new_game(load_bundled(), GameSetup((PlayerSpec("电脑", bot=True), PlayerSpec("小明"))), seed=3)
    scene = _game_scene(app, game)
    assert game.is_bot(game.current)
    Driver(app).key(pygame.K_l)
    app.step(0.0)
    assert app.top is scene and not scene.can_look_up()


def test_the_side_panel_names_the_region_when_it_is_not_national(open_app: OpenApp) -> None:
    app = open_app()
    scene = _game_scene(app, human_game(region="shanghai"))
    assert panel_title(scene) == f"{scene.game.board.name} · 上海"
    assert " · " not in panel_title(_game_scene(app, human_game()))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("typed", ["", "废电池", "飞碟碟碟"])
def test_the_look_up_dialog_draws_at_every_size(
    open_app: OpenApp, lang: str, size: tuple[int, int], typed: str
) -> None:
    app = open_app(size=size, lang=lang)
    scene = _game_scene(app, human_game(region="shenzhen"))
    scene.open_lookup()
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, LookupDialog)
    dialog.look_up(typed)
    app.step(0.0)
    assert (dialog.looked is None) == (typed == "")


def _levelled_game(level: str, seed: int = 5) -> Game:
    setup = GameSetup((PlayerSpec("乐乐", level=level), PlayerSpec("小红", level=level)))
    return new_game(load_bundled(), setup, seed=seed)


def _long_explanations() -> Content:
    """The bundled content with a second sentence on every explanation (the bundled easy ones have one)."""
    content = load_bundled()
    longer = tuple(replace(q, explain=q.explain + "多说一句。") for q in content.questions)
    return replace(content, questions=longer)


@pytest.mark.parametrize("level", ["child", "adult"])
def test_a_child_sees_the_first_sentence_of_the_explanation(open_app: OpenApp, level: str) -> None:
    app = open_app()
    setup = GameSetup((PlayerSpec("乐乐", level=level), PlayerSpec("小红", level=level)))
    game = play_until(new_game(_long_explanations(), setup, seed=5), lambda g: g.phase is Phase.ANSWER)
    question = game.question
    assert question is not None
    _game_scene(app, game)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    dialog.choose(0)
    app.step(0.0)
    full = question.explain_in("zh")
    if level == "child":
        assert dialog.explanation() == first_sentence(full) != full
        assert not is_bare_verdict(dialog.explanation())  # 对。 alone is never all a child sees
    else:
        assert dialog.explanation() == full


def test_the_keep_toggle_opts_a_person_into_the_learning_history(open_app: OpenApp, home: Path) -> None:
    app = open_app(names=("小明", "小红"))
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert os.environ["FENLEIQI_HOME"] == str(home)
    button = setup.seats[0].remember_button
    assert button is not None and not setup.seats[0].remember
    Driver(app).click(button.rect.center)
    app.step(0.0)
    assert setup.seats[0].remember and button.label.startswith("✓")
    setup.start_game()
    assert isinstance(app.top, GameScene)
    assert History.load().names() == ("小明",)
    again = open_app(names=("小明", "小红")).top
    assert isinstance(again, SetupScene) and again.seats[0].remember and not again.seats[1].remember


def test_computer_seats_have_no_keep_toggle(open_app: OpenApp) -> None:
    app = open_app(players=2, bots=1)
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert setup.seats[1].remember_button not in setup.widgets()
    setup.seats[1].remember = True  # even if set, a computer is never recorded
    setup.start_game()
    assert History.load().names() == ()


def _looking_up(open_app: OpenApp, typed: str) -> tuple[App, Game, LookupDialog]:
    """A two-person game with the look-up dialog open and ``typed`` looked up."""
    app = open_app()
    game = human_game()
    _game_scene(app, game).open_lookup()
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, LookupDialog)
    dialog.look_up(typed)
    return app, game, dialog


def test_a_suggestion_is_looked_up_with_one_click(open_app: OpenApp) -> None:
    app, game, dialog = _looking_up(open_app, "电池子")
    app.step(0.0)  # draws the suggestions as buttons
    assert dialog.looked is not None and dialog.looked.item is None and dialog.suggestion_buttons
    first = dialog.suggestion_buttons[0]
    assert first.rect.width > 0
    Driver(app).click(first.rect.center)
    app.step(0.0)
    assert dialog.looked is not None and dialog.looked.item == first.label and dialog.looked.category is not None
    assert game.state.log[-1] == Lookup(game.current, first.label)
    assert not dialog.suggestion_buttons


def test_a_generic_word_shows_how_to_tell_the_kinds_apart(open_app: OpenApp) -> None:
    app, _, dialog = _looking_up(open_app, "电池")
    app.step(0.0)
    looked = dialog.looked
    assert looked is not None and looked.generic == "电池" and looked.item is None
    assert "普通干电池" in looked.suggestions and "纽扣电池" in looked.suggestions
    assert dialog.suggestion_buttons and dialog.suggestion_buttons[0].rect.width > 0  # kinds as buttons
