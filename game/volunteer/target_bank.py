"""The bank an import or the new-question wizard writes to: read and checked first, the new text
verified by reading it back through the loader, then written atomically with a ``.bak``.

Both :mod:`~game.volunteer.importer` and :mod:`~game.volunteer.wizard` use it, so a target is
refused for the same reasons with the same words, and written the same way.

>>> import tempfile
>>> bank = read_target("questions", Path(tempfile.mkdtemp()) / "mine.yaml", "mine.yaml")
>>> bank.existed, bank.entries, bank.problems
(False, [], [])
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content.build import build_file
from game.content.models import GenericItem, Item, Question
from game.content.spec import Reporter
from game.content.yamlsource import read_file
from game.errors import Problem, Text, errors_of
from game.storage import atomic_write_text, backup_path
from game.volunteer import json_schema
from game.volunteer.bank_writer import FileHeader, leading_comments, parse_bank
from game.volunteer.csv_values import Kind

Entry = Question | Item | GenericItem


@dataclass
class TargetBank:
    """What a target file holds now: its header (comments kept), entries, and problems."""

    header: FileHeader
    entries: list[Entry]
    problems: list[Problem]
    existed: bool


def read_target(kind: Kind, path: Path, name: str) -> TargetBank:
    """The header and entries of the bank at ``path`` (empty when it does not exist yet), or why it
    cannot take new entries (a folder, a file with errors, a bank of the other kind)."""
    if not path.exists():
        line = json_schema.modeline(kind, path)
        return TargetBank(FileHeader(comments=(line,) if line else ()), [], [], existed=False)
    if path.is_dir():
        return TargetBank(
            FileHeader(),
            [],
            [
                Problem(
                    name,
                    0,
                    0,
                    Text("这是一个文件夹", "this is a folder"),
                    Text(
                        "在 --into 后面写一个 .yaml 文件名", "give --into a .yaml file name, e.g. questions/mine.yaml"
                    ),
                )
            ],
            existed=True,
        )
    doc, problems = read_file(path, name)
    if doc is None:
        return TargetBank(
            FileHeader(),
            [],
            [*problems, target_problem(name, Text("目标文件本身有错误", "the target file has errors"))],
            existed=True,
        )
    reporter = Reporter(name)
    part = build_file(doc, reporter)
    problems += reporter.problems
    errors = errors_of(problems)
    if errors:
        return TargetBank(
            FileHeader(),
            [],
            [*errors, target_problem(name, Text("目标文件本身有错误", "the target file has errors"))],
            existed=True,
        )
    if part.kind != kind:
        what = Text("题库", "question bank") if kind == "questions" else Text("物品词典", "item dictionary")
        return TargetBank(
            FileHeader(),
            [],
            [target_problem(name, Text(f"目标文件不是{what.zh}", f"the target file is not a {what.en}"))],
            existed=True,
        )
    source = doc.get("source")
    text = path.read_bytes().decode("utf-8-sig")
    header = FileHeader(leading_comments(text), source.strip() if isinstance(source, str) else None)
    entries: list[Entry] = list(part.questions) if kind == "questions" else [*part.items, *part.generics]
    return TargetBank(header, entries, [], existed=True)


def target_problem(name: str, what: Text) -> Problem:
    """The last line of every refusal: fix the target first, or choose another file."""
    return Problem(
        name,
        0,
        0,
        what,
        Text(
            f"先用 “fenleiqi check {name}” 改正它，或者用 --into 指定另一个文件",
            f"fix it first (fenleiqi check {name}), or choose another file with --into",
        ),
    )


def verify(kind: Kind, text: str, entries: list[Entry], name: str) -> None:
    """Read the new text back through the loader: it must give exactly ``entries``."""
    content, problems = parse_bank(text, name)
    errors = errors_of(problems)
    if kind == "questions":
        same = content.questions == entries
    else:
        items = [e for e in entries if isinstance(e, Item)]
        generics = [e for e in entries if isinstance(e, GenericItem)]
        same = content.items == items and content.generics == generics
    if errors or not same:
        detail = errors[0].format("en") if errors else "entries differ after reading back"
        raise AssertionError(f"the YAML writer produced a file that does not read back: {detail}")


def write_target(path: Path, text: str, existed: bool) -> Path | None:
    """Write ``text`` to ``path`` atomically; returns where the old file was kept (None for a new file).

    Raises :class:`~game.storage.StorageError` when the file cannot be written.
    """
    atomic_write_text(path, text)
    return backup_path(path) if existed else None
