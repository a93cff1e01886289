"""``fenleiqi print-kit`` through the real command line: it writes the PDF a volunteer asked for,
prints an edited board's own rules, and refuses content ``check`` refuses with the same messages."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import RunCli
from tests.paper.conftest import need_poppler

REPO = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_writes_the_parts_asked_for(run_cli: RunCli, tmp_path: Path) -> None:
    need_poppler()
    result = run_cli("print-kit", "--out", "kit.pdf", "--parts", "rules,score,die", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "共 4 页" in result.stdout and "rules 1–2，score 3，die 4" in result.stdout
    text = pdf_text(tmp_path / "kit.pdf")
    assert "怎么玩" in text and "记分表" in text and "骰子和棋子" in text
    assert "题卡" not in text.split("怎么玩", 1)[0]


def test_an_edited_board_prints_its_own_rules(run_cli: RunCli, tmp_path: Path) -> None:
    need_poppler()
    board = (REPO / "boards" / "classic.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text(board.replace("name: 垃圾分类知识竞赛棋", "name: 我们小区的棋"), encoding="utf-8")
    result = run_cli(
        "print-kit", "--board", str(mine), "--parts", "board,rules", "--paper", "a3", "--out", "mine.pdf", cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = pdf_text(tmp_path / "mine.pdf")
    assert "我们小区的棋" in text and "怎么玩：我们小区的棋" in text


def test_english_rules(run_cli: RunCli, tmp_path: Path) -> None:
    need_poppler()
    result = run_cli("print-kit", "--lang", "en", "--parts", "rules", "--out", "en.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wrote en.pdf" in result.stdout
    assert "How to play" in pdf_text(tmp_path / "en.pdf")


def test_refuses_content_that_check_refuses_with_the_same_messages(run_cli: RunCli, tmp_path: Path) -> None:
    bank = tmp_path / "mine"
    bank.mkdir()
    (bank / "q.yaml").write_text(
        "schema: 1\nquestions:\n  - id: x\n    type: classify\n    item: 香蕉皮\n    answer: kitchn\n"
        "    explain: 会烂。\n    difficulty: 1\n",
        encoding="utf-8",
    )
    kit = run_cli("print-kit", "--content", str(bank), "--out", "bad.pdf", cwd=tmp_path)
    check = run_cli("check", str(bank), cwd=tmp_path)
    assert kit.returncode == 1 and check.returncode == 1
    problem = next(line for line in check.stdout.splitlines() if "q.yaml:6:13" in line)
    assert problem in kit.stdout + kit.stderr
    assert not (tmp_path / "bad.pdf").exists()


def test_bad_options_are_explained(run_cli: RunCli, tmp_path: Path) -> None:
    parts = run_cli("print-kit", "--parts", "board,poster", cwd=tmp_path)
    assert parts.returncode == 2 and "不认识的部分：poster" in parts.stderr
    suffix = run_cli("print-kit", "--out", "kit.png", cwd=tmp_path)
    assert suffix.returncode == 2 and ".pdf" in suffix.stderr
    region = run_cli("print-kit", "--region", "火星", "--parts", "rules", cwd=tmp_path)
    assert region.returncode == 1 and "火星" in region.stderr
