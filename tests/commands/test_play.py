"""``fenleiqi play`` picks the front end: the window, or the terminal with one line saying why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _play(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    environment.update(FENLEIQI_HOME=str(tmp_path), FENLEIQI_FAST="1", PYTHONIOENCODING="utf-8", **env)
    return subprocess.run(
        [sys.executable, "-m", "game", "play", *args],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment,
        timeout=120,
    )


def test_a_window_that_cannot_open_falls_back_to_the_terminal(tmp_path: Path) -> None:
    result = _play(tmp_path, "--window", SDL_VIDEODRIVER="nonexistent")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1 and "改在终端里玩" in result.stderr
    assert "几位玩家" in result.stdout  # the terminal's first prompt; EOF there ends the game quietly


def test_no_display_means_the_terminal(tmp_path: Path) -> None:
    result = _play(tmp_path, "--lang", "en")
    assert result.returncode == 0
    assert "No display found" in result.stderr and "Traceback" not in result.stderr


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    result = _play(tmp_path, "--terminal", "--difficulty", "hard")
    assert result.returncode == 2 and "1-2" in result.stderr


def test_plain_fenleiqi_takes_the_play_options(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    environment.update(FENLEIQI_HOME=str(tmp_path), PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "game", "--terminal", "--lang", "en"],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0 and "unrecognized arguments" not in result.stderr


def test_window_without_a_display_does_not_run_invisibly(tmp_path: Path) -> None:
    result = _play(tmp_path, "--window")
    assert result.returncode == 0 and "改在终端里玩" in result.stderr and "几位玩家" in result.stdout


def test_more_names_than_players_is_a_usage_error(tmp_path: Path) -> None:
    result = _play(tmp_path, "--terminal", "--players", "2", "--names", "小明,小红,小刚")
    assert result.returncode == 2 and "3 个名字" in result.stderr


def test_names_in_a_broken_encoding_or_with_escape_codes_never_crash_or_reach_the_screen(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "FENLEIQI_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    gbk = "小明".encode("gbk")  # a name typed in a GBK console, given as raw bytes
    for name in (gbk, "坏人\x1b]0;pwned\x07\x1b[2J".encode()):
        result = subprocess.run(
            [sys.executable.encode(), b"-m", b"game", b"play", b"--terminal", b"--players", b"1", b"--names", name],
            input=b"q\n",
            capture_output=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert b"\x1b" not in result.stdout and b"Traceback" not in result.stderr
        assert (tmp_path / "autosave.json").is_file()
    history = subprocess.run(
        [sys.executable.encode(), b"-m", b"game", b"history", b"enable", gbk], capture_output=True, env=env, timeout=120
    )
    assert history.returncode == 0 and b"Traceback" not in history.stderr


def test_a_folder_as_the_save_or_resume_is_a_usage_error(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "FENLEIQI_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    for option in ("--save", "--resume"):
        for value in ("/", str(tmp_path)):
            result = subprocess.run(
                [sys.executable, "-m", "game", "play", "--terminal", option, value],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                timeout=120,
            )
            assert result.returncode == 2 and "不能是文件夹" in result.stderr, (option, value, result.stderr)
