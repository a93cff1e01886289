"""Draw the README's screenshots: the board mid-game, a question with its feedback, the end screen.

Everything is drawn by the real scenes under SDL's dummy driver (no display needed), from games
played through the engine's public API with a fixed seed, so the pictures are reproducible::

    python -m game.window.screenshots docs/images
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from game.categories import Category
from game.engine import Answer, Event, Game, Judge, NameItems

SIZE = (1280, 800)
NAMES = ("小明", "小红", "奶奶")
GOOD_NAMES = {
    Category.KITCHEN: "香蕉皮、苹果核、剩饭",
    Category.RECYCLABLE: "旧报纸、易拉罐、玻璃瓶",
    Category.HAZARDOUS: "废电池、过期药品、油漆桶",
    Category.OTHER: "用过的纸巾、烟头、陶瓷碗",
}


def _step(game: Game, step: int) -> list[Event]:
    """Apply one action: mostly right answers (every fourth wrong), good namings, the automatic verdict."""
    action = game.legal_actions()[0]
    if isinstance(action, Answer) and game.question is not None:
        correct = game.question.correct_choice
        action = Answer(action.player, correct if step % 4 else (correct + 1) % game.question.n_choices)
    elif isinstance(action, NameItems) and game.square is not None:
        category = game.square.category
        action = NameItems(action.player, GOOD_NAMES[category] if category else "香蕉皮、旧报纸、废电池")
    elif isinstance(action, Judge) and game.verdict is not None:
        action = Judge(action.player, game.verdict)
    return game.apply(action)


def _play_until(game: Game, stop: Callable[[list[Event]], bool], limit: int = 20000) -> list[Event]:
    """Play until ``stop(last events)`` or the end; returns the last action's events."""
    events: list[Event] = []
    for step in range(limit):
        if stop(events) or game.over:
            return events
        events = _step(game, step)
    raise RuntimeError("the game never reached the wanted state")


def capture(out_dir: Path, size: tuple[int, int] = SIZE) -> list[Path]:
    """Write ``board.png``, ``question.png``, ``end.png`` and ``board-preview.png`` to ``out_dir``."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.content.loader import load_bundled
    from game.content.models import ClassifyQuestion, QuestionType, SquareKind
    from game.engine import GameSetup, Landed, Phase, PlayerSpec, Rolled, new_game
    from game.session.options import PlayOptions
    from game.window.app import App
    from game.window.board_view import render_board
    from game.window.end_scene import EndScene
    from game.window.game_scene import GameScene
    from game.window.question_dialog import QuestionDialog

    content = load_bundled()
    out_dir.mkdir(parents=True, exist_ok=True)
    setup = GameSetup((*(PlayerSpec(n) for n in NAMES), PlayerSpec("电脑1", bot=True, p_correct=0.6)))
    written = []
    with tempfile.TemporaryDirectory() as home:
        options = PlayOptions(
            "zh", (), None, "national", 4, NAMES, 1, 0.6, (1, 3), 8, None, Path(home) / "autosave.json", None, False
        )
        app = App(options, content, size=size)

        def save(name: str) -> None:
            app.draw()
            path = out_dir / name
            pygame.image.save(app.screen, str(path))
            written.append(path)

        # The board mid-game: a person to roll, the last player's tip in the banner.
        game = new_game(content, setup, seed=8)

        def board_ready(events: list[Event]) -> bool:
            landed = [e for e in events if isinstance(e, Landed)]
            return (
                min(game.state.turns) >= 4
                and game.phase is Phase.ROLL
                and not game.is_bot(game.current)
                and bool(landed)
                and landed[-1].kind is SquareKind.TIP
            )

        last = _play_until(game, board_ready)
        scene = GameScene(app, game, content)
        app.push(scene)
        scene.banner_square = next(e.square for e in reversed(last) if isinstance(e, Landed))
        scene.die_value = next((e.value for e in last if isinstance(e, Rolled)), 4)
        app.step(0.0, events=())
        save("board.png")

        # A classify question, answered right, with its explanation.
        game = new_game(content, setup, seed=12)
        _play_until(
            game,
            lambda _: (
                game.phase is Phase.ANSWER
                and not game.is_bot(game.current)
                and game.question is not None
                and game.question.type is QuestionType.CLASSIFY
                and sum(game.state.turns) > 8
            ),
        )
        app.replace(GameScene(app, game, content))
        app.step(0.0, events=())
        dialog = app.top
        assert isinstance(dialog, QuestionDialog) and game.question is not None
        dialog.choose(game.question.correct_choice)
        save("question.png")

        # A child's turn: a classify question with the item's picture, pinyin over the words and
        # the 读题 button (the voice is off: a screenshot has no sound).
        child_setup = GameSetup((PlayerSpec("小明", level="child"), PlayerSpec("妈妈")))
        game = new_game(content, child_setup, seed=3)
        _play_until(
            game,
            lambda _: (
                game.phase is Phase.ANSWER
                and game.current == 0
                and isinstance(game.question, ClassifyQuestion)
                and bool(getattr(game.dictionary.find(game.question.item), "picture", ""))
            ),
        )
        app.voice.enabled = False
        app.replace(GameScene(app, game, content))
        app.step(0.0, events=())
        save("child.png")

        # The podium and a learning report with missed questions.
        game = new_game(content, setup, seed=21)
        _play_until(game, lambda _: False)
        from game.session.game_session import Session

        # the finished game is recorded in a history inside the temporary folder, never the user's
        session = Session(game, content, (), Path(home) / "autosave.json", history_path=Path(home) / "history.json")
        end = EndScene(app, game, content, (), session)
        app.replace(end)
        reports = end.reports
        end.select(max(range(len(reports)), key=lambda s: (not reports[s].bot, len(reports[s].missed))))
        app.step(0.0, events=())
        save("end.png")
        app.shutdown()

    preview = render_board(content.board(), content.region(), "zh", (960, 600))
    pygame.image.save(preview, str(out_dir / "board-preview.png"))
    written.append(out_dir / "board-preview.png")
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m game.window.screenshots OUT_DIR``."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/images")
    for path in capture(out):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
