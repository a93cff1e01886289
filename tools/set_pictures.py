"""Set the ``picture:`` of dictionary items by name, from a table of ``name<TAB>file`` rows.

    python tools/set_pictures.py pictures.tsv

Each named item's entry in questions/items-*.yaml gets ``picture: STEM`` (replacing the one it
had); the file's stem must then be bundled (``tools/bundle_pictures.py``). Names not found are
listed and nothing is changed for them. Comments and layout of the files are kept.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENTRY = re.compile(r"^  - name: (.+?)\s*$")


def _insert(out: list[str], stem: str | None) -> None:
    """Add ``picture: stem`` after the last field line of the entry that ``out`` ends with."""
    if stem is None:
        return
    at = len(out)
    while at > 0 and (not out[at - 1].strip() or out[at - 1].lstrip().startswith("#")):
        at -= 1  # blank lines and comments stay after the entry
    out.insert(at, f"    picture: {stem}")


def set_pictures(wanted: dict[str, str]) -> list[str]:
    """Write the pictures; returns the names no entry has."""
    left = dict(wanted)
    for path in sorted((REPO / "questions").glob("items-*.yaml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        out: list[str] = []
        current: str | None = None
        pending: str | None = None

        for line in lines:
            match = ENTRY.match(line)
            if match or (line and not line.startswith(" ")):
                _insert(out, pending)
                pending = None
                current = match[1].strip("'\"") if match else None
                if current is not None and current in left:
                    pending = left.pop(current)
            if pending is not None and line.startswith("    picture:"):
                line = f"    picture: {pending}"
                pending = None
            out.append(line)
        _insert(out, pending)
        text = "\n".join(out)
        if text != "\n".join(lines):
            path.write_text(text, encoding="utf-8")
    return sorted(left)


def main() -> int:
    rows = [line.split("\t") for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()[1:] if line]
    wanted = {row[0]: Path(row[1]).stem for row in rows}
    missing = set_pictures(wanted)
    if missing:
        print("no entry called:", "、".join(missing), file=sys.stderr)
    print(f"{len(wanted) - len(missing)} pictures set")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
