"""Import a spreadsheet (CSV) into a question bank or an item dictionary file.

Each row goes through the same checks as a YAML entry (:func:`game.content.build.build_question`
and :func:`~game.content.build.build_item`), then the rows are merged with the entries already in
the target file and the result is cross-checked with the rest of the content (unique ids and
names, known regions, classify answers that agree with the item dictionary). :func:`plan_import`
does all of this without writing anything; :func:`write_import` then saves the new file
atomically, keeping the old one as ``NAME.bak``.

Duplicates are matched on the id (an item's name), else on the normalised question text (for a
question with the same type and region); ``--on-duplicate`` decides what a match does:

* ``update`` (the default: a volunteer exports, edits, imports back): the row replaces the entry;
  an equal row counts as unchanged.
* ``skip``: the entry already in the file stays as it is.
* ``keep``: a row that matches only by text is added as a new entry; an id match is refused,
  because ids are unique.

A row without an id gets one made from its category and a counter (``kitchen-1``, ``kitchen-2``
…), skipping every id already used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from game.content.build import build_file, build_item, build_question
from game.content.bundled import content_dirs
from game.content.dictionary import normalise
from game.content.loader import find_files
from game.content.models import REGION_NATIONAL, GenericItem, Item, Question, Region
from game.content.spec import Reporter
from game.content.yamlsource import MAX_FILE_BYTES, read_file
from game.errors import Problem, Severity, Text, errors_of
from game.storage import display_path
from game.volunteer.bank_writer import dump_bank
from game.volunteer.csv_columns import Layout, match_header
from game.volunteer.csv_io import Table, read_csv
from game.volunteer.csv_rows import label_problems, read_row
from game.volunteer.csv_values import Kind, Vocabulary
from game.volunteer.import_checks import Context as Context
from game.volunteer.import_checks import cross_check
from game.volunteer.target_bank import Entry, read_target, verify, write_target

#: ``progress(stage, done, total)``; stages are ``rows``, ``check`` and ``verify``.
Progress = Callable[[str, int, int], None]


class OnDuplicate(StrEnum):
    """What a row that matches an entry of the target file does."""

    UPDATE = "update"  #: replace the entry (an equal row is unchanged)
    SKIP = "skip"  #: keep the entry in the file
    KEEP = "keep"  #: add text matches as new entries; refuse id matches


class Outcome(StrEnum):
    """What happened to one row."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    REFUSED = "refused"


OUTCOME_NAMES: dict[Outcome, Text] = {
    Outcome.ADDED: Text("新增", "added"),
    Outcome.UPDATED: Text("更新", "updated"),
    Outcome.UNCHANGED: Text("未变", "unchanged"),
    Outcome.SKIPPED: Text("跳过", "skipped"),
    Outcome.REFUSED: Text("拒绝", "refused"),
}


def load_context(extra: Sequence[str | os.PathLike[str]] = (), *, exclude: Path | None = None) -> Context:
    """The bundled content plus ``extra`` files or folders, leaving out the file ``exclude``."""
    found, problems = find_files([*content_dirs(), *extra])
    skip = exclude.resolve() if exclude is not None else None
    seen: set[Path] = set()
    questions: list[Question] = []
    items: list[Item] = []
    generics: list[GenericItem] = []
    regions: list[Region] = []
    files: list[str] = []
    for path, display in found:
        resolved = path.resolve()
        if resolved == skip or resolved in seen:
            continue
        seen.add(resolved)
        files.append(display)
        doc, read_problems = read_file(path, display)
        problems.extend(read_problems)
        if doc is None:
            continue
        reporter = Reporter(display)
        part = build_file(doc, reporter)
        problems.extend(reporter.problems)
        questions += part.questions
        items += part.items
        generics += part.generics
        regions += part.regions
    return Context(
        tuple(questions),
        tuple(items),
        tuple(regions) or (REGION_NATIONAL,),
        tuple(problems),
        tuple(files),
        tuple(generics),
    )


@dataclass(frozen=True)
class RowResult:
    """The outcome of one spreadsheet row."""

    row: int
    #: The question id or item name the row ended up with ("" when it could not be read).
    key: str
    outcome: Outcome
    #: Anything worth saying about it (e.g. the id it matched by text).
    note: Text | None = None


