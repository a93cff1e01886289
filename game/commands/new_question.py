"""``fenleiqi new-question [--into FILE.yaml]``: add one question by answering prompts in the terminal.

It asks for the type (1 分类题 2 选择题 3 判断题) and then only the fields that type needs; every
answer is checked as it is typed, with the loader's own checks (:mod:`game.volunteer.wizard`), and a
wrong one is asked again with the reason and how to fix it. For a classify question the item is
looked up in the item dictionary as ``fenleiqi lookup`` does, and its bin is offered as the answer.
Then the question is shown exactly as players will see it (``fenleiqi preview``'s panel), and,
once confirmed, added to the bank with the importer's YAML writer: atomically, the old file kept as
``FILE.yaml.bak``. End of input or Ctrl-C at any prompt leaves without writing anything (exit 0).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.console import Console
from rich.text import Text

from game.categories import CATEGORY_ORDER, Category
from game.commands.lookup import describe as describe_lookup
from game.commands.lookup import lookup_record
from game.content.loader import Content
from game.content.models import QuestionType
from game.errors import ContentError, Lang
from game.errors import Text as Bilingual
from game.present.texts import TEXTS
from game.present.texts import say as game_say
from game.terminal.prompt import _ESCAPES, Prompter, Quit
from game.terminal.styles import TITLE_STYLE
from game.terminal.wrap import show
from game.volunteer import wizard
from game.volunteer.csv_values import parse_bool
from game.volunteer.wizard import Checked, WizardContext

if TYPE_CHECKING:
    from game.content.models import Question
    from game.errors import Problem

T = TypeVar("T")

HELP = "一步一步地添加一道新题 · add a question step by step"


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``new-question`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "--into",
        metavar="FILE.yaml",
        help="加到哪个题库文件（在源码目录里默认 questions/<类别>.yaml）· the bank to add to "
        "(default in a checkout: questions/<category>.yaml)",
    )
    parser.add_argument("--no-color", action="store_true", help="不用颜色 · no colours")
    parser.set_defaults(run=run)


def say(key: str, lang: Lang, **fields: object) -> str:
    """The text ``key`` in ``lang``.

    >>> say("ask_option", "en", n=3)
    'Option 3: '
    """
    return game_say(f"wizard.{key}", lang, **fields)


def clean_text(raw: str) -> str:
    """A typed line for content: escape sequences and control characters removed, spaces stripped.

    Unlike the game's prompts, full-width punctuation is kept (it is part of the question's text).

    >>> clean_text("\\x1b[D下面哪一种是有害垃圾？\\t\\n")
    '下面哪一种是有害垃圾？'
    """
    text = unicodedata.normalize("NFC", _ESCAPES.sub("", raw).replace("\t", " "))
    return "".join(c for c in text if c == " " or (unicodedata.category(c)[0] != "C" and c != "\ufffd")).strip()


class Asker(Prompter):
    """The terminal's prompter (end of input and Ctrl-C become :class:`Quit`), keeping text as typed."""

    def text(self, prompt: Text) -> str:
        """Show ``prompt`` and return the line typed, cleaned by :func:`clean_text`."""
        while True:
            raw = self._ask(prompt)
            typed = clean_text(raw)
            if self.echo:
                self.console.print(Text(typed), highlight=False)
            if "\ufffd" not in raw:
                return typed
            self.hint(game_say("retry_unreadable", self.lang))


def run(args: argparse.Namespace) -> int:
    """Ask for the question, show it, and add it when confirmed; 0 also when the volunteer leaves."""
    from game.terminal.app import make_console

    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, TypeError):
                reconfigure(errors="replace")
    console = make_console(no_color=bool(args.no_color or os.environ.get("NO_COLOR")))
    try:
        echo = not sys.stdin.isatty()
    except (ValueError, OSError):
        echo = True
    asker = Asker(console, echo=echo, lang=args.lang)
    return NewQuestion(console, asker, args.lang, args.into).run()


