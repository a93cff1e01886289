"""Games in a chosen state, reached through the engine's public API (no rule is copied here)."""

from __future__ import annotations

from collections.abc import Callable

from game.content.loader import load_bundled
from game.content.models import QuestionType
from game.engine import Game, GameSetup, Judge, NameItems, Phase, new_game


def play_until(game: Game, done: Callable[[Game], bool], limit: int = 2000) -> Game:
    """Apply legal actions (answers: the first choice; namings: three kitchen items) until ``done``."""
    for _ in range(limit):
        if done(game) or game.over:
            return game
        action = game.legal_actions()[0]
        if isinstance(action, NameItems):
            action = NameItems(action.player, "香蕉皮、苹果核、剩饭")
        elif isinstance(action, Judge) and game.verdict is not None:
            action = Judge(action.player, game.verdict)
        game.apply(action)
    raise AssertionError("the game never reached the state")


def human_game(players: int = 2, seed: int = 5, **setup: object) -> Game:
    """A new game of people only."""
    names = ["小明", "小红", "Ana", "Ben", "乐乐", "Zoe"][:players]
    return new_game(load_bundled(), GameSetup.of(*names, **setup), seed=seed)  # type: ignore[arg-type]


def asking(kind: QuestionType, seed: int = 5) -> Game:
    """A game waiting for an answer to a question of type ``kind``."""
    return play_until(
        human_game(seed=seed),
        lambda g: g.phase is Phase.ANSWER and g.question is not None and g.question.type is kind,
    )


def naming(seed: int = 5) -> Game:
    """A game waiting for a player to name items."""
    return play_until(human_game(seed=seed), lambda g: g.phase is Phase.NAME)


def finished(seed: int = 5, players: int = 2) -> Game:
    """A game that is over."""
    return play_until(human_game(players=players, seed=seed), lambda g: g.over, limit=20000)
