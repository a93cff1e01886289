"""How the computer plays a seat: every choice drawn from the game's one generator.

A bot answers a question right with probability ``p_correct`` (otherwise it picks one of the
wrong choices at random), and for a name-items square names enough different items of the right
bin with probability ``p_correct`` (otherwise it slips an item of another bin in, one short).

>>> from game.engine.rng import Pcg32
>>> rng = Pcg32(1)
>>> bot_choice(rng, 4, 2, 1.0), bot_choice(rng, 4, 2, 0.0) != 2
(2, True)
"""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.rng import Pcg32


def bot_choice(rng: Pcg32, n_choices: int, correct: int, p_correct: float) -> int:
    """The bot's answer: ``correct`` with probability ``p_correct``, else a random wrong choice."""
    if rng.chance(p_correct) or n_choices < 2:
        return correct
    pick = rng.below(n_choices - 1)
    return pick if pick < correct else pick + 1


def pick_distinct(rng: Pcg32, names: Sequence[str], count: int) -> list[str]:
    """``count`` different names drawn at random (all of them, in random order, if there are fewer)."""
    size = len(names)
    if count >= size:
        pool = list(names)
        rng.shuffle(pool)
        return pool
    chosen: list[int] = []
    while len(chosen) < count:
        index = rng.below(size)
        if index not in chosen:
            chosen.append(index)
    return [names[i] for i in chosen]


def bot_naming(rng: Pcg32, right: Sequence[str], wrong: Sequence[str], count: int, p_correct: float) -> list[str]:
    """The bot's answer to "name ``count`` items": dictionary names (said joined with 、).

    Args:
        rng: the game's generator.
        right: names of items of the asked bin (in the game's region).
        wrong: names of items of the other bins.
        count: how many items the square asks for.
        p_correct: the chance of a passing answer.
    """
    if rng.chance(p_correct):
        return list(pick_distinct(rng, right, count))
    names = list(pick_distinct(rng, right, max(count - 1, 0)))
    names += pick_distinct(rng, wrong, 1)
    return names
