"""The pause menu (Esc): resume, save, sound, full screen, a new game, save and quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.present.texts import t
from game.window import theme
from game.window.layout import text_unit
from game.window.scene import Scene
from game.window.theme import INK
from game.window.widgets import Button, is_click, panel

if TYPE_CHECKING:
    from game.window.app import App
    from game.window.game_scene import GameScene


class PauseScene(Scene):
    """A menu over the paused game; the game does not move while it is open."""

    opaque = False

    def __init__(self, app: App, scene: GameScene) -> None:
        super().__init__(app)
        self.scene = scene
        self.message = ""
        self.resume_button = Button("", self.resume, colour=theme.ACCENT)
        self.save_button = Button("", self.save)
        self.sound_button = Button("", self.toggle_sound)
        self.fullscreen_button = Button("", app.toggle_fullscreen)
        self.new_button = Button("", self.new_game)
        self.quit_button = Button("", self.quit, colour=theme.WRONG)
        self.card = pygame.Rect(0, 0, 10, 10)
        self.veil: pygame.Surface | None = None
        self.unit = 20

    def buttons(self) -> list[Button]:
        """The menu's buttons, top to bottom."""
        return [
            self.resume_button,
            self.save_button,
            self.sound_button,
            self.fullscreen_button,
            self.new_button,
            self.quit_button,
        ]

    def resume(self) -> None:
        """Back to the game."""
        self.app.pop(self)

    def save(self) -> None:
        """Save now and say where."""
        if self.scene.autosave():
            self.message = t("p.saved_to", self.lang, path=self.app.options.save_path)
        else:
            self.message = t("save_failed", self.lang, detail=self.scene.session.last_error or "")

    def toggle_sound(self) -> None:
        """Sound on or off."""
        if not self.app.toggle_sound():
            self.message = t("event.no_sound", self.lang)
        self.layout(self.size)
        self.scene.layout(self.size)

    def new_game(self) -> None:
        """Keep this game saved and go to the set-up screen."""
        from game.window.setup_scene import SetupScene

        self.save()
        self.app.replace(SetupScene(self.app, previous=self.scene.game.setup))

    def quit(self) -> None:
        """Save and close the window."""
        self.app.close()

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.resume()
            elif event.key == pygame.K_m:
                self.toggle_sound()
            return
        for button in self.buttons():
            if button.handle_event(event) and is_click(event):
                return

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        width, height = size
        self.unit = unit = text_unit(size)
        lang = self.lang
        buttons = self.buttons()
        button_h = round(unit * 2.4)
        gap = max(6, unit // 2)
        card_w = min(width - 20, round(unit * 18))
        card_h = min(height - 20, round(unit * 4.5) + len(buttons) * (button_h + gap) + round(unit * 2.5))
        self.card = pygame.Rect(0, 0, card_w, card_h)
        self.card.center = (width // 2, height // 2)
        button_h = min(button_h, (card_h - round(unit * 6)) // len(buttons) - gap)
        y = self.card.y + round(unit * 3.4)
        labels = [
            t("p.resume", lang) + " (Esc)",
            t("p.save", lang),
            f"{t('sound', lang)}：{t('on' if self.app.sound.enabled else 'off', lang)} (M)",
            t("p.fullscreen", lang) + " (F11)",
            t("setup.heading", lang),
            t("p.quit", lang),
        ]
        for button, label in zip(buttons, labels, strict=True):
            button.rect = pygame.Rect(self.card.x + unit, y, card_w - 2 * unit, button_h)
            button.label = label
            button.text_size = round(unit * 1.0)
            y += button_h + gap
        self.veil = pygame.Surface(size, pygame.SRCALPHA)
        self.veil.fill(theme.DIM)

    def draw(self, surface: pygame.Surface) -> None:
        if self.veil is not None:
            surface.blit(self.veil, (0, 0))
        panel(surface, self.card)
        unit = self.unit
        self.text.draw(
            surface,
            t("p.title", self.lang),
            round(unit * 1.6),
            INK,
            (self.card.centerx, self.card.y + unit),
            "midtop",
            bold=True,
        )
        for button in self.buttons():
            button.draw(surface, self.text)
        note = self.message or t("p.keys", self.lang)
        self.text.draw(
            surface,
            note,
            round(unit * 0.75),
            theme.SOFT_INK,
            (self.card.centerx, self.card.bottom - unit // 2),
            "midbottom",
            width=self.card.width - unit,
            align="center",
            max_lines=2,
        )
        # 关于 · About: whose pictures and font these are (the licences ask for it)
        credits = t("about.credits", self.lang)
        width, height = surface.get_size()
        size = self.text.fit(credits, round(unit * 0.7), width - 2 * unit)
        strip = pygame.Rect(0, 0, min(width - unit, self.text.measure(credits, size) + unit), round(size * 1.9))
        strip.midbottom = (width // 2, height - unit // 3)
        panel(surface, strip, radius=max(4, unit // 3))
        self.text.draw(surface, credits, size, INK, strip.center, "center")
