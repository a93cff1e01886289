"""Helpers for the terminal tests: options, an in-process run, and a keyboard that answers prompts."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from game.session.options import PlayOptions
from game.terminal.app import TerminalApp, make_console
from game.terminal.pacing import Pacer
from game.terminal.prompt import Prompter

#: What to type at each kind of prompt (found by a piece of the prompt's text), in Chinese.
ZH_ANSWERS: dict[str, str] = {
    "几位玩家？": "",
    "其中几位由电脑": "",
    "叫什么名字": "",
    "的级别？": "",
    "的学习记录吗": "",
    "的题目标上拼音吗": "",
    "电脑有多厉害": "",
    "题目难度": "",
    "按哪里的分类规则": "",
    "按 Enter 掷骰子": "",
    "，选 1-": "1",
    "，请输入": "香蕉皮，苹果核，剩饭",
    "改判": "",
    "按 Enter 继续：": "",
    "的学习报告：": "",
    "1 接着玩这一局": "2",
}


def options(tmp_path: Path, **changes: object) -> PlayOptions:
    """Play options as the command line gives them by default, saving under ``tmp_path``."""
    return PlayOptions.defaults(
        changes.pop("save_path", tmp_path / "autosave.json"),
        **{"seed": 3, "no_color": True, **changes},  # type: ignore[arg-type]
    )


class Keyboard(io.TextIOBase):
    """Standard input that answers each prompt from the last line on the screen.

    ``typed`` lines are used first, in order; then the key of ``answers`` found last in what was
    printed since the previous answer (line breaks removed, so a wrapped prompt still matches)
    decides the answer (a string, or a function of the prompt). An unknown prompt, or more than
    ``limit`` lines, ends the input (EOF), as closing the terminal would.
    """

    def __init__(
        self,
        screen: io.StringIO,
        answers: dict[str, str | Callable[[str], str]] | None = None,
        typed: Sequence[str] = (),
        limit: int = 3000,
    ) -> None:
        self.screen = screen
        self.answers = dict(ZH_ANSWERS if answers is None else answers)
        self.typed = list(typed)
        self.limit = limit
        self.reads = 0
        self.prompts: list[str] = []
        self._seen = 0

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.reads += 1
        screen = self.screen.getvalue()
        prompt = screen[self._seen :].replace("\n", "")
        self._seen = len(screen)
        self.prompts.append(prompt)
        if self.reads > self.limit:
            return ""
        if self.typed:
            return self.typed.pop(0) + "\n"
        found = [(prompt.rfind(key), key) for key in self.answers if key in prompt]
        if not found:
            return ""
        answer = self.answers[max(found)[1]]
        return (answer(prompt) if callable(answer) else answer) + "\n"


@dataclass
class Run:
    """What an in-process run printed and returned."""

    code: int
    output: str
    app: TerminalApp
    keyboard: Keyboard


def run_app(
    opts: PlayOptions,
    *,
    typed: Sequence[str] = (),
    answers: dict[str, str | Callable[[str], str]] | None = None,
    width: int = 80,
    limit: int = 3000,
) -> Run:
    """Run the terminal game in-process with a keyboard; no animation, no pauses."""
    screen = io.StringIO()
    console = make_console(no_color=opts.no_color, file=screen, width=width, force_terminal=not opts.no_color)
    keyboard = Keyboard(screen, answers, typed, limit)
    app = TerminalApp(opts, console, Prompter(console, keyboard, lang=opts.lang), Pacer(console, enabled=False))
    code = app.run()
    return Run(code, screen.getvalue(), app, keyboard)
