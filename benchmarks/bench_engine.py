"""Engine speed: 4-player bot games per second on the classic board, against a bare loop.

The bare loop is the least a program can do to play the same board: for each turn, one die roll
from the same PCG32 generator, add it to the position, apply the finish rule and the jump table;
nothing else (no questions, no skips, no roll-again, no state, no log). Both are measured in the
same run and printed with their ratio. Targets: >= 1,000 games/s and <= 8x the bare loop.

Three engine figures are printed: ``play_bots`` (the simulation path: every rule, question draw,
bot answer, learning record and action log, but no event objects), ``apply`` (the front-end
path: each action checked and its events built) and games per second on Chutes and Ladders.

    python benchmarks/bench_engine.py [--games N] [--repeat R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from game.content.loader import Content, load_bundled, load_content
from game.content.models import Board, FinishRule, SquareKind
from game.engine import BotMove, GameSetup, Pcg32, new_game, play_bots

SETUP = GameSetup.of(bots=4, p_correct=0.7)
CHUTES = Path(__file__).resolve().parents[1] / "tests" / "boards" / "chutes_and_ladders.yaml"


def engine_games(content: Content, board: str | None, games: int, seed: int = 0) -> int:
    """Play ``games`` 4-bot games on the simulation path; returns the turns played."""
    setup = GameSetup(SETUP.players, board)
    turns = 0
    for k in range(games):
        game = new_game(content, setup, seed + k)
        play_bots(game)
        turns += sum(game.state.turns)
    return turns


def engine_games_with_events(content: Content, games: int, seed: int = 0) -> int:
    """The same games through ``Game.apply`` (legality checks, events built); returns events."""
    events = 0
    for k in range(games):
        game = new_game(content, SETUP, seed + k)
        state = game.state
        while state.phase.value != "over":
            events += len(game.apply(BotMove(state.current)))
    return events


def bare_games(board: Board, games: int, seed: int = 0, players: int = 4) -> int:
    """Dice + position + jump table, nothing else; returns the turns played."""
    size = board.size
    jumps = [s.to if s.kind is SquareKind.JUMP and s.to is not None else s.number for s in board.squares]
    finish = board.rules.finish
    sides = board.rules.dice
    turns = 0
    for k in range(games):
        rng = Pcg32(seed + k)
        below = rng.below
        positions = [0] * players
        playing = True
        while playing:
            for p in range(players):
                turns += 1
                x = positions[p] + below(sides) + 1
                if x > size:
                    if finish is FinishRule.EXACT:
                        x = positions[p]
                    elif finish is FinishRule.PASS:
                        x = size
                    else:
                        x = max(2 * size - x, 0)
                x = jumps[x]
                if x == size:
                    playing = False
                    break
                positions[p] = x
    return turns


def rate(repeat: int, games: int, action: Callable[[], int]) -> tuple[float, float, int]:
    """Best and median games per second over ``repeat`` runs, and what the action returned."""
    rates = []
    result = 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        rates.append(games / (time.perf_counter() - started))
    return max(rates), statistics.median(rates), result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--games", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    content = load_bundled()
    board = content.board()
    n, repeat = args.games, args.repeat
    engine_games(content, None, 50)  # warm the caches
    best, median, turns = rate(repeat, n, lambda: engine_games(content, None, n))
    bare_best, bare_median, bare_turns = rate(repeat, n, lambda: bare_games(board, n))
    events_best, events_median, events = rate(max(repeat // 2, 1), n, lambda: engine_games_with_events(content, n))
    chutes = load_content([CHUTES], fill_from_bundled=False)
    cl_best, cl_median, _ = rate(repeat, n, lambda: engine_games(chutes, None, n))
    cl_bare_best, cl_bare_median, _ = rate(repeat, n, lambda: bare_games(chutes.board(), n))
    print(f"board: {board.name} ({board.size} steps, d{board.rules.dice}, {board.rules.finish.value}), 4 bots, p=0.7")
    print(f"{n} games per run, best of {repeat} (median in brackets)")
    print(f"engine, play_bots:    {best:8.0f} games/s  ({median:.0f})  {turns / n:.1f} turns/game")
    print(f"engine, apply+events: {events_best:8.0f} games/s  ({events_median:.0f})  {events / n:.1f} events/game")
    print(f"bare loop:            {bare_best:8.0f} games/s  ({bare_median:.0f})  {bare_turns / n:.1f} turns/game")
    print(f"ratio bare/engine (best): {bare_best / best:.2f}x   target <= 8x;  games/s target >= 1000")
    print(f"ratio bare/engine per turn: {(bare_best * bare_turns) / (best * turns):.2f}x")
    print(
        f"Chutes and Ladders: engine {cl_best:.0f} games/s ({cl_median:.0f}), bare {cl_bare_best:.0f} "
        f"({cl_bare_median:.0f}), ratio {cl_bare_best / cl_best:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
