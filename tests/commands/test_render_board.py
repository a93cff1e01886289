"""``fenleiqi render-board`` through the real command line."""

from __future__ import annotations

from pathlib import Path

import pygame

from tests.conftest import RunCli

REPO = Path(__file__).resolve().parents[2]


def picture_size(path: Path) -> tuple[int, int]:
    return pygame.image.load(str(path)).get_size()


def test_draws_the_bundled_board(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "board.png"
    result = run_cli("render-board", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert picture_size(out) == (1280, 800)
    assert "垃圾分类知识竞赛棋" in result.stdout and "50 格" in result.stdout
    assert result.stderr == ""


def test_default_output_and_size(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("render-board", "--size", "800×600", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert picture_size(tmp_path / "board.png") == (800, 600)
    assert "50 steps" in result.stdout


def test_a_board_file_a_volunteer_edited(run_cli: RunCli, tmp_path: Path) -> None:
    board = (REPO / "boards" / "classic.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text(board.replace("name: 垃圾分类知识竞赛棋", "name: 我们小区的棋"), encoding="utf-8")
    result = run_cli("render-board", str(mine), "--out", "mine.png", "--size", "640x480", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "我们小区的棋" in result.stdout
    assert picture_size(tmp_path / "mine.png") == (640, 480)


def test_a_board_by_name_with_extra_content(run_cli: RunCli, tmp_path: Path) -> None:
    extra = REPO / "tests" / "boards" / "chutes_and_ladders.yaml"
    result = run_cli("render-board", "Chutes and Ladders", "--content", str(extra), "-o", "cl.png", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "100 格" in result.stdout


def test_content_errors_are_listed_with_file_and_line(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\nname: x\nsize: 10\nsquares:\n  3: {kind: jump, to: 99}\n", encoding="utf-8")
    result = run_cli("render-board", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "bad.yaml:5" in result.stderr
    assert not (tmp_path / "board.png").exists()
    assert "Traceback" not in result.stderr


def test_unknown_board_and_bad_options(run_cli: RunCli, tmp_path: Path) -> None:
    unknown = run_cli("render-board", "no-such-board", cwd=tmp_path)
    assert unknown.returncode == 1 and "no board called 'no-such-board'" in unknown.stderr
    assert "垃圾分类知识竞赛棋" in unknown.stderr  # the boards there are
    size = run_cli("render-board", "--size", "big", cwd=tmp_path)
    assert size.returncode == 2 and "1280x800" in size.stderr
    tiny = run_cli("render-board", "--size", "10x10", cwd=tmp_path)
    assert tiny.returncode == 2
    suffix = run_cli("render-board", "--out", "board.txt", cwd=tmp_path)
    assert suffix.returncode == 2 and ".png" in suffix.stderr
    folder = run_cli("render-board", "--out", str(tmp_path / "missing" / "b.png"), cwd=tmp_path)
    assert folder.returncode == 1 and "cannot write" in folder.stderr
    assert not list(tmp_path.glob("*.png"))
