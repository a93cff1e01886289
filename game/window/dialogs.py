"""The dialogs over the board: a question to answer, or items to name.

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

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.categories import CATEGORY_ORDER
from game.content.models import ChoiceQuestion, ClassifyQuestion, Question, Square, TrueFalseQuestion
from game.engine import (
    Action,
    Answer,
    Answered,
    BotMove,
    Event,
    ItemsNamed,
    Judge,
    LookedUp,
    Lookup,
    NameItems,
    NamingJudged,
    NamingVerdict,
    Phase,
    involves,
)
from game.present.answers import answer_words, region_notes
from game.present.squares import effect_text, name_task, square_title
from game.present.texts import t
from game.present.verdicts import judged_line, verdict_lines
from game.window import theme
from game.window.board_view import token_sprite
from game.window.icons import bin_icon
from game.window.layout import text_unit
from game.window.scene import Scene
from game.window.theme import INK, RGB, WHITE, ink_on, line_colour, shade
from game.window.widgets import Button, TextField, is_click, panel

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
    """How long a computer player's feedback stays up: enough to read it."""
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
        self.name = scene.names[self.player]
        self.wait = 0.0
        self.continue_button = Button("", self.close, colour=theme.ACCENT)
        self.card = pygame.Rect(0, 0, 10, 10)
        self.unit = 20
        self.veil: pygame.Surface | None = None

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

    def draw_frame(self, surface: pygame.Surface, heading: str, square: Square | None) -> pygame.Rect:
        """The veil, the card and its header; returns the header's rectangle."""
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
            width = header.right - name_rect.right - pad
            if width > unit * 3:
                self.text.draw(
                    surface,
                    label,
                    round(unit * 0.8),
                    theme.SOFT_INK,
                    (header.right, header.centery),
                    "midright",
                    width=width,
                    max_lines=1,
                )
        return header

    def animating(self) -> bool:
        return self.bot or self.wait > 0


@dataclass(eq=False)
class ChoiceCard:
    """One answer: a bin card, an option row or a true/false card."""

    index: int
    label: str
    fill: RGB
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    bin_index: int | None = None  #: for classify: the bin in CATEGORY_ORDER
    mark: str = ""  #: ✓ or × after the answer


