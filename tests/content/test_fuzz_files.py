"""Fuzzing real content files: every damaged file gets a verdict, and what passes can be played.

Each example takes the small valid content set of ``conftest`` (real YAML files on disk), damages
one file the way a careless or hostile editor would (a value replaced by something hostile, a
line removed, doubled or shifted, text typed at a random place), and checks it. Whatever comes
out, nothing raises; every problem names its file and reads in both languages; and when the
check passes, a whole bot game on that content is played and narrated in both languages.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.content.loader import Content, check_paths
from game.engine import GameSetup, new_game
from game.engine.driver import bot_action
from game.present.narration import narrate
from tests.conftest import REPO
from tests.content.conftest import BOARD, ITEMS, QUESTIONS, REGIONS

FILES = {"regions.yaml": REGIONS, "items.yaml": ITEMS, "questions.yaml": QUESTIONS, "board.yaml": BOARD}

HOSTILE = [
    "",
    "~",
    "null",
    "-1",
    "0",
    "-999999",
    "99999999999999999999",
    "9" * 5000,
    "1e400",
    ".nan",
    "true",
    "[",
    "]",
    "{",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "'",
    '"',
    "&a x",
    "*a",
    "*nowhere",
    "!!python/object/apply:os.system [echo pwned]",
    "!!int abc",
    "!!float 1 other",
    "!!binary AAAA",
    "!!set {a}",
    '"\\u0000"',
    '"\\x1b]0;title\\x07\\x1b[2J"',
    '"\\u202e\\ufeff\\u00ad"',
    "香蕉皮",
    "kitchen",
    "hazardous",
    "name_items",
    "jump",
    "exact",
    "x" * 3000,
    "[kitchen, other]",
    "{move: -20}",
    "{to: 1}",
    "🙂",
    "\t",
]

# A value in flow or block style: after ": " up to a comma, a closing brace or the end of the line.
VALUE = re.compile(r"(?<=: )[^,{}\n]+")


@st.composite
def damaged(draw: st.DrawFn, files: dict[str, str] = FILES) -> tuple[str, str]:
    """One of ``files`` (name → text) damaged: (its name, its new text)."""
    name = draw(st.sampled_from(sorted(files)))
    text = files[name]
    lines = text.split("\n")
    how = draw(st.sampled_from(["value", "value", "value", "drop", "double", "indent", "type"]))
    if how == "value":
        spots = list(VALUE.finditer(text))
        spot = draw(st.sampled_from(spots))
        text = text[: spot.start()] + draw(st.sampled_from(HOSTILE)) + text[spot.end() :]
    elif how in ("drop", "double", "indent"):
        i = draw(st.integers(0, len(lines) - 1))
        if how == "drop":
            del lines[i]
        elif how == "double":
            lines.insert(i, lines[i])
        else:
            lines[i] = draw(st.sampled_from(["", " ", "  ", "\t"])) + lines[i].lstrip()
        text = "\n".join(lines)
    else:
        at = draw(st.integers(0, len(text)))
        typed = draw(st.text(alphabet=st.sampled_from(list(":-[]{},'\"&*!#|>%@` \n\t厨余abc019")), max_size=8))
        text = text[:at] + typed + text[at:]
    return name, text


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damaged())
def test_a_damaged_file_gets_a_verdict_and_passing_content_plays(tmp_path: Path, change: tuple[str, str]) -> None:
    folder = tmp_path / "content"
    folder.mkdir(exist_ok=True)
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    changed_name, changed_text = change
    (folder / changed_name).write_text(changed_text, encoding="utf-8")

    result = check_paths([folder], fill_from_bundled=False)

    for problem in result.problems:
        assert problem.format("zh") and problem.format("en")
        assert problem.format("zh").startswith(str(folder)), problem.format("zh")  # where: a file, or the set
        assert "Traceback" not in problem.format("en")
    if result.errors:
        assert result.content is None
        event("refused")
        return
    event("passed and played")
    play_and_narrate(result.content)


def play_and_narrate(content: Content | None) -> None:
    """A whole bot game on ``content``, every event narrated in both languages."""
    assert content is not None
    game = new_game(content, GameSetup.of(bots=2), seed=7)
    for _ in range(5_000):  # the engine ends any game it cannot finish (MAX_ROUNDS); this only bounds the test
        action = bot_action(game)
        if action is None:
            break
        events = game.apply(action)
        for lang in ("zh", "en"):
            narrate(game, events, lang)
    assert game.over


# The bundled board, question banks and regions with the children's items: a complete set, checked
# alone (the whole bundled dictionary would make each example a second slower).
BUNDLED = [
    "boards/classic.yaml",
    "questions/regions.yaml",
    "questions/items-hazardous.yaml",
    "questions/items-other.yaml",
] + [f"questions/{name}.yaml" for name in ("kitchen", "recyclable", "hazardous", "other")]
BUNDLED += sorted(p.relative_to(REPO).as_posix() for p in (REPO / "questions").glob("items-kids-*.yaml"))
BUNDLED_TEXTS = {path: (REPO / path).read_text(encoding="utf-8") for path in BUNDLED}
MUTABLE = {
    path: BUNDLED_TEXTS[path]
    for path in (
        "boards/classic.yaml",
        "questions/kitchen.yaml",
        "questions/items-kids-kitchen.yaml",
        "questions/regions.yaml",
    )
}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damaged(MUTABLE))
def test_a_damaged_bundled_file_gets_a_verdict_and_passing_content_plays(
    tmp_path: Path, change: tuple[str, str]
) -> None:
    for path, text in BUNDLED_TEXTS.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(change[1] if path == change[0] else text, encoding="utf-8")
    result = check_paths([tmp_path / path for path in BUNDLED], fill_from_bundled=False)
    for problem in result.problems:
        assert problem.format("zh").startswith(str(tmp_path)), problem.format("zh")
        assert problem.format("en")
    if result.errors:
        event("refused")
        return
    event("passed and played")
    play_and_narrate(result.content)
