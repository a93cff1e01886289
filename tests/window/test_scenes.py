"""Every screen draws without error, in both languages and at several window sizes."""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from game.content.loader import load_bundled
from game.content.models import QuestionType
from game.engine import Answer, Game, GameSetup, NameItems, Phase, PlayerSpec, new_game
from game.window.app import App
from game.window.end_scene import EndScene
from game.window.game_scene import GameScene
from game.window.naming_dialog import NamingDialog
from game.window.pause_scene import PauseScene
from game.window.question_dialog import QuestionDialog
from game.window.setup_scene import SetupScene
from tests.window.scenario import asking, finished, human_game, naming, play_until

SIZES = [(1024, 640), (600, 900), (320, 240), (1920, 1080)]
OpenApp = Callable[..., App]


def draw_everything(app: App) -> list[str]:
    """Show every screen once; returns the names of the scenes drawn."""
    content = load_bundled()
    drawn = []

    def show(change: Callable[[], object]) -> None:
        change()
        app.step(0.0)
        drawn.append(type(app.top).__name__)

    def game_scene(game: Game) -> GameScene:
        scene = GameScene(app, game, content)
        app.replace(scene)
        return scene

    show(lambda: app.replace(SetupScene(app, notice="一条提醒 · a notice")))
    show(lambda: game_scene(human_game(players=6, bots=0)))
    for kind in QuestionType:
        show(lambda kind=kind: game_scene(asking(kind)))  # it opens the dialog the engine waits for
        dialog = app.top
        assert isinstance(dialog, QuestionDialog)
        dialog.choose(0)  # the feedback
        show(lambda dialog=dialog: dialog)
    scene = game_scene(naming())
    show(lambda: None)
    dialog = app.top
    assert isinstance(dialog, NamingDialog)
    dialog.field.text = "香蕉皮、废电池、飞碟"
    dialog.submit_text(dialog.field.text)  # the verdict
    show(lambda: dialog)
    dialog.judge(False)  # the result
    show(lambda: dialog)
    show(lambda: app.push(PauseScene(app, scene)))
    show(lambda: app.replace(EndScene(app, finished(players=6), content)))
    return drawn


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_every_screen_draws(open_app: OpenApp, lang: str, size: tuple[int, int]) -> None:
    from game.window.layout import MIN_SIZE

    app = open_app(size=size, lang=lang)
    assert app.screen.get_size() == (max(size[0], MIN_SIZE[0]), max(size[1], MIN_SIZE[1]))  # never smaller
    drawn = draw_everything(app)
    assert drawn.count("QuestionDialog") == 6  # three kinds × (asking, feedback)
    assert {"SetupScene", "GameScene", "NamingDialog", "PauseScene", "EndScene"} <= set(drawn)


def test_the_classify_dialog_shows_the_four_bin_colours(open_app: OpenApp) -> None:
    app = open_app()
    game = asking(QuestionType.CLASSIFY)
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    assert len(app.stack) == 2
    for card in dialog.cards:
        probe = (card.rect.x + card.rect.width // 2, card.rect.bottom - card.rect.height // 4 - 2)
        # below the pictogram, beside the name: the bin's own colour
        assert app.screen.get_at((card.rect.x + 4, card.rect.centery))[:3] == card.fill
        assert card.rect.collidepoint(probe)
    assert [c.fill for c in dialog.cards] == [(0, 111, 98), (0, 60, 113), (249, 66, 58), (73, 73, 73)]


def test_a_right_answer_says_so_and_a_wrong_one_shows_the_right_choice(open_app: OpenApp) -> None:
    app = open_app()
    game = asking(QuestionType.CLASSIFY)
    question = game.question
    assert question is not None
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    wrong = (question.correct_choice + 1) % 4
    answers = sum(isinstance(a, Answer) for a in game.state.log)
    dialog.choose(wrong)
    assert dialog.answered is not None and not dialog.answered.right
    assert [c.mark for c in dialog.cards if c.mark] == (["✓", "×"] if question.correct_choice < wrong else ["×", "✓"])
    assert dialog.effect  # the move the answer causes, in words
    dialog.choose(question.correct_choice)  # a second answer is ignored
    assert sum(isinstance(a, Answer) for a in game.state.log) == answers + 1


def test_resizing_lays_every_scene_out_again(open_app: OpenApp) -> None:
    app = open_app()
    scene = GameScene(app, human_game(), load_bundled())
    app.replace(scene)
    app.push(PauseScene(app, scene))
    app.step(0.0)
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=800, h=1000, size=(800, 1000)))
    app.step(0.0)
    assert app.screen.get_size() == (800, 1000)
    assert scene.size == (800, 1000) and app.top is not None and app.top.size == (800, 1000)
    assert scene.screen.panel.bottom <= 1000 and scene.screen.panel.top > scene.screen.board.bottom
    pause = app.top
    assert isinstance(pause, PauseScene)
    assert all(pygame.Rect(0, 0, 800, 1000).contains(b.rect) for b in pause.buttons())