@dataclass
class ImportPlan:
    """What an import would do; nothing has been written yet."""

    kind: Kind
    csv_name: str
    target: Path
    target_name: str
    table: Table | None = None
    #: Every problem (errors and warnings), errors first, in row order.
    problems: list[Problem] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    #: The new file (the good rows merged in); None when nothing can be written.
    text: str | None = None
    #: Whether the target file existed.
    existed: bool = False
    #: True when the spreadsheet or the target could not be read at all.
    fatal: bool = False

    def count(self, outcome: Outcome) -> int:
        """How many rows had ``outcome``."""
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def errors(self) -> list[Problem]:
        """Only the errors."""
        return errors_of(self.problems)

    @property
    def clean(self) -> bool:
        """No errors at all: the whole spreadsheet can be imported."""
        return not self.fatal and not self.errors

    @property
    def changes(self) -> bool:
        """Whether writing would change the target (new file, or rows added or updated)."""
        return self.text is not None and (
            not self.existed or self.count(Outcome.ADDED) > 0 or self.count(Outcome.UPDATED) > 0
        )

    def summary(self) -> Text:
        """``新增 3，更新 1，未变 10，拒绝 2`` / ``added 3, updated 1, unchanged 10, refused 2``."""
        shown = [o for o in Outcome if o is not Outcome.SKIPPED or self.count(o)]
        return Text(
            "，".join(f"{OUTCOME_NAMES[o].zh} {self.count(o)}" for o in shown),
            ", ".join(f"{OUTCOME_NAMES[o].en} {self.count(o)}" for o in shown),
        )


