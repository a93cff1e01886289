"""Export question banks or item dictionaries to a spreadsheet (CSV, UTF-8 with BOM).

The files are read with the loader's own parse and build steps; a file with errors is not
exported (its broken entries would be missing from the spreadsheet). Values are written the way
volunteers say them (厨余垃圾, 选择题, 对/错, 上海), or as the file keys with ``english=True``.

>>> from game.content.bundled import content_dirs
>>> export = plan_export("items", [content_dirs()[1] / "items-kitchen.yaml"])
>>> export.rows[0][:6], export.rows[1][0], export.rows[1][2]
(['名称', '别名', '类别', '理由', '英文名', '地区差异'], '果皮', '厨余垃圾')
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game.content.build import build_file
from game.content.bundled import content_dirs
from game.content.loader import find_files
from game.content.models import GenericItem, Item, Question, Region
from game.content.spec import Reporter
from game.content.yamlsource import read_file
from game.errors import Problem, Text, errors_of
from game.storage import spreadsheet_cell
from game.volunteer.csv_cells import ExportError, item_cells, question_cells
from game.volunteer.csv_columns import header_row
from game.volunteer.csv_io import write_csv
from game.volunteer.csv_values import Kind, Vocabulary

_WHAT: dict[Kind, Text] = {"questions": Text("题库", "question bank"), "items": Text("物品词典", "item dictionary")}


@dataclass
class ExportPlan:
    """The rows of an export (header first) and what was read to make them."""

    kind: Kind
    rows: list[list[str]] = field(default_factory=list)
    #: The files the entries came from.
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Only the errors: any error means nothing is exported."""
        return errors_of(self.problems)

    @property
    def count(self) -> int:
        """How many entries (rows below the header)."""
        return max(0, len(self.rows) - 1)


def _regions() -> list[Region]:
    """The bundled region profiles (for the Chinese names of regions)."""
    path = content_dirs()[1] / "regions.yaml"
    doc, _ = read_file(path)
    if doc is None:
        return []
    return build_file(doc, Reporter(str(path))).regions


def plan_export(kind: Kind, paths: Sequence[str | os.PathLike[str]] = (), *, english: bool = False) -> ExportPlan:
    """Read ``paths`` (files or folders; default: the bundled ``questions/`` folder) into rows.

    In folders, files of other kinds are passed over; a file named on its own must be of ``kind``.
    """
    plan = ExportPlan(kind)
    given = list(paths) or [content_dirs()[1]]
    named = {Path(p).resolve() for p in given if Path(p).is_file()}
    found, plan.problems = find_files(given)
    entries: list[Question | Item | GenericItem] = []
    regions = _regions()
    for path, display in found:
        doc, problems = read_file(path, display)
        reporter = Reporter(display)
        part = build_file(doc, reporter) if doc is not None else None
        plan.problems += problems + reporter.problems
        if part is None:
            continue
        regions += part.regions
        if part.kind == kind:
            plan.files.append(display)
            entries.extend(part.questions if kind == "questions" else [*part.items, *part.generics])
        elif path.resolve() in named and part.kind:
            plan.problems.append(
                Problem(
                    display,
                    0,
                    0,
                    Text(f"这个文件不是{_WHAT[kind].zh}", f"this file is not a {_WHAT[kind].en}"),
                    Text(
                        "题库用 export-questions，物品词典用 export-items",
                        "use export-questions for question banks, export-items for item dictionaries",
                    ),
                )
            )
    vocab = Vocabulary(regions)
    plan.rows = [header_row(kind, english)]
    for entry in entries:
        try:
            if isinstance(entry, Item | GenericItem):
                plan.rows.append([spreadsheet_cell(cell) for cell in item_cells(entry, vocab, english)])
            else:
                plan.rows.append([spreadsheet_cell(cell) for cell in question_cells(entry, vocab, english)])
        except ExportError as error:
            plan.problems.append(
                Problem.at(
                    entry.origin,
                    Text(f"无法放进一个单元格：{error}", f"cannot be written to one cell: {error}"),
                    Text(
                        "标签和别名里不能有逗号、顿号、分号或换行：改写它",
                        "tags and aliases may not contain commas, semicolons or line breaks: reword it",
                    ),
                )
            )
    return plan


def write_export(plan: ExportPlan, out: str | os.PathLike[str]) -> None:
    """Write the plan's rows to ``out`` (UTF-8 with BOM, atomically, keeping an old file as ``.bak``)."""
    if plan.errors:
        raise ValueError("the export has errors: nothing to write")
    write_csv(out, plan.rows)
