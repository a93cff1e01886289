"""The print-and-play kit: one PDF with the parts a volunteer asks for, from the same board, bank,
dictionary and region as the game.

>>> from game.content.loader import load_bundled
>>> kit = build_kit(load_bundled(), KitOptions(parts=("rules", "score")))
>>> kit.pdf[:5], kit.pages
(b'%PDF-', {'rules': 2, 'score': 1})
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.content.models import ClassifyQuestion
from game.engine.table import ContentSource
from game.errors import Lang
from game.paper.board_poster import draw_board
from game.paper.extras import draw_die_and_tokens, draw_score_sheet
from game.paper.question_cards import draw_answer_key, draw_question_cards, question_cards
from game.paper.rules_sheet import draw_rules
from game.paper.sheet import Paper, Sheet
from game.paper.sorting_cards import draw_sorting_cards, sorting_items
from game.present.texts import say

#: Every part, in the order they are printed.
PARTS = ("board", "rules", "cards", "sorting", "key", "score", "die")
LEVEL_KEYS = ("child", "teen", "adult")


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


@dataclass(frozen=True, slots=True)
class Kit:
    """The PDF and how many sheets each part took."""

    pdf: bytes
    pages: dict[str, int] = field(default_factory=dict)
    cards: int = 0


def build_kit(content: ContentSource, options: KitOptions) -> Kit:
    """Draw the kit's parts into one PDF (content already checked by the loader)."""
    board = content.board(options.board)
    region = content.region(options.region)
    lang = options.lang
    sheet = Sheet(f"{say('title', lang)} · {board.name_in(lang)}", lang)
    cards = question_cards(content, board, region.key, options.level)
    pictures = {item.name: item.picture for item in content.dictionary if item.picture}
    pages: dict[str, int] = {}
    for part in PARTS:
        if part not in options.parts:
            continue
        before = sheet.pages
        if part == "board":
            draw_board(sheet, board, region, lang, options.paper)
        elif part == "rules":
            draw_rules(sheet, board, region, lang)
        elif part == "cards":
            draw_question_cards(
                sheet, cards, region, options.level, lang, pictures, options.picture_folders, options.single_sided
            )
        elif part == "sorting":
            first = [card.question.item for card in cards if isinstance(card.question, ClassifyQuestion)]
            items = sorting_items(content.dictionary, region.key, first=first)
            draw_sorting_cards(
                sheet, items, region, lang, options.level == "child", options.picture_folders, options.single_sided
            )
        elif part == "key":
            draw_answer_key(sheet, cards, region, lang)
        elif part == "score":
            draw_score_sheet(sheet, lang, board.rules.max_players)
        elif part == "die":
            draw_die_and_tokens(sheet, lang)
        pages[part] = sheet.pages - before
    return Kit(sheet.output(), pages, len(cards))
