"""How fast the terminal game is ready: launch to the first prompt, against ``import rich.console``.

Run: ``python benchmarks/bench_terminal_startup.py [--runs N]``

Both are measured the same way, in the same run, alternately: a fresh Python is started in a
pseudo-terminal and the clock stops when the expected text appears on its screen.

- ``fenleiqi play --terminal``: until the first prompt of the set-up screen (几位玩家？) shows;
- ``python -c "import rich.console"``: until it has imported rich's console and printed a word.

The figure that matters is the ratio of the medians (target: 2x or less). The script also times
``run_terminal`` started without the command line (what the terminal package itself costs), and
the pieces of the start: importing the command line and building its parser (every sub-command's
module is imported for ``--help``), and loading the bundled content (done in the background
while the first prompt waits).
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

#: The terminal package's own start: run_terminal with options made directly, no command line.
LEAN = """
import sys
from pathlib import Path
from game.session.options import PlayOptions
from game.terminal.app import run_terminal
options = PlayOptions(lang="zh", content_paths=(), board=None, region="national", players=None, names=(),
                      bots=None, bot_level=0.7, difficulty=(1, 3), seed=1, resume=None,
                      save_path=Path(sys.argv[1]) / "autosave.json", report=None, no_color=False)
sys.exit(run_terminal(options))
"""


def _spawn_until(args: list[str], text: str, env: dict[str, str]) -> float:
    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(args[0], args[1:], cwd=str(REPO), env=env, encoding="utf-8", dimensions=(24, 80), timeout=30)
    child.expect(text)
    elapsed = time.perf_counter() - start
    child.close(force=True)
    return elapsed


def _python_seconds(code: str) -> float:
    """Wall time of ``python -c code`` as a whole (pieces of the start-up)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="fenleiqi-bench-")
    hidden = ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")
    env = installed_env(home, PYTHONIOENCODING="utf-8", TERM="xterm-256color")
    env = {key: value for key, value in env.items() if key not in hidden}
    game = [sys.executable, "-m", "game", "play", "--terminal"]
    rich = [sys.executable, "-c", "import rich.console; print('ready')"]
    for _ in range(2):  # warm the file cache and the bytecode
        _spawn_until(game, "几位玩家", env)
        _spawn_until(rich, "ready", env)
    lean = [sys.executable, "-c", LEAN, home]
    game_times, rich_times, lean_times = [], [], []
    for _ in range(args.runs):
        game_times.append(_spawn_until(game, "几位玩家", env))
        rich_times.append(_spawn_until(rich, "ready", env))
        lean_times.append(_spawn_until(lean, "几位玩家", env))
    game_median, rich_median = statistics.median(game_times), statistics.median(rich_times)
    lean_median = statistics.median(lean_times)
    bare = statistics.median(_python_seconds("pass") for _ in range(5))
    cli = statistics.median(_python_seconds("import game.cli; game.cli.build_parser()") for _ in range(5))
    content = statistics.median(
        _python_seconds("from game.content.loader import load_bundled; load_bundled()") for _ in range(5)
    )
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.runs} runs each (median, min-max)")
    print(
        f"  fenleiqi play --terminal, launch to first prompt: {game_median * 1000:6.0f} ms"
        f"  ({min(game_times) * 1000:.0f}-{max(game_times) * 1000:.0f})"
    )
    print(
        f"  python -c 'import rich.console':                 {rich_median * 1000:6.0f} ms"
        f"  ({min(rich_times) * 1000:.0f}-{max(rich_times) * 1000:.0f})"
    )
    print(f"  ratio: {game_median / rich_median:.2f}x (target <= 2x)")
    print(
        f"  run_terminal alone (no command line), to first prompt: {lean_median * 1000:.0f} ms,"
        f" ratio {lean_median / rich_median:.2f}x"
    )
    print("pieces (whole python runs):")
    print(f"  python -c pass:                                   {bare * 1000:6.0f} ms")
    print(f"  import game.cli + build_parser (all commands):    {cli * 1000:6.0f} ms")
    print(f"  load the bundled content (background thread):    {content * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
