"""The window: opening it, the main loop, the scene stack and the services scenes share.

:func:`run_window` is what ``fenleiqi play`` calls. Only ``pygame.display`` and ``pygame.font``
are started (the mixer only if the player turns sound on). When the display cannot be opened it
raises :class:`~game.errors.DisplayUnavailable` (its message is SDL's reason, one line) so that
``fenleiqi play`` can offer the terminal game.

The loop draws a frame only when something happens: while nothing animates it blocks in
``pygame.event.wait`` (with a timeout only for a blinking caret); only while an animation or a
computer player's turn runs does it tick at 60 frames a second.
"""

from __future__ import annotations

import contextlib
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.content.loader import Content, load_bundled, load_content
from game.engine import SaveError
from game.errors import DisplayUnavailable, Lang
from game.present.texts import t
from game.savefile import LoadedSave, read_save
from game.session.voice import Voice
from game.window.icons import bin_icon
from game.window.layout import MIN_SIZE
from game.window.pictures import Pictures
from game.window.scene import Scene
from game.window.sound import SoundEffects
from game.window.text import TextRenderer
from game.window.widgets import forget_press, note_press

if TYPE_CHECKING:
    from game.session.options import PlayOptions

DEFAULT_SIZE = (1280, 800)
FPS = 60
MAX_DT = 0.1  #: a long wait must not make animations jump


def keep_minimum_size() -> None:
    """Stop the window being dragged smaller than :data:`MIN_SIZE` (set again after each set_mode)."""
    with contextlib.suppress(pygame.error, AttributeError), warnings.catch_warnings():
        # pygame-ce 2.5 marks from_display_module deprecated for drawing through a Window; the
        # window's minimum size has no other way in while the display module draws
        warnings.simplefilter("ignore", DeprecationWarning)
        pygame.Window.from_display_module().minimum_size = MIN_SIZE


def open_display(size: tuple[int, int]) -> pygame.Surface:
    """Start SDL's video and font parts and open a resizable window; DisplayUnavailable if impossible."""
    try:
        pygame.display.init()
        pygame.font.init()
        width, height = size
        if pygame.display.get_driver() != "dummy":  # a window no bigger than the screen
            desktop = (pygame.display.get_desktop_sizes() or [size])[0]
            width = min(width, max(MIN_SIZE[0], int(desktop[0] * 0.92)))
            height = min(height, max(MIN_SIZE[1], int(desktop[1] * 0.88)))
        screen = pygame.display.set_mode((width, height), pygame.RESIZABLE)
        keep_minimum_size()
    except pygame.error as error:
        with contextlib.suppress(pygame.error):
            pygame.display.quit()
        reason = str(error).strip().splitlines()
        raise DisplayUnavailable(reason[0] if reason else "SDL could not open a window") from error
    pygame.display.set_caption("垃圾分类飞行棋 · fenleiqi")
    with contextlib.suppress(pygame.error):
        from game.categories import Category

        icon = pygame.Surface((64, 64), pygame.SRCALPHA)
        pygame.draw.rect(icon, Category.RECYCLABLE.colour, icon.get_rect(), border_radius=14)
        icon.blit(bin_icon(Category.RECYCLABLE, 52), (6, 6))
        pygame.display.set_icon(icon)
    pygame.key.stop_text_input()  # on only while a text field has the focus (the IME would eat keys)
    pygame.key.set_repeat(400, 40)
    return screen


