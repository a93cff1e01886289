"""Simulation with bots: reproducible, and in agreement with the exact figures."""

from __future__ import annotations

import pytest

from game.analysis import analyze, simulate
from game.analysis.simulate import percentile
from game.content.models import Effect
from tests.engine.builders import board, chutes_and_ladders, content

QUIZ = content(
    board(
        30,
        {
            2: {"kind": "question", "category": "kitchen", "right": Effect(move=3), "wrong": Effect(move=-2)},
            4: {"kind": "roll_again", "text": "再掷"},
            7: {"kind": "name_items", "category": "recyclable", "count": 2, "text": "说两个", "right": Effect(move=4)},
            9: {"kind": "skip", "turns": 1, "text": "暂停"},
            11: {"kind": "jump", "to": 19, "text": "前进"},
            15: {"kind": "question", "right": Effect(roll_again=True), "wrong": Effect(skip=1)},
            23: {"kind": "jump", "to": 13, "text": "后退"},
            26: {"kind": "question", "category": "other", "types": ["choice"]},  # none: silent
        },
        finish="bounce",
        players=(1, 6),
    )
)


def test_simulation_agrees_with_the_exact_figures() -> None:
    exact = analyze(QUIZ, players=3, p_correct=0.6)
    simulated = simulate(QUIZ, players=3, p_correct=0.6, games=4000, seed=11)
    assert simulated.expected_turns == pytest.approx(exact.expected_turns, rel=0.04)
    assert simulated.expected_rounds == pytest.approx(exact.expected_rounds, rel=0.04)
    assert simulated.expected_game_turns == pytest.approx(exact.expected_game_turns, rel=0.04)
    for seat in range(3):
        assert simulated.seat_wins[seat] == pytest.approx(exact.seat_wins[seat], abs=0.03)
    assert abs(simulated.median_turns - exact.median_turns) <= 1
    assert abs(simulated.p90_turns - exact.p90_turns) <= 2


def test_chutes_and_ladders_simulated() -> None:
    result = simulate(content(chutes_and_ladders()), games=3000, seed=3)
    assert result.expected_turns == pytest.approx(39.2251, rel=0.05)


def test_simulations_are_reproducible_and_report_progress() -> None:
    seen: list[int] = []
    first = simulate(QUIZ, players=2, games=200, seed=5, progress=seen.append)
    assert first == simulate(QUIZ, players=2, games=200, seed=5)
    assert first != simulate(QUIZ, players=2, games=200, seed=6)
    assert seen[-1] == 400 and seen == sorted(seen)
    assert sum(first.seat_wins) == pytest.approx(1.0)


def test_one_player_reuses_its_games() -> None:
    result = simulate(QUIZ, players=1, games=100, seed=1)
    assert result.seat_wins == (1.0,) and result.expected_rounds == result.expected_turns


def test_a_board_for_two_or_more_still_gets_one_player_figures() -> None:
    duo = content(board(20, players=(2, 4)))
    result = simulate(duo, players=2, games=50, seed=1)
    assert result.expected_turns > 0


def test_percentiles() -> None:
    values = list(range(1, 11))
    assert [percentile(values, q) for q in (0.1, 0.5, 0.9, 1.0)] == [1, 5, 9, 10]
    assert percentile([], 0.5) == 0
    with pytest.raises(ValueError):
        simulate(QUIZ, games=0)