def test_the_set_up_screen_takes_names_through_the_input_method(open_app: OpenApp) -> None:
    from tests.window.conftest import Driver

    app = open_app()
    driver = Driver(app)
    setup = app.top
    assert isinstance(setup, SetupScene)
    field = setup.seats[0].field
    driver.click(field.rect.center)
    driver.step(0.0)
    assert field.focused
    pygame.event.post(pygame.event.Event(pygame.TEXTEDITING, text="xiaoming", start=8, length=0))
    driver.step(0.0)
    assert field.composition == "xiaoming" and field.text == ""
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="小明"))
    driver.step(0.0)
    assert field.text == "小明" and field.composition == ""
    driver.key(pygame.K_BACKSPACE)
    driver.step(0.0)
    assert field.text == "小"
    driver.key(pygame.K_RETURN)  # leaves the field
    driver.step(0.0)
    assert not field.focused
    assert setup.game_setup().players[0].name == "小"


def test_the_podium_is_laid_out_and_navigated_in_place_order(open_app: OpenApp) -> None:
    app = open_app()
    game = finished(players=4)
    scene = EndScene(app, game, load_bundled())
    app.replace(scene)
    app.step(0.0)
    lefts = [rect.x for _, rect in scene.tabs]
    assert [seat for seat, _ in scene.tabs] == list(game.state.podium) and lefts == sorted(lefts)
    scene.handle_event(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT))
    assert scene.selected == game.state.podium[1]  # → goes to the next place, which is to the right


def test_a_naming_said_aloud_can_be_accepted_without_typing(open_app: OpenApp) -> None:
    app = open_app()
    game = naming()
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, NamingDialog) and dialog.field.focused
    dialog.judge(True)
    assert dialog.judged is not None and dialog.judged.accepted and dialog.judged.overridden
    assert isinstance(game.state.log[-2], NameItems) and game.state.log[-2].text == ""


def test_the_set_up_screen_starts_from_the_command_line_options(open_app: OpenApp) -> None:
    app = open_app(players=3, names=("小明",), bots=1, bot_level=0.9, difficulty=(2, 2), region="shanghai")
    setup = app.top
    assert isinstance(setup, SetupScene)
    chosen = setup.game_setup()
    assert [(p.name, p.bot) for p in chosen.players] == [("小明", False), ("玩家2", False), ("电脑1", True)]
    assert chosen.players[2].p_correct == 0.9
    assert chosen.difficulty == (2, 2) and chosen.region == "shanghai"
    assert "2-2" in setup.difficulty.options[setup.difficulty.index][1]


def test_turning_a_seat_into_a_computer_renames_a_default_name(open_app: OpenApp) -> None:
    from tests.window.conftest import Driver

    app = open_app()
    setup = app.top
    assert isinstance(setup, SetupScene)
    toggle = setup.seats[1].toggle
    assert toggle is not None
    Driver(app).click(toggle.rect.center)
    app.step(0.0)
    assert [(p.name, p.bot) for p in setup.game_setup().players] == [("玩家1", False), ("电脑1", True)]
    Driver(app).click((setup.count.rect.right - 4, setup.count.rect.centery))  # ▶: three players
    app.step(0.0)
    assert setup.players == 3


