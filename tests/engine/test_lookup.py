"""Quick look-up during a game: "which bin is X?" — a hint in the learning record."""

from __future__ import annotations

import json

import pytest

from game.categories import Category
from game.engine import (
    GameSetup,
    IllegalAction,
    LookedUp,
    Lookup,
    PlayerSpec,
    Reason,
    Roll,
    action_from_dict,
    action_to_dict,
    learning_report,
    load_game,
    new_game,
    replay,
    save_game,
)
from tests.engine.builders import content

CONTENT = content()


def test_lookup_answers_from_the_dictionary_and_counts_as_a_hint_for_any_person_at_any_time() -> None:
    game = new_game(CONTENT, GameSetup((PlayerSpec("甲"), PlayerSpec("乙")), region="shenzhen"), 1)
    before = (game.current, game.phase)
    events = game.apply(Lookup(1, "猪大骨"))  # not seat 1's turn: still legal
    assert events == [LookedUp(1, "猪大骨", "大骨头", Category.KITCHEN, ())]
    assert (game.current, game.phase) == before
    unknown = game.apply(Lookup(1, "香蕉"))[0]
    assert isinstance(unknown, LookedUp) and unknown.item is None and "香蕉皮" in unknown.suggestions
    game.apply(Lookup(1, "大骨头"))
    report = learning_report(game)[1]
    assert report.hints == 3 and report.looked_up == ("大骨头",)
    assert learning_report(game)[0].hints == 0
    game.apply(Roll(0))
    assert load_game(json.loads(json.dumps(save_game(game))), CONTENT) == game
    assert replay(game.seed, game.setup, game.state.log, CONTENT) == game


def test_lookup_is_refused_for_bot_seats_bad_text_unknown_seats_and_after_the_game() -> None:
    game = new_game(CONTENT, GameSetup.of("甲", bots=1), 1)
    for action, reason in (
        (Lookup(1, "香蕉皮"), Reason.BOT_SEAT),
        (Lookup(5, "香蕉皮"), Reason.NO_SUCH_PLAYER),
        (Lookup(0, 3), Reason.NOT_AN_ACTION),  # type: ignore[arg-type]
    ):
        with pytest.raises(IllegalAction) as error:
            game.apply(action)
        assert error.value.reason is reason
    assert game.state.log == []


def test_lookup_round_trips_as_a_dict() -> None:
    assert action_from_dict(action_to_dict(Lookup(0, "纸巾"))) == Lookup(0, "纸巾")
    with pytest.raises(ValueError):
        action_from_dict({"type": "lookup", "player": 0, "text": 1})
