"""The set-up screen: players, names, computer or person, difficulty, board, region, language.

The defaults start a two-player game with one click (or Enter). Names are typed, Chinese through
the system input method. When a saved game is waiting, a button continues it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.categories import CATEGORY_ORDER
from game.engine import GameSetup, PlayerSpec, SaveError, SetupError
from game.engine.levels import DEFAULT_LEVEL, LEVELS
from game.errors import Lang
from game.history import History
from game.present.texts import t
from game.savefile import LoadedSave, read_save
from game.window import theme
from game.window.board_view import token_sprite
from game.window.icons import bin_icon, ui_icon
from game.window.layout import text_unit
from game.window.scene import Scene
from game.window.theme import INK, WHITE
from game.window.widgets import Button, Chooser, TextField, Widget, is_click, panel

if TYPE_CHECKING:
    from game.window.app import App

MAX_SEATS = 6
NAME_CHARS = 12
DIFFICULTIES: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (1, 3), (2, 3))
BOT_LEVELS: tuple[tuple[float, str], ...] = (
    (0.5, "bot_level.easy"),
    (0.7, "bot_level.normal"),
    (0.9, "bot_level.hard"),
)

#: the level button's colour: a child's seat stands out from the grown-ups'
LEVEL_COLOURS = {"child": theme.ACCENT, "teen": theme.BUTTON_DARK, "adult": theme.BUTTON}


@dataclass
class Seat:
    """One seat being set up."""

    field: TextField
    bot: bool = False
    toggle: Button | None = None
    level: str = DEFAULT_LEVEL  #: a key of ``LEVELS`` (儿童 / 少年 / 成人)
    level_button: Button | None = None
    remember: bool = False  #: keep this person's learning history (opt-in, :mod:`game.history`)
    remember_button: Button | None = None
    pinyin: bool | None = None  #: pinyin over this person's texts (None: as the level says, on for a child)
    pinyin_button: Button | None = None

    @property
    def shows_pinyin(self) -> bool:
        """Whether the pinyin button is on."""
        return self.level == "child" if self.pinyin is None else self.pinyin


def default_name(seat: int, bot: bool, seats: list[Seat], lang: Lang) -> str:
    """The name a seat gets when the player does not type one (电脑1, 玩家2 …)."""
    if bot:
        number = sum(1 for s in seats[: seat + 1] if s.bot)
        return t("bot_name", lang, n=number)
    return t("default_name", lang, seat=seat + 1)


class SetupScene(Scene):
    """Choose who plays and how; Start makes the game."""

    def __init__(self, app: App, *, notice: str = "", previous: GameSetup | None = None) -> None:
        super().__init__(app)
        options = app.options
        content = app.content
        self.notice = notice
        names = list((previous and [p.name for p in previous.players]) or options.names)
        bots_flags = [p.bot for p in previous.players] if previous else []
        count = len(previous.players) if previous else (options.players or max(2, len(names) + (options.bots or 0)))
        count = max(1, min(MAX_SEATS, count))
        bots = options.bots or 0
        self.seats: list[Seat] = []
        for i in range(MAX_SEATS):
            bot = bots_flags[i] if i < len(bots_flags) else (count - bots <= i < count)
            field = TextField(max_chars=NAME_CHARS)
            wanted = previous.players[i].level if previous and i < len(previous.players) else options.level(i)
            pinyin = previous.players[i].pinyin if previous and i < len(previous.players) else None
            self.seats.append(Seat(field, bot, level=wanted if wanted in LEVELS else DEFAULT_LEVEL, pinyin=pinyin))
        history = History.load()
        for i, seat in enumerate(self.seats):
            seat.field.text = names[i] if i < len(names) else ""
            seat.remember = bool(seat.field.text) and history.enabled(seat.field.text)
            seat.remember_button = Button("", self._rememberer(i))
            seat.pinyin_button = Button("", self._pinyin_toggler(i))
            seat.toggle = Button("", self._toggler(i))
            seat.level_button = Button("", self._leveller(i), colour=theme.BUTTON)
        self.count = Chooser([(n, str(n)) for n in range(1, MAX_SEATS + 1)], index=count - 1)
        difficulty = previous.difficulty if previous else options.difficulty
        self.difficulty = Chooser(self._difficulty_options(difficulty))
        self.difficulty.select(difficulty)
        level = (
            previous.players[-1].p_correct if previous and any(p.bot for p in previous.players) else options.bot_level
        )
        self.bot_level = Chooser(self._bot_options(level))
        self.bot_level.select(level)
        self.board = Chooser([(b.name, b.name) for b in content.boards] or [("", "")])
        wanted_board = previous.board if previous else options.board
        if wanted_board:
            try:
                self.board.select(content.board(wanted_board).name)
            except LookupError:
                self.notice = self.notice or f"{t('setup.board', self.lang)}: “{wanted_board}”?"
        regions = [(r.key, r.key) for r in content.regions] or [("national", "national")]
        self.region = Chooser(regions)
        self.region.select(previous.region if previous else options.region)
        self.language: Chooser[Lang] = Chooser([("zh", "中文"), ("en", "English")], on_change=self._set_lang)
        self.language.select(self.lang)
        self.sound = Chooser([(False, ""), (True, "")], on_change=self._set_sound)
        self.sound.select(app.sound.enabled)
        self.start = Button("", self.start_game, colour=theme.ACCENT)
        self.resume_button: Button | None = None
        self.saved: LoadedSave | None = None
        self._find_saved_game()
        self.rows: list[tuple[str, pygame.Rect]] = []
        self.unit = 20

    # -- choices -----------------------------------------------------------------------------

    def _difficulty_options(self, current: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
        options = list(DIFFICULTIES) + ([current] if current not in DIFFICULTIES else [])
        labels = []
        for low, high in options:
            key = f"difficulty.{low}-{high}"
            label = (
                t(key, self.lang)
                if (low, high) in DIFFICULTIES
                else t("difficulty.custom", self.lang, low=low, high=high)
            )
            labels.append(((low, high), label))
        return labels

    def _bot_options(self, current: float) -> list[tuple[float, str]]:
        options = [(level, t(key, self.lang)) for level, key in BOT_LEVELS]
        if all(abs(level - current) > 1e-9 for level, _ in BOT_LEVELS):
            options.append((current, t("bot_level.custom", self.lang, percent=round(current * 100))))
        return options

    def _toggler(self, index: int) -> Callable[[], None]:
        def toggle() -> None:
            seat = self.seats[index]
            was_default = seat.field.text in ("", default_name(index, seat.bot, self.seats, self.lang))
            seat.bot = not seat.bot
            if was_default:
                seat.field.text = ""
            self.layout(self.size)

        return toggle

    def _on_seat(self, index: int, change: Callable[[Seat], None]) -> Callable[[], None]:
        """A button's action: ``change`` seat ``index``, then lay the screen out again."""

        def act() -> None:
            change(self.seats[index])
            self.layout(self.size)

        return act

    def _leveller(self, index: int) -> Callable[[], None]:
        keys = list(LEVELS)

        def next_level(seat: Seat) -> None:
            seat.level = keys[(keys.index(seat.level) + 1) % len(keys)]

        return self._on_seat(index, next_level)

    def _pinyin_toggler(self, index: int) -> Callable[[], None]:
        def flip(seat: Seat) -> None:
            seat.pinyin = not seat.shows_pinyin

        return self._on_seat(index, flip)

    def _rememberer(self, index: int) -> Callable[[], None]:
        def flip(seat: Seat) -> None:
            seat.remember = not seat.remember

        return self._on_seat(index, flip)

    def _set_lang(self, lang: Lang) -> None:
        self.app.set_lang(lang)

    def _set_sound(self, on: bool) -> None:
        if on and not self.app.sound.set_enabled(True):
            self.notice = t("event.no_sound", self.lang)
            self.sound.select(False)
        elif not on:
            self.app.sound.set_enabled(False)

    def _find_saved_game(self) -> None:
        path = self.app.options.save_path
        if not path.exists():
            return
        try:
            saved = read_save(path)
        except SaveError:
            return
        if not saved.game.over:
            self.saved = saved
            self.resume_button = Button("", self.resume_game, colour=theme.BUTTON)

    @property
    def players(self) -> int:
        """How many seats are chosen."""
        return self.count.value

    def game_setup(self) -> GameSetup:
        """The set-up as chosen (empty names become 玩家1, 电脑1 …)."""
        seats = self.seats[: self.players]
        specs = []
        for i, seat in enumerate(seats):
            name = seat.field.text.strip() or default_name(i, seat.bot, self.seats, self.lang)
            specs.append(
                PlayerSpec(name, bot=seat.bot, p_correct=self.bot_level.value, level=seat.level, pinyin=seat.pinyin)
            )
        return GameSetup(
            tuple(specs), board=self.board.value or None, difficulty=self.difficulty.value, region=self.region.value
        )

    # -- actions -----------------------------------------------------------------------------

    def start_game(self) -> None:
        """Make the game (saved at once) and go to the board."""
        from game.session.game_session import start_session
        from game.window.game_scene import GameScene

        try:
            setup = self.game_setup()
            remembered = [
                p.name for p, seat in zip(setup.players, self.seats, strict=False) if seat.remember and not p.bot
            ]
            session = start_session(
                self.app.content,
                setup.players,
                save_path=self.app.options.save_path,
                seed=self.app.next_seed(),
                board=setup.board,
                difficulty=setup.difficulty,
                region=setup.region,
                content_paths=self.app.options.content_paths,
                remembered=remembered,
                options=self.app.options.kept(),
            )
        except (SetupError, ValueError) as error:
            self.notice = str(error)
            return
        self._blur()
        scene = GameScene(self.app, session.game, session.content, session.content_paths, session)
        self.app.replace(scene)

    def resume_game(self) -> None:
        """Continue the saved game."""
        from game.session.game_session import resume_session
        from game.window.game_scene import GameScene

        if self.saved is None:
            return
        self._blur()
        saved = self.saved
        try:
            session = resume_session(saved, self.app.options.save_path, options=self.app.options.kept())
        except SaveError as error:  # another game holds the file
            self.notice = str(error)
            return
        self.app.replace(GameScene(self.app, saved.game, saved.content, saved.content_paths, session))

    def _blur(self) -> None:
        for seat in self.seats:
            seat.field.focus(False)

    def leave(self) -> None:
        self._blur()

    # -- layout and drawing ------------------------------------------------------------------

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        width, height = size
        unit = self.unit = text_unit(size)
        lang = self.lang
        margin = max(8, round(min(width, height) * 0.03))
        top = margin + round(unit * 3.2)
        bottom_h = round(unit * 4.4)
        avail = height - top - bottom_h - margin
        pad = max(6, round(unit * 0.6))
        row_h = min(round(unit * 2.7), (avail - 2 * pad) // (MAX_SEATS + 1))
        setting_h = min(round(unit * 3.3), (avail - 2 * pad) // 6)
        body_h = max((MAX_SEATS + 1) * row_h, 6 * setting_h) + 2 * pad
        top += max(0, (avail - body_h) // 2)
        left_w = round((width - 3 * margin) * 0.56)
        self.left_card = pygame.Rect(margin, top, left_w, body_h)
        self.right_card = pygame.Rect(self.left_card.right + margin, top, width - left_w - 3 * margin, body_h)
        # Left: the number of players, then one row per seat.
        chooser_h = max(16, round(row_h * 0.8))
        card = self.left_card
        label_w = min(round(unit * 6), card.width // 3)
        self.count.rect = pygame.Rect(
            card.x + pad + label_w, card.y + pad, min(round(unit * 7), card.width // 3), chooser_h
        )
        self.count.text_size = unit
        self.count_label = pygame.Rect(card.x + pad, card.y + pad, label_w, chooser_h)
        # A narrow card (a tall window) keeps the name readable: the person/computer toggle shows
        # only its icon and the level and keep buttons shrink.
        narrow = card.width < unit * 26
        toggle_w = round(chooser_h * 1.4) if narrow else min(round(unit * 5.2), card.width // 4)
        level_w = round(chooser_h * 1.5) if narrow else min(round(unit * 3.6), card.width // 6)
        remember_w = round(chooser_h * 1.1) if narrow else min(round(unit * 4.2), card.width // 6)
        pinyin_w = remember_w
        short = card.width < unit * 30  # 记 and 拼 instead of 记录 and 拼音
        token = round(row_h * 0.8)
        for i, seat in enumerate(self.seats):
            y = card.y + pad + (i + 1) * row_h + (row_h - chooser_h) // 2
            field_x = card.x + pad + token + pad
            level_x = card.right - pad - toggle_w - pad - level_w
            pinyin_x = level_x - pad - pinyin_w
            remember_x = pinyin_x - pad - remember_w
            seat.field.rect = pygame.Rect(field_x, y, max(10, remember_x - pad - field_x), chooser_h)
            assert seat.remember_button is not None
            seat.remember_button.rect = pygame.Rect(remember_x, y, remember_w, chooser_h)
            seat.remember_button.label = ("✓" if seat.remember else "") + t(
                "setup.remember.short" if short else "setup.remember", lang
            )
            seat.remember_button.colour = theme.RIGHT_TEXT if seat.remember else theme.BUTTON_OFF
            seat.remember_button.text_size = round(unit * 0.8)
            assert seat.pinyin_button is not None
            seat.pinyin_button.rect = pygame.Rect(pinyin_x, y, pinyin_w, chooser_h)
            seat.pinyin_button.label = ("✓" if seat.shows_pinyin else "") + t(
                "setup.pinyin.short" if short else "setup.pinyin", lang
            )
            seat.pinyin_button.colour = theme.RIGHT_TEXT if seat.shows_pinyin else theme.BUTTON_OFF
            seat.pinyin_button.text_size = round(unit * 0.8)
            assert seat.level_button is not None
            seat.level_button.rect = pygame.Rect(level_x, y, level_w, chooser_h)
            seat.level_button.label = LEVELS[seat.level].name_in(lang)
            seat.level_button.hint = ""
            seat.level_button.colour = LEVEL_COLOURS.get(seat.level, theme.BUTTON)
            seat.level_button.text_size = round(unit * 0.85)
            seat.field.text_size = unit
            seat.field.placeholder = default_name(i, seat.bot, self.seats, lang)
            assert seat.toggle is not None
            seat.toggle.rect = pygame.Rect(card.right - pad - toggle_w, y, toggle_w, chooser_h)
            seat.toggle.label = "" if narrow else t("computer" if seat.bot else "setup.person", lang)
            seat.toggle.icon = ui_icon("computer" if seat.bot else "person", round(chooser_h * 0.62), WHITE)
            seat.toggle.colour = theme.SOFT_INK if seat.bot else theme.BUTTON
            seat.toggle.text_size = round(unit * 0.85)
        # Right: one chooser per setting.
        card = self.right_card
        self.difficulty.options = self._difficulty_options(self.difficulty.value)
        self.bot_level.options = self._bot_options(self.bot_level.value)
        self.board.options = [(b.name, b.name_in(lang)) for b in self.app.content.boards] or [("", "")]
        regions = self.app.content.regions
        self.region.options = [(r.key, r.name_in(lang)) for r in regions] or [("national", "全国")]
        self.sound.options = [(False, t("off", lang)), (True, t("on", lang))]
        settings: list[tuple[str, Widget]] = [
            ("setup.difficulty", self.difficulty),
            ("setup.bot_level", self.bot_level),
            ("setup.board", self.board),
            ("setup.region", self.region),
            ("setup.language", self.language),
            ("sound", self.sound),
        ]
        row_h = setting_h
        self.rows = []
        for i, (key, chooser) in enumerate(settings):
            y = card.y + pad + i * row_h
            label = pygame.Rect(card.x + pad, y, card.width - 2 * pad, round(row_h * 0.42))
            chooser.rect = pygame.Rect(card.x + pad, label.bottom, card.width - 2 * pad, max(16, round(row_h * 0.5)))
            chooser.text_size = round(unit * 0.9)
            self.rows.append((key, label))
        # Bottom: start (and continue).
        button_h = round(unit * 3.0)
        start_w = min(round(unit * 13), width // 2)
        y = height - margin - button_h
        self.start.label = t("setup.start", lang)
        self.start.hint = t("setup.start_hint", lang)
        self.start.text_size = round(unit * 1.3)
        if self.resume_button is not None:
            resume_w = min(round(unit * 12), width // 3)
            total = start_w + margin + resume_w
            self.start.rect = pygame.Rect((width - total) // 2, y, start_w, button_h)
            self.resume_button.rect = pygame.Rect(self.start.rect.right + margin, y, resume_w, button_h)
            self.resume_button.label = t("setup.continue", lang)
            self.resume_button.text_size = round(unit * 0.9)
            if self.saved is not None:
                self.resume_button.hint = "、".join(p.name for p in self.saved.game.setup.players)
        else:
            self.start.rect = pygame.Rect((width - start_w) // 2, y, start_w, button_h)
        self.notice_rect = pygame.Rect(margin, self.left_card.bottom + 2, width - 2 * margin, y - self.left_card.bottom)

    def widgets(self) -> list[Widget]:
        """Everything that takes clicks, in drawing order."""
        out: list[Widget] = [self.count]
        for seat in self.seats[: self.players]:
            assert seat.toggle is not None and seat.level_button is not None and seat.remember_button is not None
            out += [seat.field, seat.level_button, seat.toggle]
            if not seat.bot:
                assert seat.pinyin_button is not None
                out += [seat.remember_button, seat.pinyin_button]
        out += [self.difficulty, self.bot_level, self.board, self.region, self.language, self.sound, self.start]
        if self.resume_button is not None:
            out.append(self.resume_button)
        return out

    def handle_event(self, event: pygame.event.Event) -> None:
        focused = next((s.field for s in self.seats[: self.players] if s.field.focused), None)
        if (
            event.type == pygame.KEYDOWN
            and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
            and (focused is None or not focused.composition)
        ):
            if focused is not None:
                focused.focus(False)
            else:
                self.start_game()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_TAB:
            self._tab(focused, -1 if event.mod & pygame.KMOD_SHIFT else 1)
            return
        if focused is not None and event.type not in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            focused.handle_event(event)
            return
        before = self.players
        for widget in self.widgets():
            if widget.handle_event(event) and is_click(event):
                break
        if self.players != before:
            self.layout(self.size)

    def _tab(self, focused: TextField | None, step: int) -> None:
        fields = [s.field for s in self.seats[: self.players]]
        index = fields.index(focused) if focused in fields else -step
        if focused is not None:
            focused.focus(False)
        fields[(index + step) % len(fields)].focus(True)

    def update(self, dt: float) -> None:
        for seat in self.seats:
            seat.field.update(dt)

    def redraw_every(self) -> float | None:
        return 0.5 if any(s.field.focused for s in self.seats) else None

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKGROUND)
        width, _ = surface.get_size()
        unit = self.unit
        text = self.text
        lang = self.lang
        title = t("title", lang)
        title_size = text.fit(title, round(unit * 2.0), width // 2, bold=True)
        title_rect = text.draw(surface, title, title_size, INK, (width // 2, round(unit * 0.6)), "midtop", bold=True)
        icon = round(title_rect.height * 0.8)
        for i, category in enumerate(CATEGORY_ORDER):
            side = -1 if i < 2 else 1
            offset = (2 - i) if i < 2 else (i - 1)
            cx = title_rect.centerx + side * (title_rect.width // 2 + offset * (icon + 8) - icon // 2 + 4)
            box = pygame.Rect(0, 0, icon, icon)
            box.center = (cx, title_rect.centery)
            pygame.draw.rect(surface, category.colour, box, border_radius=icon // 4)
            surface.blit(
                bin_icon(category, round(icon * 0.8)), bin_icon(category, round(icon * 0.8)).get_rect(center=box.center)
            )
        panel(surface, self.left_card)
        panel(surface, self.right_card)
        small = round(unit * 0.8)
        text.draw(surface, t("setup.players", lang), unit, INK, self.count_label.midleft, "midleft", bold=True)
        self.count.draw(surface, text)
        hint_x = self.count.rect.right + round(unit * 0.6)
        hint = t("setup.name_hint", lang) + "\n" + t("setup.remember_hint", lang)
        hint_box = (
            max(20, self.left_card.right - hint_x - 8),
            max(2 * text.line_height(round(unit * 0.7)), self.count.rect.height),
        )
        size = text.fit_block(hint, round(unit * 0.7), hint_box, min_size=9)  # smaller, never cut short
        if len(text.wrap(hint, size, hint_box[0])) * text.line_height(size) > hint_box[1]:
            hint = t("setup.name_hint", lang)  # a narrow card: the buttons' own words must do
            size = text.fit_block(hint, round(unit * 0.7), hint_box, min_size=8)
        text.draw(
            surface,
            hint,
            size,
            theme.SOFT_INK,
            (hint_x, self.count.rect.centery),
            "midleft",
            width=hint_box[0],
            max_lines=max(2, hint_box[1] // text.line_height(size)),
        )
        for i, seat in enumerate(self.seats[: self.players]):
            size = seat.field.rect.height
            sprite = token_sprite(i, size, text)
            surface.blit(sprite, sprite.get_rect(midright=(seat.field.rect.x - 6, seat.field.rect.centery)))
            seat.field.draw(surface, text)
            assert seat.toggle is not None and seat.level_button is not None
            seat.level_button.draw(surface, text)
            if not seat.bot and seat.remember_button is not None and seat.pinyin_button is not None:
                seat.remember_button.draw(surface, text)
                seat.pinyin_button.draw(surface, text)
            seat.toggle.draw(surface, text)
        for key, label in self.rows:
            text.draw(surface, t(key, lang), round(unit * 0.9), INK, label.bottomleft, "bottomleft", bold=True)
        for chooser in (self.difficulty, self.bot_level, self.board, self.region, self.language, self.sound):
            chooser.draw(surface, text)
        if self.notice:
            text.draw(
                surface,
                self.notice,
                small,
                theme.WRONG,
                self.notice_rect.center,
                "center",
                width=self.notice_rect.width,
                align="center",
                max_lines=2,
            )
        self.start.draw(surface, text)
        if self.resume_button is not None:
            self.resume_button.draw(surface, text)
