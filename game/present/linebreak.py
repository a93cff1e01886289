"""Where a line of text may break, for every front end that wraps text by its own measure: between
Chinese characters anywhere, between words of other text (a word wider than a line is cut), never
before closing punctuation. The window measures in pixels, the print kit in millimetres.

>>> break_lines("请说出三个厨余垃圾。", 5, len)
['请说出三个', '厨余垃圾。']
>>> break_lines("recycle the bottle", 8, len)
['recycle', 'the', 'bottle']
>>> break_lines("Extraordinary", 5, len)
['Extra', 'ordin', 'ary']
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Characters that never start a line (they stay with the word before them).
NO_LINE_START = frozenset("，。、；：！？）」』》〉】”’…—·,.;:!?)]}%")
#: A word of other text (with the spaces after it), a run of spaces, or one character.
TOKEN = re.compile(r"[A-Za-z0-9'’\-_./%+#@&]+ *|\s+|.", re.DOTALL)


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines whose ``measure`` is at most ``width`` (a written newline breaks
    too; a single character wider than the line still gets a line of its own)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in TOKEN.findall(paragraph):
            candidate = line + token
            if not line or measure(candidate.rstrip()) <= width:
                line = candidate  # (a first word wider than the line is cut below)
            elif token[0] in NO_LINE_START and len(line) > 1:
                lines.append(line[:-1].rstrip())
                line = line[-1] + token
            else:
                lines.append(line.rstrip())
                line = token.lstrip()
            while len(line) > 1 and measure(line.rstrip()) > width:  # one long word
                cut = longest_fit(line, lambda s: measure(s) <= width)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def longest_fit(text: str, fits: Callable[[str], bool]) -> int:
    """The length of the longest prefix of ``text`` that fits (at least 1).

    >>> longest_fit("abcdef", lambda s: len(s) <= 4)
    4
    """
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if fits(text[:mid]):
            low = mid
        else:
            high = mid - 1
    return low
