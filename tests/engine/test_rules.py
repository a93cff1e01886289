"""Scenario tests of the rules kernel: every square kind, every finish rule, the loop guard."""

from __future__ import annotations

import pytest

from game.content.models import Effect, FinishRule, SquareKind
from game.engine.events import (
    Bounced,
    ChainStopped,
    Event,
    Jumped,
    Landed,
    MoveCause,
    Moved,
    NoQuestion,
    Overshot,
    RollAgain,
    Rolled,
    SkipsAdded,
    TurnSkipped,
    TurnStarted,
    Won,
)
from game.engine.rules import CHAIN_LIMIT, Rulebook, Stop
from game.engine.state import GameState, Phase
from tests.engine.builders import board


def at(position: int, players: int = 1) -> GameState:
    st = GameState.blank(players)
    st.positions[0] = position
    return st


def names(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]


# -- finish rules ----------------------------------------------------------------------------


def test_a_roll_walks_forward_and_lands_on_a_plain_square() -> None:
    rules, st, ev = Rulebook(board(10)), at(2), []
    assert rules.roll(st, 3, ev) is Stop.END
    assert st.positions == [5]
    assert ev == [Rolled(0, 3), Moved(0, 2, 5, MoveCause.ROLL)]
    assert ev[1].path == (3, 4, 5)


@pytest.mark.parametrize("finish", list(FinishRule))
def test_landing_exactly_on_the_finish_wins_under_every_rule(finish: FinishRule) -> None:
    rules, st, ev = Rulebook(board(10, finish=finish)), at(7), []
    assert rules.roll(st, 3, ev) is Stop.WON
    assert st.phase is Phase.OVER and st.winner == 0 and st.positions == [10]
    assert ev[-1] == Won(0, (0,))


def test_exact_overshoot_leaves_the_token_where_it_was_and_triggers_nothing() -> None:
    rules = Rulebook(board(10, {8: {"kind": "skip", "text": "暂停"}}, finish="exact"))
    st, ev = at(8), []
    assert rules.roll(st, 3, ev) is Stop.END
    assert st.positions == [8] and st.skips == [0]
    assert ev == [Rolled(0, 3), Overshot(0, 8, 3)]


def test_bounce_walks_to_the_finish_and_back() -> None:
    rules, st, ev = Rulebook(board(10, finish="bounce")), at(8), []
    assert rules.roll(st, 5, ev) is Stop.END
    assert st.positions == [7]
    assert ev == [Rolled(0, 5), Bounced(0, 10, 3), Moved(0, 8, 7, MoveCause.ROLL, via=10)]
    assert ev[2].path == (9, 10, 9, 8, 7)


def test_bounce_never_goes_below_the_start() -> None:
    rules, st = Rulebook(board(3, dice=20, finish="bounce")), at(2)
    rules.roll(st, 20, None)
    assert st.positions == [0]


def test_bouncing_back_onto_the_starting_square_still_lands_there() -> None:
    rules = Rulebook(board(10, {8: {"kind": "skip", "text": "暂停"}}, finish="bounce"))
    st = at(8)
    rules.roll(st, 4, None)  # 9, 10, 9, 8
    assert st.positions == [8] and st.skips == [1]


def test_pass_reaching_or_passing_the_finish_wins() -> None:
    rules, st, ev = Rulebook(board(10, finish="pass")), at(8), []
    assert rules.roll(st, 6, ev) is Stop.WON
    assert st.positions == [10]
    assert ev[1] == Moved(0, 8, 10, MoveCause.ROLL)


# -- effects of answers ----------------------------------------------------------------------

MOVE_3 = Effect(move=3)
BACK_4 = Effect(move=-4)


def question_board(finish: str = "bounce", right: Effect = MOVE_3, wrong: Effect = BACK_4) -> Rulebook:
    return Rulebook(
        board(10, {8: {"kind": "question"}, 2: {"kind": "question"}}, finish=finish, right=right, wrong=wrong)
    )


