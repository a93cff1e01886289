"""Spreadsheet import speed: a generated 10,000-row question sheet into a new bank file.

Writes a CSV (UTF-8 with BOM, as Excel saves it) of valid questions built from the bundled
dictionary, then imports it the way ``fenleiqi import-questions`` does: every row checked by the
loader's own code, merged, cross-checked against the bundled content, written as YAML and read
back to verify. Prints the best and median time and rows per second, then runs the command once
so that its progress bar can be seen (on stderr).

    python benchmarks/bench_import.py [--rows N] [--repeat R] [--no-command]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from game.categories import CATEGORY_ORDER
from game.commands import spreadsheet
from game.content.loader import load_bundled
from game.content.models import ClassifyQuestion
from game.volunteer.csv_columns import header_row
from game.volunteer.csv_io import write_csv
from game.volunteer.csv_values import TYPE_NAMES
from game.volunteer.importer import load_context, plan_import, write_import


def sheet_rows(count: int) -> list[list[str]]:
    """``count`` valid question rows (header first): classify rows for items the bundled bank does not
    ask about yet, then numbered choice and true/false rows."""
    content = load_bundled()
    asked = {q.item for q in content.questions if isinstance(q, ClassifyQuestion)}
    fresh = [item for item in content.dictionary.items if item.name not in asked]
    header = header_row("questions")
    rows = [header]
    for n in range(count):
        cells = dict.fromkeys(header, "")
        cells.update({"编号": f"bench-{n}", "难度": str(n % 3 + 1), "标签": "基准，生成"})
        item = content.dictionary.items[n % len(content.dictionary.items)]
        national = item.category.national_name
        if n < len(fresh):
            item = fresh[n]
            cells.update(
                {
                    "题型": TYPE_NAMES[ClassifyQuestion.type],
                    "物品": item.name,
                    "答案": item.category.national_name,
                    "解释": item.reason,
                }
            )
        elif n % 2:
            others = [c.national_name for c in CATEGORY_ORDER if c is not item.category]
            cells.update(
                {
                    "题型": "选择题",
                    "类别": national,
                    "题目": f"「{item.name}」属于哪一类？（第 {n} 题）",
                    "选项1": national,
                    "选项2": others[0],
                    "选项3": others[1],
                    "选项4": others[2],
                    "答案": national,
                    "解释": item.reason,
                }
            )
        else:
            cells.update(
                {
                    "题型": "判断题",
                    "类别": national,
                    "题目": f"「{item.name}」是{national}。（第 {n} 题）",
                    "答案": "对",
                    "解释": item.reason,
                }
            )
        rows.append(list(cells.values()))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-command", action="store_true", help="skip the run through the command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "bench.csv"
        write_csv(sheet, sheet_rows(args.rows))
        context = load_context()
        times = []
        for n in range(args.repeat):
            target = folder / f"bench-{n}.yaml"
            started = time.perf_counter()
            plan = plan_import("questions", sheet, target, context=context)
            write_import(plan)
            times.append(time.perf_counter() - started)
            if plan.errors:
                print("the generated sheet has errors:", plan.errors[0].format("en"), file=sys.stderr)
                return 1
        size = (folder / "bench-0.yaml").stat().st_size
        best, median = min(times), statistics.median(times)
        print(f"sheet: {args.rows} rows, {sheet.stat().st_size / 1048576:.1f} MiB CSV → {size / 1048576:.1f} MiB YAML")
        print(f"{plan.summary().en}; {len(plan.problems)} warning(s)")
        print(
            f"import (read, check every row, cross-check, write, read back): best {best:.2f} s, median {median:.2f} s"
        )
        print(f"rows per second: {args.rows / best:,.0f} (best), {args.rows / median:,.0f} (median)")
        if not args.no_command:
            started = time.perf_counter()
            code = spreadsheet.main(["import-questions", str(sheet), "--into", str(folder / "command.yaml")])
            print(
                f"through the command (with its progress bar, context loading included): "
                f"{time.perf_counter() - started:.2f} s, exit {code}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
