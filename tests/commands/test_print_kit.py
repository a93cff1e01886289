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
    assert "共 5 页" in result.stdout  # a blank back for the score sheet (the die's is the last page)
    assert (
        "规则：第 1–2 页" in result.stdout
        and "记分表：第 3 页" in result.stdout
        and "骰子和棋子：第 5 页" in result.stdout
    )
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
    assert "没有生成 PDF" in kit.stderr and not (tmp_path / "bad.pdf").exists()


def test_bad_options_are_explained(run_cli: RunCli, tmp_path: Path) -> None:
    parts = run_cli("print-kit", "--parts", "board,poster", cwd=tmp_path)
    assert parts.returncode == 2 and "不认识的部分：poster" in parts.stderr
    suffix = run_cli("print-kit", "--out", "kit.png", cwd=tmp_path)
    assert suffix.returncode == 2 and ".pdf" in suffix.stderr
    region = run_cli("print-kit", "--region", "火星", "--parts", "rules", cwd=tmp_path)
    assert region.returncode == 1 and "火星" in region.stderr


SMALL_BOARD = """schema: 1
name: 小区十格棋
size: 10
rules:
  dice: 4
  finish: exact
  players: [1, 4]
  right: {move: 1}
  wrong: {}
squares:
  2: {kind: question, types: [truefalse]}
  3: {kind: skip, turns: 3, text: 乱扔电池，暂停三轮}
  5: {kind: name_items, category: kitchen, count: 2, text: 说出两个厨余垃圾}
  7: {kind: question, category: hazardous, right: {move: 2}, wrong: {move: -1}}
"""


def test_a_volunteers_board_prints_its_own_rules_and_die(run_cli: RunCli, tmp_path: Path) -> None:
    """The rules come from the board file: players, the die, each square's own effects and turns,
    a square's question kinds; a four-sided die gets a spinner, not a cube."""
    need_poppler()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "board.yaml").write_text(SMALL_BOARD, encoding="utf-8")
    result = run_cli("print-kit", "--content", str(mine), "--parts", "board,rules,die", "--out", "k.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = pdf_text(tmp_path / "k.pdf")
    assert "小区十格棋" in text  # the volunteer's board, not the bundled one, without --board
    flat = "".join(text.split())
    for words in ("1到4人", "骰子（4面）", "要正好走到终点", "暂停3轮", "题型：判断题", "剪下转盘"):
        assert words in flat, words
    assert "答对、答错怎么走，每一格不一样" in flat  # square 7 differs from square 2


def test_a_picture_that_cannot_be_read_is_left_out_with_a_warning(run_cli: RunCli, tmp_path: Path) -> None:
    need_poppler()
    mine = tmp_path / "mine"
    (mine / "pictures").mkdir(parents=True)
    import struct
    import zlib

    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    damaged = header + struct.pack(">I", zlib.crc32(header[12:])) + b"\x00\x00\x00\x10IDATnot-a-picture"
    (mine / "pictures" / "坏图.png").write_bytes(damaged)  # a sound header, damaged data: check lets it by
    (mine / "items.yaml").write_text(
        "schema: 1\nitems:\n  - {name: 旧鞋垫, category: other, reason: 脏了不能回收。, picture: 坏图}\n",
        encoding="utf-8",
    )
    result = run_cli("print-kit", "--content", str(mine), "--parts", "sorting", "--out", "k.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "坏图" in result.stderr and "没有印" in result.stderr
    assert "旧鞋垫" in pdf_text(tmp_path / "k.pdf")  # a volunteer's own item comes first on the cards


def test_errors_are_explained_in_chinese_with_a_fix(run_cli: RunCli, tmp_path: Path) -> None:
    region = run_cli("print-kit", "--region", "沪", "--parts", "rules", cwd=tmp_path)
    assert region.returncode == 1 and "没有叫「沪」的地区" in region.stderr and "上海" in region.stderr
    (tmp_path / "f").write_text("", encoding="utf-8")
    blocked = run_cli("print-kit", "--parts", "rules", "--out", "f/k.pdf", cwd=tmp_path)
    assert blocked.returncode == 1 and "不能写入" in blocked.stderr and "换一个文件夹" in blocked.stderr
    assert "Traceback" not in blocked.stderr + region.stderr


def test_a_smaller_set_of_cards_and_the_questions_a_level_leaves_out(run_cli: RunCli, tmp_path: Path) -> None:
    need_poppler()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "bank.yaml").write_text(
        "schema: 1\nquestions:\n  - id: mine-hard\n    type: choice\n    category: recyclable\n"
        "    text: 哪一种是可回收物？\n    options: [旧报纸, 用过的纸巾]\n    answer: 旧报纸\n"
        "    explain: 报纸可以再造纸，用过的纸巾不能。\n    difficulty: 3\n",
        encoding="utf-8",
    )
    few = run_cli("print-kit", "--cards", "24", "--parts", "cards", "--out", "few.pdf", cwd=tmp_path)
    assert few.returncode == 0 and "题卡 24 张" in few.stdout
    text = pdf_text(tmp_path / "few.pdf")
    assert "第 24 题" in text and "第 25 题" not in text
    left = run_cli("print-kit", "--content", str(mine), "--parts", "cards", "--out", "k.pdf", cwd=tmp_path)
    assert left.returncode == 0 and "mine-hard" in left.stdout and "不在儿童题卡里" in left.stdout
    bad = run_cli("print-kit", "--cards", "0", cwd=tmp_path)
    assert bad.returncode == 2 and "正整数" in bad.stderr
