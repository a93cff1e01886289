"""Kits built once per test session, and poppler (pdftoppm, pdftotext, pdfinfo, pdffonts) to read them
as a person's PDF viewer and printer would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from game.content.loader import load_bundled
from game.paper.kit import Kit, KitOptions, build_kit

POPPLER = ("pdftoppm", "pdftotext", "pdfinfo", "pdffonts")


def need_poppler() -> None:
    """CI installs poppler-utils (.ci/run); elsewhere the PDF tests say what to install."""
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        message = f"poppler-utils is needed to read the PDF ({', '.join(missing)} missing): apt install poppler-utils"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class BuiltKit:
    kit: Kit
    path: Path

    def text(self, *options: str, first: int | None = None, last: int | None = None) -> str:
        args = ["pdftotext", *options]
        if first is not None:
            args += ["-f", str(first), "-l", str(last if last is not None else first)]
        return subprocess.run([*args, str(self.path), "-"], capture_output=True, text=True, check=True).stdout

    def first_page(self, part: str) -> int:
        """The number (1-based) of the first page of ``part``."""
        return self.kit.pages[part][0]

    def last_page(self, part: str) -> int:
        """The number (1-based) of the last page of ``part``."""
        return self.kit.pages[part][1]

    def words(self, page: int) -> list[tuple[float, float, float, float, str]]:
        """Every word on ``page`` as pdftotext finds it: (x0, y0, x1, y1) in mm, and its text."""
        html = self.text("-bbox", first=page)
        found = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html
        )
        mm = 25.4 / 72
        return [(float(a) * mm, float(b) * mm, float(c) * mm, float(d) * mm, w) for a, b, c, d, w in found]

    def page_size_mm(self, page: int) -> tuple[float, float]:
        info = subprocess.run(
            ["pdfinfo", "-f", str(page), "-l", str(page), str(self.path)], capture_output=True, text=True, check=True
        ).stdout
        match = re.search(rf"Page\s+{page} size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert match, info
        return (float(match[1]) * 25.4 / 72, float(match[2]) * 25.4 / 72)


def _build(tmp_path_factory: pytest.TempPathFactory, name: str, options: KitOptions) -> BuiltKit:
    need_poppler()
    kit = build_kit(load_bundled(), options)
    path = tmp_path_factory.mktemp("kits") / f"{name}.pdf"
    path.write_bytes(kit.pdf)
    return BuiltKit(kit, path)


@pytest.fixture(scope="session")
def child_kit(tmp_path_factory: pytest.TempPathFactory) -> BuiltKit:
    """The default kit: every part, child cards, the board tiled over A4."""
    return _build(tmp_path_factory, "child", KitOptions())


@pytest.fixture(scope="session")
def adult_cards(tmp_path_factory: pytest.TempPathFactory) -> BuiltKit:
    """Adult question cards and the A3 board."""
    return _build(tmp_path_factory, "adult", KitOptions(level="adult", paper="A3", parts=("board", "cards", "key")))


@pytest.fixture(scope="session")
def single_sided(tmp_path_factory: pytest.TempPathFactory) -> BuiltKit:
    return _build(tmp_path_factory, "single", KitOptions(parts=("cards", "sorting"), single_sided=True))


@pytest.fixture(scope="session")
def shanghai_kit(tmp_path_factory: pytest.TempPathFactory) -> BuiltKit:
    return _build(
        tmp_path_factory, "shanghai", KitOptions(region="shanghai", parts=("rules", "cards", "sorting", "key"))
    )


def grey_pages(path: Path, dpi: int, first: int, last: int, out: Path) -> list[tuple[int, int, bytes]]:
    """Pages rendered by pdftoppm as 8-bit grey pixels: (width, height, bytes) per page."""
    prefix = out / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(first), "-l", str(last), str(path), str(prefix)], check=True
    )
    pages = []
    for file in sorted(out.glob("page-*.pgm")):
        data = file.read_bytes()
        match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
        assert match, file
        width, height = int(match[1]), int(match[2])
        pages.append((width, height, data[match.end() :]))
        file.unlink()
    return pages
