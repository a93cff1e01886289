"""The real ``fenleiqi`` command in a pseudo-terminal (pexpect) and in a pipe.

These start the program as a volunteer would and type at it. ``FENLEIQI_FAST=1`` turns off the
dice animation and the pauses of computer turns, so a whole game takes a second or two.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from game.engine import Phase
from game.savefile import read_save
from tests.conftest import REPO

pexpect = pytest.importorskip("pexpect")

PROMPTS: dict[str, str] = {
    "players": r"几位玩家？[^\n]*?：",
    "bots": r"其中几位由电脑来玩[^\n]*?：",
    "name": r"叫什么名字？[^\n]*?：",
    "person_level": r"的级别？1 儿童[^\n]*?：",
    "remember": r"的学习记录吗？[^\n]*?：",
    "pinyin": r"的题目标上拼音吗？[^\n]*?：",
    "level": r"电脑有多厉害？[^\n]*?：",
    "difficulty": r"题目难度？[^\n]*?：",
    "region": r"按哪里的分类规则？[^\n]*?：",
    "roll": r"按 Enter 掷骰子（\? 查一查，q 保存退出）：",
    "choice": r"，选 1-\d：",
    "naming": r"，请输入：",
    "verdict": r"改判为「[^」]+」：",
    "continue": r"按 Enter 继续：",
    "report": r"按 Enter 看 [^\n]*? 的学习报告：",
    "unfinished": r"1 接着玩这一局  2 开新游戏[^\n]*?：",
}
ANSWERS = {
    "players": "2",
    "bots": "1",
    "name": "小明",
    "person_level": "",
    "remember": "",
    "pinyin": "",
    "level": "",
    "difficulty": "",
    "region": "",
    "roll": "",
    "choice": "1",
    "naming": "香蕉皮，苹果核，剩饭",
    "verdict": "",
    "continue": "",
    "report": "",
    "unfinished": "2",
}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def environment(home: Path) -> dict[str, str]:
    """The environment of a community-centre PC with no display, saving under ``home``."""
    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(FENLEIQI_HOME=str(home), FENLEIQI_FAST="1", PYTHONIOENCODING="utf-8", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    return env


def spawn(home: Path, *args: str, width: int = 80) -> pexpect.spawn:
    """``fenleiqi ARGS`` in a 24-line terminal ``width`` cells wide."""
    return pexpect.spawn(
        sys.executable,
        ["-m", "game", *args],
        cwd=str(REPO),
        env=environment(home),
        encoding="utf-8",
        codec_errors="replace",
        dimensions=(24, width),
        timeout=30,
    )


def drive(child: pexpect.spawn, answer: Callable[[str], str | None]) -> list[str]:
    """Answer prompts until the program ends (or ``answer`` returns None); returns the prompts met."""
    kinds = list(PROMPTS)
    seen = []
    while True:
        index = child.expect([*PROMPTS.values(), pexpect.EOF])
        if index == len(kinds):
            return seen
        kind = kinds[index]
        seen.append(kind)
        reply = answer(kind)
        if reply is None:
            return seen
        child.sendline(reply)


def lines_of(transcript: str) -> list[str]:
    """The screen lines of a pty transcript, escape codes removed."""
    return [ANSI.sub("", line).rstrip("\r") for line in transcript.split("\n")]


def test_a_person_and_a_bot_play_from_first_prompt_to_podium(tmp_path: Path) -> None:
    log = tmp_path / "screen.txt"
    child = spawn(tmp_path, "play", "--terminal", "--seed", "11", "--report", str(tmp_path / "r.csv"))
    with log.open("w", encoding="utf-8") as screen:
        child.logfile_read = screen
        seen = drive(child, ANSWERS.get)
    child.close()
    assert child.exitstatus == 0
    assert seen[:7] == ["players", "bots", "name", "person_level", "remember", "level", "difficulty"]
    assert {"roll", "choice"} <= set(seen)
    transcript = ANSI.sub("", log.read_text(encoding="utf-8"))
    assert "到达终点，获胜！" in transcript and "领奖台" in transcript and "小明 的学习报告" in transcript
    # 80×24: the end pages (podium, then one report per Enter), and a person's outcome waits for Enter
    assert seen.count("report") == 2 and "continue" in seen
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    game = read_save(tmp_path / "autosave.json").game
    assert game.over and [p.bot for p in game.setup.players] == [False, True]
    # the board and everything else fit the 80-cell terminal
    assert max(cell_len(line) for line in lines_of(transcript)) <= 80


GARBAGE = ["xyz", "99", "\x1b[Axyz", "[red]x[/red]", "-1", "é", "7.5"]


def test_garbage_at_every_prompt_is_answered_with_a_hint(tmp_path: Path) -> None:
    log = tmp_path / "screen.txt"
    child = spawn(tmp_path, "play", "--terminal", "--seed", "11", "--no-color")
    state = {"last": "", "n": 0}

    def answer(kind: str) -> str:
        if state["last"] == kind:
            state["last"] = ""
            return ANSWERS[kind]
        state["last"] = kind
        state["n"] += 1
        return GARBAGE[state["n"] % len(GARBAGE)]

    with log.open("w", encoding="utf-8") as screen:
        child.logfile_read = screen
        seen = drive(child, answer)
    child.close()
    assert child.exitstatus == 0
    transcript = log.read_text(encoding="utf-8")
    assert "领奖台" in transcript
    assert "Traceback" not in transcript and "内部出错" not in transcript
    for hint in (
        "请输入 1 到 6 之间的数字",
        "请输入 0 到 2 之间的数字",
        "只要按 Enter 就能掷骰子",
        "请输入 1 到 [234]",
    ):
        assert re.search(hint, transcript), hint
    assert {"players", "bots", "name", "roll", "choice"} <= set(seen)


def test_ctrl_c_mid_question_then_resume_reaches_the_same_state(tmp_path: Path) -> None:
    child = spawn(tmp_path, "play", "--terminal", "--seed", "11", "--players", "2", "--bots", "1", "--no-color")
    drive(child, lambda kind: None if kind == "choice" else ANSWERS[kind])
    screen_before = child.before
    child.sendintr()
    child.expect(r"fenleiqi play --terminal --resume (\S+) --no-color")
    save = Path(child.match.group(1))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert save == tmp_path / "autosave.json"
    before = read_save(save).game
    assert before.phase is Phase.ANSWER and before.question is not None
    question = before.question.prompt("zh")
    assert question[:8] in screen_before.replace("\r\n", "")

    again = spawn(tmp_path, "play", "--terminal", "--resume", str(save), "--no-color")
    again.expect("接着上次的游戏玩")
    again.expect(re.escape(question[:8]))
    again.expect(PROMPTS["choice"])
    again.sendintr()
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 0
    assert read_save(save).game == before


def test_no_color_output_is_free_of_escape_codes(tmp_path: Path) -> None:
    log = tmp_path / "screen.txt"
    plain = spawn(
        tmp_path / "plain", "play", "--terminal", "--seed", "5", "--players", "2", "--bots", "1", "--no-color"
    )
    with log.open("w", encoding="utf-8") as screen:
        plain.logfile_read = screen
        drive(plain, ANSWERS.get)
    transcript = log.read_text(encoding="utf-8")
    assert "领奖台" in transcript and "\x1b" not in transcript
    coloured = spawn(tmp_path / "colour", "play", "--terminal", "--seed", "5", "--players", "2", "--bots", "1")
    first = coloured.expect([PROMPTS["roll"], pexpect.EOF])
    assert first == 0 and "\x1b[" in coloured.before  # the same terminal does get colours without the option
    coloured.close(force=True)
    plain.close()
    assert plain.exitstatus == 0


def test_a_resized_terminal_keeps_working(tmp_path: Path) -> None:
    child = spawn(tmp_path, "play", "--terminal", "--seed", "11", "--players", "2", "--bots", "0", "--no-color")
    child.expect(PROMPTS["roll"])
    child.setwinsize(30, 50)
    child.sendline("")
    if child.expect([PROMPTS["continue"], PROMPTS["roll"]]) == 0:  # the outcome waits for Enter
        child.sendline("")
        child.expect(PROMPTS["roll"])
    board = lines_of(child.before)
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert any("起点 0" in line for line in board)
    assert max(cell_len(line) for line in board) <= 50


def test_output_to_a_pipe_works(tmp_path: Path) -> None:
    lines = ["2", "1", "小明", "", ""] + ["", "1"] * 300
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--terminal", "--seed", "11"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "领奖台" in result.stdout and "\x1b" not in result.stdout
    assert "几位玩家？1-6 [2]：2" in result.stdout  # what was typed is echoed, so the transcript reads well


def test_bytes_that_are_not_utf8_are_just_another_wrong_answer(tmp_path: Path) -> None:
    # players, bots, name, level, history, bot level, difficulty, region, roll
    typed = b"\xff\xfe\n2\n\x80abc\n1\n\n\n\n\n\n\n"
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--terminal", "--seed", "11"],
        input=typed,
        capture_output=True,
        cwd=REPO,
        env=environment(tmp_path),
        timeout=60,
    )
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0 and result.stderr == b""
    assert out.count("输入里有看不懂的字符") == 2  # the whole line is refused, then asked again
    assert "其中几位由电脑来玩（排在最后）？0-2 [0]：1" in out
    assert "fenleiqi play --terminal --resume" in out


def test_end_of_input_at_the_first_prompt_exits_cleanly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--terminal"],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == ""
    assert "没有需要保存的" in result.stdout


def test_plain_play_without_a_display_says_why_it_uses_the_terminal(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "game", "play"],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0
    assert len(result.stderr.strip().splitlines()) == 1 and "终端" in result.stderr
    assert "几位玩家" in result.stdout


PROBE = """
import sys
from game.cli import main
code = main(["play", "--terminal", "--seed", "11", "--players", "2", "--bots", "1"])
loaded = sorted(name for name in sys.modules if name == "pygame" or name.startswith("pygame."))
print("EXIT", code, "PYGAME", loaded)
"""


def test_the_terminal_game_never_imports_pygame(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        input="\n1\n" * 300,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment(tmp_path),
        timeout=60,
    )
    assert "领奖台" in result.stdout, result.stderr
    assert result.stdout.rstrip().endswith("EXIT 0 PYGAME []")
