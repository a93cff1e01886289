"""Regenerate the bundled CJK font: a subset of Noto Sans CJK SC for the game's texts.

The subset keeps:

* every character of GB 2312 (its 6763 hanzi, full-width forms, CJK punctuation, pinyin and the
  symbols of rows 1-9);
* the 8105 characters of the 通用规范汉字表 (Table of General Standard Chinese Characters, 2013), read
  from ``assets/fonts/tongyong-guifan-hanzi-8105.txt``: GB 2312 lacks characters of common given
  names (玥 珺 堃 喆 祎 彧 璟 晞 …) and place names that the table has;
* printable ASCII, Latin-1, general punctuation, CJK symbols and punctuation, full-width forms;
* a short list of UI symbols (arrows, check mark, stars, shapes, ♻, ⚠ …);
* every character that occurs in the content files (``boards/``, ``questions/``) and in the Python
  sources of ``game/`` (the front ends show the engine's messages).

Beside the font it writes the subset's character set as a small UTF-8 text file
(``NotoSansCJKsc-Regular-subset.chars.txt``, see :func:`write_charset`), so that
``fenleiqi check`` can warn about characters the font lacks without fontTools or pygame
(:func:`game.fonts.font_coverage_gaps`).

Characters the source font does not have are skipped, and those that were asked for by name
(content, code, UI symbols) are listed so that a missing one is noticed.

Only the ``kern`` and ``palt`` OpenType features are kept: the default feature list roughly
doubles the size (vertical forms, localised forms, fractions …) and pygame draws horizontal text.

Usage (from the repository root; fontTools is a dev dependency)::

    apt-get install fonts-noto-cjk      # or download NotoSansCJK-Regular.ttc / NotoSansCJKsc-Regular.otf
    python tools/subset_font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
    python tools/subset_font.py --charset-only    # only rewrite the .chars.txt of the bundled font

This script is a maintenance tool: the tests only check the font it produced.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTCollection, TTFont  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "assets" / "fonts" / "NotoSansCJKsc-Regular-subset.otf"
DEFAULT_TEXT_FROM = (REPO / "boards", REPO / "questions", REPO / "game")
TEXT_SUFFIXES = (".yaml", ".yml", ".py")
WANTED_FAMILY = "Noto Sans CJK SC"
LAYOUT_FEATURES = ("kern", "palt")
CHARSET_SUFFIX = ".chars.txt"
TONGYONG_LIST = REPO / "assets" / "fonts" / "tongyong-guifan-hanzi-8105.txt"
TONGYONG_LEVELS = {1: 3500, 2: 3000, 3: 1605}  # characters in each level of the table

# Ranges that are kept wherever the source font has a glyph.
BLOCKS: tuple[range, ...] = (
    range(0x0020, 0x007F),  # printable ASCII, with the space
    range(0x00A0, 0x0100),  # Latin-1 supplement (no-break space, ×, ·, °, é …)
    range(0x2010, 0x2040),  # general punctuation: dashes, quotes, bullet, ellipsis, ‰, primes, ※
    range(0x3000, 0x3040),  # CJK symbols and punctuation: 、。「」『』《》【】〔〕〜 …
    range(0xFF01, 0xFF5F),  # full-width ASCII forms: ，．！？（）：；～ …
    range(0xFFE0, 0xFFE7),  # full-width signs: ￠￡￢￣￤￥￦
)

# Symbols a board or a dialog may want. ✗ (U+2717) is not in Noto Sans CJK: use × or ╳.
UI_SYMBOLS = (
    "←↑→↓↔↕⇐⇒⇔⬅⬆⬇➡"  # arrows
    "✓×÷±≈≠≤≥∞°℃‰"  # marks and maths
    "★☆●○◎◆◇■□▲△▼▽▶◀"  # shapes
    "♻⚠♪♫♥♡☀☁☂✿╳"  # pictographs that the font has
    "①②③④⑤⑥⑦⑧⑨⑩"  # circled numbers
    "「」『』《》〈〉（）【】〔〕〖〗“”‘’…—–·・、。，！？：；～"
)


def gb2312_characters() -> set[str]:
    """Every character of GB 2312 (rows 1-9 of symbols, rows 16-87 of hanzi)."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def tongyong_characters(path: Path = TONGYONG_LIST) -> dict[str, int]:
    """The 8105 characters of the 通用规范汉字表, each with its level (1-3), in the table's order.

    ``path`` has one line per character, ``serial<TAB>level<TAB>character``; ``#`` starts a comment.
    Raises ``ValueError`` unless the serials run from 1 to 8105 and the levels have 3500, 3000 and
    1605 distinct characters.
    """
    chars: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        serial, level, char = line.split("\t")
        if int(serial) != len(chars) + 1 or len(char) != 1 or char in chars:
            raise ValueError(f"{path}:{number}: expected serial {len(chars) + 1} and a new character, got {line!r}")
        chars[char] = int(level)
    counts = {level: sum(1 for lv in chars.values() if lv == level) for level in TONGYONG_LEVELS}
    if counts != TONGYONG_LEVELS or len(chars) != sum(TONGYONG_LEVELS.values()):
        raise ValueError(f"{path}: characters per level {counts}, expected {TONGYONG_LEVELS}")
    return chars


