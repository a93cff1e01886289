"""Every file gets its verdict fast: the worst time of ``fenleiqi check`` over hostile files (target ≤ 5 s).

Writes files a careless volunteer or a hostile user could hand to ``check`` — boards whose answers
drift tokens backwards (the kind that once took minutes to analyse), boards of the largest size,
deep nesting, a huge number, alias expansion, a 5 MiB bank and a 5 MiB dictionary, random bytes —
then runs the real command on each in a subprocess and prints its wall time and verdict. The
largest time is compared with the 5-second promise of the README.

    python benchmarks/bench_verdicts.py [--drift-boards N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT_BYTES = 5 * 1024 * 1024
TARGET_SECONDS = 5.0
HEADER = "schema: 1\n"


def drift_board(rng: random.Random, size: int) -> str:
    """A board of question squares whose answers move tokens both ways, as far as the rules allow."""
    lines = [
        HEADER,
        f"name: 漂移{size}\nsize: {size}\n",
        "rules: {dice: 6, finish: exact, players: [1, 6]}\n",
        "squares:\n",
    ]
    for n in range(1, size):
        back = -rng.randint(1, min(n, 20))  # the schema allows moves of -20 … 20
        ahead = rng.randint(1, 3)
        kind = rng.random()
        if kind < 0.8:
            lines.append(f"  {n}: {{kind: question, right: {{move: {ahead}}}, wrong: {{move: {back}}}}}\n")
        elif kind < 0.9:
            lines.append(f"  {n}: {{kind: jump, to: {rng.choice([t for t in range(1, size) if t != n])}, text: 跳}}\n")
        else:
            lines.append(f"  {n}: {{kind: roll_again, text: 再掷一次}}\n")
    return "".join(lines)


def bank(count: int) -> str:
    rows = [HEADER, "questions:\n"]
    for i in range(count):
        rows.append(
            f"  - {{id: big-{i}, type: truefalse, category: other, text: 第{i}题：用过的纸巾是其他垃圾。,"
            " answer: true, explain: 纸巾用过就脏了。, difficulty: 1}\n"
        )
    return "".join(rows)


def items(count: int) -> str:
    rows = [HEADER, "items:\n"]
    for i in range(count):
        rows.append(f"  - {{name: 物品{i}, aliases: [别名{i}甲, 别名{i}乙], category: other, reason: 测试。}}\n")
    return "".join(rows)


def fill(text: str, unit: str) -> str:
    """``text`` repeated up to the 5 MiB limit."""
    repeat = (LIMIT_BYTES - 1024) // len(unit.encode("utf-8"))
    return text + unit * repeat


def cases(drift_boards: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = [
        (f"drift board {size} squares #{i}", drift_board(rng, size)) for size in (50, 200) for i in range(drift_boards)
    ]
    out += [("answers drift back on a 5 MiB board", drift_board(rng, 200) + "# " + "x" * (LIMIT_BYTES - 20_000) + "\n")]
    out += [
        ("nesting 500 levels (1 KB)", HEADER + "questions: " + "[" * 500 + "]" * 500 + "\n"),
        ("nesting to 5 MiB", HEADER + "questions: " + "[" * (LIMIT_BYTES // 2 - 20) + "]" * (LIMIT_BYTES // 2 - 20)),
        ("a 5,000-digit number", HEADER + "name: x\nsize: " + "9" * 5000 + "\nsquares: {}\n"),
        ("a 5 MiB string", fill(HEADER + "x: ", "长")),
        (
            "billion laughs",
            HEADER
            + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            ),
        ),
        ("5 MiB question bank", bank(LIMIT_BYTES // 190)),
        ("5 MiB item dictionary", items(LIMIT_BYTES // 105)),
        ("5 MiB of one line", fill(HEADER + "questions: [", "{}, ")),
        ("5 MiB of one-character values", fill(HEADER + "questions:\n", "- - - - - - - - - - a\n")),
        ("just under the event count that is refused unread", HEADER + "questions:\n" + "- a\n" * 399_990),
        ("a million repeated keys", fill(HEADER + "questions:\n  - ", "a: \n    ")),
        ("5 MiB of random bytes", ""),
    ]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--drift-boards", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for i, (label, text) in enumerate(cases(args.drift_boards, args.seed)):
            path = Path(folder) / f"case{i}.yaml"
            data = text.encode("utf-8")[:LIMIT_BYTES] if text else random.Random(args.seed).randbytes(LIMIT_BYTES - 1)
            path.write_bytes(data)
            started = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "game",
                    "check",
                    *([] if label.startswith(("drift", "answers")) else ["--alone"]),
                    str(path),
                ],
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=600,
            )
            seconds = time.perf_counter() - started
            worst = max(worst, seconds)
            verdict = {0: "passes", 1: "refused", 2: "usage", 3: "INTERNAL ERROR"}.get(result.returncode, "?")
            first = (result.stdout.strip().splitlines() or [""])[0][:90]
            print(f"{seconds:6.2f} s  {verdict:8s} {len(data) / 1024:8.0f} KB  {label}: {first}")
    verdict = "ok" if worst <= TARGET_SECONDS else "TOO SLOW"
    print(f"worst verdict {worst:.2f} s (target ≤ {TARGET_SECONDS:.0f} s): {verdict}")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
