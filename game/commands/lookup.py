"""``fenleiqi lookup ITEM`` / ``lookup --file LIST``: which bin does an item go in?"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from game.categories import Category
from game.content.loader import Content, load_bundled
from game.content.models import Region
from game.errors import Lang


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``lookup`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument("item", nargs="*", metavar="ITEM", help="物品名称 · the item, e.g. 香蕉皮")
    parser.add_argument(
        "--file",
        metavar="LIST",
        help="查一整张清单：每行一个物品，或表格里的“物品”列 · look up a whole list (one item a line, or a CSV column)",
    )
    parser.add_argument(
        "--region", default="national", help="地区，如 shanghai 或 上海 · region, e.g. shanghai (default: national)"
    )
    parser.add_argument("--json", action="store_true", help="输出 JSON（清单每行一个）· print JSON (one line per item)")
    parser.set_defaults(run=run)


def _names(region: Region, categories: tuple[Category, ...], lang: Lang) -> str:
    return ("或" if lang == "zh" else " or ").join(region.category_name(c, lang) for c in categories)


def lookup_record(content: Content, query: str, region_key: str) -> dict[str, Any]:
    """The lookup result as a JSON-ready dict (``category`` is None when unknown or generic)."""
    region = content.region(region_key)
    result = content.dictionary.lookup(query)
    record: dict[str, Any] = {"item": query, "found": None, "category": None, "name": None, "region": region.key}
    item = result.item
    if item is None:
        generic = result.generic
        record.update(
            found=generic.name if generic is not None else None,
            category=None,
            name=None,
            reason=region.localise(generic.reason) if generic is not None else None,
            generic=generic is not None,
            kinds=[
                {
                    "name": kind.name,
                    "category": kind.category_in(region.key).value,
                    "bin": region.category_name(kind.category_in(region.key)),
                }
                for kind in result.suggestions
            ]
            if generic is not None
            else [],
            suggestions=[] if generic is not None else [s.name for s in result.suggestions],
        )
        return record
    accepted = item.accepted_in(region.key)
    record.update(
        found=item.name,
        category=accepted[0].value,
        name=region.category_name(accepted[0]),
        accepted=[c.value for c in accepted],
        disputed_here=len(accepted) > 1,
        reason=region.localise(item.reason),
        en=item.en,
        aliases=list(item.aliases),
        regions={
            rule.region: {"accepted": [c.value for c in rule.accepted], "source": rule.source, "note": rule.note}
            for rule in item.overrides
        },
        generic=False,
        suggestions=[],
    )
    return record


def _with_pinyin(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with the pinyin of the name found (None when nothing was found). Only JSON output
    carries it: pypinyin takes a quarter of a second to load, which a plain look-up does not pay."""
    from game.present.pinyin import pinyin_line

    return {**record, "pinyin": pinyin_line(record["found"]) if record["found"] else None}


def describe(content: Content, record: dict[str, Any], lang: Lang) -> str:
    """The record as lines for people."""
    zh = lang == "zh"
    region = content.region(record["region"])
    if record.get("generic"):
        lines = [f"{record['item']}：" + (record["reason"] or "")]
        for kind in record["kinds"]:
            lines.append(f"  · {kind['name']} → {region.category_name(Category(kind['category']), lang)}")
        return "\n".join(lines)
    if record["category"] is None:
        head = f"词典里没有「{record['item']}」。" if zh else f"'{record['item']}' is not in the dictionary."
        if record["suggestions"]:
            names = "、".join(record["suggestions"]) if zh else ", ".join(record["suggestions"])
            head += f"你是不是要找：{names}？" if zh else f" Did you mean: {names}?"
        return head
    accepted = tuple(Category(c) for c in record["accepted"])
    shown = record["found"] if record["found"] == record["item"] else f"{record['item']}（{record['found']}）"
    where = f"（{region.name}）" if region.key != "national" and zh else ""
    lines = [f"{shown} → {_names(region, accepted, lang)}{where}"]
    if len(accepted) > 1:
        lines.append(
            f"{region.name}的资料说法不一，这几个答案都算对。"
            if zh
            else f"Sources for {region.name_en or region.key} disagree; each of these counts as right."
        )
    lines.append(("理由：" if zh else "why: ") + record["reason"])
    others = []
    for key, rule in record["regions"].items():
        try:
            profile = content.region(key)
        except LookupError:
            continue
        bins = _names(profile, tuple(Category(c) for c in rule["accepted"]), lang)
        label = profile.name if zh else profile.name_en or key
        disputed = ("（说法不一）" if zh else " (sources disagree)") if len(rule["accepted"]) > 1 else ""
        note = f"：{rule['note']}" if rule["note"] and zh else ""
        others.append(
            f"  {label}：{bins}{disputed}{note}\n    依据：{rule['source']}"
            if zh
            else f"  {label}: {bins}{disputed}\n    source: {rule['source']}"
        )
    if others:
        lines.append("各地不同：" if zh else "differs by city:")
        lines.extend(others)
    return "\n".join(lines)


