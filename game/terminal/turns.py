"""Turns: ask the engine what it waits for, ask the right person, apply, tell what happened.

:class:`Turns` never decides a rule. It looks at the engine's phase (roll, answer, name items,
verdict) and at whose seat it is, shows the matching screen, turns what is typed into the one
kind of action the engine expects, and narrates the events that come back. Every action goes
through the :class:`~game.session.game_session.Session`, so it is saved before anything is shown.

Pacing for an 80×24 terminal: when the board comes next after a person's roll, answer or naming
verdict (their turn ends, or they roll again), the game waits for Enter, so the group can read the
outcome before the board or a computer's moves push it away. What happens at the start of the next
turn (a computer's review question) is shown after that turn's header, never under the last
person's outcome; a person's review opens with their own board. A facilitator confirms each naming
verdict with Enter or overturns it with ``j``.

Quick look-up: at the roll, answer and naming prompts, ``?电池`` (or ``?`` and then the item at
a second prompt) applies :class:`~game.engine.Lookup` through the session, so it is logged,
saved and counted as a hint, shows the item's bin, then asks the same prompt again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.console import Console, RenderableType
from rich.text import Text

from game.content.models import ClassifyQuestion, Region
from game.engine import (
    Action,
    Answer,
    Answered,
    BotMove,
    Event,
    IllegalAction,
    Judge,
    Lookup,
    NameItems,
    NamingJudged,
    NamingVerdict,
    Phase,
    Roll,
    Rolled,
    TurnStarted,
    involves,
    judge_items,
)
from game.errors import Lang
from game.present.narration import answered_lines
from game.present.speech import answer_speech, question_speech
from game.present.texts import say, template
from game.session.game_session import Session
from game.session.voice import Voice
from game.terminal.board_view import board_screen
from game.terminal.narration import Narrator
from game.terminal.pacing import Pacer
from game.terminal.prompt import Prompter, Quit, is_quit
from game.terminal.question_view import naming_panel, parse_answer, question_panel, verdict_lines
from game.terminal.styles import DIM_STYLE, HINT_STYLE, TITLE_STYLE, compose, token
from game.terminal.wrap import show

#: The key that lets a facilitator overturn a naming verdict.
OVERRIDE_KEY = "j"
#: What starts a quick look-up at the roll and answer prompts (``?电池``, or ``?`` then the item).
LOOKUP_KEY = "?"

T = TypeVar("T")
#: Typed at a question, these read it aloud again.
READ_AGAIN = ("r", "读", "读题", "再读")


class Turns:
    """Plays ``session``'s game on ``console`` until it is over."""

    def __init__(
        self,
        session: Session,
        region: Region,
        console: Console,
        prompter: Prompter,
        pacer: Pacer,
        lang: Lang,
        voice: Voice | None = None,
    ) -> None:
        self.session = session
        self.voice = voice  #: reads a child's questions aloud (读题); None: silent
        self._told_no_voice = False
        self.game = session.game
        self._child_at_table = any(not p.bot and p.level == "child" for p in self.game.setup.players)
        self.region = region
        self.console = console
        self.ask = prompter
        self.pacer = pacer
        self.lang: Lang = lang
        self.narrator = Narrator(self.game, lang)
        self._lines: list[Text] = []
        #: What happened at the start of the next turn (a computer's review question): shown after
        #: that turn's header, never in the middle of the turn before.
        self._next_turn_lines: list[Text] = []
        self._verdict_shown = False
        self._bot_header: tuple[int, int] | None = None
        self._review_header: tuple[int, int] | None = None

    def play(self) -> None:
        """Run turns until somebody wins (raises :class:`Quit` when the player leaves)."""
        game = self.game
        if not game.over and game.phase is not Phase.ROLL:  # resumed mid-turn: show where things stand
            self._draw_board()
        while not game.over:
            seat = game.current
            if game.is_bot(seat):
                self._bot_turn(seat)
            elif game.phase is Phase.ROLL:
                self._roll(seat)
            elif game.phase is Phase.ANSWER:
                self._answer(seat)
            elif game.phase is Phase.NAME:
                self._name(seat)
            else:
                self._judge(seat)

    # -- helpers -------------------------------------------------------------------------------

    def show(self, *items: RenderableType) -> None:
        """Print ``items`` (texts wrapped the Chinese way)."""
        show(self.console, *items)

    def _act(self, action: Action) -> list[Event] | None:
        """Apply ``action`` and save; None (with the engine's reason shown) if it is not legal now."""
        try:
            events = self.session.apply(action)
        except IllegalAction as error:
            self.ask.hint(say("not_legal", self.lang, reason=error.reason.explain(self.lang)))
            return None
        self.narrator.width = self.console.width
        split = next((i for i, event in enumerate(events) if isinstance(event, TurnStarted)), len(events))
        self._lines = self.narrator.lines(events[:split])
        self._next_turn_lines += self.narrator.lines(events[split:])
        return events

    def _tell(self) -> None:
        self.show(*self._lines)
        self._lines = []

    def _prompt(self, key: str, seat: int, **fields: str) -> Text:
        name = token(seat).append(" " + self.game.setup.players[seat].name, style=TITLE_STYLE)
        return compose(template(key, self.lang), name=name, **fields)

    def _draw_board(self) -> None:
        self.console.print()
        self.show(*board_screen(self.game, self.region, width=self.console.width, lang=self.lang))
        self._show_next_turn_lines()

    def _show_next_turn_lines(self) -> None:
        self.show(*self._next_turn_lines)
        self._next_turn_lines = []

    def _after_person(self, seat: int) -> None:
        """Keep a person's outcome on screen until they press Enter when the board comes next (the
        turn passes, or the same player rolls again after a review or a roll-again square): on
        80×24 nothing scrolls away unread. A question or naming panel that follows at once is
        short, so the outcome stays visible above it without a pause."""
        if not self.game.over and (self.game.current != seat or self.game.phase is Phase.ROLL):
            self._wait_for_enter()

    def _read(self, prompt: Text, seat: int) -> str:
        """A line typed at ``prompt`` by the person at ``seat``; a look-up (``?电池``, or ``?``
        and then the item at a second prompt) is answered, then ``prompt`` is shown again."""
        while True:
            typed = self.ask.line(prompt)
            if not typed.startswith(LOOKUP_KEY):
                return typed
            text = typed[len(LOOKUP_KEY) :].strip() or self.ask.line(Text(say("ask_lookup", self.lang)))
            if text:
                self._lookup(seat, text)

    def _choose(self, prompt: Text, seat: int, parse: Callable[[str], T | None], retry: str, speech: str = "") -> T:
        """Like :meth:`Prompter.choose` (no default), with look-ups; ``r`` reads ``speech`` again."""
        while True:
            typed = self._read(prompt, seat)
            if speech and typed.strip().lower() in READ_AGAIN:
                self._say(speech)
                continue
            value = parse(typed) if typed else None
            if value is not None:
                return value
            self.ask.hint(retry)

    def _reads_aloud(self, seat: int) -> bool:
        """A child's questions are read aloud (unless ``--no-voice``)."""
        return self.voice is not None and not self.game.is_bot(seat) and self.game.setup.players[seat].level == "child"

    def _say(self, text: str) -> None:
        """Read ``text`` aloud; the first time that cannot be done, say why in one line."""
        if self.voice is None:
            return
        self.voice.say(text)
        self.voice.wait_until_ready(3.0)  # a moment the first time only: the voice is looked for once
        if self.voice.notice is not None and not self._told_no_voice:
            self._told_no_voice = True
            self.show(Text(self.voice.notice_in(self.lang), style=DIM_STYLE))

    def _lookup(self, seat: int, text: str) -> None:
        """Apply ``Lookup`` through the session (it is logged and saved) and show what was found."""
        if self._act(Lookup(seat, text)) is not None:
            self._tell()

    def _wait_for_enter(self) -> None:
        while True:
            typed = self.ask.line(Text(say("ask_continue", self.lang)))
            if not typed:
                return
            if is_quit(typed):
                raise Quit
            self.ask.hint(say("retry_continue", self.lang))

    # -- one handler per phase ---------------------------------------------------------------

    def _bot_turn(self, seat: int) -> None:
        turn = (seat, self.game.state.turns[seat])
        if turn != self._bot_header:
            self._bot_header = turn
            self.show(Text(style="dim").append_text(self._prompt("turn_of", seat)))
            self._show_next_turn_lines()
        events = self._act(BotMove(seat))
        if events is not None:
            self._tell()
            if self._child_at_table and any(isinstance(e, (Answered, NamingJudged)) for e in events):
                self._wait_for_enter()  # a child reads the computer's answer before it scrolls away
            else:
                self.pacer.pause()

    def _roll(self, seat: int) -> None:
        self._draw_board()
        while True:
            typed = self._read(self._prompt("ask_roll", seat), seat)
            if not typed:
                break
            if is_quit(typed):
                raise Quit
            self.ask.hint(say("retry_roll", self.lang))
        events = self._act(Roll(seat))
        if events is None:
            return
        rolled = next((e for e in events if isinstance(e, Rolled)), None)
        if rolled is not None:
            self.pacer.dice(rolled.value, self.game.board.rules.dice, say("dice", self.lang))
        self._tell()
        self._after_person(seat)

    def _answer(self, seat: int) -> None:
        question, square = self.game.question, self.game.square
        assert question is not None and square is not None
        review = self.game.reviewing
        if review and self._review_header != (seat, self.game.state.turns[seat]):
            self._review_header = (seat, self.game.state.turns[seat])
            self._draw_board()  # a review opens the player's own turn: the board says whose turn it is
        self.console.print(
            question_panel(
                question,
                square.number,
                self.region,
                self.lang,
                self.console.width,
                review=self.game.reviewing,
                pinyin=self.game.setup.players[seat].shows_pinyin,
            )
        )
        if involves(question, self.game.disputed):  # the answer depends on the city: say whose rules count
            self.console.print(Text(say("disputed_note", self.lang, region=self.region.name_in(self.lang))))
        retry = "retry_choice_bins" if isinstance(question, ClassifyQuestion) else "retry_choice"
        reads = self._reads_aloud(seat)
        speech = question_speech(question, self.region, self.lang)
        if reads:
            self._say(speech)
        again = reads and self.voice is not None and self.voice.available  # offer "r" only with a voice
        choice = self._choose(
            self._prompt("ask_choice_read" if again else "ask_choice", seat, high=str(question.n_choices)),
            seat,
            parse_answer(question, self.region),
            say(retry, self.lang, high=question.n_choices),
            speech,
        )
        events = self._act(Answer(seat, choice))
        if events is None:
            return
        self._tell()
        answered = next((e for e in events if isinstance(e, Answered)), None)
        if reads and answered is not None:
            self._say(answer_speech(answered_lines(self.game, answered, self.lang)))
        self._after_person(seat)

    def _name(self, seat: int) -> None:
        square = self.game.square
        assert square is not None
        reads_pinyin = self.game.setup.players[seat].shows_pinyin and not self.game.is_bot(seat)
        self.console.print(naming_panel(square, self.region, self.lang, self.console.width, reads_pinyin))
        text = self._choose(
            self._prompt("ask_naming", seat), seat, lambda typed: typed or None, say("retry_naming", self.lang)
        )
        if self._act(NameItems(seat, text)) is not None:
            self._tell()
            self._verdict_shown = True

    def _judge(self, seat: int) -> None:
        verdict = self.game.verdict
        assert verdict is not None
        if not self._verdict_shown:  # resumed while the verdict was waiting: show it again
            self.show(*verdict_lines(self._pending_verdict(), self.region, self.lang))
        ask = "ask_verdict_to_fail" if verdict else "ask_verdict_to_pass"
        while True:
            typed = self.ask.line(Text(say(ask, self.lang), style=HINT_STYLE))
            if typed.lower() in ("", OVERRIDE_KEY):
                break
            self.ask.hint(say("retry_verdict", self.lang))
        accept = verdict if not typed else not verdict
        if self._act(Judge(seat, accept)) is not None:
            self._verdict_shown = False
            self._tell()
            self._after_person(seat)

    def _pending_verdict(self) -> NamingVerdict:
        """The automatic verdict awaiting the facilitator, judged again from the logged answer."""
        game = self.game
        square = game.square
        assert square is not None
        text = next(action.text for action in reversed(game.state.log) if isinstance(action, NameItems))
        return judge_items(text, square.category, game.dictionary, game.setup.region, square.count)
