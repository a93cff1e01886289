"""``fenleiqi compare-list CITY_LIST.csv --region R``: how well the dictionary knows a city's list.

A volunteer pastes their city's published list (item, bin) into a spreadsheet; this prints the
items the dictionary lacks, the items it sorts differently for the region (both answers and the
dictionary's reason) and one coverage line. It writes nothing: ``import-items`` takes additions.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from game.errors import Lang


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``compare-list`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "list", metavar="CITY_LIST.csv", help="两列：物品、类别（类别可写 湿垃圾/干垃圾 等）· two columns: item, bin"
    )
    parser.add_argument(
        "--region", default="national", help="按哪个地区的规则比较 · region whose rules to compare with"
    )
    parser.add_argument("--limit", type=int, default=200, help="每一部分最多列出几条 · most rows listed per part")
    parser.add_argument("--json", action="store_true", help="输出 JSON · print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every listed item is known and agrees, 1 otherwise, 2 for a file that cannot be read."""
    from game.content.loader import load_bundled
    from game.volunteer.city_list import compare, coverage_line, read_item_list
    from game.volunteer.csv_values import Vocabulary

    lang: Lang = args.lang
    zh = lang == "zh"
    content = load_bundled()
    try:
        region = content.region(args.region)
    except LookupError:
        names = "、".join(f"{r.name}（{r.key}）" for r in content.regions)
        print(f"未知地区 “{args.region}”，可用：{names}" if zh else f"unknown region '{args.region}'; known: {names}")
        return 2
    rows, problems = read_item_list(args.list, Vocabulary(content.regions), need_bins=True)
    for problem in problems:
        print(problem.format(lang), file=sys.stderr)
    if not rows:
        if not problems:
            print(
                f"{args.list}：清单里没有物品 — 每行写一个物品和它的类别，例如：香蕉皮,厨余垃圾"
                if zh
                else f"{args.list}: the list has no items — write one item and its bin a line, e.g. 香蕉皮,厨余垃圾",
                file=sys.stderr,
            )
        return 2
    result = compare(content.dictionary, rows, region.key)
    line = coverage_line(result, region)
    if args.json:
        print(
            json.dumps(
                {
                    "region": region.key,
                    "total": result.total,
                    "known": result.known,
                    "agree": result.agree,
                    "judged": result.judged,
                    "missing": [
                        {"row": r.number, "item": r.text, "bin": r.bin.value if r.bin else None} for r in result.missing
                    ],
                    "disagree": [
                        {
                            "row": d.row.number,
                            "item": d.row.text,
                            "list": d.row.bin.value if d.row.bin else None,
                            "dictionary": [c.value for c in d.accepted],
                            "found": d.item.name,
                            "reason": d.item.reason,
                        }
                        for d in result.disagree
                    ],
                    "generic": [{"row": r.number, "item": r.text, "found": g.name} for r, g in result.generic],
                },
                ensure_ascii=False,
            )
        )
        return 0 if not result.missing and not result.disagree else 1
    limit = max(args.limit, 0)

    def bins(categories: Any) -> str:
        return ("或" if zh else " or ").join(region.category_name(c, lang) for c in categories)

    if result.disagree:
        print(f"分类不一致（{len(result.disagree)} 个）：" if zh else f"Sorted differently ({len(result.disagree)}):")
        for d in result.disagree[:limit]:
            said = region.category_name(d.row.bin, lang) if d.row.bin else "?"
            shown = d.row.text if d.row.text == d.item.name else f"{d.row.text}（{d.item.name}）"
            print(
                f"  第{d.row.number}行 {shown}：清单 {said}，词典 {bins(d.accepted)} — {d.item.reason}"
                if zh
                else f"  row {d.row.number} {shown}: list {said}, dictionary {bins(d.accepted)} — {d.item.reason}"
            )
    if result.missing:
        print(f"词典里没有（{len(result.missing)} 个）：" if zh else f"Not in the dictionary ({len(result.missing)}):")
        for row in result.missing[:limit]:
            said = region.category_name(row.bin, lang) if row.bin else "?"
            print(f"  第{row.number}行 {row.text} → {said}" if zh else f"  row {row.number} {row.text} → {said}")
    if result.generic:
        print(
            f"泛指的词（要看是哪种，{len(result.generic)} 个）：" if zh else f"Generic words ({len(result.generic)}):"
        )
        for row, generic in result.generic[:limit]:
            print(f"  第{row.number}行 {row.text}（{generic.name}）" if zh else f"  row {row.number} {row.text}")
    hidden = sum(max(0, n - limit) for n in (len(result.disagree), len(result.missing), len(result.generic)))
    if hidden:
        print(f"（还有 {hidden} 条没列出，用 --limit 调整）" if zh else f"({hidden} more not listed; see --limit)")
    print(line.zh if zh else line.en)
    if result.missing:
        print(
            "要把缺少的物品加进词典：整理成表格后用 fenleiqi import-items 导入"
            if zh
            else "To add the missing items: put them in a sheet and use fenleiqi import-items"
        )
    return 0 if not result.missing and not result.disagree else 1
