"""Read and write CSV files the way Excel and WPS save and open them.

Reading finds the encoding by itself: UTF-8 (with or without the BOM that Excel's "CSV UTF-8"
writes), UTF-16 with a BOM (Excel's "Unicode text") and GBK/GB18030 (what Excel and WPS save as
plain "CSV" on a Chinese-locale computer); and the delimiter: comma, or tab. Rows keep their
spreadsheet number (the header is row 1), so problems can name the row a volunteer sees.
Writing produces UTF-8 with a BOM and CRLF line ends, which both Excel and WPS open correctly.

>>> table, problems = parse_csv_bytes("编号,题型\\r\\nq1,分类题\\r\\n".encode("gbk"), "q.csv")
>>> table.encoding, table.delimiter, table.header, table.rows[0].number, table.rows[0].cells
('gb18030', ',', ('编号', '题型'), 2, ('q1', '分类题'))
>>> csv_text([("a", "b"), ("1", "x,y")]).encode("utf-8")[:3] == b"\\xef\\xbb\\xbf"
True
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from game.errors import Problem, Text
from game.storage import atomic_write_text, unguarded

#: Largest spreadsheet accepted, in bytes (a 10,000-row bank is about 3 MiB).
MAX_CSV_BYTES = 20 * 1024 * 1024

#: How each detected encoding is described to volunteers.
ENCODING_NAMES: dict[str, Text] = {
    "utf-8": Text("UTF-8", "UTF-8"),
    "utf-8-sig": Text("UTF-8（带 BOM）", "UTF-8 with BOM"),
    "utf-16": Text("UTF-16（Unicode 文本）", "UTF-16 (Unicode text)"),
    "gb18030": Text("GBK/GB18030", "GBK/GB18030"),
}
DELIMITER_NAMES: dict[str, Text] = {",": Text("逗号分隔", "comma-separated"), "\t": Text("Tab 分隔", "tab-separated")}

_SAVE_AS = Text(
    "在 Excel 或 WPS 里选 “另存为” → “CSV UTF-8（逗号分隔）”",
    "in Excel or WPS choose 'Save as' → 'CSV UTF-8 (comma delimited)'",
)


@dataclass(frozen=True, slots=True)
class Row:
    """One spreadsheet row that is not blank."""

    #: The row number a spreadsheet shows (the header is row 1).
    number: int
    #: The cells as written, one per column (a short row is not padded).
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV file read into a header and its non-blank rows."""

    #: The name problems use (usually the file name as given).
    name: str
    #: The header row, each cell stripped of surrounding spaces.
    header: tuple[str, ...]
    #: The rows after the header; blank rows are left out but keep the numbering.
    rows: tuple[Row, ...]
    #: The encoding found: ``utf-8``, ``utf-8-sig``, ``utf-16`` or ``gb18030``.
    encoding: str
    #: The delimiter found: ``","`` or ``"\\t"``.
    delimiter: str

    def describe(self) -> Text:
        """E.g. ``UTF-8（带 BOM），逗号分隔，12 行`` / ``UTF-8 with BOM, comma-separated, 12 rows``."""
        enc, delim = ENCODING_NAMES[self.encoding], DELIMITER_NAMES[self.delimiter]
        n = len(self.rows)
        return Text(f"{enc.zh}，{delim.zh}，{n} 行", f"{enc.en}, {delim.en}, {n} row{'s' if n != 1 else ''}")


def _problem(name: str, line: int, what: Text, fix: Text) -> Problem:
    return Problem(name, line, 0, what, fix)


