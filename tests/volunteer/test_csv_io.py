"""Reading CSV files in every encoding and delimiter spreadsheet programs save, and writing UTF-8 with BOM."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.volunteer.csv_io import csv_text, parse_csv_bytes, read_csv, write_csv
from tests.volunteer.conftest import csv_bytes

ROWS = [["编号", "物品", "解释"], ["q1", "香蕉皮", "果皮，易腐烂。"], ["q2", "旧报纸", '他说"能回收"']]


@pytest.mark.parametrize(
    ("encoding", "found"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),  # Excel "CSV UTF-8"
        ("gbk", "gb18030"),  # Excel / WPS "CSV" on a Chinese-locale computer
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # Excel "Unicode text" (with a BOM)
    ],
)
def test_every_encoding_reads_the_same(encoding: str, found: str) -> None:
    table, problems = parse_csv_bytes(csv_bytes(ROWS, encoding), "q.csv")
    assert problems == [] and table is not None
    assert table.encoding == found
    assert table.header == tuple(ROWS[0])
    assert [list(row.cells) for row in table.rows] == ROWS[1:]


def test_gb18030_only_characters() -> None:
    text = [["名称"], ["𠀾字"]]  # outside GBK, inside GB18030
    table, problems = parse_csv_bytes(csv_bytes(text, "gb18030"), "q.csv")
    assert problems == [] and table is not None and table.rows[0].cells == ("𠀾字",)


def test_tab_separated_is_detected() -> None:
    table, _ = parse_csv_bytes(csv_bytes(ROWS, "utf-8", delimiter="\t"), "q.tsv")
    assert table is not None and table.delimiter == "\t" and table.rows[0].cells == ("q1", "香蕉皮", "果皮，易腐烂。")
    assert table.describe().en == "UTF-8, tab-separated, 2 rows"


def test_blank_rows_are_left_out_but_rows_keep_their_spreadsheet_numbers() -> None:
    data = '编号,解释\r\n,\r\nq1,"第一行\n第二行"\r\n\r\nq2,好\r\n'.encode()
    table, _ = parse_csv_bytes(data, "q.csv")
    assert table is not None
    assert [(row.number, row.cells[0]) for row in table.rows] == [(3, "q1"), (5, "q2")]
    assert table.rows[0].cells[1] == "第一行\n第二行"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04rest-of-a-zip", "this is an Excel workbook (.xlsx/.xls), not a CSV file"),
        ("编号\n".encode("utf-16-le"), "the file has NUL bytes"),
        (b"\xff\xfe\x00\xd8", "cannot tell the file's encoding"),  # a BOM, then a lone surrogate
        (b"\x81\x30\x81", "cannot tell the file's encoding"),  # neither UTF-8 nor GB18030
        (b"", "the spreadsheet is empty"),
        (b"\r\n\r\n", "the spreadsheet is empty"),
        ('编号,解释\nq1,"没有收尾的引号\n'.encode(), "quotes do not pair up"),
    ],
)
def test_unreadable_files_are_one_problem(data: bytes, message: str) -> None:
    table, problems = parse_csv_bytes(data, "bad.csv")
    assert table is None and len(problems) == 1
    assert message in problems[0].format("en")
    assert "CSV UTF-8" in problems[0].fix.en or problems[0].line >= 1


def test_missing_file(tmp_path: Path) -> None:
    table, problems = read_csv(tmp_path / "nope.csv", "nope.csv")
    assert table is None and problems[0].format("en") == "nope.csv: error: no such file — check the file name and path"


def test_written_files_have_a_bom_and_crlf_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ROWS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table, _ = read_csv(path)
    assert table is not None and table.encoding == "utf-8-sig"
    assert [list(table.header), *(list(r.cells) for r in table.rows)] == ROWS
    assert csv_text([["a"]]) == "\ufeffa\r\n"
