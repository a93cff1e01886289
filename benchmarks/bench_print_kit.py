"""How long ``fenleiqi print-kit`` takes for the full classic kit (target ≤ 10 s), as a volunteer
runs it: a whole process, every part, for the child cards (the default) and for the adult cards
(every question of the bank), and how big the PDFs are.

Run: ``python benchmarks/bench_print_kit.py``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _installed import installed_env

RUNS = 3
TARGET_S = 10.0


def one(out: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "game", "print-kit", "--out", str(out), *extra],
        check=True,
        capture_output=True,
        env=installed_env(out.parent),
    )
    return time.perf_counter() - start


def main() -> int:
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for label, extra in (
            ("child (default)", ()),
            ("adult", ("--level", "adult")),
            ("adult, A3", ("--level", "adult", "--paper", "A3")),
        ):
            out = Path(folder) / "kit.pdf"
            times = [one(out, *extra) for _ in range(RUNS)]
            median = statistics.median(times)
            worst = max(worst, max(times))
            print(
                f"full kit, {label:16} median {median:5.2f} s, worst {max(times):5.2f} s, "
                f"{out.stat().st_size / 1e6:4.1f} MB"
            )
    verdict = "ok" if worst <= TARGET_S else "TOO SLOW"
    print(f"worst {worst:.2f} s (target ≤ {TARGET_S:.0f} s): {verdict}")
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
