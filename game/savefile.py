"""Saved games on disk: where they live, and atomic writes that keep the previous save.

A save file is JSON: ``{"format": "fenleiqi-save", "schema": 1, "content_paths": [...],
"options": {...}, "game": <game.engine.save_game(...)>}``. ``content_paths`` are the content files
or folders the game was started with (empty for the bundled content), so ``--resume`` reloads the
same content; ``options`` are the play options worth keeping across a resume (``report``: where
the learning report goes). :func:`list_saves` finds the unfinished games in the data folder.
Writes go through :func:`game.storage.atomic_write_text`; reads fall back to the previous save
when the newest one is damaged.

>>> import tempfile, pathlib
>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, Roll, new_game
>>> game = new_game(load_bundled(), GameSetup.of("小明", "小红"), seed=7)
>>> _ = game.apply(Roll(0))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "save.json"
>>> write_save(path, game)
>>> read_save(path, load_bundled()).game == game
True
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.content.textsafety import MAX_NAME_CHARS, visible
from game.errors import SaveError
from game.storage import atomic_write_text, backup_path, read_regular_file, remove_stale_temps

if TYPE_CHECKING:  # the engine and loader are imported where used: finding the save folder stays instant
    from game.content.loader import Content
    from game.engine import Game

FILE_FORMAT = "fenleiqi-save"
FILE_SCHEMA = 1
AUTOSAVE_NAME = "autosave.json"


def data_dir() -> Path:
    """The user's fenleiqi folder (``FENLEIQI_HOME`` overrides it, e.g. for tests)."""
    override = os.environ.get("FENLEIQI_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "fenleiqi"


def autosave_path() -> Path:
    """Where a game in progress is saved after every action."""
    return data_dir() / AUTOSAVE_NAME


@dataclass(frozen=True)
class LoadedSave:
    """A game read back from disk, the content it uses, and whether the backup had to be used."""

    game: Game
    content: Content
    content_paths: tuple[str, ...]
    from_backup: bool
    options: dict[str, str] = field(default_factory=dict)  #: play options kept with the game
    game_id: str = ""  #: what tells this game from another with the same seed and players
    path: Path | None = None  #: the file it was read from


def write_save(
    path: str | os.PathLike[str],
    game: Game,
    content_paths: Sequence[str] = (),
    options: Mapping[str, str] | None = None,
    game_id: str = "",
) -> Path | None:
    """Save ``game`` atomically to ``path`` (the previous save is kept as ``path.bak``).

    When ``path`` holds an unfinished *other* game (a new game started over the autosave), that
    game is first moved aside to ``NAME-YYYYmmdd-HHMMSS.json`` (with its ``.bak``) so it is never
    lost; its new path is returned (None otherwise). ``game_id`` tells games apart: two games with
    the same seed and players are still two games.
    """
    from game.engine import save_game

    target = Path(path)
    saved = save_game(game)
    identity = game_id or _identity(saved)
    set_aside = None
    if _last_written.get(target.resolve()) != identity:
        remove_stale_temps(target)  # left by a save that was killed half-way
        set_aside = _set_aside_other_game(target, identity)
    document = {
        "format": FILE_FORMAT,
        "schema": FILE_SCHEMA,
        "content_paths": [str(Path(p).resolve()) for p in content_paths],
        "options": dict(options or {}),
        "id": game_id,
        "game": saved,
    }
    atomic_write_text(target, json.dumps(document, ensure_ascii=False, separators=(",", ":")))
    _last_written[target.resolve()] = identity
    return set_aside


#: The game last written to each path in this process, so that only the first write reads the old file.
_last_written: dict[Path, str] = {}


def _identity(saved_game: dict[str, Any]) -> str:
    """Seed and set-up: what makes two saves the same game at different moments."""
    return json.dumps([saved_game.get("seed"), saved_game.get("setup")], sort_keys=True, ensure_ascii=False)


def _unfinished_other(path: Path, identity: str) -> bool | None:
    """True when ``path`` holds an unfinished game other than ``identity``; False for a readable
    save that does not (finished, or the same game); None when there is nothing readable."""
    try:
        document = _parse(read_regular_file(path))
        game = document["game"]
        unfinished = game["state"]["phase"] != "over"
    except (OSError, ValueError, KeyError, TypeError, RecursionError, OverflowError):
        return None
    return unfinished and (document.get("id") or _identity(game)) != identity


def _set_aside_other_game(target: Path, identity: str) -> Path | None:
    """Move an unfinished other game out of the way of a new one; its new path, or None.

    When the newest save is missing or damaged (a crash while writing), its backup may still hold
    the last good state of that game: then the backup is what is moved aside, before the new
    game's saves rotate it away.
    """
    newest = _unfinished_other(target, identity)
    backup = backup_path(target)
    if newest is None and _unfinished_other(backup, identity):
        moving = backup
    elif newest:
        moving = target
    else:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.stem}-{stamp}{target.suffix}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = target.with_name(f"{target.stem}-{stamp}-{counter}{target.suffix}")
    try:
        os.replace(moving, aside)
    except OSError:
        return None
    if moving == target:
        with contextlib.suppress(OSError):  # its previous version goes with it: never mistaken for the new game's
            os.replace(backup, backup_path(aside))
    return aside


