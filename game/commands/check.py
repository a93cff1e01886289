"""``fenleiqi check [PATH ...]``: validate content and print a summary."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from game.categories import CATEGORY_ORDER
from game.content.loader import CheckResult, Content, check_paths
from game.content.models import SquareKind
from game.errors import Lang, Severity


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``check`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="文件或文件夹（默认：自带的内容）· files or folders (default: the bundled content)",
    )
    parser.add_argument("--strict", action="store_true", help="提醒也算失败 · fail on warnings too")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the content and print problems and a summary; 0 clean, 1 errors."""
    lang: Lang = args.lang
    console = Console(highlight=False, soft_wrap=True, emoji=False)  # ':100:' in a path is not an emoji
    result = check_paths(args.paths)
    for problem in result.problems:
        style = "red" if problem.severity is Severity.ERROR else "yellow"
        console.print(problem.format(lang), style=style, markup=False)
    if result.content is not None:
        console.print(summary_table(result.content, lang))
    errors = len(result.errors)
    warnings = len(result.problems) - errors
    console.print(_verdict(result, errors, warnings, lang), markup=False)
    return 1 if errors or (args.strict and warnings) else 0


def _verdict(result: CheckResult, errors: int, warnings: int, lang: Lang) -> str:
    files = len(result.files)
    if lang == "en":
        head = f"checked {files} file(s): "
        return head + (f"{errors} error(s), {warnings} warning(s)" if errors or warnings else "all good")
    head = f"检查了 {files} 个文件："
    return head + (f"{errors} 个错误，{warnings} 个提醒" if errors or warnings else "全部通过")


def summary_table(content: Content, lang: Lang) -> Table:
    """Questions per category × difficulty, items per category, squares per kind."""
    zh = lang == "zh"
    region = content.region()
    table = Table(title="内容统计" if zh else "Content summary", title_justify="left")
    table.add_column("类别" if zh else "category")
    for level in (1, 2, 3):
        table.add_column(f"难度{level}" if zh else f"level {level}", justify="right")
    table.add_column("题目" if zh else "questions", justify="right")
    table.add_column("物品" if zh else "items", justify="right")
    questions = Counter((q.category, q.difficulty) for q in content.questions)
    items = Counter(item.category for item in content.dictionary)
    for category in CATEGORY_ORDER:
        per_level = [questions[(category, level)] for level in (1, 2, 3)]
        name = f"{category.symbol} {region.category_name(category, lang)}"
        table.add_row(name, *map(str, per_level), str(sum(per_level)), str(items[category]))
    table.add_section()
    table.add_row(
        "合计" if zh else "total",
        *(str(sum(questions[(c, lv)] for c in CATEGORY_ORDER)) for lv in (1, 2, 3)),
        str(len(content.questions)),
        str(len(content.dictionary)),
    )
    for board in content.boards:
        kinds = Counter(square.kind for square in board.squares[1:-1])
        parts = [f"{kind.value} {kinds[kind]}" for kind in SquareKind if kinds[kind]]
        table.caption = (
            ((table.caption + "\n") if table.caption else "")
            + (f"{board.name_in(lang)}（{board.size} 格）：" if zh else f"{board.name_in(lang)} ({board.size} steps): ")
            + ", ".join(parts)
        )
    table.caption_justify = "left"
    return table
