"""``fenleiqi preview`` through the real command line (in a subprocess, as a volunteer runs it)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest
from rich.cells import cell_len

from game.categories import CATEGORY_ORDER
from game.content.loader import load_bundled
from tests.conftest import REPO, RunCli

Preview = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def preview(run_cli: RunCli) -> Preview:
    """``fenleiqi preview ARGS`` through the real command line."""

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return run_cli("preview", *args, cwd=cwd)

    return run


def test_a_classify_question_as_the_terminal_shows_it(preview: Preview) -> None:
    result = preview("k-cls-banana-peel", "--width", "80")
    assert result.returncode == 0, result.stderr
    question = next(q for q in load_bundled().questions if q.id == "k-cls-banana-peel")
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "+- 第6格：答题 ----------------------------------------------------------------+",
        "| 「香蕉皮」应该投进哪个垃圾桶？                                               |",
        "|                                                                              |",
        "|   1 [K] 厨余垃圾    2 [R] 可回收物    3 [H] 有害垃圾    4 [O] 其他垃圾       |",
        "+------------------------------------------------------------------------------+",
    ]
    assert lines[5] == "正确答案：1 [K] 厨余垃圾"
    assert question.explain.startswith(lines[6])
    assert "能抽到这道题的格子：6、18" in result.stdout
    assert all(cell_len(line) <= 80 for line in lines)
    assert "\x1b" not in result.stdout and result.stderr == ""


def test_choice_and_truefalse_questions_in_english_and_a_region(preview: Preview) -> None:
    choice = preview("h-choice-pills", "--width", "60", "--lang", "en")
    assert choice.returncode == 0, choice.stderr
    assert "Square 9: question" in choice.stdout and "1 鸡蛋壳" in choice.stdout
    assert re.search(r"Right answer: [1-4] 过期药片", choice.stdout)  # numbered as the question shows it
    shanghai = preview("k-cls-banana-peel", "--region", "shanghai", "--width", "100")
    assert "[K] 湿垃圾" in shanghai.stdout and "[O] 干垃圾" in shanghai.stdout
    truefalse = next(q for q in load_bundled().questions if q.type.value == "truefalse")
    shown = preview(truefalse.id)
    assert shown.returncode == 0 and "1 对" in shown.stdout and "2 错" in shown.stdout


def test_an_unknown_id_gives_one_line_with_close_ids(preview: Preview) -> None:
    result = preview("k-cls-banana-pel")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "没有编号为 “k-cls-banana-pel” 的题目。你是不是要找：k-cls-banana-peel、k-ch-banana-peel、k-tf-banana-peel？"
    ]
    english = preview("nothing-like-it", "--lang", "en")
    assert english.returncode == 1 and len(english.stderr.splitlines()) == 1
    assert "no question has the id 'nothing-like-it'" in english.stderr


def test_bad_options(preview: Preview, tmp_path: Path) -> None:
    assert preview("k-cls-banana-peel", "--width", "5").returncode == 2
    region = preview("k-cls-banana-peel", "--region", "hangzhou")
    assert region.returncode == 2 and "shanghai" in region.stderr
    assert preview("k-cls-banana-peel", "--window", "--size", "big", cwd=tmp_path).returncode == 2
    assert preview("k-cls-banana-peel", "--out", "q.txt", cwd=tmp_path).returncode == 2
    assert not list(tmp_path.iterdir())


def _colours(path: Path) -> set[tuple[int, int, int]]:
    picture = pygame.image.load(str(path))
    width, height = picture.get_size()
    return {tuple(picture.get_at((x, y)))[:3] for x in range(0, width, 3) for y in range(0, height, 3)}


def test_window_picture_of_a_classify_question(preview: Preview, tmp_path: Path) -> None:
    result = preview("k-cls-banana-peel", "--window", "--out", "q.png", "--size", "960x600", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "q.png（960x600）" in result.stdout
    picture = tmp_path / "q.png"
    assert pygame.image.load(str(picture)).get_size() == (960, 600)
    colours = _colours(picture)
    for category in CATEGORY_ORDER:  # the four bins, in their own colours, at full strength
        assert tuple(category.colour) in colours, category


def test_window_picture_of_a_truefalse_question_answered(preview: Preview, tmp_path: Path) -> None:
    truefalse = next(q for q in load_bundled().questions if q.type.value == "truefalse")
    result = preview(truefalse.id, "--out", "tf.png", "--answered", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wrote tf.png (1280x800)" in result.stdout
    colours = _colours(tmp_path / "tf.png")
    assert not all(tuple(c.colour) in colours for c in CATEGORY_ORDER)  # no bin cards here


def test_the_terminal_preview_does_not_import_pygame() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from game.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['preview', 'k-cls-banana-peel', '--width', '80'])\n"
        "assert code == 0, code\n"
        "assert 'pygame' not in sys.modules, 'pygame was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_command_registers_like_the_others(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from game import cli
    from game.commands import preview

    monkeypatch.setitem(cli.COMMANDS, "preview", ("game.commands.preview", preview.HELP))
    assert cli.main(["--lang", "en", "preview", "k-cls-banana-pel"]) == 1
    assert capsys.readouterr().err.startswith(
        "no question has the id 'k-cls-banana-pel'. Did you mean: k-cls-banana-peel"
    )
    assert cli.main(["preview", "k-cls-banana-peel", "--width", "80", "--no-color"]) == 0
    assert "正确答案：1 [K] 厨余垃圾" in capsys.readouterr().out
