"""``fenleiqi play``: open the window, or the terminal game where there is no display.

The options are shared by both front ends; :func:`game_options` turns them into what a front end
needs (content, set-up defaults, seed, save path) so that neither repeats that work.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from game.commands import add_content_option
from game.content.textsafety import MAX_NAME_CHARS, clean_name
from game.errors import DisplayUnavailable, Lang
from game.session.options import PlayOptions

MAX_PLAYERS = 6


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``play`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    add_play_options(parser)
    parser.set_defaults(run=run)


def add_play_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``play`` (also used when ``fenleiqi`` runs with no command)."""
    parser.add_argument("--terminal", action="store_true", help="在终端里玩 · play in the terminal")
    parser.add_argument("--window", action="store_true", help="打开窗口 · open the window (default when possible)")
    parser.add_argument("--board", help="棋盘名称或文件名 · board name or file stem (default: the first board)")
    add_content_option(parser)
    parser.add_argument("--region", default="national", help="地区，如 shanghai · region key (default: national)")
    parser.add_argument(
        "--players", type=int, choices=range(1, MAX_PLAYERS + 1), metavar="N", help="玩家人数 1-6 · number of players"
    )
    parser.add_argument("--names", help="玩家名字，用逗号分开 · player names, comma-separated")
    parser.add_argument(
        "--bots",
        type=int,
        default=None,
        choices=range(0, MAX_PLAYERS + 1),
        metavar="N",
        help="其中几个是电脑 · how many seats are computer players (the last ones)",
    )
    parser.add_argument(
        "--bot-level",
        type=float,
        default=0.7,
        metavar="P",
        help="电脑答对的概率 0-1 · chance a computer player answers right (default 0.7)",
    )
    parser.add_argument(
        "--difficulty",
        default="1-3",
        metavar="LOW-HIGH",
        help="题目难度范围，如 1-2 · question difficulty range (default 1-3)",
    )
    parser.add_argument(
        "--levels",
        metavar="LEVEL,…",
        help="每位玩家的级别，按座位顺序：child/teen/adult 或 儿童/少年/成人（默认成人）· "
        "each seat's level in seat order: child, teen or adult (default adult)",
    )
    parser.add_argument("--seed", type=int, help="随机种子，同样的种子同样的骰子 · random seed")
    parser.add_argument(
        "--resume",
        nargs="?",
        const="",
        metavar="SAVE",
        help="继续上次的游戏（可指定存档文件，或 fenleiqi saves 列出的序号）· "
        "resume the last game (or SAVE, or number N from fenleiqi saves)",
    )
    parser.add_argument("--save", metavar="FILE", help="存档位置 · where to autosave (default: the user data folder)")
    parser.add_argument(
        "--report", metavar="FILE.csv", help="结束时把学习报告写成 CSV · write the learning report as CSV"
    )
    parser.add_argument("--no-color", action="store_true", help="不用颜色 · no colours (terminal)")
    parser.add_argument(
        "--no-voice",
        action="store_true",
        help="不给儿童读题（默认读出儿童的题目）· do not read a child's questions aloud (default: read them)",
    )


class UsageError(ValueError):
    """A ``play`` option is wrong; the message says how to fix it."""


def parse_difficulty(text: str) -> tuple[int, int]:
    """``"1-2"`` → ``(1, 2)``; ``"2"`` → ``(2, 2)``.

    >>> parse_difficulty("1-2"), parse_difficulty("3")
    ((1, 2), (3, 3))
    """
    parts = text.replace("～", "-").replace("~", "-").split("-")
    try:
        low, high = (int(parts[0]), int(parts[-1])) if len(parts) <= 2 else (0, 0)
    except ValueError:
        low, high = 0, 0
    if not 1 <= low <= high <= 3:
        raise UsageError(f"难度要写成 1-3 之间的范围，如 1-2（不是 “{text}”）· difficulty must look like 1-2")
    return low, high


def parse_levels(text: str | None) -> tuple[str, ...]:
    """``"adult,儿童"`` → ``("adult", "child")``.

    >>> parse_levels("adult，儿童"), parse_levels(None)
    (('adult', 'child'), ())
    """
    if not text:
        return ()
    from game.engine.levels import level_key

    words = [w.strip().lower() for w in text.replace("，", ",").split(",")]
    unknown = [w for w in words if level_key(w) is None]
    if unknown or len(words) > MAX_PLAYERS:
        raise UsageError(
            "级别写成 child/teen/adult 或 儿童/少年/成人，用逗号分开 · levels are child, teen or adult, comma-separated"
        )
    return tuple(level_key(w) or w for w in words)


