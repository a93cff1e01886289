"""Hypothesis strategies: boards that pass the loader's validation, set-ups and answers."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from game.categories import CATEGORY_ORDER
from game.content.models import Board, Effect, FinishRule, QuestionType, Rules, Square, SquareKind
from game.engine.state import GameSetup, PlayerSpec
from tests.engine.builders import ITEMS

effects = st.builds(
    Effect,
    move=st.integers(-6, 6),
    skip=st.integers(0, 2),
    roll_again=st.booleans(),
)
categories = st.sampled_from(CATEGORY_ORDER)


@st.composite
def squares(draw: st.DrawFn, number: int, size: int, defaults: tuple[Effect, Effect]) -> Square:
    kind = draw(st.sampled_from(list(SquareKind)))
    fields: dict[str, Any] = {}
    if kind is SquareKind.JUMP:
        fields["to"] = draw(st.integers(0, size).filter(lambda to: to != number))
    elif kind is SquareKind.SKIP:
        fields["turns"] = draw(st.integers(1, 3))
    elif kind is SquareKind.QUESTION:
        fields["category"] = draw(st.none() | categories)
        fields["types"] = tuple(draw(st.sets(st.sampled_from(list(QuestionType)), max_size=2)))
    elif kind is SquareKind.NAME_ITEMS:
        fields["category"] = draw(categories)
        fields["count"] = draw(st.integers(1, 3))
    if kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
        fields["right"] = draw(st.just(defaults[0]) | effects)
        fields["wrong"] = draw(st.just(defaults[1]) | effects)
    if kind is not SquareKind.PLAIN:
        fields["text"] = f"第{number}格"
    return Square(number, kind, **fields)


def _without_jump_loops(track: list[Square]) -> list[Square]:
    """Turn jumps that close a loop into plain squares, as validation would demand."""
    jumps = {s.number: s.to for s in track if s.kind is SquareKind.JUMP and s.to is not None}
    for start in sorted(jumps):
        seen = [start]
        current = jumps.get(start)
        while current in jumps and current not in seen:
            seen.append(current)
            current = jumps[current]
        if current in seen:
            jumps.pop(start)
            track[start] = Square(start)
    return track


@st.composite
def valid_boards(draw: st.DrawFn, max_size: int = 40) -> Board:
    """A board the loader would accept (jumps on the board, not onto themselves, no loops)."""
    size = draw(st.integers(5, max_size))
    dice = draw(st.integers(2, 12))
    finish = draw(st.sampled_from(list(FinishRule)))
    defaults = (draw(effects), draw(effects))
    track = [Square(0)]
    for number in range(1, size):
        track.append(draw(squares(number, size, defaults)))
    track.append(Square(size))
    track = _without_jump_loops(track)
    rules = Rules(dice, finish, 1, 6, defaults[0], defaults[1])
    return Board("随机棋盘", size, rules, tuple(track))


@st.composite
def looping_boards(draw: st.DrawFn) -> Board:
    """A board built in code that validation would refuse: its jumps may form loops."""
    size = draw(st.integers(4, 30))
    track = [Square(0)]
    for number in range(1, size):
        kind = draw(st.sampled_from([SquareKind.JUMP, SquareKind.JUMP, SquareKind.ROLL_AGAIN, SquareKind.PLAIN]))
        if kind is SquareKind.JUMP:
            track.append(Square(number, kind, to=draw(st.integers(0, size - 1)), text="跳"))
        else:
            track.append(Square(number, kind, text="x"))
    track.append(Square(size))
    rules = Rules(draw(st.integers(2, 8)), draw(st.sampled_from(list(FinishRule))))
    return Board("循环棋盘", size, rules, tuple(track))


@st.composite
def setups(draw: st.DrawFn, round_limit: int = 25) -> GameSetup:
    """1 to 6 seats, any mix of people and bots."""
    n = draw(st.integers(1, 6))
    seats = tuple(PlayerSpec(f"p{i}", draw(st.booleans()), draw(st.sampled_from([0.0, 0.5, 1.0]))) for i in range(n))
    region = draw(st.sampled_from(["national", "shanghai", "shenzhen"]))
    low = draw(st.integers(1, 3))
    return GameSetup(seats, None, (low, draw(st.integers(low, 3))), region, round_limit)


ITEM_WORDS = [item.name for item in ITEMS] + [alias for item in ITEMS for alias in item.aliases]
answers = st.lists(st.sampled_from(ITEM_WORDS) | st.text(max_size=6), max_size=5).flatmap(
    lambda words: st.sampled_from(["、", "，", " ", "和", "\n", ";"]).map(lambda sep: sep.join(words))
)