def pending(position: int) -> GameState:
    st = at(position)
    st.phase = Phase.ANSWER
    st.square = position
    return st


def test_a_right_answer_moves_forward_under_the_finish_rule() -> None:
    st, ev = pending(8), []
    assert question_board("bounce").resolve(st, True, ev) is Stop.END
    assert st.positions == [9]  # 8 + 3 = 11: bounce back 1
    assert ev == [Bounced(0, 10, 1), Moved(0, 8, 9, MoveCause.RIGHT, via=10)]
    st = pending(8)
    assert question_board("exact").resolve(st, True, []) is Stop.END
    assert st.positions == [8]
    st = pending(8)
    assert question_board("pass").resolve(st, True, []) is Stop.WON


def test_a_backward_effect_stops_at_the_start() -> None:
    st, ev = pending(2), []
    question_board().resolve(st, False, ev)
    assert st.positions == [0]
    assert ev == [Moved(0, 2, 0, MoveCause.WRONG)]
    assert st.phase is Phase.ROLL and st.square == 0


def test_effects_skip_and_roll_again() -> None:
    rules = question_board(right=Effect(roll_again=True), wrong=Effect(skip=2))
    st, ev = pending(2), []
    assert rules.resolve(st, True, ev) is Stop.AGAIN
    assert ev == [RollAgain(0)] and st.phase is Phase.ROLL
    st, ev = pending(2), []
    assert rules.resolve(st, False, ev) is Stop.END
    assert st.skips == [2] and ev == [SkipsAdded(0, 2, 2)]


def test_an_empty_effect_ends_the_turn_in_place() -> None:
    st, ev = pending(2), []
    assert question_board(right=Effect()).resolve(st, True, ev) is Stop.END
    assert st.positions == [2] and ev == []


def test_an_effect_move_lands_and_chains() -> None:
    rules = Rulebook(
        board(
            12,
            {2: {"kind": "question", "right": Effect(move=2)}, 4: {"kind": "jump", "to": 9, "text": "跳"}},
        )
    )
    st, ev = pending(2), []
    rules.resolve(st, True, ev)
    assert st.positions == [9]
    assert names(ev) == ["Moved", "Landed", "Jumped"]


# -- square kinds ----------------------------------------------------------------------------


def test_a_tip_square_is_shown_and_does_nothing() -> None:
    rules, st, ev = Rulebook(board(10, {3: {"kind": "tip", "text": "提示"}})), at(0), []
    assert rules.roll(st, 3, ev) is Stop.END
    assert ev[-1] == Landed(0, 3, SquareKind.TIP) and st.chain == 0


@pytest.mark.parametrize(("start", "to"), [(3, 9), (7, 1), (5, 0)])
def test_jump_squares_move_forward_or_back(start: int, to: int) -> None:
    rules, st, ev = Rulebook(board(10, {start: {"kind": "jump", "to": to, "text": "跳"}})), at(0), []
    rules.roll(st, start, ev)
    assert st.positions == [to]
    assert ev[2:] == [Landed(0, start, SquareKind.JUMP), Jumped(0, start, to)]


def test_a_jump_onto_the_finish_wins() -> None:
    rules, st, ev = Rulebook(board(10, {4: {"kind": "jump", "to": 10, "text": "终点"}})), at(0), []
    assert rules.roll(st, 4, ev) is Stop.WON
    assert names(ev)[-2:] == ["Jumped", "Won"]


def test_jumps_chain_into_the_square_they_reach() -> None:
    rules = Rulebook(
        board(
            20,
            {
                2: {"kind": "jump", "to": 5, "text": "a"},
                5: {"kind": "jump", "to": 11, "text": "b"},
                11: {"kind": "roll_again", "text": "c"},
            },
        )
    )
    st, ev = at(0), []
    assert rules.roll(st, 2, ev) is Stop.AGAIN
    assert st.positions == [11] and st.chain == 3
    assert names(ev) == ["Rolled", "Moved", "Landed", "Jumped", "Landed", "Jumped", "Landed", "RollAgain"]


