"""Narration in the terminal: the present layer's lines (:mod:`game.present.narration`) as rich
text, with each role in its terminal style, a player as a numbered token and a bin with its
letter badge.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, Roll, new_game
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of("小明", "小红"), seed=7)
>>> narrator = Narrator(game, "zh")
>>> [line.plain for line in narrator.lines(game.apply(Roll(0)))][:2]
['1 小明 掷出了 5', '从第0格走到第5格：1 2 3 4 5']
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from game.engine import Answered, Event, Game, ItemsNamed
from game.errors import Lang
from game.present.narration import event_lines
from game.present.spans import Line, Role, Span
from game.terminal.board_view import pack
from game.terminal.styles import (
    CATEGORY_STYLE,
    DIM_STYLE,
    HINT_STYLE,
    RIGHT_STYLE,
    TITLE_STYLE,
    WRONG_STYLE,
    badge,
    token,
)
from game.terminal.wrap import wrap

#: The terminal style of each role (a line's role styles the whole line, a span's role its text).
ROLE_STYLE: dict[Role, str] = {
    Role.PLAIN: "",
    Role.TITLE: TITLE_STYLE,
    Role.PLAYER: TITLE_STYLE,
    Role.BIN: "",
    Role.NUMBER: TITLE_STYLE,
    Role.RIGHT: RIGHT_STYLE,
    Role.WRONG: WRONG_STYLE,
    Role.HINT: HINT_STYLE,
    Role.DIM: DIM_STYLE,
    Role.EFFECT: "bold cyan",
    Role.WIN: "bold green",
}


def span_text(span: Span) -> Text:
    """One span in its style: a player with their token, a bin with its badge."""
    if span.role is Role.PLAYER and span.seat is not None:
        text = token(span.seat)
        text.append(" ")
        text.append(span.text, style=TITLE_STYLE)
        return text
    if span.role is Role.BIN and span.category is not None:
        text = badge(span.category)
        text.append(" ")
        text.append(span.text, style=CATEGORY_STYLE[span.category])
        return text
    return Text(span.text, style=ROLE_STYLE[span.role])


def to_text(line: Line) -> Text:
    """A line as rich text."""
    out = Text(style=ROLE_STYLE[line.role])
    for span in line.spans:
        out.append_text(span_text(span))
    return out


def to_texts(lines: Sequence[Line], width: int) -> list[Text]:
    """Lines as rich text; the numbered choices of a computer's question are laid out together."""
    out: list[Text] = []
    options: list[Text] = []
    for line in [*lines, None]:
        if line is not None and line.kind == "option":
            options.append(to_text(line))
            continue
        if options:
            out += [Text("  ").append_text(t) for t in pack(options, width - 2, gap=4, columns=True)]
            options = []
        if line is not None:
            out.append(to_text(line))
    return out


def pinyin_lines(text: str, width: int, indent: int = 0) -> list[Text]:
    """The pinyin of ``text`` as dim lines to print under it, wrapped at ``width`` cells."""
    from game.present.pinyin import pinyin_line  # pypinyin loads on first use: a child's seat

    return wrap(Text(" " * indent + pinyin_line(text), style=DIM_STYLE), width, indent=indent)


class Narrator:
    """Turns the events of one game into lines for a terminal ``width`` cells wide."""

    def __init__(self, game: Game, lang: Lang, width: int = 80) -> None:
        self.game = game
        self.lang = lang
        self.width = width

    def lines(self, events: Sequence[Event]) -> list[Text]:
        """All lines for ``events``; a person who reads with pinyin gets it under their verdict, the
        explanation and the judge's lines about the items they named."""
        out: list[Text] = []
        for event in events:
            lines = event_lines(self.game, event, self.lang)
            named = isinstance(event, ItemsNamed) and self._reads_pinyin(event.player)
            if not (named or (isinstance(event, Answered) and self._reads_pinyin(event.player))):
                out += to_texts(lines, self.width)
                continue
            for line in lines:
                out.append(to_text(line))
                if named or line.kind in ("verdict", "explain"):  # every line of a naming verdict
                    out += pinyin_lines(out[-1].plain, self.width)
        return out

    def _reads_pinyin(self, seat: int) -> bool:
        return self.lang == "zh" and not self.game.is_bot(seat) and self.game.setup.players[seat].shows_pinyin
