"""The dice animation and pauses: instant when off, skippable when on."""

from __future__ import annotations

import io

from rich.console import Console

from game.terminal.pacing import DICE_FRAMES, Pacer


def pacer(keys: list[bool]) -> tuple[Pacer, io.StringIO, list[float], list[str]]:
    screen = io.StringIO()
    waits: list[float] = []
    discarded: list[str] = []

    def wait(seconds: float) -> bool:
        waits.append(seconds)
        return keys.pop(0) if keys else False

    return (
        Pacer(Console(file=screen), enabled=True, wait=wait, discard=lambda: discarded.append("x")),
        screen,
        waits,
        discarded,
    )


def test_off_means_no_output_and_no_waiting() -> None:
    screen = io.StringIO()
    off = Pacer(Console(file=screen), enabled=False, wait=lambda s: (_ for _ in ()).throw(AssertionError()))
    off.dice(3, 6, "die")
    off.pause()
    assert screen.getvalue() == ""


def test_the_die_tumbles_then_clears_its_line() -> None:
    on, screen, waits, discarded = pacer([])
    on.dice(4, 6, "骰子")
    frames = screen.getvalue().split("\r")
    assert len(waits) == DICE_FRAMES
    assert "骰子 [ 4 ]" in frames[-3]  # the last face shown is the real roll
    assert screen.getvalue().endswith("\r") and discarded == ["x"]


def test_enter_skips_the_animation_and_is_not_taken_as_an_answer() -> None:
    on, _, waits, discarded = pacer([False, True])
    on.dice(2, 6, "die")
    assert len(waits) == 2 and discarded == ["x"]


def test_a_pause_can_be_skipped() -> None:
    on, _, waits, discarded = pacer([True])
    on.pause(0.7)
    assert waits == [0.7] and discarded == ["x"]


def test_for_terminal_is_off_without_a_terminal(monkeypatch: object) -> None:
    assert not Pacer.for_terminal(Console(file=io.StringIO())).enabled


def test_a_skipped_animation_wipes_its_frame_on_the_line_above_the_echoed_enter() -> None:
    on, screen, _, _ = pacer([False, True])
    on.dice(2, 6, "die")
    assert "\x1b[1A\r" in screen.getvalue()  # up one line (above the echoed Enter), then wipe
    not_skipped, plain, _, _ = pacer([])
    not_skipped.dice(2, 6, "die")
    assert "\x1b[1A" not in plain.getvalue()
