"""Content loading speed: the validated load against a raw parse, cold and warm.

Cold: loads the bundled content plus a generated 10,000-question bank with ``check_paths`` (parse,
validate, cross-check, build models) and parses the same files with ``yaml.load(...,
Loader=yaml.CSafeLoader)``; target ratio <= 2. Also the bundled content alone, cold.

Warm: the bundled content from the validated cache (hash the files, read the JSON, build the
models and the dictionary index) against a bare ``json.loads`` of the same cache data; target
ratio <= 5.

    python benchmarks/bench_load.py [--questions N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from game.categories import CATEGORY_ORDER
from game.content import cache, loader
from game.content.bundled import content_dirs
from game.content.loader import check_paths, load_bundled


def write_bank(folder: Path, count: int) -> Path:
    """Write a valid bank of ``count`` questions built from the bundled dictionary."""
    items = load_bundled().dictionary.items
    lines = ["schema: 1", "source: generated for the loading benchmark", "questions:"]
    for n in range(count):
        item = items[n % len(items)]
        kind = n % 3
        level = n % 2 + 2  # not difficulty 1: a child's question may not rest on anything cities sort differently
        if kind == 0:
            lines += [
                f"  - id: gen-{n}",
                "    type: classify",
                f"    item: {item.name}",
                f"    answer: {item.category.value}",
                f"    explain: {item.reason}",
                f"    difficulty: {level}",
                "    tags: [生成, 基准]",
            ]
        elif kind == 1:
            others = [c.national_name for c in CATEGORY_ORDER if c is not item.category]
            lines += [
                f"  - id: gen-{n}",
                "    type: choice",
                f"    category: {item.category.value}",
                f"    text: 「{item.name}」属于哪一类？（第 {n} 题）",
                f"    options: [{item.category.national_name}, {', '.join(others)}]",
                f"    answer: {item.category.national_name}",
                f"    explain: {item.reason}",
                f"    difficulty: {level}",
            ]
        else:
            lines += [
                f"  - id: gen-{n}",
                "    type: truefalse",
                f"    category: {item.category.value}",
                f"    text: 「{item.name}」是{item.category.national_name}。（第 {n} 题）",
                "    answer: true",
                f"    explain: {item.reason}",
                f"    difficulty: {level}",
            ]
    path = folder / "generated.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def raw_parse(paths: list[Path]) -> None:
    """What a loader with no validation at all would do."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)


def best_of(repeat: int, action: Callable[[], object]) -> tuple[float, float]:
    """Best and median wall time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank = write_bank(Path(tmp), args.questions)
        files = [bank, *sorted(p for d in content_dirs() for p in d.glob("*.yaml"))]
        result = check_paths([bank])
        if result.errors:
            print("generated bank has errors:", result.errors[0].format("en"), file=sys.stderr)
            return 1
        assert result.content is not None
        loaded = len(result.content.questions)
        full_min, full_med = best_of(args.repeat, lambda: check_paths([bank]))
        raw_min, raw_med = best_of(args.repeat, lambda: raw_parse(files))
    print(f"files: {len(files)} ({args.questions} generated questions + bundled content; {loaded} questions loaded)")
    print(f"validated load (check_paths): best {full_min * 1000:.0f} ms, median {full_med * 1000:.0f} ms")
    print(f"raw yaml.load CSafeLoader:    best {raw_min * 1000:.0f} ms, median {raw_med * 1000:.0f} ms")
    print(f"ratio (best/best): {full_min / raw_min:.2f}x   target <= 2x")
    bundled = [path for path, _ in loader._bundled_files()]
    alone_min, _ = best_of(args.repeat, lambda: check_paths([]))
    raw_alone, _ = best_of(args.repeat, lambda: raw_parse(bundled))
    print(
        f"bundled content alone, cold: validated {alone_min * 1000:.0f} ms, raw parse {raw_alone * 1000:.0f} ms, "
        f"ratio {alone_min / raw_alone:.2f}x   target <= 2x"
    )
    with tempfile.TemporaryDirectory() as home:
        import os

        os.environ["FENLEIQI_HOME"] = home
        os.environ.pop("FENLEIQI_NO_CACHE", None)
        loader._bundled_cache = None
        load_bundled()  # writes the cache

        def warm() -> None:
            loader._bundled_cache = None
            load_bundled()

        text = next(cache.cache_dir().glob("content-*.json")).read_text(encoding="utf-8").partition("\n")[2]
        warm_min, warm_med = best_of(args.repeat * 4, warm)
        # the cache holds one JSON line of boards, questions and the index, then one line per item
        json_min, _ = best_of(args.repeat * 4, lambda: [json.loads(line) for line in text.split("\n")])
    print(
        f"warm load from the cache: best {warm_min * 1000:.1f} ms, median {warm_med * 1000:.1f} ms; "
        f"json.loads of all the same data {json_min * 1000:.1f} ms; ratio {warm_min / json_min:.2f}x   target <= 5x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
