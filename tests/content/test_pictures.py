"""Item pictures: every picture the dictionary names is bundled, only those are, with their licence;
a missing picture is an error at the item; a volunteer's own pictures folder is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.loader import check_paths, load_bundled
from game.content.pictures import bundled_pictures, find_picture
from tests.content.conftest import ITEMS


def test_the_bundled_pictures_are_exactly_the_ones_the_dictionary_names() -> None:
    named = {item.picture for item in load_bundled().dictionary.items if item.picture}
    files = {path.stem for path in bundled_pictures().glob("*.svg")}
    assert named and named == files


def test_the_pictures_carry_their_licence_and_attribution() -> None:
    readme = (bundled_pictures() / "README.md").read_text(encoding="utf-8")
    assert "OpenMoji" in readme and "CC BY-SA 4.0" in readme
    assert "Attribution-ShareAlike 4.0" in (bundled_pictures() / "CC-BY-SA-4.0.txt").read_text(encoding="utf-8")


def test_a_missing_picture_is_an_error_at_the_item(content_dir: Path) -> None:
    (content_dir / "items.yaml").write_text(
        ITEMS.replace("{name: 苹果核,", "{name: 苹果核, picture: 苹果,"), encoding="utf-8"
    )
    problems = [p.format("zh") for p in check_paths([content_dir], fill_from_bundled=False).errors]
    assert any(
        "items.yaml:4:5:" in p and "「苹果核」的图片 “苹果” 找不到" in p and "pictures 文件夹" in p for p in problems
    )


def test_a_volunteers_own_picture_next_to_their_file_is_found(content_dir: Path) -> None:
    (content_dir / "pictures").mkdir()
    (content_dir / "pictures" / "苹果.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>',
        encoding="utf-8",
    )
    (content_dir / "items.yaml").write_text(
        ITEMS.replace("{name: 苹果核,", "{name: 苹果核, picture: 苹果,"), encoding="utf-8"
    )
    assert not check_paths([content_dir], fill_from_bundled=False).errors
    assert find_picture("苹果", [content_dir / "pictures"]) == content_dir / "pictures" / "苹果.svg"


def test_a_picture_never_names_a_path_elsewhere() -> None:
    assert find_picture("../../etc/passwd") is None and find_picture(".hidden") is None


def test_a_picture_too_large_to_load_safely_is_refused_and_never_drawn(content_dir: Path) -> None:
    """Found by a review: a small PNG declaring 60000×60000 pixels crashed SDL when loaded."""
    import struct
    import zlib

    (content_dir / "pictures").mkdir()
    header = (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    )
    bomb = header + struct.pack(">I", zlib.crc32(header[12:]))
    (content_dir / "pictures" / "大.png").write_bytes(bomb)
    (content_dir / "items.yaml").write_text(
        ITEMS.replace("{name: 苹果核,", "{name: 苹果核, picture: 大,"), encoding="utf-8"
    )
    problems = [p.format("zh") for p in check_paths([content_dir], fill_from_bundled=False).errors]
    assert any("图片太大（60000×60000 像素" in p for p in problems), problems

    from game.window.pictures import Pictures

    assert Pictures([content_dir / "pictures"]).get("大", 96) is None


def test_a_picture_link_out_of_its_folder_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (tmp_path / "secret.svg").write_text("<svg/>", encoding="utf-8")
    (folder / "link.svg").symlink_to(tmp_path / "secret.svg")
    assert find_picture("link", [folder]) is None and find_picture("C:secret") is None


def test_every_item_a_child_question_asks_about_has_a_picture() -> None:
    """A child who cannot read yet recognises the item from its picture (#13)."""
    from game.content.models import ClassifyQuestion

    content = load_bundled()
    asked = {q.item for q in content.questions if isinstance(q, ClassifyQuestion) and q.difficulty == 1}
    without = sorted(name for name in asked if not (item := content.dictionary.find(name)) or not item.picture)
    assert len(asked) > 80 and without == []


def test_our_own_drawings_are_bundled_as_drawn() -> None:
    """Pictures OpenMoji lacks were drawn for fenleiqi (fq-…); the bundled copy is the source."""
    drawn = Path(__file__).resolve().parents[2] / "tools" / "drawn_pictures"
    bundled = {path.name: path.read_bytes() for path in bundled_pictures().glob("fq-*.svg")}
    sources = {path.name: path.read_bytes() for path in drawn.glob("fq-*.svg")}
    assert bundled and bundled.items() <= sources.items()
    for svg in bundled.values():  # only what SDL_image's SVG reader draws: no text, styles or filters
        assert not any(tag in svg for tag in (b"<text", b"<style", b"<filter", b"<image", b"<mask"))


def test_most_of_the_commonest_items_have_a_picture() -> None:
    """#13: a picture for at least 80 % of the dictionary's most common items (a fixed list)."""
    listed = Path(__file__).with_name("common_items.txt").read_text(encoding="utf-8").splitlines()
    names = [line for line in listed if line and not line.startswith("#")]
    dictionary = load_bundled().dictionary
    pictured = [name for name in names if (item := dictionary.find(name)) is not None and item.picture]
    assert len(names) > 450 and len(pictured) / len(names) >= 0.8, f"{len(pictured)} of {len(names)}"


@pytest.mark.parametrize(
    ("svg", "says"),
    [
        ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><broken", "SVG 文件坏了"),
        ("<svg xmlns='http://www.w3.org/2000/svg' width='0' height='0'/>", "大小是 0"),
        ("<svg xmlns='http://www.w3.org/2000/svg'><circle r='3'/></svg>", "没有大小"),
        ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 9 9'><text>马奶</text></svg>", "SVG 里有文字"),
        ("<!DOCTYPE svg [<!ENTITY a 'aa'>]><svg viewBox='0 0 9 9'>&a;</svg>", "DOCTYPE"),
        ("<html/>", "这不是 SVG"),
    ],
)
def test_an_svg_that_cannot_be_drawn_everywhere_is_an_error_at_the_item(content_dir: Path, svg: str, says: str) -> None:
    """Found by a walkthrough: check passed an SVG with text in it, which the print kit could not draw."""
    (content_dir / "pictures").mkdir()
    (content_dir / "pictures" / "画.svg").write_text(svg, encoding="utf-8")
    (content_dir / "items.yaml").write_text(
        ITEMS.replace("{name: 苹果核,", "{name: 苹果核, picture: 画,"), encoding="utf-8"
    )
    problems = [p.format("zh") for p in check_paths([content_dir], fill_from_bundled=False).errors]
    assert any("items.yaml:4:5:" in p and says in p for p in problems), problems
    assert not any("像素见方" in p for p in problems)  # the fix fits the trouble: shrinking mends none of these


def test_every_bundled_picture_passes_the_svg_check() -> None:
    from game.content.pictures import svg_problem

    bad = {path.name: svg_problem(path) for path in bundled_pictures().glob("*.svg")}
    assert {name: problem for name, problem in bad.items() if problem is not None} == {}
