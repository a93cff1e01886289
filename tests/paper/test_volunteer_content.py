"""A volunteer's own long texts stay on their cards: long choices, long words of other text, long
explanations and item names (found by a review: they ran into the next card and off the sheet)."""

from __future__ import annotations

from pathlib import Path

from game.content.loader import load_content
from game.paper.card_sheets import HEADER
from game.paper.draw import Grid
from game.paper.kit import KitOptions, build_kit
from tests.paper.conftest import BuiltKit, need_poppler

LONG = "Extraordinarilylongwordwithoutanyspacesatall"
BANK = f"""schema: 1
questions:
  - id: mine-long-choice
    type: choice
    category: recyclable
    text: 下面哪一种是可回收物？{LONG}
    options: [洗干净、压扁以后的塑料饮料瓶子和它的瓶盖以及外面那一层塑料标签纸, 用过的纸巾, 香蕉皮]
    answer: 洗干净、压扁以后的塑料饮料瓶子和它的瓶盖以及外面那一层塑料标签纸
    explain: {"塑料瓶洗干净压扁以后可以回收，再做成新的塑料制品。" * 6}{LONG}
    difficulty: 1
  - id: mine-long-truefalse
    type: truefalse
    category: other
    text: {"用过的纸巾是其他垃圾，因为纸巾沾了脏东西，纤维又很短。" * 3}
    answer: true
    explain: 纸巾沾了脏东西，纤维太短，不能再造纸，所以是其他垃圾。{LONG}
    difficulty: 1
"""


def test_long_texts_stay_inside_their_cards(tmp_path: Path) -> None:
    need_poppler()
    (tmp_path / "bank.yaml").write_text(BANK, encoding="utf-8")
    content = load_content([tmp_path])
    for level in ("child", "adult"):
        kit = build_kit(content, KitOptions(level=level, parts=("cards",)))
        path = tmp_path / f"{level}.pdf"
        path.write_bytes(kit.pdf)
        built = BuiltKit(kit, path)
        grid = Grid.fill(2, 4, 210, 297, HEADER)
        left = (210 - grid.cols * grid.w) / 2
        found = False
        for page in range(kit.pages["cards"][0], kit.pages["cards"][1] + 1):
            for x0, y0, x1, y1, word in built.words(page):
                found = found or word.startswith("Extraordinarily")
                if y1 < grid.top:
                    continue
                col, row = int((x0 + 0.2 - left) // grid.w), int((y0 + 0.2 - grid.top) // grid.h)
                assert 0 <= col < grid.cols and 0 <= row < grid.rows, (level, page, word)
                assert x1 <= left + (col + 1) * grid.w + 0.3, (level, page, word)
                assert y1 <= grid.top + (row + 1) * grid.h + 0.3, (level, page, word)
        assert found or level == "child", level  # a child sees the first sentence of an explanation
