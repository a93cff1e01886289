"""Atomic writes keep the previous version; reads fall back to it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.storage import (
    StorageError,
    atomic_write_text,
    backup_path,
    read_text_with_backup,
    spreadsheet_cell,
    unguarded,
)


def test_first_write_has_no_backup(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "save.json"
    atomic_write_text(target, "内容")
    assert target.read_text(encoding="utf-8") == "内容"
    assert not backup_path(target).exists()
    assert [p.name for p in target.parent.iterdir()] == ["save.json"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "save.json"
    atomic_write_text(target, "old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(StorageError, match="No space left"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]


def test_read_falls_back_to_the_backup_when_the_file_is_corrupt(tmp_path: Path) -> None:
    target = tmp_path / "save.json"
    atomic_write_text(target, json.dumps({"turn": 1}))
    atomic_write_text(target, json.dumps({"turn": 2}))
    target.write_text('{"turn": 3', encoding="utf-8")  # torn by something outside our control
    text, from_backup = read_text_with_backup(target, json.loads)
    assert json.loads(text) == {"turn": 1} and from_backup


def test_read_falls_back_when_the_file_is_missing(tmp_path: Path) -> None:
    target = tmp_path / "save.json"
    backup_path(target).write_text("previous", encoding="utf-8")
    assert read_text_with_backup(target) == ("previous", True)


def test_read_fails_clearly_when_nothing_is_readable(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot read"):
        read_text_with_backup(tmp_path / "none.json")


def test_an_unwritable_folder_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError, match="cannot write"):
        atomic_write_text(blocker / "save.json", "data")  # a file where a folder should be


def test_temporary_files_of_an_interrupted_save_are_removed_later(tmp_path: Path) -> None:
    import os
    import time

    from game.storage import remove_stale_temps

    save = tmp_path / "autosave.json"
    old = tmp_path / ".autosave.json.abc123.tmp"
    fresh = tmp_path / ".autosave.json.def456.tmp"  # another process may be writing it right now
    for temp in (old, fresh):
        temp.write_text("{half", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert remove_stale_temps(save) == 1
    assert not old.exists() and fresh.exists()


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r\n a香"), max_size=6) | st.text(max_size=6))
def test_a_guarded_cell_never_starts_a_formula_and_reads_back_exactly(text: str) -> None:
    cell = spreadsheet_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    assert unguarded(cell) == text


def test_a_text_that_begins_with_the_guard_itself_keeps_it() -> None:
    assert spreadsheet_cell("'\r0") == "''\r0" and unguarded("''\r0") == "'\r0"
    assert spreadsheet_cell("'引号") == "'引号" and unguarded("'引号") == "'引号"
