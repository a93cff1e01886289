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

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from game.content.bundled import assets_dir
from game.content.models import PICTURES_FOLDER, Item
from game.errors import Problem, Text

PICTURE_SUFFIXES = (".svg", ".png")
#: A picture file is at most this big (the bundled ones are under 40 KB).
MAX_PICTURE_BYTES = 1024 * 1024
#: A PNG is at most this many pixels a side (a picture is drawn at a few hundred at most; a
#: huge one declared in a small file exhausts memory, or crashes SDL, when it is loaded).
MAX_PICTURE_SIDE = 2048


def bundled_pictures() -> Path:
    """The bundled pictures folder."""
    return assets_dir() / PICTURES_FOLDER


def find_picture(stem: str, folders: Iterable[Path] = ()) -> Path | None:
    """The file of picture ``stem`` in ``folders`` (in order), then in the bundled folder; or None."""
    if not stem or any(mark in stem for mark in "/\\:") or stem.startswith("."):
        return None  # a picture names a file in a pictures folder, never a path elsewhere
    for folder in (*folders, bundled_pictures()):
        for suffix in PICTURE_SUFFIXES:
            path = folder / f"{stem}{suffix}"
            if path.is_file() and path.resolve().is_relative_to(folder.resolve()):  # no link out
                return path
    return None


def picture_problem(path: Path) -> Text | None:
    """Why the picture file at ``path`` must not be drawn (too big), or None.

    >>> picture_problem(find_picture("1F34C")) is None
    True
    """
    try:
        size = path.stat().st_size
        head = path.read_bytes()[:32] if path.suffix == ".png" else b""
    except OSError:
        return Text("图片读不出来", "the picture cannot be read")
    if size > MAX_PICTURE_BYTES:
        return Text(
            f"图片文件太大（{size // 1024} KB，最多 {MAX_PICTURE_BYTES // 1024} KB）",
            f"the picture file is too big ({size // 1024} KB, at most {MAX_PICTURE_BYTES // 1024} KB)",
        )
    if path.suffix == ".svg" and not path.resolve().is_relative_to(bundled_pictures().resolve()):
        return svg_problem(path)  # the bundled ones are checked by the tests, once
    if head:
        if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
            return Text("这不是 PNG 图片", "this is not a PNG picture")
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        if max(width, height) > MAX_PICTURE_SIDE:
            return Text(
                f"图片太大（{width}×{height} 像素，最多 {MAX_PICTURE_SIDE}）",
                f"the picture is too large ({width}×{height} pixels, at most {MAX_PICTURE_SIDE})",
            )
    return None


def svg_problem(path: Path) -> Text | None:
    """Why an SVG file cannot be drawn everywhere the game draws pictures (the window, a printed
    card), or None: damaged XML, no size, a size of 0, text in it (a printed card cannot draw the
    letters of a picture's text), or a DOCTYPE (never needed, and the way to an entity bomb)."""
    import xml.etree.ElementTree as ElementTree

    try:
        data = path.read_bytes()
    except OSError:
        return Text("图片读不出来", "the picture cannot be read")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return Text("SVG 里有 DOCTYPE 或 ENTITY：删掉这一行", "the SVG has a DOCTYPE or ENTITY: delete that line")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        line = error.position[0]
        return Text(
            f"SVG 文件坏了（第 {line} 行）：用画图软件重新导出一次",
            f"the SVG file is damaged (line {line}): export it again from the drawing program",
        )
    if not root.tag.endswith("svg"):
        return Text("这不是 SVG 图片", "this is not an SVG picture")
    sizes = [root.get("width"), root.get("height")]
    if any(value is not None and _number(value) == 0 for value in sizes) or (
        root.get("viewBox") is None and None in sizes
    ):
        return Text(
            "SVG 没有大小或者大小是 0：要有 viewBox，或者不为 0 的 width 和 height",
            "the SVG has no size or a size of 0: give it a viewBox, or a width and height above 0",
        )
    if any(element.tag.endswith("}text") or element.tag == "text" for element in root.iter()):
        return Text(
            "SVG 里有文字（text）：印卡片时画不出来。在画图软件里把文字转成路径，或者去掉文字",
            "the SVG has text in it, which printed cards cannot draw: turn the text into paths, or remove it",
        )
    return None


def _number(value: str) -> float | None:
    match = re.match(r"\s*([0-9.]+)", value)
    try:
        return float(match[1]) if match else None
    except ValueError:
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
        found = find_picture(item.picture, folders)
        if found is None:
            what = Text(
                f"「{item.name}」的图片 “{item.picture}” 找不到（{item.picture}.svg 或 .png）",
                f"the picture '{item.picture}' of '{item.name}' is missing ({item.picture}.svg or .png)",
            )
            fix = Text(
                f"把图片放进这个词典文件旁边的 {PICTURES_FOLDER} 文件夹，或删掉 “picture” 这一行",
                f"put the picture in a '{PICTURES_FOLDER}' folder next to this dictionary file, "
                "or remove the 'picture' line",
            )
        else:
            trouble = picture_problem(found)
            if trouble is None:
                continue
            what = Text(
                f"「{item.name}」的图片 {found.name}：{trouble.zh}",
                f"the picture {found.name} of '{item.name}': {trouble.en}",
            )
            fix = (
                Text(
                    f"把图片缩小到 {MAX_PICTURE_SIDE} 像素见方、{MAX_PICTURE_BYTES // 1024} KB 以内"
                    "（游戏里最多画几百像素）",
                    f"shrink it to {MAX_PICTURE_SIDE} pixels a side and {MAX_PICTURE_BYTES // 1024} KB "
                    "(the game draws a few hundred at most)",
                )
                if "太大" in trouble.zh  # too big: the only trouble that shrinking mends
                else Text(
                    "用画图软件重新导出这张图片（SVG 或 PNG），或者换一张，或者删掉 “picture” 这一行",
                    "export the picture again from the drawing program (SVG or PNG), use another one, "
                    "or remove the 'picture' line",
                )
            )
        problems.append(Problem.at(item.origin, what, fix))
    return problems
