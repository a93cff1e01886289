"""Copy the pictures the item dictionary names into assets/pictures, and nothing else.

OpenMoji (https://openmoji.org, CC BY-SA 4.0) is on the npm registry as ``openmoji``; its colour
SVGs are in ``package/color/svg``. Run after changing ``picture:`` lines in questions/items-*.yaml:

    npm pack openmoji@17.0.0 && tar xzf openmoji-17.0.0.tgz
    python tools/bundle_pictures.py package/color/svg

Pictures named ``fq-…`` were drawn for fenleiqi in OpenMoji's style (where OpenMoji has no picture
of the item); their sources are in ``tools/drawn_pictures`` and they are copied from there.

Pictures no item names any more are removed, so that only what is used is bundled. Prints how
many files and bytes the folder holds.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from game.content.loader import _bundled_files, _read_one  # noqa: E402
from game.content.pictures import bundled_pictures  # noqa: E402

KEEP = {"README.md", "CC-BY-SA-4.0.txt"}
DRAWN = REPO / "tools" / "drawn_pictures"
DRAWN_PREFIX = "fq-"


def source(stem: str, openmoji: Path) -> Path:
    """Where picture ``stem`` comes from: our own drawings, or OpenMoji."""
    return (DRAWN if stem.startswith(DRAWN_PREFIX) else openmoji) / f"{stem}.svg"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("svg_folder", type=Path, help="OpenMoji's package/color/svg")
    args = parser.parse_args()
    # read file by file: the check of the whole content fails until the pictures are in place
    parts = [_read_one(path, display)[0] for path, display in _bundled_files()]
    wanted = {item.picture for part in parts if part is not None for item in part.items if item.picture}
    target = bundled_pictures()
    target.mkdir(parents=True, exist_ok=True)
    missing = sorted(stem for stem in wanted if not source(stem, args.svg_folder).is_file())
    if missing:
        print("not in OpenMoji nor tools/drawn_pictures:", ", ".join(missing), file=sys.stderr)
        return 1
    for stem in sorted(wanted):
        shutil.copyfile(source(stem, args.svg_folder), target / f"{stem}.svg")
    for path in target.iterdir():
        if path.name not in KEEP and path.stem not in wanted:
            path.unlink()
    files = [p for p in target.iterdir() if p.suffix == ".svg"]
    print(f"{len(files)} pictures, {sum(p.stat().st_size for p in files):,} bytes in {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
