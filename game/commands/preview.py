"""``fenleiqi preview QUESTION_ID``: a question exactly as players see it, without playing.

The terminal view is the terminal game's own panel (:func:`game.terminal.question_view.question_panel`)
with, below it, the right answer as the game's feedback labels it and the explanation. ``--window``
draws the window's question dialog instead, over the board, to a PNG (SDL's dummy driver: no
display needed). The terminal path never imports pygame.

>>> from game.content.loader import load_bundled
>>> unknown_id_line(load_bundled(), "k-cls-banana", "zh")
'没有编号为 “k-cls-banana” 的题目。你是不是要找：k-cls-banana-peel、k-ch-banana-peel？'
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.commands import add_content_option
from game.errors import Lang

if TYPE_CHECKING:
    import pygame
    from rich.console import RenderableType
    from rich.text import Text

    from game.content.loader import Content
    from game.content.models import Board, Question, Region

HELP = "看一道题在游戏里的样子 · show a question as players see it"
DEFAULT_OUT = "question.png"
MIN_WIDTH = 30
MAX_WIDTH = 400


def register(sub: Any, *, name: str, help: str, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``preview`` parser."""
    parser = sub.add_parser(name, help=help, description=help, parents=parents)
    parser.add_argument(
        "question_id", metavar="QUESTION_ID", help="题目编号 · the question's id, e.g. k-cls-banana-peel"
    )
    parser.add_argument(
        "--region",
        help="地区，决定垃圾桶的叫法（默认：题目的地区或全国）· region for the bins' names (default: the question's)",
    )
    parser.add_argument(
        "--width", type=int, metavar="N", help=f"终端宽度 {MIN_WIDTH}-{MAX_WIDTH} · terminal width in cells"
    )
    add_content_option(parser)
    parser.add_argument("--no-color", action="store_true", help="不用颜色 · no colours (terminal)")
    parser.add_argument(
        "--window", action="store_true", help="画成窗口里的样子，存成图片 · draw the window's dialog to a PNG"
    )
    parser.add_argument(
        "--out", "-o", metavar="FILE.png", help=f"图片文件（含 --window）· output picture (default {DEFAULT_OUT})"
    )
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="图片大小 · picture size (default 1280x800)")
    parser.add_argument(
        "--level",
        choices=("child", "teen", "adult"),
        default="adult",
        help="看题的人的级别：儿童的题带拼音 · the player's level (a child reads with pinyin)",
    )
    parser.add_argument(
        "--answered",
        action="store_true",
        help="窗口图：画出答对后的样子（答案和解释）· window: draw it after a right answer (answer, explanation)",
    )
    parser.set_defaults(run=run)


# -- finding the question ------------------------------------------------------------------------


def find_question(content: Content, question_id: str) -> Question | None:
    """The question with id ``question_id`` (exact, then ignoring case and surrounding spaces)."""
    wanted = question_id.strip()
    by_id = {q.id: q for q in content.questions}
    if wanted in by_id:
        return by_id[wanted]
    folded = [q for q in content.questions if q.id.lower() == wanted.lower()]
    return folded[0] if len(folded) == 1 else None


def close_ids(content: Content, question_id: str, limit: int = 3) -> list[str]:
    """Ids that look like ``question_id``, best first (for "你是不是要找…")."""
    ids = [q.id for q in content.questions]
    close = difflib.get_close_matches(question_id, ids, n=limit, cutoff=0.7)
    if not close:
        lowered = question_id.lower()
        close = [i for i in ids if lowered and lowered in i.lower()][:limit]
    return close


def unknown_id_line(content: Content, question_id: str, lang: Lang) -> str:
    """One line: the id is unknown, with close ids or where to find them."""
    close = close_ids(content, question_id)
    if lang == "en":
        head = f"no question has the id '{question_id}'."
        if close:
            return f"{head} Did you mean: {', '.join(close)}?"
        return f"{head} `fenleiqi export-questions all.csv` lists every id."
    head = f"没有编号为 “{question_id}” 的题目。"
    if close:
        return f"{head}你是不是要找：{'、'.join(close)}？"
    return f"{head}用 “fenleiqi export-questions 全部.csv” 可以看到所有编号。"


