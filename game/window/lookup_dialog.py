"""The look-up (查一查): type an item, see its bin and why; suggestions and kinds are buttons."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.engine import (
    LookedUp,
    Lookup,
)
from game.present.texts import t
from game.window import theme
from game.window.icons import bin_icon
from game.window.theme import INK, WHITE
from game.window.widgets import Button, TextField, is_click

if TYPE_CHECKING:
    from game.window.app import App
    from game.window.game_scene import GameScene
from game.window.dialog import NAME_LOOKUP_CHARS, Dialog


class LookupDialog(Dialog):
    """查一查 · look up: which bin does a typed item go in? (a hint, logged like every action)."""

    def __init__(self, app: App, scene: GameScene) -> None:
        super().__init__(app, scene)
        self.field = TextField(max_chars=NAME_LOOKUP_CHARS, on_submit=self.look_up)
        self.looked: LookedUp | None = None
        self.search_button = Button("", lambda: self.look_up(self.field.text))
        self.close_button = Button("", self.close, colour=theme.BUTTON)
        self.suggestion_buttons: list[Button] = []  #: one per suggested name: a click looks it up

    def enter(self) -> None:
        self.field.focus(True)

    def leave(self) -> None:
        self.field.focus(False)

    def look_up(self, typed: str) -> None:
        """Apply ``Lookup`` for this player through the game scene (saved and logged)."""
        if self.bot or not typed.strip():
            return
        events = self.submit(Lookup(self.player, typed.strip()))
        found = next((e for e in events if isinstance(e, LookedUp)), None)
        if found is not None:
            self.looked = found
            self.field.text = ""
            self.suggestion_buttons = [
                Button(name, partial(self.look_up, name), colour=theme.BUTTON_DARK)
                for name in (found.suggestions if found.item is None else ())
            ]
            self.layout(self.size)

    def reason(self) -> str:
        """Why the item found goes in its bin (from the item dictionary), or ""."""
        looked = self.looked
        if looked is None or looked.item is None:
            return ""
        item = self.game.dictionary.exact(looked.item)
        return self.game.localise(item.reason) if item is not None else ""

    def animating(self) -> bool:
        return False

    def update(self, dt: float) -> None:
        self.field.update(dt)

    def redraw_every(self) -> float | None:
        return 0.5 if self.field.focused else None

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.close()
            return
        if self.field.handle_event(event):
            return
        for button in (self.search_button, self.close_button, *self.suggestion_buttons):
            if button.handle_event(event):
                return
        if is_click(event) and not self.card.collidepoint(event.pos):
            self.close()

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        unit, pad = self.unit, self.pad
        card_h = min(size[1] - 2 * max(8, round(min(size) * 0.04)), round(unit * 20))
        self.card = pygame.Rect(self.card.x, 0, self.card.width, card_h)
        self.card.centery = size[1] // 2
        card = self.card
        field_h = round(unit * 2.6)
        submit_w = min(round(unit * 6), card.width // 4)
        y = card.y + pad + round(unit * 2.6)
        self.field.rect = pygame.Rect(card.x + pad, y, card.width - 3 * pad - submit_w, field_h)
        self.field.text_size = round(unit * 1.15)
        self.field.placeholder = t("l.type_hint", self.lang)
        if self.field.focused:
            pygame.key.set_text_input_rect(self.field.rect)
        self.search_button.rect = pygame.Rect(self.field.rect.right + pad, y, submit_w, field_h)
        self.search_button.label = t("l.search", self.lang)
        self.search_button.text_size = round(unit * 1.05)
        button_h = round(unit * 2.4)
        self.close_button.rect = pygame.Rect(0, 0, min(round(unit * 8), card.width // 3), button_h)
        self.close_button.rect.bottomright = (card.right - pad, card.bottom - pad)
        self.close_button.label = t("l.close", self.lang)
        self.close_button.hint = "Esc"
        self.close_button.text_size = round(unit * 1.0)
        self.result_rect = pygame.Rect(
            card.x + pad,
            self.field.rect.bottom + pad,
            card.width - 2 * pad,
            self.close_button.rect.top - pad - self.field.rect.bottom - pad,
        )

    def _layout_suggestions(self, top: int) -> None:
        """The suggestion buttons in rows under ``top``, inside the result area."""
        unit, area = self.unit, self.result_rect
        height = round(unit * 2.0)
        gap = max(4, unit // 3)
        x, y = area.x, top
        for button in self.suggestion_buttons:
            button.text_size = round(unit * 0.95)
            width = min(area.width, self.text.measure(button.label, button.text_size, bold=True) + 2 * unit)
            if x + width > area.right and x > area.x:
                x, y = area.x, y + height + gap
            button.rect = pygame.Rect(x, y, width, height)
            if y + height > area.bottom:
                button.rect = pygame.Rect(0, 0, 0, 0)  # no room: not shown, not clickable
            x += width + gap

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface, t("l.header", self.lang, name=self.name), None)
        self.field.draw(surface, self.text)
        self.search_button.draw(surface, self.text)
        self._draw_result(surface)
        self.close_button.draw(surface, self.text)

    def _draw_result(self, surface: pygame.Surface) -> None:
        text, unit, lang, area = self.text, self.unit, self.lang, self.result_rect
        looked = self.looked
        if looked is None:
            text.draw(surface, t("l.hint", lang), round(unit * 0.95), theme.SOFT_INK, area.topleft, width=area.width)
            return
        if looked.item is None or looked.category is None:
            generic = self.game.dictionary.generic(looked.generic) if looked.generic else None
            title = t("l.generic", lang, text=looked.text) if generic else t("l.unknown", lang, text=looked.text)
            y = text.draw(surface, title, round(unit * 1.1), INK, area.topleft, bold=True, width=area.width).bottom
            if generic is not None:
                y = text.draw(
                    surface,
                    self.game.localise(generic.reason),
                    round(unit * 0.95),
                    INK,
                    (area.x, y + 4),
                    width=area.width,
                    max_lines=3,
                ).bottom
            if looked.suggestions:
                y = text.draw(
                    surface,
                    t("l.which_kind" if generic else "l.did_you_mean", lang),
                    round(unit * 1.0),
                    theme.SOFT_INK,
                    (area.x, y + 4),
                ).bottom
                self._layout_suggestions(y + 4)
                for button in self.suggestion_buttons:
                    button.draw(surface, text)
            return
        category = looked.category
        side = min(round(unit * 4.2), area.height)
        badge = pygame.Rect(area.x, area.y, side, side)
        pygame.draw.rect(surface, category.colour, badge, border_radius=side // 5)
        icon = bin_icon(category, round(side * 0.7), WHITE)
        surface.blit(icon, icon.get_rect(center=badge.center))
        x = badge.right + self.pad
        item = self.game.dictionary.find(looked.item)
        picture = self.app.pictures.get(item.picture, side) if item is not None and item.picture else None
        if picture is not None:  # the thing itself, beside its bin
            surface.blit(picture, (x, area.y))
            x += side + self.pad
        width = area.right - x
        bin_name = self.scene.region.category_name(category, lang)
        head = text.draw(
            surface,
            t("l.found", lang, item=looked.item, category=bin_name),
            round(unit * 1.3),
            category.colour if category.colour != (73, 73, 73) else INK,
            (x, area.y),
            bold=True,
            width=width,
            max_lines=2,
        )
        reason = self.reason()
        if reason:
            box = (width, area.bottom - head.bottom - 4)
            size = text.fit_block(reason, round(unit * 1.0), box, min_size=max(10, unit * 2 // 3))
            lines = max(1, box[1] // text.line_height(size))
            text.draw(surface, reason, size, INK, (x, head.bottom + 4), width=width, max_lines=lines)
