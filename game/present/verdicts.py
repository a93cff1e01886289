"""The naming verdict in words: what counted, what belongs in another bin and why, which words
need a kind, what the dictionary does not know, and whether the task passed.

>>> from game.engine.judge import NamingVerdict
>>> from game.content.models import REGION_NATIONAL
>>> verdict = NamingVerdict(None, 2, ("香蕉皮",), (), ())
>>> [line.plain for line in verdict_lines(verdict, REGION_NATIONAL, "zh")]
['算数的（1/2）：香蕉皮', '还差 1 个，没通过。']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.content.models import Region
from game.errors import Lang
from game.present.spans import Line, Role, Span, bin_span
from game.present.texts import comma, say

if TYPE_CHECKING:
    from game.engine import NamingJudged, NamingVerdict


def verdict_lines(verdict: NamingVerdict, region: Region, lang: Lang) -> list[Line]:
    """The verdict of one naming task, line by line (before anyone overrides it)."""
    sep = comma(lang)
    counted = Span(sep.join(verdict.counted), Role.RIGHT) if verdict.counted else Span(say("named_none", lang))
    lines = [
        Line((Span(say("named_counted", lang, got=len(verdict.counted), needed=verdict.needed), Role.TITLE), counted))
    ]
    for wrong in verdict.wrong_bin:
        lines.append(
            Line(
                (
                    Span(say("named_wrong_bin", lang), Role.TITLE),
                    Span(wrong.said, Role.WRONG),
                    Span(f" {say('named_belongs', lang)} "),
                    bin_span(wrong.category, region, lang),
                    Span(("：" if lang == "zh" else ": ") + region.localise(wrong.reason)),
                )
            )
        )
    for unclear in verdict.unclear:
        key = "named_unclear" if unclear.counting else "named_unclear_none"
        lines.append(Line.of(say(key, lang, word=unclear.said, kinds=sep.join(unclear.counting)), Role.HINT))
        lines.append(Line.of("  " + region.localise(unclear.reason), Role.DIM))
    if verdict.unknown:
        lines.append(Line.of(say("named_unknown", lang, items=sep.join(verdict.unknown)), Role.DIM))
    if verdict.repeated:
        lines.append(Line.of(say("named_repeated", lang, items=sep.join(verdict.repeated)), Role.DIM))
    if verdict.passed:
        lines.append(Line.of(say("named_passed", lang), Role.RIGHT))
    else:
        lines.append(Line.of(say("named_failed", lang, missing=verdict.needed - len(verdict.counted)), Role.WRONG))
    return lines


def judged_line(event: NamingJudged, lang: Lang) -> Line:
    """The final verdict, saying who decided it and the points it added."""
    if event.overridden:
        key = "judged_override_pass" if event.accepted else "judged_override_fail"
    else:
        key = "judged_pass" if event.accepted else "judged_fail"
    text = say(key, lang)
    if event.points:
        text += say("plus_points", lang, points=event.points)
    return Line.of(text, Role.RIGHT if event.accepted else Role.WRONG)