class NewQuestion:
    """One run of the wizard on ``console``, reading what is typed through ``asker``."""

    def __init__(self, console: Console, asker: Asker, lang: Lang, into: str | None) -> None:
        self.console = console
        self.ask = asker
        self.lang: Lang = lang
        self.into = Path(into) if into else None
        self._said: set[str] = set()

    # -- output ------------------------------------------------------------------------------

    def say(self, key: str, **fields: object) -> str:
        """The text ``key`` in the wizard's language."""
        return say(key, self.lang, **fields)

    def show(self, *lines: Text | str, style: str = "") -> None:
        """Print lines, wrapped the Chinese way."""
        show(self.console, *(Text(line, style=style) if isinstance(line, str) else line for line in lines))

    def warn(self, problems: Iterable[Problem]) -> None:
        """Show warnings (what and how to fix), each once."""
        for problem in problems:
            message = wizard.explain([problem], self.lang)
            if message not in self._said:
                self._said.add(message)
                self.ask.hint(message)

    # -- asking ------------------------------------------------------------------------------

    def field(
        self, prompt: str, read: Callable[[str], Checked[T]], *, default: str | None = None, optional: bool = False
    ) -> T | None:
        """Ask until ``read`` takes the answer; Enter gives ``default`` (or None when ``optional``)."""
        while True:
            typed = self.ask.text(Text(prompt, style=TITLE_STYLE))
            if not typed:
                if default is not None:
                    typed = default
                elif optional:
                    return None
                else:
                    self.ask.hint(self.say("required"))
                    continue
            checked = read(typed)
            if checked.ok:
                self.warn(checked.warnings)
                return checked.value
            self.ask.hint(wizard.explain(checked.errors or checked.problems, self.lang))

    def required(self, prompt: str, read: Callable[[str], Checked[T]], *, default: str | None = None) -> T:
        """Ask until ``read`` takes a (non-empty) answer."""
        value = self.field(prompt, read, default=default)
        assert value is not None
        return value

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> int:
        """Ask, show, write; 0 when written, declined or left, 1 when the bank cannot take it, 2 usage."""
        try:
            return self._run()
        except Quit:
            self.show(self.say("quit"))
            return 0

    def _run(self) -> int:
        if self.into is None and not wizard.from_checkout():
            print(f"fenleiqi new-question: {self.say('need_into')}", file=sys.stderr)
            return 2
        if self.into is not None and self.into.suffix.lower() not in (".yaml", ".yml"):
            print(f"fenleiqi new-question: {self.say('into_suffix', file=self.into.name)}", file=sys.stderr)
            return 2
        if self.into is not None:
            problems = wizard.target_problems(self.into)
            if problems:
                self.show(self.say("target_bad", file=wizard.display(self.into)), style="bold red")
                self.show(*(p.format(self.lang) for p in problems), style="red")
                return 1
        ctx = WizardContext.load(self.into)
        if ctx.errors:
            self.show(*(p.format(self.lang) for p in ctx.errors), style="red")
            return 1
        self.show(self.say("title"), style="dim")
        if self.into is not None:
            self.show(self.say("into", file=wizard.display(self.into)), style="dim")
        question = self._build(self._ask_fields(ctx), ctx)
        if question is None:
            return 1
        target = self.into or wizard.default_target(question.category)
        assert target is not None
        return self._preview_and_write(question, target, ctx)

    def _ask_fields(self, ctx: WizardContext) -> dict[str, Any]:
        kind = self.required(self.say("ask_type"), wizard.read_type, default="1")
        fields: dict[str, Any] = {"type": kind.value}
        category: Category
        if kind is QuestionType.CLASSIFY:
            item = self.required(self.say("ask_item"), lambda t: wizard.read_text("item", t))
            self._look_up(item, ctx)
            category = self._ask_bin(item, ctx)
            fields.update(item=item, answer=category.value)
            fields["text"] = self.field(
                self.say("ask_classify_text", item=item), lambda t: wizard.read_text("text", t), optional=True
            )
        else:
            category = self.required(
                self.say("ask_category", **self._bins(ctx)), lambda t: wizard.read_category(t, ctx)
            )
            fields["category"] = category.value
            text_key = "ask_choice_text" if kind is QuestionType.CHOICE else "ask_truefalse_text"
            fields["text"] = self.required(self.say(text_key), lambda t: wizard.read_text("text", t))
            if kind is QuestionType.CHOICE:
                options = self._ask_options()
                index = self.required(
                    self.say("ask_choice_answer", n=len(options)), lambda t: wizard.read_choice_answer(t, options)
                )
                self.warn(wizard.choice_problems(category, options, index, None, ctx))
                fields.update(options=options, answer=options[index])
            else:
                fields["answer"] = self.required(self.say("ask_truefalse_answer"), wizard.read_truefalse)
        fields["explain"] = self.required(self.say("ask_explain"), lambda t: wizard.read_text("explain", t))
        fields["difficulty"] = self.required(
            self.say("ask_difficulty"), lambda t: wizard.read_difficulty_for(t, fields, ctx), default="1"
        )
        tags = self.field(self.say("ask_tags"), wizard.read_tags, optional=True)
        if tags:
            fields["tags"] = list(tags)
        fields["region"] = self._ask_region(fields, ctx)
        suggested = wizard.next_id(category, ctx.ids)
        fields["id"] = self.required(
            self.say("ask_id", default=suggested), lambda t: wizard.read_id(t, ctx), default=suggested
        )
        return fields

    def _bins(self, ctx: WizardContext) -> dict[str, str]:
        region = ctx.region(None)
        return {f"n{i + 1}": region.category_name(c, self.lang) for i, c in enumerate(CATEGORY_ORDER)}

    def _look_up(self, item: str, ctx: WizardContext) -> None:
        """Show what ``fenleiqi lookup ITEM`` says about the item."""
        content = Content((), ctx.questions, ctx.dictionary, ctx.regions)
        described = describe_lookup(content, lookup_record(content, item, "national"), self.lang)
        first, *rest = described.splitlines()
        self.show(self.say("dictionary") + first, *rest, style="dim")

    def _ask_bin(self, item: str, ctx: WizardContext) -> Category:
        """The classify answer: the dictionary's bin is the default, and an answer it disagrees with is refused."""
        found = ctx.dictionary.find(item)
        default = str(CATEGORY_ORDER.index(found.category) + 1) if found is not None else None

        def read(text: str) -> Checked[Category]:
            checked = wizard.read_category(text, ctx)
            if not checked.ok or checked.value is None:
                return checked
            return Checked(checked.value, wizard.classify_answer_problems(item, checked.value, None, ctx))

        prompt = self.say("ask_bin", default=f" [{default}]" if default else "", **self._bins(ctx))
        return self.required(prompt, read, default=default)

    def _ask_options(self) -> list[str]:
        options: list[str] = []
        while len(options) < wizard.MAX_OPTIONS:
            n = len(options) + 1
            if len(options) < wizard.MIN_OPTIONS:
                options.append(self.required(self.say("ask_option", n=n), lambda t: wizard.read_option(t, options)))
                continue
            more = self.field(self.say("ask_option_more", n=n), lambda t: wizard.read_option(t, options), optional=True)
            if more is None:
                break
            options.append(more)
        return options

    def _ask_region(self, fields: dict[str, Any], ctx: WizardContext) -> str | None:
        """An optional region; for a classify question, one whose rules agree with the answer."""

        def read(text: str) -> Checked[str]:
            checked = wizard.read_region(text, ctx)
            if not checked.ok or checked.value is None or "item" not in fields:
                return checked
            answer = Category(fields["answer"])
            return Checked(checked.value, wizard.classify_answer_problems(fields["item"], answer, checked.value, ctx))

        zh = self.lang == "zh"
        others = [r for r in ctx.regions if r.key != "national"]
        regions = ("、" if zh else ", ").join(r.name if zh else (r.name_en or r.key) for r in others)
        return self.field(self.say("ask_region", regions=regions), read, optional=True)

    def _build(self, fields: dict[str, Any], ctx: WizardContext) -> Question | None:
        """The whole question, built and cross-checked as the loader does; None (and why) when it fails."""
        checked = wizard.build(fields, ctx)
        if checked.errors or checked.value is None:
            self.show(self.say("not_valid"), style="bold red")
            self.show(wizard.explain(checked.errors, self.lang), style="red")
            return None
        self.warn(checked.warnings)
        return checked.value

    def _preview_and_write(self, question: Question, target: Path, ctx: WizardContext) -> int:
        from game.commands.preview import asking_squares, preview_items
        from game.content.loader import load_bundled

        try:
            squares = asking_squares(load_bundled().board(), question)
        except (ContentError, LookupError):
            squares = []
        self.show(Text(self.say("preview"), style=TITLE_STYLE))
        region = ctx.region(question.region)
        show(
            self.console, *preview_items(question, squares[0] if squares else 0, region, self.lang, self.console.width)
        )
        plan = wizard.plan_append(target, question)
        if plan.problems:
            self.show(self.say("target_bad", file=plan.name), style="bold red")
            self.show(*(p.format(self.lang) for p in plan.problems), style="red")
            return 1
        if not self.required(self.say("ask_confirm", file=plan.name), read_yes_no, default="y"):
            self.show(self.say("declined"))
            return 0
        backup = wizard.write_plan(plan)
        lines = [self.say("written", id=question.id, file=plan.name)]
        if backup is not None:
            lines.append(self.say("backup", file=wizard.display(backup)))
        if plan.comments_lost:
            lines.append(self.say("comments_lost"))
        self.show(*lines, style="bold green")
        self.show(self.say("next", file=plan.name, id=question.id), style="dim")
        return 0


def read_yes_no(text: str) -> Checked[bool]:
    """y / n (是/否, 对/错, yes/no).

    >>> read_yes_no("Y").value, read_yes_no("否").value, read_yes_no("maybe").value
    (True, False, None)
    """
    value = parse_bool(text)
    if value is None:
        zh, en = TEXTS["wizard.retry_confirm"]
        return wizard.refused(Bilingual(zh, en), Bilingual("", ""))
    return Checked(value)
