"""Reading what people type: the one place where input, end of input and Ctrl-C are handled.

Every prompt of the terminal game goes through :class:`Prompter`. End of input (EOF, Ctrl-D,
Ctrl-Z) and Ctrl-C become :class:`Quit`, which the app turns into "save, print how to resume,
exit 0". Whatever else is typed is cleaned (escape sequences of arrow keys, control characters
and undecodable bytes removed; full-width letters and digits folded) and handed to a parser;
text the parser refuses gets a helpful message and the same prompt again.

>>> import io
>>> from rich.console import Console
>>> console = Console(file=io.StringIO(), width=80, color_system=None)
>>> ask = Prompter(console, io.StringIO("seven\\n３\\n"))
>>> ask.choose(Text("1-4: "), parse_number(1, 4), "Type 1 to 4.")
3
>>> console.file.getvalue()
'1-4: seven\\nType 1 to 4.\\n1-4: 3\\n'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TextIO, TypeVar

from rich.console import Console
from rich.text import Text

from game.errors import Lang
from game.present.texts import say
from game.terminal.styles import HINT_STYLE
from game.terminal.wrap import wrap

T = TypeVar("T")

_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]?")
_CHINESE_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "零": 0}


class Quit(Exception):
    """Input ended or Ctrl-C was pressed: the game should be saved and the program should leave."""


def clean(raw: str) -> str:
    """Typed text without escape sequences, control characters or U+FFFD, NFKC-folded and stripped.

    >>> clean("\\x1b[A ２\\x07\\ufffd\\n")
    '2'
    """
    text = _ESCAPES.sub("", raw).replace("\t", " ")
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if c == " " or (unicodedata.category(c)[0] != "C" and c != "\ufffd"))
    return text.strip()


class Prompter:
    """Shows prompts on ``console`` and reads lines from ``stream`` (standard input when None).

    When the input is not a terminal (a pipe, a file, a test), what was read is echoed after the
    prompt so that the output reads like a session at the keyboard.
    """

    def __init__(
        self, console: Console, stream: TextIO | None = None, *, echo: bool | None = None, lang: Lang = "zh"
    ) -> None:
        self.console = console
        self.lang: Lang = lang
        self.stream = stream
        self.echo = (stream is not None) if echo is None else echo
        #: Called once, after the next prompt is shown and before reading (e.g. to start loading).
        self.before_read: Callable[[], None] | None = None

    def line(self, prompt: Text) -> str:
        """Show ``prompt`` and return the cleaned line typed; raises :class:`Quit` on EOF or Ctrl-C.

        A line with bytes that could not be decoded is refused with a hint and the prompt again.
        """
        while True:
            raw = self._ask(prompt)
            text = clean(raw)
            if self.echo:
                self.console.print(Text(text), highlight=False)
            if "\ufffd" not in raw:
                return text
            self.hint(say("retry_unreadable", self.lang))

    def _ask(self, prompt: Text) -> str:
        *above, last = wrap(prompt, self.console.width)
        for line in above:
            self.console.print(line, no_wrap=True, crop=False)
        self.console.print(last, end="", no_wrap=True, crop=False)
        self.console.file.flush()
        hook, self.before_read = self.before_read, None
        try:
            if hook is not None:
                hook()
            return self._read()
        except (EOFError, KeyboardInterrupt) as stop:
            self.console.print()
            raise Quit from stop

    def _read(self) -> str:
        if self.stream is None:
            return input()
        raw = self.stream.readline()
        if not raw:
            raise EOFError
        return raw

    def choose(self, prompt: Text, parse: Callable[[str], T | None], retry: str, default: T | None = None) -> T:
        """Ask until ``parse`` accepts the answer; an empty answer gives ``default`` when there is one."""
        while True:
            answer = self.line(prompt)
            if not answer and default is not None:
                return default
            value = parse(answer) if answer else None
            if value is not None:
                return value
            self.hint(retry)

    def hint(self, message: str) -> None:
        """Show what to type instead."""
        for line in wrap(Text(message, style=HINT_STYLE), self.console.width):
            self.console.print(line, no_wrap=True, crop=False)


def parse_number(low: int, high: int) -> Callable[[str], int | None]:
    """A parser of whole numbers ``low..high`` (ASCII, full-width or 一 to 九).

    >>> parse = parse_number(1, 6)
    >>> parse("2"), parse("两"), parse("7"), parse("2.5"), parse("")
    (2, 2, None, None, None)
    """

    def parse(text: str) -> int | None:
        value = _CHINESE_NUMBERS.get(text) if len(text) == 1 else None
        if value is None and text.isascii() and text.isdigit() and len(text) <= 3:
            value = int(text)
        return value if value is not None and low <= value <= high else None

    return parse


def is_quit(text: str) -> bool:
    """True for the words that mean "save and leave" where a command is expected.

    >>> is_quit("Q"), is_quit("退出"), is_quit("q1")
    (True, True, False)
    """
    return text.lower() in ("q", "quit", "exit", "退出")
