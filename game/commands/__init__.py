"""Sub-commands of ``fenleiqi``; each module has ``register(subparsers)`` and a ``run(args)``.

Modules keep heavy imports (pygame, the engine) inside ``run`` so that start-up stays fast and
the terminal path never loads pygame.
"""

from __future__ import annotations

import argparse


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
