"""The game screen: the board, a banner with the square's text, the players and the roll button.

The engine decides everything. This scene sends it actions (a roll, a computer's move), saves
after each one, and turns the events it returns into beats on a :class:`Timeline`: the die
tumbles, the token walks square by square, a jump slides, the landed square's text shows in the
banner (every step teaches). When the engine waits for an answer or a naming, a dialog opens
over the board (:mod:`game.window.question_dialog`, :mod:`game.window.naming_dialog`, :mod:`game.window.lookup_dialog`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.content.loader import Content
from game.engine import (
    Action,
    BotMove,
    Bounced,
    ChainStopped,
    Event,
    Game,
    IllegalAction,
    Jumped,
    Landed,
    Moved,
    NamingAsked,
    NoQuestion,
    Overshot,
    Phase,
    QuestionAsked,
    Roll,
    RollAgain,
    Rolled,
    SkipsAdded,
    TurnSkipped,
    TurnStarted,
    Won,
)
from game.present.narration import event_lines
from game.present.texts import t
from game.session.game_session import Session
from game.window import theme
from game.window.board_view import (
    BoardView,
    TokenPos,
)
from game.window.game_panel import TOAST_TIME, draw_banner, draw_panel, draw_toasts
from game.window.icons import ui_icon
from game.window.layout import ScreenLayout
from game.window.scene import Scene
from game.window.theme import WHITE
from game.window.timeline import Beat, Timeline
from game.window.widgets import Button, is_click

if TYPE_CHECKING:
    from game.window.app import App

STEP_TIME = 0.22  #: seconds per square walked
SLIDE_TIME = 0.7  #: seconds for a jump
DIE_TIME = 0.75  #: seconds the die tumbles
BOT_DELAY = 0.9  #: seconds before a computer player rolls
#: The events shown as a short message over the board.
TOASTED = (TurnSkipped, RollAgain, SkipsAdded, Bounced, Overshot, NoQuestion, ChainStopped, Won)


#: How old a message is when it stands fully shown (faded in, not yet fading out).
HELD_AGE = 0.2


@dataclass
class Toast:
    """A short message over the board that fades away."""

    text: str
    age: float = 0.0


class GameScene(Scene):
    """The board and everything around it, for one game."""

    def __init__(
        self, app: App, game: Game, content: Content, content_paths: Sequence[str] = (), session: Session | None = None
    ) -> None:
        super().__init__(app)
        self.game = game
        self.content = content
        self.content_paths = tuple(content_paths)
        self.region = content.region(game.setup.region)
        self.names = [p.name for p in game.setup.players]
        self.view = BoardView(game.board, self.region, app.lang, app.text)
        self.tokens = [TokenPos(seat, square) for seat, square in enumerate(game.state.positions)]
        self.timeline = Timeline()
        self.die_value: int | None = None
        self.die_spin: float | None = None  #: progress of the tumbling die, None when still
        self.banner_square: int | None = None
        self.read_time = 0.0  #: extra seconds a computer waits so people can read the banner
        self.toasts: list[Toast] = []
        #: with a child at the table nothing they must read goes away by itself (messages included)
        self.child_at_table = any(not p.bot and p.level == "child" for p in game.setup.players)
        self.bot_wait = 0.0
        self.turn_player = game.current
        self.finished = False
        self.session = session or Session(
            game, content, self.content_paths, app.options.save_path, options=app.options.kept()
        )
        self.session.warn = self._save_failed
        self.roll_button = Button("", self.roll, colour=theme.ACCENT)
        self.menu_button = Button("", self.open_menu, colour=theme.BUTTON)
        self.sound_button = Button("", self.toggle_sound, colour=theme.BUTTON)
        self.lookup_button = Button("", self.open_lookup, colour=theme.BUTTON)
        self.screen = ScreenLayout.compute((1280, 800))

    # -- acting ------------------------------------------------------------------------------

    def autosave(self) -> bool:
        """Save the game (after every action, so closing or a crash loses nothing)."""
        return self.session.save()

    def _save_failed(self, detail: str) -> None:
        self.toast(t("save_failed", self.lang, detail=detail))

    def act(self, action: Action) -> list[Event]:
        """Apply ``action`` in the engine and save; a refused action becomes a message."""
        if isinstance(action, Roll) and self.child_at_table:
            self.toasts = []  # a child's messages stayed up until now: the next roll clears them
        try:
            return self.session.apply(action)
        except IllegalAction as error:
            self.toast(t("not_legal", self.lang, reason=error.reason.explain(self.lang)))
            return []

    def toast_text(self, event: Event) -> str | None:
        """What to flash over the board for ``event`` (the narration's words), or None."""
        if not isinstance(event, TOASTED):
            return None
        lines = event_lines(self.game, event, self.lang)
        return lines[0].plain if lines else None

    def idle(self) -> bool:
        """True when nothing is being shown and the game waits for a decision."""
        return not self.timeline.busy

    def can_roll(self) -> bool:
        """True when a person may roll now."""
        game = self.game
        return (
            self.idle()
            and not game.over
            and game.phase is Phase.ROLL
            and not game.is_bot(game.current)
            and self.app.top is self
        )

    def roll(self) -> None:
        """Roll for the current player (the button, Space or Enter)."""
        if self.can_roll():
            self.show(self.act(Roll(self.game.current)))

    def can_look_up(self) -> bool:
        """True when the look-up may open: a person's turn, nothing moving, no dialog on top."""
        game = self.game
        return self.idle() and not game.over and not game.is_bot(game.current) and self.app.top is self

    def open_lookup(self) -> None:
        """查一查 · look up (the button or L): which bin does an item go in?"""
        from game.window.lookup_dialog import LookupDialog

        if self.can_look_up():
            self.app.push(LookupDialog(self.app, self))

    def open_menu(self) -> None:
        """Pause: the menu with resume, save and quit."""
        from game.window.pause_scene import PauseScene

        self.app.push(PauseScene(self.app, self))

    def toggle_sound(self) -> None:
        """Sound on or off (the speaker button or M)."""
        if not self.app.toggle_sound():
            self.toast(t("event.no_sound", self.lang))
        self.layout(self.size)

    def toast(self, text: str) -> None:
        """Flash ``text`` over the board."""
        self.toasts = [*self.toasts[-2:], Toast(text)]

    # -- events → beats ----------------------------------------------------------------------

    def show(self, events: Sequence[Event]) -> None:
        """Queue the animation of ``events`` (answers and namings are shown by the dialogs)."""
        for event in events:
            self._show(event)

    def _show(self, event: Event) -> None:
        add = self.timeline.add
        if isinstance(event, TurnStarted):
            add(Beat(0.25, on_start=partial(self._set_turn, event.player)))
        elif isinstance(event, TurnSkipped):
            add(Beat(1.2, on_start=partial(self._skip_turn, event)))
        elif isinstance(event, Rolled):
            add(
                Beat(
                    DIE_TIME,
                    on_start=self._start_die,
                    on_progress=self._spin,
                    on_end=partial(self._stop_die, event.value),
                )
            )
        elif isinstance(event, Moved):
            previous = event.start
            for square in event.path:
                self._step(event.player, previous, square, hop=True, duration=STEP_TIME)
                previous = square
        elif isinstance(event, Jumped):
            add(Beat(0.45))
            self._step(event.player, event.start, event.end, hop=False, duration=SLIDE_TIME, sound="jump")
        elif isinstance(event, Landed):
            add(Beat(0.35, on_start=partial(self._land, event)))
        elif isinstance(event, TOASTED):
            if isinstance(event, Won):
                add(Beat(2.0, on_start=partial(self._celebrate, event), on_end=self.finish))
            else:
                add(Beat(0.9, on_start=partial(self._toast_event, event)))
        elif isinstance(event, (QuestionAsked, NamingAsked)):
            add(Beat(0.3))

    def _set_turn(self, player: int) -> None:
        self.turn_player = player

    def _skip_turn(self, event: TurnSkipped) -> None:
        self._set_turn(event.player)
        self._toast_event(event)

    def _toast_event(self, event: Event) -> None:
        text = self.toast_text(event)
        if text:
            self.toast(text)

    def _start_die(self) -> None:
        self.die_spin = 0.0
        self.app.sound.play("roll")

    def _spin(self, progress: float) -> None:
        self.die_spin = progress

    def _stop_die(self, value: int) -> None:
        self.die_spin = None
        self.die_value = value

    def _step(self, player: int, start: int, end: int, *, hop: bool, duration: float, sound: str = "step") -> None:
        token = self.tokens[player]

        def begin() -> None:
            token.square, token.target, token.t, token.hop = start, end, 0.0, hop
            self.app.sound.play(sound)

        def progress(fraction: float) -> None:
            token.t = fraction

        def done() -> None:
            token.square, token.target, token.t = end, None, 0.0

        self.timeline.add(Beat(duration, on_start=begin, on_progress=progress, on_end=done))

    def _land(self, event: Landed) -> None:
        self.banner_square = event.square
        square = self.game.board.squares[event.square]
        text = self.game.localise(square.text_in(self.lang))
        self.read_time = min(4.0, 0.8 + len(text) * 0.06) if text else 0.0

    def _celebrate(self, event: Won) -> None:
        self._toast_event(event)
        self.app.sound.play("win")

    def finish(self) -> None:
        """The game is over: write the report if asked, and show the podium."""
        from game.window.end_scene import EndScene

        if self.finished:
            return
        self.finished = True
        self.app.replace(EndScene(self.app, self.game, self.content, self.content_paths, self.session))

    def sync_tokens(self) -> None:
        """Put every token where the engine says it is (after an animation, or a resume)."""
        for token, square in zip(self.tokens, self.game.state.positions, strict=True):
            token.square, token.target, token.t = square, None, 0.0

    # -- the scene interface -----------------------------------------------------------------

    def update(self, dt: float) -> None:
        self.timeline.update(dt)
        for toast in self.toasts:
            # with a child at the table a message stays (fully shown) until the next roll
            toast.age = min(toast.age + dt, HELD_AGE) if self.child_at_table else toast.age + dt
        self.toasts = [toast for toast in self.toasts if toast.age < TOAST_TIME]
        if self.timeline.busy or self.app.top is not self:
            return
        self.sync_tokens()
        game = self.game
        if game.over:
            self.finish()
            return
        self.turn_player = game.current
        if game.phase in (Phase.ANSWER, Phase.NAME, Phase.VERDICT):
            self.open_dialog()
        elif game.is_bot(game.current):
            self.bot_wait += dt
            if self.bot_wait >= BOT_DELAY + self.read_time:
                self.bot_wait = self.read_time = 0.0
                self.show(self.act(BotMove(game.current)))
        else:
            self.bot_wait = 0.0

    def open_dialog(self) -> None:
        """Open the question or naming dialog the engine waits for."""
        from game.window.naming_dialog import NamingDialog
        from game.window.question_dialog import QuestionDialog

        if self.game.phase is Phase.ANSWER:
            self.app.push(QuestionDialog(self.app, self))
        else:
            self.app.push(NamingDialog(self.app, self))

    def animating(self) -> bool:
        game = self.game
        waiting_bot = not game.over and game.is_bot(game.current)
        waiting_dialog = game.phase in (Phase.ANSWER, Phase.NAME, Phase.VERDICT)
        fading = any(toast.age < HELD_AGE or not self.child_at_table for toast in self.toasts)
        return self.timeline.busy or fading or waiting_bot or waiting_dialog or game.over

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.open_menu()
            elif event.key in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER) and not self.app.repeating:
                self.roll()  # a held key does not roll for the next player too
            elif event.key == pygame.K_m:
                self.toggle_sound()
            elif event.key == pygame.K_l:
                self.open_lookup()
            return
        for button in (self.roll_button, self.lookup_button, self.menu_button, self.sound_button):
            if button.handle_event(event):
                return
        if is_click(event):
            square = self.view.layout(self.screen.board).square_at(event.pos)
            if square is not None:  # look at any square's text
                self.banner_square = square

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        self.screen = screen = ScreenLayout.compute(size)
        unit = screen.unit
        lang = self.lang
        box = screen.panel.inflate(-2 * max(6, unit // 2), -2 * max(6, unit // 2))
        icon_button = round(unit * 2.2)
        self.menu_button.rect = pygame.Rect(box.right - icon_button, box.y, icon_button, icon_button)
        self.menu_button.icon = ui_icon("menu", round(icon_button * 0.55), WHITE)
        self.sound_button.rect = self.menu_button.rect.move(-icon_button - max(4, unit // 3), 0)
        self.sound_button.icon = ui_icon(
            "sound_on" if self.app.sound.enabled else "sound_off", round(icon_button * 0.6), WHITE
        )
        self.sound_button.label = self.menu_button.label = ""
        wide = box.width > box.height * 1.3
        roll_h = round(unit * 3.4)
        if wide:  # a panel under the board (tall window): players left, die and button right
            right_w = max(round(unit * 9), box.width // 3)
            top = self.menu_button.rect.bottom + unit // 3  # under the panel's title row
            self.players_rect = pygame.Rect(box.x, top, box.width - right_w - unit, box.bottom - top)
            die_side = min(round(unit * 4.2), box.height - roll_h - icon_button - unit)
            self.die_rect = pygame.Rect(0, 0, die_side, die_side)
            self.die_rect.midtop = (box.right - right_w // 2, self.menu_button.rect.bottom + unit // 3)
            self.roll_button.rect = pygame.Rect(box.right - right_w, box.bottom - roll_h, right_w, roll_h)
        else:
            self.roll_button.rect = pygame.Rect(box.x, box.bottom - roll_h, box.width, roll_h)
            die_side = min(round(unit * 4.6), box.width // 2)
            self.die_rect = pygame.Rect(0, 0, die_side, die_side)
            self.die_rect.midbottom = (box.centerx, self.roll_button.rect.top - unit)
            top = self.menu_button.rect.bottom + unit // 2
            self.players_rect = pygame.Rect(box.x, top, box.width, self.die_rect.top - unit - top)
        self.roll_button.label = t("game.roll", lang)
        self.roll_button.hint = t("game.roll_keys", lang)
        self.roll_button.text_size = round(unit * 1.35)
        # 查一查 shares the roll button's row, on its right.
        roll = self.roll_button.rect
        lookup_w = max(round(unit * 4.5), roll.width * 3 // 10)
        gap = max(4, unit // 3)
        self.lookup_button.rect = pygame.Rect(roll.right - lookup_w, roll.y, lookup_w, roll.height)
        self.roll_button.rect = pygame.Rect(roll.x, roll.y, roll.width - lookup_w - gap, roll.height)
        self.lookup_button.label = t("l.button", lang)
        self.lookup_button.hint = t("l.key", lang)
        self.lookup_button.text_size = round(unit * 1.0)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKGROUND)
        screen = self.screen
        current = self.turn_player
        highlight = None
        if self.idle() and not self.game.over:
            highlight = self.tokens[current].square
        self.view.draw(surface, screen.board, self.tokens, highlight)
        draw_banner(self, surface)
        draw_panel(self, surface)
        draw_toasts(self, surface)

    def on_close(self) -> None:
        if not self.game.over:
            self.autosave()
