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

from collections.abc import Iterable

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
_TYPE_WORDS = {"classify": "print.type_classify", "choice": "print.type_choice", "truefalse": "print.type_truefalse"}


def _kinds(board: Board) -> dict[str, list[Square]]:
    """The squares of each icon kind (a jump has one per direction) the board has, in board order."""
    kinds: dict[str, list[Square]] = {}
    for square in board.squares[1:-1]:
        key = square_icon_key(square, board)
        if key is not None:
            kinds.setdefault(key, []).append(square)
    return kinds


def _kind_title(key: str, squares: list[Square], board: Board, region: Region, lang: Lang) -> str:
    """What a kind of square is called: 答题, 说出物品, 前进, 后退, 暂停 …"""
    if key in ("jump_forward", "jump_back"):
        return say("legend_forward" if key == "jump_forward" else "legend_back", lang)
    if key in ("question", "name_items", "tip", "roll_again"):
        return say(f"kind_{key}", lang)
    return square_title(squares[0], region, board.finish, lang).split(" · ", 1)[-1]


def _effects(squares: list[Square], lang: Lang) -> str:
    """What a right and a wrong answer do, when every square of the kind does the same."""
    if len({(square.right, square.wrong) for square in squares}) > 1:
        return say("print.rules_effects_each", lang)
    square = squares[0]
    return say("game.effects", lang, right=square.right.describe(lang), wrong=square.wrong.describe(lang)) + (
        "。" if lang == "zh" else "."
    )


def _type_words(types: Iterable[str], lang: Lang) -> str:
    return comma(lang).join(say(_TYPE_WORDS[t], lang) for t in types)


def _rule_of(key: str, squares: list[Square], lang: Lang, piles: tuple[str, ...]) -> str:
    if key == "question":
        return say("print.rules_question", lang, piles=_type_words(piles, lang), effects=_effects(squares, lang))
    if key == "name_items":
        return say("print.rules_naming", lang, effects=_effects(squares, lang))
    if key == "skip":
        turns = sorted({square.turns or 1 for square in squares})
        return say("print.rules_skip", lang, turns="/".join(str(n) for n in turns))
    if key == "roll_again":
        return say("print.rules_roll_again", lang)
    if key == "tip":
        return say("print.rules_tip", lang)
    return say("print.rules_jump", lang)


def _square_line(square: Square, board: Board, region: Region, lang: Lang, piles: tuple[str, ...]) -> str:
    """One square of the list: its number and title, its own words, its effects, a type limit."""
    text = region.localise(banner_text(square, lang).replace("\n", " "))
    # A square's own text already says what it is; otherwise its title does.
    if square.text_in(lang):
        head = say("status_square", lang, square=square.number)
    elif square.kind is SquareKind.QUESTION:  # any card of its kinds, whatever the square's colour
        head = f"{say('status_square', lang, square=square.number)} · {say('kind_question', lang)}"
    else:
        head = square_title(square, region, board.finish, lang)
    line = f"{head}：{text}" if lang == "zh" else f"{head}: {text}"
    if square.kind is SquareKind.QUESTION and square.types:
        kinds = [t.value for t in square.types if t.value in piles]
        line += (
            say("print.rules_only_types", lang, types=_type_words(kinds, lang))
            if kinds
            else say("print.rules_no_cards", lang)
        )
    return line


def draw_rules(sheet: Sheet, board: Board, region: Region, lang: Lang,
               piles: tuple[str, ...] = ("classify", "choice", "truefalse"), sorting: bool = True) -> int:  # fmt: skip
    """The rules of ``board`` on A4 sheets, for question cards of the kinds in ``piles`` (and the
    sorting cards' game when they are printed); returns the sheets added."""
    sheet.new_page("A4", "portrait")
    pages = 1
    width = sheet.width - 2 * SAFE_MARGIN
    x = y = SAFE_MARGIN
    title = say("print.rules_title", lang, board=board.name_in(lang))
    y = sheet.paragraph(title, x, y, width, sheet.fit_paragraph(title, width, 16, 18, 11)) + 3
    names = comma(lang).join(region.category_name(c, lang) for c in CATEGORY_ORDER)
    rules = board.rules
    intro = "\n".join(  # a paragraph each: how to win, where, setting up, points, sorting cards
        [
            " ".join(
                [
                    say("print.rules_goal", lang, low=rules.min_players, high=rules.max_players, dice=rules.dice),
                    say(_FINISH[rules.finish], lang),
                    say("print.rules_region", lang, region=region.name_in(lang), names=names),
                ]
            ),
            say("print.rules_setup", lang),
            say("print.rules_score", lang),
            *([say("print.rules_sorting", lang)] if sorting else []),
        ]
    )
    y = sheet.paragraph(intro, x, y, width, 11) + 4
    kinds = _kinds(board)
    if kinds:
        sheet.write(say("print.rules_squares", lang), x, y, 14)
        y += 8
    icon = 11.0
    for key, squares in kinds.items():
        # Question and naming squares come in every bin's colour: shown as the legend shows them.
        fill = BUTTON if key in ("question", "name_items") else square_fill(squares[0], board)
        sheet.box(x, y, icon, icon, fill=fill, radius=icon / 6)
        shapes = kind_pictogram(key)
        if shapes is not None:
            pictogram(sheet, shapes, x + 1.5, y + 1.5, icon - 3, ink_on(fill), fill)
        sheet.write(_kind_title(key, squares, board, region, lang), x + icon + 3, y, 11)
        y = sheet.paragraph(_rule_of(key, squares, lang, piles), x + icon + 3, y + 5.2, width - icon - 3, 9.5)
        y += 2.5
    lines = [_square_line(square, board, region, lang, piles) for square in board.squares if banner_text(square, lang)]
    if lines:
        y += 2
        sheet.write(say("print.rules_list", lang), x, y, 14)
        y += 8
    size = 8.5
    for line in lines:
        if y + len(sheet.lines(line, size, width)) * size * PT * 1.3 > sheet.height - SAFE_MARGIN - 8:
            sheet.new_page("A4", "portrait")
            pages += 1
            y = SAFE_MARGIN
        y = sheet.paragraph(line, x, y, width, size) + 0.8
    note = say("print.made_with", lang)
    size = sheet.fit_size(note, 8, width)
    sheet.write(sheet.clip(note, size, width), x, sheet.height - SAFE_MARGIN - 5, size, INK)
    return pages
