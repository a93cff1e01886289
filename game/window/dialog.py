"""What every dialog over the board shares: the frame with the square, the continue button,
the player's name, and how long a text takes to read.

The dialogs (:mod:`~game.window.question_dialog`, :mod:`~game.window.naming_dialog`,
:mod:`~game.window.lookup_dialog`) are a question to answer, items to name, and a look-up.

Both show the player whose turn it is, take a person's answer by mouse or keys (or let a
computer player "think" for a moment), send it to the engine through the game scene, and then
give immediate feedback: right or wrong, the right answer, the explanation, and the move it
causes. The events after the answer are handed back to the game scene to animate once the
dialog closes.

A classify question always offers the four bins in the standard order (1 kitchen, 2 recyclable,
3 hazardous, 4 other) with their colour, pictogram and name. A naming task takes typed text
(Chinese through the input method) and also offers a grown-up's "counts / doesn't count" pair
of buttons for answers said aloud.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.content.models import Square
from game.engine import (
    Action,
    Event,
)
from game.present.squares import square_title
from game.present.texts import t
from game.window import theme
from game.window.board_view import token_sprite
from game.window.layout import text_unit
from game.window.ruby import RubyText
from game.window.scene import Scene
from game.window.text import Anchor, largest_size
from game.window.theme import INK, RGB
from game.window.widgets import Button, panel

if TYPE_CHECKING:
    from game.window.app import App
    from game.window.game_scene import GameScene

NAME_LOOKUP_CHARS = 30
BOT_THINK = 1.4  #: seconds a computer player "thinks" before answering
NUMBER_KEYS = {
    pygame.K_1: 0,
    pygame.K_2: 1,
    pygame.K_3: 2,
    pygame.K_4: 3,
    pygame.K_KP1: 0,
    pygame.K_KP2: 1,
    pygame.K_KP3: 2,
    pygame.K_KP4: 3,
}
CONTINUE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


def reading_time(text: str) -> float:
    """How long a computer player's feedback stays up when no child plays: enough to read it."""
    return min(7.0, 2.5 + len(text) * 0.05)