def test_a_question_about_a_disputed_item_says_whose_rules_count(open_app: OpenApp) -> None:
    from game.engine import Phase, involves
    from tests.window.scenario import play_until

    def disputed_question(g: Game) -> bool:
        return g.phase is Phase.ANSWER and g.question is not None and involves(g.question, g.disputed)

    game = next(
        g
        for g in (
            play_until(human_game(seed=s), lambda g: g.over or disputed_question(g), limit=20000) for s in range(40)
        )
        if disputed_question(g)
    )
    app = open_app()
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    assert dialog.prompt_text().endswith("（各地分法不同，这里按全国的规则）")


def test_true_false_badges_agree_with_the_answer(open_app: OpenApp) -> None:
    """The 对/错 cards carry words only; after the answer ✓ marks what was right and × the wrong
    choice, so a ✓ never sits on a card that itself shows ×."""
    app = open_app()
    game = asking(QuestionType.TRUEFALSE)
    question = game.question
    assert question is not None
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    assert [c.label for c in dialog.cards] == ["对", "错"]
    wrong = 1 - question.correct_choice
    dialog.choose(wrong)
    marks = {c.label: c.mark for c in dialog.cards}
    right_word = "对" if question.correct_choice == 0 else "错"
    assert marks[right_word] == "✓" and marks[{"对": "错", "错": "对"}[right_word]] == "×"
    surface = pygame.Surface((1024, 640))
    dialog.draw(surface)  # a real Surface under the dummy driver


def key(kind: int, code: int) -> pygame.event.Event:
    return pygame.event.Event(kind, key=code, mod=0, unicode="\r" if code == pygame.K_RETURN else "")


def test_a_held_enter_does_not_skip_the_verdict_or_the_feedback(open_app: OpenApp) -> None:
    """Holding Enter after typing sends the answer once: the key repeats do not also confirm the
    verdict or close the result; it counts again only after it is let go."""
    app = open_app()
    game = naming()
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, NamingDialog)
    dialog.field.text = "香蕉皮、苹果核、剩饭"
    app.step(0.0, [key(pygame.KEYDOWN, pygame.K_RETURN)])  # sends the answer
    assert dialog.stage == "judge"
    app.step(0.0, [key(pygame.KEYDOWN, pygame.K_RETURN)] * 5)  # the key is still held: repeats
    assert dialog.stage == "judge"
    app.step(0.0, [key(pygame.KEYUP, pygame.K_RETURN), key(pygame.KEYDOWN, pygame.K_RETURN)])
    assert dialog.stage == "done"  # a fresh press confirms the verdict
    app.step(0.0, [key(pygame.KEYDOWN, pygame.K_RETURN)] * 5)
    assert app.top is dialog  # held again: the result stays
    app.step(0.0, [key(pygame.KEYUP, pygame.K_RETURN), key(pygame.KEYDOWN, pygame.K_RETURN)])
    assert app.top is not dialog


def test_buttons_act_on_release_and_sliding_off_cancels(open_app: OpenApp) -> None:
    app = open_app()
    scene = GameScene(app, human_game(), load_bundled())
    app.replace(scene)
    app.step(0.0)
    button = scene.lookup_button
    inside, outside = button.rect.center, (button.rect.right + 40, button.rect.bottom + 40)
    down = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=inside, button=1)
    app.step(0.0, [down])
    assert app.top is scene and button.pressed  # nothing yet: a press only
    app.step(0.0, [pygame.event.Event(pygame.MOUSEMOTION, pos=outside, rel=(40, 40), buttons=(1, 0, 0))])
    app.step(0.0, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=outside, button=1)])
    assert app.top is scene and not button.pressed  # slid off: cancelled
    app.step(0.0, [down, pygame.event.Event(pygame.MOUSEBUTTONUP, pos=inside, button=1)])
    assert app.top is not scene  # pressed and released on it: the look-up opens


def test_a_held_enter_on_the_board_rolls_once(open_app: OpenApp) -> None:
    from game.engine import Phase, Roll

    def passes_the_turn(seed: int) -> bool:  # the first roll lands where nothing is asked
        probe = human_game(players=2, bots=0, seed=seed)
        probe.apply(Roll(0))
        return probe.phase is Phase.ROLL and probe.current == 1

    seed = next(seed for seed in range(1, 200) if passes_the_turn(seed))
    app = open_app()
    game = human_game(players=2, bots=0, seed=seed)
    scene = GameScene(app, game, load_bundled())
    app.replace(scene)
    app.step(0.0)
    app.step(0.0, [key(pygame.KEYDOWN, pygame.K_RETURN)])
    for _ in range(200):  # the system repeats the held key while the die and the token move
        app.step(0.05, [key(pygame.KEYDOWN, pygame.K_RETURN)])
    assert [type(action).__name__ for action in game.state.log] == ["Roll"]  # player 2 did not roll


