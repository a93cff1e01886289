"""Exact board analysis (an absorbing Markov chain over turns) and simulation with bots.

Pure: no I/O, no rich, no pygame. The chain is built by driving the engine's own rules with
forced outcomes (:mod:`game.analysis.chain`), so analysis and game always agree.

>>> from game.content.loader import load_bundled
>>> result = analyze(load_bundled(), players=2, p_correct=0.7)
>>> result.players, round(sum(result.seat_wins), 9)
(2, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence

from game.analysis.chain import FINISH, TurnChain, build_chain
from game.analysis.exact import (
    BoardAnalysis,
    analyze_board,
    analyze_chain,
    expected_turns,
    finish_distribution,
    mixed_seat_figures,
)
from game.analysis.simulate import SimulationResult, simulate
from game.content.models import Board
from game.engine.decks import eligible, silent_squares
from game.engine.table import ContentSource


def analyze(
    content: ContentSource,
    *,
    board: str | Board | None = None,
    players: int = 1,
    p_correct: float | Sequence[float] = 0.7,
    difficulty: tuple[int, int] = (1, 3),
    region: str = "national",
) -> BoardAnalysis:
    """Exact figures for a board of ``content`` (question squares with no question do nothing).

    ``p_correct`` may give one chance per seat (e.g. from each player's level, see
    :data:`game.engine.levels.LEVELS`).
    """
    chosen = board if isinstance(board, Board) else content.board(board)
    silent = silent_squares(chosen, eligible(content.questions, difficulty, region))
    return analyze_board(chosen, players=players, p_correct=p_correct, silent=silent)


__all__ = [
    "FINISH",
    "BoardAnalysis",
    "SimulationResult",
    "TurnChain",
    "analyze",
    "analyze_board",
    "analyze_chain",
    "build_chain",
    "expected_turns",
    "finish_distribution",
    "mixed_seat_figures",
    "simulate",
]