def read_csv(path: str | os.PathLike[str], display: str | None = None) -> tuple[Table | None, list[Problem]]:
    """Read ``path``; ``display`` is the name used in problems (defaults to the path).

    Never raises for a bad file: a missing, unreadable, too large or undecodable file comes back
    as a problem.
    """
    name = display if display is not None else os.fspath(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_CSV_BYTES:
            return None, [
                _problem(
                    name,
                    0,
                    Text(
                        f"文件太大（{size / 1048576:.1f} MiB，上限 20 MiB）",
                        f"file too large ({size / 1048576:.1f} MiB, limit 20 MiB)",
                    ),
                    Text("把表格拆成几个较小的文件", "split the spreadsheet into smaller files"),
                )
            ]
        with open(path, "rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except FileNotFoundError:
        return None, [
            _problem(
                name,
                0,
                Text("找不到这个文件", "no such file"),
                Text("检查文件名和路径", "check the file name and path"),
            )
        ]
    except OSError as exc:
        return None, [
            _problem(
                name,
                0,
                Text(f"无法读取文件：{exc.strerror}", f"cannot read the file: {exc.strerror}"),
                Text(
                    "如果文件正在 Excel 或 WPS 里打开，先关掉它；再检查权限",
                    "if the file is open in Excel or WPS, close it; then check its permissions",
                ),
            )
        ]
    return parse_csv_bytes(data, name)


def decode(data: bytes, name: str) -> tuple[str | None, str, list[Problem]]:
    """The text of ``data``, the encoding found, and any problem (when it cannot be decoded)."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return (
            None,
            "",
            [
                _problem(
                    name,
                    0,
                    Text(
                        "这是 Excel 工作簿（.xlsx / .xls），不是 CSV 文件",
                        "this is an Excel workbook (.xlsx/.xls), not a CSV file",
                    ),
                    _SAVE_AS,
                )
            ],
        )
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        candidates = ["utf-16"]
    elif data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif b"\x00" in data:
        return (
            None,
            "",
            [
                _problem(
                    name,
                    0,
                    Text(
                        "文件里有空字节：它不是文本文件，或者是没有 BOM 的 UTF-16",
                        "the file has NUL bytes: it is not text, or UTF-16 without a BOM",
                    ),
                    _SAVE_AS,
                )
            ],
        )
    else:
        candidates = ["utf-8", "gb18030"]
    first_error: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding, []
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    assert first_error is not None
    line = data.count(b"\n", 0, first_error.start) + 1
    return (
        None,
        "",
        [
            _problem(
                name,
                line,
                Text(
                    "看不出文件的编码（不是 UTF-8，也不是 GBK/GB18030）",
                    "cannot tell the file's encoding (it is neither UTF-8 nor GBK/GB18030)",
                ),
                _SAVE_AS,
            )
        ],
    )


def detect_delimiter(text: str) -> str:
    """Tab when the first line has more tabs than commas, otherwise comma.

    >>> detect_delimiter("编号\\t题型\\n"), detect_delimiter("编号,题型\\n"), detect_delimiter("编号")
    ('\\t', ',', ',')
    """
    first = text.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def parse_csv_bytes(data: bytes, name: str) -> tuple[Table | None, list[Problem]]:
    """Decode ``data``, find its delimiter and split it into a header and numbered rows."""
    text, encoding, problems = decode(data, name)
    if text is None:
        return None, problems
    return parse_csv_text(text, name, encoding)


def parse_csv_text(text: str, name: str, encoding: str = "utf-8") -> tuple[Table | None, list[Problem]]:
    """Split decoded CSV text into a header and its non-blank, numbered rows."""
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if header is None:
                header = tuple(cell.strip() for cell in cells)
            elif any(cell.strip() for cell in cells):
                rows.append(Row(number, tuple(unguarded(cell) for cell in cells)))
    except csv.Error as exc:
        return None, [
            _problem(
                name,
                number + 1,
                Text(f"这一行的引号不成对或格式不对（{exc}）", f"this row's quotes do not pair up ({exc})"),
                Text(
                    "用 Excel 或 WPS 打开后重新保存，或者检查这一行里的英文双引号",
                    "open and save the file again in Excel or WPS, or check the double quotes on this row",
                ),
            )
        ]
    if header is None or not any(header):
        return None, [
            _problem(
                name,
                1,
                Text("表格是空的：第 1 行应该是列名", "the spreadsheet is empty: row 1 must hold the column names"),
                Text("先用 export 命令导出一份表格，照着它填写", "export a spreadsheet first and fill it in"),
            )
        ]
    return Table(name, header, tuple(rows), encoding, delimiter), []


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """CSV text with a UTF-8 BOM and CRLF line ends (the first row is the header)."""
    out = io.StringIO(newline="")
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue()


def write_csv(path: str | os.PathLike[str], rows: Iterable[Sequence[str]]) -> None:
    """Write ``rows`` atomically as UTF-8 with a BOM, keeping an old file as ``NAME.bak``.

    Raises :class:`~game.storage.StorageError` when the file cannot be written (for instance when
    Excel holds it open).
    """
    atomic_write_text(path, csv_text(rows))
