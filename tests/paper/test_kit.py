"""The print kit read back as a person would: pages rendered by poppler and checked for the safe
margin, the cards' backs behind their fronts under long-edge duplex, every question found by text
extraction, the region's names and rules, subset fonts, the size, and the child level's limits."""

from __future__ import annotations

import math
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from game.categories import CATEGORY_ORDER
from game.content.loader import load_bundled
from game.content.wording import disputed_names
from game.engine.levels import involves
from game.paper.board_poster import Tiles, poster_layout
from game.paper.card_sheets import HEADER
from game.paper.draw import Grid
from game.paper.question_cards import draw_question_cards, question_cards
from game.paper.sheet import SAFE_MARGIN, Sheet
from game.paper.sorting_cards import PER_BIN, sorting_items
from tests.paper.conftest import BuiltKit, grey_pages


def _pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


#: What the issue promises home printers: nothing within 5 mm of an edge.
PRINTER_MARGIN_MM = 5.0


def test_page_counts_follow_the_content(child_kit: BuiltKit) -> None:
    content = load_bundled()
    cards = question_cards(content, content.board(), "national", "child")
    sorting = sorting_items(content.dictionary, "national")
    assert child_kit.kit.cards == len(cards) > 100
    kit = child_kit.kit
    assert list(kit.pages) == ["board", "rules", "cards", "sorting", "key", "score", "die"]
    assert kit.count("cards") == 2 * math.ceil(len(cards) / 8)  # 8 fronts to a sheet, each followed by its backs
    assert kit.count("sorting") == 2 * math.ceil((4 + len(sorting)) / 12)
    assert kit.count("board") == 7  # four tiles, each with a blank back
    assert kit.count("score") == kit.count("die") == 1
    assert 1 <= kit.count("rules") <= 3 and kit.count("key") >= 1
    # Printed whole on both sides, every part starts on the front of a sheet.
    assert all(first % 2 == 1 for first, _ in kit.pages.values())
    info = subprocess.run(["pdfinfo", str(child_kit.path)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"Pages:\s+{kit.total}\b", info)


def test_the_board_is_one_a3_sheet_or_a4_tiles(child_kit: BuiltKit, adult_cards: BuiltKit) -> None:
    width, height = adult_cards.page_size_mm(1)
    assert (round(width), round(height)) == (420, 297)
    for page in range(1, 8, 2):
        width, height = child_kit.page_size_mm(page)
        assert (round(width), round(height)) == (297, 210)
    tiles = child_kit.text(first=1, last=7)
    for tile in ("A1", "A2", "B1", "B2"):
        assert f"拼图 {tile}" in tiles
    assert "右边接 A2" in tiles and "下边接 B1" in tiles


@pytest.mark.parametrize("which", ["child_kit", "adult_cards"])
def test_nothing_is_drawn_within_the_printers_margin(
    which: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    built: BuiltKit = request.getfixturevalue(which)
    dpi = 30
    edge = math.ceil(PRINTER_MARGIN_MM / 25.4 * dpi)
    total = built.kit.total
    pages = grey_pages(built.path, dpi, 1, total, tmp_path)
    assert len(pages) == total
    for number, (width, height, pixels) in enumerate(pages, start=1):  # blank pages carry a small note
        rows = [pixels[y * width : (y + 1) * width] for y in range(height)]
        border = [row[:edge] + row[-edge:] for row in rows[edge:-edge]] + rows[:edge] + rows[-edge:]
        darkest = min(min(row) for row in border)
        assert darkest > 245, f"page {number} has ink within {PRINTER_MARGIN_MM} mm of its edge"
        assert min(min(row) for row in rows) < 200, f"page {number} is blank"


def test_a_cards_back_lands_behind_its_front_under_long_edge_duplex(child_kit: BuiltKit) -> None:
    """Turning an A4 sheet over its long edge mirrors it left to right: the card in column c of a
    front must have its back in column (cols - 1 - c) of the next page, in the same row."""
    grid = Grid.fill(2, 4, 210, 297, HEADER)
    left = (210 - grid.cols * grid.w) / 2
    first = child_kit.first_page("cards")
    checked = 0
    for front_page in range(first, child_kit.last_page("cards") + 1, 2):
        front = _card_slots(child_kit, front_page, grid, left)
        back = _card_slots(child_kit, front_page + 1, grid, left)
        assert front.keys() == back.keys() and front
        for number, (col, row) in front.items():
            assert back[number] == (grid.cols - 1 - col, row), number
            checked += 1
    assert checked == child_kit.kit.cards


def _card_slots(built: BuiltKit, page: int, grid: Grid, left: float) -> dict[int, tuple[int, int]]:
    """Card number → (column, row) where "第 N 题" is printed on ``page``."""
    html = built.text("-bbox", first=page)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)
    slots = {}
    for i, (x, y, word) in enumerate(words):
        if word == "第" and i + 2 < len(words) and words[i + 2][2] == "题" and words[i + 1][2].isdigit():
            x_mm, y_mm = float(x) * 25.4 / 72, float(y) * 25.4 / 72
            slots[int(words[i + 1][2])] = (int((x_mm - left) // grid.w), int((y_mm - grid.top) // grid.h))
    return slots


def test_text_extraction_finds_every_question(adult_cards: BuiltKit, child_kit: BuiltKit) -> None:
    content = load_bundled()
    squeeze = re.compile(r"\s+")
    for built, level in ((adult_cards, "adult"), (child_kit, "child")):
        text = squeeze.sub("", built.text("-raw"))
        cards = question_cards(content, content.board(), "national", level)
        missing = [c.question.id for c in cards if squeeze.sub("", c.question.prompt("zh")) not in text]
        assert not missing, f"{level}: {len(missing)} questions not found as text, e.g. {missing[:5]}"


def test_fonts_are_embedded_as_subsets(child_kit: BuiltKit) -> None:
    fonts = subprocess.run(["pdffonts", str(child_kit.path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5:-3] == ["yes", "yes"] for row in rows), fonts
    assert all("+NotoSansCJK" in row[0] for row in rows)


def test_the_full_kit_stays_small(child_kit: BuiltKit, adult_cards: BuiltKit) -> None:
    assert len(child_kit.kit.pdf) < 15_000_000 and len(adult_cards.kit.pdf) < 15_000_000


def test_a_shanghai_kit_says_wet_and_dry_and_follows_shanghai(shanghai_kit: BuiltKit) -> None:
    text = shanghai_kit.text()
    assert "湿垃圾" in text and "干垃圾" in text
    rules = shanghai_kit.text(first=shanghai_kit.first_page("rules"), last=shanghai_kit.last_page("rules"))
    assert "请说出至少三个湿垃圾" in rules and "请说出至少三个厨余垃圾" not in rules  # the squares' own words
    key = shanghai_kit.text("-raw", first=shanghai_kit.first_page("key"), last=shanghai_kit.last_page("key"))
    # The answers are worded with Shanghai's names, never the national ones.
    assert "1 湿垃圾" in key and "4 干垃圾" in key
    assert "1 厨余垃圾" not in key and "4 其他垃圾" not in key
    sorting = shanghai_kit.text(first=shanghai_kit.first_page("sorting"))
    assert "湿垃圾" in sorting and "厨余垃圾" not in sorting


def test_no_disputed_item_on_a_child_card() -> None:
    content = load_bundled()
    for region in ("national", "shanghai", "shenzhen", "guangzhou"):
        disputed = disputed_names(content.dictionary)
        for card in question_cards(content, content.board(), region, "child"):
            assert card.question.difficulty == 1
            assert not involves(card.question, disputed), (region, card.question.id)
        items = sorting_items(content.dictionary, region)
        assert all(len(item.accepted_in(region)) == 1 for item in items)
        per_bin = Counter(item.category_in(region) for item in items)
        assert len(per_bin) == 4 and all(6 <= count <= PER_BIN for count in per_bin.values()), (region, per_bin)


def test_child_cards_carry_pinyin_and_pictures(child_kit: BuiltKit) -> None:
    first = child_kit.first_page("cards")
    front = child_kit.text(first=first)
    assert "yīng gāi" in front  # 应该, over the characters
    assert "fenleiqi" not in front
    sorting = child_kit.text(first=child_kit.first_page("sorting"))
    assert "xiāng jiāo pí" in sorting and "香蕉皮" in sorting
    images = subprocess.run(["pdfimages", "-list", str(child_kit.path)], capture_output=True, text=True)
    # The pictures are vectors (SVG drawn as paths), so no raster image is embedded at all.
    assert images.returncode != 0 or len(images.stdout.splitlines()) <= 2


def test_the_safe_margin_is_at_least_what_home_printers_need() -> None:
    assert SAFE_MARGIN >= PRINTER_MARGIN_MM


def test_each_tile_shows_its_own_part_of_the_poster(child_kit: BuiltKit) -> None:
    """Square n's number is printed on every tile whose window holds the top of square n, at the
    place the poster puts it (found by a review: on three tiles the words were scattered)."""
    tiles = Tiles.a4()
    board = load_bundled().board()
    layout = poster_layout(len(board.squares), tiles.poster)
    seen: set[int] = set()
    for tile in range(tiles.rows * tiles.cols):
        page = 1 + 2 * tile  # each tile has a blank back
        row, col = divmod(tile, tiles.cols)
        dx, dy = tiles.offset(row, col)
        left, top = SAFE_MARGIN, SAFE_MARGIN + 9.0
        window = (left, top, left + tiles.window[0], top + tiles.window[1])
        numbers = {(w, (x0 + x1) / 2, (y0 + y1) / 2) for x0, y0, x1, y1, w in child_kit.words(page) if w.isdigit()}
        for number in range(1, board.finish):
            cx, cy = layout.centre(number)
            corner = (cx - layout.side / 2 + dx, cy - layout.side / 2 + dy)  # the number is at the top left
            inside = window[0] + 3 < corner[0] and corner[0] + 8 < window[2] and window[1] < corner[1] + 2
            if not inside or corner[1] + 8 > window[3]:
                continue
            near = [
                (x, y)
                for w, x, y in numbers
                if w == str(number) and abs(x - corner[0] - 4) < 8 and abs(y - corner[1] - 4) < 8
            ]
            assert near, f"tile {page}: square {number} is not where the poster puts it"
            seen.add(number)
    assert seen == set(range(1, board.finish))


def test_card_text_stays_inside_its_card(adult_cards: BuiltKit, child_kit: BuiltKit) -> None:
    """No word of a card runs over its cut line into the next card or off the sheet."""
    grid = Grid.fill(2, 4, 210, 297, HEADER)
    left = (210 - grid.cols * grid.w) / 2
    for built in (adult_cards, child_kit):
        first = built.first_page("cards")
        for page in range(first, built.last_page("cards") + 1):
            for x0, y0, x1, y1, word in built.words(page):
                if y1 < grid.top:
                    continue  # the note over the cards
                col, row = int((x0 + 0.2 - left) // grid.w), int((y0 + 0.2 - grid.top) // grid.h)
                cell = (left + col * grid.w, grid.top + row * grid.h)
                assert x1 <= cell[0] + grid.w + 0.3 and y1 <= cell[1] + grid.h + 0.3, (page, word)


def test_a_which_bin_card_does_not_name_its_bin_on_the_front() -> None:
    """The front of a classify card lists the four bins once each, as choices, and marks no bin
    (a review found the right bin in its corner)."""
    content = load_bundled()
    cards = [
        c for c in question_cards(content, content.board(), "national", "adult") if c.question.type.value == "classify"
    ]
    sheet = Sheet()
    draw_question_cards(sheet, cards[:1], content.region(), "adult", "zh", {}, single_sided=True)
    text = _pdf_text(sheet.output())
    for category in CATEGORY_ORDER:
        assert text.count(category.national_name) == 1, (category, text)
    assert "分类题" in text
    duplex = Sheet()
    draw_question_cards(duplex, cards[:1], content.region(), "adult", "zh", {})
    back = _pdf_text(duplex.output()).split("\f")[1]
    answer = cards[0].question.answer.national_name  # type: ignore[union-attr]
    assert back.count(answer) == 2  # the bin the card is about, in the corner, and the answer


def test_pictures_are_drawn(child_kit: BuiltKit) -> None:
    assert child_kit.kit.pictures > 100 and child_kit.kit.unreadable == ()


def test_single_sided_prints_no_backs_and_adds_the_key(single_sided: BuiltKit) -> None:
    kit = single_sided.kit
    assert kit.key_added and "key" in kit.pages
    content = load_bundled()
    cards = question_cards(content, content.board(), "national", "child")
    assert kit.count("cards") == math.ceil(len(cards) / 8)  # fronts only
    assert kit.total == sum(kit.count(part) for part in kit.pages)  # no blank pages
    text = single_sided.text()
    assert "单面打印：答案在答案表里" in text and "背面就是答案" not in text
    key = single_sided.text(first=single_sided.first_page("key"), last=single_sided.last_page("key"))
    assert "分类卡答案" in key and "香蕉皮" in key
