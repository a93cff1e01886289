"""What an imported file must agree with (:class:`Context`: everything but the target file), and
the checks across entries that decide which rows are refused: ids and names not used twice, known
regions, classify answers and choice options that agree with the dictionary, generic words' kinds.

The spreadsheet import (:mod:`game.volunteer.importer`) runs them until no new row is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from game.content import crosscheck
from game.content.dictionary import ItemDictionary
from game.content.models import REGION_NATIONAL, ClassifyQuestion, GenericItem, Item, Question, Region
from game.errors import Problem, Severity, Text
from game.volunteer.csv_values import Kind


@dataclass(frozen=True)
class Context:
    """The content an imported file must agree with: everything except the target file."""

    questions: tuple[Question, ...] = ()
    items: tuple[Item, ...] = ()
    regions: tuple[Region, ...] = (REGION_NATIONAL,)
    #: Problems found while reading it (errors stop the import).
    problems: tuple[Problem, ...] = ()
    files: tuple[str, ...] = ()
    #: Generic words (电池) of the dictionary.
    generics: tuple[GenericItem, ...] = ()


def cross_check(kind: Kind, entries: list[Any], context: Context, csv_name: str) -> list[tuple[Problem, str]]:
    """Cross-check problems about the rows of ``csv_name`` (``entries`` in checking order: untouched
    entries first, so that rows get the blame), each with the field (column) it is about."""
    out: list[tuple[Problem, str]] = []
    if kind == "questions":
        questions: list[Question] = entries
        owners = {q.id: q for q in context.questions}
        for problem in crosscheck.check_unique_questions([*context.questions, *questions]):
            out.append((_id_fix(problem, owners, csv_name), "id"))
        for problem in crosscheck.check_regions(context.regions, [], questions, True):
            out.append((problem, "region"))
        if context.items:
            dictionary = ItemDictionary(context.items, context.generics)
            for problem in crosscheck.check_classify_answers(questions, dictionary):
                out.append((problem, "answer" if problem.severity is Severity.ERROR else "item"))
            for problem in crosscheck.check_choice_options(questions, dictionary):
                out.append((problem, "options"))
            for problem in crosscheck.check_near_duplicates([*context.questions, *questions], dictionary):
                out.append((problem, "text"))
        return [(p, key) for p, key in out if p.file == csv_name]
    items = [e for e in entries if isinstance(e, Item)]
    generics = [e for e in entries if isinstance(e, GenericItem)]
    for problem in crosscheck.check_unique_items([*context.items, *context.generics, *items, *generics]):
        out.append((_name_fix(problem, csv_name), "name"))
    for problem in crosscheck.check_regions(context.regions, items, [], True):
        out.append((problem, "regions"))
    dictionary = ItemDictionary([*context.items, *items], [*context.generics, *generics])
    for problem in crosscheck.check_generics(generics, dictionary):
        out.append((problem, "kinds"))
    out += _classify_conflicts(items, context, csv_name)
    return [(p, key) for p, key in out if p.file == csv_name]


def _id_fix(problem: Problem, owners: dict[str, Question], csv_name: str) -> Problem:
    """When a row's id belongs to a question of another file, say which file to import into."""
    if f"({csv_name}:" in problem.what.en:  # the first use is on another row
        return problem
    for qid, owner in owners.items():
        if f"'{qid}'" in problem.what.en:
            return replace(
                problem,
                fix=Text(
                    f"这个编号属于 {owner.origin.file} 里的题目：用 --into {owner.origin.file} 导入这一行，"
                    "或者给它换一个编号",
                    f"that id belongs to a question in {owner.origin.file}: import this row with "
                    f"--into {owner.origin.file}, or give it another id",
                ),
            )
    return problem


def _name_fix(problem: Problem, csv_name: str) -> Problem:
    if f"({csv_name}:" in problem.what.en:  # the other name is on another row
        return problem
    return replace(
        problem,
        fix=Text(
            f"{problem.fix.zh}；如果要修改那个物品，请导入到它所在的文件（--into）",
            f"{problem.fix.en}; to change that item, import into the file it is in (--into)",
        ),
    )


def _classify_conflicts(items: list[Item], context: Context, csv_name: str) -> list[tuple[Problem, str]]:
    """Rows that would make a classify question's answer disagree with the dictionary."""
    dictionary = ItemDictionary([*context.items, *items])
    out: list[tuple[Problem, str]] = []
    for question in context.questions:
        if not isinstance(question, ClassifyQuestion):
            continue
        item = dictionary.exact(question.item)
        if item is None or item.origin.file != csv_name:
            continue
        expected = item.category_in(question.region)
        if expected is question.answer:
            continue
        where = f"（{question.region}）" if question.region else ""
        key = "regions" if question.region and any(r.region == question.region for r in item.overrides) else "category"
        out.append(
            (
                Problem(
                    csv_name,
                    item.origin.line,
                    0,
                    Text(
                        f"这样「{item.name}」{where}就是 {expected.value}，"
                        f"但题目 “{question.id}”（{question.origin}）的答案是 {question.answer.value}",
                        f"this makes '{item.name}' {expected.value}"
                        + (f" in {question.region}" if question.region else "")
                        + f", but question '{question.id}' ({question.origin}) answers {question.answer.value}",
                    ),
                    Text(
                        "改正这一行的类别，或者先改那道题", "correct this row's category, or change that question first"
                    ),
                ),
                key,
            )
        )
    return out
