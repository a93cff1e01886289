"""Learning history across games: opt-in, atomic JSON in the data folder, focus items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.content.loader import load_bundled
from game.engine import Answer, GameSetup, Phase, PlayerSpec, QuestionAsked, Roll, new_game
from game.history import HISTORY_NAME, History, focus_for, history_path


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FENLEIQI_HOME", str(tmp_path))
    return tmp_path


def test_nothing_is_recorded_before_opting_in(home: Path) -> None:
    history = History.load()
    assert history.path == home / HISTORY_NAME == history_path()
    assert not history.record("小明", missed=["大骨头"])
    assert not (home / HISTORY_NAME).exists()


def test_focus_items_are_those_missed_more_than_right_most_missed_first(home: Path) -> None:
    history = History.load()
    history.enable("小明")
    history.record("小明", missed=["大骨头", "大骨头", "大骨头", "纸巾", "纸巾", "电池"], right=["纸巾", "电池"])
    assert focus_for("小明") == ("大骨头", "纸巾")
    assert focus_for("小明", size=1) == ("大骨头",)
    assert focus_for("没人") == ()
    data = json.loads((home / HISTORY_NAME).read_text(encoding="utf-8"))
    assert data["format"] == "fenleiqi-history" and data["players"]["小明"]["items"]["大骨头"] == [3, 0]


def test_writes_are_atomic_and_a_damaged_file_falls_back_to_the_backup(home: Path) -> None:
    history = History.load()
    history.enable("小明")
    history.record("小明", missed=["大骨头"])
    assert (home / (HISTORY_NAME + ".bak")).exists()
    (home / HISTORY_NAME).write_text("{broken", encoding="utf-8")
    assert History.load().enabled("小明")  # the backup (opted in, before the last record)
    (home / (HISTORY_NAME + ".bak")).write_text("{broken", encoding="utf-8")
    assert History.load().names() == ()


def test_clear_forgets_a_player(home: Path) -> None:
    history = History.load()
    history.enable("小明")
    history.enable("小红")
    assert history.clear("小明") and not history.clear("小明")
    assert History.load().names() == ("小红",)


def test_a_game_is_recorded_and_its_misses_come_back_more_often_next_time(home: Path) -> None:
    content = load_bundled()
    history = History.load()
    history.enable("小明")
    game = new_game(content, GameSetup((PlayerSpec("小明"),)), 11)
    missed_items = []
    while not game.over and len(game.state.log) < 400:
        if game.phase is Phase.ANSWER:
            question = game.question
            assert question is not None
            wrong = (game.correct_choice(question) + 1) % question.n_choices
            if hasattr(question, "item") and not game.reviewing:
                missed_items.append(question.item)
            game.apply(Answer(0, wrong))
        elif game.phase is Phase.ROLL:
            game.apply(Roll(0))
        else:
            game.apply(game.legal_actions()[0])
    assert history.record_game(game, 0)
    focus = History.load().focus_for("小明", size=3)
    assert focus and set(focus) <= set(missed_items)

    # Next game: questions about focus items are drawn more often than without focus.
    def focus_share(spec: PlayerSpec) -> float:
        hits = total = 0
        for seed in range(30):
            g = new_game(content, GameSetup((spec,)), seed)
            while not g.over and len(g.state.log) < 200:
                for event in g.apply(g.legal_actions()[0]):
                    if isinstance(event, QuestionAsked) and not event.review:
                        q = g.find_question(event.question)
                        total += 1
                        hits += any(name in (q.prompt("zh") + "".join(getattr(q, "options", ()))) for name in focus)
        return hits / max(total, 1)

    assert focus_share(PlayerSpec("小明", focus=focus)) > focus_share(PlayerSpec("小明"))


def test_with_focus_and_record_finished_for_front_ends(home: Path) -> None:
    from game.history import record_finished, with_focus

    history = History.load()
    history.enable("小明")
    history.record("小明", missed=["大骨头"])
    players = (PlayerSpec("小明"), PlayerSpec("小红"), PlayerSpec("小明", bot=True))
    assert [p.focus for p in with_focus(players)] == [("大骨头",), (), ()]
    content = load_bundled()
    game = new_game(content, GameSetup(players[:1]), 5)
    assert record_finished(game) == ()  # not over yet
    while not game.over:
        action = game.legal_actions()[0]
        game.apply(action)
    assert record_finished(game) == ("小明",)
    assert record_finished(game) == ()


def test_a_history_file_bringing_escape_codes_is_not_believed(tmp_path: Path) -> None:
    import json as json_module

    from game.history import History

    path = tmp_path / "history.json"
    History.load(path).enable("小明")
    data = json_module.loads(path.read_text(encoding="utf-8"))
    data["players"]["坏\x1b]0;pwned\x07"] = data["players"]["小明"]
    path.write_text(json_module.dumps(data), encoding="utf-8")
    path.with_name(path.name + ".bak").unlink(missing_ok=True)
    assert History.load(path).players == {}  # treated as damaged: the history is a convenience


def test_saves_lists_names_without_escape_codes(tmp_path: Path) -> None:
    import json as json_module

    from game.content.loader import load_bundled
    from game.engine import GameSetup, new_game
    from game.savefile import summarise, write_save

    save = tmp_path / "autosave.json"
    write_save(save, new_game(load_bundled(), GameSetup.of("小明"), seed=1))
    data = json_module.loads(save.read_text(encoding="utf-8"))
    data["game"]["setup"]["players"][0]["name"] = "小明\x1b[2J"
    save.write_text(json_module.dumps(data), encoding="utf-8")
    found = summarise(save)
    assert found is not None and found.players == ("小明[2J",)
