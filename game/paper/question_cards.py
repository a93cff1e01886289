"""Question cards: the question, its choices, the item's picture and the pile's bin mark on the
front; the answer and the explanation on the back; and the answer key for single-sided printing.

>>> from game.content.loader import load_bundled
>>> from game.paper.sheet import Sheet
>>> content = load_bundled()
>>> cards = question_cards(content, content.board(), "national", "child")
>>> len(cards) > 100, all(card.question.difficulty == 1 for card in cards)
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.categories import CATEGORY_ORDER, Category
from game.content.models import Board, ClassifyQuestion, Question, Region
from game.engine.levels import LEVELS
from game.engine.state import GameSetup, PlayerSpec
from game.engine.table import ContentSource, QuestionTable
from game.errors import Lang
from game.paper.card_sheets import HEADER, card_sheets
from game.paper.draw import Grid, bin_badge, bin_label, fit_ruby, picture, ruby_paragraph
from game.paper.sheet import PT, SAFE_MARGIN, Sheet
from game.present.answers import answer_words, option_spans
from game.present.board_look import INK
from game.present.texts import comma, say

PAD = 4.0


@dataclass(frozen=True, slots=True)
class Card:
    """One question card: its number, the question, its right choice in the region and any other
    choice the region also accepts (a disputed item)."""

    number: int
    question: Question
    right: int
    also: tuple[int, ...]

    @property
    def pile(self) -> Category:
        """The bin whose squares draw this card (the colour of its pile)."""
        if isinstance(self.question, ClassifyQuestion):
            return CATEGORY_ORDER[self.right]
        return self.question.category


def question_cards(content: ContentSource, board: Board, region: str, level: str) -> list[Card]:
    """Every question a seat of ``level`` can draw on ``board`` in ``region``, in bank order."""
    table = QuestionTable(content, GameSetup((PlayerSpec("-"),), board=board.name, region=region))
    chosen: set[int] = set()
    for key in table.pools:
        chosen.update(table.pool(key, level))
    return [Card(n + 1, table.all[i], table.correct[i], table.also[i]) for n, i in enumerate(sorted(chosen))]


class _CardPainter:
    def __init__(self, sheet: Sheet, cards: list[Card], region: Region, level: str, lang: Lang,
                 pictures: dict[str, str], folders: tuple[Path, ...]) -> None:  # fmt: skip
        self.sheet, self.cards, self.region, self.lang, self.folders = sheet, cards, region, lang, folders
        self.pictures = pictures
        self.level = LEVELS[level]
        self.child = level == "child"

    def corner(self, card: Card, x: float, y: float, w: float) -> float:
        """The card's number (left) and its pile's bin (right); returns the y under them."""
        sheet = self.sheet
        sheet.write(say("print.card_number", self.lang, number=card.number), x + PAD, y + PAD, 8, INK)
        name = self.region.category_name(card.pile, self.lang)
        size = 8
        badge = 5.0
        right = x + w - PAD - sheet.text_width(name, size) - badge * 1.2
        bin_label(sheet, card.pile, name, right, y + PAD - 0.6, badge)
        return y + PAD + 6

    def front(self, index: int, x: float, y: float, w: float, h: float) -> None:
        sheet, card = self.sheet, self.cards[index]
        q = card.question
        top = self.corner(card, x, y, w)
        text_w = w - 2 * PAD
        item_picture = q.item if isinstance(q, ClassifyQuestion) else None
        stem = self._picture_of(item_picture)
        pic = 24.0 if stem else 0.0
        if stem:
            picture(sheet, stem, x + w - PAD - pic, top, pic, self.folders)
            text_w -= pic + 2
        prompt = q.prompt(self.lang)
        options = option_spans(q, self.region, self.lang)
        options_h = 6.5 * (2 if len(options) > 2 else 1)
        room = y + h - PAD - options_h - top
        if self.child and self.lang == "zh":
            size = fit_ruby(sheet, prompt, text_w, max(room, pic), 15)
            ruby_paragraph(sheet, prompt, x + PAD, top, text_w, size)
        else:
            size = sheet.fit_paragraph(prompt, text_w, max(room, pic), 13)
            sheet.paragraph(prompt, x + PAD, top, text_w, size)
        self._options(q, x, y + h - PAD - options_h, w)

    def _options(self, q: Question, x: float, y: float, w: float) -> None:
        sheet = self.sheet
        options = option_spans(q, self.region, self.lang)
        cols = 2 if len(options) > 1 else 1
        col_w = (w - 2 * PAD) / cols
        for i, span in enumerate(options):
            row, col = divmod(i, cols)
            ox, oy = x + PAD + col * col_w, y + row * 6.5
            label = f"{i + 1} "
            sheet.write(label, ox, oy + 0.6, 10)
            ox += sheet.text_width(label, 10)
            if isinstance(q, ClassifyQuestion):
                bin_badge(sheet, CATEGORY_ORDER[i], ox, oy + 0.5, 5)
                ox += 6
            room = col_w - (ox - (x + PAD + col * col_w)) - 1
            sheet.write(span.text, ox, oy + 0.6, sheet.fit_size(span.text, 10, room, 6))

    def back(self, index: int, x: float, y: float, w: float, h: float) -> None:
        sheet, card = self.sheet, self.cards[index]
        q = card.question
        top = self.corner(card, x, y, w)
        answer = say(
            "report_answer", self.lang, answer=f"{card.right + 1} {answer_words(q, card.right, self.region, self.lang)}"
        )
        if isinstance(q, ClassifyQuestion):
            bin_badge(sheet, CATEGORY_ORDER[card.right], x + PAD, top, 9)
            sheet.write(answer, x + PAD + 11, top + 1.5, sheet.fit_size(answer, 14, w - 2 * PAD - 11))
        else:
            sheet.write(answer, x + PAD, top + 1.5, sheet.fit_size(answer, 14, w - 2 * PAD))
        top += 12
        text = self.region.localise(self.level.explanation(q.explain_in(self.lang)))
        if card.also:
            others = comma(self.lang).join(answer_words(q, c, self.region, self.lang) for c in card.also)
            text += "\n" + say("print.also_right", self.lang, answers=others)
        room = y + h - PAD - top
        if self.child and self.lang == "zh":
            size = fit_ruby(sheet, text, w - 2 * PAD, room, 12, 6.5)
            ruby_paragraph(sheet, text, x + PAD, top, w - 2 * PAD, size)
        else:
            size = sheet.fit_paragraph(text, w - 2 * PAD, room, 11, 6)
            sheet.paragraph(text, x + PAD, top, w - 2 * PAD, size)

    def _picture_of(self, name: str | None) -> str | None:
        return self.pictures.get(name) if name else None


def draw_question_cards(sheet: Sheet, cards: list[Card], region: Region, level: str, lang: Lang,
                        pictures: dict[str, str], folders: tuple[Path, ...] = (),
                        single_sided: bool = False) -> int:  # fmt: skip
    """The cards, 8 to an A4 sheet, each front sheet followed by its back (returns the sheets)."""
    painter = _CardPainter(sheet, cards, region, level, lang, pictures, folders)
    grid = Grid.fill(2, 4, 210, 297, HEADER)
    return card_sheets(
        sheet,
        grid,
        len(cards),
        painter.front,
        None if single_sided else painter.back,
        lambda first, last: say("print.cards_front", lang, first=first, last=last),
        lambda first, last: say("print.cards_back", lang, first=first, last=last),
    )


def draw_answer_key(sheet: Sheet, cards: list[Card], region: Region, lang: Lang) -> int:
    """A table of every card's number, question and answer, for single-sided printing."""
    sheet.new_page("A4", "portrait")
    pages = 1
    y = SAFE_MARGIN
    sheet.write(say("print.key_title", lang, count=len(cards)), SAFE_MARGIN, y, 16)
    y += 10
    width = sheet.width - 2 * SAFE_MARGIN
    size = 8.5
    step = size * PT * 1.35
    for card in cards:
        q = card.question
        answer = f"{card.right + 1} {answer_words(q, card.right, region, lang)}"
        if card.also:
            answer += " / " + " / ".join(answer_words(q, c, region, lang) for c in card.also)
        prompt_w = width - 14 - 38
        lines = sheet.lines(q.prompt(lang), size, prompt_w)
        needed = step * max(1, len(lines)) + 1.2
        if y + needed > sheet.height - SAFE_MARGIN:
            sheet.new_page("A4", "portrait")
            pages += 1
            y = SAFE_MARGIN
        sheet.write(str(card.number), SAFE_MARGIN, y, size, align="R", width=10)
        sheet.paragraph(q.prompt(lang), SAFE_MARGIN + 14, y, prompt_w, size, leading=1.35)
        sheet.write(answer, SAFE_MARGIN + width - 36, y, sheet.fit_size(answer, size, 36, 6))
        y += needed
        sheet.stroke((220, 220, 220), 0.15)
        sheet.pdf.line(SAFE_MARGIN, y - 0.6, SAFE_MARGIN + width, y - 0.6)
    return pages
