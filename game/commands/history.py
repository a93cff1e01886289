"""``fenleiqi history [list | show NAME | enable NAME | clear NAME]``: learning history across games.

The history is kept only for players who opted in (``enable``), in one small JSON file in the
user's data folder (see :mod:`game.history`). ``clear`` forgets a player (and opts them out).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from rich.console import Console
from rich.table import Table

from game.content.textsafety import clean_name
from game.errors import FenleiqiError, Lang


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``history`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=("list", "show", "enable", "clear"),
        help="list（默认）、show 名字、enable 名字（开始记录）、clear 名字（清除）· "
        "list (default), show NAME, enable NAME (start recording), clear NAME (forget)",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="玩家名字 · the player's name")
    parser.add_argument("--json", action="store_true", help="输出 JSON · print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Do the action; 0 on success, 1 for an unknown name, 2 when a name is missing."""
    from game.history import History

    lang: Lang = getattr(args, "lang", "zh")
    zh = lang == "zh"
    console = Console(highlight=False, soft_wrap=True, emoji=False)
    history = History.load()
    if args.action != "list" and not args.name:
        console.print("请给出玩家的名字" if zh else f"'{args.action}' needs a player's name", markup=False)
        return 2
    if args.action == "list":
        if args.json:
            players = {
                name: {"missed": r.missed, "right": r.right, "focus": list(history.focus_for(name))}
                for name, r in sorted(history.players.items())
            }
            print(json.dumps({"path": str(history.path), "players": players}, ensure_ascii=False))
            return 0
        if not history.players:
            console.print(
                "还没有玩家的学习记录（用 enable 名字 开始记录）"
                if zh
                else "no learning history yet (start one with: history enable NAME)",
                markup=False,
            )
            return 0
        table = Table(title=str(history.path), title_justify="left")
        for heading in ("玩家 / 错 / 对 / 要多练的" if zh else "player / missed / right / to practise").split(" / "):
            table.add_column(heading)
        for player, counts in sorted(history.players.items()):
            table.add_row(player, str(counts.missed), str(counts.right), "、".join(history.focus_for(player)))
        console.print(table)
        return 0
    name = clean_name(args.name)  # a name typed in another encoding, or with escape codes, is cleaned
    if args.action == "enable":
        history.enable(name)
        console.print(
            f"从现在起记录 {name} 的学习情况" if zh else f"recording {name}'s learning from now on", markup=False
        )
        return 0
    if args.action == "clear":
        if not history.clear(name):
            console.print(f"没有 {name} 的记录" if zh else f"no history for {name}", markup=False)
            return 1
        console.print(f"已清除 {name} 的记录" if zh else f"cleared {name}'s history", markup=False)
        return 0
    record = history.players.get(name)
    if record is None:
        console.print(f"没有 {name} 的记录" if zh else f"no history for {name}", markup=False)
        return 1
    if args.json:
        print(
            json.dumps({"name": name, **record.to_dict(), "focus": list(history.focus_for(name))}, ensure_ascii=False)
        )
        return 0
    table = Table(title=name, title_justify="left")
    for heading in ("物品或题目 / 错 / 对" if zh else "item or question / missed / right").split(" / "):
        table.add_column(heading)
    shown = {**record.items, **{_question_text(qid, args.lang): counts for qid, counts in record.questions.items()}}
    for key, (missed, right) in sorted(shown.items(), key=lambda kv: (kv[1][1] - kv[1][0], kv[0])):
        table.add_row(key, str(missed), str(right))
    console.print(table)
    return 0


def _question_text(question_id: str, lang: Lang) -> str:
    """What the player was asked (the id only when the question is no longer in the content)."""
    from game.content.loader import load_bundled

    if question_id.startswith("item:"):
        return question_id.removeprefix("item:")
    try:
        questions = {q.id: q for q in load_bundled().questions}
    except FenleiqiError:
        return question_id
    question = questions.get(question_id)
    if question is None:
        return question_id
    text = question.prompt(lang)
    return text if len(text) <= 40 else text[:39] + "…"
