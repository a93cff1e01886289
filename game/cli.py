"""The ``fenleiqi`` command (also ``python -m game``).

Each sub-command lives in a module of :mod:`game.commands` that registers its options; heavy
imports (pygame, the engine) happen inside the command's ``run``. Plain ``fenleiqi`` plays. Exit codes:
0 success, 1 a problem with the content or the request (bad content, unknown item), 2 a usage
error, 130 interrupted.

>>> main(["lookup", "香蕉皮", "--json"])  # doctest: +ELLIPSIS
{"item": "香蕉皮", "found": "香蕉皮", "category": "kitchen", "name": "厨余垃圾", "region": "national", ...}
0
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import itertools
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from game import __version__
from game.errors import ContentError, FenleiqiError

#: Sub-commands, in the order ``--help`` lists them: name → (module, one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "play": ("game.commands.play", "玩游戏（默认打开窗口）· play (a window when there is a display)"),
    "check": ("game.commands.check", "检查棋盘、题库和物品词典 · validate content files"),
    "lookup": ("game.commands.lookup", "查一个物品属于哪类垃圾 · which bin does an item go in?"),
    "analyze": ("game.commands.analyze", "计算棋盘的平均局长和胜率 · exact board analysis"),
    "render-board": ("game.commands.render_board", "把棋盘画成 PNG 图片 · draw a board to a PNG"),
    "print-kit": ("game.commands.print_kit", "印一套纸质版：棋盘、题卡、规则…（PDF）· print-and-play kit (PDF)"),
    "preview": ("game.commands.preview", "看一道题在游戏里的样子 · show a question as players see it"),
    "new-question": ("game.commands.new_question", "一步一步地添加一道新题 · add a question step by step"),
    "saves": ("game.commands.saves", "没下完的游戏（可以接着玩）· unfinished games you can resume"),
    "history": ("game.commands.history", "玩家的学习记录（要多练的物品）· learning history across games"),
    "export-questions": (
        "game.commands.spreadsheet",
        "把题库导出成表格（CSV）· export question banks to a spreadsheet",
    ),
    "import-questions": ("game.commands.spreadsheet", "把表格导入题库 · import a spreadsheet into a question bank"),
    "export-items": ("game.commands.spreadsheet", "把物品词典导出成表格 · export the item dictionary to a spreadsheet"),
    "import-items": ("game.commands.spreadsheet", "把表格导入物品词典 · import a spreadsheet into the item dictionary"),
    "compare-list": (
        "game.commands.compare_list",
        "把本市公布的分类清单和物品词典对比 · compare a city's published list with the dictionary",
    ),
}


def chosen_command(args: Sequence[str]) -> str | None:
    """The sub-command named in ``args`` (``play`` when none is), or None for top-level help.

    >>> chosen_command(["--lang", "en", "check", "x.yaml"]), chosen_command([]), chosen_command(["-h"])
    ('check', 'play', None)
    """
    words = iter(args)
    for word in words:
        if word == "--lang":
            next(words, None)
        elif word in ("-h", "--help", "--version"):
            return None
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return "play"


#: argparse's messages (Python 3.11+) and how a volunteer reads them in Chinese.
_USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), zh)
    for pattern, zh in (
        (r"^unrecognized arguments: (?P<a>.*)$", "不认识这些参数：{a}"),
        (r"^the following arguments are required: (?P<a>.*)$", "缺少这些参数：{a}"),
        (r"^argument (?P<a>\S+): invalid int value: (?P<v>.*)$", "参数 {a} 的值 {v} 应该是整数"),
        (r"^argument (?P<a>\S+): invalid float value: (?P<v>.*)$", "参数 {a} 的值 {v} 应该是数字"),
        (
            r"^argument (?P<a>\S+): invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)$",
            "参数 {a} 不能写 {v}，可以写：{c}",
        ),
        (r"^argument (?P<a>\S+): invalid \S+ value: (?P<v>.*)$", "参数 {a} 的值 {v} 不对"),
        (r"^argument (?P<a>\S+): expected one argument$", "参数 {a} 后面要写一个值"),
        (r"^argument (?P<a>\S+): expected at least one argument$", "参数 {a} 后面至少要写一个值"),
        (r"^argument (?P<a>\S+): not allowed with argument (?P<b>\S+)$", "参数 {a} 不能和 {b} 一起用"),
        (r"^ambiguous option: (?P<a>\S+) could match (?P<b>.*)$", "参数 {a} 不明确，可能是：{b}"),
        (r"^argument (?P<a>\S+): (?P<v>.*)$", "参数 {a} 有误：{v}"),
    )
)


def usage_error_zh(message: str) -> str:
    """argparse's error ``message`` in Chinese (the original when it is not one we know).

    >>> usage_error_zh("argument --players: invalid int value: 'two'")
    "参数 --players 的值 'two' 应该是整数"
    """
    for pattern, zh in _USAGE_ERRORS:
        found = pattern.match(message)
        if found is not None:
            return zh.format(**found.groupdict())
    return message


class _Parser(argparse.ArgumentParser):
    """Usage errors in the language of the command line (Chinese unless --lang en)."""

    lang = "zh"

    def error(self, message: str) -> NoReturn:
        if self.lang == "en":
            super().error(message)
        usage = self.format_usage().replace("usage:", "用法：", 1)
        self.exit(2, f"{usage}{self.prog}: 错误：{usage_error_zh(message)}\n用 “{self.prog} --help” 看看怎么写。\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only the module of sub-command ``only`` is imported (start-up speed).

    The other sub-commands get a stub that carries their help line, so ``--help`` lists them all.
    """
    # --lang works before or after the sub-command: the sub-commands' copy has no default, so it
    # does not overwrite a --lang given before the sub-command.
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="语言 · output language (default: zh)"
    )
    parser = _Parser(prog="fenleiqi", description="垃圾分类飞行棋 · a garbage-sorting board game")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="语言 · output language (default: zh)")
    parser.add_argument("--version", action="version", version=f"fenleiqi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if name == only:
            importlib.import_module(module_name).register(sub, name=name, help=help_text, parents=[common])
        else:
            sub.add_parser(name, help=help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    english = "--lang=en" in args_list or ("--lang", "en") in itertools.pairwise(args_list)
    _Parser.lang = "en" if english else "zh"
    command = chosen_command(args_list)
    if command == "play" and "play" not in args_list:  # plain `fenleiqi --resume` is `fenleiqi play --resume`
        args_list = ["play", *args_list]
    parser = build_parser(command)
    try:
        args = parser.parse_args(args_list)
        if getattr(args, "run", None) is None and command == "play":  # plain `fenleiqi` plays
            args = parser.parse_args(["play", *args_list])
    except SystemExit as exit_:  # argparse already printed the usage error (or the help)
        return int(exit_.code or 0)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except ContentError as error:
        for problem in error.problems:
            print(problem.format(args.lang), file=sys.stderr)
        return 1
    except FenleiqiError as error:
        print(f"fenleiqi: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`fenleiqi lookup --file … | head`): stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # a bug: keep the details, show the volunteer one clear line
        if os.environ.get("FENLEIQI_DEBUG"):
            raise
        return _report_bug(args.lang)


def _tolerant_output() -> None:
    """A console that cannot show a character (GBK, ASCII) gets a replacement mark, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _report_bug(lang: str) -> int:
    import tempfile
    import traceback

    with tempfile.NamedTemporaryFile(
        "w", prefix="fenleiqi-error-", suffix=".txt", delete=False, encoding="utf-8"
    ) as log:
        traceback.print_exc(file=log)
    if lang == "en":
        print(f"fenleiqi: internal error (a bug in fenleiqi, not your fault); details in {log.name}", file=sys.stderr)
    else:
        print(f"fenleiqi: 程序内部出错（这是 fenleiqi 的缺陷，不是你的错）；详情已保存到 {log.name}", file=sys.stderr)
    return 3
