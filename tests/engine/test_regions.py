"""Regions: a classify question about a disputed item is judged by the chosen region's rule."""

from __future__ import annotations

from game.categories import CATEGORY_ORDER
from game.content.loader import load_bundled
from game.engine import Answer, Answered, GameSetup, PlayerSpec, Roll, learning_report, new_game
from game.engine.game import Game
from tests.engine.builders import OTHER, QUESTIONS, K, ScriptedRng, board, content

TRACK = board(30, {n: {"kind": "question", "category": "other", "types": ["classify"]} for n in range(1, 30)})


def game_in(region: str, questions=QUESTIONS) -> Game:  # type: ignore[no-untyped-def]
    return new_game(content(TRACK, questions=questions), GameSetup((PlayerSpec("小明"),), region=region), 1)


def test_region_switch_changes_answers_only_for_overridden_items() -> None:
    national, shenzhen = game_in("national"), game_in("shenzhen")
    for question in national.questions:
        item = national.dictionary.find(getattr(question, "item", "")) if hasattr(question, "item") else None
        same = national.correct_choice(question) == shenzhen.correct_choice(question)
        if item is not None and item.disputed and question.region is None:
            assert not same, question.id
            assert shenzhen.correct_choice(question) == CATEGORY_ORDER.index(K)
            assert national.correct_choice(question) == question.correct_choice  # national unchanged
            assert shenzhen.differences(question) == (("national", OTHER),)
            assert national.differences(question) == (("shenzhen", K),)
        else:
            assert same and national.correct_choice(question) == question.correct_choice, question.id
            assert national.differences(question) == () == shenzhen.differences(question)


def test_the_answered_event_judges_by_the_region_and_says_how_other_cities_differ() -> None:
    bones = [q for q in QUESTIONS if q.id == "o2"]
    for region, right_bin in (("national", OTHER), ("shenzhen", K)):
        game = game_in(region, bones)
        game.state.rng = ScriptedRng(1, rolls=[1])
        game.apply(Roll(0))
        assert game.question is not None and game.question.id == "o2"
        events = game.apply(Answer(0, CATEGORY_ORDER.index(right_bin)))
        answered = next(e for e in events if isinstance(e, Answered))
        assert answered.right and answered.correct == CATEGORY_ORDER.index(right_bin)
        assert answered.differences == ((("shenzhen", K),) if region == "national" else (("national", OTHER),))
        assert learning_report(game)[0].region == region


def test_bundled_regions_change_only_disputed_items() -> None:
    bundled = load_bundled()
    games = {r.key: new_game(bundled, GameSetup.of("A", region=r.key), 1) for r in bundled.regions}
    national = games["national"]
    for key, game in games.items():
        for question in game.questions:
            if question.region is not None:
                continue
            item = bundled.dictionary.find(getattr(question, "item", "") or "\0")
            if national.correct_choice(question) != game.correct_choice(question):
                assert item is not None and item.disputed, (key, question.id)


def test_region_profiles_name_the_other_cities() -> None:
    game = game_in("shenzhen")
    national = game.region_profile("national")
    assert national is not None and national.name == "全国"
    shenzhen = game.region_profile("shenzhen")
    assert shenzhen is not None and shenzhen.key == "shenzhen"
    assert game.region_profile("atlantis") is None


def test_where_sources_disagree_either_answer_is_right() -> None:
    from dataclasses import replace

    from game.content.dictionary import ItemDictionary
    from game.content.models import RegionalRule

    base = content(TRACK)
    disputed = tuple(
        replace(item, overrides=(RegionalRule("shenzhen", (OTHER, K), "深圳指引（2020）", "说法不一"),))
        if item.name == "大骨头"
        else item
        for item in base.dictionary.items
    )
    source = replace(base, questions=tuple(q for q in QUESTIONS if q.id == "o2"), dictionary=ItemDictionary(disputed))
    for choice in (OTHER, K):
        game = new_game(source, GameSetup((PlayerSpec("小明"),), region="shenzhen"), 1)
        game.state.rng = ScriptedRng(1, rolls=[1])
        game.apply(Roll(0))
        assert game.question is not None
        assert game.also_right(game.question) == (CATEGORY_ORDER.index(K),)
        answered = next(e for e in game.apply(Answer(0, CATEGORY_ORDER.index(choice))) if isinstance(e, Answered))
        assert answered.right and answered.correct == CATEGORY_ORDER.index(OTHER)
        assert answered.also_right == (CATEGORY_ORDER.index(K),)
    national = new_game(source, GameSetup((PlayerSpec("小明"),), region="national"), 1)
    national.state.rng = ScriptedRng(1, rolls=[1])
    national.apply(Roll(0))
    assert national.question is not None and national.also_right(national.question) == ()
    answered = next(e for e in national.apply(Answer(0, CATEGORY_ORDER.index(K))) if isinstance(e, Answered))
    assert not answered.right


def test_a_region_with_its_own_bin_names_hears_them_in_explanations() -> None:
    bundled = load_bundled()
    shanghai = new_game(bundled, GameSetup.of("A", region="shanghai"), 1)
    national = new_game(bundled, GameSetup.of("A"), 1)
    question = next(q for q in shanghai.questions if "厨余垃圾" in q.explain)
    assert "厨余垃圾" in national.explanation(question, 0, "zh")
    said = shanghai.explanation(question, 0, "zh")
    assert "厨余垃圾" not in said and "湿垃圾" in said
    assert shanghai.localise("纸巾是其他垃圾") == "纸巾是干垃圾"
