"""Actions, events, set-ups and records as plain values and JSON."""

from __future__ import annotations

import json

import pytest

from game.categories import Category
from game.content.models import SquareKind
from game.engine import (
    Answer,
    BotMove,
    ItemsNamed,
    Judge,
    Landed,
    MoveCause,
    Moved,
    NameItems,
    QuestionAsked,
    Reason,
    Roll,
    Won,
    action_from_dict,
    action_to_dict,
    event_to_dict,
    judge_items,
)
from game.engine.actions import IllegalAction, Refusal
from game.engine.state import GameSetup, PlayerRecord, PlayerSpec
from tests.engine.builders import ITEMS, K


@pytest.mark.parametrize("action", [Roll(0), Answer(2, 3), NameItems(1, "香蕉皮、苹果核"), Judge(0, False), BotMove(5)])
def test_actions_round_trip_through_json(action: object) -> None:
    data = json.loads(json.dumps(action_to_dict(action)))  # type: ignore[arg-type]
    assert action_from_dict(data) == action


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"type": "roll"},
        {"type": "fly", "player": 0},
        {"type": "roll", "player": "0"},
        {"type": "roll", "player": True},
        {"type": "roll", "player": 0, "extra": 1},
        {"type": "answer", "player": 0},
        {"type": "answer", "player": 0, "choice": "1"},
        {"type": "name_items", "player": 0, "text": 3},
        {"type": "judge", "player": 0, "accept": "yes"},
    ],
)
def test_bad_action_data_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        action_from_dict(data)


def test_events_as_dicts() -> None:
    from game.content.dictionary import ItemDictionary

    verdict = judge_items("香蕉皮", K, ItemDictionary(ITEMS), None, 1)
    assert event_to_dict(Moved(0, 1, 4, MoveCause.ROLL)) == {
        "event": "moved",
        "player": 0,
        "start": 1,
        "end": 4,
        "cause": "roll",
        "via": -1,
    }
    assert event_to_dict(Landed(1, 3, SquareKind.JUMP))["kind"] == "jump"
    assert event_to_dict(Won(1, (1, 0)))["podium"] == [1, 0]
    assert event_to_dict(QuestionAsked(0, 2, "k1", 4, Category.KITCHEN))["category"] == "kitchen"
    named = event_to_dict(ItemsNamed(0, "香蕉皮", verdict))
    assert named["verdict"]["counted"] == ["香蕉皮"]
    json.dumps(named)


def test_paths_for_animation() -> None:
    assert Moved(0, 3, 6, MoveCause.ROLL).path == (4, 5, 6)
    assert Moved(0, 6, 3, MoveCause.WRONG).path == (5, 4, 3)
    assert Moved(0, 8, 7, MoveCause.ROLL, via=10).path == (9, 10, 9, 8, 7)


def test_refusals_and_reasons() -> None:
    error = IllegalAction(Reason.CHOICE_OUT_OF_RANGE, Answer(0, 9), "choices are 0..3")
    assert error.reason is Reason.CHOICE_OUT_OF_RANGE and error.action == Answer(0, 9)
    assert "choices are 0..3" in str(error)
    assert str(Refusal(Reason.GAME_OVER, Roll(0))) == "game_over: Roll(player=0)"
    for reason in Reason:
        assert reason.explain("zh") and reason.explain("en")


def test_setups_and_records_round_trip() -> None:
    setup = GameSetup(
        (PlayerSpec("小明"), PlayerSpec("电脑", True, 0.25)),
        board="x",
        difficulty=(1, 2),
        region="shanghai",
        round_limit=9,
    )
    assert GameSetup.from_dict(json.loads(json.dumps(setup.to_dict()))) == setup
    record = PlayerRecord({"kitchen": 2}, {"kitchen": 1}, ["q1"], {"other": 1}, {}, ["香蕉皮"], ["纸巾"])
    assert PlayerRecord.from_dict(json.loads(json.dumps(record.to_dict()))) == record
    for bad in (None, {"players": []}, {**setup.to_dict(), "difficulty": [1]}, {**setup.to_dict(), "board": 3}):
        with pytest.raises(ValueError):
            GameSetup.from_dict(bad)
    for bad in (None, {**record.to_dict(), "asked": {"kitchen": -1}}, {**record.to_dict(), "named": [1]}):
        with pytest.raises(ValueError):
            PlayerRecord.from_dict(bad)
    for bad in (None, {"name": "a", "bot": 1, "p_correct": 0.5}, {"name": "a", "bot": True, "p_correct": True}):
        with pytest.raises(ValueError):
            PlayerSpec.from_dict(bad)
