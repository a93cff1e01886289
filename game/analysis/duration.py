"""How long a game takes at the table, from the exact analysis and a pace per turn.

>>> from game.content.loader import load_bundled
>>> from game.analysis import analyze
>>> minutes = game_minutes(analyze(load_bundled(), players=4), turn_seconds=30)
>>> 10 < minutes.expected < 40 and minutes.low <= minutes.expected <= minutes.high
True
"""

from __future__ import annotations

from dataclasses import dataclass

from game.analysis.exact import BoardAnalysis


@dataclass(frozen=True, slots=True)
class GameMinutes:
    """Expected minutes for a whole game, and the 10th-90th percentile range (inf when unfinishable)."""

    expected: float
    low: float
    high: float


def game_minutes(analysis: BoardAnalysis, turn_seconds: float) -> GameMinutes:
    """Minutes for a game of ``analysis.players`` players taking ``turn_seconds`` per turn."""
    per_round = analysis.players * turn_seconds / 60
    if not analysis.finishable or analysis.p10_rounds is None or analysis.p90_rounds is None:
        return GameMinutes(float("inf"), float("inf"), float("inf"))
    return GameMinutes(
        analysis.expected_game_turns * turn_seconds / 60,
        analysis.p10_rounds * per_round,
        analysis.p90_rounds * per_round,
    )
