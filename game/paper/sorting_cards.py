"""Sorting cards for the table game "put each card under its bin": four bin header cards, then
picture cards of everyday items (picture, name, pinyin for children) with the right bin on the back.

Only items with one bin in the region are used (never a disputed one), so every back is right.

>>> from game.content.loader import load_bundled
>>> items = sorting_items(load_bundled().dictionary, "national", per_bin=6)
>>> len(items), len({item.category for item in items})
(24, 4)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from game.categories import CATEGORY_ORDER, Category
from game.content.models import Item, Region
from game.errors import Lang
from game.paper.card_sheets import HEADER, card_sheets
from game.paper.draw import Grid, pictogram, picture
from game.paper.question_cards import A4
from game.paper.sheet import Sheet
from game.present.board_look import INK, WHITE
from game.present.pictograms import bin_pictogram
from game.present.pinyin import pinyin_line
from game.present.texts import say

PER_BIN = 12


def sorting_items(dictionary: Iterable[Item], region: str, per_bin: int = PER_BIN,
                  first: Iterable[str] = ()) -> list[Item]:  # fmt: skip
    """Up to ``per_bin`` pictured items of each bin that every city sorts the same way (never a
    disputed item: a card's back must be right wherever it is played); the names in ``first``
    (a volunteer's own items, then the items the child questions ask about) come first."""
    order = {name: i for i, name in enumerate(dict.fromkeys(first))}
    pictured = [item for item in dictionary if item.picture and not item.disputed]
    pictured.sort(key=lambda item: order.get(item.name, len(order)))
    chosen: list[Item] = []
    for category in CATEGORY_ORDER:
        seen_pictures: set[str] = set()
        for item in pictured:
            if item.category_in(region) is category and item.picture not in seen_pictures:
                chosen.append(item)
                seen_pictures.add(item.picture or "")
                if len(seen_pictures) == per_bin:
                    break
    return chosen


def draw_sorting_cards(sheet: Sheet, items: list[Item], region: Region, lang: Lang, pinyin: bool,
                       folders: tuple[Path, ...] = (), single_sided: bool = False) -> int:  # fmt: skip
    """The four bin cards and the item cards, 12 to an A4 sheet; returns the sheets added."""
    code = region.key

    def front(index: int, x: float, y: float, w: float, h: float) -> None:
        if index < len(CATEGORY_ORDER):
            _bin_card(sheet, CATEGORY_ORDER[index], region, lang, x, y, w, h)
            return
        item = items[index - len(CATEGORY_ORDER)]
        side = min(w, h) * 0.58
        picture(sheet, item.picture, x + (w - side) / 2, y + 5, side, folders)
        name = item.name if lang == "zh" or not item.en else item.en
        size = sheet.fit_size(name, 16, w - 6)
        base = y + 7 + side
        if pinyin and lang == "zh":
            reading = pinyin_line(item.name)
            sheet.write(reading, x, base, sheet.fit_size(reading, 10, w - 6), INK, align="C", width=w)
            base += 5
        sheet.write(name, x, base, size, INK, align="C", width=w)

    def back(index: int, x: float, y: float, w: float, h: float) -> None:
        category = CATEGORY_ORDER[index] if index < len(CATEGORY_ORDER) else None
        if category is None:
            category = items[index - len(CATEGORY_ORDER)].category_in(code)
        _bin_card(sheet, category, region, lang, x, y, w, h)

    grid = Grid.fill(3, 4, A4[0], A4[1], HEADER)
    return card_sheets(
        sheet,
        grid,
        len(CATEGORY_ORDER) + len(items),
        front,
        None if single_sided else back,
        lambda first, last: say("print.sorting_single" if single_sided else "print.sorting_front", lang),
        lambda first, last: say("print.sorting_back", lang),
    )


def _bin_card(sheet: Sheet, category: Category, region: Region, lang: Lang,
              x: float, y: float, w: float, h: float) -> None:  # fmt: skip
    """A bin's card: its colour, its pictogram large and its name in the region."""
    inset = 3.0
    sheet.box(x + inset, y + inset, w - 2 * inset, h - 2 * inset, fill=category.colour, radius=4)
    side = min(w, h) * 0.5
    pictogram(sheet, bin_pictogram(category), x + (w - side) / 2, y + 8, side, WHITE, category.colour)
    name = region.category_name(category, lang)
    size = sheet.fit_size(name, 20, w - 10)
    sheet.write(name, x, y + 12 + side, size, WHITE, align="C", width=w)
