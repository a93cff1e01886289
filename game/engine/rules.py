"""The rules of movement and squares, in one place, for the engine and the analysis alike.

:class:`Rulebook` is compiled once from a :class:`~game.content.models.Board`. Its methods change
a :class:`~game.engine.state.GameState` for the *current* player and report what must happen
next as a :class:`Stop`; chance never happens here. The engine
(:class:`game.engine.game.Game`) samples the die, draws questions and asks players, then calls
these methods; the exact analysis (:mod:`game.analysis`) calls the very same methods with forced
outcomes (each die value, a right and a wrong answer) to enumerate a turn. So a rule — the finish
rule, jumps, skips, roll-again, the effects of answers, the loop guard — is written exactly once.

Rules:

- Square 0 is the start and square ``size`` the finish; reaching the finish wins at once.
- A roll walks the token forward. When it would pass the finish: ``exact`` — the token stays
  (no square takes effect); ``bounce`` — it walks to the finish and back by the steps left over
  (never below 0); ``pass`` — it stops on the finish and wins.
- The effect of an answer moves the token the same way (forward under the finish rule; backward
  stops at 0), adds turns to miss, and/or gives another roll.
- A square takes effect when a token stops on it after moving (by a roll, a jump or an effect):
  tip/plain nothing; jump moves the token to ``to`` (and that square takes effect in turn); skip
  makes the player miss ``turns`` future turns; roll_again gives another roll once the landing is
  resolved; question and name_items wait for the player (a question square whose filter has no
  question is skipped).
- At most :data:`CHAIN_LIMIT` squares take effect in one turn; past that the chain stops with a
  :class:`~game.engine.events.ChainStopped` event, so even a board built in code with a jump loop
  cannot run forever.
- A player who owes skips misses their turn (it still counts as a turn) and owes one fewer.

>>> from game.content.models import Board, Rules, Square, SquareKind
>>> from game.engine.state import GameState
>>> board = Board("t", 5, Rules(dice=6), tuple(
...     Square(n, SquareKind.JUMP, to=4) if n == 2 else Square(n) for n in range(6)))
>>> rules, st, events = Rulebook(board), GameState.blank(1), []
>>> rules.roll(st, 2, events), st.positions
(<Stop.END: 4>, [4])
>>> [type(e).__name__ for e in events]
['Rolled', 'Moved', 'Landed', 'Jumped']
"""

from __future__ import annotations

from collections.abc import Set
from enum import IntEnum

from game.content.models import Board, Effect, FinishRule, SquareKind
from game.engine.dice import Chance, die
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
from game.engine.state import GameState, Phase

#: The most squares that may take effect in one turn.
CHAIN_LIMIT = 16

_PLAIN = SquareKind.PLAIN
_TIP = SquareKind.TIP
_JUMP = SquareKind.JUMP
_SKIP = SquareKind.SKIP
_AGAIN = SquareKind.ROLL_AGAIN
_QUESTION = SquareKind.QUESTION
_NAME = SquareKind.NAME_ITEMS
_EXACT = FinishRule.EXACT
_PASS = FinishRule.PASS
_ROLL_PHASE = Phase.ROLL
_ANSWER_PHASE = Phase.ANSWER
_NAME_PHASE = Phase.NAME
_OVER_PHASE = Phase.OVER
_ROLL_CAUSE = MoveCause.ROLL
_RIGHT_CAUSE = MoveCause.RIGHT
_WRONG_CAUSE = MoveCause.WRONG


class Stop(IntEnum):
    """What must happen after a rule step."""

    ASK = 1  #: the player must answer a question (square in ``state.square``)
    NAME = 2  #: the player must name items (square in ``state.square``)
    AGAIN = 3  #: the same player rolls again (``state.phase`` is ROLL)
    END = 4  #: the turn is over: the next player's turn begins
    WON = 5  #: the player reached the finish (``state.phase`` is OVER)


_ASK = Stop.ASK
_NAME_STOP = Stop.NAME
_AGAIN_STOP = Stop.AGAIN
_END = Stop.END
_WON = Stop.WON

Events = list[Event] | None


