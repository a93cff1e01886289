"""Characters in player-visible content that the bundled font cannot draw (warnings).

Reads only the font's character list (no pygame, no fontTools), so ``fenleiqi check`` stays light.

>>> from game.content.models import Origin
>>> [p.format("en")[:50] for p in check_glyphs([(Origin("q.yaml", 3, 5), "垃圾\\U00020000")])]
['q.yaml:3:5: warning: the bundled font has no 𠀀 (U+']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from game.content.fonts import font_coverage_gaps
from game.content.models import Board, ChoiceQuestion, ClassifyQuestion, Item, Origin, Question, Region
from game.errors import Problem, Severity, Text


def player_texts(
    boards: Sequence[Board], questions: Sequence[Question], items: Sequence[Item], regions: Sequence[Region]
) -> Iterator[tuple[Origin, str]]:
    """Every text a player can see, with where it was written."""
    for board in boards:
        yield board.origin, board.name
        yield board.origin, board.name_en
        for square in board.squares:
            yield square.origin, square.text
            yield square.origin, square.text_en
    for question in questions:
        for text in (question.text, question.text_en, question.explain, question.explain_en, *question.tags):
            yield question.origin, text
        if isinstance(question, ClassifyQuestion):
            yield question.origin, question.item
        if isinstance(question, ChoiceQuestion):
            yield from ((question.origin, option) for option in question.options)
    for item in items:
        for text in (item.name, *item.aliases, item.reason, item.en):
            yield item.origin, text
    for region in regions:
        for text in (region.name, region.name_en, *region.category_names):
            yield region.origin, text


def check_glyphs(texts: Iterable[tuple[Origin, str]]) -> list[Problem]:
    """One warning per text that has characters the bundled font lacks."""
    problems = []
    for gap in font_coverage_gaps(texts):
        where: Origin = gap.where
        problems.append(
            Problem(
                where.file,
                where.line,
                where.column,
                Text(
                    f"内置字体里没有这些字：{gap.describe()}；游戏窗口会改用电脑上的字体，没有的话会显示成方框",
                    f"the bundled font has no {gap.describe()}: the window uses a system font if one has it, "
                    "otherwise a box",
                ),
                Text(
                    "换成常用字，或者按 assets/fonts/README.md 重新生成字体",
                    "use a common character, or regenerate the font (see assets/fonts/README.md)",
                ),
                Severity.WARNING,
            )
        )
    return problems
