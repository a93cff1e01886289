"""The rules sheet, written from the board file: how to play, every kind of square the board has
(with its pictogram, as on the board) and what it does, the finish rule, and what each square says.
An edited board prints its own rules.

>>> from game.content.loader import load_bundled
>>> from game.paper.sheet import Sheet
>>> content = load_bundled()
>>> sheet = Sheet()
>>> draw_rules(sheet, content.board(), content.region(), "zh")   # sheets: the classic board's 50 squares take two
2
"""

from __future__ import annotations

from game.categories import CATEGORY_ORDER
from game.content.models import Board, FinishRule, Region, Square, SquareKind
from game.errors import Lang
from game.paper.draw import pictogram
from game.paper.sheet import PT, SAFE_MARGIN, Sheet
from game.present.board_look import BUTTON, INK, ink_on, square_fill, square_icon_key
from game.present.pictograms import kind_pictogram
from game.present.squares import banner_text, square_title
from game.present.texts import comma, say

_FINISH = {
    FinishRule.EXACT: "print.rules_finish_exact",
    FinishRule.BOUNCE: "print.rules_finish_bounce",
    FinishRule.PASS: "print.rules_finish_pass",
}
_KIND_RULE = {
    SquareKind.JUMP: "print.rules_jump",
    SquareKind.SKIP: "print.rules_skip",
    SquareKind.ROLL_AGAIN: "print.rules_roll_again",
    SquareKind.TIP: "print.rules_tip",
}


def _kind_examples(board: Board) -> list[Square]:
    """One square of each kind (and each jump direction) the board has, in board order."""
    seen: set[str] = set()
    out = []
    for square in board.squares[1:-1]:
        key = square_icon_key(square, board)
        if key is None or key in seen:
            continue
        seen.add(key)
        out.append(square)
    return out


def _kind_title(square: Square, board: Board, region: Region, lang: Lang) -> str:
    """What a kind of square is called: 答题 and 说出物品 for every bin, 前进/后退 for jumps."""
    if square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
        return say(f"kind_{square.kind.value}", lang)
    return square_title(square, region, board.finish, lang).split(" · ", 1)[-1]


def _rule_of(square: Square, lang: Lang) -> str:
    effects = say("game.effects", lang, right=square.right.describe(lang), wrong=square.wrong.describe(lang))
    if square.kind is SquareKind.QUESTION:
        return say("print.rules_question", lang, effects=effects)
    if square.kind is SquareKind.NAME_ITEMS:
        return say("print.rules_naming", lang, effects=effects)
    if square.kind is SquareKind.SKIP:
        return say("print.rules_skip", lang)
    return say(_KIND_RULE[square.kind], lang)


def draw_rules(sheet: Sheet, board: Board, region: Region, lang: Lang) -> int:
    """The rules of ``board`` on A4 sheets; returns the sheets added."""
    sheet.new_page("A4", "portrait")
    pages = 1
    width = sheet.width - 2 * SAFE_MARGIN
    x = SAFE_MARGIN
    y = SAFE_MARGIN
    sheet.write(say("print.rules_title", lang, board=board.name_in(lang)), x, y, 18)
    y += 11
    names = comma(lang).join(region.category_name(c, lang) for c in CATEGORY_ORDER)
    intro = " ".join(
        [
            say("print.rules_goal", lang, players=board.rules.max_players),
            say(_FINISH[board.rules.finish], lang),
            say("print.rules_region", lang, region=region.name_in(lang), names=names),
        ]
    )
    y = sheet.paragraph(intro, x, y, width, 11) + 4
    sheet.write(say("print.rules_squares", lang), x, y, 14)
    y += 8
    icon = 11.0
    for square in _kind_examples(board):
        key = square_icon_key(square, board)
        # Question and naming squares come in every bin's colour: shown as the legend shows them.
        special = square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS)
        fill = BUTTON if special else square_fill(square, board)
        sheet.box(x, y, icon, icon, fill=fill, radius=icon / 6)
        shapes = kind_pictogram(key) if key else None
        if shapes is not None:
            pictogram(sheet, shapes, x + 1.5, y + 1.5, icon - 3, ink_on(fill), fill)
        title = _kind_title(square, board, region, lang)
        sheet.write(title, x + icon + 3, y, 11)
        y = sheet.paragraph(_rule_of(square, lang), x + icon + 3, y + 5.2, width - icon - 3, 9.5)
        y += 2.5
    y += 2
    sheet.write(say("print.rules_list", lang), x, y, 14)
    y += 8
    size = 8.5
    for square in board.squares:
        text = banner_text(square, lang).replace("\n", " ")
        if not text:
            continue
        line = (
            f"{square_title(square, region, board.finish, lang)}：{text}"
            if lang == "zh"
            else (f"{square_title(square, region, board.finish, lang)}: {text}")
        )
        lines = sheet.lines(line, size, width)
        if y + len(lines) * size * PT * 1.3 > sheet.height - SAFE_MARGIN - 8:
            sheet.new_page("A4", "portrait")
            pages += 1
            y = SAFE_MARGIN
        y = sheet.paragraph(line, x, y, width, size) + 0.8
    note = say("print.made_with", lang)
    sheet.write(note, x, sheet.height - SAFE_MARGIN - 5, sheet.fit_size(note, 8, width), INK)
    return pages