class App:
    """The running window: options, content, shared services and the scene stack."""

    def __init__(self, options: PlayOptions, content: Content, *, size: tuple[int, int] = DEFAULT_SIZE) -> None:
        self.options = options
        self.content = content
        self.lang: Lang = options.lang
        self.screen = open_display(size)
        self.text = TextRenderer()
        self.sound = SoundEffects()
        #: reads questions aloud (读题); its files play through the window's own sound device
        self.voice = Voice(enabled=options.voice, player=self.sound.play_file)
        self.pictures = Pictures.for_content(options.content_paths)
        self.stack: list[Scene] = []
        self.running = True
        self.games_started = 0
        self.fullscreen = False
        self.windowed_size = self.screen.get_size()
        self.frames = 0
        #: Keys held down now (a dialog ignores a key held since before its feedback appeared).
        self.keys_down: set[int] = set()
        self.key_events = 0  #: counts key presses and releases
        self.repeating = False  #: the key event being handled repeats a key held down
        self.key_released: dict[int, int] = {}  #: key → the count when it was last let go
        self.waits = 0
        self._laid_out: tuple[int, int] = self.screen.get_size()
        self.now: Callable[[], float] = time.monotonic  #: the loop's clock (tests replace it)

    # -- the scene stack ---------------------------------------------------------------------

    @property
    def top(self) -> Scene | None:
        """The scene that gets the input."""
        return self.stack[-1] if self.stack else None

    def push(self, scene: Scene) -> None:
        """Put ``scene`` on top."""
        forget_press()
        if self.stack:
            self.stack[-1].leave()
        self.stack.append(scene)
        scene.layout(self.screen.get_size())
        scene.enter()

    def pop(self, scene: Scene | None = None) -> None:
        """Remove the top scene (only if it is ``scene``, when given)."""
        if not self.stack or (scene is not None and self.stack[-1] is not scene):
            return
        forget_press()
        self.stack.pop().leave()
        if self.stack:
            self.stack[-1].enter()

    def replace(self, scene: Scene) -> None:
        """Clear the stack and show ``scene``."""
        while self.stack:
            self.stack.pop().leave()
        self.push(scene)

    # -- services for scenes -----------------------------------------------------------------

    def next_seed(self) -> int:
        """The seed of the next new game: ``--seed`` for the first, then the ones after it."""
        seed = self.options.seed + self.games_started
        self.games_started += 1
        return seed

    def toggle_sound(self) -> bool:
        """Switch sound on or off; False when there is no sound device."""
        return self.sound.set_enabled(not self.sound.enabled)

    def toggle_fullscreen(self) -> None:
        """Switch between full screen and the window (F11)."""
        try:
            if self.fullscreen:
                self.screen = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
                keep_minimum_size()
            else:
                self.windowed_size = self.screen.get_size()
                self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            self.fullscreen = not self.fullscreen
        except pygame.error:
            self.screen = pygame.display.get_surface() or self.screen
        self.relayout()

    def set_lang(self, lang: Lang) -> None:
        """Speak ``lang`` from now on."""
        self.lang = lang
        self.relayout()

    def relayout(self) -> None:
        """Lay every scene out again for the window's size."""
        size = self.screen.get_size()
        self._laid_out = size
        for scene in self.stack:
            scene.layout(size)

    def close(self) -> None:
        """Close the window (a game in progress is saved)."""
        for scene in reversed(self.stack):
            scene.on_close()
        self.running = False

    # -- the loop ----------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        """Route one event: window events here, the rest to the top scene."""
        note_press(event)
        if event.type == pygame.KEYDOWN:
            self.key_events += 1
            #: True for a key that was already down: the system repeating a held key
            self.repeating = event.key in self.keys_down
            self.keys_down.add(event.key)
        elif event.type == pygame.KEYUP:
            self.key_events += 1
            self.keys_down.discard(event.key)
            self.key_released[event.key] = self.key_events
        if event.type == pygame.QUIT:
            self.close()
        elif event.type == pygame.VIDEORESIZE:
            wanted = (max(event.w, MIN_SIZE[0]), max(event.h, MIN_SIZE[1]))  # never below the checked layout
            if self.screen.get_size() != wanted:
                with contextlib.suppress(pygame.error):
                    self.screen = pygame.display.set_mode(wanted, pygame.RESIZABLE)
                    keep_minimum_size()
            self.relayout()
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.toggle_fullscreen()
        elif self.top is not None:
            self.top.handle_event(event)

    def step(self, dt: float, events: Iterable[pygame.event.Event] | None = None) -> None:
        """One frame: handle ``events`` (default: the queued ones), advance by ``dt``, draw."""
        for event in pygame.event.get() if events is None else events:
            self.handle(event)
            if not self.running:
                return
        self.screen = pygame.display.get_surface() or self.screen
        if self.screen.get_size() != self._laid_out:
            self.relayout()
        if self.top is not None:
            self.top.update(dt)
        self.draw()

    def draw(self) -> None:
        """Draw the visible scenes and show the frame."""
        if not self.stack:
            return
        first = max((i for i, scene in enumerate(self.stack) if scene.opaque), default=0)
        for scene in self.stack[first:]:
            scene.draw(self.screen)
        pygame.display.flip()
        self.frames += 1

    def animating(self) -> bool:
        """True when the top scene needs frames without input."""
        return self.top is not None and self.top.animating()

    def run(self) -> int:
        """Run until the window closes; returns the exit status (0)."""
        clock = pygame.time.Clock()
        last = self.now()
        self.step(0.0)
        while self.running:
            if self.animating():
                clock.tick(FPS)
                events = pygame.event.get()
            else:
                self.waits += 1
                every = self.top.redraw_every() if self.top is not None else None
                first = pygame.event.wait(round(every * 1000) if every else 0)
                events = ([first] if first.type != pygame.NOEVENT else []) + pygame.event.get()
            now = self.now()
            dt, last = min(now - last, MAX_DT), now
            self.step(dt, events)
        return 0

    def shutdown(self) -> None:
        """Stop sound and close the window."""
        self.voice.close()
        self.sound.close()
        pygame.key.stop_text_input()
        pygame.display.quit()


def load_options_content(options: PlayOptions) -> Content:
    """The content ``--content`` names (checked with the bundled content), or the bundled content."""
    return load_content(options.content_paths) if options.content_paths else load_bundled()


def read_resume(options: PlayOptions) -> tuple[LoadedSave | None, str]:
    """The game ``--resume`` asks for, or None and why not (shown on the set-up screen)."""
    if options.resume is None:
        return None, ""
    try:
        return read_save(Path(options.resume)), ""
    except SaveError as error:
        return None, str(error)


def first_scene(app: App, resumed: LoadedSave | None = None, notice: str = "") -> Scene:
    """The scene the window opens on: the resumed game (or its podium), else the set-up screen."""
    from game.session.game_session import resume_session
    from game.window.end_scene import EndScene
    from game.window.game_scene import GameScene
    from game.window.setup_scene import SetupScene

    if resumed is None:
        return SetupScene(app, notice=notice)
    try:
        session = resume_session(resumed, app.options.save_path, options=app.options.kept())
    except SaveError as error:  # another game holds the file
        return SetupScene(app, notice=str(error))
    if resumed.game.over:
        return EndScene(app, resumed.game, resumed.content, resumed.content_paths, session)
    scene = GameScene(app, resumed.game, resumed.content, resumed.content_paths, session)
    if resumed.from_backup:
        scene.toast(t("from_backup", app.lang))
    return scene


def run_window(options: PlayOptions, *, size: tuple[int, int] = DEFAULT_SIZE) -> int:
    """Play in a window until it closes; returns the exit status.

    Raises:
        DisplayUnavailable: no window can be opened (the caller offers the terminal game).
        ContentError: the content given with ``--content`` has errors (before any window opens).
    """
    content = load_options_content(options)
    resumed, notice = read_resume(options)
    app = App(options, content, size=size)
    try:
        app.push(first_scene(app, resumed, notice))
        return app.run()
    finally:
        app.shutdown()
