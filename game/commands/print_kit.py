"""``fenleiqi print-kit --out kit.pdf``: the paper edition of a board and bank, as one PDF.

The board poster (A3, or tiled over A4), question cards with their answers on the back (long-edge
duplex), sorting picture cards, the rules written from the board file, an answer key, a score
sheet, a die net and tokens. The content is checked exactly as ``fenleiqi check`` checks it: a kit
is never printed from content the check refuses, and the messages are the same.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.commands import add_content_option, board_argument

if TYPE_CHECKING:
    from game.errors import Lang
    from game.paper.kit import Kit

PAPERS = ("A4", "A3")
#: The words for each part in the command's summary.
PART_NAMES = {
    "board": "setup.board",
    "rules": "print.part_rules",
    "cards": "print.part_cards",
    "sorting": "print.part_sorting",
    "key": "print.part_key",
    "score": "print.score_title",
    "die": "print.die_title",
}


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``print-kit`` parser."""
    from game.paper.kit import PARTS

    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument("--out", "-o", default="kit.pdf", metavar="FILE.pdf", help="PDF 文件 · output PDF")
    parser.add_argument("--board", default=None, help="棋盘名称或文件名（默认第一个）· board name (default: first)")
    add_content_option(parser)
    parser.add_argument("--region", default="national", help="地区的分类规则和叫法 · region (rules and bin names)")
    parser.add_argument(
        "--paper", default="A4", type=str.upper, choices=PAPERS, help="棋盘用 A4 拼贴或一张 A3 · board paper"
    )
    parser.add_argument(
        "--level",
        default="child",
        type=_level,
        metavar="儿童|少年|成人",
        help="题卡的难度：儿童（大字、拼音、图片）、少年、成人（child, teen, adult）· card level (default child)",
    )
    parser.add_argument(
        "--parts",
        default=",".join(PARTS),
        help=f"印哪些部分，逗号分开 · parts to print, comma-separated (default: {','.join(PARTS)})",
    )
    parser.add_argument(
        "--cards",
        type=_card_count,
        default=0,
        metavar="N",
        help="只印 N 张题卡（各种题型、各类垃圾都有）；默认印这一级的全部 · print only N question cards, spread "
        "over kinds and bins (default: every card of the level)",
    )
    parser.add_argument(
        "--single-sided",
        action="store_true",
        help="只印卡片正面（答案看答案表）· fronts only (use the answer key)",
    )
    parser.set_defaults(run=run)


def _card_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 1:
        raise argparse.ArgumentTypeError(f"题卡张数要写一个正整数，比如 --cards 48（不是 “{text}”）")
    return count


def _level(text: str) -> str:
    from game.engine.levels import level_key

    key = level_key(text)
    if key is None:
        raise argparse.ArgumentTypeError(f"级别写成 儿童、少年 或 成人（child, teen, adult），不是 “{text}”")
    return key


def _parts(text: str) -> tuple[str, ...]:
    from game.paper.kit import PARTS

    wanted = tuple(dict.fromkeys(part.strip().lower() for part in text.replace("，", ",").split(",") if part.strip()))
    unknown = [part for part in wanted if part not in PARTS]
    if unknown or not wanted:
        raise ValueError(
            f"不认识的部分：{'、'.join(unknown) or '（空）'}。可以用：{','.join(PARTS)} · "
            f"unknown part(s): {', '.join(unknown) or '(none)'}; parts: {','.join(PARTS)}"
        )
    return wanted


