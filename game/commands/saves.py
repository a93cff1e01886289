"""``fenleiqi saves [--json]``: the unfinished games kept in the data folder, newest first.

A game is never overwritten: starting a new game over an unfinished one moves the old one aside
(``autosave-YYYYmmdd-HHMMSS.json``). This lists them with their players, when they were last
played and how far they got; ``fenleiqi play --resume N`` continues number N.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from rich.console import Console

from game.errors import Lang
from game.present.texts import join_items, say


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``saves`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument("--json", action="store_true", help="输出 JSON · print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List the unfinished games; always 0."""
    from game.savefile import data_dir, list_saves

    lang: Lang = getattr(args, "lang", "zh")
    saves = list_saves()
    if args.json:
        rows = [
            {
                "number": number,
                "path": str(s.path),
                "modified": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(s.modified)),
                "players": list(s.players),
                "positions": list(s.positions),
                "rounds": s.rounds,
                "board": s.board,
            }
            for number, s in enumerate(saves, 1)
        ]
        print(json.dumps({"folder": str(data_dir()), "saves": rows}, ensure_ascii=False))
        return 0
    console = Console(highlight=False, soft_wrap=True, emoji=False, markup=False)
    if not saves:
        console.print(say("saves_none", lang, folder=data_dir()))
        return 0
    for number, s in enumerate(saves, 1):
        console.print(
            say(
                "saves_row",
                lang,
                n=number,
                date=time.strftime("%Y-%m-%d %H:%M", time.localtime(s.modified)),
                players=join_items(s.players, lang),
                rounds=s.rounds,
                positions="/".join(str(p) for p in s.positions),
            )
        )
        console.print("   " + str(s.path))
    console.print(say("saves_hint", lang))
    return 0
