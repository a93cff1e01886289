"""``fenleiqi compare-list``: a volunteer checks the dictionary against their city's list."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli


def city_list(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "city.csv"
    path.write_text(text, encoding=encoding)
    return path


def test_missing_disagreeing_and_coverage(run_cli: RunCli, tmp_path: Path) -> None:
    path = city_list(tmp_path, "物品,类别\n香蕉皮,湿垃圾\n旧报纸,干垃圾\n飞碟零件,其他垃圾\n电池,有害垃圾\n")
    before = path.read_bytes()
    result = run_cli("compare-list", str(path), "--region", "上海")
    assert result.returncode == 1
    out = result.stdout
    assert "分类不一致（1 个）" in out and "第3行 旧报纸：清单 干垃圾，词典 可回收物" in out
    assert "词典里没有（1 个）" in out and "第4行 飞碟零件 → 干垃圾" in out
    assert "泛指的词（要看是哪种，1 个）" in out
    assert "认识 3/4（75.0%）" in out and "一致 1 个（50.0%）" in out
    assert path.read_bytes() == before  # writes nothing


def test_json_and_a_list_without_a_header(run_cli: RunCli, tmp_path: Path) -> None:
    path = city_list(tmp_path, "香蕉皮,厨余垃圾\n大骨头,厨余垃圾\n", encoding="gbk")
    national = json.loads(run_cli("compare-list", str(path), "--json").stdout)
    shenzhen = json.loads(run_cli("compare-list", str(path), "--json", "--region", "shenzhen").stdout)
    assert national["total"] == 2 and national["agree"] == 1 and national["disagree"][0]["item"] == "大骨头"
    assert shenzhen["agree"] == 2 and shenzhen["disagree"] == []  # disputed there: either bin counts


def test_a_bin_that_is_not_a_bin_names_the_row(run_cli: RunCli, tmp_path: Path) -> None:
    path = city_list(tmp_path, "物品,类别\n香蕉皮,湿垃圾\n苹果,好吃\n")
    result = run_cli("compare-list", str(path))
    assert "city.csv:3:2" in result.stderr and "“好吃” 不是可用的类别" in result.stderr
    assert "认识 1/1" in result.stdout


def test_an_unknown_region_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    path = city_list(tmp_path, "物品,类别\n香蕉皮,湿垃圾\n")
    result = run_cli("compare-list", str(path), "--region", "火星")
    assert result.returncode == 2 and "上海（shanghai）" in result.stdout
