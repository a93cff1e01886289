"""The board, legend and standing: exact rendering, widths in cells, every token visible."""

from __future__ import annotations

import io
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from game.content.loader import load_bundled
from game.engine import GameSetup, new_game
from game.terminal.board_view import (
    Layout,
    Standing,
    board_lines,
    board_screen,
    legend_lines,
    square_label,
    status_lines,
)

CONTENT = load_bundled()
BOARD = CONTENT.board()
REGION = CONTENT.region()


def render(lines: list[Text], width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    for line in lines:
        console.print(line)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def test_the_classic_board_at_80_cells() -> None:
    assert render(board_lines(BOARD, [0, 3, 3, 17], width=80)) == (
        "  起点 0 1\n"
        "   1.     2?K    3!3K   4.     5@     6?*    7>14   8.     9?H   10z    v\n"
        "                23\n"
        "v 20.    19@    18?*   17<8   16.    15?*   14.    13?O   12!3R  11.\n"
        "                       4\n"
        "  21!2H  22?R   23.    24>30  25?H   26z    27.    28?*   29!2O  30.    v\n"
        "\n"
        "v 40>47  39.    38!2R  37?R   36@    35.    34?K   33<27  32.    31?*\n"
        "\n"
        "  41?*   42.    43z    44?O   45.    46!2K  47.    48.    49.    50终点\n"
        "\n"
    )


def test_legend_explains_every_symbol_and_bin() -> None:
    assert render(legend_lines(REGION, width=80)) == (
        "? 答题  ! 说出物品  > 前进  < 后退  z 暂停  @ 再掷  . 小知识  * 任意类\n"
        "K 厨余垃圾  R 可回收物  H 有害垃圾  O 其他垃圾\n"
    )
    english = render(legend_lines(REGION, width=80, lang="en"))
    assert "K Kitchen waste" in english and "? question" in english


def test_every_symbol_on_the_board_is_in_the_legend() -> None:
    legend = render(legend_lines(REGION, width=200))
    for square in BOARD.squares[1:-1]:
        label, _ = square_label(square)
        for char in label.strip():
            assert char.isdigit() or f"{char} " in legend, (square.number, char)


@settings(max_examples=150, deadline=None)
@given(
    positions=st.lists(st.integers(0, 50), min_size=1, max_size=6),
    width=st.integers(20, 220),
)
def test_every_line_fits_and_every_token_shows(positions: list[int], width: int) -> None:
    lines = board_lines(BOARD, positions, width=width)
    assert max(line.cell_len for line in lines) <= max(width, Layout.for_width(width).cell + 3)
    if width >= 80:
        assert max(line.cell_len for line in lines) <= width
    tokens = "".join(line.plain for line in lines[2::2]) + lines[0].plain.split(" 0 ", 1)[-1]
    for seat in range(len(positions)):
        assert str(seat + 1) in tokens


def test_every_square_number_appears_once() -> None:
    for width in (40, 80, 120):
        numbers = " ".join(line.plain for line in board_lines(BOARD, [], width=width)[1::2])
        found = [int(n) for n in re.findall(r"(?<![\d<>!])\d+", numbers)]
        assert sorted(found) == list(range(1, 51)), width


def test_layout_uses_more_room_on_wider_terminals() -> None:
    assert Layout.for_width(80) == Layout(10, 7)
    assert Layout.for_width(130).cell > 7
    assert Layout.for_width(50).per_row < 10


def test_board_text_has_no_ambiguous_width_characters() -> None:
    texts = board_lines(BOARD, [0, 1, 2, 3, 4, 5], width=80) + legend_lines(REGION, width=80)
    for line in texts:
        assert not [c for c in line.plain if unicodedata.east_asian_width(c) == "A"], line.plain


def test_status_marks_whose_turn_without_colour() -> None:
    lines = status_lines([Standing(0, "小明", False, 12, 3, 1), Standing(1, "电脑1", True, 8, 1)], current=1, width=80)
    assert [line.plain for line in lines] == ["  1 小明 第12格 3分 停1轮  > 2 电脑1 第8格 1分 电脑"]


def test_long_names_are_cut_to_fit() -> None:
    players = [Standing(i, "很长很长很长很长的名字", False, 50, 99, 9) for i in range(6)]
    lines = status_lines(players, current=0, width=80)
    assert all(line.cell_len <= 80 for line in lines) and len(lines) == 3


def test_board_screen_fits_80_by_24_with_six_players() -> None:
    content = CONTENT
    game = new_game(content, GameSetup.of("小明", "小红", "李华", bots=3), seed=1)
    lines = board_screen(game, REGION, width=80)
    assert len(lines) <= 22  # leaves room for the prompt
    assert all(line.cell_len <= 80 for line in lines)
    assert lines[0].plain == "垃圾分类知识竞赛棋：轮到 1 号 小明"


def test_the_header_names_the_region_when_it_is_not_national() -> None:
    players = GameSetup.of("小明", "小红", "李华", bots=3).players
    game = new_game(CONTENT, GameSetup(players, region="shanghai"), seed=1)
    lines = board_screen(game, CONTENT.region("shanghai"), width=80)
    assert lines[0].plain == "垃圾分类知识竞赛棋 · 上海：轮到 1 号 小明"
    assert len(lines) <= 22 and all(line.cell_len <= 80 for line in lines)
    english = board_screen(game, CONTENT.region("shanghai"), width=80, lang="en")[0].plain
    assert "Shanghai" in english and english.endswith("player 1, 小明, to play")
    national = new_game(CONTENT, GameSetup(players), seed=1)
    assert " · " not in board_screen(national, REGION, width=80)[0].plain
