"""Item pictures: where an item's ``picture`` file is, and which pictures are missing.

A picture is named without its extension (``picture: 1F34C``) and looked for as ``.svg``, then
``.png``: first in a ``pictures`` folder next to the dictionary file that names it (a volunteer's
own pictures), then in the bundled ``assets/pictures`` (OpenMoji, CC BY-SA 4.0; see the
README there).

>>> find_picture("1F34C") is not None  # the banana the bundled dictionary uses
True
>>> find_picture("no-such-picture") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from game.content.bundled import assets_dir
from game.content.models import PICTURES_FOLDER, Item
from game.errors import Problem, Text

PICTURE_SUFFIXES = (".svg", ".png")


def bundled_pictures() -> Path:
    """The bundled pictures folder."""
    return assets_dir() / PICTURES_FOLDER


def find_picture(stem: str, folders: Iterable[Path] = ()) -> Path | None:
    """The file of picture ``stem`` in ``folders`` (in order), then in the bundled folder; or None."""
    if not stem or "/" in stem or "\\" in stem or stem.startswith("."):
        return None  # a picture names a file in a pictures folder, never a path elsewhere
    for folder in (*folders, bundled_pictures()):
        for suffix in PICTURE_SUFFIXES:
            path = folder / f"{stem}{suffix}"
            if path.is_file():
                return path
    return None


def missing_pictures(items: Iterable[Item], files: Mapping[str, Path]) -> list[Problem]:
    """A problem for every item whose picture cannot be found. ``files`` maps the file names the
    items' origins show to the files on disk (their folders may hold a ``pictures`` folder)."""
    problems = []
    for item in items:
        if not item.picture:
            continue
        source = files.get(item.origin.file)
        folders = [source.parent / PICTURES_FOLDER] if source is not None else []
        if find_picture(item.picture, folders) is None:
            problems.append(
                Problem(
                    item.origin.file,
                    item.origin.line,
                    item.origin.column,
                    Text(
                        f"「{item.name}」的图片 “{item.picture}” 找不到（{item.picture}.svg 或 .png）",
                        f"the picture '{item.picture}' of '{item.name}' is missing ({item.picture}.svg or .png)",
                    ),
                    Text(
                        f"把图片放进这个词典文件旁边的 {PICTURES_FOLDER} 文件夹，或删掉 “picture” 这一行",
                        f"put the picture in a '{PICTURES_FOLDER}' folder next to this dictionary file, "
                        "or remove the 'picture' line",
                    ),
                )
            )
    return problems
