"""Window speed under SDL's dummy driver: frame time of the game screen, and launch to first frame.

Frame time: the game screen at 1280×800 with 4 tokens (two sharing a square, one walking, so the
animation path runs too), each frame a full ``App.step`` (update, draw every part of the screen,
``display.flip``). Printed: median, 95th percentile and worst frame against the 16.7 ms budget of
60 Hz (target: median ≤ 5 ms). Also the cost of a resize (the static board drawn again) and of
a frame with a question dialog open.

Launch to first frame: a fresh Python process that loads the bundled content, opens the window
and draws the set-up screen (what ``fenleiqi`` shows first), timed from before the process starts.

    SDL_VIDEODRIVER=dummy python benchmarks/bench_window.py [--frames N]
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

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

REPO = Path(__file__).resolve().parents[1]
BUDGET_MS = 1000 / 60
SIZE = (1280, 800)

FIRST_FRAME = """
import time, sys
started = float(sys.argv[1])
from game.session.options import PlayOptions
from game.window.app import App, first_scene, load_options_content
from pathlib import Path
options = PlayOptions("zh", (), None, "national", None, (), None, 0.7, (1, 3), 1, None,
                      Path(sys.argv[2]), None, False)
app = App(options, load_options_content(options), size=(1280, 800))
app.push(first_scene(app))
app.step(0.0)
print(time.time() - started)
app.shutdown()
"""


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def launch_to_first_frame(runs: int) -> list[float]:
    """Seconds from process start to the first drawn frame, per run."""
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = installed_env(home, PYGAME_HIDE_SUPPORT_PROMPT="1")
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", FIRST_FRAME, repr(time.time()), str(Path(home) / "save.json")],
                capture_output=True,
                text=True,
                env=env,
                cwd=REPO,
                check=True,
            )
            times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def frame_times(frames: int) -> dict[str, list[float]]:
    """Milliseconds per frame: the game screen, the game screen with a dialog, and resizes."""
    import pygame

    from game.content.loader import load_bundled
    from game.engine import GameSetup, Moved, new_game
    from game.engine.events import MoveCause
    from game.session.options import PlayOptions
    from game.window.app import App
    from game.window.game_scene import GameScene

    with tempfile.TemporaryDirectory() as home:
        options = PlayOptions(
            "zh", (), None, "national", 4, (), 0, 0.7, (1, 3), 1, None, Path(home) / "save.json", None, False
        )
        content = load_bundled()
        app = App(options, content, size=SIZE)
        game = new_game(content, GameSetup.of("小明", "小红", "Ana", "Ben"), seed=1)
        scene = GameScene(app, game, content)
        app.push(scene)
        for token, square in zip(scene.tokens, (12, 12, 27, 40), strict=True):
            token.square = square
        scene.die_value = 5
        scene.banner_square = 16
        app.step(0.0)

        def walk() -> None:  # keep one token walking: the animation path runs every frame
            if not scene.timeline.busy:
                scene.show([Moved(3, 40, 46, MoveCause.ROLL), Moved(3, 46, 40, MoveCause.ROLL)])
                game.state.positions[3] = 40

        board_ms = []
        for _ in range(frames):
            walk()
            start = time.perf_counter()
            app.step(1 / 60, events=())
            board_ms.append((time.perf_counter() - start) * 1000)

        resize_ms = []
        for i in range(10):
            size = (1200 + 8 * i, 760 + 4 * i)
            app.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
            start = time.perf_counter()
            app.step(1 / 60, events=())
            resize_ms.append((time.perf_counter() - start) * 1000)
        app.screen = pygame.display.set_mode(SIZE, pygame.RESIZABLE)
        app.relayout()

        from game.content.models import QuestionType
        from tests.window.scenario import asking

        question_game = asking(QuestionType.CLASSIFY)
        app.replace(GameScene(app, question_game, content))
        app.step(0.0)  # opens the dialog
        dialog_ms = []
        for _ in range(frames // 2):
            start = time.perf_counter()
            app.step(1 / 60, events=())
            dialog_ms.append((time.perf_counter() - start) * 1000)

        # A child's question: pinyin over every character (the voice is off: it costs no frame time)
        from game.engine import Phase, PlayerSpec

        child_game = new_game(content, GameSetup((PlayerSpec("小明", level="child"), PlayerSpec("妈妈"))), seed=5)
        while not (child_game.phase is Phase.ANSWER and child_game.current == 0):
            child_game.apply(child_game.legal_actions()[0])
        app.voice.enabled = False
        app.replace(GameScene(app, child_game, content))
        app.step(0.0)
        ruby_ms = []
        for _ in range(frames // 2):
            start = time.perf_counter()
            app.step(1 / 60, events=())
            ruby_ms.append((time.perf_counter() - start) * 1000)
        app.shutdown()
    return {
        "game screen, 4 tokens, one walking": board_ms,
        "resize (board redrawn)": resize_ms,
        "question dialog open": dialog_ms,
        "a child's question, with pinyin": ruby_ms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    print(
        f"SDL video driver: {os.environ['SDL_VIDEODRIVER']}, window {SIZE[0]}x{SIZE[1]}, "
        f"budget {BUDGET_MS:.1f} ms a frame (60 Hz)"
    )
    for name, values in frame_times(args.frames).items():
        print(
            f"{name:38s} median {statistics.median(values):6.2f} ms   p95 {percentile(values, 95):6.2f} ms   "
            f"max {max(values):6.2f} ms   ({len(values)} frames)"
        )
    launches = launch_to_first_frame(args.launches)
    print(
        f"{'launch to first frame (set-up screen)':38s} median {statistics.median(launches) * 1000:6.0f} ms   "
        f"best {min(launches) * 1000:6.0f} ms   ({len(launches)} runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
