"""The set-up screen: how many players, how many are computer players, their names, each
person's level (儿童/少年/成人), pinyin for children and teens (on by default for a child), whether
to keep their learning history (asked only for names not kept already; the app then opts them in),
how good the computer is, and how hard the questions are. Enter through every prompt starts a game
of two adults with no history kept; command-line options become the defaults (``--levels`` the
levels; ``--players`` skips the screen).

This module imports neither the engine nor the content loader, so the first prompt appears at once.

>>> import io
>>> from rich.console import Console
>>> from game.terminal.prompt import Prompter
>>> console = Console(file=io.StringIO(), width=80, color_system=None)
>>> choice = ask_setup(Prompter(console, io.StringIO("\\n\\n\\n\\n\\n\\n1\\n\\ny\\n\\n")), Defaults(), "zh")
>>> [(seat.name, seat.bot, seat.level, seat.remember, seat.pinyin) for seat in choice.seats], choice.difficulty
([('玩家1', False, 'adult', False, None), ('玩家2', False, 'child', True, True)], (1, 3))
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text

from game.errors import Lang
from game.present.texts import say
from game.terminal.prompt import Prompter, parse_number
from game.terminal.styles import TITLE_STYLE
from game.terminal.wrap import fit

MAX_PLAYERS = 6
MAX_NAME_CELLS = 12
BOT_LEVELS = {1: 0.5, 2: 0.7, 3: 0.9}
DIFFICULTIES = {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (2, 3)}
#: The player levels offered for each person (the keys of ``game.engine.levels.LEVELS``).
PERSON_LEVELS = {1: "child", 2: "teen", 3: "adult"}
_YES = ("y", "yes", "是", "要", "好", "记住", "对")
_NO = ("n", "no", "否", "不", "不要", "不用")


@dataclass(frozen=True)
class Seat:
    """One seat as chosen on the set-up screen."""

    name: str
    bot: bool
    p_correct: float
    level: str = "adult"  #: the player's level: child, teen or adult (:data:`PERSON_LEVELS`)
    remember: bool = False  #: the person opted in to a learning history across games now
    pinyin: bool | None = None  #: pinyin under the seat's texts (None: as the level says, on for a child)


@dataclass(frozen=True)
class SetupChoice:
    """What the set-up screen decided."""

    seats: tuple[Seat, ...]
    difficulty: tuple[int, int]


@dataclass(frozen=True)
class Defaults:
    """The defaults the set-up screen offers (from the command line)."""

    players: int | None = None
    names: tuple[str, ...] = ()
    bots: int | None = None
    bot_level: float = 0.7
    difficulty: tuple[int, int] = (1, 3)
    levels: tuple[str, ...] = ()  #: each seat's level in seat order (``--levels``; later seats: adult)
    remembered: frozenset[str] = frozenset()  #: names whose learning history is kept already (not asked)
    low: int = 1  #: fewest players the board allows
    high: int = MAX_PLAYERS  #: most players the board allows


def _key_for(table: dict[int, object], value: object) -> int | None:
    return next((key for key, known in table.items() if known == value), None)


def default_seats(defaults: Defaults, players: int, bots: int, lang: Lang) -> list[Seat]:
    """Seats for ``players`` players whose last ``bots`` are computer players, named by default.

    >>> [s.name for s in default_seats(Defaults(names=("小明",)), 3, 1, "zh")]
    ['小明', '玩家2', '电脑1']
    """
    seats = []
    for index in range(players):
        bot = index >= players - bots
        if index < len(defaults.names):
            name = fit(defaults.names[index], MAX_NAME_CELLS)
        elif bot:
            name = say("bot_name", lang, n=index - (players - bots) + 1)
        else:
            name = say("default_name", lang, seat=index + 1)
        level = defaults.levels[index] if index < len(defaults.levels) else "adult"
        seats.append(Seat(name, bot, defaults.bot_level, level))
    return seats


def setup_from_defaults(defaults: Defaults, lang: Lang) -> SetupChoice:
    """The set-up the command line asks for, without asking anything (``--players`` was given)."""
    players = defaults.players or max(2, len(defaults.names))
    bots = min(players, defaults.bots or 0)
    return SetupChoice(tuple(default_seats(defaults, players, bots, lang)), defaults.difficulty)


def ask_setup(ask: Prompter, defaults: Defaults, lang: Lang) -> SetupChoice:
    """Ask for the set-up, offering ``defaults``; re-asks until every answer makes sense."""
    ask.console.print(Text(say("setup_title", lang), style=TITLE_STYLE))
    low, high = defaults.low, defaults.high
    wanted = defaults.players or max(2, len(defaults.names))
    default_players = min(high, max(low, wanted))
    players = ask.choose(
        Text(say("ask_players", lang, low=low, high=high, default=default_players)),
        parse_number(low, high),
        say("retry_players", lang, low=low, high=high),
        default_players,
    )
    default_bots = min(players, defaults.bots or 0)
    bots = ask.choose(
        Text(say("ask_bots", lang, high=players, default=default_bots)),
        parse_number(0, players),
        say("retry_bots", lang, high=players),
        default_bots,
    )
    seats = default_seats(defaults, players, bots, lang)
    taken: list[str] = []
    for index, seat in enumerate(seats):
        if seat.bot:
            continue
        name = _ask_name(ask, index, seat.name, taken, lang)
        seats[index] = Seat(name, False, seat.p_correct, seat.level)
        taken.append(name)
    for index, seat in enumerate(seats):
        if not seat.bot:
            person_level = _ask_level(ask, seat, lang)
            pinyin = _ask_pinyin(ask, seat.name, person_level == "child", lang) if person_level != "adult" else None
            remember = seat.name not in defaults.remembered and _ask_remember(ask, seat.name, lang)
            seats[index] = Seat(seat.name, False, seat.p_correct, person_level, remember, pinyin)
    level = defaults.bot_level
    if bots:
        key = _key_for(dict(BOT_LEVELS), level)
        shown = str(key) if key is not None else f"{round(level * 100)}%"
        parse = parse_number(1, len(BOT_LEVELS))
        chosen = ask.choose(
            Text(say("ask_bot_level", lang, default=shown)), parse, say("retry_bot_level", lang), key or 0
        )
        level = BOT_LEVELS.get(chosen, level)
        seats = [Seat(s.name, s.bot, level, s.level, s.remember, s.pinyin) for s in seats]
    key = _key_for(dict(DIFFICULTIES), defaults.difficulty)
    low_d, high_d = defaults.difficulty
    shown = str(key) if key is not None else f"{low_d}-{high_d}"
    chosen = ask.choose(
        Text(say("ask_difficulty", lang, default=shown)),
        parse_number(1, len(DIFFICULTIES)),
        say("retry_difficulty", lang),
        key or 0,
    )
    difficulty = DIFFICULTIES.get(chosen, defaults.difficulty)
    return SetupChoice(tuple(seats), difficulty)


def _ask_level(ask: Prompter, seat: Seat, lang: Lang) -> str:
    """The level of the person at ``seat`` (Enter keeps the seat's default)."""
    default = _key_for(dict(PERSON_LEVELS), seat.level) or len(PERSON_LEVELS)
    chosen = ask.choose(
        Text(say("ask_level", lang, name=seat.name, default=default)),
        parse_number(1, len(PERSON_LEVELS)),
        say("retry_level", lang),
        default,
    )
    return PERSON_LEVELS[chosen]


def _ask_pinyin(ask: Prompter, name: str, default: bool, lang: Lang) -> bool:
    """Whether ``name`` reads with pinyin (asked for children, on by default, and teens, off)."""
    choices = "Y/n" if default else "y/N"
    return ask.choose(
        Text(say("ask_pinyin", lang, name=name, choices=choices)), parse_yes_no, say("retry_pinyin", lang), default
    )


def _ask_remember(ask: Prompter, name: str, lang: Lang) -> bool:
    """Whether ``name`` wants a learning history kept across games (Enter: no)."""
    return ask.choose(Text(say("ask_remember", lang, name=name)), parse_yes_no, say("retry_remember", lang), False)


def parse_yes_no(text: str) -> bool | None:
    """``y``/``是``/``要`` → True, ``n``/``否``/``不`` → False, anything else None.

    >>> parse_yes_no("Y"), parse_yes_no("要"), parse_yes_no("不要"), parse_yes_no("也许")
    (True, True, False, None)
    """
    word = text.lower()
    if word in _YES:
        return True
    return False if word in _NO else None


def _ask_name(ask: Prompter, index: int, default: str, taken: list[str], lang: Lang) -> str:
    while True:
        name = ask.line(Text(say("ask_name", lang, seat=index + 1, default=default))) or default
        name = " ".join(name.split())
        if cell_len(name) > MAX_NAME_CELLS:
            ask.hint(say("retry_name_long", lang, cells=MAX_NAME_CELLS, chars=MAX_NAME_CELLS // 2))
        elif name in taken:
            ask.hint(say("retry_name_taken", lang, name=name))
        else:
            return name
