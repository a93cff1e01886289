"""The end of a game: a podium ranking every player, then each player's learning report.

A report shows, per bin, the questions answered right out of those asked and the naming tasks
passed, then every question the player missed with its answer and explanation (the thing worth
going over together), the items named for the wrong bin, and the items named right.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, new_game, play_bots
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of(bots=2), seed=3)
>>> _ = play_bots(game)
>>> table = podium_table(game.learning_report(), "zh")
>>> table.row_count
2
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from game.content.models import Question, Region
from game.errors import Lang
from game.terminal.question_view import option_labels
from game.terminal.styles import DIM_STYLE, HINT_STYLE, RIGHT_STYLE, TITLE_STYLE, WRONG_STYLE, bin_label, compose, token
from game.terminal.texts import say, template
from game.terminal.wrap import wrap

if TYPE_CHECKING:
    from game.engine import PlayerReport


def ranked(reports: Sequence[PlayerReport]) -> list[PlayerReport]:
    """The reports by place (seat order for players without a place)."""
    return sorted(reports, key=lambda r: (r.place if r.place is not None else len(reports) + 1, r.seat))


def _player(report: PlayerReport) -> Text:
    text = token(report.seat)
    text.append(" ")
    text.append(report.name, style=TITLE_STYLE)
    return text


def podium_table(reports: Sequence[PlayerReport], lang: Lang) -> Table:
    """Every player by place: square reached, points, questions right out of asked."""
    table = Table(title=say("podium_title", lang), box=box.ASCII_DOUBLE_HEAD, title_style=TITLE_STYLE)
    for key in ("col_place", "col_player", "col_square", "col_score", "col_answers"):
        table.add_column(say(key, lang), justify="left" if key == "col_player" else "right")
    for report in ranked(reports):
        place = say("place", lang, place=report.place) if report.place else "-"
        style = "bold yellow" if report.place == 1 else ""
        player = _player(report)
        if report.bot:
            player.append(" " + say("status_bot", lang), style=DIM_STYLE)
        table.add_row(
            Text(place, style=style), player, str(report.position), str(report.score), f"{report.right}/{report.asked}"
        )
    return table


def right_answer(question: Question, region: Region, lang: Lang) -> Text:
    """The right answer of ``question`` as players saw it (a bin with its letter, an option, 对/错)."""
    return option_labels(question, region, lang)[question.correct_choice]


def report_view(report: PlayerReport, region: Region, lang: Lang, width: int = 80) -> RenderableType:
    """One player's learning report."""
    title = compose(template("report_title", lang), TITLE_STYLE, name=_player(report))
    table = Table(box=box.ASCII, show_edge=True, pad_edge=True)
    table.add_column(say("col_category", lang))
    table.add_column(say("col_answers", lang), justify="right")
    table.add_column(say("col_naming", lang), justify="right")
    for score in report.categories:
        answers = f"{score.right}/{score.asked}" if score.asked else "-"
        naming = f"{score.passed}/{score.tasks}" if score.tasks else "-"
        table.add_row(bin_label(score.category, region, lang), answers, naming)
    parts: list[RenderableType] = [title, table]
    if report.missed:
        parts.append(Text(say("report_missed", lang), style=HINT_STYLE))
        for number, question in enumerate(report.missed, 1):
            mark = f"{number}. "
            prompt = Text(mark, style=TITLE_STYLE).append(question.prompt(lang), style=TITLE_STYLE)
            answer = compose(template("report_answer", lang), answer=right_answer(question, region, lang))
            parts += wrap(prompt, width, indent=len(mark))
            parts += wrap(Text(" " * len(mark)) + answer, width, indent=len(mark))
            parts += wrap(Text(" " * len(mark) + question.explain_in(lang)), width, indent=len(mark))
    elif report.asked:
        parts.append(Text(say("report_no_missed", lang), style=RIGHT_STYLE))
    else:
        parts.append(Text(say("report_no_questions", lang), style=DIM_STYLE))
    comma = "、" if lang == "zh" else ", "
    if report.wrong_bin:
        parts += wrap(Text(say("report_wrong_bin", lang, items=comma.join(report.wrong_bin)), style=WRONG_STYLE), width)
    if report.named:
        parts += wrap(Text(say("report_named", lang, items=comma.join(report.named)), style=RIGHT_STYLE), width)
    if report.reviews:
        items = comma.join(f"{r.label(lang)} {r.mark}" for r in report.reviews)
        parts += wrap(Text(say("report_reviews", lang, items=items)), width)
    if report.hints:
        looked = comma.join(report.looked_up) or "-"
        parts += wrap(Text(say("report_hints", lang, n=report.hints, items=looked), style=DIM_STYLE), width)
    return Group(*parts)


def end_screen(reports: Sequence[PlayerReport], region: Region, lang: Lang, width: int = 80) -> list[RenderableType]:
    """The podium, then every player's report in podium order."""
    out: list[RenderableType] = [
        Text(say("game_over", lang), style="bold reverse"),
        Text(say("report_region", lang, region=region.name_en if lang == "en" and region.name_en else region.name)),
        podium_table(reports, lang),
    ]
    for report in ranked(reports):
        out += [Text(), report_view(report, region, lang, width)]
    return out
