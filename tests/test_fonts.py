"""The bundled CJK font draws every character of the bundled content, and pygame really uses it."""

from __future__ import annotations

import os
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.categories import CATEGORY_ORDER
from game.content.fonts import bundled_font_path
from game.content.loader import load_bundled
from game.content.models import ChoiceQuestion, ClassifyQuestion, Question

RARE = chr(0x20000)  # 𠀀, CJK Extension B: in neither GB 2312 nor the 通用规范汉字表, so not in the subset

#: The 8105 characters of the 通用规范汉字表 (serial, level, character a line), which the subset keeps.
TONGYONG_LIST = Path(__file__).resolve().parents[1] / "assets" / "fonts" / "tongyong-guifan-hanzi-8105.txt"
#: Characters of that list that Noto Sans CJK SC 2.004 (the source font) lacks: none.
NOTO_LACKS = ""
#: Given-name characters outside GB 2312 that an earlier subset lacked (issue #13).
ISSUE_13_NAMES = "玥珺堃喆祎彧璟晞"
#: More characters of children's given names, in GB 2312 and outside it (旻 瑄 芃 玹 禛 翀 垚 赟).
COMMON_NAME_CHARS = "昊梓涵睿轩萱琪妍婧瑾琳浩宇欣怡诗泽铭嘉馨悦晨煜昕钰翊楠皓瑶婷珩暄旻瑄芃玹禛翀垚赟"


def _question_strings(question: Question) -> Iterator[tuple[str, str]]:
    where = f"question {question.id} ({question.origin})"
    for lang in ("zh", "en"):
        yield where, question.prompt(lang)
        yield where, question.explain_in(lang)
    yield where, question.text
    yield where, question.text_en
    yield where, question.explain
    yield where, question.explain_en
    yield from ((where, tag) for tag in question.tags)
    if isinstance(question, ClassifyQuestion):
        yield where, question.item
    if isinstance(question, ChoiceQuestion):
        yield from ((where, option) for option in question.options)


def content_strings() -> Iterator[tuple[str, str]]:
    """(where, text) for every player-visible string of the bundled content."""
    content = load_bundled()
    for board in content.boards:
        where = f"board {board.name_en or board.name} ({board.origin})"
        yield where, board.name
        yield where, board.name_en
        for square in board.squares:
            square_where = f"board {board.name_en or board.name} square {square.number} ({square.origin})"
            yield square_where, square.text
            yield square_where, square.text_en
            yield square_where, square.right.describe("zh")
            yield square_where, square.wrong.describe("zh")
    for question in content.questions:
        yield from _question_strings(question)
    for item in content.dictionary:
        where = f"item {item.name} ({item.origin})"
        yield where, item.name
        yield from ((where, alias) for alias in item.aliases)
        yield where, item.reason
        yield where, item.en
    for region in (*content.regions, content.region("national")):
        where = f"region {region.key} ({region.origin})"
        yield where, region.name
        yield where, region.name_en
        yield from ((where, region.category_name(c, lang)) for c in CATEGORY_ORDER for lang in ("zh", "en"))


@pytest.fixture(scope="module")
def cmap() -> frozenset[int]:
    TTFont = pytest.importorskip("fontTools.ttLib").TTFont
    with TTFont(bundled_font_path(), lazy=True) as font:
        return frozenset(font.getBestCmap())


def test_the_walk_reaches_every_kind_of_content() -> None:
    places = {where.split(" ")[0] for where, _ in content_strings()}
    assert places == {"board", "question", "item", "region"}


def test_font_has_every_character_of_the_bundled_content(cmap: frozenset[int]) -> None:
    missing: dict[str, list[str]] = defaultdict(list)
    for where, text in content_strings():
        for char in dict.fromkeys(text):
            if not char.isspace() and ord(char) not in cmap and where not in missing[char]:
                missing[char].append(where)
    lines = []
    for char, places in sorted(missing.items()):
        more = f" and {len(places) - 5} more" if len(places) > 5 else ""
        lines.append(f"  {char!r} U+{ord(char):04X} in {', '.join(places[:5])}{more}")
    report = "\n".join(lines)
    assert not missing, (
        f"the bundled font lacks {len(missing)} character(s) used in content:\n{report}\n"
        "regenerate it with tools/subset_font.py (see assets/fonts/README.md) or use another character"
    )