def test_a_childs_question_has_pinyin_over_it_a_grown_ups_none(open_app: OpenApp) -> None:
    """The same question drawn for a child's seat and a grown-up's: only the child's dialog reads
    with pinyin, and its prompt block is taller by the row of syllables."""
    heights = {}
    for level in ("child", "adult"):
        app = open_app()
        game = play_until(
            new_game(load_bundled(), GameSetup((PlayerSpec("小明", level=level),)), seed=5),
            lambda g: g.phase is Phase.ANSWER and g.question is not None,
        )
        app.replace(GameScene(app, game, load_bundled()))
        app.step(0.0)
        dialog = app.top
        assert isinstance(dialog, QuestionDialog)
        assert (dialog.ruby is not None) is (level == "child")
        prompt = dialog.prompt_text()
        size = dialog._fit_block(prompt, dialog.prompt_size, dialog.prompt_rect.size, bold=True)
        heights[level] = dialog._line_height(size)
        dialog.choose(dialog.question.correct_choice)
        app.step(0.0)
        app.draw()  # the explanation, with pinyin for the child
    assert heights["child"] > heights["adult"]


def test_the_pinyin_button_of_a_seat_turns_pinyin_off_and_on(open_app: OpenApp) -> None:
    from tests.window.conftest import Driver

    app = open_app(levels=("child", "adult"))
    setup = app.top
    assert isinstance(setup, SetupScene)
    assert [p.shows_pinyin for p in setup.game_setup().players] == [True, False]
    button = setup.seats[0].pinyin_button
    assert button is not None and "拼" in button.label
    Driver(app).click(button.rect.center)
    app.step(0.0)
    assert [p.pinyin for p in setup.game_setup().players] == [False, None]
    Driver(app).click(setup.seats[1].pinyin_button.rect.center)  # type: ignore[union-attr]
    app.step(0.0)
    assert [p.shows_pinyin for p in setup.game_setup().players] == [False, True]


def test_with_a_child_at_the_table_a_computers_answer_waits_for_a_press(open_app: OpenApp) -> None:
    """Without a child a computer's feedback closes after its reading time; with one it stays."""
    for level, stays in (("adult", False), ("child", True)):
        app = open_app()
        setup = GameSetup((PlayerSpec("小明", level=level), PlayerSpec("电脑1", bot=True)))
        game = play_until(
            new_game(load_bundled(), setup, seed=5),
            lambda g: g.phase is Phase.ANSWER and g.current == 1,
        )
        app.replace(GameScene(app, game, load_bundled()))
        app.step(0.0)
        dialog = app.top
        assert isinstance(dialog, QuestionDialog) and dialog.bot
        for _ in range(40):  # 20 s of frames: thinking, answering and far past any reading time
            app.step(0.5, events=())
        assert (app.top is dialog) is stays
        if stays:
            assert not dialog.answering  # it answered, and its feedback waits for Continue


def test_a_classify_question_shows_the_items_picture_beside_it(open_app: OpenApp) -> None:
    from game.content.models import ClassifyQuestion

    app = open_app()
    game = play_until(
        new_game(load_bundled(), GameSetup((PlayerSpec("小明"),)), seed=5),
        lambda g: g.phase is Phase.ANSWER and isinstance(g.question, ClassifyQuestion),
    )
    question = game.question
    assert isinstance(question, ClassifyQuestion)
    item = game.dictionary.find(question.item)
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, QuestionDialog)
    if item is not None and item.picture:
        assert dialog.picture_rect.width > 40 and not dialog.picture_rect.colliderect(dialog.prompt_rect)
        app.draw()
        inside = dialog.picture_rect
        painted = {
            app.screen.get_at((x, y))[:3]
            for x in range(inside.left, inside.right, 4)
            for y in range(inside.top, inside.bottom, 4)
        }
        assert len(painted) > 3  # the picture is drawn there, not just the card's white
    else:
        assert dialog.picture_rect.width == 0


