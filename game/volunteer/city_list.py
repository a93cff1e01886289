"""A city's published item list, read from a spreadsheet and compared with the item dictionary.

A Hohhot volunteer pastes the city's list (item, bin) into a spreadsheet; :func:`read_item_list`
reads it (any encoding :mod:`game.volunteer.csv_io` reads; with or without a header row; bin names
in any accepted spelling) and :func:`compare` says which items the dictionary lacks and where it
sorts them differently for the region. Nothing here writes.

>>> from game.categories import Category
>>> from game.content.dictionary import ItemDictionary
>>> from game.content.models import Item
>>> d = ItemDictionary([Item("香蕉皮", (), Category.KITCHEN, "果皮。"), Item("纸巾", (), Category.OTHER, "太短。")])
>>> rows = [ListRow(2, "香蕉皮", Category.KITCHEN), ListRow(3, "纸巾", Category.RECYCLABLE), ListRow(4, "飞碟", None)]
>>> result = compare(d, rows, "national")
>>> [r.text for r in result.missing], [r.row.text for r in result.disagree], result.known, result.agree
(['飞碟'], ['纸巾'], 2, 1)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.categories import Category
from game.content.dictionary import ItemDictionary, normalise
from game.content.models import GenericItem, Item, Region
from game.content.textsafety import visible
from game.errors import Problem, Text
from game.volunteer.csv_io import Row, read_csv
from game.volunteer.csv_values import Vocabulary

#: Header words that mark the column of item names, and of bins.
ITEM_HEADERS = ("物品", "名称", "物品名称", "垃圾名称", "名字", "item", "name", "items")
BIN_HEADERS = ("类别", "分类", "垃圾类别", "垃圾分类", "类型", "bin", "category", "type")


@dataclass(frozen=True, slots=True)
class ListRow:
    """One line of a list: its row number, the item as written and its bin (None when not given)."""

    number: int
    text: str
    bin: Category | None


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A listed item the dictionary sorts into another bin in the region."""

    row: ListRow
    item: Item
    accepted: tuple[Category, ...]  #: what the dictionary accepts in the region


@dataclass
class Comparison:
    """The outcome of :func:`compare`."""

    total: int = 0
    known: int = 0  #: rows the dictionary recognises (an item or a generic word)
    agree: int = 0  #: recognised items whose bin matches the list (for the region)
    missing: list[ListRow] = field(default_factory=list)
    disagree: list[Disagreement] = field(default_factory=list)
    generic: list[tuple[ListRow, GenericItem]] = field(default_factory=list)

    @property
    def judged(self) -> int:
        """Recognised rows that have a bin to compare (generic words and rows without a bin are not)."""
        return self.agree + len(self.disagree)


def _column(header: Sequence[str], words: Sequence[str]) -> int | None:
    folded = [normalise(h) for h in header]
    for index, name in enumerate(folded):
        if name in words:
            return index
    return None


def read_item_list(
    path: str | os.PathLike[str], vocab: Vocabulary, *, need_bins: bool
) -> tuple[list[ListRow], list[Problem]]:
    """The rows of a list file: one item a line, or a CSV with an item column (and a bin column).

    Without a recognisable header the first column is the item and the second the bin, and the
    first line is data too. Unknown bin names are problems naming the row.
    """
    table, problems = read_csv(path)
    if table is None:
        return [], problems
    item_col = _column(table.header, ITEM_HEADERS)
    bin_col = _column(table.header, BIN_HEADERS)
    rows: list[Row] = list(table.rows)
    if item_col is None:
        item_col, bin_col = 0, (1 if len(table.header) > 1 else None)
        rows.insert(0, Row(1, tuple(table.header)))
    out: list[ListRow] = []
    for row in rows:
        cells = row.cells
        # A list is only read, never stored: hidden and escape characters are dropped, not refused.
        text = visible(cells[item_col]).strip() if item_col < len(cells) else ""
        if not text:
            continue
        category: Category | None = None
        bin_text = visible(cells[bin_col]).strip() if bin_col is not None and bin_col < len(cells) else ""
        if bin_text:
            category = vocab.category(bin_text)
            if category is None:
                problems.append(
                    Problem(
                        table.name,
                        row.number,
                        (bin_col or 0) + 1,
                        Text(f"“{bin_text}” 不是可用的类别", f'"{bin_text}" is not a bin name'),
                        Text(f"写 {vocab.category_choices} 之一", f"write one of {vocab.category_choices}"),
                    )
                )
                continue
        elif need_bins:
            missing = Text(f"「{text}」没有写类别", f"'{text}' has no bin")
            fix = Text("在第二列写上它属于哪类垃圾", "write its bin in the second column")
            problems.append(Problem(table.name, row.number, (bin_col or 1) + 1, missing, fix))
            continue
        out.append(ListRow(row.number, text, category))
    return out, problems


def compare(dictionary: ItemDictionary, rows: Sequence[ListRow], region: str) -> Comparison:
    """Compare ``rows`` with the dictionary under ``region``'s rules (see the module example)."""
    result = Comparison(total=len(rows))
    for row in rows:
        found = dictionary.resolve(row.text)
        if found is None:
            result.missing.append(row)
            continue
        result.known += 1
        if isinstance(found, GenericItem):
            result.generic.append((row, found))
            continue
        if row.bin is None:
            continue
        accepted = found.accepted_in(region)
        if row.bin in accepted:
            result.agree += 1
        else:
            result.disagree.append(Disagreement(row, found, accepted))
    return result


def coverage_line(result: Comparison, region: Region) -> Text:
    """One line with the coverage figures, e.g. ``认识 850/1000（85.0%）…``."""
    total = max(result.total, 1)
    judged = max(result.judged, 1)
    known_pct = 100 * result.known / total
    agree_pct = 100 * result.agree / judged
    return Text(
        f"认识 {result.known}/{result.total}（{known_pct:.1f}%）；其中能比较的 {result.judged} 个里，"
        f"按{region.name}的规则分类一致 {result.agree} 个（{agree_pct:.1f}%）；"
        f"泛指的词 {len(result.generic)} 个，词典没有 {len(result.missing)} 个",
        f"recognised {result.known}/{result.total} ({known_pct:.1f}%); of the {result.judged} comparable, "
        f"{result.agree} sorted the same under {region.name_en or region.key} rules ({agree_pct:.1f}%); "
        f"{len(result.generic)} generic words, {len(result.missing)} unknown",
    )
