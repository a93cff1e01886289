"""The learning report as a CSV file that Excel and WPS open directly (UTF-8 with a BOM).

One table, one header row, then for each player (in podium order):

- four ``bin score`` rows, one per bin in the order 1 kitchen … 4 other: questions asked and
  right, naming tasks met and passed;
- one ``missed question`` row per question answered wrong: its id, text, right answer and
  explanation;
- one ``wrong-bin item`` row per item named for the wrong bin: the item and the bin it belongs in.

Every row repeats the player, seat, computer yes/no, place and points, so the sheet can be
filtered or pivoted. Headers and labels follow ``--lang``; bins are named as the region names them.
No cell starts a formula (a name typed as ``=1+1`` is written ``'=1+1``).

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, learning_report, new_game, play_bots
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of(bots=1), seed=3)
>>> _ = play_bots(game)
>>> rows = report_rows(learning_report(game), content.region(), "zh")
>>> rows[0][:7]
['玩家', '座位', '电脑', '名次', '得分', '内容', '垃圾类别']
>>> rows[1][:4], rows[1][5:7]
(['电脑1', '1', '是', '1'], ['分类成绩', '厨余垃圾'])
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from game.categories import CATEGORY_ORDER, Category
from game.content.models import Region
from game.errors import Lang
from game.present.answers import answer_words
from game.present.report import ranked
from game.present.texts import say
from game.storage import spreadsheet_cell

if TYPE_CHECKING:
    from game.content.dictionary import ItemDictionary
    from game.engine import PlayerReport

BOM = "\ufeff"
COLUMNS = (
    "col_player",
    "csv_seat",
    "computer",
    "col_place",
    "col_score",
    "csv_row",
    "col_category",
    "csv_asked",
    "csv_right",
    "csv_tasks",
    "csv_passed",
    "csv_question_id",
    "csv_question",
    "csv_answer",
    "csv_explain",
)


def report_rows(
    reports: Sequence[PlayerReport], region: Region, lang: Lang, dictionary: ItemDictionary | None = None
) -> list[list[str]]:
    """The header row, then every player's rows (see the module docstring).

    ``dictionary`` tells which bin a wrong-bin item belongs in (left empty without it).
    """
    rows = [[say(key, lang) for key in COLUMNS]]
    names = {c: region.category_name(c, lang) for c in CATEGORY_ORDER}
    for report in ranked(reports):
        who = [
            report.name,
            str(report.seat + 1),
            say("yes" if report.bot else "no", lang),
            str(report.place or ""),
            str(report.score),
        ]
        for score in report.categories:
            counts = [str(score.asked), str(score.right), str(score.tasks), str(score.passed)]
            rows.append([*who, say("csv_row_category", lang), names[score.category], *counts, "", "", "", ""])
        for question in report.missed:
            answer = answer_words(question, question.correct_choice, region, lang)
            rows.append(
                [
                    *who,
                    say("csv_row_missed", lang),
                    names[question.category],
                    "",
                    "",
                    "",
                    "",
                    question.id,
                    question.prompt(lang),
                    answer,
                    question.explain_in(lang),
                ]
            )
        rows += [_item_row(who, say("csv_row_wrong_bin", lang), n, names, region, dictionary) for n in report.wrong_bin]
        for review in report.reviews:
            question = review.question
            answer = answer_words(question, question.correct_choice, region, lang)
            rows.append(
                [
                    *who,
                    say("csv_row_review", lang),
                    names[question.category],
                    "1",
                    "1" if review.right else "0",
                    "",
                    "",
                    question.id,
                    review.label(lang),
                    answer,
                    question.explain_in(lang),
                ]
            )
        rows += [_item_row(who, say("csv_row_lookup", lang), n, names, region, dictionary) for n in report.looked_up]
        rows.append([*who, say("csv_row_region", lang), "", "", "", "", "", "", region.name_in(lang), "", ""])
    return [[spreadsheet_cell(cell) for cell in row] for row in rows]


def _item_row(
    who: list[str],
    kind: str,
    name: str,
    names: dict[Category, str],
    region: Region,
    dictionary: ItemDictionary | None,
) -> list[str]:
    """A row for an item a player named or looked up, with the bin it belongs in (when known)."""
    found = dictionary.find(name) if dictionary is not None else None
    belongs = names[found.category_in(region.key)] if found is not None else ""
    return [*who, kind, belongs, "", "", "", "", "", name, belongs, ""]


def report_csv(
    reports: Sequence[PlayerReport], region: Region, lang: Lang, dictionary: ItemDictionary | None = None
) -> str:
    """The report as CSV text (starting with a BOM; CRLF line ends, as spreadsheets expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(report_rows(reports, region, lang, dictionary))
    return BOM + buffer.getvalue()
