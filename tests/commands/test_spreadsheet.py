"""``export-questions`` / ``import-questions`` / ``export-items`` / ``import-items`` as a volunteer runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from game.cli import COMMANDS
from game.content.loader import check_paths
from tests.conftest import REPO
from tests.volunteer.conftest import QUESTION_HEADER, write_csv

Run = Callable[..., subprocess.CompletedProcess[str]]

# Through the real `python -m game` once the commands are listed in game/cli.py; until then the
# module's own entry point (same parsers, same run()).
ENTRY = ["-m", "game"] if "import-questions" in COMMANDS else ["-m", "game.commands.spreadsheet"]

ROWS = [
    ["mine-1", "分类题", "", "香蕉皮", "", "", "", "", "", "厨余垃圾", "果皮容易腐烂。", "1", "水果", ""],
    ["mine-2", "判断题", "干垃圾", "", "用过的纸巾是干垃圾。", "", "", "", "", "对", "纸巾不能回收。", "1", "", "上海"],
]
BROKEN = ["mine-3", "分类题", "", "剩饭", "", "", "", "", "", "厨于垃圾", "剩饭容易腐烂。", "1", "", ""]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200", "NO_COLOR": "1", "PYTHONPATH": str(REPO)}
        return subprocess.run(
            [sys.executable, *ENTRY, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            env=env,
            timeout=120,
        )

    return run


def test_export_opens_in_excel_and_wps(run: Run, tmp_path: Path) -> None:
    result = run("export-questions", "all.csv")
    assert result.returncode == 0, result.stdout + result.stderr
    data = (tmp_path / "all.csv").read_bytes()
    assert data.startswith("\ufeff编号,题型,类别,物品,题目,选项1,".encode())
    count = len(check_paths().content.questions)  # type: ignore[union-attr]
    assert f"已导出 {count} 道题（来自 4 个文件）到 all.csv" in result.stdout


def test_import_a_gbk_sheet_into_a_new_bank(run: Run, tmp_path: Path) -> None:
    write_csv(tmp_path / "q.csv", [QUESTION_HEADER, *ROWS], "gbk")
    result = run("import-questions", "q.csv", "--into", "mine.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "读取 q.csv：GBK/GB18030，逗号分隔，2 行"
    assert lines[-2:] == ["新增 2，更新 0，未变 0，拒绝 0", "已新建 mine.yaml"]
    # a warning, not an error: the bundled bank asks about 香蕉皮 too
    assert lines[1].startswith("q.csv:2:题目: 提醒: 题目 “mine-1” 和 “k-cls-banana-peel” 几乎一样")
    checked = check_paths([tmp_path / "mine.yaml"])  # with the bundled content, as `fenleiqi check` does
    assert checked.errors == [] and {q.id for q in checked.content.questions} >= {"mine-1", "mine-2"}  # type: ignore[union-attr]


def test_a_broken_row_stops_the_import_unless_partial(run: Run, tmp_path: Path) -> None:
    write_csv(tmp_path / "questions.csv", [QUESTION_HEADER, *ROWS, BROKEN])
    result = run("import-questions", "questions.csv", "--into", "mine.yaml")
    assert result.returncode == 1
    assert result.stdout.splitlines()[1].startswith("questions.csv:4:答案: 错误: “厨于垃圾” 不是可用的类别：厨余垃圾")
    assert "新增 2，更新 0，未变 0，拒绝 1" in result.stdout and "没有写入任何内容" in result.stdout
    assert not (tmp_path / "mine.yaml").exists()
    partial = run("--lang", "en", "import-questions", "questions.csv", "--into", "mine.yaml", "--partial")
    assert partial.returncode == 1
    assert 'questions.csv:4:答案: error: "厨于垃圾" is not one of the categories' in partial.stdout
    assert "created mine.yaml" in partial.stdout and "1 row(s) were not imported" in partial.stdout
    assert "mine-1" in (tmp_path / "mine.yaml").read_text(encoding="utf-8")


def test_reimporting_an_edited_export_updates_and_keeps_a_backup(run: Run, tmp_path: Path) -> None:
    write_csv(tmp_path / "q.csv", [QUESTION_HEADER, *ROWS])
    assert run("import-questions", "q.csv", "--into", "mine.yaml").returncode == 0
    assert run("export-questions", "back.csv", "--from", "mine.yaml").returncode == 0
    same = run("import-questions", "back.csv", "--into", "mine.yaml")
    assert same.returncode == 0 and "新增 0，更新 0，未变 2，拒绝 0" in same.stdout and "没有变化" in same.stdout
    text = (tmp_path / "back.csv").read_text(encoding="utf-8-sig").replace("果皮容易腐烂。", "果皮很快会腐烂。")
    (tmp_path / "back.csv").write_text(text, encoding="utf-8-sig")
    edited = run("import-questions", "back.csv", "--into", "mine.yaml", "--on-duplicate", "update")
    assert edited.returncode == 0 and "新增 0，更新 1，未变 1，拒绝 0" in edited.stdout
    assert "原来的文件保存为 mine.yaml.bak" in edited.stdout and "其他注释不会保留" in edited.stdout
    assert "果皮容易腐烂。" in (tmp_path / "mine.yaml.bak").read_text(encoding="utf-8")
    assert "果皮很快会腐烂。" in (tmp_path / "mine.yaml").read_text(encoding="utf-8")


def test_items_round_trip_with_english_headers(run: Run, tmp_path: Path) -> None:
    bundled = REPO / "questions" / "items-other.yaml"
    assert run("export-items", "items.csv", "--from", str(bundled), "--headers", "en").returncode == 0
    assert (
        (tmp_path / "items.csv").read_text(encoding="utf-8-sig").startswith("name,aliases,category,reason,en,regions")
    )
    result = run("import-items", "items.csv", "--into", str(bundled), "--dry-run")
    assert result.returncode == 0, result.stdout
    assert (
        "added 0" not in result.stdout
        and "新增 0，更新 0，未变" in result.stdout
        and "试运行：没有写入" in result.stdout
    )


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("import-questions", "nope.csv", "--into", "mine.yaml"),
            "nope.csv: 找不到这个文件 — 检查文件名和路径 · no such file",
        ),
        (
            ("export-questions", "out.csv", "--from", "nowhere"),
            "nowhere: 找不到这个文件或文件夹 — 检查路径是否写对 · no such file",
        ),
    ],
)
def test_missing_files_give_one_bilingual_line(run: Run, args: tuple[str, ...], line: str) -> None:
    result = run(*args)
    assert result.returncode == 1
    assert result.stdout.startswith(line) and "Traceback" not in result.stdout + result.stderr


def test_a_file_that_cannot_be_written(run: Run, tmp_path: Path) -> None:
    write_csv(tmp_path / "q.csv", [QUESTION_HEADER, *ROWS])
    (tmp_path / "folder").write_text("a file where a folder should be", encoding="utf-8")
    result = run("import-questions", "q.csv", "--into", "folder/mine.yaml")
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert (
        "fenleiqi: 无法写入 folder/mine.yaml" in result.stdout and " · cannot write folder/mine.yaml" in result.stdout
    )
    bad = run("export-questions", "folder/out.csv")
    assert bad.returncode == 1 and "cannot write folder/out.csv" in bad.stdout


def test_bad_encoding_gives_one_line(run: Run, tmp_path: Path) -> None:
    (tmp_path / "q.xlsx").write_bytes(b"PK\x03\x04 a workbook")
    result = run("import-questions", "q.xlsx", "--into", "mine.yaml")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "q.xlsx: 这是 Excel 工作簿（.xlsx / .xls），不是 CSV 文件 — "
        "在 Excel 或 WPS 里选 “另存为” → “CSV UTF-8（逗号分隔）” · "
        "this is an Excel workbook (.xlsx/.xls), not a CSV file — in Excel or WPS choose 'Save as' → "
        "'CSV UTF-8 (comma delimited)'"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("import-questions", "q.csv"),  # no --into
        ("import-questions", "q.csv", "--into", "mine.txt"),
        ("import-questions", "q.csv", "--into", "m.yaml", "--on-duplicate", "merge"),
        ("export-questions", "questions/kitchen.yaml"),  # would overwrite YAML with a spreadsheet
    ],
)
def test_usage_errors_exit_2(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2 and "用法：" in result.stderr


def test_a_large_import_shows_a_progress_bar(run: Run, tmp_path: Path) -> None:
    rows = [
        [
            f"big-{n}",
            "判断题",
            "厨余垃圾",
            "",
            f"第 {n} 题：剩饭是厨余垃圾。",
            "",
            "",
            "",
            "",
            "对",
            "剩饭容易腐烂。",
            "1",
            "",
            "",
        ]
        for n in range(600)
    ]
    write_csv(tmp_path / "big.csv", [QUESTION_HEADER, *rows])
    result = run("import-questions", "big.csv", "--into", "big.yaml")
    assert result.returncode == 0, result.stdout
    assert "检查每一行" in result.stderr and "600/600" in result.stderr
    assert "新增 600" in result.stdout


def test_the_commands_register_like_the_others(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """What game/cli.py needs: ``register(sub, name=…, help=…, parents=…)`` per name, then ``args.run(args)``."""
    from game import cli
    from game.commands import spreadsheet

    for name in spreadsheet.COMMANDS:
        monkeypatch.setitem(cli.COMMANDS, name, ("game.commands.spreadsheet", f"{name} help"))
    write_csv(tmp_path / "q.csv", [QUESTION_HEADER, *ROWS])
    target = tmp_path / "mine.yaml"
    assert cli.main(["--lang", "en", "import-questions", str(tmp_path / "q.csv"), "--into", str(target)]) == 0
    assert cli.main(["export-questions", str(tmp_path / "out.csv"), "--from", str(target), "--lang", "zh"]) == 0
    assert cli.main(["import-questions", str(tmp_path / "q.csv")]) == 2


def test_exported_cells_never_start_a_formula_and_come_back_unchanged(run: Run, tmp_path: Path) -> None:
    formula = [
        "mine-f",
        "判断题",
        "干垃圾",
        "",
        "=1+1 这样的算式不是垃圾。",
        "",
        "",
        "",
        "",
        "对",
        "-1 不是物品。",
        "1",
        "",
        "",
    ]
    write_csv(tmp_path / "q.csv", [QUESTION_HEADER, formula])
    assert run("import-questions", "q.csv", "--into", "mine.yaml").returncode == 0
    assert run("export-questions", "back.csv", "--from", "mine.yaml").returncode == 0
    import csv

    rows = list(csv.reader((tmp_path / "back.csv").read_text(encoding="utf-8-sig").splitlines()))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert "'=1+1 这样的算式不是垃圾。" in cells and "'-1 不是物品。" in cells
    again = run("import-questions", "back.csv", "--into", "mine.yaml")
    assert again.returncode == 0 and "未变 1" in again.stdout  # the guard is not part of the text


def test_a_spreadsheet_cell_with_control_characters_is_refused_with_its_place(run: Run, tmp_path: Path) -> None:
    hostile = [
        "mine-x",
        "判断题",
        "干垃圾",
        "",
        "纸巾\x1b]0;pwned\x07不能回收。",
        "",
        "",
        "",
        "",
        "对",
        "纸巾纤维太短。",
        "1",
        "",
        "",
    ]
    write_csv(tmp_path / "q.csv", [QUESTION_HEADER, hostile])
    result = run("import-questions", "q.csv", "--into", "mine.yaml")
    assert result.returncode == 1 and "U+001B" in result.stdout and "\x1b" not in result.stdout
    assert not (tmp_path / "mine.yaml").exists()
