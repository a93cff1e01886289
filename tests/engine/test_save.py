"""Save and load (mid-turn included), corrupted saves, replay from seed and actions."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from game.content.models import Effect
from game.engine import (
    Game,
    GameSetup,
    IllegalAction,
    NameItems,
    Phase,
    PlayerSpec,
    Roll,
    SaveError,
    bot_action,
    load_game,
    new_game,
    replay,
    replay_events,
    save_game,
)
from tests.engine.builders import QUESTIONS, board, content

BOARD = board(
    30,
    {
        2: {"kind": "question", "category": "kitchen"},
        3: {"kind": "name_items", "category": "kitchen", "count": 2, "text": "说出两个厨余垃圾"},
        5: {"kind": "skip", "text": "暂停"},
        7: {"kind": "roll_again", "text": "再掷"},
        9: {"kind": "jump", "to": 1, "text": "退"},
        11: {"kind": "question"},
        13: {"kind": "name_items", "category": "other", "count": 1, "text": "说出一个其他垃圾"},
    },
    right=Effect(move=2),
    wrong=Effect(move=-1, skip=1),
)
CONTENT = content(BOARD)
SETUP = GameSetup((PlayerSpec("人"), PlayerSpec("电脑", True, 0.5), PlayerSpec("人2")))


def step(game: Game) -> None:
    action = bot_action(game) or game.legal_actions()[game.state.current % len(game.legal_actions())]
    if isinstance(action, NameItems):
        action = NameItems(action.player, "剩饭、纸巾")
    game.apply(action)


def through_json(data: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    return loaded


def test_every_phase_saves_and_loads_to_an_equal_game() -> None:
    seen: set[Phase] = set()
    for seed in range(31, 41):
        game = new_game(CONTENT, SETUP, seed=seed)
        while not game.over:
            data = through_json(save_game(game))
            loaded = load_game(data, CONTENT)
            assert loaded == game and loaded.state == game.state
            assert save_game(loaded) == data
            seen.add(game.phase)
            step(game)
            step(loaded)
            assert loaded.state == game.state
        assert load_game(through_json(save_game(game)), CONTENT) == game
        if len(seen) == 4:
            break
    assert seen == {Phase.ROLL, Phase.ANSWER, Phase.NAME, Phase.VERDICT}


def mutate(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


@pytest.fixture(scope="module")
def midgame() -> dict[str, Any]:
    game = new_game(CONTENT, SETUP, seed=5)
    for _ in range(25):
        step(game)
    assert not game.over
    return through_json(save_game(game))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (mutate(["schema"], 3), "schema 3 is not supported"),
        (mutate(["schema"], 1), "older version of fenleiqi"),
        (mutate(["state", "reviews"], []), "one review list per player"),
        (mutate(["state", "reviews", 0], [["no-such-question", 4]]), "not a review of a known question"),
        (mutate(["state", "review"], True), "review is pending outside"),
        (mutate(["format"], "chess"), "not a fenleiqi saved game"),
        (mutate(["state"], KeyError), "missing keys"),
        (mutate(["state", "positions"], KeyError), "missing keys"),
        (mutate(["state", "positions", 0], 999), "positions"),
        (mutate(["state", "positions", 0], "1"), "positions"),
        (mutate(["state", "positions"], [0]), "positions"),
        (mutate(["state", "current"], 7), "current"),
        (mutate(["state", "phase"], "dance"), "corrupted"),
        (mutate(["state", "rng"], {"state": "zz", "inc": "1"}), "corrupted"),
        (mutate(["state", "decks"], []), "decks"),
        (mutate(["state", "records"], []), "learning record"),
        (mutate(["state", "records", 0, "asked"], {"kitchen": "many"}), "corrupted"),
        (mutate(["state", "verdict"], "yes"), "verdict"),
        (mutate(["state", "podium"], [0, 0, 1]), "podium"),
        (mutate(["state", "winner"], 1), "winner"),
        (mutate(["state", "question"], 999), "question"),
        (mutate(["seed"], "5"), "seed"),
        (mutate(["seed"], 6), "log"),
        (mutate(["setup", "players"], []), "corrupted"),
        (mutate(["setup", "board"], "别的棋盘"), "does not fit the loaded content"),
        (mutate(["content", "board"], "别的棋盘"), "saved on board"),
        (mutate(["content", "questions"], ["k1"]), "another question bank"),
        (mutate(["log"], {}), "'log' is not a list"),
        (mutate(["log", 0], {"type": "fly", "player": 0}), "corrupted"),
        (mutate(["log", 0], {"type": "roll", "player": 1}), "illegal action"),
        (mutate(["state", "scores", 0], 40), "does not match its own log"),
        (mutate(["state", "positions", 1], 29), "does not match its own log"),
    ],
)
def test_corrupted_saves_raise_a_typed_error(
    midgame: dict[str, Any], change: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = copy.deepcopy(midgame)
    change(data)
    with pytest.raises(SaveError, match=message):
        load_game(data, CONTENT)


@pytest.mark.parametrize("data", [None, [], "save", 3, {}])
def test_not_a_save_at_all(data: object) -> None:
    with pytest.raises(SaveError):
        load_game(data, CONTENT)


def test_loading_without_verification_trusts_the_state(midgame: dict[str, Any]) -> None:
    data = copy.deepcopy(midgame)
    data["state"]["scores"][0] = 40
    assert load_game(data, CONTENT, verify=False).state.scores[0] == 40


def test_a_save_needs_the_same_content(midgame: dict[str, Any]) -> None:
    fewer = content(BOARD, questions=QUESTIONS[:-2])
    with pytest.raises(SaveError, match="another question bank"):
        load_game(midgame, fewer)
    with pytest.raises(SaveError, match="saved on board"):
        load_game(midgame, content(board(40, name=BOARD.name)))


def test_replay_to_any_step() -> None:
    game = new_game(CONTENT, SETUP, seed=77)
    snapshots = [json.dumps(save_game(game)["state"])]
    while not game.over:
        step(game)
        snapshots.append(json.dumps(save_game(game)["state"]))
    log = game.state.log
    for n in (0, 1, len(log) // 2, len(log)):
        replayed = replay(77, SETUP, log, CONTENT, upto=n)
        assert json.dumps(save_game(replayed)["state"]) == snapshots[n]
    assert replay(77, SETUP, log, CONTENT) == game


def test_replay_events_reproduce_the_game_event_by_event() -> None:
    game = new_game(CONTENT, SETUP, seed=78)
    played = []
    while not game.over:
        before = len(game.state.log)
        action = bot_action(game) or game.legal_actions()[0]
        if isinstance(action, NameItems):
            action = NameItems(action.player, "香蕉皮 剩饭")
        played.append((action, game.apply(action)))
        assert len(game.state.log) == before + 1
    assert list(replay_events(78, SETUP, game.state.log, CONTENT)) == played


def test_replaying_an_illegal_log_raises() -> None:
    with pytest.raises(IllegalAction):
        replay(1, SETUP, [Roll(0), Roll(0), Roll(0)], CONTENT)
