"""Item pictures: every picture the dictionary names is bundled, only those are, with their licence;
a missing picture is an error at the item; a volunteer's own pictures folder is found."""

from __future__ import annotations

from pathlib import Path

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
