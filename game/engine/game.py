"""A game in progress: legal actions in, events out.

:class:`Game` joins the content (board, eligible questions, item dictionary) with a
:class:`~game.engine.state.GameState`. :meth:`Game.apply` checks an action, applies it and
returns the events; an illegal action raises :class:`~game.errors.IllegalAction` and
changes nothing. All chance comes from the generator in the state: the die (sampled from the
same outcome table the analysis reads), the question decks, and the bots.

>>> from game.content.loader import load_bundled
>>> from game.engine import Roll
>>> game = new_game(load_bundled(), GameSetup.of("小明", bots=1), seed=2)
>>> game.current, game.phase.value, game.legal_actions()
(0, 'roll', (Roll(player=0),))
>>> game.apply(Roll(1))
Traceback (most recent call last):
...
game.errors.IllegalAction: not_your_turn: Roll(player=1) (seat 0 is to act)
>>> events = game.apply(Roll(0))
>>> type(events[0]).__name__, events[0].value in range(1, 7)
('Rolled', True)
"""

from __future__ import annotations

from collections.abc import Sequence

from game.categories import CATEGORY_ORDER, Category
from game.content.models import ClassifyQuestion, Question, Region, Square
from game.content.wording import NameSet
from game.engine.actions import (
    Action,
    Answer,
    BotMove,
    IllegalAction,
    Judge,
    Lookup,
    NameItems,
    Refusal,
)
from game.engine.bots import bot_choice, bot_naming
from game.engine.errors import SetupError
from game.engine.events import (
    Answered,
    Event,
    ItemsNamed,
    LookedUp,
    NamingAsked,
    NamingJudged,
    QuestionAsked,
)
from game.engine.judge import NamingVerdict, judge_items
from game.engine.legality import legal_actions, refusal
from game.engine.levels import DEFAULT_LEVEL, LEVELS, involves
from game.engine.rng import Pcg32
from game.engine.rules import Stop
from game.engine.state import GameSetup, GameState, Phase
from game.engine.table import ContentSource, question_table
from game.errors import Lang

_ROLL = Phase.ROLL
_ANSWER = Phase.ANSWER
_NAME = Phase.NAME
_VERDICT = Phase.VERDICT
_OVER = Phase.OVER
_END = Stop.END
_ASK = Stop.ASK
_NAME_STOP = Stop.NAME
_AGAIN = Stop.AGAIN

#: A question or item a player got wrong comes back at the start of that player's turn
#: ``REVIEW_GAP`` of their own turns later (skipped turns count; a skipped due turn moves it to
#: the next turn played), before the roll; at most one review per turn, the one due first. A
#: wrong review answer schedules it ``REVIEW_GAP`` turns later again; a right one ends it.
REVIEW_GAP = 3
#: A game ends after this many rounds even without a round limit, the leader winning: a board where
#: nobody can reach the goal (``fenleiqi check`` refuses one, but a board can be built in code)
#: must not play for ever. An ordinary game takes 10-30 rounds.
MAX_ROUNDS = 1000
#: The chance that a player with focus items (missed in earlier games) is asked about one of
#: them when the square's deck still holds such a question.
FOCUS_CHANCE = 0.5


