"""The learning report as a CSV file (``fenleiqi play --report FILE.csv``), one row per player.

UTF-8 with a byte-order mark, so that a spreadsheet on a Chinese Windows PC opens it correctly.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, new_game, play_bots
>>> game = new_game(load_bundled(), GameSetup.of(bots=2), seed=3)
>>> _ = play_bots(game)
>>> lines = report_csv(game.learning_report()).lstrip("\\ufeff").splitlines()
>>> lines[0][:30], lines[1][:9]
('seat,name,computer,place,score', '1,电脑1,yes')
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence

from game.engine import PlayerReport
from game.storage import atomic_write_text


def report_csv(reports: Sequence[PlayerReport]) -> str:
    """The reports as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    categories = [c.category.value for c in reports[0].categories] if reports else []
    header = ["seat", "name", "computer", "place", "score", "square", "asked", "right"]
    for key in categories:
        header += [f"{key}_asked", f"{key}_right", f"{key}_tasks", f"{key}_passed"]
    header += ["named", "wrong_bin", "missed"]
    writer.writerow(header)
    for report in reports:
        row: list[object] = [
            report.seat + 1,
            report.name,
            "yes" if report.bot else "no",
            report.place or "",
            report.score,
            report.position,
            report.asked,
            report.right,
        ]
        for score in report.categories:
            row += [score.asked, score.right, score.tasks, score.passed]
        row += ["、".join(report.named), "、".join(report.wrong_bin), " ".join(q.id for q in report.missed)]
        writer.writerow(row)
    return "\ufeff" + out.getvalue()


def write_report(path: str | os.PathLike[str], reports: Sequence[PlayerReport]) -> None:
    """Write the reports to ``path`` (atomically)."""
    atomic_write_text(path, report_csv(reports))
