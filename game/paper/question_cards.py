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

from collections.abc import Sequence
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
#: The height of one row of choices (mm).
ROW = 6.5
#: An A4 sheet, portrait (mm).
A4 = (210.0, 297.0)


@dataclass(frozen=True, slots=True)
class Card:
    """One question card: its number, the question, its right choice in the region and any other
    choice the region also accepts (a disputed item)."""

    number: int
    question: Question
    right: int
    also: tuple[int, ...]


def question_cards(content: ContentSource, board: Board, region: str, level: str) -> list[Card]:
    """Every question a seat of ``level`` can draw on ``board`` in ``region``, in bank order."""
    table = QuestionTable(content, GameSetup((PlayerSpec("-"),), board=board.name, region=region))
    chosen: set[int] = set()
    for key in table.pools:
        chosen.update(table.pool(key, level))
    return [Card(n + 1, table.all[i], table.correct[i], table.also[i]) for n, i in enumerate(sorted(chosen))]


def starter_set(cards: list[Card], count: int) -> list[Card]:
    """``count`` of ``cards``, spread evenly over the kinds of question and the bins they are about
    (taken in turn, each group in bank order), numbered again from 1: a smaller set to cut out.

    >>> from game.content.loader import load_bundled
    >>> content = load_bundled()
    >>> few = starter_set(question_cards(content, content.board(), "national", "child"), 12)
    >>> [card.number for card in few][:3], len({card.question.category for card in few})
    ([1, 2, 3], 4)
    """
    if count >= len(cards):
        return cards
    groups: dict[tuple[str, Category], list[Card]] = {}
    for card in cards:
        q = card.question
        about = CATEGORY_ORDER[card.right] if isinstance(q, ClassifyQuestion) else q.category
        groups.setdefault((q.type.value, about), []).append(card)
    chosen: list[Card] = []
    queues = list(groups.values())
    while len(chosen) < count:
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))
    chosen.sort(key=lambda card: card.number)
    return [Card(n + 1, card.question, card.right, card.also) for n, card in enumerate(chosen)]


