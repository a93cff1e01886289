"""The print-and-play kit: one PDF with the parts a volunteer asks for, from the same board, bank,
dictionary and region as the game.

>>> from game.content.loader import load_bundled
>>> kit = build_kit(load_bundled(), KitOptions(parts=("rules", "score")))
>>> kit.pdf[:5], kit.pages, kit.total   # printed whole on both sides, the score sheet starts a sheet
(b'%PDF-', {'rules': (1, 2), 'score': (3, 3)}, 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.content.models import ClassifyQuestion
from game.engine.table import ContentSource
from game.errors import Lang
from game.paper.board_poster import draw_board
from game.paper.extras import draw_die_and_tokens, draw_score_sheet
from game.paper.question_cards import draw_answer_key, draw_question_cards, question_cards, starter_set
from game.paper.rules_sheet import draw_rules
from game.paper.sheet import Paper, Sheet
from game.paper.sorting_cards import draw_sorting_cards, sorting_items
from game.present.texts import say

#: Every part, in the order they are printed.
PARTS = ("board", "rules", "cards", "sorting", "key", "score", "die")
LEVEL_KEYS = ("child", "teen", "adult")
#: Parts whose sheets are printed on one side only (cut out, glued, written on).
ONE_SIDED = frozenset({"board", "score", "die"})


@dataclass(frozen=True, slots=True)
class KitOptions:
    """What to print: the board and region, the paper for the board, the level of the cards."""

    board: str | None = None
    region: str = "national"
    paper: Paper = "A4"
    level: str = "child"
    parts: tuple[str, ...] = PARTS
    lang: Lang = "zh"
    single_sided: bool = False
    picture_folders: tuple[Path, ...] = ()
    #: items to put on sorting cards first (a volunteer's own, from their content)
    own_items: tuple[str, ...] = ()
    #: print only this many question cards, spread over kinds and bins (0: every card of the level)
    card_limit: int = 0


@dataclass(frozen=True, slots=True)
class Kit:
    """The PDF; the pages of each part (parts with none left out); how many question cards and
    pictures it holds; pictures that could not be read; whether the answer key was added because
    the cards are printed single-sided; how many pages in all, blank ones included."""

    pdf: bytes
    #: each part's first and last page (1-based, blank pages left out)
    pages: dict[str, tuple[int, int]] = field(default_factory=dict)
    cards: int = 0
    pictures: int = 0
    unreadable: tuple[str, ...] = ()
    key_added: bool = False
    total: int = 0
    #: the ids of the questions on the cards
    card_ids: tuple[str, ...] = ()

    def count(self, part: str) -> int:
        """How many pages ``part`` has (blank ones left out)."""
        first, last = self.pages.get(part, (1, 0))
        return last - first + 1 if part in self.pages else 0


def build_kit(content: ContentSource, options: KitOptions) -> Kit:
    """Draw the kit's parts into one PDF (content already checked by the loader)."""
    board = content.board(options.board)
    region = content.region(options.region)
    lang = options.lang
    parts = set(options.parts)
    # Printed on one side, cards have no answers on their backs: the answer key holds them.
    key_added = options.single_sided and bool(parts & {"cards", "sorting"}) and "key" not in parts
    if key_added:
        parts.add("key")
    sheet = Sheet(f"{say('title', lang)} · {board.name_in(lang)}", lang)
    # Printed whole on both sides, every part starts on the front of a sheet, and the pages to cut
    # out (board tiles, the die) or to write on (the score sheet) have blank backs.
    sheet.duplex = not options.single_sided
    sheet.blank_note = say("print.blank", lang)
    cards = question_cards(content, board, region.key, options.level) if parts & {"cards", "key"} else []
    if options.card_limit:
        cards = starter_set(cards, options.card_limit)
    pictures = {item.name: item.picture for item in content.dictionary if item.picture}
    first = [*options.own_items, *(c.question.item for c in cards if isinstance(c.question, ClassifyQuestion))]
    items = sorting_items(content.dictionary, region.key, first=first) if "sorting" in parts else []
    pages: dict[str, tuple[int, int]] = {}
    for part in PARTS:
        if part not in parts:
            continue
        sheet.start_part(one_sided=part in ONE_SIDED)
        before = sheet.pages
        if part == "board":
            draw_board(sheet, board, region, lang, options.paper)
        elif part == "rules":
            piles = tuple(
                t for t in ("classify", "choice", "truefalse") if any(c.question.type.value == t for c in cards)
            )
            draw_rules(sheet, board, region, lang, piles or ("classify", "choice", "truefalse"), "sorting" in parts)
        elif part == "cards":
            draw_question_cards(
                sheet, cards, region, options.level, lang, pictures, options.picture_folders, options.single_sided
            )
        elif part == "sorting":
            draw_sorting_cards(
                sheet, items, region, lang, options.level == "child", options.picture_folders, options.single_sided
            )
        elif part == "key":
            sorted_items = [(item.name, item.category_in(region.key)) for item in items]
            draw_answer_key(sheet, cards if "cards" in parts or "key" in options.parts else [], region, lang,
                            sorted_items)  # fmt: skip
        elif part == "score":
            draw_score_sheet(sheet, lang, board.rules.max_players)
        elif part == "die":
            draw_die_and_tokens(sheet, lang, board.rules.dice)
        if sheet.pages > before:
            start = before + 1
            while start in sheet.blanks:  # the blank back of the sheet before the part
                start += 1
            pages[part] = (start, sheet.pages)
    return Kit(
        sheet.output(),
        pages,
        len(cards) if "cards" in parts else 0,
        sheet.pictures,
        tuple(sorted(sheet.unreadable)),
        key_added,
        sheet.pages,
        tuple(card.question.id for card in cards) if "cards" in parts else (),
    )
