"""``fenleiqi check`` through the real command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, RunCli


def test_bundled_content_passes_with_a_summary(run_cli: RunCli) -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "内容统计" in result.stdout and "厨余垃圾" in result.stdout and "全部通过" in result.stdout
    assert "name_items" in result.stdout  # squares per kind


def test_summary_in_english(run_cli: RunCli) -> None:
    result = run_cli("check", "--lang", "en")
    assert result.returncode == 0
    assert "Content summary" in result.stdout and "Kitchen waste" in result.stdout and "all good" in result.stdout


def test_content_errors_exit_1_with_file_line_column(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema: 1\nquestions:\n  - {id: x, type: classify, item: 香蕉皮, answer: kichen,"
        " explain: 果皮。, difficulty: 1}\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(bad), "--lang", "en", cwd=tmp_path)
    assert result.returncode == 1
    assert (
        "bad.yaml:3:48: error: 'answer': \"kichen\" is not a known category — did you mean 'kitchen'?" in result.stdout
    )
    assert "Traceback" not in result.stdout + result.stderr


def test_hostile_yaml_is_refused_and_nothing_runs(run_cli: RunCli, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f'schema: 1\nquestions: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    result = run_cli("check", str(evil), cwd=tmp_path)
    assert result.returncode == 1
    assert "不允许的 YAML 标签 “!!python/object/apply:os.system”" in result.stdout
    assert not marker.exists()


def test_usage_error_exits_2(run_cli: RunCli) -> None:
    result = run_cli("check", "--no-such-flag")
    assert result.returncode == 2
    assert "用法：" in result.stderr


def test_strict_fails_on_warnings(run_cli: RunCli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "schema: 1\nquestions:\n  - {id: mine-1, type: classify, item: 不存在的东西, answer: other,"
        " explain: 说明。, difficulty: 1}\n",
        encoding="utf-8",
    )
    assert run_cli("check", str(mine), cwd=tmp_path).returncode == 0
    strict = run_cli("check", str(mine), "--strict", cwd=tmp_path)
    assert strict.returncode == 1 and "物品词典里没有「不存在的东西」" in strict.stdout


def test_lang_works_before_and_after_the_command(run_cli: RunCli) -> None:
    before = run_cli("--lang", "en", "check")
    after = run_cli("check", "--lang", "en")
    assert "all good" in before.stdout and "all good" in after.stdout
    assert "全部通过" in run_cli("check").stdout


def test_positions_are_never_read_as_emoji_codes(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    lines = ["schema: 1", "questions:"] + ["  # padding"] * 97 + ["  - {id: x}"]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("check", str(bad), cwd=tmp_path)
    assert "bad.yaml:100:5:" in result.stdout


def test_characters_the_bundled_font_lacks_are_warned_about(run_cli: RunCli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "schema: 1\nquestions:\n  - {id: rare-1, type: truefalse, category: other, text: 这是一个生僻字吗？,"
        ' answer: true, explain: "是的：\U00020000。", difficulty: 2}\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(mine), "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0
    assert "mine.yaml:3:5: warning: the bundled font has no 𠀀 (U+20000)" in result.stdout
    assert run_cli("check", str(mine), "--strict", cwd=tmp_path).returncode == 1


def test_check_never_imports_pygame_or_fonttools() -> None:
    code = (
        "import sys; from game.cli import main; main(['check']); "
        "assert 'pygame' not in sys.modules and 'fontTools' not in sys.modules, 'heavy import'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr


def test_game_length_is_estimated_and_checked(run_cli: RunCli) -> None:
    result = run_cli("check", "--lang", "en")
    assert "a 4-player game takes about 20 minutes" in result.stdout  # 40.8 expected turns at 30 s
    narrow = run_cli("check", "--minutes", "5-10", "--lang", "en")
    assert narrow.returncode == 0
    assert "warning: a 4-player game is expected to take 20 minutes, outside 5-10" in narrow.stdout
    assert run_cli("check", "--minutes", "5-10", "--strict").returncode == 1
    assert run_cli("check", "--minutes", "long").returncode == 2


def test_alone_checks_the_given_files_without_the_bundled_content(run_cli: RunCli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "schema: 1\nquestions:\n  - {id: k-ch-banana-peel, type: classify, item: 香蕉皮, answer: kitchen,"
        " explain: 果皮。, difficulty: 1}\n",
        encoding="utf-8",
    )
    together = run_cli("check", str(mine), "--lang", "en", cwd=tmp_path)
    alone = run_cli("check", str(mine), "--alone", "--lang", "en", cwd=tmp_path)
    assert "already used" in together.stdout  # the id clashes with a bundled question
    assert alone.returncode == 0 and "already used" not in alone.stdout and "checked 1 file(s)" in alone.stdout


STUCK = """schema: 1
name: 答错就回起点
size: 8
rules:
  dice: 6
  finish: exact
  players: [1, 4]
squares:
""" + "".join(f"  {n}: {{kind: question, wrong: {{move: -20}}}}\n" for n in range(1, 7))


def test_a_board_a_player_who_always_answers_wrong_can_never_finish_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    board = tmp_path / "stuck.yaml"
    board.write_text(STUCK, encoding="utf-8")
    result = run_cli("check", str(board))
    assert result.returncode == 1
    assert "永远走不到终点：一直答错的玩家会一直走下去" in result.stdout