def test_a_skip_square_adds_turns_that_are_paid_when_they_come_round() -> None:
    rules = Rulebook(board(10, {3: {"kind": "skip", "turns": 2, "text": "暂停两轮"}}))
    st, ev = at(0, players=2), []
    rules.roll(st, 3, ev)
    assert st.skips == [2, 0] and ev[-1] == SkipsAdded(0, 2, 2)
    ev = []
    assert rules.begin_turn(st, ev) is True
    assert rules.begin_turn(st, ev) is True
    assert rules.begin_turn(st, ev) is False
    assert ev == [TurnSkipped(0, 1), TurnSkipped(0, 0), TurnStarted(0, 3)]
    assert st.turns == [3, 0]


def test_roll_again_gives_the_same_player_another_roll() -> None:
    rules, st, ev = Rulebook(board(10, {4: {"kind": "roll_again", "text": "再掷"}})), at(0), []
    assert rules.roll(st, 4, ev) is Stop.AGAIN
    assert st.phase is Phase.ROLL and st.again is False and ev[-1] == RollAgain(0)


def test_question_and_name_items_squares_wait_for_the_player() -> None:
    rules = Rulebook(board(10, {2: {"kind": "question"}, 3: {"kind": "name_items", "category": "kitchen", "count": 2}}))
    st = at(0)
    assert rules.roll(st, 2, None) is Stop.ASK
    assert st.phase is Phase.ANSWER and st.square == 2
    st = at(0)
    assert rules.roll(st, 3, None) is Stop.NAME
    assert st.phase is Phase.NAME and st.square == 3


def test_a_question_square_without_questions_is_skipped() -> None:
    rules = Rulebook(board(10, {2: {"kind": "question"}}), silent={2})
    st, ev = at(0), []
    assert rules.roll(st, 2, ev) is Stop.END
    assert ev[-1] == NoQuestion(0, 2) and st.phase is Phase.ROLL


# -- the loop guard --------------------------------------------------------------------------


def test_a_jump_loop_built_in_code_stops_at_the_chain_limit() -> None:
    rules = Rulebook(board(10, {3: {"kind": "jump", "to": 5, "text": "a"}, 5: {"kind": "jump", "to": 3, "text": "b"}}))
    st, ev = at(0), []
    assert rules.roll(st, 3, ev) is Stop.END
    assert st.chain == CHAIN_LIMIT
    assert sum(isinstance(e, Jumped) for e in ev) == CHAIN_LIMIT
    assert isinstance(ev[-1], ChainStopped)


def test_roll_again_everywhere_cannot_last_more_than_the_limit() -> None:
    rules = Rulebook(board(400, {n: {"kind": "roll_again", "text": "再掷"} for n in range(1, 400)}))
    st = at(0)
    rolls = 0
    stop = Stop.AGAIN
    while stop is Stop.AGAIN:
        stop = rules.roll(st, 1, None)
        rolls += 1
    assert stop is Stop.END and rolls == CHAIN_LIMIT + 1


def test_the_chain_count_starts_again_each_turn() -> None:
    rules = Rulebook(board(10))
    st = at(0)
    st.chain = 9
    st.again = True
    rules.begin_turn(st, None)
    assert st.chain == 0 and st.again is False


def test_podium_ranks_by_position_then_score_then_seat() -> None:
    rules = Rulebook(board(10))
    st = GameState.blank(4)
    st.positions[:] = [3, 10, 7, 7]
    st.scores[:] = [9, 0, 1, 2]
    assert rules.podium(st, 1) == [1, 3, 2, 0]
    rules.end_by_limit(st, None)
    assert st.winner == 1 and st.phase is Phase.OVER


def test_a_board_must_list_every_square() -> None:
    broken = board(5)
    object.__setattr__(broken, "squares", broken.squares[:-1])
    with pytest.raises(ValueError, match="must list squares"):
        Rulebook(broken)
