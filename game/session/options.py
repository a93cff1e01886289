"""The options of a game, as ``fenleiqi play`` parses them and both front ends use them.

>>> PlayOptions.defaults(Path("s.json"), players=2).players
2
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.errors import Lang


@dataclass(frozen=True)
class PlayOptions:
    """The parsed ``play`` options, checked."""

    lang: Lang
    content_paths: tuple[str, ...]
    board: str | None
    region: str
    players: int | None
    names: tuple[str, ...]
    bots: int | None
    bot_level: float
    difficulty: tuple[int, int]
    seed: int
    resume: str | None
    save_path: Path
    report: Path | None
    no_color: bool
    levels: tuple[str, ...] = ()  #: each seat's level, in seat order (seats past the list: adult)
    voice: bool = True  #: read a child's questions aloud (读题); ``--no-voice`` turns it off

    @classmethod
    def defaults(cls, save_path: Path, **changes: Any) -> PlayOptions:
        """The options plain ``fenleiqi play`` has (seed 0), saving to ``save_path``; ``changes`` override.

        >>> PlayOptions.defaults(Path("s.json")).region
        'national'
        """
        base = cls(
            lang="zh",
            content_paths=(),
            board=None,
            region="national",
            players=None,
            names=(),
            bots=None,
            bot_level=0.7,
            difficulty=(1, 3),
            seed=0,
            resume=None,
            save_path=save_path,
            report=None,
            no_color=False,
        )
        return dataclasses.replace(base, **changes)

    def kept(self) -> dict[str, str]:
        """The options a saved game keeps for when it is resumed: where its report goes.

        >>> PlayOptions.defaults(Path("s.json"), report=Path("r.csv")).kept()
        {'report': 'r.csv'}
        """
        return {"report": str(self.report)} if self.report is not None else {}

    def level(self, seat: int) -> str:
        """The level of seat ``seat`` (0-based)."""
        return self.levels[seat] if seat < len(self.levels) else "adult"
