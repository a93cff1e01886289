"""Every error type of fenleiqi, in one place.

Content problems are values (:class:`Problem`) so that a loader can collect all of them before
reporting; :class:`ContentError` carries the list.

>>> p = Problem("boards/a.yaml", 3, 5, Text("未知的字段 “szie”", "unknown key 'szie'"),
...             Text("是不是要写 “size”？", "did you mean 'size'?"))
>>> p.format("zh")
'boards/a.yaml:3:5: 错误: 未知的字段 “szie” — 是不是要写 “size”？'
>>> p.format("en")
"boards/a.yaml:3:5: error: unknown key 'szie' — did you mean 'size'?"
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Lang = Literal["zh", "en"]


@dataclass(frozen=True, slots=True)
class Text:
    """A message in Chinese and English."""

    zh: str
    en: str

    def in_lang(self, lang: Lang) -> str:
        """The message in ``lang``."""
        return self.zh if lang == "zh" else self.en


class Severity(StrEnum):
    """How serious a problem is: errors stop a game from loading, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


_SEVERITY_WORD = {
    (Severity.ERROR, "zh"): "错误",
    (Severity.ERROR, "en"): "error",
    (Severity.WARNING, "zh"): "提醒",
    (Severity.WARNING, "en"): "warning",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a content file, at a 1-based line and column (0 when unknown)."""

    file: str
    line: int
    column: int
    what: Text
    fix: Text
    severity: Severity = Severity.ERROR

    def format(self, lang: Lang = "zh") -> str:
        """``file:line:column: error: what is wrong — how to fix it``."""
        where = self.file if self.line <= 0 else f"{self.file}:{self.line}:{self.column}"
        word = _SEVERITY_WORD[(self.severity, lang)]
        return f"{where}: {word}: {self.what.in_lang(lang)} — {self.fix.in_lang(lang)}"

    @property
    def sort_key(self) -> tuple[str, int, int]:
        """Orders problems by file, then position."""
        return (self.file, self.line, self.column)


class FenleiqiError(Exception):
    """Base class of every error fenleiqi raises on purpose."""


class ContentError(FenleiqiError, ValueError):
    """Content could not be loaded; :attr:`problems` lists every reason (errors first)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.severity != Severity.ERROR, p.sort_key))
        first = self.problems[0].format("en") if self.problems else "no problems"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))

    @property
    def errors(self) -> list[Problem]:
        """Only the problems that are errors."""
        return [p for p in self.problems if p.severity == Severity.ERROR]
