"""The validated content cache: used when the files are unchanged, rebuilt when one changes,
ignored when damaged (never a crash, never code)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from game.content import cache, loader
from game.content.bundled import content_dirs


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("FENLEIQI_HOME", str(tmp_path))
    monkeypatch.delenv("FENLEIQI_NO_CACHE", raising=False)
    monkeypatch.delenv("FENLEIQI_CACHE_DIR", raising=False)
    monkeypatch.setattr(loader, "_bundled_cache", None)
    return tmp_path


def _load() -> loader.Content:
    loader._bundled_cache = None
    return loader.load_bundled()


def test_the_first_load_validates_and_writes_then_the_cache_is_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _load()
    assert len(list((fresh / "cache").glob("content-*.json"))) == 1
    calls: list[int] = []
    real = loader.load_content
    monkeypatch.setattr(loader, "load_content", lambda *a, **k: calls.append(1) or real(*a, **k))
    second = _load()
    assert calls == []
    assert second.questions == first.questions and second.boards == first.boards
    assert second.dictionary.items == first.dictionary.items
    assert second.dictionary.generics == first.dictionary.generics
    assert second.dictionary.export_index() == first.dictionary.export_index()
    assert second.files == first.files and second.regions == first.regions
    assert [q.origin for q in second.questions] == [q.origin for q in first.questions]


def test_a_changed_file_means_another_key(fresh: Path, tmp_path: Path) -> None:
    files = loader._bundled_files()
    key = cache.content_key(files, "1")
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(files[0][0].read_bytes() + b"\n# edited\n")
    assert cache.content_key([(copy, files[0][1]), *files[1:]], "1") != key
    assert cache.content_key(files, "2") != key  # a new version of the program, too


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json",
        b"[]",
        b'{"key": "KEY", "format": 1}',
        b'{"key": "KEY", "format": 1, "items": [[1, 2]], "generics": [], "regions": [], "index": {},'
        b' "boards": [], "questions": []}',
        b"[" * 100_000,
    ],
)
def test_a_damaged_cache_is_ignored_and_rewritten(fresh: Path, damage: bytes) -> None:
    good = _load()
    (path,) = (fresh / "cache").glob("content-*.json")
    key = _meta(path)["key"]
    path.write_bytes(damage.replace(b"KEY", key.encode()))
    again = _load()
    assert again.questions == good.questions
    assert _meta(path)["key"] == key  # rewritten whole


def test_an_edited_body_is_caught_by_its_digest_and_bad_data_never_crashes(fresh: Path) -> None:
    good = _load()
    (path,) = (fresh / "cache").glob("content-*.json")
    head, _, body = path.read_text(encoding="utf-8").partition("\n")
    path.write_text(head + "\n" + body.replace("香蕉皮", "香蕉片", 1), encoding="utf-8")
    assert _load().dictionary.find("香蕉皮") is not None  # the edit was ignored, the content validated again
    # Even data that passes the digest but has the wrong shape only costs a validation.
    bad = json.dumps({"boards": [], "questions": [], "items": [[1, 2]], "generics": [], "regions": [], "index": {}})
    meta = json.loads(head)
    meta["digest"] = hashlib.sha256(bad.encode("utf-8")).hexdigest()
    path.write_text(json.dumps(meta) + "\n" + bad, encoding="utf-8")
    assert _load().questions == good.questions


def _meta(path: Path) -> dict[str, object]:
    meta = json.loads(path.read_text(encoding="utf-8").partition("\n")[0])
    assert isinstance(meta, dict)
    return meta


def test_an_unwritable_cache_folder_still_loads(fresh: Path) -> None:
    (fresh / "cache").write_text("a file where the folder should be", encoding="utf-8")
    assert _load().questions


def test_content_with_warnings_is_not_cached(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from game.errors import Problem, Severity, Text

    real = loader.load_content
    warning = Problem("x.yaml", 1, 1, Text("提醒", "warning"), Text("", ""), Severity.WARNING)
    monkeypatch.setattr(loader, "load_content", lambda *a, **k: replace(real(*a, **k), warnings=(warning,)))
    _load()
    assert not list((fresh / "cache").glob("content-*.json"))


def test_bundled_folders_exist() -> None:
    assert all(folder.is_dir() for folder in content_dirs())


def test_the_cached_index_finds_what_the_validated_one_finds(fresh: Path) -> None:
    validated = _load().dictionary  # the first load builds the index itself
    cached = _load().dictionary  # the second reads the sorted keys from the cache
    assert cached is not validated
    words = [
        *list(validated.export_index())[::97],
        "香蕉皮",
        "吃剩的红烧带鱼",
        "一双旧袜子",
        "电池",
        "qwerty",
        "",
        "脏纸盒",
    ]
    for word in words:
        a, b = validated.resolve(word), cached.resolve(word)
        assert (a.name if a else None) == (b.name if b else None), word
    assert cached.suggest("香焦皮")[0].name == validated.suggest("香焦皮")[0].name


def test_an_index_whose_keys_and_positions_differ_only_costs_a_validation(fresh: Path) -> None:
    good = _load()
    (path,) = (fresh / "cache").glob("content-*.json")
    head, _, body = path.read_text(encoding="utf-8").partition("\n")
    first, _, rows = body.partition("\n")
    data = json.loads(first)
    data["index"] = {"keys": "a\nb", "at": [0]}
    bad = json.dumps(data, ensure_ascii=False) + "\n" + rows
    meta = json.loads(head)
    meta["digest"] = hashlib.sha256(bad.encode("utf-8")).hexdigest()
    path.write_text(json.dumps(meta) + "\n" + bad, encoding="utf-8")
    assert _load().dictionary.find("香蕉皮") == good.dictionary.find("香蕉皮")
