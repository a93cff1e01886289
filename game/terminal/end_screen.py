"""The end of a game: a podium ranking every player, then each player's learning report.

A report shows, per bin, the questions answered right out of those asked and the naming tasks
passed, then every question the player missed with its answer and explanation (the thing worth
going over together), the items named for the wrong bin, and the items named right.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, learning_report, new_game, play_bots
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of(bots=2), seed=3)
>>> _ = play_bots(game)
>>> table = podium_table(learning_report(game), "zh")
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

from game.content.models import Region
from game.errors import Lang
from game.present.report import place_text, ranked, region_line, report_lines
from game.present.spans import player
from game.present.texts import say, template
from game.terminal.narration import span_text, to_text
from game.terminal.styles import DIM_STYLE, TITLE_STYLE, bin_label, compose
from game.terminal.wrap import wrap

if TYPE_CHECKING:
    from game.engine import PlayerReport


def _player(report: PlayerReport) -> Text:
    return span_text(player(report.seat, report.name))


def podium_table(reports: Sequence[PlayerReport], lang: Lang) -> Table:
    """Every player by place: square reached, points, questions right out of asked."""
    table = Table(title=say("podium_title", lang), box=box.ASCII_DOUBLE_HEAD, title_style=TITLE_STYLE)
    for key in ("col_place", "col_player", "col_square", "col_score", "col_answers"):
        table.add_column(say(key, lang), justify="left" if key == "col_player" else "right")
    for report in ranked(reports):
        place = place_text(report, lang)
        style = "bold yellow" if report.place == 1 else ""
        name = _player(report)
        if report.bot:
            name.append(" " + say("status_bot", lang), style=DIM_STYLE)
        table.add_row(
            Text(place, style=style), name, str(report.position), str(report.score), f"{report.right}/{report.asked}"
        )
    return table


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
    for line in report_lines(report, region, lang):
        plain = line.plain
        indent = len(plain) - len(plain.lstrip(" "))
        if line.kind == "missed":
            indent = plain.index(" ") + 1
        parts += wrap(to_text(line), width, indent=indent)
    return Group(*parts)


def end_pages(
    reports: Sequence[PlayerReport], region: Region, lang: Lang, width: int = 80
) -> list[list[RenderableType]]:
    """The end, a page at a time: the podium first, then each player's report in podium order."""
    podium: list[RenderableType] = [
        Text(say("game_over", lang), style="bold reverse"),
        to_text(region_line(region, lang)),
        podium_table(reports, lang),
        Text(say("places_rule", lang), style=DIM_STYLE),
    ]
    return [podium, *([report_view(report, region, lang, width)] for report in ranked(reports))]