class QuestionDialog(Dialog):
    """A question: four bins, two to four options, or true / false."""

    def __init__(self, app: App, scene: GameScene) -> None:
        super().__init__(app, scene)
        question = self.game.question
        assert question is not None, "a question dialog needs a pending question"
        self.question: Question = question
        self.review = self.game.reviewing  #: a review question at the start of a turn (no square)
        self.square = None if self.review else self.game.square
        self.answered: Answered | None = None
        self.effect = ""
        self.cards = self._cards()
        self.hovered: int | None = None

    def _cards(self) -> list[ChoiceCard]:
        question, lang, region = self.question, self.lang, self.scene.region
        if isinstance(question, ClassifyQuestion):
            return [
                ChoiceCard(i, region.category_name(category, lang), category.colour, bin_index=i)
                for i, category in enumerate(CATEGORY_ORDER)
            ]
        if isinstance(question, TrueFalseQuestion):
            return [
                ChoiceCard(0, "✓ " + t("true", lang), theme.BUTTON),
                ChoiceCard(1, "× " + t("false", lang), theme.BUTTON),
            ]
        assert isinstance(question, ChoiceQuestion)
        return [ChoiceCard(i, option, theme.BUTTON) for i, option in enumerate(question.options)]

    @property
    def answering(self) -> bool:
        """True until the answer is in."""
        return self.answered is None

    def choose(self, choice: int) -> None:
        """A person picks choice ``choice`` (0-based)."""
        if self.answering and not self.bot and 0 <= choice < self.question.n_choices:
            self._answer(Answer(self.player, choice))

    def _answer(self, action: Action) -> None:
        events = self.submit(action)
        index = next((i for i, e in enumerate(events) if isinstance(e, Answered)), None)
        if index is None:
            return
        answered = events[index]
        assert isinstance(answered, Answered)
        self.answered = answered
        rest = events[index + 1 :]
        self.effect = effect_text(rest, self.game.board.finish, self.lang)
        self.scene.show(rest)
        for card in self.cards:
            if card.index == answered.correct:
                card.mark = "✓"
            elif card.index == answered.choice:
                card.mark = "×"
        self.wait = 0.0
        self.app.sound.play("right" if answered.right else "wrong")

    def update(self, dt: float) -> None:
        if not self.bot:
            return
        self.wait += dt
        if self.answering and self.wait >= BOT_THINK:
            self._answer(BotMove(self.player))
        elif not self.answering and self.wait >= reading_time(self.question.explain_in(self.lang)):
            self.close()

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.pause()
            elif self.answering and event.key in NUMBER_KEYS:
                self.choose(NUMBER_KEYS[event.key])
            elif not self.answering and event.key in CONTINUE_KEYS:
                self.close()
            return
        if event.type == pygame.MOUSEMOTION:
            self.hovered = next((c.index for c in self.cards if c.rect.collidepoint(event.pos)), None)
            self.continue_button.handle_event(event)
            return
        if not self.answering:
            self.continue_button.handle_event(event)
            return
        if is_click(event):
            for card in self.cards:
                if card.rect.collidepoint(event.pos):
                    self.choose(card.index)
                    return

    # -- layout and drawing ------------------------------------------------------------------

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        unit, pad, card = self.unit, self.pad, self.card
        top = card.y + pad + round(unit * 2.2) + pad // 2
        self.prompt_size = round(unit * 1.3)
        self.prompt_rect = pygame.Rect(
            card.x + pad, top, card.width - 2 * pad, self.text.line_height(self.prompt_size) * 3
        )
        choices_h = round(card.height * 0.34)
        choices = pygame.Rect(card.x + pad, self.prompt_rect.bottom + pad // 2, card.width - 2 * pad, choices_h)
        self.choices_rect = choices
        gap = max(6, pad // 2)
        n = len(self.cards)
        if isinstance(self.question, ChoiceQuestion):
            row_h = (choices.height - (n - 1) * gap) // n
            for i, c in enumerate(self.cards):
                c.rect = pygame.Rect(choices.x, choices.y + i * (row_h + gap), choices.width, row_h)
        else:
            card_w = (choices.width - (n - 1) * gap) // n
            for i, c in enumerate(self.cards):
                c.rect = pygame.Rect(choices.x + i * (card_w + gap), choices.y, card_w, choices.height)
        self.feedback_rect = pygame.Rect(
            card.x + pad, choices.bottom + pad, card.width - 2 * pad, card.bottom - pad - choices.bottom - pad
        )

    def prompt_text(self) -> str:
        """The question as shown; for an item that cities sort differently, whose rules count."""
        prompt = self.question.prompt(self.lang)
        if involves(self.question, self.game.disputed):
            region = self.scene.region
            where = region.name if self.lang == "zh" else region.name_en or region.key
            prompt += t("q.disputed", self.lang, region=where)
        return prompt

    def draw(self, surface: pygame.Surface) -> None:
        header = t("q.header_review" if self.review else "q.header", self.lang, name=self.name)
        self.draw_frame(surface, header, self.square)
        text, unit = self.text, self.unit
        prompt = self.prompt_text()
        size = text.fit_block(prompt, self.prompt_size, self.prompt_rect.size, bold=True)
        text.draw(
            surface,
            prompt,
            size,
            INK,
            self.prompt_rect.center,
            "center",
            bold=True,
            width=self.prompt_rect.width,
            align="center",
            max_lines=3,
        )
        for card in self.cards:
            self._draw_card(surface, card)
        area = self.feedback_rect
        if self.answering:
            if self.bot:
                hint = t("game.thinking", self.lang, name=self.name)
            elif isinstance(self.question, ClassifyQuestion):
                hint = t("q.classify_hint", self.lang)
            elif isinstance(self.question, TrueFalseQuestion):
                hint = t("q.truefalse_hint", self.lang)
            else:
                hint = t("q.choice_hint", self.lang)
            text.draw(
                surface,
                hint,
                round(unit * 0.95),
                theme.SOFT_INK,
                (area.centerx, area.y + unit),
                "midtop",
                width=area.width,
                align="center",
            )
            return
        self._draw_feedback(surface, area)

    def _draw_card(self, surface: pygame.Surface, card: ChoiceCard) -> None:
        text, unit = self.text, self.unit
        rect = card.rect
        radius = max(6, min(rect.width, rect.height) // 8)
        lift = 3 if card.index == self.hovered and self.answering and not self.bot else 0
        box = rect.move(0, -lift)
        pygame.draw.rect(surface, shade(card.fill, 0.6), box.move(0, max(3, unit // 6)), border_radius=radius)
        pygame.draw.rect(surface, card.fill, box, border_radius=radius)
        ink = ink_on(card.fill)
        badge_r = max(8, round(unit * 0.75))
        badge = (box.x + badge_r + 6, box.y + badge_r + 6)
        pygame.draw.circle(surface, WHITE, badge, badge_r)
        text.draw(surface, str(card.index + 1), round(badge_r * 1.3), INK, badge, "center", bold=True)
        if card.bin_index is not None:
            category = CATEGORY_ORDER[card.bin_index]
            icon = bin_icon(category, round(min(box.width * 0.55, box.height * 0.5)), WHITE)
            surface.blit(icon, icon.get_rect(center=(box.centerx, box.y + round(box.height * 0.42))))
            size = text.fit(card.label, round(unit * 1.1), box.width - 8, bold=True)
            text.draw(
                surface, card.label, size, ink, (box.centerx, box.bottom - round(unit * 0.5)), "midbottom", bold=True
            )
        elif isinstance(self.question, ChoiceQuestion):
            x = badge[0] + badge_r + 10
            width = box.right - 10 - x - (round(unit * 2) if card.mark else 0)
            size = text.fit_block(card.label, round(unit * 1.05), (width, box.height - 4))
            text.draw(surface, card.label, size, ink, (x, box.centery), "midleft", width=width, max_lines=3)
        else:
            size = text.fit(card.label, round(unit * 2.0), box.width - 16, bold=True)
            text.draw(surface, card.label, size, ink, box.center, "center", bold=True)
        if not self.answering:
            if card.mark:
                colour = theme.RIGHT if card.mark == "✓" else theme.WRONG
                pygame.draw.rect(surface, colour, box.inflate(8, 8), max(4, unit // 5), border_radius=radius + 4)
                mark_r = max(10, round(unit * 0.95))
                centre = (box.right - mark_r - 6, box.y + mark_r + 6)
                pygame.draw.circle(surface, colour, centre, mark_r)
                pygame.draw.circle(surface, WHITE, centre, mark_r, 2)
                text.draw(surface, card.mark, round(mark_r * 1.4), WHITE, centre, "center", bold=True)
            else:
                veil = pygame.Surface(box.size, pygame.SRCALPHA)
                pygame.draw.rect(veil, (255, 255, 255, 150), veil.get_rect(), border_radius=radius)
                surface.blit(veil, box)

    def explanation(self) -> str:
        """The explanation shown after the answer: its first sentence only for a "short" level."""
        return self.game.explanation(self.question, self.player, self.lang)

    def _draw_feedback(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        answered = self.answered
        assert answered is not None
        text, unit, lang = self.text, self.unit, self.lang
        right = answered.right
        colour = theme.RIGHT_TEXT if right else theme.WRONG_TEXT
        verdict = ("✓ " + t("right", lang)) if right else ("× " + t("q.wrong", lang))
        head = text.draw(surface, verdict, round(unit * 1.5), colour, area.topleft, bold=True)
        answer = answer_words(self.question, answered.correct, self.scene.region, lang)
        lines = []
        if self.bot:
            chosen = answer_words(self.question, answered.choice, self.scene.region, lang)
            lines.append(t("bot_answers", lang, name=self.name, choice=chosen))
        if not right:
            lines.append(t("q.answer_is", lang, answer=answer))
        x = head.right + unit
        if lines:
            text.draw(
                surface,
                "  ".join(lines),
                round(unit * 1.0),
                INK,
                (x, head.centery),
                "midleft",
                bold=True,
                width=max(10, area.right - x),
                max_lines=1,
            )
        button = self.continue_button.rect
        explain = self.explanation()
        for note in region_notes(self.game, answered, self.question, self.scene.region, lang):
            explain += ("" if lang == "zh" else " ") + note.plain
        box = (area.width, button.top - head.bottom - round(unit * 0.4))
        size = text.fit_block(explain, round(unit * 1.05), box, min_size=max(10, unit * 2 // 3))
        lines_fit = max(1, box[1] // text.line_height(size))
        text.draw(
            surface,
            explain,
            size,
            INK,
            (area.x, head.bottom + round(unit * 0.2)),
            width=area.width,
            max_lines=lines_fit,
        )
        result = t("q.result", lang, effect=self.effect)
        text.draw(
            surface,
            result,
            round(unit * 1.05),
            theme.ACCENT_DARK,
            (area.x, button.centery),
            "midleft",
            bold=True,
            width=max(10, button.left - area.x - unit),
            max_lines=2,
        )
        self.continue_button.draw(surface, text)


class NamingDialog(Dialog):
    """Name items for a name-items square; a grown-up may confirm or change the verdict."""

    def __init__(self, app: App, scene: GameScene) -> None:
        super().__init__(app, scene)
        square = self.game.square
        assert square is not None, "a naming dialog needs a pending name-items square"
        self.square = square
        self.field = TextField(max_chars=80, on_submit=self.submit_text)
        self.verdict: NamingVerdict | None = None
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
        self.said = named.text
        self.auto = named.verdict.passed
        self.stage = "judge"
        self.field.focus(False)
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
        self.effect = effect_text(rest, self.game.board.finish, self.lang)
        self.scene.show(rest)
        self.stage = "done"
        self.wait = 0.0
        self.app.sound.play("right" if judged.accepted else "wrong")

    def update(self, dt: float) -> None:
        self.field.update(dt)
        if not self.bot:
            return
        self.wait += dt
        if self.stage != "done" and self.wait >= BOT_THINK:
            self._judged(self._named(self.submit(BotMove(self.player))))
        elif self.stage == "done" and self.wait >= reading_time(self.said):
            self.close()

    def redraw_every(self) -> float | None:
        return 0.5 if self.field.focused else None

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.field.focus(False)
            self.pause()
            return
        if self.stage == "done":
            if event.type == pygame.KEYDOWN and event.key in CONTINUE_KEYS:
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
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.auto is not None:
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
            self.text.line_height(round(unit * 1.4)) * 2,
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
        verdict = self.verdict
        if verdict is None:
            return lines
        lines += [(line.plain, line_colour(line)) for line in verdict_lines(verdict, self.game.profile, lang)]
        return lines

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface, t("n.header", self.lang, name=self.name), self.square)
        text, unit, lang = self.text, self.unit, self.lang
        task = self.game.localise(self.square.text_in(lang)) or name_task(self.square, self.scene.region, lang)
        size = text.fit_block(task, round(unit * 1.4), self.task_rect.size, bold=True)
        text.draw(
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
                t("q.result", lang, effect=self.effect),
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
        text, unit = self.text, self.unit
        rect = self.details_rect
        limit = rect.bottom - (round(unit * 4.2) if self.stage == "done" else round(unit * 1.4))
        y = rect.y
        size = round(unit * 0.95)
        for line, colour in self.detail_lines():
            lines_left = (limit - y) // text.line_height(size)
            if lines_left <= 0:
                break
            drawn = text.draw(surface, line, size, colour, (rect.x, y), width=rect.width, max_lines=lines_left)
            y = drawn.bottom + 2
        return y

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
