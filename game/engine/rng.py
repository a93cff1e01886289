"""A small portable random generator (PCG32) whose whole state is two integers.

Every chance in a game (dice, question decks, bots) comes from one :class:`Pcg32` held in the
game state, so a game is reproducible from its seed and actions on any machine and any Python
version: nothing here uses :mod:`random`.

The generator is PCG-XSH-RR 64/32 (O'Neill, 2014). ``Pcg32(state, stream)`` is seeded exactly
like the reference ``pcg32_srandom_r(state, stream)``, so ``Pcg32(42, 54)`` reproduces the
reference ``pcg32-demo`` output. Games use :meth:`Pcg32.from_seed`, which first spreads the seed
over a state and a stream with SplitMix64, so that games with seeds 1, 2, 3 … are unrelated.

>>> rng = Pcg32(42, 54)
>>> hex(rng.next32())
'0xa15c02b7'
>>> [rng.below(6) + 1 for _ in range(5)]
[4, 3, 2, 2, 5]
>>> Pcg32.from_json(rng.to_json()) == rng
True
"""

from __future__ import annotations

from collections.abc import MutableSequence
from typing import Any, TypeVar

T = TypeVar("T")

_MASK64 = (1 << 64) - 1
_MASK32 = (1 << 32) - 1
_MULT = 6364136223846793005
_STREAM = 54
_GOLDEN = 0x9E3779B97F4A7C15
_TWO32 = float(1 << 32)


class Pcg32:
    """PCG32 with unbiased :meth:`below`, :meth:`chance` and :meth:`shuffle`.

    Args:
        seed: the initial state (any integer; reduced modulo 2**64).
        stream: which of the 2**63 streams to use (any integer).
    """

    __slots__ = ("inc", "state")

    def __init__(self, seed: int = 0, stream: int = _STREAM) -> None:
        self.inc = ((stream << 1) | 1) & _MASK64
        self.state = 0
        self.next32()
        self.state = (self.state + (seed & _MASK64)) & _MASK64
        self.next32()

    @classmethod
    def from_seed(cls, seed: int) -> Pcg32:
        """The generator of a game with ``seed``: state and stream drawn from SplitMix64(seed).

        >>> Pcg32.from_seed(1) == Pcg32.from_seed(1), Pcg32.from_seed(1) == Pcg32.from_seed(2)
        (True, False)
        """
        mixer = seed & _MASK64
        mixer, state = _splitmix64(mixer)
        _, stream = _splitmix64(mixer)
        return cls(state, stream)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pcg32) and self.state == other.state and self.inc == other.inc

    def __hash__(self) -> int:
        return hash((self.state, self.inc))

    def __repr__(self) -> str:
        return f"Pcg32(state={self.state:#018x}, inc={self.inc:#018x})"

    def copy(self) -> Pcg32:
        """An independent generator in the same state."""
        twin = Pcg32.__new__(Pcg32)
        twin.state = self.state
        twin.inc = self.inc
        return twin

    def next32(self) -> int:
        """The next uniformly distributed 32-bit integer."""
        old = self.state
        self.state = (old * _MULT + self.inc) & _MASK64
        xorshifted = (((old >> 18) ^ old) >> 27) & _MASK32
        rot = old >> 59
        return ((xorshifted >> rot) | (xorshifted << ((-rot) & 31))) & _MASK32

    def below(self, n: int) -> int:
        """A uniform integer in ``0..n-1`` (rejection sampling: no modulo bias).

        >>> rng = Pcg32(7)
        >>> sorted({rng.below(3) for _ in range(100)})
        [0, 1, 2]
        """
        if not 0 < n <= _MASK32:
            raise ValueError(f"below(n) needs 1 <= n <= 2**32-1, got {n}")
        threshold = (_MASK32 + 1 - n) % n
        inc = self.inc
        while True:
            old = self.state
            self.state = (old * _MULT + inc) & _MASK64
            xorshifted = (((old >> 18) ^ old) >> 27) & _MASK32
            rot = old >> 59
            r = ((xorshifted >> rot) | (xorshifted << ((-rot) & 31))) & _MASK32
            if r >= threshold:
                return r % n

    def chance(self, p: float) -> bool:
        """True with probability ``p`` (always draws exactly one number, even for 0 or 1).

        >>> rng = Pcg32(1)
        >>> rng.chance(1.0), rng.chance(0.0)
        (True, False)
        """
        return self.next32() < p * _TWO32

    def shuffle(self, items: MutableSequence[T]) -> None:
        """Shuffle ``items`` in place (Fisher-Yates).

        >>> deck = list(range(5))
        >>> Pcg32(3).shuffle(deck)
        >>> sorted(deck)
        [0, 1, 2, 3, 4]
        """
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]

    def to_json(self) -> dict[str, str]:
        """The state as JSON-safe hex strings (JSON numbers lose precision past 2**53)."""
        return {"state": f"{self.state:016x}", "inc": f"{self.inc:016x}"}

    @classmethod
    def from_json(cls, data: Any) -> Pcg32:
        """The generator saved by :meth:`to_json`; raises ValueError on anything else."""
        if not isinstance(data, dict) or set(data) != {"state", "inc"}:
            raise ValueError(f"not a generator state: {data!r}")
        try:
            state = int(data["state"], 16)
            inc = int(data["inc"], 16)
        except (TypeError, ValueError):
            raise ValueError(f"not a generator state: {data!r}") from None
        if not (0 <= state <= _MASK64 and 0 <= inc <= _MASK64 and inc & 1):
            raise ValueError(f"generator state out of range: {data!r}")
        rng = cls.__new__(cls)
        rng.state = state
        rng.inc = inc
        return rng


def _splitmix64(state: int) -> tuple[int, int]:
    """One step of SplitMix64 (Steele, Lea & Flood, 2014): the next state and its output."""
    state = (state + _GOLDEN) & _MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return state, z ^ (z >> 31)
