"""The end screen names the region and lists reviews (复习 ✓/✗) and look-ups."""

from __future__ import annotations

import io

from rich.console import Console

from game.content.loader import load_bundled
from game.engine import (
    Answer,
    BotMove,
    Game,
    GameSetup,
    Judge,
    Lookup,
    NameItems,
    Phase,
    PlayerSpec,
    Roll,
    learning_report,
    new_game,
)
from game.terminal.end_screen import end_pages

CONTENT = load_bundled()


def reviewed_game() -> Game:
    """A Shenzhen game where the person looked 碎玻璃 up and the bot (never right) was reviewed."""
    setup = GameSetup((PlayerSpec("小明"), PlayerSpec("电脑", bot=True, p_correct=0.0)), region="shenzhen")
    game = new_game(CONTENT, setup, 2)
    game.apply(Lookup(0, "碎玻璃"))
    while not game.over and not game.state.records[1].reviews:
        if game.is_bot(game.current):
            game.apply(BotMove(game.current))
        elif game.phase is Phase.ANSWER and game.question is not None:
            game.apply(Answer(0, game.correct_choice(game.question)))
        elif game.phase is Phase.NAME:
            game.apply(NameItems(0, "香蕉皮、苹果核、剩饭"))
        elif game.phase is Phase.VERDICT:
            game.apply(Judge(0, bool(game.verdict)))
        else:
            game.apply(Roll(0))
    return game


def test_the_end_screen_names_the_region_and_lists_reviews_and_hints() -> None:
    game = reviewed_game()
    reports = learning_report(game)
    assert reports[1].reviews and reports[0].hints == 1
    screen = io.StringIO()
    console = Console(file=screen, width=80, no_color=True)
    for part in [part for page in end_pages(reports, CONTENT.region("shenzhen"), "zh", 80) for part in page]:
        console.print(part)
    text = screen.getvalue()
    assert "分类规则：深圳" in text and "复习：" in text and ("✗" in text or "✓" in text)
    assert "查了 1 次：碎玻璃" in text


def test_an_answer_about_a_disputed_item_says_how_other_cities_differ() -> None:
    from game.engine import Answered
    from game.present.answers import differences_text

    game = new_game(CONTENT, GameSetup.of("小明", region="shenzhen"), 1)
    glass = next(q for q in game.questions if getattr(q, "item", "") == "碎玻璃")
    event = Answered(0, glass.id, 0, game.correct_choice(glass), True, False, game.differences(glass))
    assert differences_text(game, event.differences, "zh") == "全国 可回收物"
    assert differences_text(game, event.differences, "en").startswith("National ")


def test_the_csv_report_has_rows_for_reviews_look_ups_and_the_region() -> None:
    from game.present.report_sheet import report_rows

    game = reviewed_game()
    rows = report_rows(learning_report(game), CONTENT.region("shenzhen"), "zh", CONTENT.dictionary)
    kinds = [row[5] for row in rows[1:]]
    assert "复习" in kinds and "查过的物品" in kinds and kinds.count("分类规则") == 2
    lookup = next(row for row in rows if row[5] == "查过的物品")
    assert lookup[12] == "碎玻璃" and lookup[6] == "其他垃圾"  # Shenzhen: wrap broken glass, other waste
    assert next(row for row in rows if row[5] == "分类规则")[12] == "深圳"
