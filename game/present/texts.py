"""The one bilingual text table: every sentence a front end shows that does not come from content.

The table is kept in files by topic (:mod:`~game.present.texts_play` for what happens in a game
and the terminal's prompts, :mod:`~game.present.texts_screens` for the window's labels,
:mod:`~game.present.texts_wizard` for ``new-question``, :mod:`~game.present.texts_print` for the
print kit) and looked up here by key. A key names
one sentence; a test checks that no sentence is written twice.

>>> say("rolled", "zh", name="小明", value=4)
'小明 掷出了 4'
>>> say("rolled", "en", name="Ann", value=4)
'Ann rolled a 4'
>>> join_items(["香蕉皮", "苹果核"], "zh"), join_items(["peel", "core"], "en")
('香蕉皮、苹果核', 'peel, core')
"""

from __future__ import annotations

from collections.abc import Sequence

from game.errors import Lang
from game.present.texts_play import PLAY
from game.present.texts_print import PRINT
from game.present.texts_screens import SCREENS
from game.present.texts_wizard import WIZARD

#: key → (Chinese, English).
TEXTS: dict[str, tuple[str, str]] = {**PLAY, **SCREENS, **WIZARD, **PRINT}

if len(TEXTS) != len(PLAY) + len(SCREENS) + len(WIZARD) + len(PRINT):  # pragma: no cover - caught by the tests at once
    raise RuntimeError(f"text keys defined twice: {sorted(PLAY.keys() & SCREENS.keys())}")


def template(key: str, lang: Lang) -> str:
    """The raw template of ``key`` in ``lang`` (fields not filled)."""
    zh, en = TEXTS[key]
    return en if lang == "en" else zh


def say(key: str, lang: Lang, **fields: object) -> str:
    """The text ``key`` in ``lang`` with ``fields`` filled in."""
    text = template(key, lang)
    return text.format(**fields) if fields else text


#: The window's short name for :func:`say`.
t = say


def join_items(items: Sequence[str], lang: Lang) -> str:
    """A list of item names as players write it."""
    return ("、" if lang == "zh" else ", ").join(items)


def comma(lang: Lang) -> str:
    """The separator of a list in ``lang``."""
    return "、" if lang == "zh" else ", "