def run(args: argparse.Namespace) -> int:
    """Write the kit; 0 written, 1 bad content or unknown board/region, 2 bad options."""
    from game.content.loader import check_paths, load_bundled
    from game.present.texts import say

    lang = args.lang
    try:
        parts = _parts(args.parts)
    except ValueError as error:
        print(f"fenleiqi print-kit: {error}", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        print(f"fenleiqi print-kit: {say('print.not_pdf', lang, name=out.name)}", file=sys.stderr)
        return 2
    paths = list(args.content)
    board_name = board_argument(args.board, paths)
    if paths:
        # Checked exactly as `fenleiqi check` checks them: refused with the same messages, and the
        # warnings (a character the font lacks …) said before anything is printed.
        result = check_paths(paths)
        if result.content is None:
            for problem in result.problems:
                print(problem.format(lang), file=sys.stderr)
            print(say("print.not_written", lang, errors=len(result.errors)), file=sys.stderr)
            return 1
        content = result.content
        for problem in result.problems:
            print(problem.format(lang), file=sys.stderr)
    else:
        content = load_bundled()
    own = _own_files(paths)
    if board_name is None:  # a volunteer's own board, when they gave one, before the bundled ones
        board_name = next((b.name for b in content.boards if b.origin.file in own), None)
    try:
        board = content.board(board_name)
    except LookupError:
        print(say("no_board", lang, name=board_name, choices="、".join(b.name for b in content.boards)),
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        region = content.region(args.region)
    except LookupError:
        choices = comma_list(f"{r.name}（{r.key}）" for r in content.regions)
        print(say("no_region", lang, name=args.region, choices=choices), file=sys.stderr)
        return 1

    from game.content.models import PICTURES_FOLDER
    from game.paper.kit import KitOptions, build_kit
    from game.storage import StorageError, atomic_write_bytes, display_path

    options = KitOptions(
        board=board.name,
        region=region.key,
        paper=args.paper,
        level=args.level,
        parts=parts,
        lang=lang,
        single_sided=args.single_sided,
        picture_folders=tuple((Path(p) if Path(p).is_dir() else Path(p).parent) / PICTURES_FOLDER for p in paths),
        own_items=tuple(item.name for item in content.dictionary if item.origin.file in own),
        card_limit=args.cards,
    )
    kit = build_kit(content, options)
    try:
        atomic_write_bytes(out, kit.pdf, keep_backup=False, mode=0o644)
    except StorageError as error:
        print(say("print.cannot_write", lang, path=out, reason=error.reason), file=sys.stderr)
        return 1
    _summary(kit, display_path(out), lang, args.paper, args.single_sided)
    if "cards" in parts:  # a volunteer's own questions that this level's cards leave out, and why
        left_out = [q.id for q in content.questions if q.origin.file in own and q.id not in kit.card_ids]
        if left_out and not args.cards:
            from game.engine.levels import LEVELS

            level = LEVELS[args.level].name_in(lang)
            print(say("print.own_left_out", lang, ids="、".join(left_out), level=level))
    return 0


def comma_list(items: Any) -> str:
    """Names joined for a message."""
    return "、".join(items)


def _own_files(paths: list[str]) -> set[str]:
    """The files of ``content`` that came from the volunteer's ``paths`` (not the bundled ones)."""
    if not paths:
        return set()
    from game.content.loader import find_files

    files, _ = find_files(paths)
    return {display for _, display in files}


def _summary(kit: Kit, path: str, lang: Lang, paper: str, single_sided: bool) -> None:
    from game.paper.kit import ONE_SIDED
    from game.present.texts import say

    print(say("print.written", lang, path=path, pages=kit.total, size=f"{len(kit.pdf) / 1e6:.1f}"))
    for part, (first, last) in kit.pages.items():
        pages = (
            say("print.one_page", lang, page=first)
            if first == last
            else say("print.page_range", lang, first=first, last=last)
        )
        if part == "board" and paper == "A3":
            sides = say("print.a3_sheet", lang)
        elif single_sided:
            sides = say("print.single", lang)
        elif part in ONE_SIDED:
            sides = say("print.one_sided", lang)
        elif part in ("cards", "sorting") and not single_sided:
            sides = say("print.two_sided", lang)
        else:
            sides = say("print.either_side", lang)
        name = say(PART_NAMES[part], lang)
        print(f"  {name}：{pages}，{sides}" if lang == "zh" else f"  {name}: {pages}, {sides}")
    if kit.cards:
        print(say("print.written_cards", lang, cards=kit.cards, pictures=kit.pictures))
    if kit.key_added:
        print(say("print.key_added", lang))
    if kit.unreadable:
        print(say("print.unreadable", lang, pictures="、".join(kit.unreadable)), file=sys.stderr)
