"""Colour is never the only signal: under simulated protanopia, deuteranopia and tritanopia, two
squares (or bins) whose colours come close still differ in their pictograms.

Colour-vision deficiency is simulated with the matrices of Machado, Oliveira and Fernandes (2009)
at full severity, applied in linear RGB; colours are compared as CIELAB ΔE (1976).
"""

from __future__ import annotations

import itertools

import pygame

from game.categories import CATEGORY_ORDER
from game.content.loader import load_bundled
from game.content.models import SquareKind
from game.present.board_look import square_fill, square_icon_key
from game.window import theme
from game.window.icons import bin_icon

MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
CLOSE = 12.0  #: ΔE below which two colours are taken as confusable


def _linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = min(1.0, max(0.0, c))
    return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)


def simulate(rgb: tuple[int, int, int], kind: str | None) -> tuple[float, float, float]:
    if kind is None:
        return tuple(float(c) for c in rgb)  # type: ignore[return-value]
    lin = [_linear(c) for c in rgb]
    return tuple(_gamma(sum(m * v for m, v in zip(row, lin, strict=True))) for row in MACHADO[kind])  # type: ignore[return-value]


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: tuple[int, int, int], b: tuple[int, int, int], kind: str | None) -> float:
    la, lb = lab(simulate(a, kind)), lab(simulate(b, kind))
    return sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5


def worst(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return min(delta_e(a, b, kind) for kind in (None, *MACHADO))


def test_the_simulation_confuses_what_it_should() -> None:
    red, green = (200, 40, 40), (60, 160, 40)
    assert delta_e(red, green, None) > 50 and delta_e(red, green, "deuteranopia") < delta_e(red, green, None) / 2


def test_bins_that_look_alike_to_some_eye_have_different_pictograms() -> None:
    pygame.init()
    for a, b in itertools.combinations(CATEGORY_ORDER, 2):
        if worst(a.colour, b.colour) < CLOSE:
            one, two = bin_icon(a, 48, theme.WHITE), bin_icon(b, 48, theme.WHITE)
            assert pygame.image.tobytes(one, "RGBA") != pygame.image.tobytes(two, "RGBA"), (a, b)


def test_square_kinds_that_look_alike_to_some_eye_have_different_pictograms() -> None:
    board = load_bundled().board()
    looks: dict[tuple[object, ...], tuple[tuple[int, int, int], tuple[str | None, str | None]]] = {}
    for square in board.squares:
        if square.kind is SquareKind.PLAIN:
            continue
        icon = square_icon_key(square, board)
        bin_square = square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS) and square.category is not None
        # a bin's square: the bin's pictogram large, what it asks in the corner (board_view._draw_square)
        pictogram = (f"bin:{square.category}", icon) if bin_square else (icon, None)
        kind = (square.kind, square.category, square.to is not None and square.to > square.number)
        looks[kind] = (square_fill(square, board), pictogram)
    assert len(looks) >= 10
    for (kind_a, (fill_a, pic_a)), (kind_b, (fill_b, pic_b)) in itertools.combinations(looks.items(), 2):
        if worst(fill_a, fill_b) < CLOSE:
            assert pic_a != pic_b, (kind_a, kind_b)


def test_tip_colours_do_not_look_like_bin_colours() -> None:
    for tint in theme.TRACK_TINTS:
        for category in CATEGORY_ORDER:
            assert delta_e(tint, category.colour, None) > 25, (tint, category)
