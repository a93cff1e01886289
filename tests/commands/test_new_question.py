"""``fenleiqi new-question`` driven through standard input in a subprocess, as a volunteer types."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from game.commands.new_question import Asker
from game.commands.new_question import NewQuestion as NewQuestionRun
from game.terminal.app import make_console
from game.volunteer import wizard
from tests.conftest import RunCli

NewQuestion = Callable[..., subprocess.CompletedProcess[str]]

#: A volunteer's bank: comments at the top and inside, one question already.
BANK = """\
# 我们小区的题库
schema: 1
source: 小区志愿者
questions:
  # --- 判断题 ---
  - id: mine-tf-1
    type: truefalse
    category: other
    text: 陶瓷碗碎了可以投进可回收物。
    answer: false
    explain: 陶瓷不能回收再造，碎陶瓷属于其他垃圾。
    difficulty: 1
  # 新题加在下面
"""


@pytest.fixture
def new_question(run_cli: RunCli) -> NewQuestion:
    """``fenleiqi new-question ARGS`` with ``typed`` as standard input, through the real command line."""

    def run(*args: str, typed: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return run_cli("new-question", *args, cwd=cwd, input=typed)

    return run


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(BANK, encoding="utf-8")
    return path


def lines(*answers: str) -> str:
    return "".join(answer + "\n" for answer in answers)


def test_a_classify_question_is_added_and_the_bank_still_checks(
    new_question: NewQuestion, run_cli: RunCli, bank: Path
) -> None:
    typed = lines(
        "1",  # 分类题
        "手表电池",
        "",  # the dictionary's bin (有害垃圾) is the default
        "",  # the standard question text
        "手表里的纽扣电池可能含汞，要投进有害垃圾桶。",
        "2",
        "电池，纽扣",
        "",  # every region
        "",  # the suggested id
        "y",
    )
    result = new_question("--into", "mine.yaml", typed=typed, cwd=bank.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "查词典：手表电池 → 有害垃圾" in out
    assert "[3]：" in out  # offered as the default
    assert "| 「手表电池」应该投进哪个垃圾桶？" in out  # the preview panel
    assert "正确答案：3 [H] 有害垃圾" in out
    assert "已把 “hazardous-1” 加到 mine.yaml。" in out
    assert (bank.parent / "mine.yaml.bak").read_text(encoding="utf-8") == BANK
    assert bank.read_text(encoding="utf-8") == BANK + (
        "  - id: hazardous-1\n"
        "    type: classify\n"
        "    item: 手表电池\n"
        "    answer: hazardous\n"
        "    explain: 手表里的纽扣电池可能含汞，要投进有害垃圾桶。\n"
        "    difficulty: 2\n"
        "    tags: [电池, 纽扣]\n"
    )
    checked = run_cli("check", str(bank), cwd=bank.parent)
    assert checked.returncode == 0, checked.stdout
    shown = run_cli("lookup", "手表电池")  # unchanged content elsewhere
    assert shown.returncode == 0


def test_garbage_answers_are_asked_again_with_the_reason(new_question: NewQuestion, bank: Path) -> None:
    typed = lines(
        "分类",  # a word for the type works too
        "",  # the item is required
        "手表电池",
        "2",  # the dictionary says hazardous
        "蓝色",  # not a bin
        "有害",
        "",
        "纽扣电池含重金属。",
        "很难很难",
        "3",
        "",
        "杭州",  # not a known region
        "上海",
        "mine-tf-1",  # taken
        "坏 编号",  # not an id
        "watch-battery",
        "也许",
        "n",
    )
    result = new_question("--into", str(bank), typed=typed, cwd=bank.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "这一项必须填写。" in out
    assert "这道题的答案是 recyclable，但物品词典把「手表电池」归为 hazardous" in out
    assert "“蓝色” 不是垃圾类别 — 输入 1-4" in out
    assert "“difficulty” 应该是 1 到 3 之间的整数" in out
    assert "不认识地区 “杭州”" in out
    assert "题目编号 “mine-tf-1” 已经用过了" in out
    assert "“id” 应该是由英文字母、数字、- 和 _ 组成的编号" in out
    assert "输入 y（写入）或 n（不写）。" in out
    assert "没有写入" in out
    assert bank.read_text(encoding="utf-8") == BANK
    assert not (bank.parent / "mine.yaml.bak").exists()


def test_end_of_input_at_any_prompt_writes_nothing(new_question: NewQuestion, bank: Path) -> None:
    for typed in (
        "",
        lines("2", "有害垃圾", "下面哪一种是有害垃圾？", "过期药片"),
        lines("3", "4", "烟头是其他垃圾。"),
    ):
        result = new_question("--into", "mine.yaml", typed=typed, cwd=bank.parent)
        assert result.returncode == 0, result.stderr
        assert result.stdout.rstrip().endswith("已退出，什么都没有写入。")
        assert bank.read_text(encoding="utf-8") == BANK
        assert not (bank.parent / "mine.yaml.bak").exists()


def test_a_choice_question_in_english_into_a_new_file(
    new_question: NewQuestion, run_cli: RunCli, tmp_path: Path
) -> None:
    typed = lines(
        "2",
        "hazardous",
        "哪一种要投进有害垃圾桶？",
        "过期药片",
        "过期药片",  # repeated
        "旧报纸",
        "",  # no third option
        "过期药片",
        "过期药品的化学成分会污染环境。",
        "",  # difficulty 1: refused, cities sort expired medicine differently
        "2",
        "",
        "",
        "mine-choice-1",
        "",
    )
    result = new_question("--into", "new-bank.yaml", "--lang", "en", typed=typed, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    flat = " ".join(result.stdout.split())
    assert "difficulty-1 (child)" in flat and "which cities sort differently" in flat
    assert "'过期药片' repeats option 1" in result.stdout
    assert "Right answer: 1 过期药片" in result.stdout
    assert "Added 'mine-choice-1' to new-bank.yaml." in result.stdout
    written = (tmp_path / "new-bank.yaml").read_text(encoding="utf-8")
    assert written.startswith("schema: 1\nquestions:\n  - id: mine-choice-1\n    type: choice\n")
    assert "options: [过期药片, 旧报纸]" in written
    assert "    text: 哪一种要投进有害垃圾桶？\n" in written  # full-width punctuation as typed
    assert not (tmp_path / "new-bank.yaml.bak").exists()
    assert run_cli("check", "new-bank.yaml", cwd=tmp_path).returncode == 0


def test_a_target_that_cannot_take_a_question(new_question: NewQuestion, tmp_path: Path) -> None:
    items = tmp_path / "items.yaml"
    items.write_text("schema: 1\nitems:\n  - name: 某物\n    category: other\n    reason: 测试。\n", encoding="utf-8")
    result = new_question("--into", "items.yaml", typed="1\n", cwd=tmp_path)
    assert result.returncode == 1
    assert "不能写入 items.yaml" in result.stdout and "目标文件不是题库" in result.stdout
    assert "题型" not in result.stdout  # refused before asking anything
    suffix = new_question("--into", "bank.txt", typed="", cwd=tmp_path)
    assert suffix.returncode == 2 and ".yaml" in suffix.stderr


# -- in-process: Ctrl-C, the default bank, an installed copy -----------------------------------------


class _CtrlC(io.StringIO):
    """Standard input where the volunteer presses Ctrl-C after the lines given."""

    def readline(self, size: int | None = -1) -> str:
        line = super().readline()
        if not line:
            raise KeyboardInterrupt
        return line


def _wizard(typed: io.StringIO, into: str | None) -> tuple[NewQuestionRun, io.StringIO]:
    out = io.StringIO()
    console = make_console(file=out, width=100, no_color=True)
    return NewQuestionRun(console, Asker(console, typed, lang="zh"), "zh", into), out


def test_ctrl_c_at_a_prompt_writes_nothing(bank: Path) -> None:
    run, out = _wizard(_CtrlC(lines("1", "手表电池")), str(bank))
    assert run.run() == 0
    assert out.getvalue().rstrip().endswith("已退出，什么都没有写入。")
    assert bank.read_text(encoding="utf-8") == BANK
    assert not (bank.parent / "mine.yaml.bak").exists()


def test_without_into_the_bank_of_the_category_is_used(
    bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(wizard, "default_target", lambda category: tmp_path / f"{category.value}.yaml")
    typed = lines("3", "其他垃圾", "烟头是其他垃圾。", "1", "烟头不能回收，是其他垃圾。", "", "", "", "", "")
    run, out = _wizard(io.StringIO(typed), None)
    assert run.run() == 0, out.getvalue()
    assert "把这道题加到 other.yaml？" in out.getvalue()
    assert "type: truefalse" in (tmp_path / "other.yaml").read_text(encoding="utf-8")


def test_an_installed_copy_needs_into(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(wizard, "from_checkout", lambda: False)
    run, out = _wizard(io.StringIO("1\n"), None)
    assert run.run() == 2
    assert "--into" in capsys.readouterr().err and out.getvalue() == ""


def test_the_command_registers_like_the_others(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from game import cli
    from game.commands import new_question

    monkeypatch.setitem(cli.COMMANDS, "new-question", ("game.commands.new_question", new_question.HELP))
    assert cli.main(["new-question", "--into", "bank.txt", "--lang", "en"]) == 2
    assert "--into must name a .yaml file (not 'bank.txt')" in capsys.readouterr().err