def test_a_right_answer_is_cheered_and_a_wrong_one_gets_no_sad_sound(open_app: OpenApp) -> None:
    from game.window.cheer import CHEER_SECONDS
    from game.window.sound import _RECIPES

    assert "wrong" not in _RECIPES  # there is no sad sound to play
    for right in (True, False):
        app = open_app()
        game = asking(QuestionType.CLASSIFY)
        app.replace(GameScene(app, game, load_bundled()))
        app.step(0.0)
        dialog = app.top
        assert isinstance(dialog, QuestionDialog)
        played: list[str] = []
        app.sound.play = played.append  # type: ignore[assignment,method-assign]
        correct = dialog.question.correct_choice
        dialog.choose(correct if right else (correct + 1) % dialog.question.n_choices)
        assert played == (["right"] if right else [])
        assert (dialog.cheer is not None) is right
        if right:
            assert dialog.animating()
            before = app.screen.copy()
            app.step(0.1, events=())
            assert pygame.image.tobytes(app.screen, "RGB") != pygame.image.tobytes(before, "RGB")
            for _ in range(round(CHEER_SECONDS / 0.1) + 2):
                app.step(0.1, events=())
            assert dialog.cheer is not None and dialog.cheer.done


def test_the_naming_verdict_shows_the_pictures_of_what_counted(open_app: OpenApp) -> None:
    app = open_app()
    game = naming()
    app.replace(GameScene(app, game, load_bundled()))
    app.step(0.0)
    dialog = app.top
    assert isinstance(dialog, NamingDialog)
    dialog.submit_text("香蕉皮、苹果核、剩饭")
    app.step(0.0)
    assert dialog.verdict is not None and "香蕉皮" in dialog.verdict.counted
    top = dialog.details_rect.y
    assert dialog._draw_pictures(app.screen, top, top + 600) > top  # a row of pictures, then the words


def test_a_childs_naming_task_and_verdict_have_pinyin_a_grown_ups_none(open_app: OpenApp) -> None:
    """A child reads the naming task (说出3个厨余垃圾) and the judge's lines with pinyin over them."""
    heights = {}
    for level in ("child", "adult"):
        app = open_app()
        game = play_until(
            new_game(load_bundled(), GameSetup((PlayerSpec("小明", level=level),)), seed=5),
            lambda g: g.phase is Phase.NAME,
        )
        app.replace(GameScene(app, game, load_bundled()))
        app.step(0.0)
        dialog = app.top
        assert isinstance(dialog, NamingDialog)
        assert (dialog.ruby is not None) is (level == "child")
        heights[level] = dialog.task_rect.height
        dialog.submit_text("香蕉皮、苹果核、剩饭")
        app.step(0.0)
        app.draw()  # the verdict's lines, with pinyin for the child
    assert heights["child"] > heights["adult"]


def test_the_learning_report_shows_pictures_of_what_to_practise(open_app: OpenApp) -> None:
    app = open_app()
    app.replace(EndScene(app, finished(players=2), load_bundled()))
    app.step(0.0)
    end = app.top
    assert isinstance(end, EndScene)
    reports = [(seat, end.practice_pictures(report)) for seat, report in enumerate(end.reports)]
    seat, pictures = max(reports, key=lambda pair: len(pair[1]))
    assert pictures, "a finished game of first-choice answers misses some pictured item"
    end.select(seat)
    app.step(0.0)  # drawn without error, the pictures before the words


def test_with_a_child_at_the_table_messages_stay_until_the_next_roll(open_app: OpenApp) -> None:
    for level, stays in (("adult", False), ("child", True)):
        app = open_app()
        game = new_game(load_bundled(), GameSetup((PlayerSpec("小明", level=level), PlayerSpec("妈妈"))), seed=5)
        scene = GameScene(app, game, load_bundled())
        app.replace(scene)
        scene.toast("暂停一轮")
        for _ in range(20):  # ten seconds, far past a message's time
            app.step(0.5, events=())
        assert bool(scene.toasts) is stays
        if stays:
            assert not scene.animating() or scene.timeline.busy  # a held message needs no frames
            scene.roll()
            assert not scene.toasts
