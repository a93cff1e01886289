"""Fuzzing the real command: hostile words and spreadsheets get an answer, never a crash or an escape.

Each example runs ``fenleiqi`` in a subprocess on many hostile lines at once (a look-up list, a
city list), so a few runs cover many inputs. Exit 3 is the internal-error code: it must never
appear, and nothing hostile may reach the terminal (no ESC, no BEL, no other control character
except newlines).
"""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import RunCli

PIECES = [
    "\x1b]0;pwned\x07",
    "\x1b[2J",
    "\x9b31m",
    "\x00",
    "\r",
    "\u202e",
    "\ufeff",
    "\u00ad",
    "\U000e0041",
    "=1+1",
    "@SUM(A1)",
    "'",
    '"',
    ",",
    "（",
    "）",
    "(",
    "香蕉皮",
    "用过的",
    "电池",
    "脏",
    "子",
    "battery",
    " ",
    "\t",
    "\ud800",  # a lone surrogate, as a broken encoding leaves
    "🙂",
    "x" * 300,
]

line = st.lists(
    st.sampled_from(PIECES) | st.text(alphabet=string.printable + "厨余垃圾纸盒瓶", max_size=5), max_size=6
).map("".join)
FUZZ = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _clean(output: str) -> bool:
    return not any(ord(ch) < 32 and ch not in "\n\t" for ch in output) and "\x7f" not in output and "\x9b" not in output


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", "surrogatepass"))  # broken UTF-8 too, as a bad export leaves


@FUZZ
@given(st.lists(line, min_size=1, max_size=40))
def test_lookup_of_a_hostile_list_answers_every_line(run_cli: RunCli, tmp_path: Path, lines: list[str]) -> None:
    listing = tmp_path / "words.txt"
    _write(listing, "\n".join(lines))
    for extra in ((), ("--json",)):
        result = run_cli("lookup", "--file", str(listing), *extra)
        assert result.returncode in (0, 1, 2), result.stderr  # 2: the file itself is unusable (said why)
        assert "Traceback" not in result.stderr
        assert _clean(result.stdout) and _clean(result.stderr)


@FUZZ
@given(
    st.lists(
        st.tuples(line, st.sampled_from(["厨余垃圾", "干垃圾", "可回收物", "有害", "其它", "", "=1+1", "x"])),
        max_size=30,
    )
)
def test_compare_list_of_a_hostile_spreadsheet_answers(
    run_cli: RunCli, tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    sheet = tmp_path / "city.csv"
    _write(sheet, "物品,类别\n" + "\n".join(f'"{item.replace(chr(34), "")}",{category}' for item, category in rows))
    result = run_cli("compare-list", str(sheet), "--region", "上海")
    assert result.returncode in (0, 1, 2), result.stderr  # 2: nothing in it to compare (said why)
    assert result.returncode != 2 or "每行写一个物品" in result.stderr or ": 错误: " in result.stderr
    assert "Traceback" not in result.stderr
    assert _clean(result.stdout) and _clean(result.stderr)
