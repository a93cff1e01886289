"""``fenleiqi check [PATH ...]``: validate content and print a summary."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from game.categories import CATEGORY_ORDER
from game.content.loader import CheckResult, Content, check_paths
from game.content.models import Board, SquareKind
from game.errors import Lang, Problem, Severity, Text

if TYPE_CHECKING:  # the analysis (and the engine under it) is imported only when content loaded
    from game.analysis.duration import GameMinutes


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
    parser.add_argument(
        "--alone",
        action="store_true",
        help="只检查给出的文件，不和自带内容一起核对 · check the given files on their own, without the bundled content",
    )
    parser.add_argument(
        "--players",
        type=int,
        default=4,
        choices=range(1, 7),
        metavar="N",
        help="估计局长时的人数 · players for the game-length estimate (default 4)",
    )
    parser.add_argument(
        "--minutes",
        default="15-40",
        metavar="LOW-HIGH",
        help="一局合适的分钟数 · a good game length in minutes (default 15-40)",
    )
    parser.add_argument(
        "--turn-seconds",
        type=float,
        default=30.0,
        metavar="S",
        help="每回合大约几秒 · seconds a turn takes at the table (default 30)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the content and print problems and a summary; 0 clean, 1 errors."""
    lang: Lang = args.lang
    console = Console(highlight=False, soft_wrap=True, emoji=False)  # ':100:' in a path is not an emoji
    result = check_paths(args.paths, fill_from_bundled=not args.alone)
    try:
        wanted = _minutes_range(args.minutes)
    except ValueError:
        console.print("--minutes 要写成 15-40 这样的范围 · --minutes must look like 15-40", markup=False)
        return 2
    stuck = _unwinnable_problems(result.content) if result.content else []
    result.problems.extend(stuck)
    playable = (
        [b for b in result.content.boards if b.origin.file not in {p.file for p in stuck}] if result.content else []
    )
    lengths = _game_lengths(result.content, playable, args.players, args.turn_seconds) if result.content else []
    result.problems.extend(_length_problems(lengths, wanted, args.players))
    for problem in result.problems:
        style = "red" if problem.severity is Severity.ERROR else "yellow"
        console.print(problem.format(lang), style=style, markup=False)
    if result.content is not None:
        console.print(summary_table(result.content, lang))
        for board, minutes in lengths:
            console.print(_length_line(board, minutes, args.players, args.turn_seconds, lang), markup=False)
    errors = len(result.errors)
    warnings = len(result.problems) - errors
    console.print(_verdict(result, errors, warnings, lang), markup=False)
    return 1 if errors or (args.strict and warnings) else 0


def _minutes_range(text: str) -> tuple[float, float]:
    low, _, high = text.replace("～", "-").replace("~", "-").partition("-")
    low_value, high_value = float(low), float(high or low)
    if not 0 < low_value <= high_value:
        raise ValueError(text)
    return low_value, high_value


def _game_lengths(
    content: Content, boards: list[Board], players: int, turn_seconds: float
) -> list[tuple[Board, GameMinutes]]:
    """Each board's game length from the exact analysis (the rules as the engine plays them)."""
    from game.analysis import analyze  # only when content loaded: the analysis is not needed otherwise
    from game.analysis.duration import game_minutes

    return [(board, game_minutes(analyze(content, board=board, players=players), turn_seconds)) for board in boards]


def _unwinnable_problems(content: Content) -> list[Problem]:
    """A board on which a player who always answers wrong (or always right) can get somewhere the
    goal can never be reached from: refused, since such a game would never end."""
    from game.analysis import build_chain
    from game.analysis.exact import reachable_finish
    from game.engine.decks import eligible, silent_squares

    problems = []
    for board in content.boards:
        silent = silent_squares(board, eligible(content.questions, (1, 3), "national"))
        for p_correct, who_zh, who_en in (
            (0.0, "一直答错", "always answers wrong"),
            (1.0, "一直答对", "always answers right"),
        ):
            if reachable_finish(build_chain(board, p_correct=p_correct, silent=silent)):
                continue
            problems.append(
                Problem.at(
                    board.origin,
                    Text(
                        f"棋盘「{board.name}」上有的位置永远走不到终点：{who_zh}的玩家会一直走下去",
                        f"on board '{board.name}' a player who {who_en} can reach a place the goal is never "
                        "reached from: the game would never end",
                    ),
                    Text(
                        "检查后退的跳跃格和答题后退：从每一格都要能走到终点",
                        "check backward jumps and answer moves: the goal must be reachable from every square",
                    ),
                )
            )
            break
    return problems


def _length_problems(
    lengths: list[tuple[Board, GameMinutes]], wanted: tuple[float, float], players: int
) -> list[Problem]:
    problems = []
    for board, minutes in lengths:
        if wanted[0] <= minutes.expected <= wanted[1]:
            continue
        too_long = minutes.expected > wanted[1]
        problems.append(
            Problem.at(
                board.origin,
                Text(
                    f"{players} 人玩一局预计要 {minutes.expected:.0f} 分钟，超出了 {wanted[0]:g}–{wanted[1]:g} 分钟",
                    f"a {players}-player game is expected to take {minutes.expected:.0f} minutes, outside "
                    f"{wanted[0]:g}-{wanted[1]:g}",
                ),
                Text(
                    "减少后退的跳跃和暂停格，或缩短棋盘" if too_long else "加几个后退或暂停的格子，或加长棋盘",
                    "use fewer backward jumps and skips, or a shorter track"
                    if too_long
                    else "add backward jumps or skips, or a longer track",
                ),
                Severity.WARNING,
            )
        )
    return problems


def _length_line(board: Board, minutes: GameMinutes, players: int, turn_seconds: float, lang: Lang) -> str:
    if lang == "en":
        return (
            f"{board.name_in(lang)}: a {players}-player game takes about {minutes.expected:.0f} minutes "
            f"(mostly {minutes.low:.0f}-{minutes.high:.0f}) at {turn_seconds:g} s a turn"
        )
    return (
        f"{board.name}：{players} 人一局约 {minutes.expected:.0f} 分钟（多数在 {minutes.low:.0f}–{minutes.high:.0f} "
        f"分钟之间；按每回合 {turn_seconds:g} 秒估计）"
    )


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
