"""Which actions are legal now, and why one is refused: one place for the game's legality.

>>> from game.engine.state import GameState
>>> from game.engine.rng import Pcg32
>>> state = GameState.blank(2, Pcg32.from_seed(1))
>>> legal_actions(state, (False, True), ())
(Roll(player=0),)
>>> refusal(state, (False, True), (), Roll(1)).reason.value
'not_your_turn'
"""

from __future__ import annotations

from game.engine.actions import Action, Answer, BotMove, Judge, Lookup, NameItems, Reason, Refusal, Roll
from game.engine.state import GameState, Phase

_ROLL = Phase.ROLL
_ANSWER = Phase.ANSWER
_NAME = Phase.NAME
_VERDICT = Phase.VERDICT
_OVER = Phase.OVER
_ACTION_TYPES = (Roll, Answer, NameItems, Judge, BotMove, Lookup)
_EXPECTED = {
    _ROLL: (Roll, Reason.ROLL_EXPECTED),
    _ANSWER: (Answer, Reason.ANSWER_EXPECTED),
    _NAME: (NameItems, Reason.NAMING_EXPECTED),
    _VERDICT: (Judge, Reason.JUDGE_EXPECTED),
}


def legal_actions(state: GameState, bots: tuple[bool, ...], n_choices: tuple[int, ...]) -> tuple[Action, ...]:
    """Every action legal in ``state``; ``bots`` marks the computer's seats, ``n_choices`` gives
    each question's number of choices (by its index in the question table)."""
    phase = state.phase
    if phase is _OVER:
        return ()
    p = state.current
    if bots[p]:
        return (BotMove(p),)
    if phase is _ROLL:
        return (Roll(p),)
    if phase is _ANSWER:
        return tuple(Answer(p, i) for i in range(n_choices[state.question]))
    if phase is _NAME:
        return (NameItems(p, ""),)
    return (Judge(p, True), Judge(p, False))


def refusal(state: GameState, bots: tuple[bool, ...], n_choices: tuple[int, ...], action: object) -> Refusal | None:
    """Why ``action`` would be refused in ``state``, or None when it is legal."""
    phase = state.phase
    if phase is _OVER:
        return Refusal(Reason.GAME_OVER, action)
    kind = type(action)
    if kind not in _ACTION_TYPES:
        return Refusal(Reason.NOT_AN_ACTION, action)
    player = action.player  # type: ignore[attr-defined]
    if type(player) is not int:
        return Refusal(Reason.NOT_AN_ACTION, action, "the player must be a seat number")
    if not 0 <= player < len(state.positions):
        return Refusal(Reason.NO_SUCH_PLAYER, action)
    if kind is Lookup:
        if bots[player]:
            return Refusal(Reason.BOT_SEAT, action)
        if not isinstance(action.text, str):  # type: ignore[attr-defined]
            return Refusal(Reason.NOT_AN_ACTION, action, "the look-up must be text")
        return None
    if player != state.current:
        return Refusal(Reason.NOT_YOUR_TURN, action, f"seat {state.current} is to act")
    if kind is BotMove:
        return None if bots[player] else Refusal(Reason.NOT_A_BOT, action)
    if bots[player]:
        return Refusal(Reason.BOT_SEAT, action)
    expected, reason = _EXPECTED[phase]
    if kind is not expected:
        return Refusal(reason, action)
    if kind is Answer:
        choice = action.choice  # type: ignore[attr-defined]
        if type(choice) is not int:
            return Refusal(Reason.NOT_AN_ACTION, action, "the choice must be a number")
        count = n_choices[state.question]
        if not 0 <= choice < count:
            return Refusal(Reason.CHOICE_OUT_OF_RANGE, action, f"choices are 0..{count - 1}")
    elif kind is NameItems:
        if not isinstance(action.text, str):  # type: ignore[attr-defined]
            return Refusal(Reason.NOT_AN_ACTION, action, "the answer must be text")
    elif kind is Judge and type(action.accept) is not bool:  # type: ignore[attr-defined]
        return Refusal(Reason.NOT_AN_ACTION, action, "accept must be true or false")
    return None
