"""Each engine event as the lines people read (the words; the terminal and the window style them)."""

from __future__ import annotations

import pytest

from game.categories import Category
from game.content.loader import load_bundled
from game.content.models import SquareKind
from game.engine import (
    Answered,
    Bounced,
    ChainStopped,
    Event,
    Game,
    GameSetup,
    ItemsNamed,
    Jumped,
    Landed,
    MoveCause,
    Moved,
    NamingAsked,
    NamingJudged,
    NoQuestion,
    Overshot,
    QuestionAsked,
    RollAgain,
    Rolled,
    SkipsAdded,
    TurnSkipped,
    TurnStarted,
    Won,
    judge_items,
    new_game,
)
from game.present.narration import narrate

CONTENT = load_bundled()
GAME = new_game(CONTENT, GameSetup.of("小明", bots=1), seed=1)
QUESTION = next(q for q in GAME.questions if q.type.value == "classify")


def lines(*events: Event, lang: str = "zh", game: Game = GAME) -> list[str]:
    return [line.plain for line in narrate(game, events, lang)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (TurnStarted(0, 3), []),
        (TurnSkipped(0, 0), ["小明 这一轮暂停"]),
        (TurnSkipped(0, 1), ["小明 这一轮暂停（还要停 1 轮）"]),
        (Rolled(0, 4), ["小明 掷出了 4"]),
        (Moved(0, 3, 7, MoveCause.ROLL), ["从第3格走到第7格：4 5 6 7"]),
        (Moved(0, 48, 46, MoveCause.ROLL, via=50), ["从第48格走到第46格：49 50 49 48 47 46"]),
        (Moved(0, 9, 8, MoveCause.WRONG), ["退回到第8格：8"]),
        (Moved(0, 9, 11, MoveCause.RIGHT), ["前进到第11格：10 11"]),
        (Bounced(0, 50, 2), ["超过了终点，弹回 2 步"]),
        (Overshot(0, 47, 5), ["点数 5 太大，要正好走到终点，原地不动"]),
        (Landed(0, 4, SquareKind.TIP), ["第4格 小知识：果皮、菜叶和剩饭剩菜容易腐烂，是厨余垃圾。"]),
        (Landed(0, 7, SquareKind.JUMP), ["第7格 跳：把用完的纽扣电池投进有害垃圾桶，前进到第14格"]),
        (Landed(0, 9, SquareKind.QUESTION), []),  # the question panel shows it
        (Jumped(0, 7, 14), ["跳到第14格"]),
        (SkipsAdded(0, 1, 1), ["小明 要暂停 1 轮"]),
        (RollAgain(0), ["小明 再掷一次！"]),
        (NoQuestion(0, 9), ["这一格暂时没有合适的题目，跳过。"]),
        (ChainStopped(0, 17), ["一回合里连着走了太多格，第17格这次不算。"]),
        (Won(0, (0, 1)), ["小明 到达终点，获胜！"]),
        (Won(1, (1, 0), by_limit=True), ["回合用完了，电脑1 领先，获胜！"]),
        (QuestionAsked(0, 9, QUESTION.id, 4, QUESTION.category), []),
        (NamingAsked(0, 3, Category.KITCHEN, 3), []),
    ],
)
def test_event_lines(event: Event, expected: list[str]) -> None:
    assert lines(event) == expected


def test_a_right_answer_says_so_explains_and_gives_the_effect() -> None:
    right = Answered(0, QUESTION.id, QUESTION.correct_choice, QUESTION.correct_choice, True, points=1, square=9)
    out = lines(right)
    assert out == ["答对了！ +1 分", QUESTION.explain, "奖励：前进 2 格"]
    # A review adds no point, so it says none (the engine decides, the narrator tells).
    review = Answered(0, QUESTION.id, QUESTION.correct_choice, QUESTION.correct_choice, True, review=True)
    assert lines(review)[0] == "答对了！"


def test_a_wrong_answer_shows_the_right_one_and_the_penalty() -> None:
    wrong = (QUESTION.correct_choice + 1) % 4
    out = lines(Answered(0, QUESTION.id, wrong, QUESTION.correct_choice, False, square=9))
    assert out[0].startswith("答错了。正确答案：")
    assert out[1:] == [QUESTION.explain, "惩罚：后退 1 格"]
    assert lines(Answered(0, QUESTION.id, wrong, QUESTION.correct_choice, False, square=2))[-1] == "这一格不罚。"


def test_a_bots_question_is_shown_with_its_choice() -> None:
    asked = lines(QuestionAsked(1, 9, QUESTION.id, 4, QUESTION.category))
    assert asked[0] == QUESTION.prompt("zh") and "1 厨余垃圾" in asked[1]
    answered = lines(Answered(1, QUESTION.id, 0, QUESTION.correct_choice, QUESTION.correct_choice == 0, square=9))
    assert answered[0] == "电脑1 选了 1 厨余垃圾"


