"""Exact analysis speed and accuracy: the classic board in under 100 ms, within 1 % of simulation.

Times :func:`game.analysis.analyze` (build the chain by driving the rules, solve for the expected
turns, follow the finish-time distribution to a 1e-12 tail, seat odds) on the bundled classic
board and on Chutes and Ladders, then simulates ``--games`` bot games of each kind and prints the
exact and simulated figures side by side with their relative differences.

    python benchmarks/bench_analysis.py [--games N] [--players P] [--repeat R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from game.analysis import BoardAnalysis, SimulationResult, analyze, simulate
from game.content.loader import Content, load_bundled, load_content

CHUTES = Path(__file__).resolve().parents[1] / "tests" / "boards" / "chutes_and_ladders.yaml"


def timed(content: Content, players: int, repeat: int) -> tuple[BoardAnalysis, float, float]:
    times = []
    result = analyze(content, players=players)
    for _ in range(repeat):
        started = time.perf_counter()
        result = analyze(content, players=players)
        times.append(time.perf_counter() - started)
    return result, min(times) * 1000, statistics.median(times) * 1000


def compare(exact: BoardAnalysis, simulated: SimulationResult) -> None:
    rows = [
        ("expected turns (1 player)", exact.expected_turns, simulated.expected_turns),
        ("expected rounds", exact.expected_rounds, simulated.expected_rounds),
        ("expected game turns", exact.expected_game_turns, simulated.expected_game_turns),
    ]
    rows += [
        (f"seat {i + 1} wins", e, s) for i, (e, s) in enumerate(zip(exact.seat_wins, simulated.seat_wins, strict=True))
    ]
    for label, e, s in rows:
        print(f"  {label:28s} exact {e:10.4f}   simulated {s:10.4f}   diff {100 * (s - e) / e:+6.2f} %")
    print(
        f"  {'median / p10 / p90 turns':28s} exact {exact.median_turns} / {exact.p10_turns} / {exact.p90_turns}"
        f"   simulated {simulated.median_turns} / {simulated.p10_turns} / {simulated.p90_turns}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--games", type=int, default=100_000)
    parser.add_argument("--players", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    boards = [
        ("classic (bundled)", load_bundled()),
        ("Chutes and Ladders", load_content([CHUTES], fill_from_bundled=False)),
    ]
    for label, content in boards:
        exact, best, median = timed(content, args.players, args.repeat)
        print(
            f"{label}: {exact.states} states, exact analysis best {best:.1f} ms, median {median:.1f} ms"
            " (target < 100 ms)"
        )
        started = time.perf_counter()
        simulated = simulate(content, players=args.players, games=args.games, seed=1)
        print(f"  simulated {args.games} + {args.games} games in {time.perf_counter() - started:.1f} s")
        compare(exact, simulated)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
