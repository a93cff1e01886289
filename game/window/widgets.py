"""Buttons, choosers and a text field with input-method support, drawn with pygame.

Widgets know their rectangle (set by the scene's layout), react to pygame events and draw
themselves; they hold no game logic, only a callback.

>>> import pygame
>>> clicked = []
>>> button = Button("开始", lambda: clicked.append(1), rect=pygame.Rect(0, 0, 100, 40))
>>> button.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(50, 20)))
False
>>> button.handle_event(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=(50, 20)))
True
>>> clicked  # a button acts when it is released, as touch screens expect
[1]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, Protocol, TypeVar

import pygame

from game.window import theme
from game.window.text import TextRenderer
from game.window.theme import INK, RGB, WHITE, ink_on, shade

V = TypeVar("V")


class Widget(Protocol):
    """Anything a scene places, feeds events to and draws."""

    rect: pygame.Rect
    text_size: int

    def handle_event(self, event: pygame.event.Event) -> bool: ...

    def draw(self, surface: pygame.Surface, text: TextRenderer) -> None: ...


#: Where the left button (or a finger: SDL reports a touch as the left button) last went down.
_pressed_at: list[tuple[int, int] | None] = [None]


def note_press(event: pygame.event.Event) -> None:
    """Remember where a press starts (the app calls this for every event)."""
    if event.type == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 1) == 1:
        _pressed_at[0] = event.pos


def forget_press() -> None:
    """A scene opened or closed: a press that began on the old screen clicks nothing on the new one."""
    _pressed_at[0] = (-1, -1)


def is_click(event: pygame.event.Event) -> bool:
    """The end of a left click or a touch: things act on release, so a finger can still slide off."""
    return event.type == pygame.MOUSEBUTTONUP and getattr(event, "button", 1) == 1


def clicked(event: pygame.event.Event, rect: pygame.Rect) -> bool:
    """True when ``event`` completes a click on ``rect``: pressed and released inside it (sliding
    off before letting go cancels)."""
    if not is_click(event) or not rect.collidepoint(event.pos):
        return False
    start = _pressed_at[0]
    return start is None or rect.collidepoint(start)


@lru_cache(maxsize=32)
def _shadow(size: tuple[int, int], radius: int) -> pygame.Surface:
    shadow = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(shadow, (0, 0, 0, 28), shadow.get_rect(), border_radius=radius)
    return shadow


def panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    fill: RGB = theme.PANEL,
    edge: RGB = theme.PANEL_EDGE,
    radius: int | None = None,
) -> None:
    """A rounded card with a soft shadow."""
    radius = max(4, min(rect.width, rect.height) // 14) if radius is None else radius
    depth = max(2, min(rect.width, rect.height) // 80)
    surface.blit(_shadow(rect.size, radius), rect.move(0, depth + 1))
    pygame.draw.rect(surface, fill, rect, border_radius=radius)
    pygame.draw.rect(surface, edge, rect, 2, border_radius=radius)


@dataclass(eq=False)
class Button:
    """A rounded button: a label, an optional icon on its left, an optional key hint under it."""

    label: str
    on_click: Callable[[], None]
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    colour: RGB = theme.BUTTON
    icon: pygame.Surface | None = None
    hint: str = ""
    enabled: bool = True
    selected: bool = False
    text_size: int = 20
    hovered: bool = False
    pressed: bool = False  #: held down (drawn darker); moving off lets it go without acting

    def handle_event(self, event: pygame.event.Event) -> bool:
        """React to ``event``; True when it was a click on this button (pressed and released on it)."""
        if event.type == pygame.MOUSEMOTION:
            self.hovered = self.rect.collidepoint(event.pos)
            self.pressed = self.pressed and self.hovered
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 1) == 1:
            self.pressed = self.enabled and self.rect.collidepoint(event.pos)
            return False
        if is_click(event):
            was_pressed, self.pressed = self.pressed, False
            if self.enabled and was_pressed and self.rect.collidepoint(event.pos):
                self.on_click()
                return True
        return False

    def draw(self, surface: pygame.Surface, text: TextRenderer) -> None:
        """Draw the button."""
        rect = self.rect
        if rect.width <= 0 or rect.height <= 0:
            return
        radius = max(4, min(rect.height // 3, rect.width // 6))
        fill = self.colour if self.enabled else theme.BUTTON_OFF
        if self.pressed:
            fill = shade(fill, 0.8)
        if self.hovered and self.enabled:
            fill = shade(fill, 1.15)
        depth = max(2, rect.height // 14)
        pygame.draw.rect(surface, shade(fill, 0.62), rect.move(0, depth), border_radius=radius)
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        if self.selected:
            pygame.draw.rect(surface, theme.HIGHLIGHT, rect.inflate(6, 6), max(3, depth), border_radius=radius + 3)
        ink = ink_on(fill)
        hint_h = 0
        if self.hint:
            hint_size = max(9, round(self.text_size * 0.55))
            hint_h = text.line_height(hint_size)
        label_size = self.text_size
        icon_w = self.icon.get_width() + max(4, label_size // 3) if self.icon is not None else 0
        label_size = text.fit(self.label, label_size, max(10, rect.width - icon_w - 12), bold=True)
        label_w = text.measure(self.label, label_size, bold=True) if self.label else 0
        block_w = icon_w + label_w
        top = rect.y + (rect.height - text.line_height(label_size) - hint_h) // 2
        x = rect.centerx - block_w // 2
        if self.icon is not None:
            cy = top + text.line_height(label_size) // 2 if self.label else rect.centery
            surface.blit(self.icon, self.icon.get_rect(midleft=(x, cy)))
            x += icon_w
        if self.label:
            text.draw(surface, self.label, label_size, ink, (x, top), bold=True)
        if self.hint:
            text.draw(
                surface,
                self.hint,
                max(9, round(self.text_size * 0.55)),
                shade(ink, 0.85) if ink == WHITE else shade(fill, 0.45),
                (rect.centerx, top + text.line_height(label_size)),
                "midtop",
            )


@dataclass(eq=False)
class Chooser(Generic[V]):
    """A value picked from a short list: ``‹ value ›``; click the arrows or the value to change it."""

    options: Sequence[tuple[V, str]]
    index: int = 0
    on_change: Callable[[V], None] | None = None
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    text_size: int = 20

    @property
    def value(self) -> V:
        """The chosen value."""
        return self.options[self.index][0]

    def select(self, value: V) -> None:
        """Choose ``value`` if it is one of the options."""
        for i, (option, _) in enumerate(self.options):
            if option == value:
                self.index = i

    def step(self, delta: int) -> None:
        """Move ``delta`` options along (wrapping round)."""
        self.index = (self.index + delta) % len(self.options)
        if self.on_change is not None:
            self.on_change(self.value)

    def _arrows(self) -> tuple[pygame.Rect, pygame.Rect]:
        side = self.rect.height
        return (
            pygame.Rect(self.rect.x, self.rect.y, side, side),
            pygame.Rect(self.rect.right - side, self.rect.y, side, side),
        )

    def handle_event(self, event: pygame.event.Event) -> bool:
        """A click on ‹ goes back; on › or the value goes forward."""
        if not clicked(event, self.rect) or len(self.options) < 2:
            return False
        left, _ = self._arrows()
        self.step(-1 if left.collidepoint(event.pos) else 1)
        return True

    def draw(self, surface: pygame.Surface, text: TextRenderer) -> None:
        """Draw the chooser."""
        rect = self.rect
        radius = rect.height // 3
        pygame.draw.rect(surface, WHITE, rect, border_radius=radius)
        pygame.draw.rect(surface, theme.PANEL_EDGE, rect, 2, border_radius=radius)
        left, right = self._arrows()
        many = len(self.options) > 1
        for box, symbol in ((left, "◀"), (right, "▶")):
            pygame.draw.rect(
                surface, theme.BUTTON if many else theme.BUTTON_OFF, box.inflate(-6, -6), border_radius=radius
            )
            text.draw(surface, symbol, max(9, round(self.text_size * 0.7)), WHITE, box.center, "center")
        label = self.options[self.index][1]
        inner = rect.width - 2 * rect.height - 8
        size = text.fit(label, self.text_size, max(10, inner))
        text.draw(surface, label, size, INK, rect.center, "center", max_lines=1, width=max(10, inner))


@dataclass(eq=False)
class TextField:
    """A one-line text field that takes typed text, including Chinese through the input method.

    The input method's composition (pinyin being typed, from ``TEXTEDITING``) is shown underlined
    after the text until the player picks the characters (``TEXTINPUT``).
    """

    text: str = ""
    placeholder: str = ""
    max_chars: int = 40
    on_submit: Callable[[str], None] | None = None
    on_change: Callable[[str], None] | None = None
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    text_size: int = 20
    focused: bool = False
    composition: str = ""
    blink: float = 0.0

    def focus(self, on: bool = True) -> None:
        """Start (or stop) taking keys; the input method's window goes next to the field."""
        if on == self.focused:
            return
        self.focused = on
        self.composition = ""
        if on:
            pygame.key.start_text_input()
            pygame.key.set_text_input_rect(self.rect)
        else:
            pygame.key.stop_text_input()

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Typing, pasting through the input method, Backspace and Enter; True if it was used."""
        if is_click(event):
            inside = self.rect.collidepoint(event.pos)
            self.focus(inside)
            return inside
        if not self.focused:
            return False
        if event.type == pygame.TEXTEDITING:
            self.composition = event.text
            return True
        if event.type == pygame.TEXTINPUT:
            self.composition = ""
            self._set(self.text + "".join(ch for ch in event.text if ch.isprintable()))
            return True
        if event.type == pygame.KEYDOWN:
            if self.composition:  # the input method is busy with these keys
                return True
            if event.key == pygame.K_BACKSPACE:
                self._set(self.text[:-1])
                return True
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                if self.on_submit is not None:
                    self.on_submit(self.text)
                return True
            return event.key not in (pygame.K_ESCAPE, pygame.K_TAB, pygame.K_F11)
        return False

    def _set(self, value: str) -> None:
        value = value[: self.max_chars]
        if value != self.text:
            self.text = value
            self.blink = 0.0
            if self.on_change is not None:
                self.on_change(value)

    def update(self, dt: float) -> None:
        """Advance the caret's blink."""
        self.blink = (self.blink + dt) % 1.0

    def draw(self, surface: pygame.Surface, text: TextRenderer) -> None:
        """Draw the field, the composition and the caret."""
        rect = self.rect
        radius = max(4, rect.height // 4)
        pygame.draw.rect(surface, WHITE, rect, border_radius=radius)
        edge = theme.ACCENT if self.focused else theme.PANEL_EDGE
        pygame.draw.rect(surface, edge, rect, 3 if self.focused else 2, border_radius=radius)
        pad = max(6, rect.height // 4)
        inner = pygame.Rect(rect.x + pad, rect.y, rect.width - 2 * pad, rect.height)
        size = self.text_size
        if not self.text and not self.composition and not self.focused:
            text.draw(
                surface,
                self.placeholder,
                text.fit(self.placeholder, size, inner.width, min_size=8),  # smaller, never cut short
                theme.SOFT_INK,
                (inner.x, inner.centery),
                "midleft",
                width=inner.width,
                max_lines=1,
            )
            return
        shown = self.text + self.composition
        # Keep the end of a long text visible.
        while len(shown) > 1 and text.measure(shown, size) > inner.width - 4:
            shown = shown[1:]
        typed = shown[: max(0, len(shown) - len(self.composition))]
        x = inner.x
        if typed:
            x = text.draw(surface, typed, size, INK, (inner.x, inner.centery), "midleft").right
        if self.composition:
            comp = text.draw(surface, shown[len(typed) :], size, theme.BUTTON_DARK, (x, inner.centery), "midleft")
            pygame.draw.line(surface, theme.BUTTON_DARK, (comp.left, comp.bottom - 2), (comp.right, comp.bottom - 2), 2)
            x = comp.right
        if self.focused and self.blink < 0.6:
            half = text.line_height(size) // 2 - 2
            pygame.draw.line(surface, INK, (x + 1, inner.centery - half), (x + 1, inner.centery + half), 2)
