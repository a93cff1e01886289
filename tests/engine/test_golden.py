"""A golden transcript: one fixed game, event by event. Any change of behaviour shows up here.

If a rule changes on purpose, regenerate the file and review the diff::

    FENLEIQI_UPDATE_GOLDEN=1 python -m pytest tests/engine/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from game.content.models import Effect
from game.engine import GameSetup, NameItems, PlayerSpec, action_to_dict, bot_action, event_to_dict, new_game
from tests.engine.builders import board, content

GOLDEN = Path(__file__).parent / "golden" / "transcript_seed_2024.jsonl"

BOARD = board(
    24,
    {
        1: {"kind": "tip", "text": "提示"},
        2: {"kind": "question", "category": "kitchen"},
        3: {
            "kind": "name_items",
            "category": "kitchen",
            "count": 2,
            "text": "说出两个厨余垃圾",
            "right": Effect(move=2),
        },
        5: {"kind": "jump", "to": 9, "text": "前进到第9格"},
        7: {"kind": "skip", "turns": 1, "text": "暂停一轮"},
        8: {"kind": "roll_again", "text": "再掷一次"},
        10: {"kind": "question", "types": ["truefalse"], "wrong": Effect(move=-3)},
        12: {"kind": "jump", "to": 4, "text": "退回到第4格"},
        14: {"kind": "question", "category": "hazardous", "right": Effect(roll_again=True)},
        16: {"kind": "name_items", "category": "recyclable", "count": 1, "text": "说出一个可回收物"},
        18: {"kind": "jump", "to": 24, "text": "直达终点"},
        20: {"kind": "question", "category": "other", "wrong": Effect(skip=1)},
    },
    right=Effect(move=1),
    wrong=Effect(move=-1),
)
SETUP = GameSetup((PlayerSpec("小明"), PlayerSpec("电脑甲", True, 0.6), PlayerSpec("电脑乙", True, 0.3)))
ANSWERS = ["剩饭、香蕉皮儿", "报纸 和 纽扣电池", "", "苹果芯，飞碟"]


def transcript() -> list[dict[str, Any]]:
    game = new_game(content(BOARD), SETUP, seed=2024)
    lines = []
    named = 0
    while not game.over:
        action = bot_action(game)
        if action is None:
            legal = game.legal_actions()
            action = legal[len(game.state.log) % len(legal)]
            if isinstance(action, NameItems):
                action = NameItems(action.player, ANSWERS[named % len(ANSWERS)])
                named += 1
        events = game.apply(action)
        lines.append({"action": action_to_dict(action), "events": [event_to_dict(e) for e in events]})
    return lines


def test_the_golden_game_is_unchanged() -> None:
    lines = transcript()
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    if os.environ.get("FENLEIQI_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.read_text(encoding="utf-8") == text


def test_the_golden_game_shows_every_kind_of_event() -> None:
    kinds = {event["event"] for line in transcript() for event in line["events"]}
    assert {
        "rolled",
        "moved",
        "landed",
        "jumped",
        "question_asked",
        "answered",
        "naming_asked",
        "items_named",
        "naming_judged",
        "turn_started",
        "won",
    } <= kinds
