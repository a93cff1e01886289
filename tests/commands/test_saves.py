"""Unfinished games are never lost: a new game sets the old one aside and says where, starting
asks whether to continue, ``fenleiqi saves`` lists them, ``--resume N`` picks one."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import RunCli


def quit_at_first_roll(run_cli: RunCli, name: str, *extra: str) -> str:
    result = run_cli("play", "--terminal", "--players", "1", "--names", name, "--seed", "3", *extra, input="q\n")
    assert result.returncode == 0, result.stderr
    return result.stdout


def saves(run_cli: RunCli) -> list[dict[str, object]]:
    result = run_cli("saves", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["saves"]  # type: ignore[no-any-return]


def test_no_unfinished_games_at_first(run_cli: RunCli) -> None:
    result = run_cli("saves")
    assert result.returncode == 0 and "没有没下完的游戏" in result.stdout


def test_a_new_game_over_an_unfinished_one_keeps_it_and_says_where(run_cli: RunCli) -> None:
    quit_at_first_roll(run_cli, "小明")
    out = quit_at_first_roll(run_cli, "小红")
    assert "上一局没下完的游戏没有丢，另存在" in out and "fenleiqi play --terminal --resume " in out
    listed = saves(run_cli)
    assert [entry["players"] for entry in listed] == [["小红"], ["小明"]]  # newest first
    kept = Path(str(listed[1]["path"]))
    assert kept.name.startswith("autosave-") and kept.is_file()
    plain = run_cli("saves").stdout
    assert "1. " in plain and "小红" in plain and "2. " in plain and "小明" in plain and "--resume N" in plain


def test_resume_by_number_continues_that_game(run_cli: RunCli) -> None:
    quit_at_first_roll(run_cli, "小明")
    quit_at_first_roll(run_cli, "小红")
    result = run_cli("play", "--terminal", "--resume", "2", input="q\n")
    assert result.returncode == 0 and "接着上次的游戏玩" in result.stdout and "小明" in result.stdout
    bad = run_cli("play", "--terminal", "--resume", "9")
    assert bad.returncode == 2 and "没有第 9 局没下完的游戏" in bad.stderr


def test_starting_without_options_asks_whether_to_continue(run_cli: RunCli) -> None:
    quit_at_first_roll(run_cli, "小明")
    # 1 (the default): continue the unfinished game
    going_on = run_cli("play", "--terminal", input="\nq\n")
    assert "上次的游戏还没下完：小明" in going_on.stdout and "接着上次的游戏玩" in going_on.stdout
    # 2: a new game with the set-up questions; the unfinished one is kept
    fresh = run_cli("play", "--terminal", input="2\n" + "\n" * 12 + "q\n")
    assert "新游戏设置" in fresh.stdout and "上一局没下完的游戏没有丢" in fresh.stdout
    assert any(entry["players"] == ["小明"] for entry in saves(run_cli))
    assert os.environ["FENLEIQI_HOME"] in fresh.stdout


def test_the_same_players_and_seed_again_are_still_another_game(run_cli: RunCli) -> None:
    quit_at_first_roll(run_cli, "小明")
    out = quit_at_first_roll(run_cli, "小明")  # same names, same seed: a new game all the same
    assert "上一局没下完的游戏没有丢" in out
    listed = saves(run_cli)
    assert len(listed) == 2


def test_resuming_a_game_set_aside_keeps_it_in_its_own_file(run_cli: RunCli) -> None:
    quit_at_first_roll(run_cli, "小明")
    quit_at_first_roll(run_cli, "小红")
    result = run_cli("play", "--terminal", "--resume", "2", input="\nq\n")
    assert result.returncode == 0
    listed = saves(run_cli)
    assert sorted(entry["players"][0] for entry in listed) == ["小明", "小红"]  # no copy, nothing pushed aside
    assert "set_aside" not in result.stdout and "另存在" not in result.stdout


def test_a_second_game_on_the_same_save_is_refused_while_the_first_runs(run_cli: RunCli) -> None:
    """Two terminals on one autosave used to overwrite each other; now the second is told."""
    import subprocess
    import sys

    quit_at_first_roll(run_cli, "小明")
    save = Path(os.environ["FENLEIQI_HOME"]) / "autosave.json"
    holder = (  # a running game holds its save for as long as it runs
        "import sys, time\nfrom game.storage import hold\n"
        "assert hold(sys.argv[1], 'fenleiqi') is None\nprint('held', flush=True)\ntime.sleep(60)\n"
    )
    first = subprocess.Popen([sys.executable, "-c", holder, str(save)], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "held"
        second = run_cli("play", "--terminal", "--players", "1", "--names", "小红", input="q\n")
        assert second.returncode == 2 and "另一局游戏正在用这个存档" in second.stdout
        resumed = run_cli("play", "--terminal", "--resume", input="q\n")
        assert resumed.returncode == 1 and "另一局游戏正在用这个存档" in resumed.stdout
    finally:
        first.kill()
        first.wait()
    assert [entry["players"] for entry in saves(run_cli)] == [["小明"]]  # nothing lost, nothing set aside
    again = run_cli("play", "--terminal", "--resume", input="q\n")  # the holder is gone: the file is free
    assert again.returncode == 0 and "接着上次的游戏玩" in again.stdout


def test_history_updates_from_many_processes_are_all_kept(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    names = [f"玩家{n}" for n in range(16)]
    running = [
        subprocess.Popen([sys.executable, "-m", "game", "history", "enable", name], env=env, stdout=subprocess.DEVNULL)
        for name in names
    ]
    for process in running:
        assert process.wait(timeout=120) == 0
    from game.history import History

    assert sorted(History.load().names()) == sorted(names)
