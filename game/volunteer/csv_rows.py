"""A spreadsheet row as the positioned mapping the YAML loader builds from (so the same checks
run), and problems labelled with the column names.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from game.content.models import (
    QuestionType,
)
from game.content.yamlsource import YList, YMap
from game.errors import Problem, Text
from game.volunteer.csv_columns import COLUMNS, Layout
from game.volunteer.csv_io import Row
from game.volunteer.csv_values import (
    DISPUTED_SPLIT,
    PAIR_EQUALS_SPLIT,
    PAIR_SEPARATORS,
    PAIR_SPLIT,
    TYPE_NAMES,
    Vocabulary,
    parse_bool,
    parse_difficulty,
    parse_type,
    split_list,
)


@dataclass
class _RowReader:
    """Turns one row into a :class:`YMap` whose positions are (row, column)."""

    layout: Layout
    vocab: Vocabulary
    row: Row
    problems: list[Problem] = field(default_factory=list)

    def problem(self, index: int, what: Text, fix: Text) -> None:
        label = self.layout.header[index] if index < len(self.layout.header) else ""
        self.problems.append(Problem(self.layout.name, self.row.number, index + 1, what, fix, column_label=label))

    def unknown_value(self, index: int, text: str, what: Text, choices: str, en_choices: str | None = None) -> None:
        words = [w.strip() for w in re.split(r" / |、|, ", choices) if w.strip()]
        guess = difflib.get_close_matches(text, words, n=1, cutoff=0.6)
        self.problem(
            index,
            Text(
                f"“{text}” 不是可用的{what.zh}：{choices}",
                f'"{text}" is not one of the {what.en}: {en_choices or choices}',
            ),
            Text(
                (f"是不是要写 “{guess[0]}”？" if guess else "") + f"改成其中之一：{choices}",
                (f"did you mean '{guess[0]}'? " if guess else "") + f"write one of: {en_choices or choices}",
            ),
        )

    def read(self) -> YMap:
        layout, number = self.layout, self.row.number
        raw = YMap(number, 0)
        cells: dict[str, tuple[int, str]] = {}
        options: list[tuple[int, str]] = []
        for index, cell in enumerate(self.row.cells):
            text = cell.strip()
            if not text:
                continue
            column = layout.columns[index] if index < len(layout.columns) else None
            if column is None:
                self.problem(
                    index,
                    Text(
                        f"第 {index + 1} 列没有列名，但这一行在这里写了 “{text}”",
                        f'column {index + 1} has no name, but this row has "{text}" in it',
                    ),
                    Text(
                        "给这一列写上列名，或把内容移到正确的列",
                        "give the column a name, or move the text to the right column",
                    ),
                )
                continue
            if column.key == "options":
                options.append((index, cell))
            else:
                cells[column.key] = (index, cell)
        for key, (index, cell) in cells.items():
            if key in ("region_sources", "region_notes"):
                if "regions" not in cells:
                    self.problem(
                        index,
                        Text("没有“地区差异”，这一格用不到", "there are no regional rules for this to explain"),
                        Text("先在“地区差异”里写上 地区=类别，或者清空这一格", "fill in the regions, or clear it"),
                    )
                continue
            value = self.convert(key, index, cell, cells)
            raw[key] = value
            raw.key_pos[key] = raw.value_pos[key] = (number, index + 1)
        if options:
            values = YList(number, options[0][0] + 1)
            for index, cell in options:
                values.append(cell)
                values.item_pos.append((number, index + 1))
            raw["options"] = values
            raw.key_pos["options"] = raw.value_pos["options"] = values.pos
        return raw

    def convert(self, key: str, index: int, cell: str, cells: dict[str, tuple[int, str]]) -> Any:
        text = cell.strip()
        pos = (self.row.number, index + 1)
        if key == "type":
            kind = parse_type(text)
            if kind is None:
                self.unknown_value(
                    index,
                    text,
                    Text("题型", "question types"),
                    " / ".join(TYPE_NAMES.values()),
                    "classify / choice / truefalse",
                )
                return text
            return kind.value
        if key == "category":
            return self.category(index, text)
        if key == "answer":
            kind = parse_type(cells["type"][1]) if "type" in cells else None
            if kind is QuestionType.CLASSIFY:
                return self.category(index, text)
            if kind is QuestionType.TRUEFALSE:
                answer = parse_bool(text)
                if answer is None:
                    self.unknown_value(
                        index, text, Text("判断题答案", "true/false answers"), "对 / 错", "true / false (对 / 错)"
                    )
                    return text
                return answer
            return cell
        if key == "difficulty":
            return parse_difficulty(text)
        if key == "region":
            region = self.vocab.region(text)
            if region is None:
                choices = self.vocab.region_choices
                self.unknown_value(index, text, Text("地区", "regions"), choices.zh, choices.en)
                return text
            return region
        if key in ("tags", "aliases", "kinds"):
            values = YList(*pos)
            for part in split_list(text):
                values.append(part)
                values.item_pos.append(pos)
            return values
        if key == "regions":
            return self.overrides(index, text, cells)
        return cell

    def category(self, index: int, text: str) -> str:
        category = self.vocab.category(text)
        if category is None:
            self.unknown_value(
                index,
                text,
                Text("类别", "categories"),
                self.vocab.category_choices,
                self.vocab.category_choices + " (or kitchen / recyclable / hazardous / other)",
            )
            return text
        return category.value

    def overrides(self, index: int, text: str, cells: dict[str, tuple[int, str]]) -> YMap | str:
        pos = (self.row.number, index + 1)
        out = YMap(*pos)
        sources = self.per_region(cells.get("region_sources"))
        notes = self.per_region(cells.get("region_notes"))
        for part in PAIR_SPLIT.split(text):
            if not part.strip():
                continue
            pieces = PAIR_EQUALS_SPLIT.split(part, maxsplit=1)
            if len(pieces) != 2 or not pieces[0].strip() or not pieces[1].strip():
                self.problem(
                    index,
                    Text(
                        f"看不懂 “{part.strip()}”：地区差异要写成 “地区=类别”",
                        f'cannot read "{part.strip()}": write region=category',
                    ),
                    Text(
                        "例如：深圳=厨余垃圾；广州=其他垃圾；说法不一时写 深圳=其他垃圾/厨余垃圾",
                        "for example: 深圳=厨余垃圾；广州=其他垃圾 (disputed: 深圳=其他垃圾/厨余垃圾)",
                    ),
                )
                return text
            region_text, category_text = (piece.strip() for piece in pieces)
            region = self.vocab.region(region_text)
            if region is None:
                choices = self.vocab.region_choices
                self.unknown_value(index, region_text, Text("地区", "regions"), choices.zh, choices.en)
                return text
            categories = []
            for word in DISPUTED_SPLIT.split(category_text):
                category = self.vocab.category(word.strip())
                if category is None:
                    self.unknown_value(index, word.strip(), Text("类别", "categories"), self.vocab.category_choices)
                    return text
                categories.append(category.value)
            if region in out:
                self.problem(
                    index,
                    Text(f"“{region_text}” 写了两次", f'"{region_text}" appears twice'),
                    Text("每个地区只写一次", "name each region once"),
                )
                return text
            rule = YMap(*pos)
            if len(categories) == 1:
                rule["category"] = categories[0]
            else:
                rule["disputed"] = values = YList(*pos)
                values.extend(categories)
                values.item_pos.extend(pos for _ in categories)
            source = sources.get(region)
            if source is None:
                column = cells["region_sources"][0] if "region_sources" in cells else index
                self.problem(
                    column,
                    Text(f"“{region_text}” 的地区差异没有写依据", f'the rule for "{region_text}" names no source'),
                    Text(
                        f"在“地区依据”里写上 {region_text}=文件名称和年份，"
                        f"例如 {region_text}=《…生活垃圾分类投放指南》（2020）",
                        f"in the sources column write {region_text}=document name and year",
                    ),
                )
                return text
            rule["source"] = source
            if region in notes:
                rule["note"] = notes[region]
            for key in rule:
                rule.key_pos[key] = rule.value_pos[key] = pos
            out[region] = rule
            out.key_pos[region] = out.value_pos[region] = pos
        return out

    def per_region(self, cell: tuple[int, str] | None) -> dict[str, str]:
        """``深圳=《…》；广州=《…》`` as {region key: text}; only a region name followed by = starts an entry,
        so the texts may hold ；and , themselves."""
        if cell is None:
            return {}
        index, text = cell
        matches = list(self.vocab.region_starts.finditer(text))
        out: dict[str, str] = {}
        if not matches or text[: matches[0].start()].strip(PAIR_SEPARATORS + " "):
            self.problem(
                index,
                Text(
                    f"看不懂 “{text.strip()[:30]}”：要写成 “地区=内容”",
                    f'cannot read "{text.strip()[:30]}": write region=text',
                ),
                Text("例如：深圳=《深圳市生活垃圾分类投放指引》（2020）", "for example: 深圳=<guide name> (2020)"),
            )
            return out
        for match, after in zip(matches, [*matches[1:], None], strict=True):
            key = self.vocab.region(match.group(1))
            end = after.start() if after is not None else len(text)
            value = text[match.end() : end].strip(PAIR_SEPARATORS + " ")
            if key is not None and value:
                out[key] = value
        return out


def read_row(row: Row, layout: Layout, vocab: Vocabulary) -> tuple[YMap, list[Problem]]:
    """The row as a positioned mapping for the loader's checks, and the cells that could not be read.

    A cell that could not be read stays in the mapping as written, so the row still fails the
    loader's checks; :func:`label_problems` then drops the loader's second report of the same cell.
    """
    reader = _RowReader(layout, Vocabulary() if vocab is None else vocab, row)
    return reader.read(), reader.problems


_QUOTED = re.compile(r"'([a-z_]+)'")


def label_problems(problems: Iterable[Problem], layout: Layout, known: Sequence[Problem] = ()) -> list[Problem]:
    """Give the loader's problems about one row the header of their column as ``column_label``.

    A problem about the whole row (a missing field) is put in the column of the field it names.
    Problems in a cell that already has one of ``known`` (a cell that could not be read) are dropped.

    >>> from game.volunteer.csv_columns import match_header
    >>> from game.volunteer.csv_io import parse_csv_text
    >>> table, _ = parse_csv_text("题型,答案,解释,难度\\n", "q.csv")
    >>> layout, _ = match_header(table, "questions")
    >>> p = Problem("q.csv", 2, 0, Text("缺少", "question is missing 'explain'"), Text("", ""))
    >>> print(label_problems([p], layout)[0].format("en"))
    q.csv:2:解释: error: question is missing 'explain' — fill in the "解释" column
    """
    taken = {(p.line, p.column) for p in known}
    out: list[Problem] = []
    for problem in problems:
        if problem.column_label or problem.file != layout.name:
            out.append(problem)
            continue
        if (problem.line, problem.column) in taken:
            continue
        column = problem.column
        if column > 0:
            label = layout.header[column - 1] if column <= len(layout.header) else str(column)
        else:
            keys = [k for k in _QUOTED.findall(problem.what.en) if any(c.key == k for c in COLUMNS[layout.kind])]
            if not keys:
                out.append(replace(problem, column_label="-"))
                continue
            column, label = layout.label(keys[0])
            fix = Text(f"在 “{label}” 这一列填上内容", f'fill in the "{label}" column')
            if column == 0:
                fix = Text(f"给表格加上 “{label}” 这一列并填上内容", f'add a "{label}" column and fill it in')
            problem = replace(problem, fix=fix)
        out.append(replace(problem, column=column, column_label=label))
    return out
