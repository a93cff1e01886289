"""kill -9 at any moment of a game never loses it: what is on disk always resumes.

A real child process plays a bot game and saves after every action (the way both front ends do);
the test kills it with SIGKILL at a random moment, then resumes from what is on disk and checks the
game is one the child had reached: the newest save or, when the kill hit the save itself, the one
before it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.savefile import read_save

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

PLAYER = """
import sys
from pathlib import Path
from game.content.loader import load_bundled
from game.engine import GameSetup, new_game
from game.engine.driver import bot_action
from game.session.game_session import Session

content = load_bundled()
path = Path(sys.argv[1])
seed = int(sys.argv[2])
while True:  # game after game into the same file, until killed
    game = new_game(content, GameSetup.of(bots=3), seed=seed)
    session = Session(game, content, (), path, lambda warning: print(warning, file=sys.stderr))
    session.save()
    print("ready", flush=True)
    while not session.game.over:
        action = bot_action(session.game)
        assert action is not None
        session.apply(action)
    seed += 1
"""

RUNS = 12


def test_a_game_killed_at_any_moment_resumes_from_disk(tmp_path: Path) -> None:
    chooser = random.Random(20261205)
    progressed = 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for run in range(RUNS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        save = folder / "autosave.json"
        child = subprocess.Popen(
            [sys.executable, "-c", PLAYER, str(save), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(chooser.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL

        loaded = read_save(save)  # raises SaveError if neither the save nor its backup is whole
        progressed += bool(loaded.game.state.log)
        leftovers = [p.name for p in folder.iterdir() if p.name not in {"autosave.json", "autosave.json.bak"}]
        # a temp file may be left by a kill mid-write; it is removed by the next save (test_storage)
        assert all(name.startswith(".autosave.json") or name.endswith(".lock") for name in leftovers), leftovers
    assert progressed >= RUNS // 2  # the kills landed mid-game, not only before the first move
