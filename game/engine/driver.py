"""Driving a game: the computer's move for a seat, letting bots play, applying a list of actions.

>>> from game.content.loader import load_bundled
>>> from game.engine.game import new_game
>>> from game.engine.state import GameSetup
>>> game = new_game(load_bundled(), GameSetup.of(bots=2), seed=4)
>>> play_bots(game) > 0 and game.over
True
"""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.actions import Action, BotMove
from game.engine.events import Event
from game.engine.game import Game


def bot_action(game: Game) -> Action | None:
    """The action that lets the computer play the current seat, or None for a person's seat."""
    if game.over or not game.is_bot(game.state.current):
        return None
    return BotMove(game.state.current)


def play_bots(game: Game, max_actions: int = 1_000_000) -> int:
    """Let the computer play while bot seats are to act; returns how many actions were applied.

    The bots' actions are logged exactly as if each :class:`BotMove` had gone through
    :meth:`Game.apply`, but no events are built: this is the fast path for simulations.
    """
    return game.run_bots(max_actions)


def run_actions(game: Game, actions: Sequence[Action]) -> list[list[Event]]:
    """Apply ``actions`` in order; returns the events of each."""
    return [game.apply(action) for action in actions]
