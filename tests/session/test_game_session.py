"""Saving with every action, holding Ctrl-C back during a save, and the resume command."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from game.content.loader import load_bundled
from game.engine import GameSetup, IllegalAction, Roll, new_game
from game.savefile import read_save
from game.session.game_session import Session, interrupts_held
from game.terminal.resume import resume_command


def session(path: Path, warnings: list[str]) -> Session:
    content = load_bundled()
    return Session(new_game(content, GameSetup.of("小明", "小红"), seed=1), content, (), path, warnings.append)


def test_every_action_is_saved(tmp_path: Path) -> None:
    s = session(tmp_path / "save.json", [])
    s.apply(Roll(0))
    assert read_save(tmp_path / "save.json").game == s.game


def test_an_illegal_action_changes_nothing(tmp_path: Path) -> None:
    s = session(tmp_path / "save.json", [])
    s.save()
    with pytest.raises(IllegalAction):
        s.apply(Roll(1))
    assert read_save(tmp_path / "save.json").game == s.game and not s.game.state.log


def test_a_failing_save_warns_once(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    warnings: list[str] = []
    s = session(tmp_path / "file" / "save.json", warnings)
    assert not s.save() and not s.save()
    assert len(warnings) == 1 and s.save_failed


def test_ctrl_c_during_a_save_waits_for_the_save() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), interrupts_held():
        os.kill(os.getpid(), signal.SIGINT)
        done.append(True)
    assert done == [True]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"lang": "zh", "no_color": False, "report": None}, "fenleiqi play --terminal --resume '/a b/save.json'"),
        (
            {"lang": "en", "no_color": True, "report": Path("r.csv")},
            "fenleiqi play --terminal --resume '/a b/save.json' --lang en --no-color --report r.csv",
        ),
    ],
)
def test_resume_command(kwargs: dict[str, object], expected: str) -> None:
    assert resume_command(Path("/a b/save.json"), windows=False, **kwargs) == expected  # type: ignore[arg-type]


def test_resume_command_on_windows() -> None:
    command = resume_command(
        Path("C:/Users/小明/My Games/save.json"), lang="zh", no_color=False, report=None, windows=True
    )
    assert command == 'fenleiqi play --terminal --resume "C:/Users/小明/My Games/save.json"'


def test_a_resumed_game_keeps_the_options_it_was_started_with(tmp_path: Path) -> None:
    from game.content.loader import load_bundled
    from game.engine import PlayerSpec
    from game.savefile import read_save
    from game.session.game_session import resume_session, start_session

    save = tmp_path / "save.json"
    report = tmp_path / "report.csv"
    start_session(load_bundled(), (PlayerSpec("小明"),), save_path=save, seed=1, options={"report": str(report)})
    resumed = resume_session(read_save(save), save)
    assert resumed.report_path == report  # resumed without --report: the report still goes there
    other = tmp_path / "other.csv"
    assert resume_session(read_save(save), save, options={"report": str(other)}).report_path == other


def test_finishing_writes_the_report_and_records_the_history_once(tmp_path: Path) -> None:
    from game.content.loader import load_bundled
    from game.engine import PlayerSpec, play_bots
    from game.history import History
    from game.session.game_session import start_session

    history = tmp_path / "history.json"
    session = start_session(
        load_bundled(),
        (PlayerSpec("电脑1", bot=True), PlayerSpec("电脑2", bot=True)),
        save_path=tmp_path / "save.json",
        seed=2,
        history_path=history,
        remembered=["电脑1"],
    )
    play_bots(session.game)
    finished = session.finish(report=tmp_path / "r.csv", lang="zh")
    assert finished.report_error is None and (tmp_path / "r.csv").read_text(encoding="utf-8-sig").startswith("玩家")
    failed = session.finish(report=tmp_path / "r.csv" / "inside-a-file.csv", lang="zh")  # cannot be written
    assert failed.report_error is not None and failed.report_path is not None
    assert "电脑1" in History.load(history).players
