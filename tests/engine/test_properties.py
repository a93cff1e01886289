"""Properties over random boards, set-ups, seeds and sequences of legal actions."""

from __future__ import annotations

import json
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.loader import check_paths
from game.content.models import Board, SquareKind
from game.engine import (
    CHAIN_LIMIT,
    Answer,
    BotMove,
    Game,
    GameSetup,
    IllegalAction,
    Judge,
    NameItems,
    Phase,
    Reason,
    Roll,
    bot_action,
    load_game,
    new_game,
    replay_events,
    save_game,
)
from tests.engine.builders import content
from tests.engine.strategies import answers, looping_boards, setups, valid_boards

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Decisions in one turn cannot exceed: every square that takes effect may ask (2 decisions with a
#: verdict), every roll is one decision, and one review question may open the turn.
PER_TURN = 3 * (CHAIN_LIMIT + 1) + 2


def snapshot(game: Game) -> str:
    return json.dumps(save_game(game), sort_keys=True, ensure_ascii=False)


def wrong_actions(game: Game) -> list[Any]:
    p = game.state.current
    other = (p + 1) % game.players
    out: list[Any] = [Roll(other), Answer(p, 99), Judge(p, True), NameItems(p, "x"), Roll(p), BotMove(p), Roll(9), "x"]
    return [a for a in out if not game.is_legal(a)]


@PROPERTY
@given(board=valid_boards(), setup=setups(), seed=st.integers(0, 2**64 - 1), data=st.data())
def test_random_play_keeps_every_invariant(board: Board, setup: GameSetup, seed: int, data: st.DataObject) -> None:
    the_content = content(board)
    game = new_game(the_content, setup, seed)
    played: list[tuple[Any, list[Any]]] = []
    bound = setup.round_limit * len(setup.players) * PER_TURN
    while not game.over:
        assert len(played) <= bound
        p = game.state.current
        legal = game.legal_actions()
        assert legal and all(action.player == p for action in legal)  # exactly one player acts
        # Refused actions change nothing.
        if data.draw(st.booleans(), label="try an illegal action"):
            illegal = data.draw(st.sampled_from(wrong_actions(game)), label="illegal")
            before = snapshot(game)
            try:
                game.apply(illegal)
            except IllegalAction as error:
                assert error.reason in Reason
            else:
                raise AssertionError(f"{illegal!r} was accepted")
            assert snapshot(game) == before
        for seat in range(game.players):
            if seat != p:
                refusal = game.refusal(Roll(seat))
                assert refusal is not None and refusal.reason is Reason.NOT_YOUR_TURN
        action = bot_action(game) or data.draw(st.sampled_from(legal), label="action")
        if isinstance(action, NameItems):
            action = NameItems(p, data.draw(answers, label="answer"))
        played.append((action, game.apply(action)))
        state = game.state
        assert all(0 <= position <= board.size for position in state.positions)
        assert all(skips >= 0 for skips in state.skips)
        assert 0 <= state.chain <= CHAIN_LIMIT
        assert (state.phase is Phase.ANSWER) == (state.question >= 0)
        if state.review:  # a review opens the turn: no square, no roll yet
            assert state.phase is Phase.ANSWER and state.square == 0 and game.reviewing
        elif state.phase in (Phase.ANSWER, Phase.NAME, Phase.VERDICT):
            kind = board.squares[state.square].kind
            assert kind is (SquareKind.QUESTION if state.phase is Phase.ANSWER else SquareKind.NAME_ITEMS)
        if data.draw(st.integers(0, 9), label="save now") == 0:
            loaded = load_game(json.loads(json.dumps(save_game(game))), the_content)
            assert loaded == game
    assert len(played) <= bound
    assert game.state.podium[0] == game.winner and sorted(game.state.podium) == list(range(game.players))
    assert game.winner is not None and (
        game.state.positions[game.winner] == board.size or game.state.turns[0] >= setup.round_limit
    )
    assert list(replay_events(seed, setup, game.state.log, the_content)) == played


@PROPERTY
@given(board=looping_boards(), seed=st.integers(0, 2**32), players=st.integers(1, 4))
def test_boards_with_jump_loops_still_end(board: Board, seed: int, players: int) -> None:
    game = new_game(content(board), GameSetup.of(bots=players, round_limit=20), seed)
    applied = 0
    while not game.over:
        game.apply(BotMove(game.state.current))
        applied += 1
        assert applied <= 20 * players * (CHAIN_LIMIT + 2)
        assert game.state.chain <= CHAIN_LIMIT


def to_yaml(board: Board) -> str:
    squares: dict[int, dict[str, Any]] = {}
    for square in board.squares[1:-1]:
        if square.kind is SquareKind.PLAIN:
            continue
        entry: dict[str, Any] = {"kind": square.kind.value}
        if square.text:
            entry["text"] = square.text
        if square.kind is SquareKind.JUMP:
            entry["to"] = square.to
        if square.kind is SquareKind.SKIP:
            entry["turns"] = square.turns
        if square.category is not None:
            entry["category"] = square.category.value
        if square.types:
            entry["types"] = [t.value for t in square.types]
        if square.kind is SquareKind.NAME_ITEMS:
            entry["count"] = square.count
        if square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
            for key, effect in (("right", square.right), ("wrong", square.wrong)):
                entry[key] = {"move": effect.move, "skip": effect.skip, "roll_again": effect.roll_again}
        squares[square.number] = entry
    rules = board.rules
    document = {
        "schema": 1,
        "name": board.name,
        "size": board.size,
        "rules": {"dice": rules.dice, "finish": rules.finish.value, "players": [1, 6]},
        "squares": squares,
    }
    if rules.right.move or rules.right.skip or rules.right.roll_again:
        document["rules"]["right"] = {"move": rules.right.move, "skip": rules.right.skip}  # type: ignore[index]
    text: str = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(board=valid_boards())
def test_generated_boards_pass_the_loaders_validation(board: Board, tmp_path_factory: Any) -> None:
    folder = tmp_path_factory.mktemp("board")
    path = folder / "board.yaml"
    path.write_text(to_yaml(board), encoding="utf-8")
    result = check_paths([path], fill_from_bundled=False)
    # Alone, the board has no question bank or dictionary: only those coverage errors may appear.
    other = [p.format("en") for p in result.errors if "but the bank has none" not in p.format("en")]
    other = [p for p in other if "but the dictionary knows" not in p]
    assert other == []