def _parse(text: str) -> dict[str, Any]:
    document = json.loads(text)
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise ValueError("not a fenleiqi save file")
    if document.get("schema") != FILE_SCHEMA:
        raise ValueError(f"save file schema {document.get('schema')!r} is not supported")
    paths = document.get("content_paths")
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise ValueError("save file has no valid 'content_paths'")
    return document


def read_save(path: str | os.PathLike[str], content: Content | None = None) -> LoadedSave:
    """Read a save; ``content`` defaults to what the save names (the bundled content if nothing).

    When the newest save is missing or damaged, the previous one (``path.bak``) is used. Raises
    :class:`~game.engine.SaveError` (a :class:`~game.errors.FenleiqiError`) with a message for
    people when neither can be used.
    """
    from game.content.loader import load_bundled, load_content
    from game.engine import load_game

    target = Path(path)
    if not target.name:
        raise SaveError(f"存档要是一个文件，不能是 {target} · a save is a file, not {target}")
    zh: list[str] = []
    en: list[str] = []
    for candidate, from_backup in ((target, False), (backup_path(target), True)):
        try:
            document = _parse(read_regular_file(candidate))
            paths = tuple(document["content_paths"])
            used = content if content is not None else load_content(paths) if paths else load_bundled()
            options = document.get("options")
            kept = {str(k): str(v) for k, v in options.items()} if isinstance(options, dict) else {}
            game_id = document.get("id")
            return LoadedSave(
                load_game(document["game"], used),
                used,
                paths,
                from_backup,
                kept,
                game_id if isinstance(game_id, str) else "",
                target,
            )
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, OverflowError, TypeError, KeyError) as error:
            # SaveError and ContentError are ValueErrors; a tampered file may raise any of the others
            why_zh, why_en = _why_unusable(error)
            zh.append(f"{candidate.name} {why_zh}")
            en.append(f"{candidate.name}: {why_en}")
    raise SaveError(
        f"没有可以继续的存档 {target}（{'；'.join(zh)}）· no usable saved game at {target} ({'; '.join(en)})"
    )


def _why_unusable(error: Exception) -> tuple[str, str]:
    """Why a save file cannot be used, in words for people (no Python exception text)."""
    from game.errors import ContentError

    if isinstance(error, FileNotFoundError):
        return "没有找到", "not found"
    if isinstance(error, OSError):
        return "读不了（没有权限或磁盘出错）", "cannot be read (permissions or a disk error)"
    if isinstance(error, (UnicodeDecodeError, json.JSONDecodeError)):
        return "文件坏了，内容不完整", "the file is damaged"
    if isinstance(error, ContentError):
        return "用到的内容文件有错误或找不到了", "the content files it uses have errors or are missing"
    if isinstance(error, SaveError):
        return "和现在的题库、棋盘对不上，或者已经损坏", "it does not match the content or is damaged"
    if "schema" in str(error):
        return "是别的版本的 fenleiqi 保存的", "saved by another version of fenleiqi"
    return "不是 fenleiqi 的存档", "not a fenleiqi save"


@dataclass(frozen=True)
class SaveSummary:
    """What a person needs to recognise a saved game, read without loading any content."""

    path: Path
    modified: float  #: seconds since the epoch
    players: tuple[str, ...]
    positions: tuple[int, ...]
    rounds: int  #: rounds played so far (the most turns any player has finished)
    board: str
    over: bool


def summarise(path: str | os.PathLike[str]) -> SaveSummary | None:
    """The summary of the save at ``path``, or None when it is not a readable fenleiqi save."""
    target = Path(path)
    try:
        document = _parse(read_regular_file(target))
        game = document["game"]
        state = game["state"]
        players = tuple(visible(str(p["name"]))[:MAX_NAME_CHARS] for p in game["setup"]["players"])
        positions = tuple(int(p) for p in state["positions"])
        turns = [int(t) for t in state.get("turns", [])]
        return SaveSummary(
            target,
            target.stat().st_mtime,
            players,
            positions,
            max(max(turns, default=0) - 1, 0),  # the turn in progress is not played yet
            str(game.get("content", {}).get("board", "")),
            state["phase"] == "over",
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError):
        return None


def list_saves(folder: str | os.PathLike[str] | None = None, *, finished: bool = False) -> list[SaveSummary]:
    """The unfinished games saved in ``folder`` (the data folder by default), newest first: the
    autosave and the games set aside when a new game was started over them."""
    base = Path(folder) if folder is not None else data_dir()
    stem = Path(AUTOSAVE_NAME).stem
    summaries = [summarise(path) for path in sorted(base.glob(f"{stem}*.json"))]
    kept = [s for s in summaries if s is not None and (finished or not s.over)]
    return sorted(kept, key=lambda s: s.modified, reverse=True)