def tongyong_list() -> dict[str, int]:
    """The characters of the 通用规范汉字表 with their level, checked line by line."""
    chars: dict[str, int] = {}
    for line in TONGYONG_LIST.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        serial, level, char = line.split("\t")
        assert int(serial) == len(chars) + 1 and char not in chars, line
        chars[char] = int(level)
    return chars


def test_the_tongyong_list_has_8105_characters_in_three_levels() -> None:
    chars = tongyong_list()
    assert len(chars) == 8105
    assert Counter(chars.values()) == {1: 3500, 2: 3000, 3: 1605}
    assert list(chars.values()) == sorted(chars.values())  # levels in serial order: 0001-3500, 3501-6500, 6501-8105
    assert all(unicodedata.name(c).startswith("CJK UNIFIED IDEOGRAPH-") for c in chars)
    assert sum(1 for c in chars if ord(c) > 0xFFFF) == 196  # Extensions B-E, levels 2 and 3
    assert (next(iter(chars)), list(chars)[3499], list(chars)[3500], list(chars)[-1]) == ("一", "矗", "乂", "蠼")
    assert [c for c in ISSUE_13_NAMES + COMMON_NAME_CHARS if c not in chars] == []


def test_font_has_every_character_of_the_tongyong_list(cmap: frozenset[int]) -> None:
    missing = "".join(c for c in tongyong_list() if ord(c) not in cmap)
    assert missing == NOTO_LACKS, f"the bundled font lacks {len(missing)} of the 8105 characters: {missing}"


def test_font_has_the_characters_of_common_given_names(cmap: frozenset[int]) -> None:
    assert len(COMMON_NAME_CHARS) >= 30
    assert [c for c in ISSUE_13_NAMES + COMMON_NAME_CHARS if ord(c) not in cmap] == []


def test_font_keeps_ascii_punctuation_and_ui_symbols(cmap: frozenset[int]) -> None:
    wanted = [chr(c) for c in range(0x20, 0x7F)] + list("　、。，．！？：；（）「」『』《》【】“”‘’…—·→←↑↓✓×♻")
    assert [c for c in wanted if ord(c) not in cmap] == []


def test_font_is_small_and_licensed() -> None:
    TTFont = pytest.importorskip("fontTools.ttLib").TTFont
    path = bundled_font_path()
    assert path.stat().st_size < 2_500_000
    assert (path.parent / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE Version 1.1") == 1
    with TTFont(path, lazy=True) as font:
        assert font["name"].getDebugName(1) == "Noto Sans CJK SC"
        assert "Open Font License" in font["name"].getDebugName(13)


def test_pygame_draws_distinct_hanzi_with_the_bundled_font() -> None:
    assert os.environ.get("SDL_VIDEODRIVER") == "dummy"  # set by tests/conftest.py
    pygame = pytest.importorskip("pygame")
    pygame.font.init()
    font = pygame.font.Font(bundled_font_path(), 32)

    def pixels(text: str) -> bytes:
        surface = font.render(text, False, (0, 0, 0), (255, 255, 255))
        return bytes(pygame.image.tobytes(surface, "RGB")) + repr(surface.get_size()).encode()

    # The default font draws both as the same .notdef box; the bundled one draws two hanzi.
    assert pixels("垃") != pixels("圾")
    assert pixels("垃圾分类") != pixels(RARE * 4)
    # A character the font lacks comes out as the .notdef box, the same for any two of them.
    assert pixels(RARE) == pixels(chr(0x20001))
    assert pixels("垃") != pixels(RARE)
    # The given names of issue #13 are drawn, not boxes, and so is a level-3 character beyond the BMP.
    boxes = {pixels(RARE)}
    for char in ISSUE_13_NAMES + "𬌗":
        drawn = pixels(char)
        assert drawn not in boxes, f"{char!r} comes out as the .notdef box or as another character"
        boxes.add(drawn)