class _CardPainter:
    def __init__(self, sheet: Sheet, cards: list[Card], region: Region, level: str, lang: Lang,
                 pictures: dict[str, str], folders: tuple[Path, ...]) -> None:  # fmt: skip
        self.sheet, self.cards, self.region, self.lang, self.folders = sheet, cards, region, lang, folders
        self.pictures = pictures
        self.level = LEVELS[level]
        self.child = level == "child"

    def corner(self, card: Card, x: float, y: float, w: float, *, back: bool = False) -> float:
        """The card's number (left) and, on the front, what kind of question it is (right); on
        the back, the bin the card is about. Returns the y under them. The front marks no bin: on
        a "which bin" card that would be the answer."""
        sheet = self.sheet
        sheet.write(say("print.card_number", self.lang, number=card.number), x + PAD, y + PAD, 8, INK)
        if not back:
            kind = say(f"print.type_{card.question.type.value}", self.lang)
            sheet.write(kind, x + PAD, y + PAD, 8, INK, align="R", width=w - 2 * PAD)
            return y + PAD + 6
        q = card.question
        category = CATEGORY_ORDER[card.right] if isinstance(q, ClassifyQuestion) else q.category
        name = self.region.category_name(category, self.lang)
        badge = 5.0
        right = x + w - PAD - sheet.text_width(name, 8) - badge * 1.2
        bin_label(sheet, category, name, right, y + PAD - 0.6, badge)
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
        prompt = self.region.localise(q.prompt(self.lang))
        options_h = self._options_height(q, w)
        room = y + h - PAD - options_h - top
        if self.child and self.lang == "zh":
            size = fit_ruby(sheet, prompt, text_w, max(room, pic), 15)
            ruby_paragraph(sheet, prompt, x + PAD, top, text_w, size)
        else:
            size = sheet.fit_paragraph(prompt, text_w, max(room, pic), 13)
            sheet.paragraph(prompt, x + PAD, top, text_w, size)
        self._options(q, x, y + h - PAD - options_h, w)

    def _option_texts(self, q: Question) -> list[str]:
        return [self.region.localise(span.text) for span in option_spans(q, self.region, self.lang)]

    def _columns(self, q: Question, w: float) -> int:
        """Two columns of choices when each fits half the card at 8 pt or more, else one."""
        half = (w - 2 * PAD) / 2 - 9
        texts = self._option_texts(q)
        return 2 if len(texts) > 1 and all(self.sheet.text_width(t, 8) <= half for t in texts) else 1

    def _options_height(self, q: Question, w: float) -> float:
        cols = self._columns(q, w)
        if cols == 2:
            return ROW * -(-len(self._option_texts(q)) // 2)
        return sum(self._wrapped(text, w)[1] for text in self._option_texts(q))

    def _wrapped(self, text: str, w: float) -> tuple[list[str], float, float]:
        """A choice alone on its row: its lines (at most two, the second ending in … when cut),
        the row's height and the size it is set in (10 pt, down to 7 pt to fit)."""
        room = w - 2 * PAD - self.sheet.text_width("4 ", 10) - 1
        size = 10.0
        lines = self.sheet.lines(text, size, room)
        while len(lines) > 2 and size > 7:
            size -= 0.5
            lines = self.sheet.lines(text, size, room)
        if len(lines) > 2:
            lines = [lines[0], self.sheet.clip("".join(lines[1:]), size, room)]
        return lines, max(ROW, len(lines) * size * PT * 1.25 + 1.5), size

    def _options(self, q: Question, x: float, y: float, w: float) -> None:
        sheet = self.sheet
        cols = self._columns(q, w)
        col_w = (w - 2 * PAD) / cols
        oy = y
        for i, text in enumerate(self._option_texts(q)):
            row, col = divmod(i, cols)
            ox = x + PAD + col * col_w
            if cols == 2:
                oy = y + row * ROW
            label = f"{i + 1} "
            sheet.write(label, ox, oy + 0.6, 10)
            ox += sheet.text_width(label, 10)
            if isinstance(q, ClassifyQuestion):
                bin_badge(sheet, CATEGORY_ORDER[i], ox, oy + 0.5, 5)
                ox += 6
            room = col_w - (ox - (x + PAD + col * col_w)) - 1
            if cols == 2:
                size = sheet.fit_size(text, 10, room, 6)
                sheet.write(sheet.clip(text, size, room), ox, oy + 0.6, size)
                continue
            lines, height, size = self._wrapped(text, w)
            for n, line in enumerate(lines):
                sheet.write(sheet.clip(line, size, room), ox, oy + 0.6 + n * size * PT * 1.25, size)
            oy += height

    def back(self, index: int, x: float, y: float, w: float, h: float) -> None:
        sheet, card = self.sheet, self.cards[index]
        q = card.question
        top = self.corner(card, x, y, w, back=True)
        words = self.region.localise(answer_words(q, card.right, self.region, self.lang))
        answer = say("report_answer", self.lang, answer=f"{card.right + 1} {words}")
        if isinstance(q, ClassifyQuestion):
            bin_badge(sheet, CATEGORY_ORDER[card.right], x + PAD, top, 9)
            size = sheet.fit_size(answer, 14, w - 2 * PAD - 11)
            sheet.write(sheet.clip(answer, size, w - 2 * PAD - 11), x + PAD + 11, top + 1.5, size)
            top += 12
        else:
            size = sheet.fit_paragraph(answer, w - 2 * PAD, 12, 13, 8)
            top = sheet.paragraph(answer, x + PAD, top, w - 2 * PAD, size) + 1.5
        text = self.region.localise(self.level.explanation(q.explain_in(self.lang)))
        if card.also:
            others = comma(self.lang).join(
                self.region.localise(answer_words(q, c, self.region, self.lang)) for c in card.also
            )
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
    grid = Grid.fill(2, 4, A4[0], A4[1], HEADER)
    return card_sheets(
        sheet,
        grid,
        len(cards),
        painter.front,
        None if single_sided else painter.back,
        lambda first, last: say(
            "print.cards_single" if single_sided else "print.cards_front", lang, first=first, last=last
        ),
        lambda first, last: say("print.cards_back", lang, first=first, last=last),
    )


def draw_answer_key(sheet: Sheet, cards: list[Card], region: Region, lang: Lang,
                    sorting: Sequence[tuple[str, Category]] = ()) -> int:  # fmt: skip
    """A table of every card's number, question and answer (for single-sided printing), then the
    bins of the sorting cards; returns the sheets added (none when there is nothing to list)."""
    if not cards and not sorting:
        return 0
    table = _KeyTable(sheet)
    if cards:
        table.heading(say("print.key_title", lang, count=len(cards)))
        for card in cards:
            q = card.question
            answers = [card.right, *card.also]
            answer = " / ".join(
                f"{c + 1} {region.localise(answer_words(q, c, region, lang))}" if i == 0 else
                region.localise(answer_words(q, c, region, lang))
                for i, c in enumerate(answers)
            )  # fmt: skip
            table.row(str(card.number), region.localise(q.prompt(lang)), answer)
    if sorting:
        table.heading(say("print.key_sorting", lang, count=len(sorting)))
        for name, category in sorting:
            table.row("", name, region.category_name(category, lang))
    return table.pages


class _KeyTable:
    """Rows of number, text and answer down A4 sheets, each cell wrapped to its column."""

    SIZE = 8.5

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.pages = 0
        self.y = 0.0
        self.width = A4[0] - 2 * SAFE_MARGIN
        self._new_page()

    def _new_page(self) -> None:
        self.sheet.new_page("A4", "portrait")
        self.pages += 1
        self.y = SAFE_MARGIN

    def heading(self, text: str) -> None:
        if self.y + 18 > A4[1] - SAFE_MARGIN:
            self._new_page()
        elif self.y > SAFE_MARGIN:
            self.y += 4
        self.sheet.write(text, SAFE_MARGIN, self.y, 16)
        self.y += 10

    def row(self, number: str, text: str, answer: str) -> None:
        sheet, size = self.sheet, self.SIZE
        step = size * PT * 1.35
        text_w, answer_w = self.width - 14 - 50, 48.0
        text_lines = sheet.lines(text, size, text_w)
        answer_lines = sheet.lines(answer, size, answer_w)
        needed = step * max(1, len(text_lines), len(answer_lines)) + 1.2
        if self.y + needed > A4[1] - SAFE_MARGIN:
            self._new_page()
        y = self.y
        sheet.write(number, SAFE_MARGIN, y, size, align="R", width=10)
        sheet.paragraph(text, SAFE_MARGIN + 14, y, text_w, size, leading=1.35)
        sheet.paragraph(answer, SAFE_MARGIN + self.width - answer_w, y, answer_w, size, leading=1.35)
        self.y += needed
        sheet.stroke((220, 220, 220), 0.15)
        sheet.pdf.line(SAFE_MARGIN, self.y - 0.6, SAFE_MARGIN + self.width, self.y - 0.6)
