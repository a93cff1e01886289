"""The name-items judge: splitting, normalising, aliases, duplicates, wrong bins, unknown words."""

from __future__ import annotations

import pytest

from game.categories import Category
from game.content.dictionary import ItemDictionary
from game.content.models import GenericItem, Item, RegionalRule
from game.engine.judge import NamingVerdict, WrongBin, judge_items, split_answer
from tests.engine.builders import ITEMS, OTHER, K, R

DICTIONARY = ItemDictionary(ITEMS)


def judge(text: str, category: Category = K, needed: int = 2, region: str | None = None) -> NamingVerdict:
    return judge_items(text, category, DICTIONARY, region, needed)


@pytest.mark.parametrize(
    "text",
    [
        "香蕉皮，苹果核",
        "香蕉皮、苹果核",
        "香蕉皮,苹果核",
        "香蕉皮；苹果核",
        "香蕉皮;苹果核",
        "香蕉皮 苹果核",
        "香蕉皮\u3000苹果核",
        "香蕉皮\n苹果核",
        "香蕉皮和苹果核",
        "香蕉皮与苹果核",
        "香蕉皮 和 苹果核",
        "香蕉皮以及苹果核",
        "  香蕉皮。苹果核！ ",
    ],
)
def test_every_separator_splits(text: str) -> None:
    verdict = judge(text)
    assert verdict.counted == ("香蕉皮", "苹果核") and verdict.passed
    assert verdict.unknown == () and verdict.wrong_bin == ()


def test_aliases_and_surrounding_words_count() -> None:
    verdict = judge("苹果芯、剩米饭、吃剩的香蕉皮儿", needed=3)
    assert verdict.counted == ("苹果核", "剩饭", "香蕉皮") and verdict.passed


def test_full_width_and_case_are_forgiven() -> None:
    dictionary = ItemDictionary([*ITEMS, Item("PET瓶", (), R, "塑料可以再生。")])
    verdict = judge_items("ｐｅｔ瓶，报纸", R, dictionary, needed=2)
    assert verdict.counted == ("PET瓶", "旧报纸")


def test_duplicates_count_once_even_through_different_aliases() -> None:
    verdict = judge("香蕉皮、香蕉皮儿、香蕉皮子、香蕉皮")
    assert verdict.counted == ("香蕉皮",) and not verdict.passed
    assert verdict.repeated == ("香蕉皮儿", "香蕉皮子", "香蕉皮")


def test_items_of_another_bin_name_the_right_bin_and_the_reason() -> None:
    verdict = judge("香蕉皮、纽扣电池、报纸、报纸")
    assert verdict.counted == ("香蕉皮",)
    assert verdict.wrong_bin == (
        WrongBin("纽扣电池", "纽扣电池", Category.HAZARDOUS, "含重金属。"),
        WrongBin("报纸", "旧报纸", Category.RECYCLABLE, "纸张可以再造。"),
    )
    assert not verdict.passed


def test_unknown_words_are_listed_once() -> None:
    verdict = judge("香蕉皮，飞碟，飞碟，Ｕｆｏ，ufo")
    assert verdict.unknown == ("飞碟", "Ufo")


def test_an_empty_answer() -> None:
    for text in ("", "   ", "，、；\n", "和"):
        verdict = judge(text)
        assert verdict.counted == verdict.unknown == verdict.repeated == () and verdict.wrong_bin == ()
        assert not verdict.passed
    assert judge("", needed=0).passed


def test_the_region_decides_the_bin() -> None:
    national = judge("大骨头", category=K, needed=1)
    shenzhen = judge("大骨头", category=K, needed=1, region="shenzhen")
    assert national.wrong_bin[0].category is OTHER and not national.passed
    assert shenzhen.counted == ("大骨头",) and shenzhen.passed


def test_a_joining_word_inside_an_item_name_is_not_split() -> None:
    dictionary = ItemDictionary([*ITEMS, Item("和田玉碎片", (), OTHER, "玉石不能回收。")])
    assert split_answer("和田玉碎片、香蕉皮和苹果核", dictionary) == ["和田玉碎片", "香蕉皮", "苹果核"]
    assert split_answer("西瓜和桃子", dictionary) == ["西瓜和桃子"]  # neither is known: kept whole


def test_any_bin_when_the_square_names_none() -> None:
    verdict = judge_items("香蕉皮、报纸", None, DICTIONARY, None, 2)
    assert verdict.passed and verdict.category is None


def test_verdicts_round_trip_through_dicts() -> None:
    verdict = judge("香蕉皮、纽扣电池、飞碟、香蕉皮儿")
    assert NamingVerdict.from_dict(verdict.to_dict()) == verdict
    assert verdict.to_dict()["passed"] is False


def test_an_english_name_with_a_space_is_one_item() -> None:
    from game.content.loader import load_bundled

    dictionary = load_bundled().dictionary
    verdict = judge_items("banana peel, apple core", Category.KITCHEN, dictionary, "national", 2)
    assert verdict.counted == ("香蕉皮", "苹果核") and verdict.unknown == ()
    assert split_answer("香蕉皮 苹果核  剩饭", dictionary) == ["香蕉皮", "苹果核", "剩饭"]


# -- generic words and disputed items ---------------------------------------------------------------

GENERIC_DICTIONARY = ItemDictionary(
    [
        Item("普通干电池", ("5号电池",), OTHER, "不含汞。"),
        Item("充电电池", (), Category.HAZARDOUS, "含重金属。"),
        Item("纽扣电池", (), Category.HAZARDOUS, "含汞。"),
        Item("大骨头", (), OTHER, "太硬。", overrides=(RegionalRule("shenzhen", (OTHER, K), "深圳指引"),)),
        Item("香蕉皮", (), K, "会烂。"),
    ],
    [GenericItem("电池", ("battery",), ("普通干电池", "充电电池", "纽扣电池"), "要看是哪种电池。")],
)


def test_a_generic_word_is_not_counted_and_names_the_kinds_that_would_count() -> None:
    verdict = judge_items("电池、香蕉皮", Category.HAZARDOUS, GENERIC_DICTIONARY, needed=1)
    assert verdict.counted == () and not verdict.passed and verdict.unknown == ()
    (unclear,) = verdict.unclear
    assert unclear.word == "电池" and unclear.counting == ("充电电池", "纽扣电池") and unclear.reason
    assert [w.item for w in verdict.wrong_bin] == ["香蕉皮"]
    again = NamingVerdict.from_dict(verdict.to_dict())
    assert again == verdict


def test_a_generic_word_in_english_and_a_kind_named_plainly() -> None:
    verdict = judge_items("battery, 纽扣电池", Category.HAZARDOUS, GENERIC_DICTIONARY, needed=1)
    assert verdict.counted == ("纽扣电池",) and verdict.passed and verdict.unclear[0].word == "电池"


def test_a_disputed_item_counts_for_either_bin_where_sources_disagree() -> None:
    shenzhen_kitchen = judge_items("大骨头", K, GENERIC_DICTIONARY, region="shenzhen", needed=1)
    national_kitchen = judge_items("大骨头", K, GENERIC_DICTIONARY, needed=1)
    assert shenzhen_kitchen.passed and not national_kitchen.passed


def test_a_verdict_saved_before_generic_words_existed_still_loads() -> None:
    data = judge("香蕉皮", needed=1).to_dict()
    del data["unclear"]
    assert NamingVerdict.from_dict(data).unclear == ()
