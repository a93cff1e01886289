"""Which questions a square can ask: the filter of each question square, and its pool.

A game first keeps the questions of its difficulty range and region (:func:`eligible`); a
question square then draws from the questions that match its ``category`` and ``types``
(:func:`pool_key` names that filter). The engine deals each pool as a shuffled deck, so no
question repeats until the pool is used up; the analysis uses the same pools to know which
squares can ask anything at all.

>>> from game.content.models import Square, SquareKind, QuestionType
>>> from game.categories import Category
>>> pool_key(Square(3, SquareKind.QUESTION, category=Category.KITCHEN, types=(QuestionType.CHOICE,)))
'kitchen|choice'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from game.content.models import Board, Question, Square, SquareKind
from game.engine.levels import Level, involves


def eligible(questions: Sequence[Question], difficulty: tuple[int, int], region: str) -> tuple[Question, ...]:
    """The questions a game may ask: within ``difficulty`` and national or of ``region``."""
    low, high = difficulty
    return tuple(q for q in questions if low <= q.difficulty <= high and q.region in (None, region))


def pool_key(square: Square) -> str:
    """A name for the question filter of ``square`` (``category|type,type``; ``*`` is any)."""
    category = square.category.value if square.category is not None else "*"
    return f"{category}|{','.join(sorted(t.value for t in square.types))}"


def matches(square: Square, question: Question) -> bool:
    """True when ``square`` may ask ``question``."""
    return (square.category is None or question.category is square.category) and (
        not square.types or question.type in square.types
    )


def square_pools(board: Board, questions: Sequence[Question]) -> dict[str, tuple[int, ...]]:
    """For every question filter on ``board``: the indices of the matching ``questions``."""
    pools: dict[str, tuple[int, ...]] = {}
    for square in board.squares:
        if square.kind is SquareKind.QUESTION:
            key = pool_key(square)
            if key not in pools:
                pools[key] = tuple(i for i, q in enumerate(questions) if matches(square, q))
    return pools


def silent_squares(board: Board, questions: Sequence[Question]) -> frozenset[int]:
    """Question squares with no question to ask (they are skipped with a NoQuestion event)."""
    pools = square_pools(board, questions)
    return frozenset(
        square.number for square in board.squares if square.kind is SquareKind.QUESTION and not pools[pool_key(square)]
    )


def level_pool(
    pool: Sequence[int],
    questions: Sequence[Question],
    level: Level,
    game_difficulty: tuple[int, int],
    disputed: Iterable[str],
) -> tuple[int, ...]:
    """The part of a square's ``pool`` (indices into ``questions``) a seat of ``level`` draws from.

    Questions of the level's difficulty and preferred types first; if there are none, of the
    level's difficulty; then the whole pool. A level with ``no_disputed`` never gets a question
    that :func:`~game.engine.levels.involves` one of the ``disputed`` names, whatever the tier.
    """
    base = [i for i in pool if not (level.no_disputed and involves(questions[i], disputed))]
    low, high = level.difficulty_in(game_difficulty)
    within = [i for i in base if low <= questions[i].difficulty <= high]
    typed = [i for i in within if not level.types or questions[i].type in level.types]
    for tier in (typed, within, base):
        if tier:
            return tuple(tier)
    return ()
