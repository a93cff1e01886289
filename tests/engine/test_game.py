"""The game API: legal actions, refusals, questions and decks, naming, bots, records, limits."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from game.categories import Category
from game.content.models import Board, Effect, SquareKind
from game.engine import (
    Answer,
    Answered,
    BotMove,
    Game,
    GameSetup,
    IllegalAction,
    ItemsNamed,
    Judge,
    NameItems,
    NamingAsked,
    NamingJudged,
    NoQuestion,
    Phase,
    PlayerRecord,
    PlayerSpec,
    QuestionAsked,
    Reason,
    Roll,
    RollAgain,
    SetupError,
    TurnSkipped,
    TurnStarted,
    Won,
    bot_action,
    learning_report,
    new_game,
    play_bots,
    save_game,
)
from tests.engine.builders import QUESTIONS, ScriptedRng, board, classify, content

QUESTION_BOARD = board(
    20,
    {
        2: {"kind": "question", "category": "kitchen"},
        3: {"kind": "question", "category": "hazardous", "types": ["truefalse"]},
        4: {"kind": "name_items", "category": "kitchen", "count": 2, "text": "说出两个厨余垃圾"},
        5: {"kind": "skip", "turns": 1, "text": "暂停一轮"},
        6: {"kind": "roll_again", "text": "再掷一次"},
        7: {"kind": "question", "category": "other", "types": ["choice"]},  # no such question
    },
    right=Effect(move=2),
    wrong=Effect(move=-1),
)


def scripted(setup: GameSetup, *rolls: int, play: Board | None = None, seed: int = 1) -> Game:
    game = new_game(content(play or QUESTION_BOARD), setup, seed)
    game.state.rng = ScriptedRng(seed, rolls=rolls)
    return game


def frozen(game: Game) -> str:
    return json.dumps(save_game(game), sort_keys=True, ensure_ascii=False)


TWO = GameSetup.of("A", "B")


# -- turns and legal actions -----------------------------------------------------------------


def test_a_new_game_waits_for_seat_0_to_roll() -> None:
    game = new_game(content(), TWO, seed=3)
    assert game.current == 0 and game.phase is Phase.ROLL and not game.over and game.winner is None
    assert game.legal_actions() == (Roll(0),)
    assert game.state.turns == [1, 0]


def test_turns_pass_in_seat_order() -> None:
    game = scripted(GameSetup.of("A", "B", "C"), 1, 1, 1)
    for seat in (0, 1, 2):
        events = game.apply(Roll(seat))
        assert events[-1] == TurnStarted((seat + 1) % 3, 2 if seat == 2 else 1)
    assert game.current == 0


def test_legal_actions_for_each_decision() -> None:
    game = scripted(TWO, 2)
    game.apply(Roll(0))
    assert game.phase is Phase.ANSWER
    question = game.question
    assert question is not None and question.category is Category.KITCHEN
    assert game.legal_actions() == tuple(Answer(0, i) for i in range(question.n_choices))
    assert game.square is not None and game.square.number == 2
    game = scripted(TWO, 4)
    game.apply(Roll(0))
    assert game.legal_actions() == (NameItems(0, ""),)
    game.apply(NameItems(0, "香蕉皮"))
    assert game.legal_actions() == (Judge(0, True), Judge(0, False))


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "reason"),
    [
        (Roll(1), Reason.NOT_YOUR_TURN),
        (Roll(7), Reason.NO_SUCH_PLAYER),
        (Roll(-1), Reason.NO_SUCH_PLAYER),
        (Answer(0, 0), Reason.ROLL_EXPECTED),
        (NameItems(0, "x"), Reason.ROLL_EXPECTED),
        (Judge(0, True), Reason.ROLL_EXPECTED),
        (BotMove(0), Reason.NOT_A_BOT),
        ("roll", Reason.NOT_AN_ACTION),
        (Roll(True), Reason.NOT_AN_ACTION),  # type: ignore[arg-type]
        (Roll("0"), Reason.NOT_AN_ACTION),  # type: ignore[arg-type]
    ],
)
def test_refused_actions_carry_a_reason_and_change_nothing(action: object, reason: Reason) -> None:
    game = new_game(content(QUESTION_BOARD), TWO, seed=5)
    before = frozen(game)
    with pytest.raises(IllegalAction) as raised:
        game.apply(action)  # type: ignore[arg-type]
    assert raised.value.reason is reason
    assert isinstance(raised.value, ValueError)
    assert game.refusal(action) is not None and not game.is_legal(action)
    assert frozen(game) == before


def test_refusals_while_a_question_is_pending() -> None:
    game = scripted(TWO, 2)
    game.apply(Roll(0))
    n = game.question.n_choices  # type: ignore[union-attr]
    before = frozen(game)
    for action, reason in [
        (Roll(0), Reason.ANSWER_EXPECTED),
        (Answer(0, n), Reason.CHOICE_OUT_OF_RANGE),
        (Answer(0, -1), Reason.CHOICE_OUT_OF_RANGE),
        (Answer(0, 1.0), Reason.NOT_AN_ACTION),
        (Answer(1, 0), Reason.NOT_YOUR_TURN),
        (NameItems(0, "香蕉皮"), Reason.ANSWER_EXPECTED),
    ]:
        refusal = game.refusal(action)
        assert refusal is not None and refusal.reason is reason, action
        with pytest.raises(IllegalAction):
            game.apply(action)  # type: ignore[arg-type]
    assert frozen(game) == before


def test_refusals_while_naming_and_judging() -> None:
    game = scripted(TWO, 4)
    game.apply(Roll(0))
    assert game.refusal(Answer(0, 0)).reason is Reason.NAMING_EXPECTED  # type: ignore[union-attr]
    assert game.refusal(NameItems(0, 5)).reason is Reason.NOT_AN_ACTION  # type: ignore[arg-type, union-attr]
    game.apply(NameItems(0, "香蕉皮"))
    assert game.refusal(Roll(0)).reason is Reason.JUDGE_EXPECTED  # type: ignore[union-attr]
    assert game.refusal(Judge(0, 1)).reason is Reason.NOT_AN_ACTION  # type: ignore[arg-type, union-attr]


def test_bot_seats_only_take_bot_moves() -> None:
    game = new_game(content(), GameSetup.of(bots=1), seed=1)
    assert game.legal_actions() == (BotMove(0),)
    assert bot_action(game) == BotMove(0)
    assert game.refusal(Roll(0)).reason is Reason.BOT_SEAT  # type: ignore[union-attr]


def test_nothing_is_legal_once_the_game_is_over() -> None:
    game = scripted(GameSetup.of("A"), 6, 6, 6, 2, play=board(20))
    for _ in range(4):
        events = game.apply(Roll(0))
    assert isinstance(events[-1], Won) and game.over and game.winner == 0
    assert game.legal_actions() == () and bot_action(game) is None
    with pytest.raises(IllegalAction) as raised:
        game.apply(Roll(0))
    assert raised.value.reason is Reason.GAME_OVER
    assert Reason.GAME_OVER.explain("zh") == "游戏已经结束了"


# -- questions -------------------------------------------------------------------------------


def test_questions_match_the_square_and_never_repeat_until_the_pool_is_used_up() -> None:
    game = new_game(content(board(20, {2: {"kind": "question", "category": "kitchen"}})), GameSetup.of("A"), 9)
    kitchen = {q.id for q in game.questions if q.category is Category.KITCHEN}
    assert len(kitchen) == 4
    asked: list[str] = []
    for _ in range(3 * len(kitchen)):
        game.state.positions[0] = 0
        game.state.rng = ScriptedRng(len(asked), rolls=[2])
        events = game.apply(Roll(0))
        ask = events[-1]
        assert isinstance(ask, QuestionAsked) and ask.category is Category.KITCHEN
        asked.append(ask.question)
        assert game.question is not None
        game.apply(Answer(0, game.question.correct_choice))  # right: no review comes back
    for start in range(0, len(asked), len(kitchen)):
        assert set(asked[start : start + len(kitchen)]) == kitchen


def test_the_filter_uses_types_difficulty_and_region() -> None:
    setup = GameSetup.of("A", difficulty=(1, 1))
    game = new_game(content(QUESTION_BOARD), setup, 1)
    assert {q.difficulty for q in game.questions} == {1}
    assert "sh1" not in {q.id for q in game.questions}
    shanghai = new_game(content(QUESTION_BOARD), GameSetup.of("A", region="shanghai"), 1)
    assert "sh1" in {q.id for q in shanghai.questions}
    game = scripted(GameSetup.of("A"), 3)
    ask = game.apply(Roll(0))[-1]
    assert isinstance(ask, QuestionAsked) and ask.question == "h2" and ask.n_choices == 2


def test_a_square_with_no_matching_question_is_skipped() -> None:
    game = scripted(TWO, 1, 6)
    game.apply(Roll(0))  # to 1
    events = game.apply(Roll(1))  # seat 1 to 6: roll again
    assert isinstance(events[-1], RollAgain)
    game.state.rng = ScriptedRng(rolls=[1])
    events = game.apply(Roll(1))  # to 7: a choice question about other waste — none exists
    assert any(isinstance(e, NoQuestion) for e in events) and game.current == 0


def test_right_and_wrong_answers_score_move_and_are_recorded() -> None:
    play = board(20, {2: {"kind": "question", "category": "kitchen"}}, right=Effect(move=2), wrong=Effect(move=-1))
    game = scripted(TWO, 2, 2, play=play)
    game.apply(Roll(0))
    question = game.question
    assert question is not None
    events = game.apply(Answer(0, question.correct_choice))
    assert events[0] == Answered(
        0, question.id, question.correct_choice, question.correct_choice, True, points=1, square=2
    )
    assert game.state.positions == [4, 0] and game.state.scores == [1, 0] and game.current == 1
    game.apply(Roll(1))
    second = game.question
    assert second is not None and second.id != question.id
    wrong = (second.correct_choice + 1) % second.n_choices
    events = game.apply(Answer(1, wrong))
    assert events[0] == Answered(1, second.id, wrong, second.correct_choice, False, square=2)
    assert game.state.positions == [4, 1] and game.state.scores == [1, 0]
    report = learning_report(game)
    assert report[0].categories[0].asked == 1 and report[0].categories[0].right == 1
    assert report[1].asked == 1 and report[1].right == 0
    assert report[1].missed == (second,) and second.explain.endswith("解释。")
    assert report[0].name == "A" and report[0].place is None and report[0].position == 4


# -- name-items squares ----------------------------------------------------------------------


def naming_game(*rolls: int) -> Game:
    game = scripted(TWO, 4, *rolls)
    events = game.apply(Roll(0))
    assert events[-1] == NamingAsked(0, 4, Category.KITCHEN, 2)
    return game


def test_a_passing_naming_confirmed_by_the_facilitator() -> None:
    game = naming_game()
    events = game.apply(NameItems(0, "香蕉皮、香蕉皮儿，苹果芯 和 旧报纸 飞碟"))
    verdict = events[0].verdict  # type: ignore[union-attr]
    assert isinstance(events[0], ItemsNamed) and verdict.passed
    assert verdict.counted == ("香蕉皮", "苹果核") and verdict.unknown == ("飞碟",)
    assert verdict.wrong_bin[0].category is Category.RECYCLABLE
    assert game.phase is Phase.VERDICT and game.current == 0 and game.verdict is True
    events = game.apply(Judge(0, True))
    assert events[0] == NamingJudged(0, True, False, 4, 1)
    assert game.state.positions[0] == 6 and game.current == 0  # +2 onto roll-again
    record = game.state.records[0]
    assert record.named == ["香蕉皮", "苹果核"] and record.wrong_bin == ["旧报纸"]
    assert record.tasks == {"kitchen": 1} and record.passed == {"kitchen": 1}
    assert game.state.scores[0] == 1


def test_the_facilitator_can_accept_an_answer_the_dictionary_did_not_know() -> None:
    game = naming_game()
    assert game.verdict is None
    events = game.apply(NameItems(0, "榴莲壳，山竹皮"))
    assert not events[0].verdict.passed  # type: ignore[union-attr]
    assert game.verdict is False
    events = game.apply(Judge(0, True))
    assert events[0] == NamingJudged(0, True, True, 4, 1)
    assert game.state.scores[0] == 1


def test_the_facilitator_can_reject_a_passing_answer() -> None:
    game = naming_game()
    game.apply(NameItems(0, "香蕉皮 苹果核"))
    events = game.apply(Judge(0, False))
    assert events[0] == NamingJudged(0, False, True, 4)
    assert game.state.positions[0] == 3 and game.state.scores[0] == 0


def test_an_empty_answer_fails() -> None:
    game = naming_game()
    events = game.apply(NameItems(0, "   "))
    verdict = events[0].verdict  # type: ignore[union-attr]
    assert verdict.counted == () and verdict.unknown == () and not verdict.passed


# -- skips, roll again, bots, limits ---------------------------------------------------------


def test_skipped_turns_are_announced_when_they_come_round() -> None:
    game = scripted(TWO, 5, 1, 1)
    game.apply(Roll(0))  # onto the skip square
    events = game.apply(Roll(1))
    assert events[-2:] == [TurnSkipped(0, 0), TurnStarted(1, 2)]
    assert game.current == 1 and game.state.turns == [2, 2]


def test_roll_again_keeps_the_turn() -> None:
    game = scripted(TWO, 6, 1)
    events = game.apply(Roll(0))
    assert isinstance(events[-1], RollAgain) and game.current == 0
    game.apply(Roll(0))
    assert game.current == 1 and game.state.turns == [1, 1]


def bot_records(p_correct: float, games: int = 20) -> list[PlayerRecord]:
    setup = GameSetup((PlayerSpec("bot", True, p_correct),), round_limit=30)
    records = []
    for seed in range(games):
        game = new_game(content(QUESTION_BOARD), setup, seed=seed)
        play_bots(game)
        assert game.over
        records.append(game.state.records[0])
    assert sum(sum(r.asked.values()) for r in records) > 0 and sum(sum(r.tasks.values()) for r in records) > 0
    return records


def test_a_bot_that_always_knows_answers_right_and_names_right_items() -> None:
    for record in bot_records(1.0):
        assert record.asked == record.right and record.missed == []
        assert record.tasks == record.passed and record.wrong_bin == []


def test_a_bot_that_never_knows_answers_wrong() -> None:
    for record in bot_records(0.0):
        assert record.right == {} and record.passed == {}
        assert len(record.missed) == len(set(record.missed)) <= sum(record.asked.values())


def test_bot_answers_follow_p_correct() -> None:
    only_questions = board(3000, {n: {"kind": "question"} for n in range(1, 3000)})
    setup = GameSetup((PlayerSpec("bot", True, 0.3),), round_limit=400)
    game = new_game(content(only_questions), setup, seed=2)
    play_bots(game)
    record = game.state.records[0]
    asked, right = sum(record.asked.values()), sum(record.right.values())
    assert asked > 200
    assert abs(right / asked - 0.3) < 0.1


def test_the_round_limit_ends_the_game_and_the_leader_wins() -> None:
    setup = GameSetup((PlayerSpec("a", True, 0.0), PlayerSpec("b", True, 0.0)), round_limit=2)
    game = new_game(content(board(100)), setup, seed=4)
    play_bots(game)
    assert game.over and game.state.turns == [2, 2]
    leader = max(range(2), key=lambda s: (game.state.positions[s], -s))
    assert game.winner == leader


def test_mixing_people_and_bots() -> None:
    game = new_game(content(QUESTION_BOARD), GameSetup.of("人", bots=2, p_correct=0.5), seed=8)
    steps = 0
    while not game.over and steps < 2000:
        action = bot_action(game) or game.legal_actions()[0]
        if isinstance(action, NameItems):
            action = NameItems(action.player, "剩饭、菜叶")
        game.apply(action)
        steps += 1
    assert game.over


def test_one_to_six_players() -> None:
    for n in range(1, 7):
        game = new_game(content(), GameSetup.of(bots=n), seed=n)
        play_bots(game)
        assert game.over and len(game.state.podium) == n
        assert sorted(game.state.podium) == list(range(n)) and game.state.podium[0] == game.winner


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: new_game(content(), GameSetup.of("A", board="无此棋盘"), 1), "no board"),
        (lambda: new_game(content(), GameSetup.of("A", region="mars"), 1), "no region"),
        (lambda: new_game(content(board(players=(2, 4))), GameSetup.of("A"), 1), "2 to 4 players"),
        (lambda: new_game(content(), GameSetup.of("A"), "seed"), "seed"),  # type: ignore[arg-type]
    ],
)
def test_setup_errors(make: object, message: str) -> None:
    with pytest.raises(SetupError, match=message):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"players": ()},
        {"players": tuple(PlayerSpec(str(n)) for n in range(7))},
        {"difficulty": (3, 1)},
        {"round_limit": -1},
    ],
)
def test_setup_values_are_checked(kwargs: dict[str, object]) -> None:
    fields: dict[str, object] = {"players": (PlayerSpec("A"),), **kwargs}
    with pytest.raises(ValueError):
        GameSetup(**fields)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        PlayerSpec("A", p_correct=1.5)


def test_same_seed_same_game_different_seed_different_game() -> None:
    def play(seed: int) -> list[int]:
        game = new_game(content(QUESTION_BOARD), GameSetup.of(bots=3), seed)
        play_bots(game)
        return [*game.state.positions, *game.state.turns, len(game.state.log)]

    assert play(42) == play(42)
    assert len({tuple(play(seed)) for seed in range(10)}) > 5


def test_dice_are_fair() -> None:
    # 6,000 rolls in one game: past the 1,000 rounds a game without a limit stops at
    game = new_game(content(board(30_000)), GameSetup(GameSetup.of(bots=1).players, round_limit=10_000), seed=99)
    rolls = Counter()
    for _ in range(6000):
        before = game.state.positions[0]
        game.apply(BotMove(0))
        rolls[game.state.positions[0] - before] += 1
    assert set(rolls) == {1, 2, 3, 4, 5, 6}
    assert all(abs(count - 1000) < 120 for count in rolls.values())


def test_kinds_and_repr() -> None:
    game = new_game(content(QUESTION_BOARD), TWO, 1)
    assert "seed=1" in repr(game)
    assert game.find_question("k1") == QUESTIONS[0] and game.find_question("zz") is None
    assert game.board.squares[4].kind is SquareKind.NAME_ITEMS
    assert classify("x", "纸巾", Category.OTHER).correct_choice == 3


def test_the_fast_bot_path_plays_exactly_the_game_apply_plays() -> None:
    setup = GameSetup.of(bots=4, p_correct=0.6)
    for seed in range(5):
        fast = new_game(content(QUESTION_BOARD), setup, seed)
        play_bots(fast)
        slow = new_game(content(QUESTION_BOARD), setup, seed)
        while not slow.over:
            slow.apply(bot_action(slow))  # type: ignore[arg-type]
        assert fast.state == slow.state and save_game(fast) == save_game(slow)


def test_a_game_nobody_can_finish_still_ends_with_the_leader() -> None:
    from game.engine.game import MAX_ROUNDS

    stuck = board(8, {n: {"kind": "question", "wrong": Effect(move=-20)} for n in range(1, 7)})
    game = new_game(content(stuck), GameSetup.of(bots=2, p_correct=0.0), seed=3)
    play_bots(game)  # must return: every answer is wrong, so nobody ever reaches square 8
    assert game.over and max(game.state.turns) <= MAX_ROUNDS + 1
