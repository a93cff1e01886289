"""``fenleiqi lookup`` through the real command line."""

from __future__ import annotations

import json

from tests.conftest import RunCli


def test_banana_peel_is_kitchen_waste(run_cli: RunCli) -> None:
    result = run_cli("lookup", "香蕉皮")
    assert result.returncode == 0
    assert result.stdout.startswith("香蕉皮 → 厨余垃圾")
    assert "理由：" in result.stdout


def test_json_output(run_cli: RunCli) -> None:
    result = run_cli("lookup", "香蕉皮", "--json")
    record = json.loads(result.stdout)
    assert record["item"] == "香蕉皮" and record["category"] == "kitchen" and record["name"] == "厨余垃圾"
    assert record["reason"]


def test_region_names_and_overrides(run_cli: RunCli) -> None:
    shanghai = json.loads(run_cli("lookup", "香蕉皮", "--json", "--region", "shanghai").stdout)
    assert shanghai["name"] == "湿垃圾"
    shenzhen = json.loads(run_cli("lookup", "大骨头", "--json", "--region", "shenzhen").stdout)
    national = json.loads(run_cli("lookup", "大骨头", "--json").stdout)
    # Shenzhen's sources disagree on big bones: both bins count there, and the output says so.
    assert shenzhen["accepted"] == ["other", "kitchen"] and shenzhen["disputed_here"]
    assert national["category"] == "other" and not national["disputed_here"]
    assert shenzhen["regions"]["shenzhen"]["source"]
    text = run_cli("lookup", "大骨头", "--region", "深圳").stdout
    assert "说法不一" in text and "依据：" in text


def test_unknown_item_suggests_and_exits_1(run_cli: RunCli) -> None:
    result = run_cli("lookup", "废电池")
    assert result.returncode == 1
    assert "你是不是要找" in result.stdout
    record = json.loads(run_cli("lookup", "废电池", "--json").stdout)
    assert record["category"] is None and record["suggestions"]


def test_everyday_phrasing(run_cli: RunCli) -> None:
    record = json.loads(run_cli("lookup", "用过的", "矿泉水瓶", "--json").stdout)
    assert record["category"] == "recyclable"


def test_unknown_region_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("lookup", "香蕉皮", "--region", "mars")
    assert result.returncode == 2 and "shanghai" in result.stdout


def test_regions_by_their_chinese_names(run_cli: RunCli) -> None:
    record = json.loads(run_cli("lookup", "大骨头", "--json", "--region", "深圳").stdout)
    assert record["region"] == "shenzhen" and "kitchen" in record["accepted"]
