"""Save and load a game as JSON-ready data (schema 2), and replay a game from its seed.

The saved data holds the set-up, the seed, the ids of the content used (board name and size,
the ids of the questions the game may ask, in order), the whole state (generator included) and
the log of actions. Loading checks every field, checks that the content matches, and by default
replays the log to make sure the state is the one the actions lead to; any problem raises
:class:`~game.engine.errors.SaveError` (never a bare KeyError). Writing the file is the caller's
job.

>>> from game.content.loader import load_bundled
>>> from game.engine.actions import Roll
>>> from game.engine.game import new_game
>>> from game.engine.state import GameSetup
>>> content = load_bundled()
>>> game = new_game(content, GameSetup.of("A", "B"), seed=1)
>>> _ = game.apply(Roll(0))
>>> load_game(save_game(game), content) == game
True
>>> replay(1, game.setup, game.state.log, content, upto=0).state.positions
[0, 0]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from game.engine.actions import Action, IllegalAction, action_from_dict, action_to_dict
from game.engine.errors import SaveError, SetupError
from game.engine.events import Event
from game.engine.game import Game, new_game
from game.engine.rng import Pcg32
from game.engine.state import GameSetup, GameState, Phase, PlayerRecord
from game.engine.table import ContentSource

#: Schema 2 (issue 7) adds player levels and focus items, reviews, look-ups and hints.
SAVE_SCHEMA = 2
SAVE_FORMAT = "fenleiqi-game"


def save_game(game: Game) -> dict[str, Any]:
    """The game as a JSON-ready dict (``"schema": 2``)."""
    st = game.state
    return {
        "schema": SAVE_SCHEMA,
        "format": SAVE_FORMAT,
        "seed": game.seed,
        "setup": game.setup.to_dict(),
        "content": {
            "board": game.board.name,
            "size": game.board.size,
            "questions": [q.id for q in game.questions],
        },
        "state": {
            "positions": list(st.positions),
            "skips": list(st.skips),
            "scores": list(st.scores),
            "turns": list(st.turns),
            "current": st.current,
            "phase": st.phase.value,
            "again": st.again,
            "chain": st.chain,
            "square": st.square,
            "question": st.question,
            "verdict": st.verdict,
            "winner": st.winner,
            "podium": list(st.podium),
            "decks": {key: list(deck) for key, deck in st.decks.items()},
            "rng": st.rng.to_json(),
            "records": [record.to_dict() for record in st.records],
            "reviews": [[[qid, due] for qid, due in pending] for pending in st.reviews],
            "review": st.review,
        },
        "log": [action_to_dict(action) for action in st.log],
    }


def load_game(data: Any, content: ContentSource, *, verify: bool = True) -> Game:
    """The game saved by :func:`save_game`, against the same content.

    Args:
        data: the parsed JSON.
        content: the content the game was played with.
        verify: replay the log from the seed and require the very same state.

    Raises:
        SaveError: the data is corrupted, of another schema, or made with other content.
    """
    if not isinstance(data, dict):
        raise SaveError("not a fenleiqi saved game: the data is not a JSON object")
    if data.get("format") != SAVE_FORMAT:
        raise SaveError("not a fenleiqi saved game (no 'format': 'fenleiqi-game')")
    if data.get("schema") == 1:
        raise SaveError(
            "this game was saved by an older version of fenleiqi (save schema 1) and cannot be resumed: "
            "please start a new game · 这局游戏是旧版本保存的，无法继续，请开始新的一局"
        )
    if data.get("schema") != SAVE_SCHEMA:
        raise SaveError(f"saved game schema {data.get('schema')!r} is not supported (this version reads {SAVE_SCHEMA})")
    try:
        return _load(data, content, verify)
    except SaveError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, LookupError) as error:
        raise SaveError(f"corrupted saved game: {error}") from None


def _load(data: dict[str, Any], content: ContentSource, verify: bool) -> Game:
    _keys(data, {"schema", "format", "seed", "setup", "content", "state", "log"}, "saved game")
    seed = data["seed"]
    if type(seed) is not int:
        raise SaveError(f"corrupted saved game: the seed must be a whole number, not {seed!r}")
    try:
        setup = GameSetup.from_dict(data["setup"])
    except ValueError as error:
        raise SaveError(f"corrupted saved game: {error}") from None
    log = data["log"]
    if not isinstance(log, list):
        raise SaveError("corrupted saved game: 'log' is not a list")
    actions = [action_from_dict(item) for item in log]
    try:
        fresh = new_game(content, setup, seed)
    except SetupError as error:
        raise SaveError(f"the saved game does not fit the loaded content: {error}") from None
    used = data["content"]
    _keys(used, {"board", "size", "questions"}, "content")
    if used["board"] != fresh.board.name or used["size"] != fresh.board.size:
        raise SaveError(
            f"the game was saved on board {used['board']!r} ({used['size']} steps), "
            f"not {fresh.board.name!r} ({fresh.board.size} steps)"
        )
    if used["questions"] != [q.id for q in fresh.questions]:
        raise SaveError("the game was saved with another question bank (the question ids differ)")
    state = _state(data["state"], fresh, actions)
    game = Game(content, setup, seed, state)
    if verify:
        try:
            replayed = replay(seed, setup, actions, content)
        except IllegalAction as error:
            raise SaveError(f"the saved log contains an illegal action: {error}") from None
        if replayed.state != state:
            raise SaveError("the saved state does not match its own log of actions")
    return game


def _state(raw: Any, fresh: Game, log: list[Action]) -> GameState:
    _keys(
        raw,
        {
            "positions",
            "skips",
            "scores",
            "turns",
            "current",
            "phase",
            "again",
            "chain",
            "square",
            "question",
            "verdict",
            "winner",
            "podium",
            "decks",
            "rng",
            "records",
            "reviews",
            "review",
        },
        "state",
    )
    n = fresh.players
    size = fresh.board.size
    n_questions = len(fresh.questions)
    n_asked = len(fresh._table.all)
    reviews = raw["reviews"]
    if not isinstance(reviews, list) or len(reviews) != n:
        raise SaveError("corrupted saved game: one review list per player is needed")
    known = fresh._table.index
    pending: list[list[tuple[str, int]]] = []
    for entries in reviews:
        if not isinstance(entries, list):
            raise SaveError("corrupted saved game: a review list is not a list")
        seat: list[tuple[str, int]] = []
        for entry in entries:
            if not (isinstance(entry, list) and len(entry) == 2 and entry[0] in known):
                raise SaveError(f"corrupted saved game: {entry!r} is not a review of a known question")
            seat.append((entry[0], _int(entry[1], "review turn", 1)))
        pending.append(seat)
    decks = raw["decks"]
    if not isinstance(decks, dict):
        raise SaveError("corrupted saved game: 'decks' is not an object")
    records = raw["records"]
    if not isinstance(records, list) or len(records) != n:
        raise SaveError("corrupted saved game: one learning record per player is needed")
    verdict = raw["verdict"]
    if verdict is not None and not isinstance(verdict, bool):
        raise SaveError("corrupted saved game: 'verdict' must be true, false or null")
    podium = _ints(raw["podium"], "podium", None, 0, n - 1)
    if podium and sorted(podium) != list(range(n)):
        raise SaveError("corrupted saved game: 'podium' must rank every player once")
    state = GameState(
        positions=_ints(raw["positions"], "positions", n, 0, size),
        skips=_ints(raw["skips"], "skips", n, 0),
        scores=_ints(raw["scores"], "scores", n, 0),
        turns=_ints(raw["turns"], "turns", n, 0),
        current=_int(raw["current"], "current", 0, n - 1),
        phase=Phase(raw["phase"]),
        again=_bool(raw["again"], "again"),
        chain=_int(raw["chain"], "chain", 0),
        square=_int(raw["square"], "square", 0, size),
        question=_int(raw["question"], "question", -1, n_asked - 1),
        verdict=verdict,
        winner=_int(raw["winner"], "winner", -1, n - 1),
        podium=podium,
        decks={
            _str(key, "deck name"): _ints(deck, f"deck {key}", None, 0, n_questions - 1) for key, deck in decks.items()
        },
        rng=Pcg32.from_json(raw["rng"]),
        records=[PlayerRecord.from_dict(record) for record in records],
        log=log,
        reviews=pending,
        review=_bool(raw["review"], "review"),
    )
    if state.review and state.phase is not Phase.ANSWER:
        raise SaveError("corrupted saved game: a review is pending outside the answer phase")
    if state.phase is Phase.ANSWER and not state.review and state.question >= n_questions:
        raise SaveError("corrupted saved game: only a review asks about a dictionary item")
    if state.phase is Phase.ANSWER and state.question < 0:
        raise SaveError("corrupted saved game: a question is pending but none is drawn")
    if state.phase is Phase.VERDICT and state.verdict is None:
        raise SaveError("corrupted saved game: a verdict is pending but none is given")
    if (state.phase is Phase.OVER) != (state.winner >= 0):
        raise SaveError("corrupted saved game: only a finished game has a winner")
    return state


def _keys(value: Any, keys: set[str], what: str) -> None:
    if not isinstance(value, dict):
        raise SaveError(f"corrupted saved game: {what} is not an object")
    if set(value) != keys:
        missing = sorted(keys - set(value))
        extra = sorted(set(value) - keys)
        raise SaveError(f"corrupted saved game: {what} has missing keys {missing} / unknown keys {extra}")


def _int(value: Any, what: str, low: int, high: int | None = None) -> int:
    if type(value) is not int or value < low or (high is not None and value > high):
        bound = f"{low}..{high}" if high is not None else f">= {low}"
        raise SaveError(f"corrupted saved game: {what} must be a whole number {bound}, not {value!r}")
    return value


def _ints(value: Any, what: str, length: int | None, low: int, high: int | None = None) -> list[int]:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        raise SaveError(f"corrupted saved game: {what} must be a list" + (f" of {length}" if length else ""))
    return [_int(v, what, low, high) for v in value]


def _bool(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise SaveError(f"corrupted saved game: {what} must be true or false, not {value!r}")
    return value


def _str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise SaveError(f"corrupted saved game: {what} must be text, not {value!r}")
    return value


def replay(
    seed: int, setup: GameSetup, actions: Sequence[Action], content: ContentSource, upto: int | None = None
) -> Game:
    """The game reached by applying the first ``upto`` of ``actions`` (all when None) to a new game.

    Raises:
        IllegalAction: an action of the log is not legal where it comes.
    """
    game = new_game(content, setup, seed)
    for step, action in enumerate(actions):
        if upto is not None and step >= upto:
            break
        game.apply(action)
    return game


def replay_events(
    seed: int, setup: GameSetup, actions: Sequence[Action], content: ContentSource
) -> Iterator[tuple[Action, list[Event]]]:
    """Replay ``actions`` one by one, yielding each action with its events."""
    game = new_game(content, setup, seed)
    for action in actions:
        yield action, game.apply(action)
