"""What every game on the same board, questions and region shares: the question table.

Built once per (content, board, difficulty, region) and cached: the eligible questions and one
review question per dictionary item, each question's right choice in the game's region (and the
other choices a disputed item accepts there), how other regions differ, the square decks, the
rulebook, and the names bots pick from.

>>> from game.content.loader import load_bundled
>>> from game.engine.state import GameSetup
>>> table = question_table(load_bundled(), GameSetup.of("小明"))
>>> len(table.all) > len(table.questions), table.rules.board.size
(True, 50)
"""

from __future__ import annotations

from typing import Protocol

from game.categories import CATEGORY_ORDER, Category
from game.content.dictionary import ItemDictionary
from game.content.models import Board, ClassifyQuestion, Item, Question, Region, SquareKind
from game.content.wording import disputed_names
from game.engine.decks import eligible, level_pool, pool_key, silent_squares, square_pools
from game.engine.errors import SetupError
from game.engine.judge import said_as_is
from game.engine.levels import DEFAULT_LEVEL, LEVELS
from game.engine.rules import Rulebook
from game.engine.state import GameSetup


class ContentSource(Protocol):
    """What a game needs from loaded content (:class:`game.content.loader.Content` has it)."""

    @property
    def questions(self) -> tuple[Question, ...]: ...

    @property
    def dictionary(self) -> ItemDictionary: ...

    def board(self, name: str | None = None) -> Board: ...

    def region(self, key: str = "national") -> Region: ...


def item_question(item: Item, region: str) -> ClassifyQuestion:
    """The classify question a review asks about dictionary ``item`` (id ``item:<name>``)."""
    return ClassifyQuestion(
        id=f"item:{item.name}",
        item=item.name,
        answer=item.category_in(region),
        explain=item.reason,
        difficulty=3 if item.disputed else 1,
        text_en=f"Which bin does “{item.name}” ({item.en}) go in?" if item.en else "",
    )


class QuestionTable:
    """What every game on the same board, questions and region shares (built once, cached)."""

    __slots__ = (
        "_levels",
        "_naming",
        "_plain_names",
        "all",
        "also",
        "board",
        "categories",
        "correct",
        "dictionary",
        "differences",
        "difficulty",
        "disputed",
        "index",
        "n_choices",
        "pool_of",
        "pools",
        "profile",
        "questions",
        "region",
        "regions",
        "rules",
    )

    def __init__(self, content: ContentSource, setup: GameSetup) -> None:
        try:
            board = content.board(setup.board)
        except LookupError as error:
            raise SetupError(f"no board called {setup.board!r}") from error
        try:
            self.profile = content.region(setup.region)
        except LookupError as error:
            raise SetupError(f"no region called {setup.region!r}") from error
        self.board = board
        self.region = setup.region
        self.dictionary = content.dictionary
        self.difficulty = setup.difficulty
        self.questions = eligible(content.questions, setup.difficulty, setup.region)
        # The game's questions, then one classify question per dictionary item (for reviews).
        self.all: tuple[Question, ...] = (
            *self.questions,
            *(item_question(item, setup.region) for item in self.dictionary),
        )
        self.disputed = disputed_names(self.dictionary)
        self.regions: dict[str, Region] = {}
        for key in ("national", *(rule.region for item in self.dictionary for rule in item.overrides)):
            if key in self.regions:
                continue
            try:
                profile = content.region(key)
            except LookupError:
                continue  # an override for a region without a profile: shown by its key
            self.regions[key] = profile
        correct: list[int] = []
        also: list[tuple[int, ...]] = []
        differences: list[tuple[tuple[str, Category], ...]] = []
        for q in self.all:
            right = q.correct_choice
            extra: tuple[int, ...] = ()
            other: tuple[tuple[str, Category], ...] = ()
            if isinstance(q, ClassifyQuestion) and q.region is None:
                item = self.dictionary.find(q.item)
                if item is not None and item.overrides:
                    accepted = item.accepted_in(setup.region)
                    right = CATEGORY_ORDER.index(accepted[0])
                    extra = tuple(CATEGORY_ORDER.index(c) for c in accepted[1:])
                    keys = dict.fromkeys(("national", *(rule.region for rule in item.overrides)))
                    other = tuple(
                        (key, category)
                        for key in keys
                        if key != setup.region
                        for category in item.accepted_in(key)[:1]
                        if category not in accepted
                    )
            correct.append(right)
            also.append(extra)
            differences.append(other)
        self.correct = tuple(correct)
        self.also = tuple(also)
        self.differences = tuple(differences)
        self.categories = tuple(
            CATEGORY_ORDER[c].value if isinstance(q, ClassifyQuestion) else q.category.value
            for q, c in zip(self.all, self.correct, strict=True)
        )
        self.n_choices = tuple(q.n_choices for q in self.all)
        self.index = {q.id: i for i, q in enumerate(self.all)}
        self._levels: dict[tuple[str, str], tuple[int, ...]] = {}
        self.pools = square_pools(board, self.questions)
        self.pool_of = tuple(pool_key(square) if square.kind is SquareKind.QUESTION else "" for square in board.squares)
        self.rules = Rulebook(board, silent_squares(board, self.questions))
        self._naming: dict[Category | None, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._plain_names: dict[Category | None, bool] = {}

    def pool(self, key: str, level: str) -> tuple[int, ...]:
        """The questions a seat of ``level`` draws from at squares of filter ``key``."""
        if level == DEFAULT_LEVEL:
            return self.pools[key]
        found = self._levels.get((key, level))
        if found is None:
            found = self._levels[(key, level)] = level_pool(
                self.pools[key], self.questions, LEVELS[level], self.difficulty, self.disputed
            )
        return found

    def naming(self, category: Category | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Names of the items of ``category`` and of the other bins (for bots)."""
        names = self._naming.get(category)
        if names is None:
            right = tuple(
                item.name for item in self.dictionary if category is None or item.category_in(self.region) is category
            )
            wrong = tuple(
                item.name
                for item in self.dictionary
                if category is not None and item.category_in(self.region) is not category
            )
            names = self._naming[category] = (right, wrong)
            self._plain_names[category] = all(said_as_is(name) for name in (*right, *wrong))
        return names

    def plain_names(self, category: Category | None) -> bool:
        """True when every name bots may say for ``category`` splits back as itself (then a bot's
        answer is judged from its list of names, without splitting the text again)."""
        self.naming(category)
        return self._plain_names[category]


_TABLES: dict[tuple[int, str | None, tuple[int, int], str], tuple[ContentSource, QuestionTable]] = {}


def question_table(content: ContentSource, setup: GameSetup) -> QuestionTable:
    """The table for ``setup``'s board, difficulty and region (cached per content object)."""
    key = (id(content), setup.board, setup.difficulty, setup.region)
    cached = _TABLES.get(key)
    if cached is not None and cached[0] is content:
        return cached[1]
    table = QuestionTable(content, setup)
    if len(_TABLES) >= 32:
        _TABLES.clear()
    _TABLES[key] = (content, table)
    return table
