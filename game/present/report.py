"""The end of a game in words: places, how places are decided, and each player's learning report.

>>> [line.plain for line in item_lines(_Report(), "zh")]
['查了 2 次（查的词都不在词典里）']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from game.content.models import Region
from game.errors import Lang
from game.present.answers import right_answer
from game.present.spans import Line, Role, Span, fill
from game.present.texts import comma, say, template

if TYPE_CHECKING:
    from game.engine import PlayerReport


def ranked(reports: Sequence[PlayerReport]) -> list[PlayerReport]:
    """The reports by place (seat order for players without a place)."""
    return sorted(reports, key=lambda r: (r.place if r.place is not None else len(reports) + 1, r.seat))


def place_text(report: PlayerReport, lang: Lang) -> str:
    """``第1名``, or ``-`` for a player without a place."""
    return say("place", lang, place=report.place) if report.place else "-"


def region_line(region: Region, lang: Lang) -> Line:
    """Whose sorting rules the game used."""
    return Line.of(say("report_region", lang, region=region.name_in(lang)), Role.DIM)


def missed_lines(report: PlayerReport, region: Region, lang: Lang) -> list[Line]:
    """Every question the player missed, with its answer and explanation (or praise)."""
    if not report.missed:
        if report.asked:
            return [Line.of(say("report_no_missed", lang), Role.RIGHT)]
        return [Line.of(say("report_no_questions", lang), Role.DIM)]
    lines = [Line.of(say("report_missed", lang), Role.HINT)]
    for number, question in enumerate(report.missed, 1):
        mark = f"{number}. "
        lines.append(Line.of(mark + question.prompt(lang), Role.TITLE, kind="missed"))
        answer = fill(template("report_answer", lang), answer=right_answer(question, region, lang))
        lines.append(Line((Span(" " * len(mark)), *answer.spans), kind="answer"))
        lines.append(Line.of(" " * len(mark) + question.explain_in(lang), kind="answer"))
    return lines


class _Report:  # for the example above
    wrong_bin: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    reviews: tuple[object, ...] = ()
    hints = 2
    looked_up: tuple[str, ...] = ()


def item_lines(report: PlayerReport, lang: Lang) -> list[Line]:
    """Items named for the wrong bin, items named right, reviews and look-ups."""
    sep = comma(lang)
    lines = []
    if report.wrong_bin:
        lines.append(Line.of(say("report_wrong_bin", lang, items=sep.join(report.wrong_bin)), Role.WRONG))
    if report.named:
        lines.append(Line.of(say("report_named", lang, items=sep.join(report.named)), Role.RIGHT))
    if report.reviews:
        marks: dict[str, str] = {}  # one entry per thing reviewed, its marks in order (旧报纸 ✗✓)
        for review in report.reviews:
            marks[review.label(lang)] = marks.get(review.label(lang), "") + review.mark
        lines.append(Line.of(say("report_reviews", lang, items=sep.join(f"{k} {v}" for k, v in marks.items()))))
    if report.hints and report.looked_up:
        lines.append(Line.of(say("report_hints", lang, n=report.hints, items=sep.join(report.looked_up)), Role.DIM))
    elif report.hints:  # every look-up was a word the dictionary does not know
        lines.append(Line.of(say("report_hints_none", lang, n=report.hints), Role.DIM))
    return lines


def report_lines(report: PlayerReport, region: Region, lang: Lang) -> list[Line]:
    """The words of one learning report after its per-bin table, in reading order."""
    return missed_lines(report, region, lang) + item_lines(report, lang)
