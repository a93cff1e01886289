"""Saves on disk: exact resume, the previous save as a fallback, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.content.loader import load_bundled
from game.engine import Game, GameSetup, Roll, SaveError, bot_action, new_game
from game.savefile import autosave_path, data_dir, read_save, write_save


def _game_after(actions: int) -> Game:
    game = new_game(load_bundled(), GameSetup.of("小明", bots=1), seed=11)
    for _ in range(actions):
        action = bot_action(game) or game.legal_actions()[0]
        game.apply(action)
    return game


def test_resume_gives_the_same_game(tmp_path: Path) -> None:
    game = _game_after(9)
    write_save(tmp_path / "s.json", game)
    loaded = read_save(tmp_path / "s.json")
    assert loaded.game == game and not loaded.from_backup and loaded.content_paths == ()


def test_a_damaged_save_falls_back_to_the_previous_one(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    older, newer = _game_after(3), _game_after(4)
    write_save(path, older)
    write_save(path, newer)
    path.write_text('{"format": "fenleiqi-save", "sche', encoding="utf-8")
    loaded = read_save(path)
    assert loaded.from_backup and loaded.game == older


def test_a_save_of_other_content_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_save(path, _game_after(2))
    document = json.loads(path.read_text(encoding="utf-8"))
    document["game"]["content"]["board"] = "另一个棋盘"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SaveError, match="no usable saved game"):
        read_save(path)


def test_no_save_at_all(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="没有可以继续的存档"):
        read_save(tmp_path / "none.json")


def test_fenleiqi_home_moves_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FENLEIQI_HOME", str(tmp_path))
    assert data_dir() == tmp_path and autosave_path() == tmp_path / "autosave.json"


def test_roll_is_saved_mid_turn(tmp_path: Path) -> None:
    game = new_game(load_bundled(), GameSetup.of("甲", "乙"), seed=3)
    game.apply(Roll(0))
    write_save(tmp_path / "s.json", game)
    assert read_save(tmp_path / "s.json").game.state == game.state


def test_a_new_game_never_overwrites_an_unfinished_one(tmp_path: Path) -> None:
    path = tmp_path / "autosave.json"
    first = _game_after(3)
    assert write_save(path, first) is None
    assert write_save(path, first) is None  # the same game again: just saved
    other = new_game(load_bundled(), GameSetup.of("新来的"), seed=99)
    aside = write_save(path, other)
    assert aside is not None and aside.parent == tmp_path and aside.name.startswith("autosave-")
    assert read_save(aside).game == first
    assert read_save(path).game == other


def test_a_damaged_save_is_explained_in_words_not_python_errors(tmp_path: Path) -> None:
    save = tmp_path / "autosave.json"
    save.write_text("garbage{", encoding="utf-8")
    with pytest.raises(SaveError) as caught:
        read_save(save)
    message = str(caught.value)
    assert "文件坏了" in message and "没有找到" in message  # the newest is damaged, there is no backup
    assert "Expecting value" not in message and "char 0" not in message


def test_a_game_set_aside_takes_its_backup_along(tmp_path: Path) -> None:
    """The previous version of a game moved aside goes with it: the new game's .bak is never the
    old game (a damaged new save would otherwise resume the other game)."""
    content = load_bundled()
    save = tmp_path / "autosave.json"
    old = new_game(content, GameSetup.of("小明"), seed=1)
    write_save(save, old, game_id="old")
    old.apply(Roll(0))
    write_save(save, old, game_id="old")  # now autosave.json.bak holds the old game too
    new = new_game(content, GameSetup.of("小红"), seed=2)
    aside = write_save(save, new, game_id="new")
    assert aside is not None and aside.with_name(aside.name + ".bak").is_file()
    assert not save.with_name(save.name + ".bak").exists()


def test_tampered_saves_are_explained_never_a_crash(tmp_path: Path) -> None:
    import os

    content = load_bundled()
    save = tmp_path / "autosave.json"
    write_save(save, new_game(content, GameSetup.of("小明"), seed=1))
    good = json.loads(save.read_text(encoding="utf-8"))
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")  # RecursionError in json
    huge = tmp_path / "huge.json"
    good["game"]["setup"]["players"][0]["p_correct"] = 1e400  # inf after parsing
    huge.write_text(json.dumps(good).replace("Infinity", "1e400"), encoding="utf-8")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)  # would block a plain read forever
    for path in (nested, huge, fifo, tmp_path):
        with pytest.raises(SaveError) as caught:
            read_save(path)
        assert "no usable saved game" in str(caught.value)


def test_a_history_file_of_nested_brackets_is_ignored_and_play_goes_on(tmp_path: Path) -> None:
    from game.history import History

    path = tmp_path / "history.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert History.load(path).players == {}


def test_a_new_game_keeps_the_backup_of_a_crashed_unfinished_game(tmp_path: Path) -> None:
    """kill -9 while writing can leave autosave.json missing or damaged with the last good state in
    autosave.json.bak: a new game must not rotate that backup away."""
    content = load_bundled()
    save = tmp_path / "autosave.json"
    old = new_game(content, GameSetup.of("小明"), seed=1)
    write_save(save, old, game_id="old")
    old.apply(Roll(0))
    write_save(save, old, game_id="old")  # autosave.json.bak: the old game's first state
    save.write_text("{damaged", encoding="utf-8")  # the crash
    new = new_game(content, GameSetup.of("小红"), seed=2)
    aside = write_save(save, new, game_id="new")
    assert aside is not None and read_save(aside).game.setup.players[0].name == "小明"
    write_save(save, new, game_id="new")  # the next saves rotate only the new game's files
    assert read_save(aside).game.setup.players[0].name == "小明"


# ---- fuzzing: a tampered save is resumed or explained, never a crash ----

HOSTILE_VALUES = [
    None,
    True,
    -1,
    0,
    2**70,
    1e308,
    float("inf"),
    float("nan"),
    "",
    "\x1b]0;title\x07\x1b[2J",
    "\x00",
    "x" * 10_000,
    [],
    {},
    [[[[[[[[[[]]]]]]]]]],
    {"kind": "roll"},
]


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place in a JSON document, as the keys and indexes that lead to it."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value[:6]):
            found += _paths(inner, (*prefix, index))
    return found


def _replaced(document: object, path: tuple[object, ...], new: object) -> object:
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    holder = copy
    for key in path[:-1]:
        holder = holder[key]  # type: ignore[index]
    holder[path[-1]] = new  # type: ignore[index]
    return copy


@pytest.fixture(scope="module")
def saved_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    path = tmp_path_factory.mktemp("fuzz") / "s.json"
    write_save(path, _game_after(25))
    return json.loads(path.read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_tampered_save_is_resumed_or_explained(
    tmp_path: Path, saved_document: dict[str, object], data: st.DataObject
) -> None:
    places = _paths(saved_document)
    place = data.draw(st.sampled_from(places), label="place")
    new = data.draw(st.sampled_from(HOSTILE_VALUES), label="value")
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(_replaced(saved_document, place, new), ensure_ascii=False), encoding="utf-8")
    try:
        loaded = read_save(path)
    except SaveError as error:
        assert "Traceback" not in str(error) and "\x1b" not in str(error)
        event("explained")
        return
    game = loaded.game  # believed: then it must play on to the end without a crash
    for _ in range(20_000):
        action = bot_action(game) or (game.legal_actions() or [None])[0]
        if action is None or game.over:
            break
        game.apply(action)
    event("resumed and played on")
    for player in game.setup.players:  # names are cleaned where they enter, saves included
        assert player.name and not any(ord(ch) < 32 for ch in player.name)


def test_a_save_with_an_empty_player_name_is_explained(tmp_path: Path, saved_document: dict[str, object]) -> None:
    """Found by the fuzz above: a seat with no name at all was believed."""
    path = tmp_path / "nameless.json"
    path.write_text(
        json.dumps(_replaced(saved_document, ("game", "setup", "players", 1, "name"), "")), encoding="utf-8"
    )
    with pytest.raises(SaveError):
        read_save(path)
