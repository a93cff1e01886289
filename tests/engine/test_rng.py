"""The portable generator and the dice tables."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import pytest

from game.engine.dice import Chance, dice_outcomes, die
from game.engine.rng import Pcg32

# pcg32-demo (O'Neill's reference C implementation), seeded pcg32_srandom_r(42, 54).
REFERENCE = [0xA15C02B7, 0x7B47F409, 0xBA1D3330, 0x83D2F293, 0xBFA4784B, 0xCBED606E]


def test_matches_the_reference_implementation() -> None:
    rng = Pcg32(42, 54)
    assert [rng.next32() for _ in REFERENCE] == REFERENCE
    assert Pcg32(42) == Pcg32(42, 54)


def test_splitmix64_reference_values() -> None:
    from game.engine.rng import _splitmix64

    # SplitMix64 seeded with 0 (the reference sequence used by xoshiro's authors).
    state, first = _splitmix64(0)
    _, second = _splitmix64(state)
    assert (first, second) == (0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4)


def test_game_seeds_are_spread_over_states_and_streams() -> None:
    rngs = [Pcg32.from_seed(seed) for seed in range(100)]
    assert len({r.state for r in rngs}) == 100 and len({r.inc for r in rngs}) == 100
    firsts = [r.below(6) for r in rngs]
    assert len(set(firsts)) == 6


def test_below_is_in_range_and_uniform() -> None:
    rng = Pcg32(2024)
    counts = Counter(rng.below(6) for _ in range(60_000))
    assert set(counts) == set(range(6))
    assert all(abs(c - 10_000) < 450 for c in counts.values())
    assert {rng.below(1) for _ in range(10)} == {0}
    big = [rng.below(3_000_000_001) for _ in range(1000)]
    assert max(big) < 3_000_000_001 and max(big) > 2_000_000_000


@pytest.mark.parametrize("n", [0, -1, 1 << 32])
def test_below_refuses_impossible_ranges(n: int) -> None:
    with pytest.raises(ValueError):
        Pcg32(1).below(n)


def test_chance_shuffle_and_copies() -> None:
    rng = Pcg32(5)
    hits = sum(rng.chance(0.25) for _ in range(40_000))
    assert abs(hits - 10_000) < 400
    twin = rng.copy()
    deck = list(range(30))
    rng.shuffle(deck)
    assert sorted(deck) == list(range(30)) and deck != list(range(30))
    other = list(range(30))
    twin.shuffle(other)
    assert other == deck and twin == rng


def test_seeds_are_reduced_modulo_2_64_and_differ() -> None:
    assert Pcg32(-1) == Pcg32((1 << 64) - 1)
    assert Pcg32(1) != Pcg32(2)
    assert hash(Pcg32(3)) == hash(Pcg32(3))
    assert "Pcg32(state=" in repr(Pcg32(3))


def test_json_round_trip_and_bad_states() -> None:
    rng = Pcg32(77)
    rng.next32()
    data = rng.to_json()
    assert Pcg32.from_json(data) == rng
    for bad in ({}, [], {"state": "xyz", "inc": "1"}, {"state": "1", "inc": "2"}, {"state": 1, "inc": 1}, None):
        with pytest.raises(ValueError):
            Pcg32.from_json(bad)


def test_dice_outcome_tables_are_exact() -> None:
    for sides in (2, 6, 20):
        table = dice_outcomes(sides)
        assert [v for v, _ in table] == list(range(1, sides + 1))
        assert sum(p for _, p in table) == 1 and {p for _, p in table} == {Fraction(1, sides)}
    with pytest.raises(ValueError):
        dice_outcomes(0)
    assert die(6).outcomes is dice_outcomes(6)


def test_a_weighted_table_samples_in_proportion() -> None:
    chance = Chance(((1, Fraction(1, 6)), (2, Fraction(1, 2)), (3, Fraction(1, 3))))
    rng = Pcg32(8)
    counts = Counter(chance.sample(rng) for _ in range(60_000))
    assert abs(counts[1] - 10_000) < 400 and abs(counts[2] - 30_000) < 500 and abs(counts[3] - 20_000) < 500
    for bad in ((), ((1, Fraction(1, 2)),), ((1, Fraction(3, 2)), (2, Fraction(-1, 2)))):
        with pytest.raises(ValueError):
            Chance(bad)  # type: ignore[arg-type]
