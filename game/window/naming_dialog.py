"""Items to name: typed text (Chinese through the input method) or a grown-up's "counts / doesn't
count" for answers said aloud, the judge's verdict line by line, then the final judgement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

from game.engine import (
    BotMove,
    Event,
    ItemsNamed,
    Judge,
    NameItems,
    NamingJudged,
    NamingVerdict,
    Phase,
)
from game.present.narration import effect_line
from game.present.squares import name_task
from game.present.texts import t
from game.present.verdicts import judged_line, verdict_lines
from game.window import theme
from game.window.theme import INK, RGB, line_colour
from game.window.widgets import Button, TextField

if TYPE_CHECKING:
    from game.window.app import App
    from game.window.game_scene import GameScene
from game.window.dialog import BOT_THINK, Dialog, reading_time


class NamingDialog(Dialog):
    """Name items for a name-items square; a grown-up may confirm or change the verdict."""

    def __init__(self, app: App, scene: GameScene) -> None:
        super().__init__(app, scene)
        square = self.game.square
        assert square is not None, "a naming dialog needs a pending name-items square"
        self.square = square
        self.field = TextField(max_chars=80, on_submit=self.submit_text)
        self.verdict: NamingVerdict | None = None
        self.verdict_words: list[tuple[str, RGB]] = []  #: the verdict in words, made once
        self.said = ""
        self.judged: NamingJudged | None = None
        self.effect = ""
        resumed_verdict = self.game.phase is Phase.VERDICT
        self.stage = "judge" if resumed_verdict else "name"
        self.auto = self.game.verdict if resumed_verdict else None
        self.submit_button = Button("", lambda: self.submit_text(self.field.text))
        self.counts_button = Button("", lambda: self.judge(True), colour=theme.RIGHT)
        self.not_counts_button = Button("", lambda: self.judge(False), colour=theme.WRONG)

    # -- the flow ----------------------------------------------------------------------------

    def enter(self) -> None:
        if self.stage == "name" and not self.bot:
            self.field.focus(True)

    def leave(self) -> None:
        self.field.focus(False)

    def submit_text(self, typed: str) -> None:
        """The player's typed answer goes to the engine, which judges it against the dictionary."""
        if self.stage != "name" or self.bot or not typed.strip():
            return
        self._named(self.submit(NameItems(self.player, typed.strip())))

    def _named(self, events: Sequence[Event]) -> list[Event]:
        """Take the ``ItemsNamed`` out of ``events``; returns the events after it."""
        index = next((i for i, e in enumerate(events) if isinstance(e, ItemsNamed)), None)
        if index is None:
            return list(events)
        named = events[index]
        assert isinstance(named, ItemsNamed)
        self.verdict = named.verdict
        self.verdict_words = [
            (line.plain, line_colour(line)) for line in verdict_lines(named.verdict, self.game.profile, self.lang)
        ]
        self.said = named.text
        self.auto = named.verdict.passed
        self.stage = "judge"
        self.field.focus(False)
        self.arm_continue()  # the Enter that sent the answer, if held, does not also confirm the verdict
        return list(events[index + 1 :])

    def judge(self, accept: bool) -> None:
        """The grown-up's decision (also straight from the naming stage, for answers said aloud)."""
        if self.bot or self.stage == "done":
            return
        if self.stage == "name":
            self._named(self.submit(NameItems(self.player, self.field.text.strip())))
            if self.stage != "judge":
                return
        self._judged(self.submit(Judge(self.player, accept)))

    def _judged(self, events: Sequence[Event]) -> None:
        index = next((i for i, e in enumerate(events) if isinstance(e, NamingJudged)), None)
        if index is None:
            return
        judged = events[index]
        assert isinstance(judged, NamingJudged)
        self.judged = judged
        rest = list(events[index + 1 :])
        self.effect = effect_line(self.game, judged.square, judged.accepted, self.lang).plain
        self.scene.show(rest)
        self.stage = "done"
        self.wait = 0.0
        self.arm_continue()
        if judged.accepted:  # no sad sound for names that did not count: the verdict says why
            self.app.sound.play("right")

    def update(self, dt: float) -> None:
        self.field.update(dt)
        if not self.bot:
            return
        self.wait += dt
        if self.stage != "done" and self.wait >= BOT_THINK:
            self._judged(self._named(self.submit(BotMove(self.player))))
        elif self.stage == "done" and not self.child_at_table and self.wait >= reading_time(self.said):
            self.close()

    def redraw_every(self) -> float | None:
        return 0.5 if self.field.focused else None

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.field.focus(False)
            self.pause()
            return
        if self.stage == "done":
            if self.is_continue(event):
                self.close()
            else:
                self.continue_button.handle_event(event)
            return
        if self.bot:
            return
        if self.stage == "name":
            if self.field.handle_event(event):
                return
            for button in (self.submit_button, self.counts_button, self.not_counts_button):
                if button.handle_event(event):
                    return
            return
        # judging: Enter agrees with the automatic verdict; 1 counts, 2 doesn't
        if event.type == pygame.KEYDOWN:
            if self.is_continue(event) and event.key != pygame.K_SPACE and self.auto is not None:
                self.judge(self.auto)
            elif event.key in (pygame.K_1, pygame.K_KP1, pygame.K_y):
                self.judge(True)
            elif event.key in (pygame.K_2, pygame.K_KP2, pygame.K_n):
                self.judge(False)
            return
        for button in (self.counts_button, self.not_counts_button):
            if button.handle_event(event):
                return

    # -- layout and drawing ------------------------------------------------------------------

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        unit, pad, card = self.unit, self.pad, self.card
        lang = self.lang
        self.task_rect = pygame.Rect(
            card.x + pad,
            card.y + pad + round(unit * 2.4),
            card.width - 2 * pad,
            self._line_height(round(unit * 1.4)) * 2,
        )
        field_h = round(unit * 2.6)
        submit_w = min(round(unit * 6), card.width // 4)
        y = self.task_rect.bottom + pad
        self.field.rect = pygame.Rect(card.x + pad, y, card.width - 3 * pad - submit_w, field_h)
        self.field.text_size = round(unit * 1.15)
        self.field.placeholder = t("n.type_hint", lang)
        if self.field.focused:
            pygame.key.set_text_input_rect(self.field.rect)
        self.submit_button.rect = pygame.Rect(self.field.rect.right + pad, y, submit_w, field_h)
        self.submit_button.label = t("n.submit", lang)
        self.submit_button.text_size = round(unit * 1.05)
        self.hint_y = self.field.rect.bottom + pad // 2
        judge_h = round(unit * 2.8)
        judge_w = min(round(unit * 9), (card.width - 3 * pad) // 2)
        bottom = card.bottom - pad - judge_h
        self.counts_button.rect = pygame.Rect(card.right - pad - 2 * judge_w - pad, bottom, judge_w, judge_h)
        self.not_counts_button.rect = pygame.Rect(card.right - pad - judge_w, bottom, judge_w, judge_h)
        for button, key in ((self.counts_button, "n.counts"), (self.not_counts_button, "n.not_counts")):
            button.label = t(key, lang)
            button.text_size = round(unit * 1.1)
        self.details_rect = pygame.Rect(
            card.x + pad, self.task_rect.bottom + pad, card.width - 2 * pad, bottom - pad - self.task_rect.bottom - pad
        )

    def detail_lines(self) -> list[tuple[str, RGB]]:
        """What the automatic judge found, one line each, with a colour (and always a symbol)."""
        lang = self.lang
        lines: list[tuple[str, RGB]] = []
        if self.said:
            lines.append((t("n.said", lang, name=self.name, text=self.said), INK))
        elif self.stage != "name":
            lines.append((t("n.said_nothing", lang, name=self.name), INK))
        return lines + self.verdict_words

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface, t("n.header", self.lang, name=self.name), self.square)
        text, unit, lang = self.text, self.unit, self.lang
        task = self.game.localise(self.square.text_in(lang)) or name_task(self.square, self.scene.region, lang)
        size = self._fit_block(task, round(unit * 1.4), self.task_rect.size, bold=True)
        self._write(
            surface,
            task,
            size,
            INK,
            self.task_rect.center,
            "center",
            bold=True,
            width=self.task_rect.width,
            align="center",
            max_lines=2,
        )
        if self.stage == "name":
            if self.bot:
                text.draw(
                    surface,
                    t("game.thinking", lang, name=self.name),
                    round(unit * 1.1),
                    theme.SOFT_INK,
                    self.details_rect.center,
                    "center",
                )
                return
            self.field.draw(surface, text)
            self.submit_button.draw(surface, text)
            self._draw_judge_row(surface, t("n.facilitator", lang), selected=None)
            return
        bottom = self._draw_details(surface)
        if self.stage == "judge":
            if self.auto is not None:
                auto = t("n.auto_yes" if self.auto else "n.auto_no", lang) + " · " + t("n.enter_confirms", lang)
                text.draw(
                    surface,
                    auto,
                    round(unit * 0.85),
                    theme.SOFT_INK,
                    (self.details_rect.x, bottom + 4),
                    width=self.details_rect.width,
                    max_lines=1,
                )
            self._draw_judge_row(surface, t("n.judge", lang), selected=self.auto)
            return
        judged = self.judged
        if judged is not None:
            line = judged_line(judged, lang)
            colour = line_colour(line)
            mark = "✓ " if judged.accepted else "× "
            button = self.continue_button.rect
            text.draw(
                surface,
                mark + line.plain,
                round(unit * 1.4),
                colour,
                (self.card.x + self.pad, button.top),
                "bottomleft",
                bold=True,
                width=max(10, self.card.width - 2 * self.pad),
                max_lines=1,
            )
            text.draw(
                surface,
                self.effect,
                round(unit * 1.05),
                theme.ACCENT_DARK,
                (self.card.x + self.pad, button.centery + unit // 2),
                "midleft",
                bold=True,
                width=max(10, button.left - self.card.x - 2 * self.pad),
                max_lines=1,
            )
        self.continue_button.draw(surface, text)

    def _draw_details(self, surface: pygame.Surface) -> int:
        unit = self.unit
        rect = self.details_rect
        limit = rect.bottom - (round(unit * 4.2) if self.stage == "done" else round(unit * 1.4))
        y = self._draw_pictures(surface, rect.y, limit)
        size = round(unit * 0.95)
        for line, colour in self.detail_lines():
            lines_left = (limit - y) // self._line_height(size)
            if lines_left <= 0:
                break
            drawn = self._write(surface, line, size, colour, (rect.x, y), width=rect.width, max_lines=lines_left)
            y = drawn.bottom + 2
        return y

    def _draw_pictures(self, surface: pygame.Surface, top: int, limit: int) -> int:
        """The pictures of the items that counted, in a row (a child sees what they named); returns
        where the words go."""
        if self.verdict is None:
            return top
        side = min(round(self.unit * 2.6), (limit - top) // 3)
        x = self.details_rect.x
        drawn = False
        for name in self.verdict.counted:
            item = self.game.dictionary.exact(name)
            picture = self.app.pictures.get(item.picture, side) if item is not None and item.picture else None
            if picture is None or x + side > self.details_rect.right:
                continue
            surface.blit(picture, (x, top))
            x += side + self.pad // 2
            drawn = True
        return top + side + 4 if drawn else top

    def _draw_judge_row(self, surface: pygame.Surface, label: str, selected: bool | None) -> None:
        text, unit = self.text, self.unit
        self.counts_button.selected = selected is True
        self.not_counts_button.selected = selected is False
        row = self.counts_button.rect
        text.draw(
            surface,
            label,
            round(unit * 0.95),
            INK,
            (self.card.x + self.pad, row.centery),
            "midleft",
            bold=True,
            width=max(10, row.left - self.card.x - 2 * self.pad),
            max_lines=2,
        )
        self.counts_button.draw(surface, text)
        self.not_counts_button.draw(surface, text)
        if self.stage == "name":
            hint_rect = pygame.Rect(self.card.x + self.pad, self.hint_y, self.card.width - 2 * self.pad, unit * 2)
            text.draw(
                surface,
                t("n.type_hint", self.lang),
                round(unit * 0.8),
                theme.SOFT_INK,
                hint_rect.topleft,
                width=hint_rect.width,
                max_lines=1,
            )
