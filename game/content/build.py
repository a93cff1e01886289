"""Turn one checked content file into models, with the checks that depend on several fields.

:func:`build_file` takes a parsed document (from :mod:`game.content.yamlsource`) and returns the
models it holds; every problem goes to the :class:`~game.content.spec.Reporter`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.categories import CATEGORY_ORDER, Category
from game.content import schemas
from game.content.models import (
    Board,
    ChoiceQuestion,
    ClassifyQuestion,
    Effect,
    FinishRule,
    GenericItem,
    Item,
    Origin,
    Question,
    QuestionType,
    Region,
    RegionalRule,
    Rules,
    Square,
    SquareKind,
    TrueFalseQuestion,
    category_names,
)
from game.content.spec import INVALID, Reporter, shown
from game.content.yamlsource import Pos, YList, YMap
from game.errors import Text


@dataclass
class FileContent:
    """The models found in one file."""

    kind: str = ""
    boards: list[Board] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    generics: list[GenericItem] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)


def build_file(doc: Any, r: Reporter) -> FileContent:
    """Check ``doc`` against the schema of its kind and build its models."""
    out = FileContent()
    if not isinstance(doc, YMap):
        r.error(
            (1, 1),
            Text("文件的最外层应该是 “键: 值” 的映射", "the file must be a mapping of 'key: value'"),
            Text(
                "第一行写 “schema: 1”，然后是 squares:、questions:、items: 或 regions:",
                "start with 'schema: 1', then squares:, questions:, items: or regions:",
            ),
        )
        return out
    kinds = [key for key in schemas.FILE_KINDS if key in doc]
    if len(kinds) != 1:
        what = (
            Text("不知道这是什么文件", "cannot tell what kind of file this is")
            if not kinds
            else Text(
                f"一个文件只能是一种内容，这里同时有 {'、'.join(kinds)}",
                f"a file holds one kind of content, this one has {', '.join(kinds)}",
            )
        )
        r.error(
            doc.pos,
            what,
            Text(
                "最外层只写 squares:（棋盘）、questions:（题库）、items:（物品词典）或 regions:（地区）之一",
                "use exactly one of squares: (board), questions: (question bank), items: "
                "(item dictionary) or regions: (regions) at the top",
            ),
        )
        return out
    out.kind = kinds[0]
    checked = schemas.FILE_KINDS[out.kind].check(doc, doc.pos, out.kind, r)
    if checked is INVALID:
        # Rows are still checked one by one so that every problem is reported at once.
        checked = {key: doc[key] for key in ("questions", "items") if isinstance(doc.get(key), YList)}
    origin = Origin(r.file, doc.line, doc.column)
    if out.kind == "squares" and checked:
        board = _board(checked, doc, r, origin)
        if board is not None:
            out.boards.append(board)
    elif out.kind == "questions" and "questions" in checked:
        out.questions = _rows(checked["questions"], build_question, r)
    elif out.kind == "items" and "items" in checked:
        for entry in _rows(checked["items"], build_item, r):
            (out.generics if isinstance(entry, GenericItem) else out.items).append(entry)
    elif out.kind == "regions" and "regions" in checked:
        out.regions = [_region(key, value, doc["regions"], r) for key, value in checked["regions"].items()]
    return out


def _rows(rows: YList, build: Any, r: Reporter) -> list[Any]:
    built = []
    for raw, pos in zip(rows, rows.item_pos, strict=True):
        model = build(raw, pos, r)
        if model is not None:
            built.append(model)
    return built


def build_question(raw: Any, pos: Pos, r: Reporter) -> Question | None:
    """Check one question (a mapping from YAML or a spreadsheet row) and build it, or report why not."""
    checked = schemas.QUESTION.check(raw, pos, schemas.QUESTION.what.en, r)
    return None if checked is INVALID else _question(checked, raw, pos, r)


def build_item(raw: Any, pos: Pos, r: Reporter) -> Item | GenericItem | None:
    """Check one dictionary entry (a mapping from YAML or a spreadsheet row) and build it."""
    checked = schemas.ITEM.check(raw, pos, schemas.ITEM.what.en, r)
    return None if checked is INVALID else _item(checked, raw, pos, r)


def _origin(r: Reporter, pos: Pos) -> Origin:
    return Origin(r.file, pos[0], pos[1])


def _effect(data: dict[str, Any] | None, default: Effect) -> Effect:
    if data is None:
        return default
    return Effect(data.get("move", 0), data.get("skip", 0), data.get("roll_again", False))


# Fields each square kind needs, and the ones it may have.
_SQUARE_FIELDS: dict[SquareKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    SquareKind.PLAIN: ((), ("text", "text_en")),
    SquareKind.TIP: (("text",), ("text", "text_en")),
    SquareKind.QUESTION: ((), ("category", "types", "text", "text_en", "right", "wrong")),
    SquareKind.NAME_ITEMS: (("category", "count", "text"), ("category", "count", "text", "text_en", "right", "wrong")),
    SquareKind.JUMP: (("to", "text"), ("to", "text", "text_en")),
    SquareKind.SKIP: (("text",), ("turns", "text", "text_en")),
    SquareKind.ROLL_AGAIN: (("text",), ("text", "text_en")),
}


def _fields_for_kind(
    kind: str,
    data: dict[str, Any],
    raw: YMap,
    required: tuple[str, ...],
    allowed: tuple[str, ...],
    what: Text,
    r: Reporter,
) -> bool:
    kind_key = "kind" if "kind" in raw else "type"
    ok = True
    for name in required:
        if name not in data and name not in raw:
            ok = False
            field = (schemas.SQUARE if kind_key == "kind" else schemas.QUESTION).fields.get(name)
            expected = field.spec.expected if field is not None else Text("", "")
            r.error(
                raw.pos,
                Text(f"“{kind}” 类型的{what.zh}需要 “{name}”", f"a '{kind}' {what.en} needs '{name}'"),
                Text(f"加上一行 “{name}: …”（{expected.zh}）", f"add '{name}: …' ({expected.en})"),
            )
    for name in raw:
        if name in ("kind", "type") or name in allowed or name not in data:
            continue
        ok = False
        r.error(
            raw.key_pos[name],
            Text(f"“{kind}” 类型的{what.zh}用不到 “{name}”", f"a '{kind}' {what.en} does not use '{name}'"),
            Text(f"删掉 “{name}”，或者改动 “{kind_key}”", f"remove '{name}', or change the {what.en}'s {kind_key}"),
        )
    return ok


def _board(data: dict[str, Any], raw: YMap, r: Reporter, origin: Origin) -> Board | None:
    size: int = data["size"]
    rules_data: dict[str, Any] = data.get("rules", {})
    low, high = rules_data.get("players", (1, 6))
    ok = True
    if low > high:
        ok = False
        r.error(
            raw["rules"].value_pos["players"],
            Text(f"玩家人数范围 [{low}, {high}] 前大后小", f"player range [{low}, {high}] is reversed"),
            Text("先写最少人数，再写最多人数", "write the fewest first, then the most"),
        )
    rules = Rules(
        dice=rules_data.get("dice", 6),
        finish=FinishRule(rules_data.get("finish", FinishRule.BOUNCE.value)),
        min_players=low,
        max_players=high,
        right=_effect(rules_data.get("right"), Effect()),
        wrong=_effect(rules_data.get("wrong"), Effect()),
    )
    raw_squares: YMap = raw["squares"]
    squares: dict[int, Square] = {}
    for number, square_data in data["squares"].items():
        key_pos = raw_squares.key_pos[number]
        square_raw: YMap = raw_squares[number]
        if not 1 <= number < size:
            ok = False
            r.error(
                key_pos,
                Text(
                    f"第 {number} 格不在棋盘上（可用 1 到 {size - 1}；{size} 是终点）",
                    f"square {number} is not on the board (use 1 to {size - 1}; {size} is the finish)",
                ),
                Text("改正格子编号，或修改 size", "fix the square number, or change 'size'"),
            )
            continue
        kind = SquareKind(square_data["kind"])
        required, allowed = _SQUARE_FIELDS[kind]
        if not _fields_for_kind(kind.value, square_data, square_raw, required, allowed, Text("格子", "square"), r):
            ok = False
            continue
        target = square_data.get("to")
        if kind is SquareKind.JUMP and (target == number or not 0 <= target <= size):
            ok = False
            problem = (
                Text(f"第 {number} 格跳到了它自己", f"square {number} jumps to itself")
                if target == number
                else Text(
                    f"第 {number} 格跳到第 {target} 格，不在棋盘上（0 到 {size}）",
                    f"square {number} jumps to {target}, which is off the board (0 to {size})",
                )
            )
            r.error(
                square_raw.value_pos["to"],
                problem,
                Text(f"把 “to” 改成 0 到 {size} 之间的另一个格子", f"set 'to' to another square from 0 to {size}"),
            )
            continue
        squares[number] = Square(
            number=number,
            kind=kind,
            text=square_data.get("text", ""),
            text_en=square_data.get("text_en", ""),
            category=Category(square_data["category"]) if "category" in square_data else None,
            types=tuple(QuestionType(t) for t in square_data.get("types", ())),
            count=square_data.get("count", 0),
            to=target,
            turns=square_data.get("turns", 1) if kind is SquareKind.SKIP else 0,
            right=_effect(square_data.get("right"), rules.right),
            wrong=_effect(square_data.get("wrong"), rules.wrong),
            origin=_origin(r, key_pos),
        )
    ok = _check_jump_loops(squares, raw_squares, r) and ok
    if not ok:
        return None
    track = tuple(squares.get(n, Square(n)) for n in range(size + 1))
    return Board(data["name"], size, rules, track, data.get("name_en", ""), data.get("source", ""), origin)


def _check_jump_loops(squares: dict[int, Square], raw: YMap, r: Reporter) -> bool:
    jumps = {n: s.to for n, s in squares.items() if s.kind is SquareKind.JUMP and s.to is not None}
    reported: set[int] = set()
    ok = True
    for start in sorted(jumps):
        chain = [start]
        current = jumps[start]
        while current in jumps and current not in chain:
            chain.append(current)
            current = jumps[current]
        if current in chain and current not in reported:
            loop = chain[chain.index(current) :]
            reported.update(loop)
            ok = False
            path = " → ".join(str(n) for n in [*loop, current])
            r.error(
                raw.key_pos[loop[0]],
                Text(f"跳跃格形成了循环：{path}", f"jump squares form a loop: {path}"),
                Text(
                    "改动其中一个格子的 “to”，让跳跃停在普通格子上",
                    "change one of these squares' 'to' so the jumps end on a square that is not a jump",
                ),
            )
    return ok


_QUESTION_FIELDS: dict[QuestionType, tuple[tuple[str, ...], tuple[str, ...]]] = {
    QuestionType.CLASSIFY: (("item",), ("options",)),
    QuestionType.CHOICE: (("category", "text", "options"), ("item",)),
    QuestionType.TRUEFALSE: (("category", "text"), ("item", "options")),
}
_COMMON_QUESTION_FIELDS = (
    "id",
    "type",
    "category",
    "text",
    "text_en",
    "answer",
    "explain",
    "explain_en",
    "difficulty",
    "tags",
    "region",
    "item",
    "options",
)


def _question(data: dict[str, Any], raw: YMap, pos: Pos, r: Reporter) -> Question | None:
    kind = QuestionType(data["type"])
    required, forbidden = _QUESTION_FIELDS[kind]
    allowed = tuple(f for f in _COMMON_QUESTION_FIELDS if f not in forbidden)
    if not _fields_for_kind(kind.value, data, raw, required, allowed, Text("题目", "question"), r):
        return None
    common: dict[str, Any] = {
        "id": data["id"],
        "explain": data["explain"],
        "difficulty": data["difficulty"],
        "tags": tuple(data.get("tags", ())),
        "region": data.get("region"),
        "text": data.get("text", ""),
        "text_en": data.get("text_en", ""),
        "explain_en": data.get("explain_en", ""),
        "origin": _origin(r, pos),
    }
    answer = data["answer"]
    answer_pos = raw.value_pos["answer"]
    if kind is QuestionType.CLASSIFY:
        answer_category = schemas.CATEGORY.check(answer, answer_pos, "answer", r)
        if answer_category is INVALID:
            return None
        if "category" in data and data["category"] != answer_category:
            r.error(
                raw.value_pos["category"],
                Text(
                    f"分类题的 “category”（{data['category']}）和答案（{answer_category}）不一致",
                    f"'category' ({data['category']}) differs from the answer ({answer_category})",
                ),
                Text("分类题可以不写 “category”：它就是答案", "leave 'category' out: for classify it is the answer"),
            )
            return None
        return ClassifyQuestion(item=data["item"], answer=Category(answer_category), **common)
    category = Category(data["category"])
    if kind is QuestionType.CHOICE:
        options: tuple[str, ...] = data["options"]
        if len(set(options)) != len(options):
            r.error(
                raw.value_pos["options"],
                Text("选项里有重复", "two options are the same"),
                Text("每个选项都要不同", "make every option different"),
            )
            return None
        text = answer.strip() if isinstance(answer, str) else shown(answer)
        if text not in options:
            r.error(
                answer_pos,
                Text(f"答案 “{text}” 不是选项之一", f'the answer "{text}" is not one of the options'),
                Text(
                    f"答案要和某个选项一字不差：{' / '.join(options)}",
                    f"copy one option exactly: {' / '.join(options)}",
                ),
            )
            return None
        return ChoiceQuestion(category=category, options=options, answer_index=options.index(text), **common)
    if not isinstance(answer, bool):
        r.error(
            answer_pos,
            Text(
                f"判断题的答案应该是 true 或 false，这里是 “{shown(answer)}”",
                f'a true/false answer must be true or false, not "{shown(answer)}"',
            ),
            Text(
                "说法正确写 true，说法错误写 false（对 → true，错 → false）",
                "write true if the statement is right, false if not",
            ),
        )
        return None
    return TrueFalseQuestion(category=category, answer=answer, **common)


def _item(data: dict[str, Any], raw: YMap, pos: Pos, r: Reporter) -> Item | GenericItem | None:
    if ("category" in data) == ("kinds" in data):
        r.error(
            pos if not isinstance(raw, YMap) else raw.pos,
            Text(
                "物品要写 “category”（属于哪一类），泛指的词（如“电池”）改写 “kinds”（可能是哪几种），两者只写一个",
                "an item needs 'category' (its bin) or, for a generic word such as 电池, 'kinds' (what it may be) — "
                "exactly one of them",
            ),
            Text(
                "普通物品加上 “category: kitchen” 之类；泛指的词写 “kinds: [普通干电池, 充电电池]”",
                "add 'category: kitchen' (or another bin); for a generic word write 'kinds: [普通干电池, 充电电池]'",
            ),
        )
        return None
    if "kinds" in data:
        if "regions" in data:
            r.error(
                raw.key_pos["regions"],
                Text("泛指的词没有自己的类别，不能写地区规则", "a generic word has no bin, so no regional rules"),
                Text("把地区规则写到 “kinds” 里的具体物品上", "put the regional rules on the kinds it lists"),
            )
            return None
        return GenericItem(
            data["name"],
            tuple(data.get("aliases", ())),
            tuple(data["kinds"]),
            data["reason"],
            data.get("en", ""),
            _origin(r, pos),
        )
    category = Category(data["category"])
    overrides = tuple(
        _regional_rule(key, value, category, raw["regions"], r) for key, value in data.get("regions", {}).items()
    )
    item = Item(
        data["name"],
        tuple(data.get("aliases", ())),
        category,
        data["reason"],
        data.get("en", ""),
        overrides,
        _origin(r, pos),
        data.get("picture", ""),
    )
    if overrides:
        _warn_same_as_national(item, raw, r)
    return item


def _regional_rule(key: str, data: dict[str, Any], national: Category, raw: YMap, r: Reporter) -> RegionalRule:
    rule_raw = raw[key]
    if ("category" in data) == ("disputed" in data):
        r.error(
            rule_raw.pos if isinstance(rule_raw, YMap) else raw.key_pos[key],
            Text(
                f"“{key}” 的规则要写 “category”（当地的类别）或 “disputed”（说法不一的几个类别），只写一个",
                f"the rule for '{key}' needs 'category' (the bin there) or 'disputed' (the bins sources disagree on)"
                " — exactly one",
            ),
            Text(
                "例如 “{category: other, source: 《…投放指南》（2019）}”",
                "e.g. '{category: other, source: <guide name> (2019)}'",
            ),
        )
    if "disputed" in data:
        accepted = tuple(dict.fromkeys(Category(c) for c in data["disputed"]))
        if len(accepted) < 2:
            r.error(
                rule_raw.value_pos["disputed"],
                Text("“disputed” 里至少要有两个不同的类别", "'disputed' needs at least two different bins"),
                Text("只有一个类别时改写 “category”", "with one bin, write 'category' instead"),
            )
    else:
        accepted = (Category(data.get("category", national.value)),)
    return RegionalRule(key, accepted, data["source"], data.get("note", ""))


def _warn_same_as_national(item: Item, raw: YMap, r: Reporter) -> None:
    """A city rule that says what the national rule already says is noise (a national dispute that a
    city settles is not)."""
    national = next((rule for rule in item.overrides if rule.region == "national"), None)
    baseline = national.accepted if national is not None else (item.category,)
    if national is not None and national.accepted[0] is not item.category:
        r.warning(
            raw["regions"].key_pos["national"],
            Text(
                f"全国规则的第一个类别（{national.accepted[0].value}）和 “category”（{item.category.value}）不一样",
                f"the national rule's first bin ({national.accepted[0].value}) differs from 'category' "
                f"({item.category.value})",
            ),
            Text("让 “category” 和全国规则的第一个类别一致", "make 'category' the national rule's first bin"),
        )
    for rule in item.overrides:
        if rule.region != "national" and rule.accepted == baseline:
            r.warning(
                raw["regions"].key_pos[rule.region],
                Text(
                    f"“{rule.region}” 的规则和全国一样，不用单独写",
                    f"'{rule.region}' is the same as the national category",
                ),
                Text(f"删掉 “{rule.region}” 这一条", f"remove the rule for '{rule.region}'"),
            )


def _region(key: str, data: dict[str, Any], raw: YMap, r: Reporter) -> Region:
    names = data["categories"]
    return Region(
        key,
        data["name"],
        category_names({c: names[c.value] for c in CATEGORY_ORDER}),
        data.get("name_en", ""),
        data.get("source", ""),
        _origin(r, raw.key_pos[key]),
    )
