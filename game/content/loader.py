"""Load content files into a validated :class:`Content`, or report every problem.

>>> content = load_bundled()
>>> content.board().size
50
>>> content.dictionary.find("香蕉皮").category.value
'kitchen'
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.bundled import content_dirs
from game.content.content import Content as Content  # re-exported: callers load and get a Content
from game.content.dictionary import ItemDictionary
from game.content.models import REGION_NATIONAL, Board, Question, Region
from game.errors import ContentError, Problem, Severity, Text, errors_of
from game.storage import display_path

if TYPE_CHECKING:
    from game.content.build import FileContent

# The parser, the checks and the model builders are imported where they are used: a start-up
# that finds the content in the cache (see load_bundled) never needs them.

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class CheckResult:
    """The outcome of :func:`check_paths`: the content (None on errors) and every problem."""

    content: Content | None
    problems: list[Problem]
    files: list[str]

    @property
    def errors(self) -> list[Problem]:
        """Only the errors (warnings are left out)."""
        return errors_of(self.problems)


def _display(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return display_path(path)


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Expand folders into the YAML files inside them (sorted); report paths that do not exist."""
    found: list[tuple[Path, str]] = []
    problems = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix.lower() in YAML_SUFFIXES and child.is_file():
                    found.append((child, _display(child, None)))
        elif path.is_file():
            found.append((path, _display(path, None)))
        else:
            problems.append(
                Problem(
                    str(given),
                    0,
                    0,
                    Text("找不到这个文件或文件夹", "no such file or folder"),
                    Text("检查路径是否写对", "check the path"),
                )
            )
    return found, problems


def _bundled_files() -> list[tuple[Path, str]]:
    out = []
    for folder in content_dirs():
        root = folder.parent
        for child in sorted(folder.rglob("*")):
            if child.suffix.lower() in YAML_SUFFIXES and child.is_file():
                out.append((child, _display(child, root)))
    return out


def _read_one(path: Path, display: str) -> tuple[FileContent | None, list[Problem]]:
    from game.content.build import build_file
    from game.content.spec import Reporter
    from game.content.yamlsource import read_file

    doc, problems = read_file(path, display)
    if doc is None:
        return None, problems
    reporter = Reporter(display)
    part = build_file(doc, reporter)
    return part, problems + reporter.problems


def check_paths(paths: Sequence[str | os.PathLike[str]] = (), *, fill_from_bundled: bool = True) -> CheckResult:
    """Load and check ``paths`` (files or folders); never raises for bad content.

    With no paths the bundled content is checked. With paths and ``fill_from_bundled``, the files
    are checked together with the bundled content (so new questions meet the bundled dictionary,
    board and ids); without it, alone.
    """
    if paths:
        files, problems = find_files(paths)
    else:
        files, problems = _bundled_files(), []
    # The bundled content is read first, so that a clash between a volunteer's file and the bundled
    # content is reported in the volunteer's file (the one to change).
    parts: list[FileContent] = []
    read: dict[str, Path] = {}  #: the name each file is shown by → the file (its pictures sit next to it)
    if paths and fill_from_bundled:
        given = {path.resolve() for path, _ in files}
        for path, display in _bundled_files():
            if path.resolve() not in given:
                part, found = _read_one(path, display)
                problems.extend(found)
                read[display] = path
                if part is not None:
                    parts.append(part)
    for path, display in files:
        part, found = _read_one(path, display)
        problems.extend(found)
        read[display] = path
        if part is not None:
            parts.append(part)
    boards = [b for part in parts for b in part.boards]
    questions = [q for part in parts for q in part.questions]
    items = [i for part in parts for i in part.items]
    generics = [g for part in parts for g in part.generics]
    regions = [r for part in parts for r in part.regions]
    dictionary = ItemDictionary(items, generics)
    problems.extend(_cross_checks(boards, questions, dictionary, regions, regions_given=bool(regions)))
    if any(item.picture for item in items):
        from game.content.pictures import missing_pictures

        problems.extend(missing_pictures(items, read))
    content = None
    if not any(p.severity is Severity.ERROR for p in problems):
        warnings = tuple(p for p in problems if p.severity is Severity.WARNING)
        content = Content(
            tuple(boards),
            tuple(questions),
            dictionary,
            tuple(regions) or (REGION_NATIONAL,),
            warnings,
            tuple(d for _, d in files),
        )
    problems.sort(key=lambda p: (p.severity is not Severity.ERROR, p.sort_key))
    return CheckResult(content, problems, [d for _, d in files])


def _cross_checks(
    boards: list[Board],
    questions: list[Question],
    dictionary: ItemDictionary,
    regions: list[Region],
    *,
    regions_given: bool,
) -> list[Problem]:
    from game.content import crosscheck
    from game.content.glyphs import check_glyphs, player_texts

    items, generics = list(dictionary.items), list(dictionary.generics)
    problems = crosscheck.check_unique_questions(questions)
    problems += crosscheck.check_board_names(boards)
    problems += crosscheck.check_unique_items([*items, *generics])
    problems += crosscheck.check_regions(regions or [REGION_NATIONAL], items, questions, regions_given)
    problems += crosscheck.check_generics(generics, dictionary)
    problems += crosscheck.check_near_duplicates(questions, dictionary)
    problems += crosscheck.check_wording(questions, items)
    if items:
        problems += crosscheck.check_child_questions(questions, dictionary)
        problems += crosscheck.check_classify_answers(questions, dictionary)
        problems += crosscheck.check_choice_options(questions, dictionary)
    if questions:
        problems += crosscheck.check_thin_levels(questions)
    for board in boards:
        problems += crosscheck.check_board_coverage(board, questions, dictionary)
        problems += crosscheck.check_thin_squares(board, questions)
        problems += crosscheck.check_answer_giveaways(board)
    problems += check_glyphs(player_texts(boards, questions, items, regions))
    return problems


def load_content(paths: Sequence[str | os.PathLike[str]] = (), *, fill_from_bundled: bool = True) -> Content:
    """Like :func:`check_paths`, but raises :class:`~game.errors.ContentError` on any error."""
    result = check_paths(paths, fill_from_bundled=fill_from_bundled)
    if result.content is None:
        raise ContentError(result.problems)
    return result.content


_bundled_cache: Content | None = None


def load_bundled() -> Content:
    """The bundled boards, questions, dictionary and regions (loaded once per process).

    Validated content is cached on disk (see :mod:`game.content.cache`), keyed on every bundled
    file's bytes, so an unchanged installation skips the checks; ``FENLEIQI_NO_CACHE=1`` turns the
    cache off.
    """
    global _bundled_cache
    if _bundled_cache is None:
        _bundled_cache = _load_bundled_cached()
    return _bundled_cache


def _load_bundled_cached() -> Content:
    from game import __version__
    from game.content import cache

    if os.environ.get("FENLEIQI_NO_CACHE"):
        return load_content()
    files = _bundled_files()
    try:
        key = cache.content_key(files, __version__)
    except OSError:
        return load_content()
    found = cache.read(key, tuple(display for _, display in files))
    if found is not None:
        return found
    content = load_content()
    if not content.warnings:
        cache.write(key, content)
    return content
