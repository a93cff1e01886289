"""Spaced repetition inside a game: a missed question or item comes back REVIEW_GAP turns later."""

from __future__ import annotations

import json

from game.engine import (
    REVIEW_GAP,
    Answer,
    Answered,
    BotMove,
    Game,
    GameSetup,
    Judge,
    NameItems,
    Phase,
    PlayerSpec,
    QuestionAsked,
    Roll,
    learning_report,
    load_game,
    new_game,
    replay,
    replay_events,
    save_game,
)
from game.engine.events import Event
from tests.engine.builders import K, ScriptedRng, board, classify, content

QUESTIONS = (classify("k1", "香蕉皮", K), classify("k9", "剩饭", K))
TRACK = board(60, {n: {"kind": "question", "category": "kitchen"} for n in range(1, 60)})
CONTENT = content(TRACK, questions=QUESTIONS)


def start(*players: PlayerSpec, seed: int = 1) -> Game:
    game = new_game(CONTENT, GameSetup(players or (PlayerSpec("小明"),)), seed)
    game.state.rng = ScriptedRng(seed, rolls=[1] * 500)
    return game


def answer(game: Game, right: bool) -> list[Event]:
    question = game.question
    assert question is not None
    correct = game.correct_choice(question)
    return game.apply(Answer(game.current, correct if right else (correct + 1) % question.n_choices))


def play_turn(game: Game, right: bool = True) -> list[Event]:
    """One turn of a one-player game: a review first if one is asked, then roll and answer."""
    events: list[Event] = []
    if game.reviewing:
        events += answer(game, right)
    events += game.apply(Roll(game.current))
    events += answer(game, right)
    return events


def test_a_missed_question_returns_exactly_review_gap_turns_later_and_stops_once_right() -> None:
    game = start()
    events = game.apply(Roll(0)) + answer(game, right=False)
    missed = next(e for e in events if isinstance(e, Answered))
    assert not missed.right and game.reviews_due(0) == ((missed.question, 1 + REVIEW_GAP),)
    for turn in range(2, REVIEW_GAP + 1):  # not at once
        assert game.state.turns[0] == turn and not game.reviewing
        events = play_turn(game)
    asked = [e for e in events if isinstance(e, QuestionAsked) and e.review]
    assert game.state.turns[0] == 1 + REVIEW_GAP and game.reviewing and game.phase is Phase.ANSWER
    assert [e.question for e in asked] == [missed.question] and asked[0].square == 0
    position = game.state.positions[0]
    score = game.state.scores[0]
    events = answer(game, right=True)
    done = next(e for e in events if isinstance(e, Answered))
    assert done.review and done.right and done.points == 0  # the event says no point was added
    # no movement, no score, the same player rolls now
    assert game.state.positions[0] == position and game.state.scores[0] == score
    assert game.phase is Phase.ROLL and game.current == 0 and game.reviews_due(0) == ()
    for _ in range(3 * REVIEW_GAP):  # never again
        assert not game.reviewing
        play_turn(game)
    report = learning_report(game)[0]
    assert [(r.label(), r.mark) for r in report.reviews] == [(game.find_question(missed.question).item, "✓")]


def test_a_wrong_review_is_rescheduled_review_gap_turns_later() -> None:
    game = start()
    game.apply(Roll(0))
    answer(game, right=False)
    for _ in range(REVIEW_GAP - 1):
        play_turn(game)
    assert game.reviewing
    turn = game.state.turns[0]
    answer(game, right=False)
    assert game.reviews_due(0)[0][1] == turn + REVIEW_GAP
    game.apply(Roll(0))
    answer(game, right=True)
    for _ in range(REVIEW_GAP - 1):
        assert not game.reviewing
        play_turn(game)
    assert game.reviewing
    answer(game, right=True)
    assert [r.mark for r in learning_report(game)[0].reviews] == ["✗", "✓"]


def test_at_most_one_review_per_turn_oldest_first() -> None:
    game = start()
    missed = []
    for _ in range(2):  # miss in two consecutive turns
        events = game.apply(Roll(0)) + answer(game, right=False)
        missed.append(next(e for e in events if isinstance(e, Answered)).question)
    play_turn(game)
    assert game.reviewing and game.question is not None and game.question.id == missed[0]
    events = answer(game, right=True) + game.apply(Roll(0))
    assert sum(isinstance(e, QuestionAsked) and e.review for e in events) == 0
    answer(game, right=True)
    assert game.reviewing and game.question.id == missed[1]


def test_a_wrong_bin_item_comes_back_as_a_classify_question_from_the_dictionary() -> None:
    track = board(30, {n: {"kind": "name_items", "category": "kitchen", "count": 1} for n in range(1, 30)})
    game = new_game(content(track, questions=QUESTIONS), GameSetup((PlayerSpec("小明"),)), 3)
    game.state.rng = ScriptedRng(3, rolls=[1] * 100)
    for turn in range(1, REVIEW_GAP + 1):
        game.apply(Roll(0))
        game.apply(NameItems(0, "旧报纸" if turn == 1 else "香蕉皮"))
        game.apply(Judge(0, game.verdict))
    assert game.reviewing
    question = game.question
    assert question is not None and question.id == "item:旧报纸" and question.item == "旧报纸"
    assert question.explain == "纸张可以再造。" and game.find_question("item:旧报纸") == question
    events = answer(game, right=True)
    assert next(e for e in events if isinstance(e, Answered)).review
    assert [r.label() for r in learning_report(game)[0].reviews] == ["旧报纸"]


def test_bots_are_reviewed_too_and_replay_reproduces_everything() -> None:
    setup = GameSetup((PlayerSpec("小明"), PlayerSpec("电脑", bot=True, p_correct=0.0)))
    game = new_game(CONTENT, setup, 5)
    while not game.over and len(game.state.log) < 200:
        if game.is_bot(game.current):
            game.apply(BotMove(game.current))
        elif game.phase is Phase.ANSWER:
            answer(game, right=True)
        else:
            game.apply(Roll(0))
    assert any(qid for qid, _ in game.state.records[1].reviews)
    again = replay(game.seed, game.setup, game.state.log, CONTENT)
    assert again == game
    assert load_game(json.loads(json.dumps(save_game(game))), CONTENT) == game


def test_the_schedule_survives_save_and_resume_mid_review() -> None:
    game = new_game(CONTENT, GameSetup((PlayerSpec("小明"),)), 7)
    # Miss on the first question, then play until the review is pending.
    game.apply(Roll(0))
    while not game.reviewing:
        if game.phase is Phase.ANSWER:
            answer(game, right=game.state.turns[0] > 1)
        else:
            game.apply(Roll(0))
        if game.over:
            raise AssertionError("the game ended before the review")
    data = json.loads(json.dumps(save_game(game)))
    assert data["schema"] == 2 and data["state"]["review"] is True
    resumed = load_game(data, CONTENT)
    assert resumed == game and resumed.reviewing and resumed.question == game.question
    events = answer(resumed, right=True)
    assert next(e for e in events if isinstance(e, Answered)).review
    played = list(replay_events(resumed.seed, resumed.setup, resumed.state.log, CONTENT))
    assert played[-1][1] == events


def test_a_pending_schedule_survives_save_and_resume_before_it_is_due() -> None:
    game = start()
    game.apply(Roll(0))
    answer(game, right=False)
    data = json.loads(json.dumps(save_game(game)))
    resumed = load_game(data, CONTENT, verify=False)
    assert resumed.reviews_due(0) == game.reviews_due(0) != ()
