"""The scene interface: one class per screen, on a stack kept by the app.

Only the top scene gets events and ``update(dt)``; scenes are drawn from the topmost opaque one
up, so an overlay (a dialog, the pause menu) shows the screen under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import pygame

from game.errors import Lang
from game.window.text import TextRenderer

if TYPE_CHECKING:
    from game.window.app import App


class Scene:
    """A screen: ``layout`` (on every size change), ``handle_event``, ``update(dt)``, ``draw``."""

    opaque: ClassVar[bool] = True  #: False for overlays drawn over the scene below

    def __init__(self, app: App) -> None:
        self.app = app
        self.size: tuple[int, int] = (0, 0)

    @property
    def text(self) -> TextRenderer:
        """The app's text renderer."""
        return self.app.text

    @property
    def lang(self) -> Lang:
        """The language the app speaks now."""
        return self.app.lang

    def layout(self, size: tuple[int, int]) -> None:
        """Place everything for a window of ``size`` (called before the first draw and on resize)."""
        self.size = size

    def enter(self) -> None:
        """The scene became the top of the stack."""

    def leave(self) -> None:
        """The scene is no longer on top (covered or removed)."""

    def handle_event(self, event: pygame.event.Event) -> None:
        """React to one input event."""

    def update(self, dt: float) -> None:
        """Advance animations and timers by ``dt`` seconds."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the scene on the window surface."""

    def animating(self) -> bool:
        """True while the scene needs frames without input (an animation, a timer)."""
        return False

    def redraw_every(self) -> float | None:
        """Seconds between redraws while nothing animates (a blinking caret), or None to wait for input."""
        return None

    def on_close(self) -> None:
        """The window is closing: keep what must not be lost."""
