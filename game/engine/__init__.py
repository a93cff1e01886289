"""The pure rules engine: no I/O, no pygame, no rich.

Start a game with :func:`new_game`, ask it for :meth:`Game.legal_actions`, and
:meth:`Game.apply` an action to get the :mod:`events <game.engine.events>` that happened. All
chance comes from the one seeded generator in the state, so :func:`replay` rebuilds any game
from its seed and actions, and :func:`save_game` / :func:`load_game` resume it exactly.

>>> from game.content.loader import load_bundled
>>> game = new_game(load_bundled(), GameSetup.of("小明", bots=3), seed=2024)
>>> while not game.over:
...     action = bot_action(game) or game.legal_actions()[0]
...     if isinstance(action, NameItems):
...         action = NameItems(action.player, "香蕉皮、苹果核、剩饭")
...     events = game.apply(action)
>>> isinstance(events[-1], Won)
True
"""

from game.content.wording import disputed_names
from game.engine.actions import (
    Action,
    Answer,
    BotMove,
    IllegalAction,
    Judge,
    Lookup,
    NameItems,
    Reason,
    Refusal,
    Roll,
    action_from_dict,
    action_to_dict,
)
from game.engine.dice import Chance, dice_outcomes, die
from game.engine.driver import bot_action, play_bots, run_actions
from game.engine.errors import SaveError, SetupError
from game.engine.events import (
    Answered,
    Bounced,
    ChainStopped,
    Event,
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
    event_to_dict,
)
from game.engine.game import FOCUS_CHANCE, REVIEW_GAP, Game, new_game
from game.engine.judge import NamingVerdict, WrongBin, judge_items, split_answer
from game.engine.levels import DEFAULT_LEVEL, LEVELS, Level, involves
from game.engine.report import CategoryScore, PlayerReport, ReviewResult, learning_report
from game.engine.rng import Pcg32
from game.engine.rules import CHAIN_LIMIT, Rulebook, Stop
from game.engine.save import SAVE_SCHEMA, load_game, replay, replay_events, save_game
from game.engine.state import GameSetup, GameState, Phase, PlayerRecord, PlayerSpec
from game.engine.table import ContentSource, QuestionTable, item_question, question_table

__all__ = [
    "CHAIN_LIMIT",
    "DEFAULT_LEVEL",
    "FOCUS_CHANCE",
    "LEVELS",
    "REVIEW_GAP",
    "SAVE_SCHEMA",
    "Action",
    "Answer",
    "Answered",
    "BotMove",
    "Bounced",
    "CategoryScore",
    "ChainStopped",
    "Chance",
    "ContentSource",
    "Event",
    "Game",
    "GameSetup",
    "GameState",
    "IllegalAction",
    "ItemsNamed",
    "Judge",
    "Jumped",
    "Landed",
    "Level",
    "LookedUp",
    "Lookup",
    "MoveCause",
    "Moved",
    "NameItems",
    "NamingAsked",
    "NamingJudged",
    "NamingVerdict",
    "NoQuestion",
    "Overshot",
    "Pcg32",
    "Phase",
    "PlayerRecord",
    "PlayerReport",
    "PlayerSpec",
    "QuestionAsked",
    "QuestionTable",
    "Reason",
    "Refusal",
    "ReviewResult",
    "Roll",
    "RollAgain",
    "Rolled",
    "Rulebook",
    "SaveError",
    "SetupError",
    "SkipsAdded",
    "Stop",
    "TurnSkipped",
    "TurnStarted",
    "Won",
    "WrongBin",
    "action_from_dict",
    "action_to_dict",
    "bot_action",
    "dice_outcomes",
    "die",
    "disputed_names",
    "event_to_dict",
    "involves",
    "item_question",
    "judge_items",
    "learning_report",
    "load_game",
    "new_game",
    "play_bots",
    "question_table",
    "replay",
    "replay_events",
    "run_actions",
    "save_game",
    "split_answer",
]
