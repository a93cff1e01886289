"""What is read aloud (读题): a question with its numbered choices, and what an answer says.

The words are the ones on screen, put in the order a listener needs: the question, then each
choice with its number (a child answers with the number), then, after the answer, the verdict and
the explanation. Marks that a voice would spell out (「」, ✓) are left out.

>>> from game.content.models import ClassifyQuestion, REGION_NATIONAL
>>> from game.categories import Category
>>> q = ClassifyQuestion(id="q", item="香蕉皮", answer=Category.KITCHEN, explain="果皮易腐烂。", difficulty=1)
>>> question_speech(q, REGION_NATIONAL, "zh")
'香蕉皮应该投进哪个垃圾桶？ 1，厨余垃圾。 2，可回收物。 3，有害垃圾。 4，其他垃圾。'
"""

from __future__ import annotations

from collections.abc import Sequence

from game.content.models import Question, Region
from game.errors import Lang
from game.present.answers import option_spans
from game.present.spans import Line

#: Marks on screen that are not words.
_SILENT = str.maketrans("", "", "「」『』✓×【】")


def spoken(text: str) -> str:
    """``text`` without marks a voice would spell out."""
    return " ".join(text.translate(_SILENT).split())


def question_speech(question: Question, region: Region, lang: Lang) -> str:
    """The question, then each choice with its number."""
    stop = "。" if lang == "zh" else "."
    comma = "，" if lang == "zh" else ", "
    choices = [f"{i + 1}{comma}{span.text}{stop}" for i, span in enumerate(option_spans(question, region, lang))]
    return spoken(" ".join([question.prompt(lang), *choices]))


def answer_speech(lines: Sequence[Line]) -> str:
    """The verdict and the explanation of an answer's lines (:func:`~game.present.narration.answered_lines`)."""
    return spoken(" ".join(line.plain for line in lines if line.kind in ("verdict", "explain")))
