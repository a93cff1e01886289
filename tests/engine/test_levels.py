"""Levels: each seat draws questions of its own level; the child level never meets a disputed item."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.loader import load_bundled
from game.content.models import QuestionType
from game.engine import (
    LEVELS,
    BotMove,
    GameSetup,
    PlayerSpec,
    QuestionAsked,
    disputed_names,
    involves,
    new_game,
)
from game.engine.decks import level_pool
from tests.engine.builders import QUESTIONS, ScriptedRng, board, content

BUNDLED = load_bundled()
DISPUTED = disputed_names(BUNDLED.dictionary)


def test_old_player_specs_still_work_and_levels_are_checked() -> None:
    assert PlayerSpec("A", True, 0.5).level == "adult" and PlayerSpec("A").focus == ()
    assert PlayerSpec.from_dict({"name": "A", "bot": False, "p_correct": 0.7}) == PlayerSpec("A")
    spec = PlayerSpec("孩子", level="child", focus=("大骨头",))
    assert PlayerSpec.from_dict(spec.to_dict()) == spec
    try:
        PlayerSpec("A", level="baby")
    except ValueError as error:
        assert "level" in str(error)
    else:
        raise AssertionError("an unknown level was accepted")


def test_level_difficulty_ranges_meet_the_games_range() -> None:
    assert LEVELS["child"].difficulty_in((1, 3)) == (1, 1)
    assert LEVELS["teen"].difficulty_in((1, 3)) == (1, 2)
    assert LEVELS["adult"].difficulty_in((2, 2)) == (2, 2)
    assert LEVELS["child"].difficulty_in((3, 3)) == (3, 3)  # the facilitator's choice wins


def test_level_pools_prefer_the_level_and_fall_back_without_disputed_items() -> None:
    names = disputed_names(content().dictionary)
    everything = tuple(range(len(QUESTIONS)))
    child = level_pool(everything, QUESTIONS, LEVELS["child"], (1, 3), names)
    assert {QUESTIONS[i].id for i in child} == {"k1", "k3", "r1", "o1", "sh1"}
    assert all(QUESTIONS[i].difficulty == 1 and QUESTIONS[i].type is not QuestionType.CHOICE for i in child)
    teen = level_pool(everything, QUESTIONS, LEVELS["teen"], (1, 3), names)
    assert all(QUESTIONS[i].difficulty <= 2 for i in teen) and any(QUESTIONS[i].id == "o2" for i in teen)
    assert level_pool(everything, QUESTIONS, LEVELS["adult"], (1, 3), names) == everything
    hard = tuple(i for i, q in enumerate(QUESTIONS) if q.difficulty == 2)  # only hard ones: fall back
    assert {QUESTIONS[i].id for i in level_pool(hard, QUESTIONS, LEVELS["child"], (1, 3), names)} == {"k2", "r2"}
    bones = tuple(i for i, q in enumerate(QUESTIONS) if q.id == "o2")
    assert level_pool(bones, QUESTIONS, LEVELS["child"], (1, 3), names) == ()


def test_a_parent_and_a_child_at_one_board_draw_from_their_own_decks() -> None:
    track = board(30, {n: {"kind": "question"} for n in range(1, 30)})
    setup = GameSetup((PlayerSpec("妈妈"), PlayerSpec("孩子", level="child")))
    game = new_game(content(track), setup, 4)
    game.state.rng = ScriptedRng(4, rolls=[1] * 100)
    asked: dict[int, list[str]] = {0: [], 1: []}
    for _ in range(40):
        for event in game.apply(game.legal_actions()[0]):
            if isinstance(event, QuestionAsked) and not event.review:
                asked[event.player].append(event.question)
    assert {"k4", "h2", "o2"} & set(asked[0])  # the adult meets hard questions
    child_questions = {q.id: q for q in QUESTIONS}
    assert asked[1] and all(child_questions[q].difficulty == 1 for q in asked[1])
    assert "o2" not in asked[1]
    assert any(key.endswith("@child") for key in game.state.decks)


def test_an_empty_level_pool_skips_the_square_for_that_player_only() -> None:
    bones = [q for q in QUESTIONS if q.id == "o2"]
    track = board(30, {n: {"kind": "question"} for n in range(1, 30)})
    game = new_game(content(track, questions=bones), GameSetup((PlayerSpec("孩子", level="child"),)), 1)
    events = game.apply(game.legal_actions()[0])
    assert not any(isinstance(e, QuestionAsked) for e in events)
    assert game.phase.value == "roll" and game.state.square == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), seats=st.integers(1, 4), p=st.sampled_from([0.0, 0.3, 0.7]))
def test_the_child_level_never_draws_a_disputed_item(seed: int, seats: int, p: float) -> None:
    players = tuple(PlayerSpec(f"孩子{n}", bot=True, p_correct=p, level="child") for n in range(seats))
    game = new_game(BUNDLED, GameSetup((*players, PlayerSpec("大人", True, p))), seed)
    while not game.over:
        for event in game.apply(BotMove(game.current)):
            if isinstance(event, QuestionAsked) and event.player < seats:
                question = game.find_question(event.question)
                assert question is not None and not involves(question, DISPUTED), question.id
