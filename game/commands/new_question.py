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

_TEXTS: dict[str, tuple[str, str]] = {
    "title": (
        "添加一道新题。方括号里是默认值，直接按 Enter 就用它；随时按 Ctrl-C 退出，什么都不会写入。",
        "Add a new question. Press Enter to take the default in brackets; Ctrl-C leaves at any time, writing nothing.",
    ),
    "into": ("新题会加到 {file}。", "The question will be added to {file}."),
    "ask_type": ("题型？1 分类题  2 选择题  3 判断题 [1]：", "Question type? 1 classify  2 choice  3 true/false [1]: "),
    "ask_item": ("要分类的物品（如 香蕉皮）：", "The item to sort (e.g. 香蕉皮): "),
    "dictionary": ("查词典：", "Dictionary: "),
    "ask_bin": (
        "它应该投进哪个垃圾桶？1 {n1}  2 {n2}  3 {n3}  4 {n4}{default}：",
        "Which bin does it go in? 1 {n1}  2 {n2}  3 {n3}  4 {n4}{default}: ",
    ),
    "ask_classify_text": (
        "题目文字（可不填；直接按 Enter 就是「{item}」应该投进哪个垃圾桶？）：",
        "Question text (optional; Enter uses the standard question): ",
    ),
    "ask_category": (
        "这道题讲哪类垃圾？1 {n1}  2 {n2}  3 {n3}  4 {n4}：",
        "Which bin does the question teach? 1 {n1}  2 {n2}  3 {n3}  4 {n4}: ",
    ),
    "ask_choice_text": ("题目（如 下面哪一种是有害垃圾？）：", "The question (e.g. 下面哪一种是有害垃圾？): "),
    "ask_truefalse_text": (
        "要判断的说法（如 用过的纸巾是可回收物。）：",
        "The statement to judge (e.g. 用过的纸巾是可回收物。): ",
    ),
    "ask_option": ("选项 {n}：", "Option {n}: "),
    "ask_option_more": ("选项 {n}（没有了就直接按 Enter）：", "Option {n} (Enter if there are no more): "),
    "ask_choice_answer": ("哪个选项是对的？1-{n}：", "Which option is right? 1-{n}: "),
    "ask_truefalse_answer": ("这句话说得对吗？1 对  2 错：", "Is the statement right? 1 true  2 false: "),
    "ask_explain": (
        "解释：为什么是这个答案？（答题后玩家会看到）：",
        "Explanation: why is that the answer? (players see it): ",
    ),
    "ask_difficulty": ("难度？1 简单  2 中等  3 难 [1]：", "Difficulty? 1 easy  2 medium  3 hard [1]: "),
    "ask_tags": ("标签（用逗号隔开，可不填）：", "Tags (separated by commas, optional): "),
    "ask_region": (
        "只在一个地区出这道题吗？写地区（{regions}）；全国通用直接按 Enter：",
        "Only for one region? Type it ({regions}); Enter for everywhere: ",
    ),
    "ask_id": ("编号 [{default}]：", "Id [{default}]: "),
    "ask_confirm": ("把这道题加到 {file}？[Y/n]：", "Add this question to {file}? [Y/n]: "),
    "retry_confirm": ("输入 y（写入）或 n（不写）。", "Type y (write it) or n (don't)."),
    "required": ("这一项必须填写。", "This one is required."),
    "preview": ("玩家看到的样子：", "What players will see:"),
    "not_valid": ("这道题还有问题，没有写入：", "The question still has problems; nothing was written:"),
    "declined": ("好的，没有写入。", "OK, nothing was written."),
    "quit": ("已退出，什么都没有写入。", "Left without writing anything."),
    "need_into": (
        "请用 --into 指定要写入的题库文件，例如：fenleiqi new-question --into 我的题库.yaml",
        "Say which bank file to add to with --into, e.g. fenleiqi new-question --into my-questions.yaml",
    ),
    "into_suffix": (
        "--into 要写一个 .yaml 文件（不是 “{file}”）",
        "--into must name a .yaml file (not '{file}')",
    ),
    "target_bad": ("不能写入 {file}：", "Cannot add to {file}:"),
    "written": ("已把 “{id}” 加到 {file}。", "Added '{id}' to {file}."),
    "backup": ("原来的文件保存为 {file}。", "The previous version is kept as {file}."),
    "comments_lost": (
        "这个文件的格式特别，只好整个重写：文件中间的注释没有保留（在 .bak 里能找回）。",
        "The file's layout was unusual, so it was written anew: comments inside it are only in the .bak.",
    ),
    "next": (
        "下一步：fenleiqi check {file} 检查，fenleiqi preview {id} 再看一遍。",
        "Next: fenleiqi check {file}, and fenleiqi preview {id} to see it again.",
    ),
}


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
    zh, en = _TEXTS[key]
    return (en if lang == "en" else zh).format(**fields)


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
        zh, en = _TEXTS["retry_confirm"]
        return wizard.refused(Bilingual(zh, en), Bilingual("", ""))
    return Checked(value)
