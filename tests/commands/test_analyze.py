"""``fenleiqi analyze`` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from tests.conftest import RunCli

CHUTES = Path(__file__).resolve().parents[1] / "boards" / "chutes_and_ladders.yaml"


def test_chutes_and_ladders_from_a_file(run_cli: RunCli) -> None:
    result = run_cli("analyze", str(CHUTES), "--players", "2", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Chutes and Ladders" in result.stdout and "39.225" in result.stdout
    assert "seat 1 wins" in result.stdout and "seat 2 wins" in result.stdout
    assert "exact: 81 states" in result.stdout


def test_the_bundled_board_in_chinese_with_a_simulation(run_cli: RunCli) -> None:
    result = run_cli("analyze", "--simulate", "300", "--players", "3", "--p-correct", "0.5")
    assert result.returncode == 0, result.stderr
    assert "一人走完的平均回合数" in result.stdout and "模拟（300 局）" in result.stdout
    assert "第 3 位的胜率" in result.stdout and "答对概率 0.5" in result.stdout
    assert "Traceback" not in result.stderr


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(CHUTES), "--players", "1", "--simulate", "200", "--seed", "4", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["board"] == "Chutes and Ladders" and record["finish"] == "exact"
    assert record["exact"]["expected_turns"] == pytest.approx(39.2251, abs=1e-3)
    assert record["simulated"]["games"] == 200 and record["exact"]["seat_wins"] == [pytest.approx(1.0)]


def test_in_process_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(CHUTES), "--players", "4", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "expected game length (rounds)" in out and "seat 4 wins" in out


def test_an_unknown_board_exits_1(run_cli: RunCli) -> None:
    result = run_cli("analyze", "no-such-board", "--lang", "en")
    assert result.returncode == 1
    assert "no board called 'no-such-board'" in result.stdout


def test_a_missing_board_file_is_a_content_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("analyze", str(tmp_path / "missing.yaml"), "--lang", "en")
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr


@pytest.mark.parametrize("args", [["--players", "7"], ["--players", "0"], ["--p-correct", "1.5"], ["--simulate", "-1"]])
def test_usage_errors_exit_2(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli("analyze", *args)
    assert result.returncode == 2
    assert "用法：" in result.stderr


def test_too_many_players_for_the_board(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    duo = tmp_path / "duo.yaml"
    duo.write_text(
        "schema: 1\nname: 双人棋\nsize: 10\nrules: {dice: 6, finish: pass, players: [2, 2]}\nsquares: {}\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(duo), "--players", "3"]) == 1
    assert "只能 2 到 2 人玩" in capsys.readouterr().out


def test_a_board_that_can_trap_a_token(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trap = tmp_path / "trap.yaml"
    trap.write_text(
        "schema: 1\nname: 陷阱棋\nsize: 5\nrules: {dice: 2, finish: exact}\nsquares:\n"
        "  3: {kind: jump, to: 0, text: 回到起点}\n  4: {kind: jump, to: 0, text: 回到起点}\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(trap), "--players", "2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "∞" in out and "can never reach the finish" in out


def test_an_edited_copy_of_the_bundled_board_is_analysed_as_given(run_cli: RunCli, tmp_path: Path) -> None:
    """A copy with the bundled board's name is the board analysed, checked and played, not the bundled one."""
    from game.content.bundled import content_dirs

    text = (content_dirs()[0] / "classic.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "my-board.yaml"
    lines = [line for line in text.replace("size: 50", "size: 30").splitlines() if not _beyond(line, 30)]
    mine.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bundled = json.loads(run_cli("analyze", "--json").stdout)
    copy = json.loads(run_cli("analyze", str(mine), "--json").stdout)
    assert bundled["size"] == 50 and copy["size"] == 30
    assert copy["exact"]["expected_rounds"] < bundled["exact"]["expected_rounds"]
    checked = run_cli("check", str(mine))
    assert checked.returncode == 0, checked.stdout
    assert "my-board.yaml" in checked.stdout and "棋盘名字「垃圾分类知识竞赛棋」" in checked.stdout
    assert "（30 格）" in checked.stdout


def _beyond(line: str, size: int) -> bool:
    """A square line numbered at or past ``size`` (it would be off the smaller board)."""
    head = line.strip().split(":", 1)[0]
    return head.isdigit() and int(head) >= size
