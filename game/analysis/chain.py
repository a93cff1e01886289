"""The board as an absorbing Markov chain over whole turns, built by driving the engine's rules.

A state is ``(position, skips owed)`` at the start of a turn. One step of the chain is one turn:
a skipped turn, or a roll with everything it sets off (jumps, answers and their effects, rolling
again). The transitions are not re-derived here: for every state the turn is played out by the
engine's own :class:`~game.engine.rules.Rulebook` with forced outcomes — each value of the die's
outcome table, and a right answer (probability ``p_correct``) or a wrong one at every question
and name-items square — so the chain follows exactly the rules the game is played by. Inside a
turn, the results of each intermediate situation are memoised, so roll-again and chains of
effects cost little.

>>> from game.content.models import Board, Rules, Square, FinishRule
>>> board = Board("two", 2, Rules(dice=2, finish=FinishRule.EXACT), tuple(Square(n) for n in range(3)))
>>> chain = build_chain(board)
>>> chain.states
((0, 0), (1, 0))
>>> chain.transitions[0]
((1, 0.5), (-1, 0.5))
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from game.content.models import Board
from game.engine.rng import Pcg32
from game.engine.rules import Rulebook, Stop
from game.engine.state import GameState, Phase

#: The index that stands for "reached the finish" in :attr:`TurnChain.transitions`.
FINISH = -1

_WON = Stop.WON
_END = Stop.END
_AGAIN = Stop.AGAIN
_ASK = Stop.ASK
_NAME = Stop.NAME
_RNG = Pcg32(0)  # never drawn from: the rules do not use chance

# A situation inside a turn: (position, squares taken effect so far, roll-again owed, decision).
_Micro = tuple[int, int, bool, int]
# Where a turn ends: (position, skips owed), or the finish.
_Outcome = tuple[int, int] | int


@dataclass(frozen=True, slots=True)
class TurnChain:
    """The transient states and their one-turn transitions.

    ``states[0]`` is the start ``(0, 0)``. ``transitions[i]`` lists ``(j, p)``: from state ``i``
    one turn leads to state ``j`` (or to :data:`FINISH` when ``j == -1``) with probability ``p``.
    """

    states: tuple[tuple[int, int], ...]
    transitions: tuple[tuple[tuple[int, float], ...], ...]
    board: Board
    p_correct: float


def _state(position: int, skips: int, chain: int, again: bool) -> GameState:
    return GameState(
        positions=[position],
        skips=[skips],
        scores=[0],
        turns=[0],
        chain=chain,
        again=again,
        rng=_RNG,
        records=[],
    )


class _TurnExplorer:
    """Plays out turns with the engine's rules and forced outcomes, memoising situations."""

    def __init__(self, rules: Rulebook, p_correct: float) -> None:
        self.rules = rules
        self.dice = tuple((value, float(p)) for value, p in rules.die.outcomes)
        self.answers = tuple((right, p) for right, p in ((True, p_correct), (False, 1.0 - p_correct)) if p > 0.0)
        self.memo: dict[_Micro, dict[_Outcome, float]] = {}

    def turn(self, position: int, skips: int) -> dict[_Outcome, float]:
        """Where one turn from ``(position, skips)`` ends, with probabilities."""
        st = _state(position, skips, 0, False)
        if self.rules.begin_turn(st, None):
            return {(st.positions[0], st.skips[0]): 1.0}
        return self._explore((position, 0, False, 0))

    def _explore(self, micro: _Micro) -> dict[_Outcome, float]:
        found = self.memo.get(micro)
        if found is not None:
            return found
        position, chain, again, decision = micro
        result: dict[_Outcome, float] = {}
        rules = self.rules
        if decision == 0:
            for value, p in self.dice:
                st = _state(position, 0, chain, again)
                stop = rules.roll(st, value, None)
                self._merge(result, self._after(st, stop), p)
        else:
            for right, p in self.answers:
                st = _state(position, 0, chain, again)
                st.phase = Phase.ANSWER if decision == _ASK else Phase.NAME
                st.square = position
                stop = rules.resolve(st, right, None)
                self._merge(result, self._after(st, stop), p)
        self.memo[micro] = result
        return result

    def _after(self, st: GameState, stop: Stop) -> dict[_Outcome, float]:
        if stop is _WON:
            return {FINISH: 1.0}
        added = st.skips[0]
        if stop is _END:
            return {(st.positions[0], added): 1.0}
        decision = 0 if stop is _AGAIN else int(stop)
        rest = self._explore((st.positions[0], st.chain, st.again, decision))
        if not added:
            return rest
        return {
            (outcome if outcome == FINISH else (outcome[0], outcome[1] + added)): p  # type: ignore[index]
            for outcome, p in rest.items()
        }

    @staticmethod
    def _merge(into: dict[_Outcome, float], part: dict[_Outcome, float], weight: float) -> None:
        for outcome, p in part.items():
            into[outcome] = into.get(outcome, 0.0) + weight * p


def build_chain(board: Board, *, p_correct: float = 0.7, silent: Set[int] = frozenset()) -> TurnChain:
    """The turn-by-turn chain of ``board`` for a player who answers right with ``p_correct``.

    Args:
        board: the board.
        p_correct: the chance of a right answer (and of passing a name-items square).
        silent: question squares with no question to ask (see
            :func:`game.engine.decks.silent_squares`).
    """
    if not 0.0 <= p_correct <= 1.0:
        raise ValueError(f"p_correct must be between 0 and 1, got {p_correct}")
    explorer = _TurnExplorer(Rulebook(board, silent), p_correct)
    index: dict[tuple[int, int], int] = {(0, 0): 0}
    states: list[tuple[int, int]] = [(0, 0)]
    transitions: list[tuple[tuple[int, float], ...]] = []
    done = 0
    while done < len(states):
        position, skips = states[done]
        row: dict[int, float] = {}
        for outcome, p in explorer.turn(position, skips).items():
            if outcome == FINISH:
                target = FINISH
            else:
                assert isinstance(outcome, tuple)
                target = index.get(outcome, -2)
                if target == -2:
                    target = index[outcome] = len(states)
                    states.append(outcome)
            row[target] = row.get(target, 0.0) + p
        transitions.append(tuple((target, p) for target, p in row.items() if p > 0.0))
        done += 1
    return TurnChain(tuple(states), tuple(transitions), board, p_correct)
