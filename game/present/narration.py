"""Events as lines: what happened, in order, and what it teaches.

The engine returns events (:mod:`game.engine.events`); :func:`narrate` turns each into zero or
more :class:`~game.present.spans.Line`. It decides nothing and keeps no state: every move, score
and effect it reports comes from an event (an answer and a naming verdict carry their square),
and the texts of squares, questions and explanations come from the content.

>>> from game.content.loader import load_bundled
>>> from game.engine import GameSetup, Roll, new_game
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of("小明", "小红"), seed=7)
>>> [line.plain for line in narrate(game, game.apply(Roll(0)), "zh")][:2]
['小明 掷出了 5', '从第0格走到第5格：1 2 3 4 5']
"""

from __future__ import annotations

from collections.abc import Sequence

from game.content.models import Effect, SquareKind
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
from game.present.answers import answer_label, region_notes
from game.present.lookup import looked_up_lines
from game.present.spans import Line, Role, Span, fill, player
from game.present.texts import comma, say, template
from game.present.verdicts import judged_line, verdict_lines

_KIND_KEY = {kind: f"kind_{kind.value}" for kind in SquareKind}


def narrate(game: Game, events: Sequence[Event], lang: Lang) -> list[Line]:
    """All lines for ``events`` of ``game``, in order."""
    out: list[Line] = []
    for event in events:
        out += event_lines(game, event, lang)
    return out


def _named(game: Game, key: str, seat: int, lang: Lang, role: Role = Role.PLAIN, **fields: object) -> Line:
    """Text ``key`` whose ``{name}`` is player ``seat``."""
    strings = {k: str(v) for k, v in fields.items()}
    return fill(template(key, lang), role, name=player(seat, game.setup.players[seat].name), **strings)


def event_lines(game: Game, event: Event, lang: Lang) -> list[Line]:
    """The lines for one event (an event a player's own screen shows another way gives none)."""
    if isinstance(event, TurnStarted):
        return []  # the board or the turn header says whose turn it is
    if isinstance(event, TurnSkipped):
        if event.remaining:
            return [_named(game, "turn_skipped_more", event.player, lang, Role.HINT, remaining=event.remaining)]
        return [_named(game, "turn_skipped", event.player, lang, Role.HINT)]
    if isinstance(event, Rolled):
        return [_named(game, "rolled", event.player, lang, value=event.value)]
    if isinstance(event, Moved):
        return [_moved(event, lang)]
    if isinstance(event, Bounced):
        return [Line.of(say("bounced", lang, back=event.back), Role.HINT)]
    if isinstance(event, Overshot):
        return [Line.of(say("overshot", lang, value=event.value), Role.HINT)]
    if isinstance(event, Landed):
        return _landed(game, event, lang)
    if isinstance(event, Jumped):
        return [Line.of(say("jumped", lang, end=event.end), Role.EFFECT)]
    if isinstance(event, SkipsAdded):
        return [_named(game, "skips_added", event.player, lang, Role.HINT, turns=event.turns)]
    if isinstance(event, RollAgain):
        return [_named(game, "roll_again", event.player, lang, Role.EFFECT)]
    if isinstance(event, QuestionAsked):
        return _bot_question(game, event, lang) if game.is_bot(event.player) else []
    if isinstance(event, NoQuestion):
        return [Line.of(say("no_question", lang), Role.DIM)]
    if isinstance(event, Answered):
        return answered_lines(game, event, lang)
    if isinstance(event, NamingAsked):
        return _bot_naming(game, event, lang) if game.is_bot(event.player) else []
    if isinstance(event, ItemsNamed):
        said = [_said(game, event, lang)] if game.is_bot(event.player) else []
        return said + verdict_lines(event.verdict, game.profile, lang)
    if isinstance(event, NamingJudged):
        return [judged_line(event, lang), effect_line(game, event.square, event.accepted, lang)]
    if isinstance(event, ChainStopped):
        return [Line.of(say("chain_stopped", lang, square=event.square), Role.DIM)]
    if isinstance(event, LookedUp):
        return looked_up_lines(game, event, lang)
    if isinstance(event, Won):
        return [_named(game, "won_by_limit" if event.by_limit else "won", event.player, lang, Role.WIN)]
    return []