def game_options(args: argparse.Namespace) -> PlayOptions:
    """Check and normalise the options; raises :class:`UsageError`."""
    from game.savefile import autosave_path

    names = tuple(n for n in (clean_name(n) for n in (args.names or "").replace("，", ",").split(",")) if n)
    too_long = [n for n in names if len(n) > MAX_NAME_CHARS]
    if too_long:
        raise UsageError(
            f"名字最多 {MAX_NAME_CHARS} 个字：{too_long[0][:20]}… · a name has at most {MAX_NAME_CHARS} characters"
        )
    if not 0.0 <= args.bot_level <= 1.0:
        raise UsageError("--bot-level 要在 0 到 1 之间 · --bot-level must be between 0 and 1")
    if args.players is not None and args.bots is not None and args.bots > args.players:
        raise UsageError("电脑玩家不能比总人数多 · --bots cannot exceed --players")
    if args.players is not None and len(names) > args.players:
        raise UsageError(
            f"给了 {len(names)} 个名字，但只有 {args.players} 位玩家 · {len(names)} names for {args.players} players"
        )
    if len(names) > MAX_PLAYERS:
        raise UsageError("最多 6 个玩家 · at most 6 players")
    for option, value in (("--save", args.save), ("--resume", args.resume)):
        if value and not value.isdigit() and (not Path(value).name or Path(value).is_dir()):
            raise UsageError(
                f"{option} 后面要写一个存档文件的名字，比如 我的游戏.json，不能是文件夹 · "
                f"{option} needs a save file's name (e.g. my-game.json), not a folder"
            )
    resume = None if args.resume is None else (args.resume or str(autosave_path()))
    if resume is not None and resume.isdigit() and not Path(resume).exists():
        resume = numbered_save(int(resume))
    return PlayOptions(
        lang=args.lang,
        content_paths=tuple(args.content),
        board=args.board,
        region=args.region,
        players=args.players,
        names=names,
        bots=args.bots,
        bot_level=args.bot_level,
        difficulty=parse_difficulty(args.difficulty),
        seed=args.seed if args.seed is not None else random.SystemRandom().randrange(2**31),
        resume=resume,
        save_path=Path(args.save) if args.save else autosave_path(),
        report=Path(args.report) if args.report else None,
        no_color=args.no_color,
        voice=not args.no_voice,
        levels=parse_levels(getattr(args, "levels", None)),
    )


def numbered_save(number: int) -> str:
    """The path of unfinished game ``number`` as ``fenleiqi saves`` lists them."""
    from game.savefile import list_saves

    saves = list_saves()
    if not 1 <= number <= len(saves):
        raise UsageError(
            f"没有第 {number} 局没下完的游戏（fenleiqi saves 列出了 {len(saves)} 局）· "
            f"there is no unfinished game number {number} (fenleiqi saves lists {len(saves)})"
        )
    return str(saves[number - 1].path)


def display_available() -> bool:
    """Whether a window can be expected to open (SDL's dummy driver counts, for tests)."""
    if os.environ.get("SDL_VIDEODRIVER"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run(args: argparse.Namespace) -> int:
    """Start the window or the terminal game."""
    try:
        options = game_options(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    # --window asks for the window, but without a display it would run invisibly: fall back all the same
    if not args.terminal and display_available():
        try:
            # imported only here, so that the terminal path never loads pygame
            return _front_end("game.window.app", "run_window")(options)
        except (ImportError, DisplayUnavailable) as error:
            _say_terminal(options.lang, str(error))
    elif not args.terminal:
        _say_terminal(options.lang, "")
    return _front_end("game.terminal.app", "run_terminal")(options)


def _front_end(module: str, function: str) -> Callable[[PlayOptions], int]:
    return cast(Callable[[PlayOptions], int], getattr(importlib.import_module(module), function))


def _say_terminal(lang: Lang, detail: str) -> None:
    extra = f" ({detail})" if detail else ""
    if lang == "en":
        print(f"No display found{extra}: playing in the terminal instead.", file=sys.stderr)
    else:
        print(f"没有可用的显示器{extra}，改在终端里玩。", file=sys.stderr)
