"""The one prompt helper: cleaning, re-asking, end of input and Ctrl-C."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from game.terminal.prompt import Prompter, Quit, clean, is_quit, parse_number


def prompter(typed: str, width: int = 80) -> tuple[Prompter, io.StringIO]:
    screen = io.StringIO()
    return Prompter(Console(file=screen, width=width, color_system=None), io.StringIO(typed)), screen


def test_re_asks_until_the_answer_makes_sense() -> None:
    ask, screen = prompter("abc\n9\n2\n")
    assert ask.choose(Text("1-4: "), parse_number(1, 4), "Type 1 to 4.") == 2
    assert screen.getvalue() == "1-4: abc\nType 1 to 4.\n1-4: 9\nType 1 to 4.\n1-4: 2\n"


def test_enter_takes_the_default() -> None:
    ask, _ = prompter("\n")
    assert ask.choose(Text("? "), parse_number(1, 6), "no", default=2) == 2


def test_enter_without_a_default_re_asks() -> None:
    ask, screen = prompter("\n3\n")
    assert ask.choose(Text("? "), parse_number(1, 6), "Type a number.") == 3
    assert "Type a number." in screen.getvalue()


def test_end_of_input_is_quit() -> None:
    ask, _ = prompter("")
    with pytest.raises(Quit):
        ask.line(Text("? "))


def test_ctrl_c_is_quit() -> None:
    class Interrupted(io.StringIO):
        def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
            raise KeyboardInterrupt

    ask = Prompter(Console(file=io.StringIO(), color_system=None), Interrupted())
    with pytest.raises(Quit):
        ask.line(Text("? "))


def test_the_hook_runs_once_after_the_prompt_is_shown() -> None:
    ask, screen = prompter("a\nb\n")
    calls: list[str] = []
    ask.before_read = lambda: calls.append(screen.getvalue())
    ask.line(Text("first? "))
    ask.line(Text("second? "))
    assert calls == ["first? "]


def test_a_long_prompt_is_wrapped_the_chinese_way() -> None:
    ask, screen = prompter("x\n", width=20)
    ask.line(Text("按 Enter 继续，按 j 让志愿者改判为「通过」："))
    assert all(len(line) <= 20 for line in screen.getvalue().splitlines())


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  2 \n", "2"),
        ("２", "2"),
        ("\x1b[A\x1b[B1", "1"),
        ("\x1bOA", "A"),
        ("香蕉皮\t苹果核", "香蕉皮 苹果核"),
        ("\ufffd\x00\x7f", ""),
        ("ｑ", "q"),
    ],
)
def test_clean(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


@given(st.text())
def test_nothing_typed_breaks_a_parser(typed: str) -> None:
    value = parse_number(1, 6)(clean(typed))
    assert value is None or 1 <= value <= 6
    assert isinstance(is_quit(clean(typed)), bool)


def test_quit_words() -> None:
    assert all(is_quit(w) for w in ("q", "Q", "quit", "exit", "退出"))
    assert not any(is_quit(w) for w in ("", "qq", "1"))


def test_undecodable_input_is_asked_again() -> None:
    ask, screen = prompter("\ufffd\ufffd\n2\n")
    assert ask.line(Text("? ")) == "2"
    assert "输入里有看不懂的字符" in screen.getvalue()