def _moved(event: Moved, lang: Lang) -> Line:
    path = " ".join(str(step) for step in event.path)
    if event.cause is MoveCause.ROLL:
        return Line.of(say("moved_roll", lang, start=event.start, end=event.end, path=path))
    key = "moved_on" if event.end >= event.start else "moved_back"
    return Line.of(say(key, lang, end=event.end, path=path))


def _landed(game: Game, event: Landed, lang: Lang) -> list[Line]:
    asks = event.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS)
    if asks and not game.is_bot(event.player):
        return []  # the question or naming panel shows the square
    square = game.board.squares[event.square]
    title = say("landed", lang, square=event.square, kind=say(_KIND_KEY[event.kind], lang))
    text = game.localise(square.text_in(lang))
    return [Line((Span(title, Role.TITLE), Span(text))) if text else Line.of(title.rstrip("：: "), Role.TITLE)]


def _bot_question(game: Game, event: QuestionAsked, lang: Lang) -> list[Line]:
    question = game.find_question(event.question)
    if question is None:
        return []
    lines = [Line.of(say("question_title_review", lang), Role.HINT)] if event.review else []
    lines.append(Line.of(question.prompt(lang), Role.TITLE))
    for choice in range(question.n_choices):
        label = answer_label(question, choice, game.profile, lang)
        lines.append(Line(label.spans, kind="option"))
    return lines


def answered_lines(game: Game, event: Answered, lang: Lang) -> list[Line]:
    """Who chose what (a computer player), right or wrong with the answer, why, the regional
    notes, and what the square does now (a review has no square and no effect). Each line's
    ``kind`` says which of these it is (``chose``, ``verdict``, ``explain``, ``note``, ``effect``),
    so a front end can lay them out its own way with the same words."""
    question = game.find_question(event.question)
    if question is None:
        return []
    region = game.profile
    lines: list[Line] = []
    if game.is_bot(event.player):
        choice = answer_label(question, event.choice, region, lang)
        name = player(event.player, game.setup.players[event.player].name)
        chose = fill(template("bot_answers", lang), name=name, choice=choice)
        lines.append(Line(chose.spans, chose.role, kind="chose"))
    if event.right:
        points = say("plus_points", lang, points=event.points) if event.points else ""
        lines.append(Line.of(say("right", lang) + points, Role.RIGHT, kind="verdict"))
    else:
        answer = answer_label(question, event.correct, region, lang)
        wrong = fill(template("wrong", lang), Role.WRONG, answer=answer)
        lines.append(Line(wrong.spans, wrong.role, kind="verdict"))
    lines.append(Line.of(game.explanation(question, event.player, lang), kind="explain"))
    lines += [Line(note.spans, note.role, kind="note") for note in region_notes(game, event, question, region, lang)]
    if event.square is not None:
        effect = effect_line(game, event.square, event.right, lang)
        lines.append(Line(effect.spans, effect.role, kind="effect"))
    return lines


def effect_line(game: Game, square: int, right: bool, lang: Lang) -> Line:
    """What ``square`` does after a right (or wrong) answer, from its effects."""
    effect: Effect = game.board.squares[square].right if right else game.board.squares[square].wrong
    if effect.is_empty:
        return Line.of(say("effect_none_right" if right else "effect_none_wrong", lang), Role.DIM)
    key = "effect_right" if right else "effect_wrong"
    return Line.of(say(key, lang, effect=effect.describe(lang)), Role.RIGHT if right else Role.HINT)


def _bot_naming(game: Game, event: NamingAsked, lang: Lang) -> list[Line]:
    if event.category is None:
        return [Line.of(say("naming_task_any", lang, count=event.count))]
    from game.present.spans import bin_span

    return [Line((Span(say("naming_task", lang, count=event.count)), bin_span(event.category, game.profile, lang)))]


def _said(game: Game, event: ItemsNamed, lang: Lang) -> Line:
    name = player(event.player, game.setup.players[event.player].name)
    return Line((name, Span(("：" if lang == "zh" else ": ") + event.text)))


__all__ = ["answered_lines", "comma", "effect_line", "event_lines", "narrate"]
