"""Wall time of ``fenleiqi lookup ITEM`` (a whole process, content cache warm) and of
``lookup --file`` over a list of every dictionary name. Target: one item <= 150 ms.

    python benchmarks/bench_lookup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _installed import installed_env

REPO = Path(__file__).resolve().parents[1]


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=REPO, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="fenleiqi-bench-")
    env = installed_env(home, PYTHONIOENCODING="utf-8")
    env.pop("FENLEIQI_NO_CACHE", None)
    base = [sys.executable, "-m", "game", "lookup"]
    cold = timed([*base, "香蕉皮"], env)  # validates the content and writes the cache
    known = [timed([*base, "香蕉皮"], env) for _ in range(args.runs)]
    unknown = [timed([*base, "麦当劳纸盒"], env) for _ in range(args.runs)]
    bare = [timed([sys.executable, "-c", "pass"], env) for _ in range(args.runs)]
    from game.content.loader import load_bundled

    names = [item.name for item in load_bundled().dictionary]
    listing = Path(home) / "list.txt"
    listing.write_text("\n".join(names) + "\n", encoding="utf-8")
    whole = timed([*base, "--file", str(listing), "--json"], env)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.runs} runs each (median)")
    print(f"  first lookup (validates, writes the cache): {cold * 1000:.0f} ms")
    print(f"  lookup 香蕉皮 (known):                      {statistics.median(known) * 1000:.0f} ms   target <= 150 ms")
    print(f"  lookup 麦当劳纸盒 (unknown, suggestions):   {statistics.median(unknown) * 1000:.0f} ms")
    print(f"  python -c pass:                             {statistics.median(bare) * 1000:.0f} ms")
    print(f"  lookup --file of {len(names)} names (JSON lines): {whole * 1000:.0f} ms")


if __name__ == "__main__":
    main()
