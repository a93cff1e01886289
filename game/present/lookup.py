"""A look-up in words: the item found, its bin as the game's region names it and why; the kinds of
a generic word; or similar names when the dictionary does not know the text.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, Lookup, new_game
>>> game = new_game(load_bundled(), GameSetup.of("小明", "小红"), seed=1)
>>> [line.plain for line in looked_up_lines(game, game.apply(Lookup(0, "香蕉皮"))[0], "zh")][0]
'查一查「香蕉皮」：香蕉皮 属于 厨余垃圾'
"""

from __future__ import annotations

from game.engine import Game, LookedUp
from game.errors import Lang
from game.present.spans import Line, Role, Span, bin_span, fill
from game.present.texts import comma, say, template


def looked_up_lines(game: Game, event: LookedUp, lang: Lang) -> list[Line]:
    """The lines that answer one look-up."""
    region = game.profile
    dictionary = game.dictionary
    generic = dictionary.generic(event.generic) if event.generic else None
    if generic is not None:
        lines = [
            Line.of(say("looked_up_generic", lang, text=event.text), Role.TITLE),
            Line.of(game.localise(generic.reason)),
        ]
        for kind in dictionary.kinds_of(generic):
            lines.append(
                Line(
                    (Span(f"  {kind.name} → "), bin_span(kind.category_in(game.setup.region), region, lang)),
                    kind="kind",
                )
            )
        return lines
    if event.item is None or event.category is None:
        lines = [Line.of(say("looked_up_unknown", lang, text=event.text), Role.HINT)]
        if event.suggestions:
            lines.append(Line.of(say("looked_up_suggest", lang, items=comma(lang).join(event.suggestions))))
        else:
            lines.append(Line.of(say("looked_up_retry", lang), Role.DIM))
        return lines
    item = dictionary.exact(event.item)
    name = event.item
    if lang == "en" and item is not None and item.en:
        name = f"{item.en} ({event.item})"
    lines = [
        fill(
            template("looked_up", lang),
            Role.TITLE,
            text=event.text,
            item=name,
            bin=bin_span(event.category, region, lang),
        )
    ]
    if item is not None and item.reason:
        lines.append(Line.of(game.localise(item.reason)))
    return lines
