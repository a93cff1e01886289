"""One new question, answer by answer: what each typed answer means, checked as the loader checks it.

``fenleiqi new-question`` (:mod:`game.commands.new_question`) asks the questions; this module
understands the answers and checks them, without any terminal code:

* the words volunteers type (分类题, 厨余垃圾, 湿垃圾, 对/错, 简单, 上海 …) are read by the
  spreadsheet import's own readers (:mod:`game.volunteer.csv_values`), and each value is then
  checked by the loader's spec for that field (:data:`game.content.schemas.QUESTION`);
* answers that depend on other content (an id already used, a classify answer the item dictionary
  disagrees with, an unknown region, a near-repeat) go through the loader's own cross-checks
  (:mod:`game.content.crosscheck`) with a stand-in question;
* the whole question is built at the end by :func:`game.content.build.build_question`, and
  :func:`plan_append` adds it to a bank with the YAML of :mod:`game.volunteer.bank_writer`, reading
  the result back through the loader before anything is written.

>>> ctx = WizardContext.of([], [], [])
>>> read_category("湿垃圾", ctx).value, read_category("3", ctx).value, read_category("厨余", ctx).value
(<Category.KITCHEN: 'kitchen'>, <Category.HAZARDOUS: 'hazardous'>, <Category.KITCHEN: 'kitchen'>)
>>> read_difficulty("中等").value, read_tags("电池，含汞").value, read_truefalse("错").value
(2, ('电池', '含汞'), False)
>>> next_id(Category.KITCHEN, {"kitchen-1", "kitchen-2"})
'kitchen-3'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from game.categories import CATEGORY_ORDER, Category
from game.content import crosscheck, schemas
from game.content.build import build_question
from game.content.bundled import content_dirs, data_root
from game.content.dictionary import ItemDictionary
from game.content.glyphs import check_glyphs, player_texts
from game.content.models import (
    REGION_NATIONAL,
    ChoiceQuestion,
    ClassifyQuestion,
    Item,
    Origin,
    Question,
    QuestionType,
    Region,
    TrueFalseQuestion,
)
from game.content.spec import INVALID, ListOf, Reporter
from game.content.yamlsource import YList, YMap
from game.errors import Lang, Problem, Severity, Text, errors_of
from game.storage import display_path
from game.volunteer import importer
from game.volunteer.bank_writer import dump_bank, parse_bank
from game.volunteer.csv_values import Vocabulary, fold, parse_bool, parse_difficulty, parse_type, split_list
from game.volunteer.target_bank import read_target, verify, write_target

T = TypeVar("T")

#: Where problems about the question being written point (it has no file yet).
NEW_FILE = "<new question>"
NEW_ORIGIN = Origin(NEW_FILE, 0, 0)
#: The id of the stand-in question used for cross-checks before the real id is chosen.
STAND_IN_ID = "new-question"
_POS = (0, 0)

#: Question types in the order they are offered (1 分类题 2 选择题 3 判断题).
TYPE_ORDER: tuple[QuestionType, ...] = (QuestionType.CLASSIFY, QuestionType.CHOICE, QuestionType.TRUEFALSE)


@dataclass(frozen=True)
class Checked(Generic[T]):
    """A typed answer, understood: ``value`` (None when it cannot be used) and what to say about it."""

    value: T | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the value can be used (warnings may still be worth showing)."""
        return self.value is not None and not self.errors

    @property
    def errors(self) -> list[Problem]:
        """Only the errors."""
        return errors_of(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        """Only the warnings."""
        return [p for p in self.problems if p.severity is Severity.WARNING]


def refused(what: Text, fix: Text) -> Checked[Any]:
    """An answer that cannot be used, and how to answer instead."""
    return Checked(None, (Problem(NEW_FILE, 0, 0, what, fix),))


def explain(problems: Iterable[Problem], lang: Lang) -> str:
    """Problems as a volunteer reads them at a prompt: ``what — fix``, one per line (no file or line)."""
    chosen = lang
    return "\n".join(
        f"{p.what.in_lang(chosen)} — {p.fix.in_lang(chosen)}" if p.fix.in_lang(chosen) else p.what.in_lang(chosen)
        for p in problems
    )


# -- the content a new question must agree with ---------------------------------------------------


@dataclass(frozen=True)
class WizardContext:
    """Every question, item and region the new question is checked against."""

    questions: tuple[Question, ...]
    dictionary: ItemDictionary
    regions: tuple[Region, ...]
    vocab: Vocabulary
    problems: tuple[Problem, ...] = ()

    @classmethod
    def of(
        cls,
        questions: Sequence[Question],
        items: Sequence[Item],
        regions: Sequence[Region],
        problems: Sequence[Problem] = (),
    ) -> WizardContext:
        """A context of these questions, items and regions (``national`` when none are given)."""
        regions = tuple(regions) or (REGION_NATIONAL,)
        return cls(tuple(questions), ItemDictionary(items), regions, Vocabulary(regions), tuple(problems))

    @classmethod
    def load(cls, target: Path | None = None) -> WizardContext:
        """The bundled content, plus the bank ``target`` when it exists (read once even if bundled)."""
        extra = [target] if target is not None and target.is_file() else []
        loaded = importer.load_context(extra)
        return cls.of(loaded.questions, loaded.items, loaded.regions, loaded.problems)

    @property
    def errors(self) -> list[Problem]:
        """Errors found while reading the content (nothing can be checked against broken content)."""
        return errors_of(self.problems)

    @property
    def ids(self) -> set[str]:
        """Every question id in use."""
        return {q.id for q in self.questions}

    def region(self, key: str | None) -> Region:
        """The region profile ``key`` (national for None or an unknown key)."""
        for region in self.regions:
            if region.key == (key or "national"):
                return region
        return REGION_NATIONAL


# -- one field at a time --------------------------------------------------------------------------


def _positioned(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        out = YList(*_POS)
        for item in value:
            out.append(item)
            out.item_pos.append(_POS)
        return out
    return value


def check_field(name: str, value: Any) -> Checked[Any]:
    """``value`` checked by the loader's spec for the question field ``name`` (and converted by it)."""
    spec = schemas.QUESTION.fields[name].spec
    reporter = Reporter(NEW_FILE)
    checked = spec.check(_positioned(value), _POS, name, reporter)
    return Checked(None if checked is INVALID else checked, tuple(reporter.problems))


def read_type(text: str) -> Checked[QuestionType]:
    """1 分类题, 2 选择题, 3 判断题 (the number, the name, or the key)."""
    word = fold(text)
    if word in ("1", "2", "3"):
        return Checked(TYPE_ORDER[int(word) - 1])
    kind = parse_type(text)
    if kind is not None:
        return Checked(kind)
    return refused(
        Text(f"“{text}” 不是题型", f"'{text}' is not a question type"),
        Text("输入 1（分类题）、2（选择题）或 3（判断题）", "type 1 (classify), 2 (choice) or 3 (true/false)"),
    )


def read_category(text: str, ctx: WizardContext) -> Checked[Category]:
    """A bin: 1-4 (in :data:`CATEGORY_ORDER`), its letter (K R H O), key, or any region's name for it."""
    word = fold(text)
    category: Category | None = None
    if word in ("1", "2", "3", "4"):
        category = CATEGORY_ORDER[int(word) - 1]
    else:
        category = next((c for c in CATEGORY_ORDER if word == c.symbol.lower()), None) or ctx.vocab.category(text)
    if category is None and len(word) >= 2:  # 厨余, 可回收, 有害 …: the start of exactly one bin's names
        starts = {
            c
            for c in CATEGORY_ORDER
            for name in (c.national_name, *(r.category_name(c) for r in ctx.regions))
            if fold(name).startswith(word)
        }
        category = starts.pop() if len(starts) == 1 else None
    if category is None:
        names = " / ".join(c.national_name for c in CATEGORY_ORDER)
        keys = " / ".join(c.value for c in CATEGORY_ORDER)
        return refused(
            Text(f"“{text}” 不是垃圾类别", f"'{text}' is not a category"),
            Text(f"输入 1-4，或写 {names}", f"type 1-4, or one of {keys}"),
        )
    checked: Checked[Category] = check_field("category", category.value)
    return Checked(category) if checked.ok else checked


def read_text(name: str, text: str) -> Checked[str]:
    """A text field (``item``, ``text``, ``explain`` …), as the loader's spec for it takes it."""
    checked: Checked[str] = check_field(name, text)
    return checked


def _options_spec() -> ListOf:
    spec = schemas.QUESTION.fields["options"].spec
    assert isinstance(spec, ListOf)
    return spec


_OPTIONS = _options_spec()
#: How many options a choice question has (the loader's limits).
MIN_OPTIONS, MAX_OPTIONS = _OPTIONS.min_items, _OPTIONS.max_items


def read_option(text: str, options: Sequence[str]) -> Checked[str]:
    """One option of a choice question: text the loader's option spec takes, unlike the options before it."""
    reporter = Reporter(NEW_FILE)
    option = _OPTIONS.item.check(text, _POS, "options", reporter)
    if option is INVALID:
        return Checked(None, tuple(reporter.problems))
    if option in options:
        number = list(options).index(option) + 1
        return refused(
            Text(f"“{option}” 和选项 {number} 重复", f"'{option}' repeats option {number}"),
            Text("每个选项都要不同", "make every option different"),
        )
    return Checked(str(option))


def read_choice_answer(text: str, options: Sequence[str]) -> Checked[int]:
    """The right option of a choice question: its number, or its exact text. The value is 0-based."""
    word = fold(text)
    if word.isdigit() and 1 <= int(word) <= len(options):
        return Checked(int(word) - 1)
    if text.strip() in options:
        return Checked(list(options).index(text.strip()))
    return refused(
        Text(f"“{text}” 不是选项之一", f"'{text}' is not one of the options"),
        Text(
            f"输入 1-{len(options)}，或照抄一个选项：{' / '.join(options)}",
            f"type 1-{len(options)}, or copy one option exactly: {' / '.join(options)}",
        ),
    )


def read_truefalse(text: str) -> Checked[bool]:
    """对 (1, 是, true, y) or 错 (2, 否, false, n)."""
    word = fold(text)
    value = {"1": True, "2": False}.get(word)
    if value is None:
        value = parse_bool(text)
    if value is None:
        return refused(
            Text(f"“{text}” 不是 对 或 错", f"'{text}' is neither true nor false"),
            Text(
                "这句话说得对，输入 1 或 对；说得不对，输入 2 或 错",
                "type 1 (or t) if the statement is right, 2 (or f) if not",
            ),
        )
    return Checked(value)


def read_difficulty(text: str) -> Checked[int]:
    """1 2 3 (or 简单 中等 困难), checked by the loader's spec."""
    checked: Checked[int] = check_field("difficulty", parse_difficulty(text))
    return checked


def read_difficulty_for(text: str, fields: dict[str, Any], ctx: WizardContext) -> Checked[int]:
    """:func:`read_difficulty`, refusing difficulty 1 (children) for a question about an item that
    cities sort differently (the same rule ``fenleiqi check`` applies)."""
    checked = read_difficulty(text)
    if checked.value != 1 or not len(ctx.dictionary):
        return checked
    reporter = Reporter(NEW_FILE)
    stand_in = {"id": STAND_IN_ID, "explain": "-", **fields, "difficulty": 1}
    question = build_question(raw_question(stand_in), _POS, reporter)
    if question is None:
        return checked
    problems = _about_new(crosscheck.check_child_questions([question], ctx.dictionary))
    return Checked(None, tuple(problems)) if problems else checked


def read_tags(text: str) -> Checked[tuple[str, ...]]:
    """Tags separated by ``，`` ``,`` ``、`` or ``;``, checked by the loader's spec."""
    checked: Checked[tuple[str, ...]] = check_field("tags", split_list(text))
    return checked


def read_region(text: str, ctx: WizardContext) -> Checked[str]:
    """A region: its key, Chinese or English name, one the content knows; checked by the loader's spec."""
    key = ctx.vocab.region(text)
    if key is None:
        known = ctx.vocab.region_choices
        return refused(
            Text(f"不认识地区 “{text}”", f"unknown region '{text}'"),
            Text(f"可用的地区：{known.zh}；全国通用就直接按 Enter", f"known regions: {known.en}; press Enter for all"),
        )
    checked: Checked[str] = check_field("region", key)
    return checked


def read_id(text: str, ctx: WizardContext) -> Checked[str]:
    """A question id: the loader's spec for ids, and not used by any other question."""
    checked: Checked[str] = check_field("id", text)
    if not checked.ok or checked.value is None:
        return checked
    problems = [
        p for p in crosscheck.check_unique_questions([*ctx.questions, stand_in(id=checked.value)]) if p.file == NEW_FILE
    ]
    return Checked(None, tuple(problems)) if problems else checked


def next_id(category: Category, taken: Iterable[str]) -> str:
    """The first unused ``<category>-<n>`` id, the way the spreadsheet import numbers new rows."""
    used = set(taken)
    n = 1
    while f"{category.value}-{n}" in used:
        n += 1
    return f"{category.value}-{n}"


# -- cross-checks with a stand-in question ---------------------------------------------------------


def stand_in(
    *,
    id: str = STAND_IN_ID,
    category: Category = Category.OTHER,
    region: str | None = None,
) -> Question:
    """A minimal question for checks that look at one field only (its id or region)."""
    return TrueFalseQuestion(
        id=id, category=category, text="-", answer=True, explain="-", difficulty=1, region=region, origin=NEW_ORIGIN
    )


def _about_new(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """The problems about the new question; the stand-in's id is called "this question"."""
    return tuple(
        replace(
            p,
            what=Text(
                p.what.zh.replace(f"题目 “{STAND_IN_ID}” ", "这道题"),
                p.what.en.replace(f"question '{STAND_IN_ID}'", "this question"),
            ),
        )
        for p in problems
        if p.file == NEW_FILE
    )


def classify_answer_problems(
    item: str, answer: Category, region: str | None, ctx: WizardContext
) -> tuple[Problem, ...]:
    """The loader's check of a classify answer against the item dictionary (in ``region``)."""
    question = ClassifyQuestion(
        id=STAND_IN_ID, item=item, answer=answer, explain="-", difficulty=1, region=region, origin=NEW_ORIGIN
    )
    return _about_new(crosscheck.check_classify_answers([question], ctx.dictionary))


def dictionary_category(item: str, region: str | None, ctx: WizardContext) -> Category | None:
    """The bin the item dictionary gives ``item`` (the exact name or alias, as the loader compares)."""
    found = ctx.dictionary.exact(item)
    return found.category_in(region) if found is not None else None


def choice_problems(
    category: Category, options: Sequence[str], answer: int, region: str | None, ctx: WizardContext
) -> tuple[Problem, ...]:
    """The loader's warnings about options the item dictionary puts in another bin."""
    question = ChoiceQuestion(
        id=STAND_IN_ID,
        category=category,
        text="-",
        options=tuple(options),
        answer_index=answer,
        explain="-",
        difficulty=1,
        region=region,
        origin=NEW_ORIGIN,
    )
    return _about_new(crosscheck.check_choice_options([question], ctx.dictionary))


# -- the whole question ----------------------------------------------------------------------------


def raw_question(fields: dict[str, Any]) -> YMap:
    """``fields`` as the positioned mapping the loader reads from YAML (keys in the schema's order)."""
    raw = YMap(*_POS)
    for key in schemas.QUESTION.fields:
        if key in fields and fields[key] is not None:
            raw[key] = _positioned(fields[key])
            raw.key_pos[key] = raw.value_pos[key] = _POS
    return raw


def build(fields: dict[str, Any], ctx: WizardContext) -> Checked[Question]:
    """Build the question with :func:`~game.content.build.build_question` and cross-check it.

    The cross-checks are those ``fenleiqi check`` runs for a bank file: unique id, known region,
    classify answer and choice options against the dictionary, no disputed item at difficulty 1,
    explanations that say why, near repeats, and characters the bundled font lacks.
    """
    reporter = Reporter(NEW_FILE)
    question = build_question(raw_question(fields), _POS, reporter)
    if question is None:
        return Checked(None, tuple(reporter.problems))
    problems = [*reporter.problems]
    everything = [*ctx.questions, question]
    problems += crosscheck.check_unique_questions(everything)
    problems += crosscheck.check_regions(ctx.regions, [], [question], True)
    if len(ctx.dictionary):
        problems += crosscheck.check_classify_answers([question], ctx.dictionary)
        problems += crosscheck.check_choice_options([question], ctx.dictionary)
        problems += crosscheck.check_child_questions([question], ctx.dictionary)
    problems += crosscheck.check_wording([question], [])
    problems += crosscheck.check_near_duplicates(everything, ctx.dictionary)
    problems += check_glyphs(player_texts([], [question], [], []))
    found = _about_new(problems)
    return Checked(question, tuple(sorted(found, key=lambda p: p.severity is not Severity.ERROR)))


# -- where it goes and how it is written -----------------------------------------------------------


def from_checkout() -> bool:
    """True when the bundled content is the repository's own folders (a checkout or editable install)."""
    return data_root().name != "_bundled"


def default_target(category: Category) -> Path | None:
    """``questions/<category>.yaml`` of the bundled folder in a checkout; None in an installed copy."""
    return content_dirs()[1] / f"{category.value}.yaml" if from_checkout() else None


#: ``path`` as messages show it (kept here for the wizard's callers).
display = display_path


@dataclass
class AppendPlan:
    """The new text of a bank with one more question; nothing has been written yet."""

    target: Path
    name: str
    question: Question
    text: str = ""
    existed: bool = False
    #: True when the file had to be written anew and comments inside it are now only in the .bak.
    comments_lost: bool = False
    #: Why the target cannot take the question (then there is no text).
    problems: list[Problem] = field(default_factory=list)


def target_problems(target: Path) -> list[Problem]:
    """Why ``target`` cannot take a new question (not a bank, has errors, a folder); [] when it can."""
    return read_target("questions", target, display_path(target)).problems


def plan_append(target: Path, question: Question) -> AppendPlan:
    """``target`` with ``question`` added at the end, verified by reading it back through the loader.

    The new entry is written by :func:`~game.volunteer.bank_writer.dump_bank` and appended to the
    file as it is, so every comment in it stays; only when that does not read back as the old
    questions plus the new one (an unusual layout) is the whole file written anew, like an import.
    """
    name = display(target)
    plan = AppendPlan(target, name, question)
    bank = read_target("questions", target, name)
    if bank.problems:
        plan.problems = bank.problems
        return plan
    header = bank.header
    entries = [e for e in bank.entries if isinstance(e, Question)]
    wanted = [*entries, question]
    plan.existed = target.exists()
    if plan.existed:
        original = target.read_bytes().decode("utf-8-sig")
        for text in _appended(original, question):
            if _reads_back(text, wanted, name):
                plan.text = text
                return plan
        inner = original.lstrip("\ufeff").splitlines()[len(header.comments) :]
        plan.comments_lost = any(line.lstrip().startswith("#") for line in inner)
    plan.text = dump_bank("questions", wanted, header)
    verify("questions", plan.text, list(wanted), name)
    return plan


def _appended(original: str, question: Question) -> list[str]:
    """``original`` with the new entry added, in the writer's indentation and one level less."""
    entry = dump_bank("questions", [question]).split("\nquestions:\n", 1)[1]
    newline = "\r\n" if "\r\n" in original else "\n"
    base = original if original.endswith("\n") or not original else original + newline
    flush = "".join(line[2:] if line.startswith("  ") else line for line in entry.splitlines(keepends=True))
    return [base + variant.replace("\n", newline) for variant in (entry, flush)]


def _reads_back(text: str, wanted: Sequence[Question], name: str) -> bool:
    content, problems = parse_bank(text, name)
    errors = errors_of(problems)
    return not errors and content.kind == "questions" and content.questions == list(wanted)


def write_plan(plan: AppendPlan) -> Path | None:
    """Write the plan atomically; returns where the old file was kept (None for a new file).

    Raises :class:`~game.storage.StorageError` when the file cannot be written.
    """
    if not plan.text:
        raise ValueError("nothing to write: the question cannot go into this file")
    return write_target(plan.target, plan.text, plan.existed)