def asking_squares(board: Board, question: Question) -> list[int]:
    """The question squares of ``board`` that may draw ``question``."""
    from game.content.models import SquareKind
    from game.engine.decks import matches

    return [s.number for s in board.squares if s.kind is SquareKind.QUESTION and matches(s, question)]


# -- the terminal view ---------------------------------------------------------------------------


def feedback_lines(question: Question, region: Region, lang: Lang) -> list[Text]:
    """The right answer, labelled as the terminal's feedback labels choices, and the explanation."""
    from rich.text import Text

    from game.present.texts import say
    from game.terminal.question_view import answer_label
    from game.terminal.styles import TITLE_STYLE

    line = Text(say("csv_answer", lang) + ("：" if lang == "zh" else ": "), style=TITLE_STYLE)
    line.append_text(answer_label(question, question.correct_choice, region, lang))
    return [line, Text(question.explain_in(lang))]


def preview_items(
    question: Question, square: int, region: Region, lang: Lang, width: int, *, pinyin: bool = False
) -> list[RenderableType]:
    """What ``fenleiqi preview`` prints: the game's question panel, then the answer and explanation."""
    from game.terminal.question_view import question_panel

    panel = question_panel(question, square, region, lang, width, pinyin=pinyin)
    return [panel, *feedback_lines(question, region, lang)]


def _notes(question: Question, board: Board, squares: Sequence[int], region: Region, lang: Lang) -> list[Text]:
    from rich.text import Text

    from game.terminal.styles import DIM_STYLE, HINT_STYLE

    zh = lang == "zh"
    notes: list[Text] = []
    name = board.name_in(lang)
    if squares:
        listed = ("、" if zh else ", ").join(map(str, squares))
        notes.append(
            Text(
                f"棋盘「{name}」上能抽到这道题的格子：{listed}"
                if zh
                else f"Squares of '{name}' that can ask it: {listed}",
                style=DIM_STYLE,
            )
        )
    else:
        notes.append(
            Text(
                f"棋盘「{name}」上没有能抽到这道题的格子（看格子的 category 和 types）"
                if zh
                else f"No square of '{name}' can ask this question (see the squares' category and types)",
                style=HINT_STYLE,
            )
        )
    if question.region is not None and question.region != region.key:
        notes.append(
            Text(
                f"注意：这道题只在地区 “{question.region}” 出现"
                if zh
                else f"Note: this question is only asked in the region '{question.region}'",
                style=HINT_STYLE,
            )
        )
    return notes


# -- the command ---------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Show the question; 0 shown, 1 unknown id or bad content, 2 bad options."""
    from game.content.loader import load_bundled, load_content

    lang: Lang = args.lang
    window = bool(args.window or args.out)
    if args.width is not None and not MIN_WIDTH <= args.width <= MAX_WIDTH:
        print(
            f"fenleiqi preview: --width 要在 {MIN_WIDTH} 到 {MAX_WIDTH} 之间 · "
            f"--width must be from {MIN_WIDTH} to {MAX_WIDTH}",
            file=sys.stderr,
        )
        return 2
    content = load_content(args.content) if args.content else load_bundled()  # ContentError: the CLI lists them
    question = find_question(content, args.question_id)
    if question is None:
        print(unknown_id_line(content, args.question_id, lang), file=sys.stderr)
        return 1
    region_key = args.region or question.region or "national"
    try:
        region = content.region(region_key)
    except LookupError:
        keys = ", ".join(r.key for r in content.regions)
        print(
            f"fenleiqi preview: 未知地区 “{region_key}”，可用：{keys}"
            if lang == "zh"
            else f"fenleiqi preview: unknown region '{region_key}'; known: {keys}",
            file=sys.stderr,
        )
        return 2
    board = content.board()
    squares = asking_squares(board, question)
    square = squares[0] if squares else 0
    if window:
        return _run_window(args, content, question, region, square)
    from game.terminal.app import make_console
    from game.terminal.wrap import show

    no_color = bool(args.no_color or os.environ.get("NO_COLOR"))
    console = make_console(no_color=no_color, width=args.width)
    from game.engine import PlayerSpec

    pinyin = PlayerSpec("-", level=args.level).shows_pinyin
    show(console, *preview_items(question, square, region, lang, console.width, pinyin=pinyin))
    show(console, *_notes(question, board, squares, region, lang))
    return 0


