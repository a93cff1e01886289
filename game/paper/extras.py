"""For the facilitator: a score sheet; and for groups without them, a die net and tokens to cut out
(the window's token shapes and colours, with the seat number).

>>> from game.paper.sheet import Sheet
>>> sheet = Sheet()
>>> draw_score_sheet(sheet, "zh", players=6), draw_die_and_tokens(sheet, "zh")
(1, 1)
"""

from __future__ import annotations

import math

from game.errors import Lang
from game.paper.sheet import PT, SAFE_MARGIN, Sheet
from game.present.board_look import INK, WHITE, shade, token_style
from game.present.pictograms import PIPS, TokenShape, token_outline
from game.present.texts import say

#: Columns for rounds: on the classic board nine games in ten end within 14 rounds (`fenleiqi analyze`).
ROUNDS = 16
#: The die's face (mm): a 4 cm cube.
FACE = 40.0
TAB = 8.0


def draw_score_sheet(sheet: Sheet, lang: Lang, players: int = 6) -> int:
    """A table: a row per player, a column per round, and the total."""
    sheet.new_page("A4", "landscape")
    x, y = SAFE_MARGIN, SAFE_MARGIN
    width = sheet.width - 2 * SAFE_MARGIN
    sheet.write(say("print.score_title", lang), x, y, 18)
    y += 10
    sheet.paragraph(say("print.score_hint", lang), x, y, width, 10)
    y += 10
    name_w, total_w = 40.0, 22.0
    col_w = (width - name_w - total_w) / ROUNDS
    row_h = min(18.0, (sheet.height - SAFE_MARGIN - y) / (players + 1))
    heads = [say("col_player", lang)] + [say("print.score_round", lang, round=r + 1) for r in range(ROUNDS)]
    heads.append(say("print.score_total", lang))
    widths = [name_w] + [col_w] * ROUNDS + [total_w]
    sheet.stroke(INK, 0.3)
    for row in range(players + 1):
        left = x
        for col, cell_w in enumerate(widths):
            sheet.box(left, y, cell_w, row_h, line=INK, width=0.3, fill=(238, 238, 238) if row == 0 else None)
            if row == 0:
                head = heads[col]
                sheet.write(
                    head, left, y + row_h / 2 - 2.5, sheet.fit_size(head, 10, cell_w - 2), align="C", width=cell_w
                )
            left += cell_w
        y += row_h
    return 1


def _die_face(sheet: Sheet, value: int, x: float, y: float) -> None:
    sheet.box(x, y, FACE, FACE, fill=WHITE)
    sheet.fill(INK)
    r = FACE * 0.085
    for px, py in PIPS[value]:
        sheet.pdf.ellipse(x + px * FACE - r, y + py * FACE - r, 2 * r, 2 * r, style="F")


#: The die's net: a column of 1, 2, 6, 5 with 3 and 4 either side of the 2 (opposite faces add up
#: to 7), as (column, row) of each face.
NET = {1: (1, 0), 2: (1, 1), 6: (1, 2), 5: (1, 3), 3: (0, 1), 4: (2, 1)}
#: One glue tab for each of the seven edges that meet when the net is folded.
TABS = ((1, 0, "left"), (1, 0, "right"), (1, 0, "top"), (0, 1, "left"), (2, 1, "right"), (0, 1, "bottom"),
        (2, 1, "bottom"))  # fmt: skip
_SIDES = {"top": (0, -1), "bottom": (0, 1), "left": (-1, 0), "right": (1, 0)}


def _edge(x: float, y: float, side: str) -> tuple[float, float, float, float]:
    f = FACE
    return {
        "top": (x, y, x + f, y),
        "bottom": (x, y + f, x + f, y + f),
        "left": (x, y, x, y + f),
        "right": (x + f, y, x + f, y + f),
    }[side]


def draw_die_and_tokens(sheet: Sheet, lang: Lang, sides: int = 6) -> int:
    """A cross-shaped die net with glue tabs (cut along solid lines, fold along dashed ones), or a
    spinner for a board that uses a die of other than six sides; and six tokens."""
    sheet.new_page("A4", "portrait")
    x0, y0 = SAFE_MARGIN, SAFE_MARGIN
    width = sheet.width - 2 * SAFE_MARGIN
    sheet.write(say("print.die_title", lang), x0, y0, 16)
    hint = say("print.die_hint", lang) if sides == 6 else say("print.die_spinner", lang, dice=sides)
    sheet.paragraph(hint, x0, y0 + 9, width, 9.5)
    top = y0 + 32
    if sides == 6:
        _die_net(sheet, x0 + TAB + 2, top)
    else:
        _spinner(sheet, sides, sheet.width / 2, top + 2 * FACE, 1.8 * FACE)
    # Tokens: a strip folded in two stands on the board (the same shape on both halves).
    token = 22.0
    gap = 6.0
    ty = top + 4 * FACE + 8
    tx = (sheet.width - 6 * token - 5 * gap) / 2
    for seat in range(6):
        bx = tx + seat * (token + gap)
        sheet.box(bx, ty, token, 2 * token, line=INK, width=0.3)
        sheet.stroke(INK, 0.3)
        with sheet.dashed():
            sheet.pdf.line(bx, ty + token, bx + token, ty + token)
        for half in (0, 1):
            _token(sheet, seat, bx + token / 2, ty + token / 2 + half * token, token * 0.4, upside_down=half == 0)
    return 1


