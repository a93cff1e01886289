"""Sub-commands of ``fenleiqi``; each module has ``register(subparsers)`` and a ``run(args)``.

Modules keep heavy imports (pygame, the engine) inside ``run`` so that start-up stays fast and
the terminal path never loads pygame.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_content_option(parser: argparse.ArgumentParser) -> None:
    """``--content PATH`` (repeatable): a volunteer's own content files or folders, checked with
    the bundled content."""
    parser.add_argument(
        "--content",
        action="append",
        default=[],
        metavar="PATH",
        help="自己的内容文件或文件夹，可重复 · your own content files or folders (repeatable)",
    )


def board_argument(board: str | None, paths: list[str]) -> str | None:
    """A ``BOARD`` given as a YAML file: its file joins ``paths`` (once, even when it sits in a
    ``--content`` folder) and the board is looked up by its stem; a name comes back as it is.

    >>> paths = []
    >>> board_argument("mine/board.yaml", paths), paths
    ('board', ['mine/board.yaml'])
    """
    if not board or Path(board).suffix.lower() not in (".yaml", ".yml"):
        return board
    board_file = Path(board).resolve()
    inside = any(board_file.is_relative_to(Path(p).resolve()) for p in paths if Path(p).is_dir())
    if not inside and board_file not in {Path(p).resolve() for p in paths}:
        paths.append(board)  # a missing file is reported by the loader, with the others
    return Path(board).stem
