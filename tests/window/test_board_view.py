"""The board as drawn: squares in their colours, tokens on the square they stand on."""

from __future__ import annotations

import pygame
import pytest

from game.categories import CATEGORY_ORDER
from game.content.loader import load_bundled
from game.content.models import SquareKind
from game.window.board_view import BoardView, TokenPos, render_board
from game.window.text import TextRenderer
from game.window.theme import token_style

AREA = pygame.Rect(20, 30, 900, 560)


@pytest.fixture(scope="module")
def view() -> BoardView:
    pygame.font.init()
    content = load_bundled()
    return BoardView(content.board(), content.region(), "zh", TextRenderer())


def near(pixel: pygame.Color, colour: tuple[int, int, int], tolerance: int = 6) -> bool:
    """True when ``pixel`` is ``colour`` give or take smooth scaling's rounding."""
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def count_colour(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int]) -> int:
    """How many pixels of ``rect`` have (nearly) ``colour``."""
    rect = rect.clip(surface.get_rect())
    return sum(
        1
        for x in range(rect.left, rect.right)
        for y in range(rect.top, rect.bottom)
        if near(surface.get_at((x, y)), colour)
    )


def test_a_token_is_drawn_on_the_square_it_stands_on(view: BoardView) -> None:
    places = {0: 12, 1: 12, 2: 31, 3: 49}
    surface = pygame.Surface((1000, 640))
    layout = view.draw(surface, AREA, [TokenPos(seat, square) for seat, square in places.items()])
    for seat, square in places.items():
        colour = token_style(seat).colour
        here = count_colour(surface, layout.square_rect(square), colour)
        assert here > 40, (seat, square)
        for other in (square - 1, square + 1):
            assert count_colour(surface, layout.square_rect(other), colour) == 0


def test_a_walking_token_is_between_its_squares(view: BoardView) -> None:
    surface = pygame.Surface((1000, 640))
    layout = view.draw(surface, AREA, [TokenPos(0, 5, target=6, t=0.5, hop=False)])
    colour = token_style(0).colour
    between = layout.square_rect(5).union(layout.square_rect(6))
    assert count_colour(surface, between, colour) > 40
    x, y = layout.point_between(5, 6, 0.5)
    assert count_colour(surface, pygame.Rect(round(x) - 8, round(y) + 4, 16, 8), colour) > 20


def test_question_squares_wear_their_bin_colour(view: BoardView) -> None:
    board = view.board
    surface = pygame.Surface((1000, 640))
    layout = view.draw(surface, AREA)
    seen = set()
    for square in board.squares:
        if square.kind is SquareKind.QUESTION and square.category is not None:
            rect = layout.square_rect(square.number)
            # the lower-left corner area holds no icon or number
            probe = (rect.x + rect.width // 8, rect.bottom - rect.height // 6)
            assert surface.get_at(probe)[:3] == square.category.colour, square.number
            seen.add(square.category)
    assert seen == set(CATEGORY_ORDER)


def test_the_static_board_is_drawn_once_per_size(view: BoardView) -> None:
    first = view.static(AREA)
    assert view.static(AREA) is first
    assert view.static(pygame.Rect(0, 0, 600, 400)) is not first
    assert view.static(pygame.Rect(0, 0, 600, 400)).get_size() == (600, 400)


def test_render_board_needs_no_display() -> None:
    assert not pygame.display.get_init() or pygame.display.get_surface() is None
    content = load_bundled()
    picture = render_board(content.board(), content.region("shanghai"), "en", (800, 500))
    assert picture.get_size() == (800, 500)
