"""Helpers for content tests: write real YAML files and collect the problems they produce."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.loader import CheckResult, Content, check_paths, load_content

REGIONS = """\
schema: 1
regions:
  national:
    name: 全国
    categories: {kitchen: 厨余垃圾, recyclable: 可回收物, hazardous: 有害垃圾, other: 其他垃圾}
  shanghai:
    name: 上海
    categories: {kitchen: 湿垃圾, recyclable: 可回收物, hazardous: 有害垃圾, other: 干垃圾}
  shenzhen:
    name: 深圳
    categories: {kitchen: 厨余垃圾, recyclable: 可回收物, hazardous: 有害垃圾, other: 其他垃圾}
"""

ITEMS = """\
schema: 1
items:
  - {name: 香蕉皮, aliases: [香蕉皮儿], category: kitchen, reason: 果皮易腐烂。}
  - {name: 苹果核, category: kitchen, reason: 果核易腐烂。}
  - {name: 剩饭, category: kitchen, reason: 食物残渣。}
  - {name: 旧报纸, aliases: [报纸], category: recyclable, reason: 纸张可以再造。}
  - {name: 纽扣电池, category: hazardous, reason: 含重金属。}
  - {name: 大骨头, category: other, reason: 太硬。, regions: {shenzhen: {category: kitchen, source: 深圳指引（2020）}}}
"""

QUESTIONS = """\
schema: 1
questions:
  - {id: q1, type: classify, item: 香蕉皮, answer: kitchen, explain: 果皮易腐烂。, difficulty: 1}
  - {id: q2, type: choice, category: hazardous, text: 哪个有害？, options: [纽扣电池, 旧报纸],
     answer: 纽扣电池, explain: 电池含重金属。, difficulty: 2}
  - {id: q3, type: truefalse, category: recyclable, text: 报纸可以回收。, answer: true,
     explain: 纸张可以再造。, difficulty: 1}
  - {id: q4, type: classify, item: 大骨头, answer: other, explain: 太硬。, difficulty: 3}
"""

BOARD = """\
schema: 1
name: 测试棋盘
size: 10
rules: {dice: 6, finish: bounce, players: [1, 6]}
squares:
  1: {kind: tip, text: 提示}
  2: {kind: question, category: kitchen}
  3: {kind: name_items, category: kitchen, count: 2, text: 说出两个厨余垃圾}
  4: {kind: jump, to: 7, text: 前进到第7格}
  5: {kind: skip, text: 暂停一轮}
  6: {kind: roll_again, text: 再掷一次}
"""


def dedent(text: str) -> str:
    """Strip the common indentation of a test's YAML text."""
    return textwrap.dedent(text).lstrip("\n")


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A folder with a small, valid set of content files."""
    for name, text in {
        "regions.yaml": REGIONS,
        "items.yaml": ITEMS,
        "questions.yaml": QUESTIONS,
        "board.yaml": BOARD,
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


Check = Callable[..., CheckResult]


@pytest.fixture
def check_with(content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """Replace or add files in the small content set and check it.

    Returns the problems (in English) of the files just written, or of every file with
    ``all_files=True``.
    """
    monkeypatch.chdir(content_dir)

    def run(all_files: bool = False, **files: str) -> list[str]:
        for name, text in files.items():
            (content_dir / name).write_text(dedent(text), encoding="utf-8")
        result = check_paths(["."], fill_from_bundled=False)
        return [problem.format("en") for problem in result.problems if all_files or problem.file in files]

    return run


@pytest.fixture(scope="module")
def content() -> Content:
    """The bundled content, validated (no cache)."""
    return load_content()
