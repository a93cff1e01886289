"""The board as a winding track of text cells, with its legend and the players' standing.

Squares run in rows (ten in a terminal 74 cells wide or more, fewer in a narrower one), left to
right, then right to left, like a snake; a ``v`` marks where the track turns down. Each square
shows its number, a one-character symbol for its kind and, for question and naming squares, the
bin's letter (naming squares also the number of items); the line under it shows the tokens
standing there as player numbers, so colour is never the only signal. Only ASCII and CJK
characters are used, because East-Asian "ambiguous" symbols (arrows, circled digits) take one
cell in some terminals and two in others.

>>> from game.content.loader import load_bundled
>>> lines = board_lines(load_bundled().board(), [0, 3], width=80)
>>> max(line.cell_len for line in lines) <= 80
True
>>> lines[1].plain[:30]
'   1.     2?K    3!3K   4.    '
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text

from game.categories import CATEGORY_ORDER
from game.content.models import REGION_NATIONAL, Board, Region, Square, SquareKind
from game.errors import Lang
from game.present.texts import say, template
from game.terminal.styles import CATEGORY_STYLE, DIM_STYLE, compose, player_style, token
from game.terminal.wrap import fit

if TYPE_CHECKING:
    from game.engine import Game

ROW_LENGTH = 10
MIN_CELL, MAX_CELL = 7, 12
MARGIN = 2  # left of the track: room for the "v" of a row that turns on the left

#: One ASCII character per square kind (jumps show their direction instead).
KIND_SYMBOL: dict[SquareKind, str] = {
    SquareKind.PLAIN: " ",
    SquareKind.TIP: ".",
    SquareKind.QUESTION: "?",
    SquareKind.NAME_ITEMS: "!",
    SquareKind.SKIP: "z",
    SquareKind.ROLL_AGAIN: "@",
}
JUMP_FORWARD, JUMP_BACK, ANY_BIN = ">", "<", "*"
KIND_STYLE: dict[str, str] = {
    JUMP_FORWARD: "bold green",
    JUMP_BACK: "bold magenta",
    "z": "yellow",
    "@": "bold cyan",
    ".": DIM_STYLE,
    "?": "bold",
    "!": "bold",
    " ": "",
    ANY_BIN: "bold",
}
_LEGEND = (
    ("?", "kind_question"),
    ("!", "kind_name_items"),
    (JUMP_FORWARD, "legend_forward"),
    (JUMP_BACK, "legend_back"),
    ("z", "legend_skip"),
    ("@", "legend_again"),
    (".", "kind_tip"),
    (ANY_BIN, "legend_any"),
)


def square_label(square: Square) -> tuple[str, str]:
    """The kind symbol plus its detail (item count, bin letter or jump target) and a style.

    >>> from game.categories import Category
    >>> square_label(Square(3, SquareKind.NAME_ITEMS, category=Category.KITCHEN, count=3))
    ('!3K', 'bold green')
    >>> square_label(Square(17, SquareKind.JUMP, to=8))
    ('<8', 'bold magenta')
    """
    if square.kind is SquareKind.JUMP and square.to is not None:
        symbol = JUMP_FORWARD if square.to > square.number else JUMP_BACK
        return f"{symbol}{square.to}", KIND_STYLE[symbol]
    symbol = KIND_SYMBOL.get(square.kind, " ")
    if square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
        count = str(square.count) if square.kind is SquareKind.NAME_ITEMS else ""
        letter = square.category.symbol if square.category else ANY_BIN
        style = CATEGORY_STYLE[square.category] if square.category else "bold"
        return f"{symbol}{count}{letter}", style
    return symbol, KIND_STYLE[symbol]


@dataclass(frozen=True)
class Layout:
    """How the track fits a terminal: squares per row and cells per square."""

    per_row: int
    cell: int

    @classmethod
    def for_width(cls, width: int) -> Layout:
        """The widest layout whose lines fit in ``width`` cells (never below one square a row).

        >>> Layout.for_width(80), Layout.for_width(40), Layout.for_width(200)
        (Layout(per_row=10, cell=7), Layout(per_row=5, cell=7), Layout(per_row=10, cell=12))
        """
        room = max(MIN_CELL, width - MARGIN - 1)
        per_row = max(1, min(ROW_LENGTH, room // MIN_CELL))
        cell = max(MIN_CELL, min(MAX_CELL, room // per_row))
        return cls(per_row, cell)


def _tokens(seats: Sequence[int], cell: int) -> Text:
    text = Text()
    for seat in seats[:cell]:
        text.append_text(token(seat))
    text.pad_right(cell - text.cell_len)
    return text


def board_lines(board: Board, positions: Sequence[int], *, width: int = 80, lang: Lang = "zh") -> list[Text]:
    """The track for a terminal ``width`` cells wide, with tokens at ``positions`` (seat 0 first)."""
    layout = Layout.for_width(width)
    per_row, cell = layout.per_row, layout.cell
    here: dict[int, list[int]] = {}
    for seat, position in enumerate(positions):
        here.setdefault(position, []).append(seat)
    start = Text(" " * MARGIN)
    start.append(f"{say('start', lang)} 0 ", style="bold")
    start.append_text(_tokens(here.get(0, []), cell))
    lines = [start]
    rows = (board.size + per_row - 1) // per_row
    for row in range(rows):
        numbers = list(range(row * per_row + 1, min(board.size, (row + 1) * per_row) + 1))
        backwards = row % 2 == 1
        pad = (per_row - len(numbers)) * cell if backwards else 0
        if backwards:
            numbers.reverse()
        turns_down = row < rows - 1
        top = Text("v " if turns_down and backwards else "  ", style=DIM_STYLE)
        top.append(" " * pad)
        bottom = Text(" " * (MARGIN + pad))
        for number in numbers:
            top.append_text(_square_text(board, number, cell, lang))
            bottom.append_text(_tokens(here.get(number, []), cell))
        if turns_down and not backwards:
            top.append("v", style=DIM_STYLE)
        lines += [top, bottom]
    for line in lines:
        line.rstrip()
    return lines


def _square_text(board: Board, number: int, cell: int, lang: Lang) -> Text:
    text = Text(f"{number:>2}", style="bold")
    if number == board.size:
        text.append(say("finish", lang), style="bold reverse")
    else:
        label, style = square_label(board.squares[number])
        text.append(label[: cell - 3], style=style)
    text.truncate(cell)
    text.pad_right(cell - text.cell_len)
    return text


def legend_entries(region: Region, lang: Lang) -> list[Text]:
    """Each symbol and bin letter with its meaning, one entry per item."""
    entries = []
    for symbol, key in _LEGEND:
        entry = Text(symbol, style=KIND_STYLE.get(symbol, "bold"))
        entry.append(f" {say(key, lang)}")
        entries.append(entry)
    for category in CATEGORY_ORDER:
        entry = Text(category.symbol, style=CATEGORY_STYLE[category])
        entry.append(f" {region.category_name(category, lang)}")
        entries.append(entry)
    return entries


def pack(entries: Sequence[Text], width: int, *, gap: int = 2, columns: bool = False) -> list[Text]:
    """Lay ``entries`` out in lines no wider than ``width``.

    With ``columns`` every entry gets the width of the widest, so entries line up in columns.

    >>> [t.plain for t in pack([Text("aa"), Text("b"), Text("cc")], 6)]
    ['aa  b', 'cc']
    """
    lines: list[Text] = []
    size = max((e.cell_len for e in entries), default=0) if columns else 0
    line = Text()
    for entry in entries:
        piece = entry.copy()
        if size:
            piece.pad_right(size - piece.cell_len)
        if line.cell_len and line.cell_len + gap + piece.cell_len > width:
            lines.append(line)
            line = Text()
        if line.cell_len:
            line.append(" " * gap)
        line.append_text(piece)
    if line.cell_len:
        lines.append(line)
    for text in lines:
        text.rstrip()
        text.truncate(width)
    return lines


def legend_lines(region: Region, *, width: int = 80, lang: Lang = "zh") -> list[Text]:
    """What the symbols and letters mean: the square kinds on one line, the bins on the next.

    >>> from game.content.models import REGION_NATIONAL
    >>> [line.plain for line in legend_lines(REGION_NATIONAL)][1]
    'K 厨余垃圾  R 可回收物  H 有害垃圾  O 其他垃圾'
    """
    entries = legend_entries(region, lang)
    kinds, bins = entries[: len(_LEGEND)], entries[len(_LEGEND) :]
    return pack(kinds, width) + pack(bins, width)


@dataclass(frozen=True)
class Standing:
    """One player as the status lines show them."""

    seat: int
    name: str
    bot: bool
    position: int
    score: int
    skips: int = 0


def status_lines(players: Sequence[Standing], current: int | None, *, width: int = 80, lang: Lang = "zh") -> list[Text]:
    """Each player's token, name, square and points (and turns to miss); ``>`` marks who plays.

    >>> lines = status_lines([Standing(0, "小明", False, 3, 1), Standing(1, "电脑1", True, 0, 0)], 0)
    >>> lines[0].plain
    '> 1 小明 第3格 1分          2 电脑1 第0格 0分 电脑'
    """
    entries = []
    for player in players:
        entry = Text("> " if player.seat == current else "  ", style="bold")
        entry.append_text(token(player.seat))
        entry.append(" ")
        entry.append(fit(player.name, 12), style="bold" if player.seat == current else "")
        entry.append(" " + say("status_square", lang, square=player.position))
        entry.append(" " + say("status_score", lang, score=player.score))
        if player.skips:
            entry.append(" " + say("status_skips", lang, skips=player.skips), style="yellow")
        if player.bot:
            entry.append(" " + say("status_bot", lang), style=DIM_STYLE)
        entries.append(entry)
    return pack(entries, width, gap=2, columns=True)


__all__ = [
    "KIND_SYMBOL",
    "Layout",
    "Standing",
    "board_lines",
    "board_screen",
    "fit",
    "legend_entries",
    "legend_lines",
    "pack",
    "player_style",
    "square_label",
    "status_lines",
]


def board_screen(game: Game, region: Region, *, width: int = 80, lang: Lang = "zh") -> list[Text]:
    """What is drawn before a player rolls: whose turn, the track with every token, the legend and
    the standing of every player. The header names the region when it is not the national one."""
    state = game.state
    seat = game.current
    board = game.board.name_in(lang)
    if region.key != REGION_NATIONAL.key:  # a city's rules: say which, e.g. 垃圾分类知识竞赛棋 · 上海
        board += " · " + region.name_in(lang)
    header = compose(
        template("round_header", lang),
        "bold",
        board=board,
        seat=str(seat + 1),
        name=Text(game.setup.players[seat].name, style=player_style(seat)),
    )
    header.truncate(width)
    standings = [
        Standing(i, spec.name, spec.bot, state.positions[i], state.scores[i], state.skips[i])
        for i, spec in enumerate(game.setup.players)
    ]
    return [
        header,
        *board_lines(game.board, state.positions, width=width, lang=lang),
        *legend_lines(region, width=width, lang=lang),
        *status_lines(standings, None if game.over else seat, width=width, lang=lang),
    ]
