"""Chance as an explicit step: outcome tables with exact probabilities.

The engine samples a roll from :func:`die` ``(sides)`` with the game's generator; the exact
analysis (:mod:`game.analysis`) reads the very same table, so the two can never disagree.

>>> dice_outcomes(4)
((1, Fraction(1, 4)), (2, Fraction(1, 4)), (3, Fraction(1, 4)), (4, Fraction(1, 4)))
>>> from game.engine.rng import Pcg32
>>> die(6).sample(Pcg32(42)) in range(1, 7)
True
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache
from math import lcm

from game.engine.rng import Pcg32

Outcomes = tuple[tuple[int, Fraction], ...]


@cache
def dice_outcomes(sides: int) -> Outcomes:
    """The outcomes of a fair die: ``(value, probability)`` for ``value`` in ``1..sides``."""
    if sides < 1:
        raise ValueError(f"a die needs at least one side, got {sides}")
    p = Fraction(1, sides)
    return tuple((value, p) for value in range(1, sides + 1))


class Chance:
    """A table of outcomes with exact probabilities, and a sampler for it.

    Args:
        outcomes: ``(value, probability)`` pairs; probabilities are positive and sum to 1.

    >>> coin = Chance(((0, Fraction(1, 3)), (1, Fraction(2, 3))))
    >>> from game.engine.rng import Pcg32
    >>> rng = Pcg32(5)
    >>> sorted({coin.sample(rng) for _ in range(50)})
    [0, 1]
    """

    __slots__ = ("_cumulative", "_denominator", "_size", "_uniform", "_values", "outcomes")

    def __init__(self, outcomes: Outcomes) -> None:
        if not outcomes or any(p <= 0 for _, p in outcomes) or sum(p for _, p in outcomes) != 1:
            raise ValueError(f"not a probability table: {outcomes!r}")
        self.outcomes = outcomes
        self._values = tuple(value for value, _ in outcomes)
        self._size = len(self._values)
        self._uniform = len({p for _, p in outcomes}) == 1
        self._denominator = lcm(*(p.denominator for _, p in outcomes))
        running = 0
        cumulative = []
        for _, p in outcomes:
            running += int(p * self._denominator)
            cumulative.append(running)
        self._cumulative = tuple(cumulative)

    def sample(self, rng: Pcg32) -> int:
        """One outcome, drawn with ``rng`` (one ``below`` call)."""
        if self._uniform:
            return self._values[rng.below(self._size)]
        r = rng.below(self._denominator)
        for value, bound in zip(self._values, self._cumulative, strict=True):
            if r < bound:
                return value
        raise AssertionError("unreachable: cumulative table ends at the denominator")  # pragma: no cover


@cache
def die(sides: int) -> Chance:
    """The (cached) :class:`Chance` of a fair die with ``sides`` sides."""
    return Chance(dice_outcomes(sides))
