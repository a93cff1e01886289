"""A question to answer: the four bins (or the options, or 对/错) as cards, then the feedback —
right or wrong, the right answer, the explanation, the regional notes and what the square does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.categories import CATEGORY_ORDER
from game.content.models import ChoiceQuestion, ClassifyQuestion, Question, TrueFalseQuestion
from game.engine import (
    Action,
    Answer,
    Answered,
    BotMove,
    involves,
)
from game.present.narration import answered_lines
from game.present.spans import Line
from game.present.speech import answer_speech, question_speech
from game.present.texts import t
from game.window import theme
from game.window.icons import bin_icon, ui_icon
from game.window.theme import INK, RGB, WHITE, ink_on, shade
from game.window.widgets import Button, clicked

if TYPE_CHECKING:
    from game.window.app import App
    from game.window.game_scene import GameScene
from game.window.cheer import Cheer
from game.window.dialog import BOT_THINK, NUMBER_KEYS, Dialog, reading_time


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
        self.words: list[Line] = []  #: the answer in words, made once when it comes back
        self.effect = ""
        self.cards = self._cards()
        self.hovered: int | None = None
        #: the item a classify question asks about, shown as a picture when it has one
        item = self.game.dictionary.find(question.item) if isinstance(question, ClassifyQuestion) else None
        self.picture = item.picture if item is not None else ""
        self.picture_rect = pygame.Rect(0, 0, 0, 0)
        self.cheer: Cheer | None = None
        seat = self.game.setup.players[self.player]
        #: 读题: the button (and R) read the question aloud; a child's question is read as it opens
        self.read_button = Button("", self.read_aloud, colour=theme.BUTTON)
        self.reads_aloud = not self.bot and seat.level == "child"
        self._told_no_voice = False
        if self.reads_aloud:
            self.read_aloud()

    def read_aloud(self) -> None:
        """Read the question and its choices aloud, or, once answered, the verdict and explanation."""
        if self.answering:
            line = question_speech(self.question, self.scene.region, self.lang)
        else:
            line = answer_speech(self.words)
        if not self.app.voice.say(line):
            self._tell_no_voice()

    def _tell_no_voice(self) -> None:
        if not self._told_no_voice and self.app.voice.notice is not None:
            self._told_no_voice = True
            self.scene.toast(self.app.voice.notice_in(self.lang))

    def _cards(self) -> list[ChoiceCard]:
        question, lang, region = self.question, self.lang, self.scene.region
        if isinstance(question, ClassifyQuestion):
            return [
                ChoiceCard(i, region.category_name(category, lang), category.colour, bin_index=i)
                for i, category in enumerate(CATEGORY_ORDER)
            ]
        if isinstance(question, TrueFalseQuestion):
            return [
                # words only: ✓ and × are the right/wrong badges added after the answer
                ChoiceCard(0, t("true", lang), theme.BUTTON),
                ChoiceCard(1, t("false", lang), theme.BUTTON),
            ]
        assert isinstance(question, ChoiceQuestion)
        return [ChoiceCard(i, option, theme.BUTTON) for i, option in enumerate(question.shown)]

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
        self.words = answered_lines(self.game, answered, self.lang)  # the same words the terminal prints
        self.effect = " ".join(self.of("effect"))  #: what the square does now
        self.scene.show(rest)
        accepted = {answered.correct, *answered.also_right}  # a disputed item: every bin that counts
        for card in self.cards:
            if card.index in accepted:
                card.mark = "✓"
            elif card.index == answered.choice:
                card.mark = "×"
        self.wait = 0.0
        self.arm_continue()
        if answered.right:  # a cheer for a right answer; a wrong one gets no sad sound, only the lesson
            self.app.sound.play("right")
            chosen = next(card for card in self.cards if card.index == answered.choice)
            self.cheer = Cheer(chosen.rect.center, round(self.unit * 0.9))
        if self.reads_aloud:
            self.read_aloud()

    def animating(self) -> bool:
        return super().animating() or (self.cheer is not None and not self.cheer.done)

    def update(self, dt: float) -> None:
        if self.cheer is not None:
            self.cheer.update(dt)
        if self.reads_aloud:
            self._tell_no_voice()  # the voice looks for a Mandarin voice on its own thread
        if not self.bot:
            return
        self.wait += dt
        if self.answering and self.wait >= BOT_THINK:
            self._answer(BotMove(self.player))
        elif (
            not self.answering
            and not self.child_at_table
            and self.wait >= reading_time(self.question.explain_in(self.lang))
        ):
            self.close()

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.pause()
            elif event.key == pygame.K_r:
                self.read_aloud()
            elif self.answering and event.key in NUMBER_KEYS:
                self.choose(NUMBER_KEYS[event.key])
            elif not self.answering and self.is_continue(event):
                self.close()
            return
        if self.read_button.handle_event(event):
            return
        if event.type == pygame.MOUSEMOTION:
            self.hovered = next((c.index for c in self.cards if c.rect.collidepoint(event.pos)), None)
            self.continue_button.handle_event(event)
            return
        if not self.answering:
            self.continue_button.handle_event(event)
            return
        for card in self.cards:
            if clicked(event, card.rect):
                self.choose(card.index)
                return

    # -- layout and drawing ------------------------------------------------------------------

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        unit, pad, card = self.unit, self.pad, self.card
        read_h = round(unit * 2.0)
        self.read_button.rect = pygame.Rect(0, 0, round(unit * 5.6), read_h)
        self.read_button.rect.topright = (card.right - pad, card.y + pad + (round(unit * 2.2) - read_h) // 2)
        self.read_button.label = t("q.read_aloud", self.lang)
        self.read_button.hint = t("q.read_aloud_key", self.lang)
        self.read_button.icon = ui_icon("sound_on", round(read_h * 0.5), WHITE)
        self.read_button.text_size = round(unit * 0.85)
        top = card.y + pad + round(unit * 2.2) + pad // 2
        self.prompt_size = round(unit * 1.3)
        self.prompt_rect = pygame.Rect(
            card.x + pad, top, card.width - 2 * pad, self.text.line_height(self.prompt_size) * 3
        )
        if self.picture and self.app.pictures.get(self.picture, self.prompt_rect.height) is not None:
            side = self.prompt_rect.height  # the item's picture, as tall as the question, on its left
            self.picture_rect = pygame.Rect(self.prompt_rect.x, self.prompt_rect.y, side, side)
            self.prompt_rect.width -= side + pad
            self.prompt_rect.x += side + pad
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
            note = t("disputed_note", self.lang, region=self.scene.region.name_in(self.lang))
            prompt += ("（" + note.rstrip("。") + "）") if self.lang == "zh" else f" ({note})"
        return prompt

    def draw(self, surface: pygame.Surface) -> None:
        header = t("q.header_review" if self.review else "q.header", self.lang, name=self.name)
        self.draw_frame(surface, header, self.square, reserved=self.read_button.rect.width)
        self.read_button.draw(surface, self.text)
        text, unit = self.text, self.unit
        if self.picture_rect.width:
            picture = self.app.pictures.get(self.picture, self.picture_rect.width)
            if picture is not None:
                surface.blit(picture, self.picture_rect)
        prompt = self.prompt_text()
        size = self._fit_block(prompt, self.prompt_size, self.prompt_rect.size, bold=True)
        self._write(
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
        if self.cheer is not None:
            self.cheer.draw(surface)

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
            size = self._fit(card.label, round(unit * 1.1), box.width - 8, bold=True)
            self._write(
                surface, card.label, size, ink, (box.centerx, box.bottom - round(unit * 0.5)), "midbottom", bold=True
            )
        elif isinstance(self.question, ChoiceQuestion):
            x = badge[0] + badge_r + 10
            width = box.right - 10 - x - (round(unit * 2) if card.mark else 0)
            size = self._fit_block(card.label, round(unit * 1.05), (width, box.height - 4))
            self._write(surface, card.label, size, ink, (x, box.centery), "midleft", width=width, max_lines=3)
        else:
            size = self._fit(card.label, round(unit * 2.0), box.width - 16, bold=True)
            self._write(surface, card.label, size, ink, box.center, "center", bold=True)
        if not self.answering:
            if card.mark:
                colour = theme.RIGHT_TEXT if card.mark == "✓" else theme.WRONG_TEXT  # white on it: 4.5:1
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

    def of(self, kind: str) -> list[str]:
        """The answer's lines of one ``kind`` (``verdict``, ``chose``, ``explain``, ``note``, ``effect``)."""
        return [line.plain for line in self.words if line.kind == kind]

    def _draw_feedback(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        answered = self.answered
        assert answered is not None
        text, unit, lang = self.text, self.unit, self.lang
        of = self.of
        verdict = ("✓ " if answered.right else "× ") + " ".join(of("verdict"))
        colour = theme.RIGHT_TEXT if answered.right else theme.WRONG_TEXT
        size = text.fit(verdict, round(unit * 1.5), area.width, bold=True)
        head = text.draw(surface, verdict, size, colour, area.topleft, bold=True)
        top = head.bottom
        for chose in of("chose"):
            line = text.draw(surface, chose, round(unit * 0.95), INK, (area.x, top), width=area.width, max_lines=1)
            top = line.bottom
        button = self.continue_button.rect
        explain = ("" if lang == "zh" else " ").join([*of("explain"), *of("note")])
        box = (area.width, button.top - top - round(unit * 0.4))
        size = self._fit_block(explain, round(unit * 1.05), box, min_size=max(10, unit * 2 // 3))
        lines_fit = max(1, box[1] // self._line_height(size))
        self._write(
            surface,
            explain,
            size,
            INK,
            (area.x, top + round(unit * 0.2)),
            width=area.width,
            max_lines=lines_fit,
        )
        result = " ".join(of("effect"))
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
