"""What players (and the facilitator) can do, and why the engine may refuse it.

Actions are small frozen values. :meth:`game.engine.game.Game.apply` either applies one and
returns events, or raises :class:`IllegalAction` carrying a :class:`Reason` and changes nothing.

>>> action_from_dict(action_to_dict(Answer(1, 2)))
Answer(player=1, choice=2)
>>> IllegalAction(Reason.NOT_YOUR_TURN, Roll(3)).reason.value
'not_your_turn'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.errors import IllegalAction, Reason, Refusal


@dataclass(frozen=True, slots=True)
class Roll:
    """Roll the die (the only thing to do at the start of a turn or after "roll again")."""

    player: int


@dataclass(frozen=True, slots=True)
class Answer:
    """Answer the pending question with choice ``choice`` (0-based, ``0..n_choices-1``)."""

    player: int
    choice: int


@dataclass(frozen=True, slots=True)
class NameItems:
    """Name items for a name-items square, as free text (split on ，、,;； spaces, 和, 与 …)."""

    player: int
    text: str


@dataclass(frozen=True, slots=True)
class Judge:
    """The facilitator's decision on a name-items verdict: accept it or reject it.

    Sent right after :class:`NameItems`; ``accept`` equal to the automatic verdict confirms it,
    the other value overrides it (a volunteer heard the child say a right answer).
    """

    player: int
    accept: bool


@dataclass(frozen=True, slots=True)
class BotMove:
    """Let the engine play a bot seat's pending decision, using the game's generator."""

    player: int


@dataclass(frozen=True, slots=True)
class Lookup:
    """Quick look-up: "which bin is ``text``?" from the item dictionary.

    Legal at any time for a seat played by a person (it is not a move: whose turn it is and the
    phase do not change); it counts as a hint in that player's learning record.
    """

    player: int
    text: str


Action = Roll | Answer | NameItems | Judge | BotMove | Lookup

__all__ = [
    "Action",
    "Answer",
    "BotMove",
    "IllegalAction",
    "Judge",
    "Lookup",
    "NameItems",
    "Reason",
    "Refusal",
    "Roll",
    "action_from_dict",
    "action_to_dict",
]

_ACTION_TYPES: dict[str, type[Action]] = {
    "roll": Roll,
    "answer": Answer,
    "name_items": NameItems,
    "judge": Judge,
    "bot": BotMove,
    "lookup": Lookup,
}
_TYPE_NAMES = {cls: name for name, cls in _ACTION_TYPES.items()}


def action_to_dict(action: Action) -> dict[str, Any]:
    """A JSON-ready dict: ``{"type": "answer", "player": 1, "choice": 2}``."""
    out: dict[str, Any] = {"type": _TYPE_NAMES[type(action)], "player": action.player}
    if isinstance(action, Answer):
        out["choice"] = action.choice
    elif isinstance(action, (NameItems, Lookup)):
        out["text"] = action.text
    elif isinstance(action, Judge):
        out["accept"] = action.accept
    return out


def action_from_dict(data: Any) -> Action:
    """The action written by :func:`action_to_dict`; ValueError for anything else."""
    if not isinstance(data, dict):
        raise ValueError(f"not an action: {data!r}")
    cls = _ACTION_TYPES.get(data.get("type"))  # type: ignore[arg-type]
    fields = {"type", "player"}
    if cls is Answer:
        fields.add("choice")
    elif cls is NameItems or cls is Lookup:
        fields.add("text")
    elif cls is Judge:
        fields.add("accept")
    if cls is None or set(data) != fields:
        raise ValueError(f"not an action: {data!r}")
    player = data["player"]
    if not _is_int(player):
        raise ValueError(f"not an action: {data!r}")
    if cls is Answer:
        if not _is_int(data["choice"]):
            raise ValueError(f"not an action: {data!r}")
        return Answer(player, data["choice"])
    if cls is NameItems:
        if not isinstance(data["text"], str):
            raise ValueError(f"not an action: {data!r}")
        return NameItems(player, data["text"])
    if cls is Lookup:
        if not isinstance(data["text"], str):
            raise ValueError(f"not an action: {data!r}")
        return Lookup(player, data["text"])
    if cls is Judge:
        if not isinstance(data["accept"], bool):
            raise ValueError(f"not an action: {data!r}")
        return Judge(player, data["accept"])
    return cls(player)  # type: ignore[call-arg]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
