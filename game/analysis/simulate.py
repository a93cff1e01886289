"""The same figures as :mod:`game.analysis.exact`, estimated by playing bot games with the engine.

One-player figures come from ``games`` games with one bot; seat figures from ``games`` games with
``players`` bots (the same games when ``players`` is 1). Game ``k`` of the first set uses seed
``seed + k``, of the second ``seed + games + k``, so a simulation is reproducible.

>>> from game.content.loader import load_bundled
>>> result = simulate(load_bundled(), players=2, games=20, seed=1)
>>> result.games, len(result.seat_wins), round(sum(result.seat_wins), 6)
(20, 2, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from game.content.dictionary import ItemDictionary
from game.content.models import Board, Question, Region
from game.engine.driver import play_bots
from game.engine.game import new_game
from game.engine.state import GameSetup, PlayerSpec
from game.engine.table import ContentSource

Progress = Callable[[int], None]

#: Simulated games stop after this many rounds (the leader wins), so a board that can trap a
#: token still ends; the exact analysis reports such a board as not finishable.
ROUND_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """Figures estimated from simulated games (the names match :class:`BoardAnalysis`)."""

    games: int
    players: int
    p_correct: float
    expected_turns: float
    median_turns: int
    p10_turns: int
    p90_turns: int
    seat_wins: tuple[float, ...]
    expected_rounds: float
    expected_game_turns: float
    median_rounds: int
    p10_rounds: int
    p90_rounds: int


class _SoloContent:
    """The content with the board opened to a single player (for one-player figures)."""

    def __init__(self, content: ContentSource, board: Board) -> None:
        self._content = content
        self._board = replace(board, rules=replace(board.rules, min_players=1))

    @property
    def questions(self) -> tuple[Question, ...]:
        return self._content.questions

    @property
    def dictionary(self) -> ItemDictionary:
        return self._content.dictionary

    def board(self, name: str | None = None) -> Board:
        return self._board

    def region(self, key: str = "national") -> Region:
        return self._content.region(key)


def percentile(sorted_values: Sequence[int], q: float) -> int:
    """The smallest value whose share of samples at or below it is at least ``q``.

    >>> percentile([1, 2, 3, 4], 0.5), percentile([1, 2, 3, 4], 0.9)
    (2, 4)
    """
    if not sorted_values:
        return 0
    rank = max(math.ceil(q * len(sorted_values) - 1e-9), 1)
    return sorted_values[rank - 1]


def simulate(
    content: ContentSource,
    *,
    board: str | None = None,
    players: int = 1,
    p_correct: float | Sequence[float] = 0.7,
    games: int = 1000,
    seed: int = 0,
    difficulty: tuple[int, int] = (1, 3),
    region: str = "national",
    progress: Progress | None = None,
) -> SimulationResult:
    """Play ``games`` one-bot games (and ``games`` games of ``players`` bots) and measure them.

    Args:
        content: the content to play with.
        board: the board's name (None: the first).
        players: seats in the multi-player games.
        p_correct: every bot's chance of a right answer, or one per seat (the one-player
            games then use the first seat's).
        games: how many games of each kind.
        seed: the seed of the first game.
        difficulty: the question difficulty range.
        region: the region key.
        progress: called with the number of games finished so far (out of ``2 * games``, or
            ``games`` for one player), now and then.
    """
    if games < 1:
        raise ValueError(f"games must be at least 1, got {games}")
    chances = (float(p_correct),) * players if isinstance(p_correct, (int, float)) else tuple(p_correct)
    if len(chances) != players:
        raise ValueError(f"one p_correct per seat is needed: {players} seats, {len(chances)} values")
    solo_board = content.board(board)
    solo_content = _SoloContent(content, solo_board)
    solo = GameSetup((PlayerSpec("bot", True, chances[0]),), board, difficulty, region, ROUND_LIMIT)
    done = 0
    solo_turns: list[int] = []
    for k in range(games):
        game = new_game(solo_content, solo, seed + k)
        play_bots(game)
        solo_turns.append(game.state.turns[0])
        done += 1
        if progress is not None and done % 64 == 0:
            progress(done)
    if players == 1:
        winners = [0] * games
        rounds = list(solo_turns)
        game_turns = list(solo_turns)
    else:
        seats = GameSetup(
            tuple(PlayerSpec(f"bot{n + 1}", True, chances[n]) for n in range(players)),
            board,
            difficulty,
            region,
            ROUND_LIMIT,
        )
        winners = []
        rounds = []
        game_turns = []
        for k in range(games):
            game = new_game(content, seats, seed + games + k)
            play_bots(game)
            winner = game.state.winner
            winners.append(winner)
            rounds.append(game.state.turns[winner])
            game_turns.append(sum(game.state.turns))
            done += 1
            if progress is not None and done % 64 == 0:
                progress(done)
    if progress is not None:
        progress(done)
    solo_turns.sort()
    rounds_sorted = sorted(rounds)
    return SimulationResult(
        games=games,
        players=players,
        p_correct=chances[0],
        expected_turns=sum(solo_turns) / games,
        median_turns=percentile(solo_turns, 0.5),
        p10_turns=percentile(solo_turns, 0.1),
        p90_turns=percentile(solo_turns, 0.9),
        seat_wins=tuple(winners.count(seat) / games for seat in range(players)),
        expected_rounds=sum(rounds) / games,
        expected_game_turns=sum(game_turns) / games,
        median_rounds=percentile(rounds_sorted, 0.5),
        p10_rounds=percentile(rounds_sorted, 0.1),
        p90_rounds=percentile(rounds_sorted, 0.9),
    )
