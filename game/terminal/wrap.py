"""Line breaking that suits Chinese: break between any two Chinese characters, never before a
closing mark (，。、；：！？ …) nor after an opening one (（「《 …), and between words elsewhere.

rich breaks lines only at spaces, so a run of Chinese text (which has none) moves whole onto the
next line and leaves a short line behind. These helpers break :class:`rich.text.Text` (keeping its
styles) into lines of at most ``width`` cells, counting a Chinese character as two.

>>> [line.plain for line in wrap(Text("第49格 小知识：其他垃圾用灰色标志，有的城市用黑色垃圾桶。"), 24)]
['第49格 小知识：其他垃圾', '用灰色标志，有的城市用黑', '色垃圾桶。']
>>> [line.plain for line in wrap(Text("Answer: Kitchen waste, it rots."), 16)]
['Answer: Kitchen', 'waste, it rots.']
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.text import Text

#: Characters that may not begin a line.
NO_START = frozenset("，。、；：！？）》」』】〉,.;:!?)]}%")
#: Characters that may not end a line.
NO_END = frozenset("（《「『【〈([{")


def _wide(char: str) -> bool:
    return cell_len(char) == 2


def _can_break_before(plain: str, index: int) -> bool:
    """True when a line may end between ``plain[index - 1]`` and ``plain[index]``."""
    before, after = plain[index - 1], plain[index]
    if after in NO_START or before in NO_END or after == " ":
        return False
    return before == " " or _wide(before) or _wide(after)


def break_offsets(plain: str, width: int) -> list[int]:
    """Where to cut ``plain`` (one line, no newlines) into lines of at most ``width`` cells.

    >>> break_offsets("垃圾分类，人人有责", 8)
    [3, 7]
    """
    width = max(2, width)
    cuts: list[int] = []
    start, cells, last = 0, 0, -1
    for index, char in enumerate(plain):
        if index > start and _can_break_before(plain, index):
            last = index
        size = cell_len(char)
        if cells + size > width and index > start and char != " ":
            cut = last if last > start else index
            cuts.append(cut)
            start, last = cut, -1
            cells = cell_len(plain[start:index])
        cells += size
    return cuts


def wrap(text: Text, width: int, *, indent: int = 0) -> list[Text]:
    """``text`` in lines of at most ``width`` cells; continuation lines are indented ``indent``.

    >>> [line.plain for line in wrap(Text("1. 香蕉皮是厨余垃圾"), 12, indent=3)]
    ['1. 香蕉皮是', '   厨余垃圾']
    """
    lines: list[Text] = []
    indent = min(indent, max(0, width - 2))  # a continuation line always has room for a Chinese character
    for paragraph in text.split("\n", allow_blank=True):
        rest, room, prefix = paragraph, width, ""
        while True:
            cuts = break_offsets(rest.plain, room)
            head, tail = (rest, None) if not cuts else tuple(rest.divide(cuts[:1]))
            if tail is not None or head.cell_len > room:  # keep a prompt's last space when it fits
                head.rstrip()
            lines.append(Text(prefix) + head if prefix else head)
            if tail is None or not tail.plain.strip(" "):
                break
            rest = tail[len(tail.plain) - len(tail.plain.lstrip(" ")) :]
            room, prefix = width - indent, " " * indent
    return lines


def wrapped(texts: list[Text], width: int, *, indent: int = 0) -> list[Text]:
    """Every text of ``texts`` wrapped to ``width``."""
    return [line for text in texts for line in wrap(text, width, indent=indent)]


def fit(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` terminal cells (CJK characters count two).

    >>> fit("垃圾分类飞行棋", 5)
    '垃圾'
    """
    out = ""
    for char in text:
        if cell_len(out + char) > cells:
            break
        out += char
    return out


def show(console: Console, *items: RenderableType) -> None:
    """Print ``items`` on ``console``; texts are wrapped to its width, breaking between Chinese characters."""
    width = console.width
    for item in items:
        if isinstance(item, Text):
            for line in wrap(item, width):
                console.print(line, no_wrap=True, crop=False)
        else:
            console.print(item)
