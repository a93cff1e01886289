"""Events as lines of text: what happened, in order, and what it teaches.

The engine returns events (:mod:`game.engine.events`); :class:`Narrator` turns each into zero or
more lines. It decides nothing: every move, score and effect it reports comes from an event, and
the texts of squares, questions and explanations come from the content.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, Roll, new_game
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of("小明", "小红"), seed=7)
>>> narrator = Narrator(game, content.region(), "zh")
>>> [line.plain for line in narrator.lines(game.apply(Roll(0)))][:2]
['1 小明 掷出了 5', '从第0格走到第5格：1 2 3 4 5']
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from game.content.models import Effect, Region, SquareKind
from game.engine import (
    Answered,
    Bounced,
    ChainStopped,
    Event,
    Game,
    ItemsNamed,
    Jumped,
    Landed,
    LookedUp,
    MoveCause,
    Moved,
    NamingAsked,
    NamingJudged,
    NoQuestion,
    Overshot,
    QuestionAsked,
    RollAgain,
    Rolled,
    SkipsAdded,
    TurnSkipped,
    TurnStarted,
    Won,
)
from game.errors import Lang
from game.terminal.question_view import answer_label, numbered_options, verdict_lines
from game.terminal.styles import (
    DIM_STYLE,
    HINT_STYLE,
    RIGHT_STYLE,
    TITLE_STYLE,
    WRONG_STYLE,
    bin_label,
    compose,
    token,
)
from game.terminal.texts import say, template

_KIND_KEY = {kind: f"kind_{kind.value}" for kind in SquareKind}


def differences_text(game: Game, event: Answered, lang: Lang) -> str:
    """How other regions sort the item: ``深圳 厨余垃圾；全国 其他垃圾``."""
    parts = []
    for key, category in event.differences:
        profile = game.region_profile(key)
        if profile is None:
            parts.append(f"{key} {category.english_name if lang == 'en' else category.national_name}")
        else:
            name = profile.name_en if lang == "en" and profile.name_en else profile.name
            parts.append(f"{name} {profile.category_name(category, lang)}")
    return ("；" if lang == "zh" else "; ").join(parts)


class Narrator:
    """Turns the events of one game into lines for a terminal ``width`` cells wide."""

    def __init__(self, game: Game, region: Region, lang: Lang, width: int = 80) -> None:
        self.game = game
        self.region = region
        self.lang = lang
        self.width = width
        #: The square whose question or naming is being resolved (effects of answers come from it).
        self.square = 0

    def name(self, seat: int) -> Text:
        """A player's token and name."""
        text = token(seat)
        text.append(" ")
        text.append(self.game.setup.players[seat].name, style=TITLE_STYLE)
        return text

    def _say(self, key: str, player: int | None = None, style: str = "", **fields: object) -> Text:
        """Text ``key``; ``{name}`` becomes ``player``'s token and name."""
        if player is None:
            return Text(say(key, self.lang, **fields), style=style)
        strings = {k: str(v) for k, v in fields.items()}
        return compose(template(key, self.lang), style, name=self.name(player), **strings)

    def lines(self, events: Sequence[Event], square: int | None = None) -> list[Text]:
        """All lines for ``events``; ``square`` is where a pending question or naming was set."""
        if square is not None:
            self.square = square
        out: list[Text] = []
        for event in events:
            out += self.event(event)
        return out

    def event(self, event: Event) -> list[Text]:
        """The lines for one event."""
        game, lang = self.game, self.lang
        if isinstance(event, TurnStarted):
            return []  # the board (people) or the app's header (computer players) says whose turn it is
        if isinstance(event, TurnSkipped):
            if event.remaining:
                return [self._say("turn_skipped_more", event.player, HINT_STYLE, remaining=event.remaining)]
            return [self._say("turn_skipped", event.player, HINT_STYLE)]
        if isinstance(event, Rolled):
            return [self._say("rolled", event.player, value=event.value)]
        if isinstance(event, Moved):
            return [self._moved(event)]
        if isinstance(event, Bounced):
            return [Text(say("bounced", lang, back=event.back), style=HINT_STYLE)]
        if isinstance(event, Overshot):
            return [Text(say("overshot", lang, value=event.value), style=HINT_STYLE)]
        if isinstance(event, Landed):
            return self._landed(event)
        if isinstance(event, Jumped):
            return [Text(say("jumped", lang, end=event.end), style="bold")]
        if isinstance(event, SkipsAdded):
            return [self._say("skips_added", event.player, HINT_STYLE, turns=event.turns)]
        if isinstance(event, RollAgain):
            return [self._say("roll_again", event.player, "bold cyan")]
        if isinstance(event, QuestionAsked):
            self.square = event.square
            return self._bot_question(event) if game.is_bot(event.player) else []
        if isinstance(event, NoQuestion):
            return [Text(say("no_question", lang), style=DIM_STYLE)]
        if isinstance(event, Answered):
            return self._answered(event)
        if isinstance(event, NamingAsked):
            self.square = event.square
            return self._bot_naming(event) if game.is_bot(event.player) else []
        if isinstance(event, ItemsNamed):
            said = [self._said(event)] if game.is_bot(event.player) else []
            return said + verdict_lines(event.verdict, self.region, lang)
        if isinstance(event, NamingJudged):
            return self._judged(event)
        if isinstance(event, ChainStopped):
            return [Text(say("chain_stopped", lang, square=event.square), style=DIM_STYLE)]
        if isinstance(event, LookedUp):
            return self._looked_up(event)
        if isinstance(event, Won):
            key = "won_by_limit" if event.by_limit else "won"
            return [self._say(key, event.player, "bold green")]
        return []

    def _moved(self, event: Moved) -> Text:
        path = " ".join(str(step) for step in event.path)
        if event.cause is MoveCause.ROLL:
            return Text(say("moved_roll", self.lang, start=event.start, end=event.end, path=path))
        key = "moved_on" if event.end >= event.start else "moved_back"
        return Text(say(key, self.lang, end=event.end, path=path))

    def _landed(self, event: Landed) -> list[Text]:
        square = self.game.board.squares[event.square]
        line = Text(say("landed", self.lang, square=event.square, kind=say(_KIND_KEY[event.kind], self.lang)))
        line.stylize(TITLE_STYLE)
        text = self.game.localise(square.text_in(self.lang))
        asks = event.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS)
        if asks and not self.game.is_bot(event.player):
            return []  # the question or naming panel shows the square
        line.append(text)
        line.rstrip()
        return [line]

    def _bot_question(self, event: QuestionAsked) -> list[Text]:
        question = self.game.find_question(event.question)
        if question is None:
            return []
        lines = [Text(say("question_title_review", self.lang), style=HINT_STYLE)] if event.review else []
        lines += [Text(question.prompt(self.lang), style=TITLE_STYLE)]
        lines += [
            Text("  ").append_text(line) for line in numbered_options(question, self.region, self.lang, self.width - 2)
        ]
        return lines

    def _answered(self, event: Answered) -> list[Text]:
        question = self.game.find_question(event.question)
        lines: list[Text] = []
        if question is None:
            return lines
        if self.game.is_bot(event.player):
            choice = answer_label(question, event.choice, self.region, self.lang)
            lines.append(compose(template("bot_answers", self.lang), name=self.name(event.player), choice=choice))
        if event.right:
            key = "right_points" if event.points else "right"
            lines.append(Text(say(key, self.lang, points=event.points), style=RIGHT_STYLE))
        else:
            answer = answer_label(question, event.correct, self.region, self.lang)
            lines.append(compose(template("wrong", self.lang), WRONG_STYLE, answer=answer))
        lines.append(Text(self.game.explanation(question, event.player, self.lang)))
        if event.also_right:
            bins = ("、" if self.lang == "zh" else " / ").join(
                answer_label(question, c, self.region, self.lang).plain for c in (event.correct, *event.also_right)
            )
            lines.append(Text(say("disputed_here", self.lang, region=self.region.name, bins=bins), style=DIM_STYLE))
        if event.differences:
            lines.append(Text(say("differences", self.lang, items=differences_text(self.game, event, self.lang))))
        if not event.review:  # a review has no square and no effect
            lines.append(self._effect(event.right))
        return lines

    def _effect(self, right: bool) -> Text:
        square = self.game.board.squares[self.square]
        effect: Effect = square.right if right else square.wrong
        if effect.is_empty:
            return Text(say("effect_none_right" if right else "effect_none_wrong", self.lang), style=DIM_STYLE)
        key = "effect_right" if right else "effect_wrong"
        return Text(say(key, self.lang, effect=effect.describe(self.lang)), style=RIGHT_STYLE if right else HINT_STYLE)

    def _looked_up(self, event: LookedUp) -> list[Text]:
        """The item found, its bin as the game's region names it (badge first) and why; or the
        names of similar items when the dictionary does not know the text."""
        lang = self.lang
        generic = self.game.dictionary.generic(event.generic) if event.generic else None
        if generic is not None:
            lines = [
                Text(say("looked_up_generic", lang, text=event.text), style=TITLE_STYLE),
                Text(self.game.localise(generic.reason)),
            ]
            for kind in self.game.dictionary.kinds_of(generic):
                line = Text(f"  {kind.name} → ")
                line.append_text(bin_label(kind.category_in(self.game.setup.region), self.region, lang))
                lines.append(line)
            return lines
        if event.item is None or event.category is None:
            lines = [Text(say("looked_up_unknown", lang, text=event.text), style=HINT_STYLE)]
            if event.suggestions:
                comma = "、" if lang == "zh" else ", "
                lines.append(Text(say("looked_up_suggest", lang, items=comma.join(event.suggestions))))
            else:
                lines.append(Text(say("looked_up_retry", lang), style=DIM_STYLE))
            return lines
        item = self.game.dictionary.exact(event.item)
        name = event.item
        if lang == "en" and item is not None and item.en:
            name = f"{item.en} ({event.item})"
        bin_text = bin_label(event.category, self.region, lang)
        lines = [compose(template("looked_up", lang), TITLE_STYLE, text=event.text, item=name, bin=bin_text)]
        if item is not None and item.reason:
            lines.append(Text(self.game.localise(item.reason)))
        return lines

    def _bot_naming(self, event: NamingAsked) -> list[Text]:
        line = self._say("naming_task_any" if event.category is None else "naming_task", None, count=event.count)
        if event.category is not None:
            line.append_text(bin_label(event.category, self.region, self.lang))
        return [line]

    def _said(self, event: ItemsNamed) -> Text:
        line = self.name(event.player)
        line.append(("：" if self.lang == "zh" else ": ") + event.text)
        return line

    def _judged(self, event: NamingJudged) -> list[Text]:
        if event.overridden:
            key = "judged_override_pass" if event.accepted else "judged_override_fail"
        else:
            key = "judged_pass" if event.accepted else "judged_fail"
        line = Text(say(key, self.lang), style=RIGHT_STYLE if event.accepted else WRONG_STYLE)
        return [line, self._effect(event.accepted)]
