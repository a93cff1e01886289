"""Item pictures drawn at the size they are shown (SVG rendered sharp at any size), cached.

>>> import pygame; _ = pygame.init()
>>> pictures = Pictures()
>>> pictures.get("1F34C", 96).get_size()
(96, 96)
>>> pictures.get("no-such-picture", 96) is None
True
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import pygame

from game.content.models import PICTURES_FOLDER
from game.content.pictures import find_picture, picture_problem

log = logging.getLogger("fenleiqi.window")


class Pictures:
    """Pictures by name and size; ``folders`` are searched before the bundled pictures."""

    def __init__(self, folders: Iterable[Path] = (), cache_size: int = 64) -> None:
        self.folders = tuple(folders)
        self._cache: OrderedDict[tuple[str, int], pygame.Surface | None] = OrderedDict()
        self._cache_size = cache_size

    @classmethod
    def for_content(cls, content_paths: Iterable[str]) -> Pictures:
        """Pictures for a game with extra content files: their ``pictures`` folders come first."""
        folders: list[Path] = []
        for given in content_paths:
            path = Path(given)
            folder = path if path.is_dir() else path.parent
            # as check looks for them: next to every dictionary file of the pack
            found = sorted(folder.rglob(PICTURES_FOLDER)) if path.is_dir() else []
            folders += [folder / PICTURES_FOLDER, *(f for f in found if f.is_dir())]
        return cls(dict.fromkeys(folders))

    def get(self, stem: str, size: int) -> pygame.Surface | None:
        """Picture ``stem`` as a ``size``×``size`` surface, or None when there is none."""
        key = (stem, size)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        surface = self._load(stem, size)
        self._cache[key] = surface
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return surface

    def _load(self, stem: str, size: int) -> pygame.Surface | None:
        path = find_picture(stem, self.folders)
        if path is None or size < 4 or picture_problem(path) is not None:
            return None  # a picture too big to load safely is left out (check says why)
        try:
            if path.suffix == ".svg":
                loaded = pygame.image.load_sized_svg(str(path), (size, size))
            else:
                loaded = pygame.transform.smoothscale(pygame.image.load(str(path)), (size, size))
        except (pygame.error, OSError, ValueError):  # a damaged picture is left out, never a crash
            log.warning("cannot draw the picture %s", path, exc_info=True)
            return None
        if loaded.get_size() != (size, size):  # an SVG that is not square keeps its shape, centred
            square = pygame.Surface((size, size), pygame.SRCALPHA)
            square.blit(loaded, loaded.get_rect(center=(size // 2, size // 2)))
            loaded = square
        return loaded