class Game:
    """One game: the content it is played with, its set-up and seed, and its state.

    Create one with :func:`new_game`; resume one with :func:`game.engine.save.load_game`.
    """

    __slots__ = (
        "_bots",
        "_focus",
        "_levels",
        "_moves",
        "_p_correct",
        "_table",
        "board",
        "dictionary",
        "questions",
        "rules",
        "seed",
        "setup",
        "state",
    )

    def __init__(self, content: ContentSource, setup: GameSetup, seed: int, state: GameState | None = None) -> None:
        table = question_table(content, setup)
        n = len(setup.players)
        rules = table.rules.board.rules
        if not rules.min_players <= n <= rules.max_players:
            raise SetupError(
                f"board {table.board.name!r} is for {rules.min_players} to {rules.max_players} players, not {n}"
            )
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise SetupError(f"the seed must be an integer, not {seed!r}")
        self.board = table.board
        self.setup = setup
        self.seed = seed
        self.dictionary = content.dictionary
        self.questions = table.questions
        self.rules = table.rules
        self._table = table
        self._bots = tuple(p.bot for p in setup.players)
        self._p_correct = tuple(p.p_correct for p in setup.players)
        self._moves = tuple(BotMove(p) for p in range(n))
        self._levels = tuple(p.level for p in setup.players)
        self._focus = tuple(
            frozenset(i for i, q in enumerate(table.questions) if involves(q, p.focus)) if p.focus else frozenset()
            for p in setup.players
        )
        if state is None:
            state = GameState.blank(n, Pcg32.from_seed(seed))
            self.rules.begin_turn(state, None)
        self.state = state

    # -- reading the game --------------------------------------------------------------------

    @property
    def current(self) -> int:
        """The seat that acts now (the winner once the game is over)."""
        return self.state.current if self.state.phase is not _OVER else self.state.winner

    @property
    def phase(self) -> Phase:
        """The kind of decision the game waits for."""
        return self.state.phase

    @property
    def over(self) -> bool:
        """True once the game has ended."""
        return self.state.phase is _OVER

    @property
    def winner(self) -> int | None:
        """The winning seat, or None while the game goes on."""
        return self.state.winner if self.state.phase is _OVER else None

    @property
    def players(self) -> int:
        """How many seats the game has."""
        return len(self.setup.players)

    def is_bot(self, seat: int) -> bool:
        """True when the computer plays ``seat``."""
        return self._bots[seat]

    @property
    def question(self) -> Question | None:
        """The question waiting for an answer, if any."""
        index = self.state.question
        return self._table.all[index] if index >= 0 and self.state.phase is _ANSWER else None

    @property
    def reviewing(self) -> bool:
        """True while the pending question is a review (see :data:`REVIEW_GAP`)."""
        return self.state.review and self.state.phase is _ANSWER

    def correct_choice(self, question: Question) -> int:
        """The right choice of ``question`` in this game's region (front ends never compute it)."""
        index = self._table.index.get(question.id)
        return question.correct_choice if index is None else self._table.correct[index]

    def also_right(self, question: Question) -> tuple[int, ...]:
        """Other choices that count as right in this game's region (where the sources disagree)."""
        index = self._table.index.get(question.id)
        return () if index is None else self._table.also[index]

    def differences(self, question: Question) -> tuple[tuple[str, Category], ...]:
        """``(region key, category)`` of the other regions that sort the question's item otherwise."""
        index = self._table.index.get(question.id)
        return () if index is None else self._table.differences[index]

    def explanation(self, question: Question, seat: int, lang: Lang) -> str:
        """The explanation of ``question`` as ``seat`` sees it (shorter at a child's level)."""
        level = LEVELS.get(self.setup.players[seat].level, LEVELS[DEFAULT_LEVEL])
        text = level.explanation(question.explain_in(lang))
        return self._table.profile.localise(text) if lang == "zh" else text

    @property
    def profile(self) -> Region:
        """The game's region profile: the bins' names there and its display name."""
        return self._table.profile

    def localise(self, text: str) -> str:
        """``text`` with the bins called by this game's region names (Shanghai: 湿垃圾, 干垃圾)."""
        return self._table.profile.localise(text)

    @property
    def disputed(self) -> NameSet:
        """Names and aliases of the items that cities sort differently (for marking a question)."""
        return self._table.disputed

    def region_profile(self, key: str) -> Region | None:
        """The profile (display names) of region ``key`` named in :attr:`Answered.differences`."""
        return self._table.regions.get(key)

    def reviews_due(self, seat: int) -> tuple[tuple[str, int], ...]:
        """The reviews scheduled for ``seat``: ``(question id, turn due)``, in the order scheduled."""
        return tuple(self.state.reviews[seat])

    @property
    def square(self) -> Square | None:
        """The square whose question or naming is pending, if any."""
        phase = self.state.phase
        return self.board.squares[self.state.square] if phase in (_ANSWER, _NAME, _VERDICT) else None

    def find_question(self, question_id: str) -> Question | None:
        """The game's question with id ``question_id`` (for explanations after :class:`Answered`).

        Review questions about dictionary items (``item:<name>``) are found too.
        """
        index = self._table.index.get(question_id)
        return None if index is None else self._table.all[index]

    @property
    def verdict(self) -> bool | None:
        """The automatic naming verdict awaiting the facilitator (None unless judging is due).

        ``Judge(player, game.verdict)`` confirms it; the other value overrides it.
        """
        return self.state.verdict if self.state.phase is _VERDICT else None

    def legal_actions(self) -> tuple[Action, ...]:
        """Every action legal now (for a name-items square, ``NameItems`` accepts any text).

        A bot seat's only action is :class:`BotMove`.
        """
        return legal_actions(self.state, self._bots, self._table.n_choices)

    def refusal(self, action: object) -> Refusal | None:
        """Why ``action`` would be refused now, or None when it is legal."""
        return refusal(self.state, self._bots, self._table.n_choices, action)

    def is_legal(self, action: object) -> bool:
        """True when :meth:`apply` would accept ``action``."""
        return self.refusal(action) is None

    # -- changing the game -------------------------------------------------------------------

    def apply(self, action: Action) -> list[Event]:
        """Apply ``action`` and return what happened.

        Raises:
            IllegalAction: the action is not legal now (the game is left exactly as it was).
        """
        refusal = self.refusal(action)
        if refusal is not None:
            raise IllegalAction(refusal.reason, action, refusal.detail)
        ev: list[Event] = []
        self._step(action, ev)
        return ev

    def _step(self, action: Action, ev: list[Event] | None) -> None:
        """Apply a legal ``action``; events go to ``ev`` (None: no events, for fast simulation)."""
        st = self.state
        st.log.append(action)
        if isinstance(action, Lookup):
            self._lookup(action, ev)
            return
        phase = st.phase
        if phase is _ROLL:
            stop = self.rules.roll(st, self.rules.die.sample(st.rng), ev)
        elif phase is _ANSWER:
            if isinstance(action, Answer):
                choice = action.choice
            else:
                table = self._table
                index = st.question
                choice = bot_choice(st.rng, table.n_choices[index], table.correct[index], self._p_correct[st.current])
            stop = self._answer(choice, ev)
        elif phase is _NAME:
            if isinstance(action, NameItems):
                verdict = self._name(action.text, None, ev)
            else:
                verdict = self._name(*self._bot_answer(), ev)
            if not self._bots[st.current]:
                st.phase = _VERDICT
                st.verdict = verdict.passed
                return
            stop = self._conclude(verdict.passed, False, ev)
        else:
            assert isinstance(action, Judge)
            stop = self._conclude(action.accept, action.accept != st.verdict, ev)
        if stop is _ASK and not self._ask(ev):
            stop = self.rules.skip_question(st, ev)
        if stop is _END:
            self._next_turn(ev)
        elif stop is _NAME_STOP and ev is not None:
            square = self.board.squares[st.square]
            ev.append(NamingAsked(st.current, st.square, square.category, square.count))

    def _next_turn(self, ev: list[Event] | None) -> None:
        st = self.state
        n = len(st.positions)
        limit = self.setup.round_limit or MAX_ROUNDS
        begin_turn = self.rules.begin_turn
        while True:
            st.current = (st.current + 1) % n
            if limit and st.current == 0 and st.turns[0] >= limit:
                self.rules.end_by_limit(st, ev)
                return
            if not begin_turn(st, ev):
                if st.reviews[st.current]:
                    self._review(ev)
                return

    def _review(self, ev: list[Event] | None) -> None:
        """Ask the current player's first review that is due, if any (at the start of a turn)."""
        st = self.state
        p = st.current
        turn = st.turns[p]
        due = [entry for entry in st.reviews[p] if entry[1] <= turn]
        if not due:
            return
        qid = min(due, key=lambda entry: entry[1])[0]  # min keeps the first of equal turns
        index = self._table.index[qid]
        st.phase = _ANSWER
        st.question = index
        st.square = 0
        st.review = True
        if ev is not None:
            question = self._table.all[index]
            category = CATEGORY_ORDER[self._table.correct[index]] if isinstance(question, ClassifyQuestion) else None
            ev.append(QuestionAsked(p, 0, qid, question.n_choices, category or question.category, review=True))

    def _schedule(self, p: int, qid: str) -> None:
        pending = self.state.reviews[p]
        if all(entry[0] != qid for entry in pending):
            pending.append((qid, self.state.turns[p] + REVIEW_GAP))

    def _ask(self, ev: list[Event] | None) -> bool:
        """Deal the current player a question of the pending square; False when none fits."""
        st = self.state
        p = st.current
        level = self._levels[p]
        key = self._table.pool_of[st.square]
        deck_key = key if level == DEFAULT_LEVEL else f"{key}@{level}"
        deck = st.decks.get(deck_key)
        if not deck:
            pool = self._table.pool(key, level)
            if not pool:
                return False
            deck = st.decks[deck_key] = list(pool)
        pick = -1
        focus = self._focus[p]
        if focus:
            candidates = [j for j, i in enumerate(deck) if i in focus]
            if candidates and st.rng.chance(FOCUS_CHANCE):
                pick = candidates[st.rng.below(len(candidates))]
        if pick < 0:
            # Dealing a random card from the rest of the deck is a shuffle done one card at a time.
            pick = st.rng.below(len(deck))
        index = deck[pick]
        deck[pick] = deck[-1]
        deck.pop()
        st.question = index
        if ev is not None:
            question = self.questions[index]
            category = CATEGORY_ORDER[self._table.correct[index]] if isinstance(question, ClassifyQuestion) else None
            ev.append(QuestionAsked(p, st.square, question.id, question.n_choices, category or question.category))
        return True

    def _answer(self, choice: int, ev: list[Event] | None) -> Stop:
        st = self.state
        p = st.current
        index = st.question
        table = self._table
        question = table.all[index]
        correct = table.correct[index]
        right = choice == correct or choice in table.also[index]
        record = st.records[p]
        if st.review:
            record.reviews.append((question.id, right))
            st.reviews[p] = [entry for entry in st.reviews[p] if entry[0] != question.id]
            if not right:
                self._schedule(p, question.id)
            if ev is not None:
                ev.append(
                    Answered(
                        p,
                        question.id,
                        choice,
                        correct,
                        right,
                        True,
                        table.differences[index],
                        table.also[index],
                        square=None,
                    )
                )
            st.question = -1
            st.review = False
            st.phase = _ROLL
            return _AGAIN  # the turn goes on with the roll (no RollAgain: nothing was rolled yet)
        category = table.categories[index]
        record.asked[category] = record.asked.get(category, 0) + 1
        if right:
            record.right[category] = record.right.get(category, 0) + 1
            st.scores[p] += 1
        else:
            if question.id not in record.missed:
                record.missed.append(question.id)
            self._schedule(p, question.id)
        if ev is not None:
            ev.append(
                Answered(
                    p,
                    question.id,
                    choice,
                    correct,
                    right,
                    False,
                    table.differences[index],
                    table.also[index],
                    1 if right else 0,
                    st.square,
                )
            )
        st.question = -1
        return self.rules.resolve(st, right, ev)

    def _lookup(self, action: Lookup, ev: list[Event] | None) -> None:
        st = self.state
        record = st.records[action.player]
        record.hints += 1
        result = self.dictionary.lookup(action.text)
        item = result.item
        category = item.category_in(self.setup.region) if item is not None else None
        if item is not None and item.name not in record.looked_up:
            record.looked_up.append(item.name)
        if ev is not None:
            ev.append(
                LookedUp(
                    action.player,
                    action.text,
                    item.name if item is not None else None,
                    category,
                    tuple(s.name for s in result.suggestions),
                    result.generic.name if result.generic is not None else None,
                )
            )

    def _name(self, text: str, parts: Sequence[str] | None, ev: list[Event] | None) -> NamingVerdict:
        st = self.state
        p = st.current
        square = self.board.squares[st.square]
        verdict = judge_items(text, square.category, self.dictionary, self.setup.region, square.count, parts)
        record = st.records[p]
        key = _category_key(square.category)
        record.tasks[key] = record.tasks.get(key, 0) + 1
        for name in verdict.counted:
            if name not in record.named:
                record.named.append(name)
        child = LEVELS[self._levels[p]].no_disputed
        for wrong in verdict.wrong_bin:
            if wrong.item not in record.wrong_bin:
                record.wrong_bin.append(wrong.item)
            qid = f"item:{wrong.item}"
            if qid in self._table.index and not (
                child and involves(self._table.all[self._table.index[qid]], self._table.disputed)
            ):
                self._schedule(p, qid)
        if ev is not None:
            ev.append(ItemsNamed(p, text, verdict))
        return verdict

    def _conclude(self, accept: bool, overridden: bool, ev: list[Event] | None) -> Stop:
        st = self.state
        p = st.current
        points = 1 if accept else 0
        if accept:
            st.scores[p] += points
            record = st.records[p]
            key = _category_key(self.board.squares[st.square].category)
            record.passed[key] = record.passed.get(key, 0) + 1
        st.verdict = None
        if ev is not None:
            ev.append(NamingJudged(p, accept, overridden, st.square, points))
        return self.rules.resolve(st, accept, ev)

    def _bot_answer(self) -> tuple[str, Sequence[str] | None]:
        """What a computer player says at a naming square, and its parts when they need no splitting."""
        st = self.state
        square = self.board.squares[st.square]
        table = self._table
        right, wrong = table.naming(square.category)
        names = bot_naming(st.rng, right, wrong, square.count, self._p_correct[st.current])
        return "、".join(names), names if table.plain_names(square.category) else None

    def run_bots(self, max_actions: int = 1_000_000) -> int:
        """Let the computer play while bot seats are to act; returns how many actions were applied.

        The bots' actions are logged exactly as if each :class:`BotMove` had gone through
        :meth:`apply`, but no events are built: this is the fast path for simulations.
        """
        applied = 0
        state = self.state
        bots = self._bots
        moves = self._moves
        step = self._step
        while applied < max_actions and state.phase is not _OVER and bots[state.current]:
            step(moves[state.current], None)
            applied += 1
        return applied

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Game)
            and self.board == other.board
            and self.setup == other.setup
            and self.seed == other.seed
            and self.questions == other.questions
            and self.state == other.state
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"<Game {self.board.name!r} seed={self.seed} step={len(self.state.log)} "
            f"phase={self.state.phase.value} current={self.state.current}>"
        )


def _category_key(category: Category | None) -> str:
    return category.value if category is not None else "any"


def new_game(content: ContentSource, setup: GameSetup, seed: int) -> Game:
    """A new game: every token on the start, seat 0 to roll.

    Raises:
        SetupError: unknown board or region, or a number of players the board does not allow.
    """
    return Game(content, setup, seed)
