"""The terminal game: set-up or resume, turns until someone wins, then the podium and reports.

:func:`run_terminal` is what ``fenleiqi play --terminal`` calls. :class:`TerminalApp` does the
work with an injectable console, input stream and pacer, so tests drive it in-process.

The turns themselves are played by :class:`game.terminal.turns.Turns`. The game is never lost:
it is saved after every action (:class:`~game.session.game_session.Session`),
and Ctrl-C or the end of input at any prompt saves once more, prints the exact command that
resumes it, and exits with 0. ``--resume`` continues at the very step it was left, with the same
dice (the generator is part of the saved state).

Only what the first prompt needs is imported up front; the bundled content loads in a thread
while the first question waits for an answer, and the engine is imported after it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rich.console import Console, RenderableType
from rich.text import Text

from game.errors import Lang
from game.present.texts import join_items, say
from game.terminal.loading import ContentLoader
from game.terminal.pacing import Pacer
from game.terminal.prompt import Prompter, Quit, parse_number
from game.terminal.setup_screen import Defaults, SetupChoice, ask_setup, setup_from_defaults
from game.terminal.styles import HINT_STYLE, TITLE_STYLE, WRONG_STYLE
from game.terminal.wrap import show

if TYPE_CHECKING:
    from game.content.loader import Content
    from game.content.models import Region
    from game.engine import PlayerReport
    from game.session.game_session import Session
    from game.session.options import PlayOptions


def run_terminal(options: PlayOptions) -> int:
    """Play in the terminal with ``options``; returns the exit code (0 also when the player quits)."""
    _harden_streams()
    console = make_console(no_color=options.no_color)
    prompter = Prompter(console, echo=not _is_tty(sys.stdin), lang=options.lang)
    app = TerminalApp(options, console, prompter, Pacer.for_terminal(console))
    try:
        return app.run()
    except BrokenPipeError:  # the output was closed (e.g. piped into `head`): nothing more to show
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def make_console(
    *, no_color: bool = False, file: TextIO | None = None, width: int | None = None, force_terminal: bool | None = None
) -> Console:
    """The console every view prints to; ``no_color`` turns off every escape code, not just colours."""
    return Console(
        file=file,
        width=width,
        force_terminal=force_terminal,
        color_system=None if no_color else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )


def _is_tty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False


def _harden_streams() -> None:
    """Never fail on text the terminal cannot encode or bytes that are not valid UTF-8."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, TypeError):
                reconfigure(errors="replace")


def _remembered() -> frozenset[str]:
    """The names whose learning history is kept already (the set-up screen does not ask them)."""
    from game.history import History

    return frozenset(History.load().names())