def _die_net(sheet: Sheet, left: float, top: float) -> None:
    faces = {(col, row): value for value, (col, row) in NET.items()}
    tabs = {(col, row, side) for col, row, side in TABS}
    sheet.fill((215, 215, 215))
    sheet.stroke(INK, 0.35)
    for col, row, side in TABS:  # each tab's outer edges are cut
        sheet.pdf.polygon(_tab(left + col * FACE, top + row * FACE, side), style="DF")
    for (col, row), value in faces.items():
        _die_face(sheet, value, left + col * FACE, top + row * FACE)
    for col, row in faces:
        x, y = left + col * FACE, top + row * FACE
        for side, (dx, dy) in _SIDES.items():
            fold = (col + dx, row + dy) in faces or (col, row, side) in tabs
            sheet.stroke(INK, 0.35)
            if fold:
                with sheet.dashed(2.0, 1.5):
                    sheet.pdf.line(*_edge(x, y, side))
            else:
                sheet.pdf.line(*_edge(x, y, side))


def _spinner(sheet: Sheet, sides: int, cx: float, cy: float, r: float) -> None:
    """A regular polygon with a number on each edge: spun on a pencil, it lands on one edge."""
    corners = [
        (cx + r * math.cos(2 * math.pi * (i + 0.5) / sides), cy + r * math.sin(2 * math.pi * (i + 0.5) / sides))
        for i in range(sides)
    ]
    sheet.fill(WHITE)
    sheet.stroke(INK, 0.4)
    sheet.pdf.polygon(corners, style="DF")
    size = min(28.0, r * 0.5 / PT * 2 * math.sin(math.pi / sides))
    for i in range(sides):
        (ax, ay), (bx, by) = corners[i - 1], corners[i]
        mx, my = cx + (ax + bx - 2 * cx) * 0.36, cy + (ay + by - 2 * cy) * 0.36
        label = str(i + 1)
        sheet.write(label, mx - 10, my - size * PT * 0.6, size, INK, align="C", width=20)
        sheet.stroke(INK, 0.2)
        sheet.pdf.line(cx, cy, *corners[i])
    sheet.fill(INK)
    sheet.pdf.ellipse(cx - 1.5, cy - 1.5, 3, 3, style="F")


def _tab(fx: float, fy: float, side: str) -> list[tuple[float, float]]:
    """A trapezoid tab on ``side`` of the face at (fx, fy), pointing outwards."""
    f, t = FACE, TAB
    if side == "top":
        return [(fx, fy), (fx + t, fy - t), (fx + f - t, fy - t), (fx + f, fy)]
    if side == "bottom":
        return [(fx, fy + f), (fx + t, fy + f + t), (fx + f - t, fy + f + t), (fx + f, fy + f)]
    if side == "left":
        return [(fx, fy), (fx - t, fy + t), (fx - t, fy + f - t), (fx, fy + f)]
    return [(fx + f, fy), (fx + f + t, fy + t), (fx + f + t, fy + f - t), (fx + f, fy + f)]


def _token(sheet: Sheet, seat: int, cx: float, cy: float, r: float, *, upside_down: bool) -> None:
    style = token_style(seat)
    sheet.fill(style.colour)
    sheet.stroke(shade(style.colour, 0.45), r * 0.14)
    if style.shape is TokenShape.CIRCLE:
        sheet.pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="DF")
    else:
        points = token_outline(style.shape, cx, cy, r)
        if upside_down:
            points = [(px, 2 * cy - py) for px, py in points]
        sheet.pdf.polygon(points, style="DF")
    label = str(seat + 1)
    size = r * 1.1 / PT
    if upside_down:
        with sheet.pdf.rotation(180, cx, cy):
            sheet.write(label, cx - r, cy - size * PT * 0.6, size, style.number_ink, align="C", width=2 * r)
    else:
        sheet.write(label, cx - r, cy - size * PT * 0.6, size, style.number_ink, align="C", width=2 * r)