@dataclass(eq=False)
class _Row:
    """A row being imported."""

    number: int
    model: Any  # Question | Item (Any: replaced with dataclasses.replace)
    explicit_id: bool
    problems: list[Problem] = field(default_factory=list)
    outcome: Outcome = Outcome.ADDED
    slot: _Slot | None = None
    note: Text | None = None

    @property
    def refused(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


@dataclass(eq=False)
class _Slot:
    """A place in the target file: an entry already there, or a new one."""

    original: Any  # Question | Item | None
    entry: Any
    row: _Row | None = None


def _question_text_key(question: Question) -> tuple[str, str, str]:
    return question.type.value, normalise(question.prompt("zh")), question.region or ""


def plan_import(
    kind: Kind,
    csv_path: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    on_duplicate: OnDuplicate = OnDuplicate.UPDATE,
    context: Context | None = None,
    csv_name: str | None = None,
    target_name: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read ``csv_path``, check every row, merge the rows into ``target`` and cross-check the result.

    ``context`` is the content the result must agree with (default: the bundled content, without
    ``target`` itself). Never raises for bad input: problems are in the returned plan.
    """
    target_path = Path(target)
    plan = ImportPlan(
        kind,
        csv_name or os.fspath(csv_path),
        target_path,
        target_name or display_path(target_path),
    )
    table, problems = read_csv(csv_path, plan.csv_name)
    plan.table = table
    if table is None:
        return _fatal(plan, problems)
    layout, problems = match_header(table, kind)
    if layout is None:
        return _fatal(plan, problems)
    bank = read_target(kind, plan.target, plan.target_name)
    plan.existed = bank.existed
    header, existing, problems = bank.header, bank.entries, bank.problems
    if problems:
        return _fatal(plan, problems)
    if context is None:
        context = load_context(exclude=target_path)
    context_errors = errors_of(context.problems)
    if context_errors:
        return _fatal(plan, context_errors)
    vocab = Vocabulary(context.regions)
    rows = _read_rows(plan, table, layout, vocab, progress)
    slots = _merge(kind, existing, rows, on_duplicate, context, layout)
    _cross_check_until_stable(kind, slots, rows, context, layout, progress)
    entries = [slot.entry for slot in slots if slot.entry is not None]
    plan.rows = [RowResult(row.number, _shown_key(row), row.outcome, row.note) for row in rows]
    # A refused row's warnings would only be noise: its errors say what to fix.
    plan.problems = sorted(
        (p for row in rows for p in row.problems if not (row.refused and p.severity is Severity.WARNING)),
        key=lambda p: (p.severity is not Severity.ERROR, p.line, p.column),
    )
    text = dump_bank(kind, entries, header)
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        size = len(text.encode("utf-8")) / 1048576
        return _fatal(
            plan,
            [
                Problem(
                    plan.target_name,
                    0,
                    0,
                    Text(
                        f"导入后文件会有 {size:.1f} MiB，超过 5 MiB 的上限",
                        f"the file would be {size:.1f} MiB, over the 5 MiB limit",
                    ),
                    Text("把表格拆开，分别导入几个文件", "split the spreadsheet and import it into several files"),
                )
            ],
        )
    if progress is not None:
        progress("verify", 0, 1)
    verify(kind, text, entries, plan.target_name)
    if progress is not None:
        progress("verify", 1, 1)
    plan.text = text
    return plan


def _fatal(plan: ImportPlan, problems: list[Problem]) -> ImportPlan:
    plan.fatal = True
    plan.problems = list(problems)  # in the order found: the details, then what to do
    return plan


# A row without an id is checked under this one; it gets its real id once every row is merged.
_PLACEHOLDER = "__row-{}"


def _read_rows(
    plan: ImportPlan, table: Table, layout: Layout, vocab: Vocabulary, progress: Progress | None
) -> list[_Row]:
    rows: list[_Row] = []
    total = len(table.rows)
    step = max(1, total // 200)
    for done, row in enumerate(table.rows):
        if progress is not None and done % step == 0:
            progress("rows", done, total)
        raw, problems = read_row(row, layout, vocab)
        reporter = Reporter(plan.csv_name)
        pos = (row.number, 0)
        explicit = True
        if plan.kind == "questions":
            if "id" not in raw:
                explicit = False
                raw["id"] = _PLACEHOLDER.format(row.number)
                raw.key_pos["id"] = raw.value_pos["id"] = pos
            model: Any = build_question(raw, pos, reporter)
        else:
            model = build_item(raw, pos, reporter)
        all_problems = label_problems(reporter.problems, layout, problems) + problems
        rows.append(_Row(row.number, model, explicit, all_problems))
        if model is None:
            rows[-1].outcome = Outcome.REFUSED
    if progress is not None:
        progress("rows", total, total)
    for read in rows:
        if read.refused:
            read.outcome = Outcome.REFUSED
    return rows


def _shown_key(row: _Row) -> str:
    """The id or name a row ended up with; "" when it has none (refused before it got one)."""
    if row.model is None:
        return ""
    key = _key(row.model)
    return "" if key.startswith("__row-") else key


def _key(entry: Entry) -> str:
    return entry.name if isinstance(entry, Item | GenericItem) else entry.id


def _row_problem(
    row: _Row, layout: Layout, key: str, what: Text, fix: Text, severity: Severity = Severity.ERROR
) -> None:
    column, label = layout.label(key)
    row.problems.append(Problem(layout.name, row.number, column, what, fix, severity, label))


def _merge(
    kind: Kind, existing: list[Entry], rows: list[_Row], on_duplicate: OnDuplicate, context: Context, layout: Layout
) -> list[_Slot]:
    """Match rows with the target's entries (ids first, then texts) and apply ``on_duplicate``."""
    slots = [_Slot(entry, entry) for entry in existing]
    by_id: dict[str, _Slot] = {}
    by_text: dict[tuple[str, str, str], _Slot] = {}
    for slot in slots:
        by_id.setdefault(_match_key(kind, slot.entry), slot)
        if kind == "questions":
            by_text.setdefault(_question_text_key(slot.entry), slot)
    id_field = "id" if kind == "questions" else "name"
    matches: dict[_Row, tuple[_Slot, bool]] = {}
    claimed: set[int] = set()
    first_row: dict[str, _Row] = {}
    for row in rows:
        if row.outcome is Outcome.REFUSED or not row.explicit_id:
            continue
        key = _match_key(kind, row.model)
        earlier = first_row.setdefault(key, row)
        if earlier is not row:
            _row_problem(
                row,
                layout,
                id_field,
                Text(
                    f"“{_key(row.model)}” 在第 {earlier.number} 行已经写过",
                    f"'{_key(row.model)}' is already on row {earlier.number}",
                ),
                Text(
                    "删掉或合并重复的行，或者给这一行换一个编号",
                    "remove or merge the repeated rows, or give this row another id",
                )
                if kind == "questions"
                else Text("删掉或合并重复的行", "remove or merge the repeated rows"),
            )
            row.outcome = Outcome.REFUSED
            continue
        id_match = by_id.get(key)
        if id_match is not None:
            matches[row] = (id_match, False)
            claimed.add(id(id_match))
    if kind == "questions":
        for row in rows:
            if row.outcome is Outcome.REFUSED or row in matches:
                continue
            text_match = by_text.get(_question_text_key(row.model))
            if text_match is not None and id(text_match) not in claimed:
                matches[row] = (text_match, True)
                claimed.add(id(text_match))
    for row in rows:
        if row.outcome is Outcome.REFUSED:
            continue
        match = matches.get(row)
        if match is None:
            row.outcome = Outcome.ADDED
            row.slot = _Slot(None, row.model, row)
            slots.append(row.slot)
            continue
        slot, by_text_match = match
        current = slot.original
        if by_text_match and not row.explicit_id:
            row.model = replace(row.model, id=current.id)
        model = row.model
        if model == current:
            row.outcome = Outcome.UNCHANGED
        elif on_duplicate is OnDuplicate.SKIP:
            row.outcome = Outcome.SKIPPED
            row.note = Text(
                f"文件里已有 “{_key(current)}”，保留原样", f"'{_key(current)}' is already in the file; kept as it was"
            )
        elif on_duplicate is OnDuplicate.KEEP and by_text_match:
            if not row.explicit_id:
                row.model = replace(model, id=_PLACEHOLDER.format(row.number))
            row.outcome = Outcome.ADDED
            row.slot = _Slot(None, row.model, row)
            slots.append(row.slot)
        elif on_duplicate is OnDuplicate.KEEP:
            _row_problem(
                row,
                layout,
                id_field,
                Text(f"“{_key(model)}” 已经在目标文件里", f"'{_key(model)}' is already in the target file"),
                Text(
                    "--on-duplicate keep 只添加新的条目：换一个编号，或者用 --on-duplicate update 更新它",
                    "--on-duplicate keep only adds new entries: change the id, or use --on-duplicate update",
                ),
            )
            row.outcome = Outcome.REFUSED
        else:
            row.outcome = Outcome.UPDATED
            row.slot = slot
            slot.entry, slot.row = model, row
            if by_text_match and _key(model) != _key(current):
                row.note = Text(
                    f"题目和 “{current.id}” 相同，替换了它（编号改为 “{model.id}”）",
                    f"same text as '{current.id}': replaced it (its id is now '{model.id}')",
                )
    if kind == "questions":
        _assign_ids(rows, slots, context)
    return slots


def _match_key(kind: Kind, entry: Any) -> str:
    return str(entry.id) if kind == "questions" else normalise(entry.name)


def _assign_ids(rows: list[_Row], slots: list[_Slot], context: Context) -> None:
    """Give rows without an id one made from the category and a counter, unused anywhere."""
    taken = {q.id for q in context.questions}
    taken.update(slot.entry.id for slot in slots if slot.entry is not None)
    taken.update(row.model.id for row in rows if row.model is not None and row.explicit_id)
    counters: dict[str, int] = {}
    for row in rows:
        if row.outcome is Outcome.REFUSED or row.explicit_id or not row.model.id.startswith("__row-"):
            continue
        prefix = row.model.category.value
        n = counters.get(prefix, 0)
        while True:
            n += 1
            candidate = f"{prefix}-{n}"
            if candidate not in taken:
                break
        counters[prefix] = n
        taken.add(candidate)
        row.model = replace(row.model, id=candidate)
        if row.slot is not None and row.slot.row is row:
            row.slot.entry = row.model
        if row.outcome is Outcome.ADDED:
            row.note = Text(f"新编号 “{candidate}”", f"new id '{candidate}'")


def _check_order(slots: list[_Slot]) -> list[Any]:
    """Entries for the cross-checks: untouched ones first, so that rows get the blame."""
    untouched = [slot.entry for slot in slots if slot.entry is not None and slot.row is None]
    changed = [slot.entry for slot in slots if slot.entry is not None and slot.row is not None]
    return untouched + changed


def _cross_check_until_stable(
    kind: Kind, slots: list[_Slot], rows: list[_Row], context: Context, layout: Layout, progress: Progress | None
) -> None:
    """Cross-check, refuse the rows with errors, and check again without them (at most five rounds)."""
    by_number = {row.number: row for row in rows}
    for round_ in range(5):
        if progress is not None:
            progress("check", round_, round_ + 1)
        refused_before = {row.number for row in rows if row.outcome is Outcome.REFUSED}
        newly_refused = False
        for problem, key in cross_check(kind, _check_order(slots), context, layout.name):
            row = by_number.get(problem.line)
            if row is None or row.number in refused_before:
                continue
            column, label = layout.label(key)
            labelled = replace(problem, column=column, column_label=label)
            if labelled not in row.problems:
                row.problems.append(labelled)
            if problem.severity is Severity.ERROR and row.outcome is not Outcome.REFUSED:
                newly_refused = True
                row.outcome = Outcome.REFUSED
                slot = row.slot
                if slot is not None and slot.row is row:
                    slot.entry, slot.row = slot.original, None
        if progress is not None:
            progress("check", round_ + 1, round_ + 1)
        if not newly_refused:
            return


def write_import(plan: ImportPlan) -> Path | None:
    """Write the plan's file atomically; returns where the old file was kept (None for a new file).

    Raises :class:`~game.storage.StorageError` when the file cannot be written.
    """
    if plan.text is None:
        raise ValueError("nothing to write: the plan could not be made")
    return write_target(plan.target, plan.text, plan.existed)
