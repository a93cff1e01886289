"""Per-seat chances of a right answer (players of different levels at one board)."""

from __future__ import annotations

import json

import pytest

from game.analysis import analyze, mixed_seat_figures, simulate
from game.analysis.exact import seat_figures
from game.cli import main
from game.content.loader import load_bundled

CONTENT = load_bundled()


def test_mixed_figures_with_equal_seats_are_the_plain_ones() -> None:
    finish = list(analyze(CONTENT, players=1, p_correct=0.7).finish)
    plain = seat_figures(finish, 3)
    mixed = mixed_seat_figures([finish] * 3)
    assert mixed[0] == pytest.approx(plain[0]) and mixed[1] == pytest.approx(plain[1])
    assert mixed[2] == pytest.approx(plain[2])


def test_one_chance_per_seat_changes_the_odds_and_agrees_with_simulation() -> None:
    same = analyze(CONTENT, players=2, p_correct=(0.7, 0.7))
    assert same == analyze(CONTENT, players=2, p_correct=0.7)
    strong_first = analyze(CONTENT, players=2, p_correct=(0.95, 0.3))
    weak_first = analyze(CONTENT, players=2, p_correct=(0.3, 0.95))
    assert sum(strong_first.seat_wins) == pytest.approx(1.0)
    assert strong_first.seat_wins[0] > same.seat_wins[0] > weak_first.seat_wins[0]
    assert strong_first.seat_p_correct == (0.95, 0.3)
    assert strong_first.seat_expected_turns[0] < strong_first.seat_expected_turns[1]
    simulated = simulate(CONTENT, players=2, p_correct=(0.95, 0.3), games=1500, seed=3)
    assert simulated.seat_wins[0] == pytest.approx(strong_first.seat_wins[0], abs=0.05)
    assert simulated.expected_rounds == pytest.approx(strong_first.expected_rounds, rel=0.05)
    with pytest.raises(ValueError):
        analyze(CONTENT, players=3, p_correct=(0.5, 0.6))


def test_the_command_takes_a_list_or_levels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--p-correct", "0.9,0.6", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["players"] == 2 and record["seat_p_correct"] == [0.9, 0.6]
    assert main(["analyze", "--levels", "adult,child", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["seat_p_correct"] == [0.8, 0.6]
    assert main(["analyze", "--players", "3", "--p-correct", "0.5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["seat_p_correct"] == [0.5, 0.5, 0.5]
    assert main(["analyze", "--players", "3", "--p-correct", "0.9,0.6"]) == 1
    assert main(["analyze", "--levels", "baby"]) == 2  # a usage error
