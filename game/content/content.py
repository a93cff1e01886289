"""What a game is played with: the validated boards, questions, item dictionary and regions.

Made by :mod:`game.content.loader` (validating the files) or :mod:`game.content.cache` (reading the
validated content back); kept apart from both so neither has to import the other's module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.content.dictionary import ItemDictionary
from game.content.models import REGION_NATIONAL, Board, Question, Region
from game.errors import Problem


@dataclass(frozen=True)
class Content:
    """Everything a game needs: boards, questions, the item dictionary and regions."""

    boards: tuple[Board, ...]
    questions: tuple[Question, ...]
    dictionary: ItemDictionary
    regions: tuple[Region, ...]
    warnings: tuple[Problem, ...] = ()
    files: tuple[str, ...] = field(default=(), compare=False)

    def board(self, name: str | None = None) -> Board:
        """The board called ``name`` (its name, English name or file stem); the first if None.

        When two boards share a name, the one loaded last is meant: files given on the command line
        are loaded after the bundled ones, so a volunteer's edited copy of a bundled board is the
        board that is checked, analysed and played (``check`` warns about the shared name).
        """
        if name is None:
            if not self.boards:
                raise LookupError("no board loaded")
            return self.boards[0]
        for board in reversed(self.boards):
            stem = Path(board.origin.file).stem
            if name in (board.name, board.name_en, stem):
                return board
        raise LookupError(f"no board called {name!r}")

    def region(self, key: str = "national") -> Region:
        """The region profile ``key``, or the one with that name (上海, Shanghai); ``national`` when none load."""
        wanted = key.strip().lower()
        for region in self.regions:
            if wanted in (region.key, region.name.lower(), region.name_en.lower()) or region.name == key.strip():
                return region
        if key == "national":
            return REGION_NATIONAL
        raise LookupError(f"no region called {key!r}")
