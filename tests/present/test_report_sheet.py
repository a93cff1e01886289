"""The learning report as CSV: opens in Excel/WPS (BOM), one row per player and bin, then the misses."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from game.content.loader import load_bundled
from game.engine import Answer, GameSetup, Judge, NameItems, Phase, Roll, learning_report, new_game
from game.present.report_sheet import report_csv
from game.session.report_file import write_report

CONTENT = load_bundled()


def played() -> object:
    """Two people: one answers everything wrong and names items of the wrong bin, one answers right."""
    game = new_game(CONTENT, GameSetup.of("小明", "小红"), seed=11)
    while not game.over:
        seat = game.current
        if game.phase is Phase.ROLL:
            game.apply(Roll(seat))
        elif game.phase is Phase.ANSWER:
            question = game.question
            assert question is not None
            right = question.correct_choice
            game.apply(Answer(seat, right if seat else (right + 1) % question.n_choices))
        elif game.phase is Phase.NAME:
            game.apply(NameItems(seat, "纽扣电池，旧报纸" if seat == 0 else "香蕉皮"))
        else:
            game.apply(Judge(seat, bool(game.verdict)))
    return game


def test_csv_layout(tmp_path: Path) -> None:
    game = played()
    path = tmp_path / "report.csv"
    write_report(path, learning_report(game), CONTENT.region(), "zh", CONTENT.dictionary)  # type: ignore[attr-defined]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header == [
        "玩家",
        "座位",
        "电脑",
        "名次",
        "得分",
        "内容",
        "垃圾类别",
        "答题数",
        "答对数",
        "说物品次数",
        "说物品通过",
        "题目编号",
        "题目或物品",
        "正确答案",
        "解释",
    ]
    assert all(len(row) == len(header) for row in body)
    for name in ("小明", "小红"):
        bins = [row[6] for row in body if row[0] == name and row[5] == "分类成绩"]
        assert bins == ["厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"]
    missed = [row for row in body if row[5] == "答错的题"]
    assert missed and all(row[0] == "小明" and row[11] and row[12] and row[13] and row[14] for row in missed)
    wrong_bin = [row for row in body if row[5] == "放错桶的物品"]
    assert all(row[12] and row[13] for row in wrong_bin)
    asked = sum(int(row[7]) for row in body if row[0] == "小明" and row[5] == "分类成绩")
    right = sum(int(row[8]) for row in body if row[0] == "小明" and row[5] == "分类成绩")
    assert asked == len(missed) or asked >= len(missed)
    assert right == 0


def test_csv_in_english_with_region_names() -> None:
    game = played()
    text = report_csv(learning_report(game), CONTENT.region("shanghai"), "en")  # type: ignore[attr-defined]
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header[:3] == ["Player", "Seat", "Computer"]
    zh = report_csv(learning_report(game), CONTENT.region("shanghai"), "zh")  # type: ignore[attr-defined]
    assert "湿垃圾" in zh and "干垃圾" in zh
