"""The four national waste categories of GB/T 19095-2019, with their colours and symbols.

Files and code use the stable English keys; players see names from a region profile
(:class:`game.content.models.Region`). Colour is never the only signal: every category also has
a name and a symbol.

>>> Category("kitchen").national_name
'厨余垃圾'
>>> Category.HAZARDOUS.english_name
'Hazardous waste'
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """One of the four bins. The value is the key used in content files."""

    KITCHEN = "kitchen"
    RECYCLABLE = "recyclable"
    HAZARDOUS = "hazardous"
    OTHER = "other"

    @property
    def national_name(self) -> str:
        """The name in GB/T 19095-2019 (厨余垃圾 …)."""
        return _NATIONAL_NAMES[self]

    @property
    def english_name(self) -> str:
        """The English name shown with ``--lang en``."""
        return _ENGLISH_NAMES[self]

    @property
    def colour(self) -> tuple[int, int, int]:
        """The bin colour (RGB) used by front ends; see docs/architecture.md for the source."""
        return _COLOURS[self]

    @property
    def symbol(self) -> str:
        """A one-cell ASCII symbol that stands for the bin where colour is unavailable."""
        return _SYMBOLS[self]


#: The order in which the four bins are always offered (1 = kitchen … 4 = other).
CATEGORY_ORDER: tuple[Category, ...] = (
    Category.KITCHEN,
    Category.RECYCLABLE,
    Category.HAZARDOUS,
    Category.OTHER,
)

_NATIONAL_NAMES = {
    Category.KITCHEN: "厨余垃圾",
    Category.RECYCLABLE: "可回收物",
    Category.HAZARDOUS: "有害垃圾",
    Category.OTHER: "其他垃圾",
}
_ENGLISH_NAMES = {
    Category.KITCHEN: "Kitchen waste",
    Category.RECYCLABLE: "Recyclables",
    Category.HAZARDOUS: "Hazardous waste",
    Category.OTHER: "Other waste",
}
# App-level colours in use for the standard's bins (green, blue, red, grey).
_COLOURS = {
    Category.KITCHEN: (0x00, 0x6F, 0x62),
    Category.RECYCLABLE: (0x00, 0x3C, 0x71),
    Category.HAZARDOUS: (0xF9, 0x42, 0x3A),
    Category.OTHER: (0x49, 0x49, 0x49),
}
_SYMBOLS = {
    Category.KITCHEN: "K",
    Category.RECYCLABLE: "R",
    Category.HAZARDOUS: "H",
    Category.OTHER: "O",
}
