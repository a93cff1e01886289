"""``fenleiqi analyze [BOARD]``: how long a board plays and how fair its seats are.

Exact figures come from :mod:`game.analysis` (the board as an absorbing Markov chain);
``--simulate N`` plays N bot games as well and prints the estimates beside the exact values.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from game.analysis import BoardAnalysis, SimulationResult, analyze, simulate
from game.content.loader import Content, load_bundled, load_content
from game.content.models import Board
from game.errors import Lang


def _players(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 6:
        raise argparse.ArgumentTypeError("1 到 6 · must be 1 to 6")
    return value


def _probability(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("0 到 1 之间 · must be between 0 and 1")
    return value


def _probabilities(text: str) -> tuple[float, ...]:
    try:
        return tuple(_probability(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            "0 到 1 之间的数，用逗号分开 · numbers between 0 and 1, comma-separated"
        ) from None


def _levels(text: str) -> tuple[str, ...]:
    from game.engine.levels import LEVELS

    names = tuple(part.strip() for part in text.split(","))
    unknown = [name for name in names if name not in LEVELS]
    if unknown:
        raise argparse.ArgumentTypeError(f"{', '.join(unknown)}: 级别是 · levels are {', '.join(LEVELS)}")
    return names


def seat_chances(
    players: int | None, p_correct: tuple[float, ...] | None, levels: tuple[str, ...] | None
) -> tuple[int, tuple[float, ...]]:
    """How many seats and each seat's chance of a right answer, from the command line.

    A single ``--p-correct`` value is every seat's; a list gives one per seat. ``--levels`` maps
    each level to its default chance (:data:`game.engine.levels.LEVELS`: child 0.6, teen 0.7,
    adult 0.8) unless ``--p-correct`` is given too. Without ``--players``, a list sets the number
    of seats (4 otherwise).

    >>> seat_chances(None, (0.9, 0.6), None), seat_chances(None, None, ("adult", "child"))
    ((2, (0.9, 0.6)), (2, (0.8, 0.6)))
    >>> seat_chances(3, (0.5,), None), seat_chances(None, None, None)
    ((3, (0.5, 0.5, 0.5)), (4, (0.7, 0.7, 0.7, 0.7)))
    """
    from game.engine.levels import LEVELS

    values = p_correct
    if values is None and levels is not None:
        values = tuple(LEVELS[level].p_correct for level in levels)
    if values is None:
        values = (0.7,)
    if players is None:
        players = len(values) if len(values) > 1 else 4
    if len(values) == 1:
        values = values * players
    if len(values) != players:
        raise ValueError(f"{len(values)} chances for {players} players")
    return players, values


def _games(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("不能是负数 · must not be negative")
    return value


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``analyze`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "board",
        nargs="?",
        metavar="BOARD",
        help="棋盘名称或 YAML 文件（默认：自带的棋盘）· a board name or a board file (default: the bundled board)",
    )
    parser.add_argument(
        "--players",
        type=_players,
        default=None,
        help="玩家人数 · number of players, 1-6 (default: 4, or one per --p-correct/--levels value)",
    )
    parser.add_argument(
        "--p-correct",
        type=_probabilities,
        default=None,
        metavar="P[,P…]",
        help="答对的概率，可以每位玩家一个（如 0.9,0.6）· chance of a right answer, or one per seat "
        "(e.g. 0.9,0.6; default: 0.7)",
    )
    parser.add_argument(
        "--levels",
        type=_levels,
        default=None,
        metavar="LEVEL[,LEVEL…]",
        help="每位玩家的级别（child 0.6、teen 0.7、adult 0.8）· each seat's level, mapped to a chance of "
        "a right answer (child 0.6, teen 0.7, adult 0.8)",
    )
    parser.add_argument(
        "--simulate",
        type=_games,
        default=0,
        metavar="N",
        help="再用电脑玩家模拟 N 局来对照 · also simulate N bot games for comparison",
    )
    parser.add_argument("--seed", type=int, default=0, help="模拟用的随机种子 · seed of the simulation (default: 0)")
    parser.add_argument("--json", action="store_true", help="输出 JSON · print one JSON object")
    parser.set_defaults(run=run)


def _load(board_arg: str | None) -> tuple[Content, Board]:
    if board_arg is not None and (Path(board_arg).suffix.lower() in (".yaml", ".yml") or Path(board_arg).is_file()):
        path = Path(board_arg)
        content = load_content([path])
        wanted = path.resolve()
        for board in content.boards:
            if Path(board.origin.file).resolve() == wanted:
                return content, board
        raise LookupError(str(board_arg))
    content = load_bundled()
    return content, content.board(board_arg)


def run(args: argparse.Namespace) -> int:
    """Print the exact figures (and simulated ones with ``--simulate``); 0 on success."""
    lang: Lang = args.lang
    zh = lang == "zh"
    console = Console(highlight=False, soft_wrap=True, emoji=False)
    try:
        content, board = _load(args.board)
    except LookupError:
        names = "、".join(b.name for b in load_bundled().boards)
        console.print(
            f"找不到棋盘 “{args.board}”。自带的棋盘：{names}"
            if zh
            else f"no board called '{args.board}'. Bundled boards: {names}",
            markup=False,
        )
        return 1
    try:
        args.players, chances = seat_chances(args.players, args.p_correct, args.levels)
    except ValueError:
        console.print(
            "--p-correct / --levels 的个数要和玩家人数一样"
            if zh
            else "give one --p-correct / --levels value per player",
            markup=False,
        )
        return 1
    p_correct: float | tuple[float, ...] = chances[0] if len(set(chances)) == 1 else chances
    if not board.rules.min_players <= args.players <= board.rules.max_players:
        console.print(
            f"这个棋盘只能 {board.rules.min_players} 到 {board.rules.max_players} 人玩"
            if zh
            else f"this board is for {board.rules.min_players} to {board.rules.max_players} players",
            markup=False,
        )
        return 1
    started = time.perf_counter()
    exact = analyze(content, board=board, players=args.players, p_correct=p_correct)
    exact_ms = (time.perf_counter() - started) * 1000
    simulated: SimulationResult | None = None
    sim_seconds = 0.0
    if args.simulate:
        total = args.simulate * (1 if args.players == 1 else 2)
        started = time.perf_counter()
        with Progress(
            TextColumn("模拟对局" if zh else "simulating"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as progress:
            task = progress.add_task("simulate", total=total)
            simulated = simulate(
                content,
                board=board.name,
                players=args.players,
                p_correct=p_correct,
                games=args.simulate,
                seed=args.seed,
                progress=lambda done: progress.update(task, completed=done),
            )
        sim_seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps(_record(board, exact, simulated, exact_ms), ensure_ascii=False))
        return 0
    console.print(figures_table(board, exact, simulated, lang))
    if zh:
        line = f"精确计算：{exact.states} 个状态，用时 {exact_ms:.1f} 毫秒"
        if simulated is not None:
            line += f"；模拟 {simulated.games} 局（种子 {args.seed}），用时 {sim_seconds:.1f} 秒"
    else:
        line = f"exact: {exact.states} states in {exact_ms:.1f} ms"
        if simulated is not None:
            line += f"; simulated {simulated.games} games (seed {args.seed}) in {sim_seconds:.1f} s"
    console.print(line, markup=False)
    if not exact.finishable:
        console.print(
            "注意：有些位置永远到不了终点（检查跳跃格和终点规则）"
            if zh
            else "warning: some positions can never reach the finish (check the jumps and the finish rule)",
            style="yellow",
            markup=False,
        )
    return 0


def _number(value: float, digits: int = 2) -> str:
    return "∞" if math.isinf(value) else f"{value:.{digits}f}"


def _turn(value: int | None) -> str:
    return "∞" if value is None else str(value)


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def figures_table(board: Board, exact: BoardAnalysis, simulated: SimulationResult | None, lang: Lang) -> Table:
    """The exact figures, with the simulated ones beside them when given."""
    zh = lang == "zh"
    rules = board.rules
    chance = "/".join(f"{p:g}" for p in exact.seat_p_correct) or f"{exact.p_correct:g}"
    title = (
        f"{board.name_in(lang)}（{board.size} 格，{rules.dice} 面骰子，终点规则 {rules.finish.value}，"
        f"答对概率 {chance}，{exact.players} 人）"
        if zh
        else f"{board.name_in(lang)} ({board.size} steps, d{rules.dice}, finish {rules.finish.value}, "
        f"p(right) {chance}, {exact.players} players)"
    )
    table = Table(title=title, title_justify="left")
    table.add_column("项目" if zh else "figure")
    table.add_column("精确值" if zh else "exact", justify="right")
    if simulated is not None:
        table.add_column(
            f"模拟（{simulated.games} 局）" if zh else f"simulated ({simulated.games} games)", justify="right"
        )

    def row(label_zh: str, label_en: str, exact_text: str, simulated_text: str = "") -> None:
        cells = [label_zh if zh else label_en, exact_text]
        if simulated is not None:
            cells.append(simulated_text)
        table.add_row(*cells)

    s = simulated
    row(
        "一人走完的平均回合数",
        "expected turns to finish (1 player)",
        _number(exact.expected_turns, 3),
        _number(s.expected_turns, 3) if s else "",
    )
    row(
        "一人回合数：中位数",
        "turns to finish: median",
        _turn(exact.median_turns),
        str(s.median_turns) if s else "",
    )
    row(
        "一人回合数：10% / 90% 分位",
        "turns to finish: 10th / 90th percentile",
        f"{_turn(exact.p10_turns)} / {_turn(exact.p90_turns)}",
        f"{s.p10_turns} / {s.p90_turns}" if s else "",
    )
    table.add_section()
    for seat, wins in enumerate(exact.seat_wins):
        own = f"（答对 {exact.seat_p_correct[seat]:g}）" if exact.seat_p_correct else ""
        own_en = f" (p {exact.seat_p_correct[seat]:g})" if exact.seat_p_correct else ""
        row(
            f"第 {seat + 1} 位先手的胜率{own}" if seat == 0 else f"第 {seat + 1} 位的胜率{own}",
            f"seat {seat + 1} wins{own_en}",
            _percent(wins),
            _percent(s.seat_wins[seat]) if s else "",
        )
    table.add_section()
    row(
        "平均局长（轮）",
        "expected game length (rounds)",
        _number(exact.expected_rounds),
        _number(s.expected_rounds) if s else "",
    )
    row(
        "平均局长（回合，所有人合计）",
        "expected game length (turns, all players)",
        _number(exact.expected_game_turns),
        _number(s.expected_game_turns) if s else "",
    )
    row(
        "局长（轮）：中位数，10% / 90% 分位",
        "game length (rounds): median, 10th / 90th",
        f"{_turn(exact.median_rounds)}，{_turn(exact.p10_rounds)} / {_turn(exact.p90_rounds)}"
        if zh
        else f"{_turn(exact.median_rounds)}, {_turn(exact.p10_rounds)} / {_turn(exact.p90_rounds)}",
        (
            f"{s.median_rounds}，{s.p10_rounds} / {s.p90_rounds}"
            if zh
            else f"{s.median_rounds}, {s.p10_rounds} / {s.p90_rounds}"
        )
        if s
        else "",
    )
    return table


def _record(board: Board, exact: BoardAnalysis, simulated: SimulationResult | None, exact_ms: float) -> dict[str, Any]:
    def figures(source: BoardAnalysis | SimulationResult) -> dict[str, Any]:
        return {
            "expected_turns": None if math.isinf(source.expected_turns) else source.expected_turns,
            "median_turns": source.median_turns,
            "p10_turns": source.p10_turns,
            "p90_turns": source.p90_turns,
            "seat_wins": list(source.seat_wins),
            "expected_rounds": None if math.isinf(source.expected_rounds) else source.expected_rounds,
            "expected_game_turns": None if math.isinf(source.expected_game_turns) else source.expected_game_turns,
            "median_rounds": source.median_rounds,
            "p10_rounds": source.p10_rounds,
            "p90_rounds": source.p90_rounds,
        }

    out: dict[str, Any] = {
        "board": board.name,
        "size": board.size,
        "dice": board.rules.dice,
        "finish": board.rules.finish.value,
        "players": exact.players,
        "p_correct": exact.p_correct,
        "seat_p_correct": list(exact.seat_p_correct) or [exact.p_correct] * exact.players,
        "states": exact.states,
        "finishable": exact.finishable,
        "exact_ms": round(exact_ms, 3),
        "exact": figures(exact),
        "simulated": None,
    }
    if simulated is not None:
        out["simulated"] = {"games": simulated.games, **figures(simulated)}
    return out