class Dialog(Scene):
    """A card over the dimmed board, for the player whose turn it is."""

    opaque = False

    def __init__(self, app: App, scene: GameScene) -> None:
        super().__init__(app)
        self.scene = scene
        self.game = scene.game
        self.player = self.game.current
        self.bot = self.game.is_bot(self.player)
        #: with a child at the table a computer's answer stays up until someone presses Continue:
        #: nothing a child must read disappears on a timer
        self.child_at_table = any(not p.bot and p.level == "child" for p in self.game.setup.players)
        self.name = scene.names[self.player]
        self.wait = 0.0
        self.continue_button = Button("", self.close, colour=theme.ACCENT)
        self.card = pygame.Rect(0, 0, 10, 10)
        self.unit = 20
        self.veil: pygame.Surface | None = None
        self._held: frozenset[int] = frozenset()
        self._armed_at = 0
        seat = self.game.setup.players[self.player]
        #: a child's seat reads with pinyin over the task, the question, the choices, the verdict
        #: and the explanation
        self.ruby = RubyText(self.text) if self.lang == "zh" and not self.bot and seat.shows_pinyin else None

    # -- text, with pinyin above it for a seat that reads with pinyin -----------------------------

    def _fit(self, text: str, size: int, width: int, bold: bool = False) -> int:
        """The largest size up to ``size`` at which ``text`` fits ``width`` on one line."""
        if self.ruby is None:
            return self.text.fit(text, size, width, bold)
        ruby = self.ruby
        return largest_size(size, 9, lambda s: len(ruby.lines(text, s, width, bold)) <= 1)

    def _fit_block(self, text: str, size: int, box: tuple[int, int], bold: bool = False, min_size: int = 10) -> int:
        if self.ruby is None:
            return self.text.fit_block(text, size, box, bold, min_size)
        return self.ruby.fit(text, size, box, bold, min_size)

    def _line_height(self, size: int) -> int:
        return self.text.line_height(size) if self.ruby is None else self.ruby.line_height(size)

    def _write(
        self,
        surface: pygame.Surface,
        text: str,
        size: int,
        colour: RGB,
        pos: tuple[int, int],
        anchor: Anchor = "topleft",
        **options: Any,
    ) -> pygame.Rect:
        if self.ruby is None:
            return self.text.draw(surface, text, size, colour, pos, anchor, **options)
        return self.ruby.draw(surface, text, size, colour, pos, anchor, **options)

    def arm_continue(self) -> None:
        """The feedback is on screen now: a key already held down (the Enter that answered, kept
        pressed and repeating) does not skip it; it counts again once let go and pressed anew."""
        self._held = frozenset(self.app.keys_down)
        self._armed_at = self.app.key_events

    def is_continue(self, event: pygame.event.Event) -> bool:
        """A fresh press of Enter or Space (not one held since the feedback appeared)."""
        if event.type != pygame.KEYDOWN or event.key not in CONTINUE_KEYS:
            return False
        return event.key not in self._held or self.app.key_released.get(event.key, -1) > self._armed_at

    def close(self) -> None:
        """Back to the board (which then animates what the answer caused)."""
        self.app.pop(self)

    def submit(self, action: Action) -> list[Event]:
        """Send ``action`` to the engine through the game scene; returns the events."""
        return self.scene.act(action)

    def pause(self) -> None:
        """Esc: the pause menu."""
        from game.window.pause_scene import PauseScene

        self.app.push(PauseScene(self.app, self.scene))

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        width, height = size
        self.unit = unit = text_unit(size)
        margin = max(8, round(min(width, height) * 0.04))
        card_w = min(width - 2 * margin, round(unit * 46))
        card_h = min(height - 2 * margin, round(unit * 31))
        self.card = pygame.Rect(0, 0, card_w, card_h)
        self.card.center = (width // 2, height // 2)
        self.pad = max(8, round(unit * 0.8))
        self.veil = pygame.Surface(size, pygame.SRCALPHA)
        self.veil.fill(theme.DIM)
        button_h = round(unit * 2.6)
        self.continue_button.rect = pygame.Rect(0, 0, min(round(unit * 10), card_w // 2), button_h)
        self.continue_button.rect.bottomright = (self.card.right - self.pad, self.card.bottom - self.pad)
        self.continue_button.label = t("q.continue", self.lang)
        self.continue_button.hint = t("q.continue_key", self.lang)
        self.continue_button.text_size = round(unit * 1.1)

    def draw_frame(
        self, surface: pygame.Surface, heading: str, square: Square | None, reserved: int = 0
    ) -> pygame.Rect:
        """The veil, the card and its header (``reserved`` pixels at its right end left free for a
        button); returns the header's rectangle."""
        if self.veil is not None:
            surface.blit(self.veil, (0, 0))
        panel(surface, self.card, radius=max(8, self.unit))
        unit, pad = self.unit, self.pad
        header = pygame.Rect(self.card.x + pad, self.card.y + pad, self.card.width - 2 * pad, round(unit * 2.2))
        token = token_sprite(self.player, header.height, self.text)
        surface.blit(token, token.get_rect(midleft=header.midleft))
        x = header.x + token.get_width() + pad // 2
        name_rect = self.text.draw(surface, heading, round(unit * 1.15), INK, (x, header.centery), "midleft", bold=True)
        if square is not None:
            label = square_title(square, self.scene.region, self.game.board.finish, self.lang)
            right = header.right - (reserved + pad if reserved else 0)
            width = right - name_rect.right - pad
            if width > unit * 3:
                self.text.draw(
                    surface,
                    label,
                    round(unit * 0.8),
                    theme.SOFT_INK,
                    (right, header.centery),
                    "midright",
                    width=width,
                    max_lines=1,
                )
        return header

    def animating(self) -> bool:
        return self.bot or self.wait > 0
