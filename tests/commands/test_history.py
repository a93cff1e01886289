"""``fenleiqi history``: list, show, enable and clear (wired here as cli.py will wire it)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from game.commands.history import register
from game.history import HISTORY_NAME, History


def run(*words: str) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser = argparse.ArgumentParser(prog="fenleiqi")
    register(parser.add_subparsers(dest="command"), name="history", help="history", parents=[common])
    args = parser.parse_args(["history", *words])
    result: int = args.run(args)
    return result


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FENLEIQI_HOME", str(tmp_path))
    return tmp_path


def test_list_show_enable_clear(capsys: pytest.CaptureFixture[str]) -> None:
    assert run() == 0 and "enable" in capsys.readouterr().out
    assert run("enable", "小明") == 0 and "小明" in capsys.readouterr().out
    History.load().record("小明", missed=["大骨头", "大骨头"], right=["纸巾"])
    assert run("list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["players"]["小明"] == {"missed": 2, "right": 1, "focus": ["大骨头"]}
    assert run("show", "小明", "--json") == 0
    assert json.loads(capsys.readouterr().out)["items"]["大骨头"] == [2, 0]
    assert run("list", "--lang", "en") == 0 and "小明" in capsys.readouterr().out
    assert run("show", "小明") == 0 and "大骨头" in capsys.readouterr().out
    assert run("clear", "小明") == 0
    assert run("clear", "小明") == 1 and run("show", "小明") == 1
    assert run("clear") == 2
    assert History.load().names() == ()


def test_show_names_the_question_not_its_id(capsys: pytest.CaptureFixture[str]) -> None:
    from game.content.loader import load_bundled

    question = next(q for q in load_bundled().questions if q.type.value == "truefalse" and len(q.prompt("zh")) < 40)
    run("enable", "小红")
    History.load().record("小红", questions_missed=[question.id, "gone-question"], questions_right=["item:香蕉皮"])
    capsys.readouterr()
    assert run("show", "小红") == 0
    out = capsys.readouterr().out
    assert question.prompt("zh")[:12] in out and question.id not in out
    assert "香蕉皮" in out and "item:" not in out and "gone-question" in out


def test_concurrent_enables_from_many_processes_lose_no_name(tmp_path: Path) -> None:
    """Eight real ``fenleiqi history enable`` runs at once, five names each: all forty are kept
    (the read-modify-write happens under the history file's lock)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "FENLEIQI_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    script = (
        "import sys\nfrom game.cli import main\n"
        "for name in sys.argv[1:]:\n    assert main(['history', 'enable', name]) == 0\n"
    )
    names = [[f"玩家{worker}-{i}" for i in range(5)] for worker in range(8)]
    workers = [
        subprocess.Popen([sys.executable, "-c", script, *group], env=env, stdout=subprocess.DEVNULL) for group in names
    ]
    assert all(worker.wait(timeout=120) == 0 for worker in workers)
    kept = History.load(tmp_path / HISTORY_NAME).players
    assert sorted(kept) == sorted(name for group in names for name in group)
