"""Exact figures from the turn chain: expected turns, the finish-time distribution, seat odds.

Players never touch each other's tokens, so N players are N independent copies of the
one-player chain taking turns in seat order; the first to finish wins. With ``f(t)`` the chance
that one player finishes on their ``t``-th turn and ``S(t)`` the chance they have not finished
after ``t`` turns, seat ``i`` (0-based) wins with probability
``sum_t f(t) * S(t)**i * S(t-1)**(N-1-i)``, and the game lasts more than ``r`` rounds with
probability ``S(r)**N``.

>>> from game.content.models import Board, Rules, Square, FinishRule
>>> board = Board("two", 2, Rules(dice=2, finish=FinishRule.PASS), tuple(Square(n) for n in range(3)))
>>> a = analyze_board(board, players=2)
>>> round(a.expected_turns, 6), a.median_turns, [round(p, 4) for p in a.seat_wins]
(1.5, 1, [0.75, 0.25])
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from game.analysis.chain import FINISH, TurnChain, build_chain
from game.content.models import Board

#: The distribution is followed until less than this much probability is left unfinished.
TAIL = 1e-12
#: ... or for at most this many turns (a board that almost never finishes).
MAX_TURNS = 200_000
#: At most this many edge steps when following the finish-time distribution (a few seconds).
WORK_BUDGET = 20_000_000


@dataclass(frozen=True, slots=True)
class BoardAnalysis:
    """Exact figures for one board, ``players`` seats and answers right with ``p_correct``.

    Turn counts are per player and include skipped turns; a round is one turn of every seat.
    A percentile is None when that share of games never finishes (a board that traps tokens).
    """

    board: str
    players: int
    p_correct: float
    states: int  #: transient states of the chain
    finishable: bool  #: False when some reachable position can never reach the finish
    expected_turns: float  #: one player's expected turns to finish (inf when not finishable)
    finish: tuple[float, ...]  #: ``finish[t-1]`` = chance one player finishes on turn ``t``
    tail: float  #: probability left unfinished after the last turn of ``finish``
    median_turns: int | None
    p10_turns: int | None
    p90_turns: int | None
    seat_wins: tuple[float, ...]  #: chance that each seat wins
    expected_rounds: float  #: expected game length in rounds
    expected_game_turns: float  #: expected game length in turns (all players' turns)
    median_rounds: int | None
    p10_rounds: int | None
    p90_rounds: int | None
    #: each seat's chance of a right answer when the seats differ (empty: all ``p_correct``);
    #: the one-player figures above then describe seat 1
    seat_p_correct: tuple[float, ...] = ()
    seat_expected_turns: tuple[float, ...] = ()  #: each seat's expected turns to finish (when they differ)


def expected_turns(chain: TurnChain) -> float:
    """Expected turns from the start to the finish: solves ``(I - Q) x = 1`` exactly (floats).

    Returns ``math.inf`` when the system is singular (some states never reach the finish).
    """
    n = len(chain.states)
    rows: list[list[float]] = [[0.0] * (n + 1) for _ in range(n)]
    for i, transitions in enumerate(chain.transitions):
        equation = rows[i]
        equation[i] += 1.0
        equation[n] = 1.0
        for j, p in transitions:
            if j != FINISH:
                equation[j] -= p
    # Gaussian elimination with partial pivoting; rows are sparse, so zero factors are skipped.
    for k in range(n):
        pivot = max(range(k, n), key=lambda r: abs(rows[r][k]))
        if abs(rows[pivot][k]) < 1e-14:
            return math.inf
        rows[k], rows[pivot] = rows[pivot], rows[k]
        pivot_row = rows[k]
        inverse = 1.0 / pivot_row[k]
        span = [(c, pivot_row[c] * inverse) for c in range(k + 1, n + 1) if pivot_row[c] != 0.0]
        for r in range(k + 1, n):
            row = rows[r]
            factor = row[k]
            if factor != 0.0:
                for c, value in span:
                    row[c] -= factor * value
                row[k] = 0.0
    x = [0.0] * n
    for k in range(n - 1, -1, -1):
        row = rows[k]
        total = row[n] - sum(row[c] * x[c] for c in range(k + 1, n) if row[c] != 0.0)
        x[k] = total / row[k]
    return x[0]


def finish_distribution(chain: TurnChain, tail: float = TAIL, max_turns: int = MAX_TURNS) -> tuple[list[float], float]:
    """``f(t)`` for ``t = 1, 2, …`` until less than ``tail`` is left unfinished; and what is left."""
    n = len(chain.states)
    sources: list[int] = []
    targets: list[int] = []
    probs: list[float] = []
    finish_from: list[tuple[int, float]] = []
    for i, row in enumerate(chain.transitions):
        for j, p in row:
            if j == FINISH:
                finish_from.append((i, p))
            else:
                sources.append(i)
                targets.append(j)
                probs.append(p)
    edges = list(zip(sources, targets, probs, strict=True))
    mass = [0.0] * n
    mass[0] = 1.0
    left = 1.0
    out: list[float] = []
    # Bounded work, whatever the board: a board whose answers drift tokens backwards converges
    # slowly; what is still unfinished then is returned as ``left`` (percentiles say "not computed").
    max_turns = min(max_turns, max(1_000, WORK_BUDGET // max(1, len(edges) + len(finish_from))))
    while left >= tail and len(out) < max_turns:
        done = 0.0
        for i, p in finish_from:
            done += mass[i] * p
        following = [0.0] * n
        for i, j, p in edges:
            m = mass[i]
            if m:
                following[j] += m * p
        mass = following
        out.append(done)
        left = sum(mass)
    return out, max(left, 0.0)


def _percentile(cdf: Sequence[float], q: float) -> int | None:
    """The smallest ``t`` (1-based) with ``cdf[t-1] >= q`` (None if never)."""
    for t, c in enumerate(cdf, start=1):
        if c >= q - 1e-12:
            return t
    return None


def reachable_finish(chain: TurnChain) -> bool:
    """True when the finish can be reached from every state (the chain is absorbing)."""
    n = len(chain.states)
    back: list[list[int]] = [[] for _ in range(n)]
    good = [False] * n
    todo = []
    for i, row in enumerate(chain.transitions):
        for j, _ in row:
            if j == FINISH:
                if not good[i]:
                    good[i] = True
                    todo.append(i)
            else:
                back[j].append(i)
    while todo:
        j = todo.pop()
        for i in back[j]:
            if not good[i]:
                good[i] = True
                todo.append(i)
    return all(good)


def seat_figures(finish: Sequence[float], players: int) -> tuple[tuple[float, ...], float, float, list[float]]:
    """Seat win chances, expected rounds, expected turns and the per-round end chances."""
    survive: list[float] = []  # S(t) for t = 0, 1, …
    left = 1.0
    survive.append(left)
    for f in finish:
        left -= f
        survive.append(max(left, 0.0))
    wins = [0.0] * players
    expected_game_turns = 0.0
    rounds: list[float] = []
    for t, f in enumerate(finish, start=1):
        before = survive[t - 1]
        after = survive[t]
        rounds.append(before**players - after**players)
        for seat in range(players):
            p = f * after**seat * before ** (players - 1 - seat)
            wins[seat] += p
            expected_game_turns += p * ((t - 1) * players + seat + 1)
    expected_rounds = sum(s**players for s in survive[: len(finish)])
    return tuple(wins), expected_rounds, expected_game_turns, rounds


def analyze_chain(chain: TurnChain, players: int = 1) -> BoardAnalysis:
    """Every exact figure of :class:`BoardAnalysis` from a built chain."""
    if not 1 <= players <= 6:
        raise ValueError(f"players must be 1 to 6, got {players}")
    finishable = reachable_finish(chain)
    expected = expected_turns(chain) if finishable else math.inf
    # A chain that can get stuck keeps unfinished mass for ever: follow it for a while only.
    finish, tail = finish_distribution(chain) if finishable else finish_distribution(chain, max_turns=5_000)
    cdf: list[float] = []
    total = 0.0
    for f in finish:
        total += f
        cdf.append(total)
    wins, expected_rounds, expected_game_turns, rounds = seat_figures(finish, players)
    round_cdf: list[float] = []
    total = 0.0
    for r in rounds:
        total += r
        round_cdf.append(total)
    if not finishable:
        expected_rounds = expected_game_turns = math.inf
    return BoardAnalysis(
        board=chain.board.name,
        players=players,
        p_correct=chain.p_correct,
        states=len(chain.states),
        finishable=finishable,
        expected_turns=expected,
        finish=tuple(finish),
        tail=tail,
        median_turns=_percentile(cdf, 0.5),
        p10_turns=_percentile(cdf, 0.1),
        p90_turns=_percentile(cdf, 0.9),
        seat_wins=wins,
        expected_rounds=expected_rounds,
        expected_game_turns=expected_game_turns,
        median_rounds=_percentile(round_cdf, 0.5),
        p10_rounds=_percentile(round_cdf, 0.1),
        p90_rounds=_percentile(round_cdf, 0.9),
    )


def mixed_seat_figures(
    finishes: Sequence[Sequence[float]],
) -> tuple[tuple[float, ...], float, float, list[float]]:
    """:func:`seat_figures` when every seat has its own finish distribution ``finishes[i]``.

    Seat ``i`` wins with ``sum_t f_i(t) * prod_{j<i} S_j(t) * prod_{j>i} S_j(t-1)``.

    >>> wins, rounds, turns, _ = mixed_seat_figures([[0.5, 0.5], [0.5, 0.5]])
    >>> [round(w, 4) for w in wins], round(rounds, 4)
    ([0.75, 0.25], 1.25)
    """
    players = len(finishes)
    length = max(len(f) for f in finishes)
    survive: list[list[float]] = []
    for finish in finishes:
        left = 1.0
        column = [left]
        for t in range(length):
            left -= finish[t] if t < len(finish) else 0.0
            column.append(max(left, 0.0))
        survive.append(column)
    wins = [0.0] * players
    expected_game_turns = 0.0
    rounds: list[float] = []
    for t in range(1, length + 1):
        before_all = math.prod(column[t - 1] for column in survive)
        after_all = math.prod(column[t] for column in survive)
        rounds.append(before_all - after_all)
        for seat in range(players):
            f = finishes[seat][t - 1] if t - 1 < len(finishes[seat]) else 0.0
            if not f:
                continue
            p = (
                f
                * math.prod(survive[j][t] for j in range(seat))
                * math.prod(survive[j][t - 1] for j in range(seat + 1, players))
            )
            wins[seat] += p
            expected_game_turns += p * ((t - 1) * players + seat + 1)
    expected_rounds = sum(math.prod(column[t] for column in survive) for t in range(length))
    return tuple(wins), expected_rounds, expected_game_turns, rounds


def analyze_board(
    board: Board,
    *,
    players: int = 1,
    p_correct: float | Sequence[float] = 0.7,
    silent: Set[int] = frozenset(),
) -> BoardAnalysis:
    """Build the chain of ``board`` and compute every exact figure.

    Args:
        board: the board.
        players: how many seats take turns (1 to 6).
        p_correct: the chance of a right answer (and of passing a name-items square); or one
            chance per seat (seat ``i`` then follows its own chain).
        silent: question squares with no question to ask (they do nothing).
    """
    if isinstance(p_correct, (int, float)):
        return analyze_chain(build_chain(board, p_correct=p_correct, silent=silent), players)
    chances = tuple(float(p) for p in p_correct)
    if len(chances) != players:
        raise ValueError(f"one p_correct per seat is needed: {players} seats, {len(chances)} values")
    if len(set(chances)) == 1:
        return analyze_chain(build_chain(board, p_correct=chances[0], silent=silent), players)
    solo = {p: analyze_chain(build_chain(board, p_correct=p, silent=silent), 1) for p in dict.fromkeys(chances)}
    first = analyze_chain(build_chain(board, p_correct=chances[0], silent=silent), players)
    finishable = all(a.finishable for a in solo.values())
    wins, expected_rounds, expected_game_turns, rounds = mixed_seat_figures([solo[p].finish for p in chances])
    round_cdf: list[float] = []
    total = 0.0
    for r in rounds:
        total += r
        round_cdf.append(total)
    if not finishable:
        expected_rounds = expected_game_turns = math.inf
    return replace(
        first,
        finishable=finishable,
        seat_wins=wins,
        expected_rounds=expected_rounds,
        expected_game_turns=expected_game_turns,
        median_rounds=_percentile(round_cdf, 0.5),
        p10_rounds=_percentile(round_cdf, 0.1),
        p90_rounds=_percentile(round_cdf, 0.9),
        seat_p_correct=chances,
        seat_expected_turns=tuple(solo[p].expected_turns for p in chances),
    )