def test_naming_lines() -> None:
    verdict = judge_items("香蕉皮 苹果核 剩饭", Category.KITCHEN, CONTENT.dictionary, "national", 3)
    human = lines(ItemsNamed(0, "香蕉皮 苹果核 剩饭", verdict))
    assert human == ["算数的（3/3）：香蕉皮、苹果核、剩米饭", "够了，通过！"]
    bot = lines(ItemsNamed(1, "香蕉皮 苹果核 剩饭", verdict))
    assert bot[0] == "电脑1：香蕉皮 苹果核 剩饭"
    assert lines(NamingAsked(1, 3, Category.KITCHEN, 3)) == ["需要 3 个不同的 厨余垃圾"]
    assert lines(NamingJudged(0, True, True, 3, 1)) == ["志愿者改判：通过！ +1 分", "奖励：前进 2 格"]
    assert lines(NamingJudged(0, False, False, 3)) == ["这次没通过。", "这一格不罚。"]


def test_english() -> None:
    assert lines(Rolled(0, 4), Moved(0, 0, 4, MoveCause.ROLL), lang="en") == [
        "小明 rolled a 4",
        "from 0 to 4: 1 2 3 4",
    ]


def test_a_look_up_names_the_item_its_bin_as_the_region_says_it_and_why() -> None:
    from game.engine import LookedUp

    game = new_game(CONTENT, GameSetup(GameSetup.of("小明").players, region="shanghai"), seed=1)
    said = [line.plain for line in narrate(game, [LookedUp(0, "香蕉", "香蕉", Category.KITCHEN)], "zh")]
    assert said[0] == "查一查「香蕉」：香蕉 属于 湿垃圾"
    reason = CONTENT.dictionary.exact("香蕉").reason  # type: ignore[union-attr]
    assert said[1] == reason.replace("厨余垃圾", "湿垃圾") and "厨余垃圾" in reason  # Shanghai's own names
    line = narrate(game, [LookedUp(0, "banana peel", "香蕉皮", Category.KITCHEN)], "en")[0].plain
    assert line == "Look-up 'banana peel': banana peel (香蕉皮) goes in Kitchen waste"


def test_an_unknown_look_up_suggests_similar_items_or_other_words() -> None:
    from game.engine import LookedUp

    suggested = lines(LookedUp(0, "电池", None, None, ("普通干电池", "充电电池")))
    assert suggested == [
        "查一查「电池」：词典里没有这个物品。",
        "你是不是想查：普通干电池、充电电池",
    ]
    unknown = lines(LookedUp(0, "飞碟", None, None))
    assert unknown == [
        "查一查「飞碟」：词典里没有这个物品。",
        "换个说法再查一次，比如 ?香蕉皮。",
    ]


def test_a_child_reads_only_the_first_sentence_of_the_explanation() -> None:
    from dataclasses import replace

    from game.engine.levels import first_sentence

    question = next(q for q in GAME.questions if first_sentence(q.explain) != q.explain)
    players = GameSetup.of("妈妈", "小明").players
    game = new_game(CONTENT, GameSetup((players[0], replace(players[1], level="child"))), seed=1)
    short = first_sentence(question.explain)
    assert short.endswith(("。", "！", "？")) and len(short) < len(question.explain)
    child = lines(Answered(1, question.id, 0, 0, True, square=9), game=game)
    adult = lines(Answered(0, question.id, 0, 0, True, square=9), game=game)
    assert child[1] == short and adult[1] == question.explain
    assert first_sentence("没有句号") == "没有句号" and first_sentence("Rots. Compost it.") == "Rots."
    # A true/false explanation that opens with the verdict keeps the reason after it.
    verdict_first = next(q for q in GAME.questions if q.explain.startswith(("对。", "不对。", "对！")))
    shown = lines(Answered(1, verdict_first.id, 0, 0, True, square=9), game=game)[1]
    assert shown.startswith(("对", "不对")) and len(shown) > 4 and verdict_first.explain.startswith(shown)


def test_a_shanghai_game_reads_square_texts_with_shanghai_bin_names() -> None:
    from game.content.models import SquareKind
    from game.engine import Landed

    game = new_game(CONTENT, GameSetup(GameSetup.of("小明").players, region="shanghai"), seed=1)
    square = next(s for s in game.board.squares if "厨余垃圾" in s.text)
    said = " ".join(lines(Landed(0, square.number, square.kind), game=game))
    assert "湿垃圾" in said and "厨余垃圾" not in said
    assert square.kind in (SquareKind.NAME_ITEMS, SquareKind.TIP, SquareKind.QUESTION, SquareKind.JUMP, SquareKind.SKIP)


def test_the_terminal_shows_a_player_as_a_numbered_token_and_a_bin_with_its_letter() -> None:
    from game.terminal.narration import Narrator

    narrator = Narrator(GAME, "zh")
    assert [line.plain for line in narrator.lines([Rolled(0, 4)])] == ["1 小明 掷出了 4"]
    asked = [line.plain for line in narrator.lines([QuestionAsked(1, 9, QUESTION.id, 4, QUESTION.category)])]
    assert "1 [K] 厨余垃圾" in asked[1]
