"""``fenleiqi lookup ITEM``: which bin does an item go in?"""

from __future__ import annotations

import argparse
import json
from typing import Any

from game.content.loader import Content, load_bundled
from game.content.models import Item
from game.errors import Lang


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``lookup`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument("item", nargs="+", metavar="ITEM", help="物品名称 · the item, e.g. 香蕉皮")
    parser.add_argument(
        "--region", default="national", help="地区，如 shanghai · region key, e.g. shanghai (default: national)"
    )
    parser.add_argument("--json", action="store_true", help="输出 JSON · print one JSON object")
    parser.set_defaults(run=run)


def lookup_record(content: Content, query: str, region_key: str) -> dict[str, Any]:
    """The lookup result as a JSON-ready dict (``category`` is None when unknown)."""
    region = content.region(region_key)
    result = content.dictionary.lookup(query)
    item = result.item
    if item is None:
        return {
            "item": query,
            "found": None,
            "category": None,
            "name": None,
            "reason": None,
            "region": region.key,
            "suggestions": [s.name for s in result.suggestions],
        }
    category = item.category_in(region.key)
    return {
        "item": query,
        "found": item.name,
        "category": category.value,
        "name": region.category_name(category),
        "reason": item.reason,
        "region": region.key,
        "aliases": list(item.aliases),
        "regions": {key: value.value for key, value in item.overrides},
        "suggestions": [],
    }


def run(args: argparse.Namespace) -> int:
    """Print the answer; 0 when the item is known, 1 when it is not."""
    lang: Lang = args.lang
    content = load_bundled()
    query = " ".join(args.item).strip()
    if not query:
        print(
            "请写出要查的物品，例如：fenleiqi lookup 香蕉皮"
            if lang == "zh"
            else "name an item, e.g. fenleiqi lookup 香蕉皮"
        )
        return 2
    try:
        content.region(args.region)
    except LookupError:
        keys = ", ".join(r.key for r in content.regions)
        print(
            f"未知地区 “{args.region}”，可用：{keys}"
            if lang == "zh"
            else f"unknown region '{args.region}'; known: {keys}"
        )
        return 2
    record = lookup_record(content, query, args.region)
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0 if record["category"] else 1
    print(_describe(content, record, lang))
    return 0 if record["category"] else 1


def _describe(content: Content, record: dict[str, Any], lang: Lang) -> str:
    zh = lang == "zh"
    region = content.region(record["region"])
    if record["category"] is None:
        head = f"词典里没有「{record['item']}」。" if zh else f"'{record['item']}' is not in the dictionary."
        if record["suggestions"]:
            names = "、".join(record["suggestions"]) if zh else ", ".join(record["suggestions"])
            head += f"你是不是要找：{names}？" if zh else f" Did you mean: {names}?"
        return head
    item: Item | None = content.dictionary.exact(record["found"])
    assert item is not None
    from game.categories import Category

    category = Category(record["category"])
    name = region.category_name(category, lang)
    shown = record["found"] if record["found"] == record["item"] else f"{record['item']}（{record['found']}）"
    lines = [f"{shown} → {name}" + (f"（{region.name}）" if region.key != "national" and zh else "")]
    lines.append(("理由：" if zh else "why: ") + item.reason)
    if item.overrides:
        others = [
            f"{content.region(k).name if zh else content.region(k).name_en or k}："
            f"{content.region(k).category_name(c, lang)}"
            for k, c in item.overrides
            if _has_region(content, k)
        ]
        if others:
            lines.append(
                ("各地不同：" if zh else "differs by city: ") + ("；".join(others) if zh else "; ".join(others))
            )
    return "\n".join(lines)


def _has_region(content: Content, key: str) -> bool:
    return any(r.key == key for r in content.regions)