class TerminalApp:
    """One run of the terminal game."""

    def __init__(self, options: PlayOptions, console: Console, prompter: Prompter, pacer: Pacer) -> None:
        self.options = options
        self.lang: Lang = options.lang
        self.console = console
        self.ask = prompter
        self.pacer = pacer
        self.session: Session | None = None
        self.region: Region | None = None

    # -- the whole run -----------------------------------------------------------------------

    def run(self) -> int:
        """Set up or resume, play, show the end; returns the exit code."""
        try:
            self.show(Text(say("terminal_title", self.lang), style="bold"))
            self.show(Text(say("quit_hint", self.lang), style="dim"))
            resume = self.options.resume
            if resume is None and self.options.players is None and self._continue_unfinished():
                resume = str(self.options.save_path)
            code = self._resume(resume) if resume is not None else self._new_game()
            if code is not None:
                return code
            self._play()
            return self._finish()
        except (Quit, KeyboardInterrupt, EOFError):
            return self._leave()

    def show(self, *items: RenderableType) -> None:
        """Print ``items`` (texts wrapped the Chinese way)."""
        show(self.console, *items)

    def _play(self) -> None:
        from game.session.voice import Voice
        from game.terminal.turns import Turns

        assert self.session is not None and self.region is not None
        voice = Voice() if self.options.voice else None
        try:
            Turns(self.session, self.region, self.console, self.ask, self.pacer, self.lang, voice).play()
        finally:
            if voice is not None:
                voice.close()

    def _show_pages(self, pages: list[list[RenderableType]], reports: Sequence[PlayerReport]) -> None:
        """The podium, then one report per Enter when people played, and a long report a screenful
        at a time, so nothing scrolls away on 80×24; without people, or when the input has ended,
        everything at once."""
        from rich.console import Group
        from rich.segment import SegmentLines

        from game.present.report import ranked

        people = any(not report.bot for report in reports)
        order = ranked(reports)
        screen = max(self.console.height - 2, 8)
        for number, page in enumerate(pages):
            if number and people:
                people = self._pause(say("ask_next_report", self.lang, name=order[number - 1].name))
            elif number:
                self.console.print()
            lines = self.console.render_lines(Group(*page), pad=False)
            for start in range(0, len(lines), screen):
                if start and people:
                    people = self._pause(say("ask_continue", self.lang))
                self.console.print(SegmentLines(lines[start : start + screen], new_lines=True), soft_wrap=True)

    def _pause(self, prompt: str) -> bool:
        """Wait for Enter; False when the input has ended (then the rest is shown without asking)."""
        try:
            self.ask.line(Text(prompt, style=HINT_STYLE))
        except (Quit, EOFError, KeyboardInterrupt):
            return False
        return True

    def _leave(self) -> int:
        """Save and say how to come back (exit code 0: leaving is not an error)."""
        from game.savefile import summarise
        from game.terminal.resume import resume_command

        if self.session is None:
            waiting = summarise(self.options.save_path)
            if waiting is None or waiting.over:
                self.show(Text(say("nothing_saved", self.lang)))
                return 0
            saved_at, report = waiting.path, self.options.report  # left at "continue or new?": still there
        elif self.session.save():
            saved_at, report = self.session.save_path, self.session.report_path
        else:
            self.show(Text(say("not_saved", self.lang, detail=self.session.last_error or ""), style=WRONG_STYLE))
            return 0
        command = resume_command(saved_at, lang=self.lang, no_color=self.options.no_color, report=report)
        self.show(Text(say("saved", self.lang), style=TITLE_STYLE))
        self.console.print(Text("  " + command), soft_wrap=True)
        return 0

    def _warn_save(self, detail: str) -> None:
        self.show(Text(say("save_failed", self.lang, detail=detail), style=WRONG_STYLE))

    # -- starting ----------------------------------------------------------------------------

    def _continue_unfinished(self) -> bool:
        """When the save file holds an unfinished game, ask whether to go on with it (a new game
        would not lose it: it is set aside, and the note after the start says where)."""
        from game.savefile import summarise

        found = summarise(self.options.save_path)
        if found is None or found.over:
            return False
        self.show(
            Text(
                say(
                    "unfinished_found",
                    self.lang,
                    players=join_items(found.players, self.lang),
                    rounds=found.rounds,
                    date=time.strftime("%Y-%m-%d %H:%M", time.localtime(found.modified)),
                ),
                style=TITLE_STYLE,
            )
        )
        chosen = self.ask.choose(
            Text(say("ask_unfinished", self.lang)), parse_number(1, 2), say("retry_unfinished", self.lang), 1
        )
        return chosen == 1

    def _new_game(self) -> int | None:
        options = self.options
        loader = ContentLoader(options.content_paths)
        defaults = Defaults(
            players=options.players,
            names=options.names,
            bots=options.bots,
            bot_level=options.bot_level,
            difficulty=options.difficulty,
            levels=options.levels,
            remembered=_remembered() if options.players is None else frozenset(),
        )
        if options.content_paths or options.board is not None or options.region != "national":
            content = loader.result()  # the volunteer's own content or choices: check them first
            problem = self._check_choices(content)
            if problem is not None:
                return problem
            rules = content.board(options.board).rules
            defaults = dataclasses.replace(defaults, low=rules.min_players, high=rules.max_players)
        else:
            self.ask.before_read = loader.start
        region = options.region
        if options.players is not None:
            choice = setup_from_defaults(defaults, self.lang)
        else:
            choice = ask_setup(self.ask, defaults, self.lang)
        content = loader.result()
        problem = self._check_choices(content)
        if problem is not None:
            return problem
        if options.players is None and options.region == "national" and len(content.regions) > 1:
            region = self._ask_region(content)
        return self._start(content, choice, region)

    def _ask_region(self, content: Content) -> str:
        """Which city's rules (and bin names) the game uses; Enter keeps the national standard."""
        regions = sorted(content.regions, key=lambda r: r.key != "national")  # national first, as 1
        names = [r.name_in(self.lang) for r in regions]
        choices = "  ".join(f"{n} {name}" for n, name in enumerate(names, start=1))
        chosen = self.ask.choose(
            Text(say("ask_region", self.lang, choices=choices)),
            parse_number(1, len(regions)),
            say("retry_choice", self.lang, high=len(regions)),
            1,
        )
        return regions[chosen - 1].key

    def _check_choices(self, content: Content) -> int | None:
        """Exit code 2 with a message when the board or region does not exist."""
        options, lang = self.options, self.lang
        try:
            content.board(options.board)
        except LookupError:
            boards = ", ".join(Path(board.origin.file).stem for board in content.boards)
            self.show(Text(say("no_board", lang, name=options.board, choices=boards), style=WRONG_STYLE))
            return 2
        try:
            content.region(options.region)
        except LookupError:
            regions = ", ".join(region.key for region in content.regions)
            self.show(Text(say("no_region", lang, name=options.region, choices=regions), style=WRONG_STYLE))
            return 2
        return None

    def _start(self, content: Content, choice: SetupChoice, region: str) -> int | None:
        from game.engine import PlayerSpec, SetupError
        from game.session.game_session import start_session

        options = self.options
        try:
            self.session = start_session(
                content,
                tuple(
                    PlayerSpec(seat.name, seat.bot, seat.p_correct, level=seat.level, pinyin=seat.pinyin)
                    for seat in choice.seats
                ),
                save_path=options.save_path,
                seed=options.seed,
                board=options.board,
                difficulty=choice.difficulty,
                region=region,
                content_paths=options.content_paths,
                remembered=(seat.name for seat in choice.seats if seat.remember),
                warn=self._warn_save,
                options=options.kept(),
            )
        except (SetupError, ValueError) as error:
            self.show(Text(say("bad_setup", self.lang, detail=str(error)), style=WRONG_STYLE))
            return 2
        self.region = content.region(region)
        names = join_items([seat.name for seat in choice.seats], self.lang)
        self.show(Text(say("starting", self.lang, names=names), style=TITLE_STYLE))
        if self.session.set_aside is not None:
            from game.terminal.resume import resume_command

            aside = self.session.set_aside
            self.show(Text(say("set_aside", self.lang, path=str(aside)), style=HINT_STYLE))
            self.show(Text(say("set_aside_resume", self.lang)))
            command = resume_command(aside, lang=self.lang, no_color=self.options.no_color, report=None)
            self.console.print(Text("  " + command), soft_wrap=True)
        return None

    def _resume(self, resume: str) -> int | None:
        from game.engine import SaveError
        from game.savefile import read_save
        from game.session.game_session import resume_session

        options = self.options
        path = Path(resume)
        try:
            loaded = read_save(path)
        except SaveError as error:
            self.show(Text(say("no_save", self.lang, detail=str(error)), style=WRONG_STYLE))
            self.show(Text(say("new_game_hint", self.lang)))
            self.console.print(Text("  fenleiqi play --terminal"), soft_wrap=True)
            return 1
        if loaded.from_backup:
            self.show(Text(say("from_backup", self.lang), style=HINT_STYLE))
        game = loaded.game
        self.region = loaded.content.region(game.setup.region)
        try:
            self.session = resume_session(loaded, options.save_path, self._warn_save, options.kept())
        except SaveError as error:  # another game holds the file
            self.show(Text(say("no_save", self.lang, detail=str(error)), style=WRONG_STYLE))
            return 1
        self.show(Text(say("resumed", self.lang, step=len(game.state.log)), style=TITLE_STYLE))
        return None

    # -- the end -----------------------------------------------------------------------------

    def _finish(self) -> int:
        from game.terminal.end_screen import end_pages

        assert self.session is not None and self.region is not None
        finished = self.session.finish(report=self.session.report_path, lang=self.lang)
        self.console.print()
        self._show_pages(end_pages(finished.reports, self.region, self.lang, self.console.width), finished.reports)
        if finished.report_path is None:
            return 0
        if finished.report_error is not None:
            self.show(Text(say("report_failed", self.lang, detail=finished.report_error), style=WRONG_STYLE))
            return 1
        self.show(Text(say("report_written", self.lang, path=str(finished.report_path))))
        return 0