def text_characters(paths: Iterable[Path]) -> dict[str, str]:
    """The characters used in the text files under ``paths``, each with the first file using it."""
    seen: dict[str, str] = {}
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in TEXT_SUFFIXES)
        for path in files:
            text = path.read_text(encoding="utf-8")
            label = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else str(path)
            for char in text:
                seen.setdefault(char, label)
    return seen


def drawable(char: str) -> bool:
    """False for characters no font draws (controls, format characters, line breaks)."""
    return char == " " or not (char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Cs"))


def open_face(source: Path, font_number: int | None) -> tuple[TTFont, int]:
    """The face to subset: ``font_number`` of a collection, or the one called Noto Sans CJK SC."""
    with source.open("rb") as handle:
        is_collection = handle.read(4) == b"ttcf"
    if not is_collection:
        return TTFont(source), 0
    if font_number is None:
        collection = TTCollection(source, lazy=True)
        names = [face["name"].getDebugName(1) for face in collection.fonts]
        if WANTED_FAMILY not in names:
            raise SystemExit(f"{source}: no face called {WANTED_FAMILY!r} (faces: {names}); pass --font-number")
        font_number = names.index(WANTED_FAMILY)
    return TTFont(source, fontNumber=font_number), font_number


def charset_path(font_path: Path) -> Path:
    """The character-set file that goes with ``font_path`` (``X.otf`` → ``X.chars.txt``)."""
    return font_path.with_name(font_path.stem + CHARSET_SUFFIX)


def _escaped(code: int) -> str:
    char = chr(code)
    if char in "\\#" or unicodedata.category(char)[0] in "ZCM":  # spaces, controls, combining marks
        return f"\\u{{{code:04X}}}"
    return char


def charset_text(codes: Iterable[int], font_name: str) -> str:
    """The character-set file for the code points ``codes`` (format: see :func:`game.fonts.read_charset`)."""
    lines = [
        f"# The characters of {font_name} (its cmap), written by tools/subset_font.py.",
        "# Read by game/fonts.py (font_coverage_gaps) so that `fenleiqi check` needs neither pygame nor fontTools.",
        "# One line per block of 256 code points; \\u{XXXX} stands for a space, control, combining mark, # or \\.",
    ]
    rows: dict[int, list[str]] = {}
    for code in sorted(set(codes)):
        rows.setdefault(code >> 8, []).append(_escaped(code))
    lines += ["".join(chars) for _, chars in sorted(rows.items())]
    return "\n".join(lines) + "\n"


def write_charset(font_path: Path) -> Path:
    """Write the character set of the font at ``font_path`` next to it; returns the file written."""
    with TTFont(font_path, lazy=True) as font:
        codes = list(font.getBestCmap())
    target = charset_path(font_path)
    target.write_text(charset_text(codes, font_path.name), encoding="utf-8", newline="\n")
    return target


def build_subset(
    source: Path,
    output: Path,
    text_from: Sequence[Path],
    font_number: int | None = None,
) -> int:
    """Write the subset of ``source`` to ``output``; return the process exit status (0).

    Characters asked for by name that the source lacks are reported on stderr, not fatal:
    ``tests/test_fonts.py`` is what fails when content uses a character the bundled font lacks.
    """
    font, number = open_face(source, font_number)
    family = font["name"].getDebugName(1)
    version = font["name"].getDebugName(5)
    cmap = font.getBestCmap()

    named = text_characters(text_from)
    for char in UI_SYMBOLS:
        named.setdefault(char, "UI symbols")
    tongyong = tongyong_characters()
    wanted = {ord(c) for c in gb2312_characters()} | {cp for block in BLOCKS for cp in block}
    wanted |= {ord(c) for c in tongyong} | {ord(c) for c in named if drawable(c)}
    kept = sorted(cp for cp in wanted if cp in cmap)

    absent = [c for c in tongyong if ord(c) not in cmap]
    if absent:
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in absent[:20])
        more = f" and {len(absent) - 20} more" if len(absent) > 20 else ""
        print(f"warning: the source font lacks {len(absent)} of the 8105 characters: {shown}{more}", file=sys.stderr)

    lacking = sorted(c for c, where in named.items() if drawable(c) and ord(c) not in cmap)
    for char in lacking:
        print(f"warning: the source font has no {char!r} (U+{ord(char):04X}), used in {named[char]}", file=sys.stderr)

    options = subset.Options()
    options.layout_features = list(LAYOUT_FEATURES)
    options.name_IDs = ["*"]  # keep the copyright, licence and version strings
    options.name_languages = ["*"]
    options.notdef_outline = True  # a missing character shows as a box, not as nothing
    options.glyph_names = False
    options.hinting = True
    options.drop_tables += ["vhea", "vmtx", "VORG"]  # vertical metrics: pygame lays text out horizontally
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=kept)
    subsetter.subset(font)

    output.parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # keep head.modified from the source: the same input gives the same bytes
    font.save(output)
    result = TTFont(output, lazy=True)
    print(f"source:  {source} (face {number}: {family}, {version})")
    print(f"output:  {output}")
    print(f"chars:   {len(result.getBestCmap())} (the 8105 of the 通用规范汉字表: {len(tongyong) - len(absent)} kept)")
    print(f"glyphs:  {result['maxp'].numGlyphs}")
    print(f"size:    {output.stat().st_size} bytes")
    print(f"charset: {write_charset(output)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, nargs="?", help="Noto Sans CJK: a .ttc collection or the SC .otf")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the subset")
    parser.add_argument(
        "--font-number",
        type=int,
        default=None,
        help=f"face of a .ttc collection (default: the one called {WANTED_FAMILY!r})",
    )
    parser.add_argument(
        "--text-from",
        type=Path,
        action="append",
        help="file or folder whose characters must be kept (repeatable; default: boards, questions, game)",
    )
    parser.add_argument(
        "--charset-only",
        action="store_true",
        help="only rewrite the character-set file of the --output font (no source font needed)",
    )
    args = parser.parse_args(argv)
    if args.charset_only:
        print(f"charset: {write_charset(args.output)}")
        return 0
    if args.source is None:
        parser.error("the source font is required (or pass --charset-only)")
    return build_subset(args.source, args.output, args.text_from or DEFAULT_TEXT_FROM, args.font_number)


if __name__ == "__main__":
    sys.exit(main())