def _run_window(args: argparse.Namespace, content: Content, question: Question, region: Region, square: int) -> int:
    from game.commands.render_board import IMAGE_SUFFIXES, parse_size

    lang: Lang = args.lang
    try:
        size = parse_size(args.size)
    except ValueError as error:
        print(f"fenleiqi preview: {error}", file=sys.stderr)
        return 2
    out = Path(args.out or DEFAULT_OUT)
    if out.suffix.lower() not in IMAGE_SUFFIXES:
        print(
            f"fenleiqi preview: 图片要以 .png 结尾（不是 “{out.name}”）· --out must end in .png (or .jpg, .bmp)",
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # drawn off screen: no window flashes up
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.window.layout import MIN_SIZE

    if size[0] < MIN_SIZE[0] or size[1] < MIN_SIZE[1]:
        print(
            f"fenleiqi preview: 窗口图至少 {MIN_SIZE[0]}x{MIN_SIZE[1]} · "
            f"--size must be at least {MIN_SIZE[0]}x{MIN_SIZE[1]} for the window",
            file=sys.stderr,
        )
        return 2
    surface = render_question(
        content, question, region.key, square, lang, size, answered=args.answered, level=args.level
    )
    try:
        pygame.image.save(surface, str(out))
    except (pygame.error, OSError) as error:
        print(f"fenleiqi preview: 不能写入 {out} · cannot write {out}: {error}", file=sys.stderr)
        return 1
    if lang == "en":
        print(f"wrote {out} ({size[0]}x{size[1]}): {question.id}")
    else:
        print(f"已画好 {out}（{size[0]}x{size[1]}）：{question.id}")
    return 0


def render_question(
    content: Content,
    question: Question,
    region_key: str,
    square: int,
    lang: Lang,
    size: tuple[int, int],
    *,
    answered: bool = False,
    level: str = "adult",
) -> pygame.Surface:
    """The window's question dialog for ``question`` over the board, as a picture (as a player of
    ``level`` sees it: a child's has pinyin).

    A one-seat game is put in the state the engine is in when it waits for an answer to
    ``question`` on ``square`` (a question a game may ask: its region is the game's), and the real
    :class:`~game.window.game_scene.GameScene` opens the real dialog. ``answered``: the dialog
    after a right answer, with the explanation. Needs a display, or ``SDL_VIDEODRIVER=dummy``.
    """
    from game.engine import GameSetup, Phase, PlayerSpec, new_game
    from game.present.texts import t
    from game.session.options import PlayOptions
    from game.window.app import App
    from game.window.game_scene import GameScene
    from game.window.question_dialog import QuestionDialog

    game_region = question.region or region_key
    board = content.board()
    seats = max(1, board.rules.min_players)
    players = tuple(PlayerSpec(t("default_name", lang, seat=n + 1), level=level) for n in range(seats))
    game = new_game(content, GameSetup(players, region=game_region), seed=0)
    index = next(i for i, q in enumerate(game.questions) if q.id == question.id)
    state = game.state
    state.positions[state.current] = square
    state.square = square
    state.question = index
    state.phase = Phase.ANSWER
    with tempfile.TemporaryDirectory() as home:
        options = PlayOptions.defaults(
            Path(home) / "preview.json", lang=lang, region=game_region, players=seats, bots=0
        )
        app = App(options, content, size=size)
        try:
            app.replace(GameScene(app, game, content))
            app.step(0.0, events=())
            dialog = app.top
            assert isinstance(dialog, QuestionDialog), "the game scene opens the question dialog"
            if answered:
                dialog.choose(question.correct_choice)
                app.draw()
            return app.screen.copy()
        finally:
            app.shutdown()
