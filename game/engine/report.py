"""The end-of-game learning report: what each player was asked, got right, named and missed.

>>> from game.content.loader import load_bundled
>>> from game.engine.game import new_game, play_bots
>>> from game.engine.state import GameSetup
>>> game = new_game(load_bundled(), GameSetup.of(bots=2), seed=3)
>>> _ = play_bots(game)
>>> [r.name for r in learning_report(game)]
['电脑1', '电脑2']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.categories import CATEGORY_ORDER, Category
from game.content.models import Question

if TYPE_CHECKING:
    from game.engine.game import Game


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """Questions and name-items tasks of one bin: how many were met and how many went right."""

    category: Category
    asked: int
    right: int
    tasks: int
    passed: int


@dataclass(frozen=True, slots=True)
class PlayerReport:
    """One player's learning record, ready to show."""

    seat: int
    name: str
    bot: bool
    score: int
    position: int
    place: int | None  #: 1 for the winner … (None while the game goes on)
    categories: tuple[CategoryScore, ...]  #: in :data:`~game.categories.CATEGORY_ORDER`
    named: tuple[str, ...]  #: different right items named
    wrong_bin: tuple[str, ...]  #: items named for the wrong bin
    missed: tuple[Question, ...]  #: questions answered wrong (show ``prompt`` and ``explain_in``)

    @property
    def asked(self) -> int:
        """Questions asked in all."""
        return sum(c.asked for c in self.categories)

    @property
    def right(self) -> int:
        """Questions answered right in all."""
        return sum(c.right for c in self.categories)


def learning_report(game: Game) -> tuple[PlayerReport, ...]:
    """Every player's :class:`PlayerReport`, by seat."""
    st = game.state
    by_id = {q.id: q for q in game.questions}
    reports = []
    for seat, spec in enumerate(game.setup.players):
        record = st.records[seat]
        categories = tuple(
            CategoryScore(
                c,
                record.asked.get(c.value, 0),
                record.right.get(c.value, 0),
                record.tasks.get(c.value, 0),
                record.passed.get(c.value, 0),
            )
            for c in CATEGORY_ORDER
        )
        place = st.podium.index(seat) + 1 if st.podium else None
        reports.append(
            PlayerReport(
                seat,
                spec.name,
                spec.bot,
                st.scores[seat],
                st.positions[seat],
                place,
                categories,
                tuple(record.named),
                tuple(record.wrong_bin),
                tuple(by_id[q] for q in record.missed if q in by_id),
            )
        )
    return tuple(reports)
