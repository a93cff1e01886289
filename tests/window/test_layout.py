"""The board layout: a winding track that fills its area, and pixel ↔ square at the edge only."""

from __future__ import annotations

import math

import pygame
from hypothesis import given
from hypothesis import strategies as st

from game.window.layout import BoardLayout, ScreenLayout, text_unit

areas = st.builds(pygame.Rect, st.integers(0, 50), st.integers(0, 50), st.integers(60, 2000), st.integers(60, 1400))


@given(count=st.integers(6, 201), area=areas)
def test_every_square_is_inside_the_area_and_squares_never_overlap(count: int, area: pygame.Rect) -> None:
    layout = BoardLayout.compute(count, area)
    rects = [layout.square_rect(n) for n in range(count)]
    assert all(area.contains(rect) for rect in rects)
    cells = {layout.cell(n) for n in range(count)}
    assert len(cells) == count  # one cell per square


@given(count=st.integers(6, 201), area=areas)
def test_the_track_winds_neighbour_to_neighbour(count: int, area: pygame.Rect) -> None:
    layout = BoardLayout.compute(count, area)
    for n in range(count - 1):
        (x0, y0), (x1, y1) = layout.centre(n), layout.centre(n + 1)
        assert abs(x1 - x0) + abs(y1 - y0) == layout.pitch  # next square is always beside this one


@given(count=st.integers(6, 201), area=areas)
def test_square_at_inverts_centre(count: int, area: pygame.Rect) -> None:
    layout = BoardLayout.compute(count, area)
    assert [layout.square_at(layout.centre(n)) for n in range(count)] == list(range(count))
    assert layout.square_at((area.x - 1, area.y - 1)) is None


def test_the_board_fills_the_window() -> None:
    area = pygame.Rect(0, 0, 900, 560)
    layout = BoardLayout.compute(51, area)
    used = pygame.Rect(layout.origin, (layout.cols * layout.pitch, layout.rows * layout.pitch))
    assert used.width >= area.width * 0.9 or used.height >= area.height * 0.9


def test_tokens_sharing_a_square_stay_on_it_and_never_cover_its_number_or_pictogram() -> None:
    layout = BoardLayout.compute(51, pygame.Rect(0, 0, 900, 560))
    square = layout.square_rect(7)
    side = square.height
    number = pygame.Rect(square.x, square.y, side // 2, round(side * 0.3))  # drawn at the top left
    pictogram = (square.centerx, square.centery + side // 12)  # the middle of the pictogram
    for sharing in range(1, 7):
        radius = layout.token_radius(sharing)
        offsets = layout.token_offsets(sharing)
        assert len(set(offsets)) == sharing
        for dx, dy in offsets:
            centre = (square.centerx + dx, square.centery + dy)
            token = pygame.Rect(0, 0, 2 * radius, 2 * radius)
            token.center = centre
            assert square.inflate(side // 3, radius // 2).collidepoint(centre)  # on its square's row
            assert not token.colliderect(number)
            assert math.dist(centre, pictogram) > radius + side * 0.12


@given(width=st.integers(160, 3840), height=st.integers(120, 2160))
def test_screen_parts_fit_the_window_and_do_not_overlap(width: int, height: int) -> None:
    layout = ScreenLayout.compute((width, height))
    window = pygame.Rect(0, 0, width, height)
    for part in (layout.board, layout.banner, layout.panel):
        assert window.contains(part)
    assert not layout.board.colliderect(layout.panel)
    assert not layout.banner.colliderect(layout.panel)
    assert not layout.board.colliderect(layout.banner)
    assert 15 <= text_unit((width, height)) <= 48
