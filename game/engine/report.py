"""The end-of-game learning report: what each player was asked, got right, named and missed.

>>> from game.content.loader import load_bundled
>>> from game.engine import new_game, play_bots
>>> from game.engine.state import GameSetup
>>> game = new_game(load_bundled(), GameSetup.of(bots=2), seed=3)
>>> _ = play_bots(game)
>>> [r.name for r in learning_report(game)]
['电脑1', '电脑2']
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from game.categories import CATEGORY_ORDER, Category
from game.content.models import ClassifyQuestion, Question

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
class ReviewResult:
    """One review question asked at the start of a turn, and whether it was answered right."""

    question: Question
    right: bool

    def label(self, lang: str = "zh") -> str:
        """What was reviewed: the item of a classify question, else the prompt (``复习: 大骨头 ✓``)."""
        if isinstance(self.question, ClassifyQuestion):
            return self.question.item
        return self.question.prompt("en" if lang == "en" else "zh")

    @property
    def mark(self) -> str:
        """✓ or ✗."""
        return "✓" if self.right else "✗"


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
    reviews: tuple[ReviewResult, ...] = ()  #: review questions asked, in order
    hints: int = 0  #: quick look-ups used
    looked_up: tuple[str, ...] = ()  #: different items found by look-ups
    level: str = "adult"  #: the player's level (:data:`game.engine.levels.LEVELS`)
    region: str = "national"  #: the key of the region whose rules the game used

    @property
    def reviews_right(self) -> int:
        """Review questions answered right."""
        return sum(r.right for r in self.reviews)

    @property
    def asked(self) -> int:
        """Questions asked in all."""
        return sum(c.asked for c in self.categories)

    @property
    def right(self) -> int:
        """Questions answered right in all."""
        return sum(c.right for c in self.categories)


def _as_judged(game: Game, question: Question) -> Question:
    """``question`` with the answer of the game's region (a disputed item's classify question)."""
    correct = game.correct_choice(question)
    if isinstance(question, ClassifyQuestion) and correct != question.correct_choice:
        return replace(question, answer=CATEGORY_ORDER[correct])
    return question


def learning_report(game: Game) -> tuple[PlayerReport, ...]:
    """Every player's :class:`PlayerReport`, by seat.

    The questions listed (missed, reviewed) carry the answer of the game's region, so
    ``question.correct_choice`` is what counted in this game.
    """
    st = game.state
    by_id = {q.id: _as_judged(game, q) for q in game.questions}
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
                tuple(
                    ReviewResult(_as_judged(game, question), right)
                    for qid, right in record.reviews
                    if (question := game.find_question(qid)) is not None
                ),
                record.hints,
                tuple(record.looked_up),
                spec.level,
                game.setup.region,
            )
        )
    return tuple(reports)