class Rulebook:
    """The rules of one board, compiled for speed.

    Args:
        board: the board.
        silent: question squares that have no question to ask (see
            :func:`game.engine.decks.silent_squares`); they are skipped.
    """

    __slots__ = ("board", "die", "finish", "kinds", "rights", "silent", "size", "targets", "turns", "wrongs")

    def __init__(self, board: Board, silent: Set[int] = frozenset()) -> None:
        if len(board.squares) != board.size + 1 or board.size < 1:
            raise ValueError(f"board {board.name!r} must list squares 0..{board.size}")
        self.board = board
        self.size = board.size
        self.finish = board.rules.finish
        self.die: Chance = die(board.rules.dice)
        kinds = []
        targets = []
        for square in board.squares:
            kind = square.kind
            if kind is _JUMP and square.to is None:
                kind = _PLAIN  # a jump to nowhere (only possible in code) does nothing
            kinds.append(kind)
            targets.append(min(max(square.to, 0), board.size) if square.to is not None else -1)
        self.kinds = tuple(kinds)
        self.targets = tuple(targets)
        self.turns = tuple(max(square.turns, 0) for square in board.squares)
        self.rights = tuple(square.right for square in board.squares)
        self.wrongs = tuple(square.wrong for square in board.squares)
        self.silent = frozenset(silent)

    # -- turns -------------------------------------------------------------------------------

    def begin_turn(self, st: GameState, ev: Events) -> bool:
        """Begin ``st.current``'s turn; True when the turn is skipped because a skip is owed."""
        p = st.current
        st.turns[p] += 1
        st.chain = 0
        st.again = False
        if st.skips[p]:
            st.skips[p] -= 1
            if ev is not None:
                ev.append(TurnSkipped(p, st.skips[p]))
            return True
        st.phase = _ROLL_PHASE
        if ev is not None:
            ev.append(TurnStarted(p, st.turns[p]))
        return False

    # -- moves -------------------------------------------------------------------------------

    def roll(self, st: GameState, value: int, ev: Events) -> Stop:
        """The current player rolled ``value``: walk, and resolve the squares it lands on."""
        p = st.current
        if ev is not None:
            ev.append(Rolled(p, value))
        return self._move(st, p, value, _ROLL_CAUSE, ev)

    def resolve(self, st: GameState, right: bool, ev: Events) -> Stop:
        """Apply the pending square's right or wrong effect, and resolve where it leads."""
        p = st.current
        square = st.square
        effect: Effect = self.rights[square] if right else self.wrongs[square]
        st.square = 0
        st.phase = _ROLL_PHASE
        if effect.skip > 0:
            st.skips[p] += effect.skip
            if ev is not None:
                ev.append(SkipsAdded(p, effect.skip, st.skips[p]))
        if effect.roll_again:
            st.again = True
        if effect.move:
            return self._move(st, p, effect.move, _RIGHT_CAUSE if right else _WRONG_CAUSE, ev)
        return self._end(st, p, ev)

    def skip_question(self, st: GameState, ev: Events) -> Stop:
        """The pending question square has nothing to ask this player: skip it (NoQuestion)."""
        p = st.current
        if ev is not None:
            ev.append(NoQuestion(p, st.square))
        st.square = 0
        st.phase = _ROLL_PHASE
        return self._end(st, p, ev)

    def _move(self, st: GameState, p: int, steps: int, cause: MoveCause, ev: Events) -> Stop:
        start = st.positions[p]
        end = start + steps
        size = self.size
        via = -1
        if end > size:
            finish = self.finish
            if finish is _EXACT:
                if ev is not None:
                    ev.append(Overshot(p, start, steps))
                return self._end(st, p, ev)
            if finish is _PASS:
                end = size
            else:
                via = size
                back = end - size
                end = size - back if back < size else 0
                if ev is not None:
                    ev.append(Bounced(p, size, back))
        elif end < 0:
            end = 0
        if end == start and via < 0:
            return self._end(st, p, ev)  # nowhere to go (backward at the start, or a zero move)
        st.positions[p] = end
        if ev is not None:
            ev.append(Moved(p, start, end, cause, via))
        return self._settle(st, p, ev)

    def _settle(self, st: GameState, p: int, ev: Events) -> Stop:
        """Let the squares the token stops on take effect, one after another (guarded)."""
        kinds = self.kinds
        size = self.size
        positions = st.positions
        while True:
            pos = positions[p]
            if pos == size:
                return self._win(st, p, ev)
            kind = kinds[pos]
            if kind is _PLAIN:
                break
            if kind is _TIP:
                if ev is not None:
                    ev.append(Landed(p, pos, kind))
                break
            if st.chain >= CHAIN_LIMIT:
                if ev is not None:
                    ev.append(ChainStopped(p, pos))
                break
            st.chain += 1
            if ev is not None:
                ev.append(Landed(p, pos, kind))
            if kind is _JUMP:
                to = self.targets[pos]
                positions[p] = to
                if ev is not None:
                    ev.append(Jumped(p, pos, to))
                continue
            if kind is _QUESTION:
                if pos in self.silent:
                    if ev is not None:
                        ev.append(NoQuestion(p, pos))
                    break
                st.phase = _ANSWER_PHASE
                st.square = pos
                return _ASK
            if kind is _NAME:
                st.phase = _NAME_PHASE
                st.square = pos
                return _NAME_STOP
            if kind is _SKIP:
                turns = self.turns[pos]
                st.skips[p] += turns
                if ev is not None:
                    ev.append(SkipsAdded(p, turns, st.skips[p]))
            elif kind is _AGAIN:
                st.again = True
            break
        return self._end(st, p, ev)

    def _end(self, st: GameState, p: int, ev: Events) -> Stop:
        if st.again:
            st.again = False
            st.phase = _ROLL_PHASE
            if ev is not None:
                ev.append(RollAgain(p))
            return _AGAIN_STOP
        return _END

    # -- the end -----------------------------------------------------------------------------

    def _win(self, st: GameState, p: int, ev: Events) -> Stop:
        st.phase = _OVER_PHASE
        st.winner = p
        st.again = False
        st.podium = self.podium(st, p)
        if ev is not None:
            ev.append(Won(p, tuple(st.podium)))
        return _WON

    def podium(self, st: GameState, winner: int) -> list[int]:
        """Every seat ranked: ``winner`` first, then by position, then by score, then seat."""
        positions = st.positions
        scores = st.scores
        return sorted(range(len(positions)), key=lambda s: (s != winner, -positions[s], -scores[s], s))

    def end_by_limit(self, st: GameState, ev: Events) -> None:
        """The round limit is reached: the leader (position, then score, then seat) wins."""
        leader = self.podium(st, -1)[0]
        st.phase = _OVER_PHASE
        st.winner = leader
        st.again = False
        st.square = 0
        st.podium = self.podium(st, leader)
        if ev is not None:
            ev.append(Won(leader, tuple(st.podium), by_limit=True))
