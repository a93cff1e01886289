"""Helpers for the spreadsheet tests: a small content set to check against, and CSV files
written the way Excel, WPS and Notepad save them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from game.content.build import build_file
from game.content.spec import Reporter
from game.content.yamlsource import parse_text
from game.volunteer.importer import Context
from tests.content.conftest import ITEMS, QUESTIONS, REGIONS

QUESTION_HEADER = [
    "编号",
    "题型",
    "类别",
    "物品",
    "题目",
    "选项1",
    "选项2",
    "选项3",
    "选项4",
    "答案",
    "解释",
    "难度",
    "标签",
    "地区",
]
ITEM_HEADER = ["名称", "别名", "类别", "理由", "英文名", "地区差异", "地区依据"]


def build(text: str, name: str) -> object:
    doc, problems = parse_text(text, name)
    assert not problems
    reporter = Reporter(name)
    part = build_file(doc, reporter)
    assert not reporter.problems, reporter.problems
    return part


def small_context() -> Context:
    """Regions national/shanghai/shenzhen, six items and four questions (tests/content/conftest.py)."""
    regions = build(REGIONS, "regions.yaml").regions  # type: ignore[attr-defined]
    items = build(ITEMS, "items.yaml").items  # type: ignore[attr-defined]
    questions = build(QUESTIONS, "bank.yaml").questions  # type: ignore[attr-defined]
    return Context(tuple(questions), tuple(items), tuple(regions))


@pytest.fixture
def context() -> Context:
    return small_context()


def csv_bytes(rows: Sequence[Sequence[str]], encoding: str = "utf-8-sig", delimiter: str = ",") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def write_csv(path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    """Write ``rows`` (header first) as a spreadsheet program would."""
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    return path
