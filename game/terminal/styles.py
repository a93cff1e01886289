"""Colours, symbols and badges shared by every terminal view.

Styles stay within the 16 standard terminal colours, and colour is never the only signal: a bin
always shows its letter (K/R/H/O) and its name, a token its player number.

>>> from game.content.models import REGION_NATIONAL
>>> badge(Category.HAZARDOUS).plain
'[H]'
>>> bin_label(Category.KITCHEN, REGION_NATIONAL, "zh").plain
'[K] 厨余垃圾'
"""

from __future__ import annotations

from string import Formatter
from typing import TYPE_CHECKING

from rich.text import Text

from game.categories import Category

if TYPE_CHECKING:  # the set-up screen uses this module: keep its import light
    from game.content.models import Region
    from game.errors import Lang

__all__ = [
    "CATEGORY_STYLE",
    "PLAYER_STYLE",
    "badge",
    "bin_label",
    "compose",
    "player_style",
    "token",
]

#: Bin colours of GB/T 19095-2019 in the 16-colour palette: green, blue, red, grey.
CATEGORY_STYLE: dict[Category, str] = {
    Category.KITCHEN: "bold green",
    Category.RECYCLABLE: "bold bright_blue",
    Category.HAZARDOUS: "bold red",
    Category.OTHER: "bold bright_black",
}

#: One background colour per seat; the seat number is printed on it.
PLAYER_STYLE: tuple[str, ...] = (
    "bold black on yellow",
    "bold black on cyan",
    "bold black on magenta",
    "bold black on white",
    "bold black on green",
    "bold white on red",
)

RIGHT_STYLE = "bold green"
WRONG_STYLE = "bold red"
HINT_STYLE = "yellow"
DIM_STYLE = "dim"
TITLE_STYLE = "bold"


def player_style(seat: int) -> str:
    """The style of ``seat``'s token."""
    return PLAYER_STYLE[seat % len(PLAYER_STYLE)]


def token(seat: int) -> Text:
    """``seat``'s token: its 1-based number on the seat's colour."""
    return Text(str(seat + 1), style=player_style(seat))


def badge(category: Category) -> Text:
    """The bin's icon: its letter in brackets, in the bin's colour."""
    return Text(f"[{category.symbol}]", style=CATEGORY_STYLE[category])


def bin_label(category: Category, region: Region, lang: Lang) -> Text:
    """Badge and name of a bin, e.g. ``[K] 厨余垃圾`` (the name as the region says it)."""
    label = badge(category)
    label.append(" ")
    label.append(region.category_name(category, lang), style=CATEGORY_STYLE[category])
    return label


def compose(template: str, style: str = "", **parts: Text | str) -> Text:
    """``template`` with each ``{field}`` replaced by a :class:`Text` (keeping its styles) or a string.

    >>> compose("{name} rolled a {value}", name=Text("Ann", style="bold"), value="4").plain
    'Ann rolled a 4'
    """
    out = Text(style=style)
    for literal, field, _, _ in Formatter().parse(template):
        out.append(literal)
        if field is not None:
            part = parts[field]
            if isinstance(part, Text):
                out.append_text(part)
            else:
                out.append(part)
    return out
