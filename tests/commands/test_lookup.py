"""``fenleiqi lookup`` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

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
    assert record["pinyin"] == "xiāng jiāo pí"


def test_json_pinyin_is_of_the_name_found_with_the_dry_gan(run_cli: RunCli) -> None:
    found = json.loads(run_cli("lookup", "干垃圾", "--json", "--region", "上海").stdout)
    assert found["pinyin"] == "gān lā jī" or found["found"] != "干垃圾"
    battery = json.loads(run_cli("lookup", "用过的干电池", "--json").stdout)
    assert battery["found"] == "普通干电池" and battery["pinyin"] == "pǔ tōng gān diàn chí"
    assert json.loads(run_cli("lookup", "啊啊啊", "--json").stdout)["pinyin"] is None


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
    result = run_cli("lookup", "苹过核")
    assert result.returncode == 1
    assert "你是不是要找" in result.stdout and "苹果核" in result.stdout
    record = json.loads(run_cli("lookup", "苹过核", "--json").stdout)
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


def test_a_generic_word_lists_its_kinds(run_cli: RunCli) -> None:
    result = run_cli("lookup", "电池")
    assert result.returncode == 0
    assert result.stdout.startswith("电池：") and "普通干电池 → 其他垃圾" in result.stdout
    assert "充电电池 → 有害垃圾" in result.stdout
    record = json.loads(run_cli("lookup", "battery", "--json").stdout)
    assert record["generic"] and record["found"] == "电池" and record["category"] is None
    assert {"name": "纽扣电池", "category": "hazardous", "bin": "有害垃圾"} in record["kinds"]


def test_a_whole_list_one_item_a_line(run_cli: RunCli, tmp_path: Path) -> None:
    listing = tmp_path / "清单.txt"
    listing.write_text("香蕉皮\n电池\n\n飞碟零件\n旧报纸\n", encoding="gbk")
    result = run_cli("lookup", "--file", str(listing), "--json", "--region", "上海")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["row"], r["item"]) for r in lines] == [(1, "香蕉皮"), (2, "电池"), (4, "飞碟零件"), (5, "旧报纸")]
    assert lines[0]["name"] == "湿垃圾" and lines[1]["generic"] and lines[2]["category"] is None
    assert result.returncode == 1 and "共 4 个，认识 3 个，不认识 1 个：飞碟零件" in result.stderr


def test_a_list_from_a_spreadsheet_column(run_cli: RunCli, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("编号,物品,备注\n1,香蕉皮,x\n2,塑料瓶子,y\n", encoding="utf-8-sig")
    result = run_cli("lookup", "--file", str(sheet))
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == ["香蕉皮\t厨余垃圾", "塑料瓶子\t可回收物"]
    assert "共 2 个，认识 2 个，不认识 0 个" in result.stdout


def test_a_missing_list_file_is_explained(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("lookup", "--file", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and "找不到这个文件" in result.stderr


def test_usage_errors_are_in_chinese_and_name_the_help(run_cli: RunCli) -> None:
    result = run_cli("play", "--players", "two")
    assert result.returncode == 2
    assert "错误：参数 --players 的值 'two' 应该是整数" in result.stderr and "fenleiqi play --help" in result.stderr
    assert "不认识这些参数：--regionx" in run_cli("lookup", "香蕉皮", "--regionx", "上海").stderr
    english = run_cli("lookup", "--lang", "en", "--bogus")
    assert "unrecognized arguments: --bogus" in english.stderr


def test_a_console_that_cannot_show_chinese_gets_marks_not_a_crash(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for args in (["lookup", "香蕉皮"], ["lookup", "飞碟零件"], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "game", *args], capture_output=True, env=env, timeout=120, check=False
        )
        assert result.returncode in (0, 1), result.stderr
        assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
        assert b"?" in result.stdout


def test_shanghai_hears_its_own_bin_names_in_the_reason(run_cli: RunCli) -> None:
    national = json.loads(run_cli("lookup", "骨头", "--json").stdout)
    shanghai = json.loads(run_cli("lookup", "骨头", "--json", "--region", "上海").stdout)
    assert "厨余垃圾" in national["reason"] and "其他垃圾" in national["reason"]
    assert "厨余垃圾" not in shanghai["reason"] and "湿垃圾" in shanghai["reason"] and "干垃圾" in shanghai["reason"]
    text = run_cli("lookup", "骨头", "--region", "上海").stdout
    assert "厨余" not in text and "其他垃圾" not in text


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    listing = tmp_path / "many.txt"
    listing.write_text("香蕉皮\n" * 5000, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, "-m", "game", "lookup", "--file", str(listing)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        errors = process.stderr.read()
        assert process.wait(timeout=120) == 0
    assert b"internal error" not in errors and b"Traceback" not in errors
