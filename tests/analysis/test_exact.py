"""Exact analysis: the classic Chutes and Ladders results, hand-computed boards, an independent
oracle, and the agreement of seat figures with the one-player distribution."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.analysis import FINISH, analyze, analyze_board, build_chain, expected_turns, finish_distribution
from game.content.loader import load_content
from game.content.models import Board, Effect, FinishRule, SquareKind
from tests.engine.builders import board, chutes_and_ladders, content

BOARDS = Path(__file__).resolve().parents[1] / "boards"


@pytest.fixture(scope="module")
def chutes_yaml() -> Board:
    loaded = load_content([BOARDS / "chutes_and_ladders.yaml"], fill_from_bundled=False)
    return loaded.board("Chutes and Ladders")


def test_chutes_and_ladders_from_its_yaml_file(chutes_yaml: Board) -> None:
    """Althoen, King & Schilling (1993): 39.2251 rolls with exact landing."""
    assert chutes_yaml.size == 100 and chutes_yaml.rules.finish is FinishRule.EXACT
    assert sum(s.kind is SquareKind.JUMP for s in chutes_yaml.squares) == 19
    result = analyze_board(chutes_yaml)
    assert result.expected_turns == pytest.approx(39.2251, abs=1e-3)
    assert result.finishable and result.tail < 1e-12


def test_chutes_and_ladders_when_overshooting_finishes(chutes_yaml: Board) -> None:
    passing = replace(chutes_yaml, rules=replace(chutes_yaml.rules, finish=FinishRule.PASS))
    assert analyze_board(passing).expected_turns == pytest.approx(35.83, abs=0.01)


def test_the_board_built_in_code_is_the_same(chutes_yaml: Board) -> None:
    assert [s.to for s in chutes_and_ladders().squares] == [s.to for s in chutes_yaml.squares]
    assert analyze_board(chutes_and_ladders()).expected_turns == pytest.approx(39.2251, abs=1e-3)


def test_the_distribution_agrees_with_the_expectation() -> None:
    result = analyze_board(chutes_and_ladders(), players=3)
    assert sum(result.finish) + result.tail == pytest.approx(1.0, abs=1e-12)
    mean = sum(t * f for t, f in enumerate(result.finish, start=1))
    assert mean == pytest.approx(result.expected_turns, rel=1e-9)
    assert result.finish[:6] == (0.0,) * 6  # at least 7 rolls: 1→38, then 38…100 needs 62 more
    assert result.p10_turns < result.median_turns < result.p90_turns
    assert sum(result.seat_wins) == pytest.approx(1.0, abs=1e-9)
    assert result.seat_wins[0] > result.seat_wins[1] > result.seat_wins[2]
    assert result.expected_rounds <= result.expected_turns
    assert (result.expected_rounds - 1) * 3 < result.expected_game_turns <= result.expected_rounds * 3


def test_one_player_figures_agree_with_the_game_figures() -> None:
    result = analyze_board(chutes_and_ladders(FinishRule.BOUNCE), players=1)
    assert result.seat_wins == pytest.approx((1.0,))
    assert result.expected_rounds == pytest.approx(result.expected_turns, rel=1e-9)
    assert result.expected_game_turns == pytest.approx(result.expected_turns, rel=1e-9)
    assert (result.median_rounds, result.p10_rounds, result.p90_rounds) == (
        result.median_turns,
        result.p10_turns,
        result.p90_turns,
    )


# -- hand-computed boards (a one-sided die walks one step a turn) -------------------------------


def one_step(squares: dict[int, dict[str, object]], size: int = 3, **rules: object) -> Board:
    return board(size, squares, dice=1, **rules)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("squares", "expected"),
    [
        ({}, 3.0),
        ({1: {"kind": "skip", "turns": 1, "text": "s"}}, 4.0),
        ({1: {"kind": "skip", "turns": 2, "text": "s"}}, 5.0),
        ({1: {"kind": "roll_again", "text": "r"}}, 2.0),
        ({1: {"kind": "jump", "to": 3, "text": "j"}}, 1.0),
        ({2: {"kind": "jump", "to": 0, "text": "j"}, 1: {"kind": "jump", "to": 3, "text": "j"}}, 1.0),
        ({1: {"kind": "tip", "text": "t"}}, 3.0),
    ],
)
def test_deterministic_boards(squares: dict[int, dict[str, object]], expected: float) -> None:
    assert analyze_board(one_step(squares)).expected_turns == pytest.approx(expected)


@pytest.mark.parametrize(("p", "expected"), [(1.0, 2.0), (0.0, 3.0), (0.5, 2.5), (0.25, 2.75)])
def test_questions_weigh_right_and_wrong_answers(p: float, expected: float) -> None:
    squares = {1: {"kind": "question", "right": Effect(move=1)}}
    assert analyze_board(one_step(squares), p_correct=p).expected_turns == pytest.approx(expected)
    naming = {1: {"kind": "name_items", "category": "kitchen", "count": 2, "text": "n", "right": Effect(move=1)}}
    assert analyze_board(one_step(naming), p_correct=p).expected_turns == pytest.approx(expected)


def test_a_question_square_with_no_question_does_nothing() -> None:
    squares = {1: {"kind": "question", "right": Effect(move=1)}}
    assert analyze_board(one_step(squares), p_correct=1.0, silent={1}).expected_turns == pytest.approx(3.0)
    play = one_step({1: {"kind": "question", "category": "kitchen", "types": ["choice"], "right": Effect(move=1)}})
    assert analyze(content(play, questions=()), p_correct=1.0).expected_turns == pytest.approx(3.0)


def test_wrong_answers_that_skip_a_turn() -> None:
    squares = {1: {"kind": "question", "wrong": Effect(skip=1)}}
    assert analyze_board(one_step(squares), p_correct=0.0).expected_turns == pytest.approx(4.0)
    chain = build_chain(one_step(squares), p_correct=0.0)
    assert (1, 1) in chain.states


def test_a_two_sided_die_with_pass() -> None:
    result = analyze_board(board(2, dice=2, finish="pass"), players=2)
    assert result.expected_turns == pytest.approx(1.5)
    assert result.seat_wins == pytest.approx((0.75, 0.25))
    assert result.expected_rounds == pytest.approx(1.25)
    assert result.expected_game_turns == pytest.approx(0.5 * 1 + 0.25 * 2 + 0.25 * 3)


def test_a_board_that_can_trap_a_token_is_reported() -> None:
    trap = board(
        5,
        {3: {"kind": "jump", "to": 0, "text": "回"}, 4: {"kind": "jump", "to": 0, "text": "回"}},
        dice=2,
        finish="exact",
    )
    result = analyze_board(trap, players=2)
    assert not result.finishable and math.isinf(result.expected_turns) and math.isinf(result.expected_rounds)
    assert sum(result.finish) == 0.0


def test_a_jump_loop_built_in_code_is_analysed_with_the_chain_guard() -> None:
    loop = board(10, {3: {"kind": "jump", "to": 5, "text": "a"}, 5: {"kind": "jump", "to": 3, "text": "b"}})
    result = analyze_board(loop)
    assert result.finishable and 0 < result.expected_turns < math.inf


def test_every_row_of_the_chain_is_a_probability_distribution() -> None:
    play = board(
        30,
        {
            2: {"kind": "question", "right": Effect(move=3, roll_again=True), "wrong": Effect(move=-2, skip=1)},
            5: {"kind": "roll_again", "text": "r"},
            9: {"kind": "skip", "turns": 2, "text": "s"},
            12: {"kind": "jump", "to": 2, "text": "j"},
            20: {"kind": "name_items", "category": "other", "count": 1, "text": "n", "right": Effect(move=9)},
        },
        finish="bounce",
    )
    chain = build_chain(play, p_correct=0.6)
    for row in chain.transitions:
        assert sum(p for _, p in row) == pytest.approx(1.0, abs=1e-12)
        assert all(j == FINISH or 0 <= j < len(chain.states) for j, _ in row)
    distribution, tail = finish_distribution(chain)
    assert tail < 1e-12
    assert expected_turns(chain) == pytest.approx(sum(t * f for t, f in enumerate(distribution, start=1)), rel=1e-9)


def test_p_correct_must_be_a_probability() -> None:
    with pytest.raises(ValueError):
        build_chain(board(), p_correct=1.5)
    with pytest.raises(ValueError):
        analyze_board(board(), players=7)


# -- an independent oracle for boards of jumps ---------------------------------------------------


def oracle(size: int, dice: int, jumps: dict[int, int], finish: str) -> float:
    """Expected rolls from the rules text alone, by solving the first-step equations."""

    def step(position: int, roll: int) -> int:
        target = position + roll
        if target > size:
            if finish == "exact":
                return position
            target = size if finish == "pass" else max(size - (target - size), 0)
        return jumps.get(target, target)

    # E[p] = 1 + mean(E[step(p, r)]) for p < size, E[size] = 0, solved directly (value iteration
    # converges too slowly on boards where a game takes a thousand rolls).
    n = size
    matrix = [[0.0] * (n + 1) for _ in range(n)]
    for position in range(n):
        matrix[position][position] += 1.0
        for roll in range(1, dice + 1):
            target = step(position, roll)
            if target < n:
                matrix[position][target] -= 1.0 / dice
        matrix[position][n] = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda row: abs(matrix[row][col]))
        matrix[col], matrix[pivot] = matrix[pivot], matrix[col]
        for row in range(n):
            if row != col and matrix[row][col]:
                factor = matrix[row][col] / matrix[col][col]
                matrix[row] = [a - factor * b for a, b in zip(matrix[row], matrix[col], strict=True)]
    return matrix[0][n] / matrix[0][0]


@settings(max_examples=40, deadline=None)
@given(
    size=st.integers(5, 40),
    dice=st.integers(2, 8),
    finish=st.sampled_from(["exact", "bounce", "pass"]),
    data=st.data(),
)
def test_boards_of_jumps_agree_with_an_independent_oracle(
    size: int, dice: int, finish: str, data: st.DataObject
) -> None:
    starts = data.draw(st.sets(st.integers(1, size - 1), max_size=size // 3))
    jumps: dict[int, int] = {}
    for start in sorted(starts):
        # Targets are plain squares, so there are no chains or loops to think about.
        target = data.draw(st.integers(0, size).filter(lambda t, s=start: t != s and t not in starts))
        jumps[start] = target
    play = board(
        size, {n: {"kind": "jump", "to": to, "text": "j"} for n, to in jumps.items()}, dice=dice, finish=finish
    )
    result = analyze_board(play)
    if not result.finishable:
        return
    assert result.expected_turns == pytest.approx(oracle(size, dice, jumps, finish), rel=1e-6)
