"""The bundled content is complete, correct by the project's own checks, and teaches the classics."""

from __future__ import annotations

from collections import Counter

import pytest

from game.categories import CATEGORY_ORDER, Category
from game.content.bundled import content_dirs
from game.content.loader import Content, check_paths, load_bundled
from game.content.models import ClassifyQuestion, SquareKind
from game.content.wording import disputed_names
from game.content.yamlsource import read_file
from game.engine.levels import involves


@pytest.fixture(scope="module")
def content() -> Content:
    return load_bundled()


def test_bundled_content_has_no_errors_or_warnings() -> None:
    result = check_paths()
    assert [p.format("en") for p in result.problems] == []


def test_question_bank_size_and_spread(content: Content) -> None:
    assert len(content.questions) >= 240
    per_category = Counter(q.category for q in content.questions)
    assert all(per_category[c] >= 60 for c in CATEGORY_ORDER), per_category
    per_level = Counter((q.category, q.difficulty) for q in content.questions)
    assert all(per_level[(c, level)] >= 10 for c in CATEGORY_ORDER for level in (1, 2, 3)), per_level
    assert {q.type for q in content.questions} == {"classify", "choice", "truefalse"}
    assert all(q.explain.strip() for q in content.questions)


def test_dictionary_size_and_reasons(content: Content) -> None:
    assert len(content.dictionary) >= 400
    assert all(item.reason.strip() for item in content.dictionary)
    per_category = Counter(item.category for item in content.dictionary)
    assert all(per_category[c] >= 60 for c in CATEGORY_ORDER), per_category


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("大骨头", Category.OTHER),
        ("鱼骨头", Category.KITCHEN),
        ("普通干电池", Category.OTHER),
        ("纽扣电池", Category.HAZARDOUS),
        ("充电电池", Category.HAZARDOUS),
        ("用过的纸巾", Category.OTHER),
        ("一次性纸杯", Category.OTHER),
        ("节能灯", Category.HAZARDOUS),
        ("过期药品", Category.HAZARDOUS),
        ("陶瓷碗", Category.OTHER),
        ("干净的牛奶盒", Category.RECYCLABLE),
        ("香蕉皮", Category.KITCHEN),
        ("茶叶渣", Category.KITCHEN),
        ("茶包", Category.OTHER),
    ],
)
def test_classic_confusions_are_in_the_dictionary(content: Content, name: str, category: Category) -> None:
    item = content.dictionary.find(name)
    assert item is not None, name
    assert item.category is category


def test_city_differences_are_recorded(content: Content) -> None:
    big_bone = content.dictionary.find("大骨头")
    dry_battery = content.dictionary.find("普通干电池")
    # No primary Shenzhen source settles either item: both answers count there, and both are sourced.
    assert big_bone is not None and set(big_bone.accepted_in("shenzhen")) == {Category.OTHER, Category.KITCHEN}
    assert dry_battery is not None and set(dry_battery.accepted_in("shenzhen")) == {Category.OTHER, Category.HAZARDOUS}
    assert all(rule.source for item in content.dictionary for rule in item.overrides)


def test_classic_confusions_are_asked(content: Content) -> None:
    asked = " ".join(
        q.item if isinstance(q, ClassifyQuestion) else q.prompt("zh") + " ".join(getattr(q, "options", ()))
        for q in content.questions
    )
    for word in ("大骨头", "纽扣电池", "纸巾", "纸杯", "节能灯", "过期药", "陶瓷", "牛奶盒"):
        assert word in asked, word


def test_classic_board_is_faithful_to_the_seed_game(content: Content) -> None:
    board = content.board("classic")
    assert board.size == 50 and board.name == "垃圾分类知识竞赛棋"
    teaching = [s for s in board.squares[1:-1] if s.kind is not SquareKind.PLAIN]
    assert len(teaching) == 49  # every step teaches something
    seed = [s for s in board.squares if s.text == "请说出至少三个厨余垃圾"]
    assert len(seed) == 1 and seed[0].kind is SquareKind.NAME_ITEMS
    assert seed[0].category is Category.KITCHEN and seed[0].count == 3
    kinds = Counter(s.kind for s in board.squares)
    for kind in (
        SquareKind.QUESTION,
        SquareKind.NAME_ITEMS,
        SquareKind.JUMP,
        SquareKind.SKIP,
        SquareKind.ROLL_AGAIN,
        SquareKind.TIP,
    ):
        assert kinds[kind] >= 2, kind
    forward = [s for s in board.squares if s.kind is SquareKind.JUMP and s.to and s.to > s.number]
    backward = [s for s in board.squares if s.kind is SquareKind.JUMP and s.to is not None and s.to < s.number]
    assert forward and backward


def test_every_bundled_file_names_its_source() -> None:
    for folder in content_dirs():
        for path in sorted(folder.glob("*.yaml")):
            doc, problems = read_file(path)
            assert not problems
            assert isinstance(doc.get("source"), str) and doc["source"].strip(), path


def test_regions_include_national_and_shanghai(content: Content) -> None:
    assert content.region("national").category_name(Category.KITCHEN) == "厨余垃圾"
    shanghai = content.region("shanghai")
    assert [shanghai.category_name(c) for c in CATEGORY_ORDER] == ["湿垃圾", "可回收物", "有害垃圾", "干垃圾"]
    assert {r.key for r in content.regions} >= {"national", "shanghai", "beijing", "shenzhen", "guangzhou", "hohhot"}


def test_disputed_items_never_appear_at_the_easiest_level(content: Content) -> None:
    disputed = [item for item in content.dictionary if item.disputed]
    assert disputed  # big bones, dry batteries … differ between cities
    names = disputed_names(content.dictionary)
    for question in content.questions:
        if question.difficulty == 1:
            assert not involves(question, names), f"{question.id} mentions a disputed item"


def test_shanghai_names_never_make_a_sentence_about_names_nonsense() -> None:
    """In a Shanghai game the bins are 湿垃圾 and 干垃圾 everywhere, except in a sentence about the
    names themselves ("在上海，厨余垃圾被叫做湿垃圾") or about the national standard."""
    from game.content.loader import load_bundled

    content = load_bundled()
    shanghai = content.region("shanghai")
    question = next(q for q in content.questions if q.id == "k2-tf-shanghai-wet-waste")
    assert shanghai.localise(question.prompt("zh")) == question.prompt("zh")  # 厨余垃圾被叫做“湿垃圾”
    battery = content.dictionary.generic("电池")
    assert battery is not None and "按国家标准是其他垃圾" in shanghai.localise(battery.reason)
    assert shanghai.localise("果皮是厨余垃圾。") == "果皮是湿垃圾。"