def _bad_region(content: Content, given: str, lang: Lang) -> int:
    names = "、".join(f"{r.name}（{r.key}）" for r in content.regions)
    print(f"未知地区 “{given}”，可用：{names}" if lang == "zh" else f"unknown region '{given}'; known: {names}")
    return 2


def run(args: argparse.Namespace) -> int:
    """Print the answer; 0 when the item is known, 1 when it is not (or a list has unknown items)."""
    lang: Lang = args.lang
    content = load_bundled()
    try:
        region = content.region(args.region)
    except LookupError:
        return _bad_region(content, args.region, lang)
    if args.file:
        if args.item:
            print("--file 和物品名只能用一个" if lang == "zh" else "give either --file or an item, not both")
            return 2
        return _run_file(content, args.file, region, args.json, lang)
    query = " ".join(args.item).strip()
    if not query:
        print(
            "请写出要查的物品，例如：fenleiqi lookup 香蕉皮（或用 --file 清单.txt 查一整张清单）"
            if lang == "zh"
            else "name an item, e.g. fenleiqi lookup 香蕉皮 (or --file LIST for a whole list)"
        )
        return 2
    record = lookup_record(content, query, region.key)
    known = record["category"] is not None or record.get("generic")
    if args.json:
        print(json.dumps(_with_pinyin(record), ensure_ascii=False))
    else:
        print(describe(content, record, lang))
    return 0 if known else 1


def _run_file(content: Content, path: str, region: Region, as_json: bool, lang: Lang) -> int:
    from game.volunteer.city_list import read_item_list
    from game.volunteer.csv_values import Vocabulary

    rows, problems = read_item_list(path, Vocabulary(content.regions), need_bins=False)
    for problem in problems:
        print(problem.format(lang), file=sys.stderr)
    if not rows and problems:
        return 2
    unknown: list[str] = []
    for row in rows:
        record = lookup_record(content, row.text, region.key)
        if record["category"] is None and not record.get("generic"):
            unknown.append(row.text)
        if as_json:
            print(json.dumps({"row": row.number, **_with_pinyin(record)}, ensure_ascii=False))
        elif record["category"] is not None:
            print(f"{row.text}\t{_names(region, tuple(Category(c) for c in record['accepted']), lang)}")
        elif record.get("generic"):
            print(
                f"{row.text}\t"
                + ("要看是哪种：" if lang == "zh" else "depends on the kind: ")
                + "、".join(k["name"] for k in record["kinds"])
            )
        else:
            print(f"{row.text}\t" + ("？词典里没有" if lang == "zh" else "? unknown"))
    out = sys.stderr if as_json else sys.stdout
    known = len(rows) - len(unknown)
    if lang == "zh":
        print(
            f"共 {len(rows)} 个，认识 {known} 个，不认识 {len(unknown)} 个"
            + (f"：{'、'.join(unknown)}" if unknown else ""),
            file=out,
        )
    else:
        print(
            f"{len(rows)} items, {known} known, {len(unknown)} unknown"
            + (f": {', '.join(unknown)}" if unknown else ""),
            file=out,
        )
    return 1 if unknown else 0
