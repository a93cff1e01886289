"""Characters that must never reach a screen, a terminal or a file people read: control characters
(tabs and line breaks aside) and the invisible format characters that reorder or hide text (bidi
controls, zero-width characters, a BOM inside text, tag characters).

The content loader refuses them with their position; front ends strip them from anything else
(names, typed text, spreadsheets, saves) where it enters.

>>> visible("小明\\u202e\\x1b[2J")
'小明[2J'
>>> hidden_at("a\\u200bb")
1
"""

from __future__ import annotations

import re

from game.errors import Text

#: The longest player name (the front ends ask for far less; a save or a command line may not).
MAX_NAME_CHARS = 40

HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)


#: How to fix a hidden character in content (the loader and the spreadsheet import say the same).
HIDDEN_FIX = Text(
    "删掉它：复制粘贴时常会带进来，重新打一遍这段文字最保险",
    "delete it: copying and pasting often brings them in; typing the text again is safest",
)


def visible(text: str) -> str:
    """``text`` without hidden characters (line breaks and tabs kept)."""
    return HIDDEN.sub("", text)


def hidden_at(text: str) -> int | None:
    """The index of the first hidden character in ``text``, or None."""
    found = HIDDEN.search(text)
    return found.start() if found is not None else None


def clean_name(raw: str) -> str:
    """A name given on a command line as people see it: no control or escape characters, and bytes
    that were not valid text (typed in another encoding) shown as "?" instead of failing when the
    name is saved.

    >>> clean_name(" 小明" + chr(27) + "[2J "), clean_name(chr(0xDCB2) + chr(0xDCE2))
    ('小明[2J', '??')
    """
    return visible(raw.encode("utf-8", "replace").decode("utf-8")).strip()
