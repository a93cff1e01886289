"""``fenleiqi render-board [BOARD] --out board.png [--size WxH]``: draw a board to a picture.

Volunteers who edit a board can look at it without playing: the picture is drawn by the same
code as the game window (``game.window.board_view``), with a title and a legend, and needs no
display. ``BOARD`` is a board's name, its file stem, or a board YAML file (checked together with
the bundled content, like ``fenleiqi check``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

from game.commands import add_content_option, board_argument

MIN_SIZE = (320, 240)
MAX_SIDE = 8000
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tga")


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``render-board`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "board",
        nargs="?",
        metavar="BOARD",
        help="棋盘名称、文件名或棋盘 YAML 文件（默认第一个棋盘）· board name, file stem or board file (default: first)",
    )
    parser.add_argument("--out", "-o", default="board.png", metavar="FILE.png", help="图片文件 · output picture")
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="图片大小 · picture size (default 1280x800)")
    add_content_option(parser)
    parser.add_argument("--region", default="national", help="地区，决定垃圾桶的叫法 · region for the bins' names")
    parser.set_defaults(run=run)


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` → ``(1280, 800)`` (also ``×`` or ``*``); ValueError with a bilingual message.

    >>> parse_size("1280x800"), parse_size("640×480")
    ((1280, 800), (640, 480))
    """
    match = re.fullmatch(r"\s*(\d+)\s*[xX×*]\s*(\d+)\s*", text)
    if match is None:
        raise ValueError(f"图片大小要写成 宽x高，如 1280x800（不是 “{text}”）· --size must look like 1280x800")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIZE[0] <= width <= MAX_SIDE and MIN_SIZE[1] <= height <= MAX_SIDE):
        raise ValueError(
            f"图片大小要在 {MIN_SIZE[0]}x{MIN_SIZE[1]} 到 {MAX_SIDE}x{MAX_SIDE} 之间 · "
            f"--size must be between {MIN_SIZE[0]}x{MIN_SIZE[1]} and {MAX_SIDE}x{MAX_SIDE}"
        )
    return width, height


def run(args: argparse.Namespace) -> int:
    """Draw the board; 0 written, 1 unknown board or bad content, 2 bad options."""
    from game.content.loader import load_bundled, load_content

    try:
        size = parse_size(args.size)
    except ValueError as error:
        print(f"fenleiqi render-board: {error}", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.suffix.lower() not in IMAGE_SUFFIXES:
        print(
            f"fenleiqi render-board: 图片要以 .png 结尾（不是 “{out.name}”）· --out must end in .png (or .jpg, .bmp)",
            file=sys.stderr,
        )
        return 2
    paths = list(args.content)
    board_name = board_argument(args.board, paths)
    content = load_content(paths) if paths else load_bundled()  # ContentError: the CLI prints every problem
    try:
        board = content.board(board_name)
        region = content.region(args.region)
    except LookupError as error:
        boards = "、".join(b.name for b in content.boards)
        regions = ", ".join(r.key for r in content.regions)
        print(f"fenleiqi render-board: {error} (boards: {boards}; regions: {regions})", file=sys.stderr)
        return 1
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.window.board_view import render_board

    pygame.font.init()
    surface = render_board(board, region, args.lang, size)
    try:
        pygame.image.save(surface, str(out))
    except (pygame.error, OSError) as error:
        print(f"fenleiqi render-board: 不能写入 {out} · cannot write {out}: {error}", file=sys.stderr)
        return 1
    if args.lang == "en":
        print(f"wrote {out} ({size[0]}x{size[1]}): {board.name_in('en')}, {board.size} steps")
    else:
        print(f"已画好 {out}（{size[0]}x{size[1]}）：{board.name}，{board.size} 格")
    return 0
