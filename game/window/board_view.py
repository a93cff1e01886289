"""The board as the window shows it: a winding, colourful track of numbered squares, and tokens.

The static part (road, squares, numbers, icons, jump arrows) is drawn once per size into a
surface and blitted every frame; only the tokens and the highlight are drawn per frame.

Each special square shows an icon for its kind and, for questions and naming tasks, the colour
*and* pictogram of its bin; jumps show their target number and an arrow across the board.

>>> import pygame; pygame.font.init()
>>> from game.content.loader import load_bundled
>>> from game.window.text import TextRenderer
>>> view = BoardView(load_bundled().board(), load_bundled().region(), "zh", TextRenderer())
>>> area = pygame.Rect(0, 0, 900, 560)
>>> view.static(area).get_size()
(900, 560)
>>> view.static(area) is view.static(area)  # drawn once per size
True
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.categories import CATEGORY_ORDER
from game.content.models import Board, Region, Square, SquareKind
from game.errors import Lang
from game.present.board_look import (
    LEGEND_KINDS,
    is_any_bin,
    legend_icon_colour,
    square_fill,
    square_icon_key,
)
from game.present.texts import t
from game.window import theme
from game.window.icons import bin_icon, kind_icon, token_shape
from game.window.layout import BoardLayout
from game.window.text import TextRenderer
from game.window.theme import INK, RGB, WHITE, TokenShape, ink_on, shade, token_style


@dataclass(slots=True)
class TokenPos:
    """Where a token is drawn: on ``square``, or ``t`` of the way from ``square`` to ``target``."""

    seat: int
    square: int
    target: int | None = None
    t: float = 0.0
    hop: bool = True  #: a walking step hops; a jump slides


class BoardView:
    """Draws one board at any size."""

    def __init__(self, board: Board, region: Region, lang: Lang, text: TextRenderer) -> None:
        self.board = board
        self.region = region
        self.lang = lang
        self.text = text
        self._layouts: dict[tuple[int, int, int, int], BoardLayout] = {}
        self._static: dict[tuple[int, int], pygame.Surface] = {}

    def layout(self, area: pygame.Rect) -> BoardLayout:
        """The squares' places in ``area`` (cached per area)."""
        key = (area.x, area.y, area.width, area.height)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) > 16:
                self._layouts.clear()
            layout = self._layouts[key] = BoardLayout.compute(self.board.size + 1, area)
        return layout

    # -- the static board --------------------------------------------------------------------

    def static(self, area: pygame.Rect) -> pygame.Surface:
        """The board without tokens, the size of ``area`` (drawn once per size)."""
        key = (area.width, area.height)
        surface = self._static.get(key)
        if surface is None:
            if len(self._static) > 4:
                self._static.clear()
            surface = pygame.Surface(key)
            surface.fill(theme.BACKGROUND)
            self._draw_static(surface, self.layout(pygame.Rect(0, 0, *key)))
            if pygame.display.get_init() and pygame.display.get_surface() is not None:
                surface = surface.convert()
            self._static[key] = surface
        return surface

    def _draw_static(self, surface: pygame.Surface, layout: BoardLayout) -> None:
        squares = self.board.squares
        road = max(4, round(layout.pitch * 0.42))
        points = [layout.centre(n) for n in range(len(squares))]
        if len(points) > 1:
            pygame.draw.lines(surface, theme.TRACK, False, points, road)
        for point in points:
            pygame.draw.circle(surface, theme.TRACK, point, road // 2)
        # The jump arrows go over the squares' colours but under their numbers and pictograms, so
        # that no arrow hides what a square is.
        for square in squares:
            self._draw_square(surface, layout, square, marks=False)
        for square in squares:
            if square.kind is SquareKind.JUMP and square.to is not None:
                self._draw_jump(surface, layout, square.number, square.to)
        for square in squares:
            self._draw_square(surface, layout, square, marks=True)

    def _draw_square(self, surface: pygame.Surface, layout: BoardLayout, square: Square, *, marks: bool) -> None:
        """The square's colours (``marks`` False) or its number, pictograms and labels (True)."""
        rect = layout.square_rect(square.number)
        radius = max(2, rect.width // 6)
        fill = square_fill(square, self.board)
        special = square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS)
        if not marks:
            pygame.draw.rect(
                surface, shade(theme.TRACK, 0.8), rect.move(0, max(1, rect.height // 24)), border_radius=radius
            )
            pygame.draw.rect(surface, fill, rect, border_radius=radius)
            if is_any_bin(square, self.board):
                self._draw_quarters(surface, rect, radius)
            pygame.draw.rect(surface, shade(fill, 0.7), rect, max(1, rect.width // 36), border_radius=radius)
            return
        ink = ink_on(fill)
        number_size = max(8, round(rect.height * 0.24))
        if square.number in (0, self.board.finish):
            label = t("start" if square.number == 0 else "finish", self.lang)
            size = self.text.fit(label, max(8, round(rect.height * 0.26)), rect.width - 4, bold=True)
            self.text.draw(
                surface, label, size, INK, (rect.centerx, rect.bottom - rect.height // 20), "midbottom", bold=True
            )
            icon = kind_icon(square_icon_key(square, self.board) or "start", round(rect.height * 0.5), INK)
            if icon is not None:
                surface.blit(icon, icon.get_rect(center=(rect.centerx, rect.top + round(rect.height * 0.36))))
            pygame.draw.rect(surface, theme.ACCENT, rect, max(2, rect.width // 16), border_radius=radius)
            return
        self.text.draw(surface, str(square.number), number_size, ink, (rect.x + rect.width // 14, rect.y), bold=True)
        key = square_icon_key(square, self.board)
        icon_size = round(rect.height * 0.46)
        centre = (rect.centerx, rect.centery + rect.height // 12)
        corner = (rect.right - rect.width // 14, rect.top + rect.height // 14)
        if special and square.category is not None:
            # A bin's square shows the bin's pictogram large (seen from a chair, and without colour);
            # what the square asks (a question, naming items) is the smaller mark in the corner.
            pictogram = bin_icon(square.category, round(rect.height * 0.5), WHITE)
            surface.blit(pictogram, pictogram.get_rect(center=centre))
            mark = kind_icon(key, max(6, round(rect.height * 0.3)), WHITE) if key is not None else None
            if mark is not None:
                surface.blit(mark, mark.get_rect(topright=corner))
        elif key is not None:
            icon_colour = WHITE if ink == WHITE or special else INK
            if square.kind is SquareKind.TIP:
                icon_colour, icon_size = shade(fill, 0.55), round(rect.height * 0.4)
            icon = kind_icon(key, icon_size, icon_colour)
            if icon is not None:
                surface.blit(icon, icon.get_rect(center=centre))
        if square.kind is SquareKind.NAME_ITEMS and square.count:
            self.text.draw(
                surface,
                f"×{square.count}",
                max(8, round(rect.height * 0.2)),
                ink,
                (rect.right - rect.width // 14, rect.bottom - rect.height // 40),
                "bottomright",
                bold=True,
            )
        if square.kind is SquareKind.JUMP and square.to is not None:
            self.text.draw(
                surface,
                f"→{square.to}",
                max(8, round(rect.height * 0.2)),
                ink,
                (rect.right - rect.width // 14, rect.bottom - rect.height // 40),
                "bottomright",
                bold=True,
            )

    def _draw_quarters(self, surface: pygame.Surface, rect: pygame.Rect, radius: int) -> None:
        """A square open to every bin: the four bin colours in quarters."""
        quarters = pygame.Surface(rect.size, pygame.SRCALPHA)
        half_w, half_h = rect.width // 2, rect.height // 2
        boxes = [(0, 0), (half_w, 0), (0, half_h), (half_w, half_h)]
        for category, (x, y) in zip(CATEGORY_ORDER, boxes, strict=True):
            pygame.draw.rect(
                quarters,
                category.colour,
                (x, y, rect.width - half_w if x else half_w, rect.height - half_h if y else half_h),
            )
        mask = pygame.Surface(rect.size, pygame.SRCALPHA)
        pygame.draw.rect(mask, (255, 255, 255, 255), mask.get_rect(), border_radius=radius)
        quarters.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        surface.blit(quarters, rect)

    def _draw_jump(self, surface: pygame.Surface, layout: BoardLayout, start: int, end: int) -> None:
        """A curved, half-transparent arrow from a jump square to its target."""
        (x0, y0), (x1, y1) = layout.centre(start), layout.centre(end)
        if (x0, y0) == (x1, y1):
            return
        forward = end > start
        colour = shade(theme.JUMP_FORWARD if forward else theme.JUMP_BACK, 0.8)
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        length = math.hypot(x1 - x0, y1 - y0)
        bend = 0.22 * length * (1 if forward else -1)
        cx, cy = mx - (y1 - y0) / length * bend, my + (x1 - x0) / length * bend
        steps = 24
        curve = []
        for i in range(steps + 1):
            u = i / steps
            curve.append(
                (
                    (1 - u) ** 2 * x0 + 2 * (1 - u) * u * cx + u * u * x1,
                    (1 - u) ** 2 * y0 + 2 * (1 - u) * u * cy + u * u * y1,
                )
            )
        overlay = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        width = max(2, round(layout.pitch * 0.07))
        # Stop short of the target's centre so the head points at the square, not under a token.
        cut = max(2, round(steps * min(0.45, layout.side * 0.32 / max(length, 1))))
        body = curve[: steps + 1 - cut]
        pygame.draw.lines(overlay, (*colour, 150), False, body, width)
        (ax, ay), (bx, by) = body[-2], body[-1]
        heading = math.atan2(by - ay, bx - ax)
        head = width * 2.6
        tip = (bx + math.cos(heading) * head, by + math.sin(heading) * head)
        wing = [
            (bx + math.cos(heading + math.pi / 2) * head * 0.8, by + math.sin(heading + math.pi / 2) * head * 0.8),
            (bx + math.cos(heading - math.pi / 2) * head * 0.8, by + math.sin(heading - math.pi / 2) * head * 0.8),
        ]
        pygame.draw.polygon(overlay, (*colour, 170), [tip, *wing])
        pygame.draw.circle(overlay, (*colour, 150), curve[0], width)
        surface.blit(overlay, (0, 0))

    # -- per frame ---------------------------------------------------------------------------

    def token_sprite(self, seat: int, size: int) -> pygame.Surface:
        """Seat ``seat``'s token in a square of ``size`` pixels (see :func:`token_sprite`)."""
        return token_sprite(seat, size, self.text)

    def token_centres(self, layout: BoardLayout, tokens: Sequence[TokenPos]) -> dict[int, tuple[int, int, int]]:
        """Seat → (x, y, radius) where each token is drawn."""
        resting: dict[int, list[int]] = defaultdict(list)
        for token in tokens:
            if token.target is None:
                resting[token.square].append(token.seat)
        out: dict[int, tuple[int, int, int]] = {}
        for square, seats in resting.items():
            radius = layout.token_radius(len(seats))
            cx, cy = layout.centre(min(max(square, 0), self.board.finish))
            for seat, (dx, dy) in zip(sorted(seats), layout.token_offsets(len(seats)), strict=True):
                out[seat] = (cx + dx, cy + dy, radius)
        for token in tokens:
            if token.target is not None:
                x, y = layout.point_between(token.square, token.target, token.t)
                lift = math.sin(math.pi * token.t) * layout.pitch * 0.35 if token.hop else 0.0
                out[token.seat] = (round(x), round(y - lift), layout.token_radius(1))
        return out

    def draw(
        self,
        surface: pygame.Surface,
        area: pygame.Rect,
        tokens: Sequence[TokenPos] = (),
        highlight: int | None = None,
    ) -> BoardLayout:
        """Blit the board into ``area`` of ``surface`` and draw the tokens; returns the layout."""
        local = self.layout(pygame.Rect(0, 0, area.width, area.height))
        surface.blit(self.static(area), area)
        layout = self.layout(area)
        if highlight is not None and 0 <= highlight <= self.board.finish:
            # A light ring inside a dark one: visible on every square colour, the yellow ones too.
            width = max(2, local.pitch // 18)
            ring = layout.square_rect(highlight).inflate(local.pitch // 10 + 2 * width, local.pitch // 10 + 2 * width)
            pygame.draw.rect(surface, INK, ring, width, border_radius=ring.width // 5)
            ring = ring.inflate(-2 * width + 2, -2 * width + 2)
            pygame.draw.rect(surface, theme.HIGHLIGHT, ring, width, border_radius=ring.width // 5)
        moving = [token.seat for token in tokens if token.target is not None]
        centres = self.token_centres(layout, tokens)
        for seat in sorted(centres, key=lambda s: (s in moving, s)):
            x, y, radius = centres[seat]
            sprite = self.token_sprite(seat, radius * 2)
            surface.blit(sprite, sprite.get_rect(center=(x, y)))
        return layout


_SPRITES: dict[tuple[int, int], pygame.Surface] = {}


def token_sprite(seat: int, size: int, text: TextRenderer) -> pygame.Surface:
    """Seat ``seat``'s token: its shape and colour with its number, in a square of ``size`` pixels."""
    key = (seat, size)
    sprite = _SPRITES.get(key)
    if sprite is None:
        style = token_style(seat)
        sprite = token_shape(style.shape, size, style.colour).copy()
        label_size = max(7, round(size * 0.42))
        centre = (size // 2, size // 2 + (size // 10 if style.shape is TokenShape.TRIANGLE else 0))
        text.draw(sprite, str(seat + 1), label_size, style.number_ink, centre, "center", bold=True)
        if len(_SPRITES) > 96:
            _SPRITES.clear()
        _SPRITES[key] = sprite
    return sprite


def render_board(
    board: Board,
    region: Region,
    lang: Lang,
    size: tuple[int, int],
    text: TextRenderer | None = None,
    tokens: Sequence[TokenPos] = (),
) -> pygame.Surface:
    """The board with a title and a legend, as a picture of ``size`` (for ``fenleiqi render-board``).

    Needs only ``pygame.font``, no display.
    """
    text = text or TextRenderer()
    width, height = size
    surface = pygame.Surface(size)
    surface.fill(theme.BACKGROUND)
    unit = max(12, min(40, round(min(width * 0.62, height) / 36)))
    margin = max(6, round(min(width, height) * 0.02))
    title = board.name_in(lang)
    title_size = text.fit(title, round(unit * 1.4), width - 2 * margin, bold=True)
    title_rect = text.draw(surface, title, title_size, INK, (width // 2, margin), "midtop", bold=True)
    legend_h = round(unit * 2.2)
    area = pygame.Rect(
        margin, title_rect.bottom + margin // 2, width - 2 * margin, height - title_rect.bottom - legend_h - 2 * margin
    )
    view = BoardView(board, region, lang, text)
    view.draw(surface, area, tokens)
    draw_legend(
        surface,
        pygame.Rect(margin, height - legend_h - margin // 2, width - 2 * margin, legend_h),
        region,
        lang,
        text,
        unit,
    )
    return surface


def legend_entries(region: Region, lang: Lang, icon_size: int) -> list[tuple[RGB, pygame.Surface | None, str]]:
    """The legend: the four bins, then the kinds of square (colour, icon, words)."""
    entries: list[tuple[RGB, pygame.Surface | None, str]] = []
    for category in CATEGORY_ORDER:
        entries.append((category.colour, bin_icon(category, icon_size, WHITE), region.category_name(category, lang)))
    for kind in LEGEND_KINDS:
        entries.append((kind.fill, kind_icon(kind.icon, icon_size, legend_icon_colour(kind)), t(kind.label, lang)))
    return entries


def _legend_entry(
    surface: pygame.Surface,
    text: TextRenderer,
    entry: tuple[RGB, pygame.Surface | None, str],
    pos: tuple[int, int],
    box_side: int,
    size: int,
) -> None:
    fill, icon, label = entry
    box = pygame.Rect(pos[0], pos[1] - box_side // 2, box_side, box_side)
    pygame.draw.rect(surface, fill, box, border_radius=max(2, box.width // 5))
    if icon is not None:
        surface.blit(icon, icon.get_rect(center=box.center))
    text.draw(surface, label, size, INK, (box.right + max(4, box_side // 4), box.centery), "midleft")


def draw_legend(
    surface: pygame.Surface, rect: pygame.Rect, region: Region, lang: Lang, text: TextRenderer, unit: int
) -> None:
    """One row that explains the colours and icons: the four bins, then the square kinds (two rows
    when one does not fit: the legend never loses an entry)."""
    for rows in (1, 2):
        row_h = rect.height // rows
        box_side = round(row_h * 0.7)
        entries = legend_entries(region, lang, round(box_side * 0.86))
        size = max(9, round(unit * 0.8))
        gap = round(unit * 0.9)
        per_row = -(-len(entries) // rows)
        chunks = [entries[i : i + per_row] for i in range(0, len(entries), per_row)]

        while size > 8 and max(sum(_widths(chunk, box_side, size, gap, text)) for chunk in chunks) > rect.width:
            size -= 1
            gap = max(4, gap - 1)
        if max(sum(_widths(chunk, box_side, size, gap, text)) for chunk in chunks) <= rect.width:
            break
    for row, chunk in enumerate(chunks):
        widths = _widths(chunk, box_side, size, gap, text)
        x = rect.x + max(0, (rect.width - sum(widths)) // 2)
        y = rect.y + row * row_h + row_h // 2
        for entry, entry_w in zip(chunk, widths, strict=True):
            _legend_entry(surface, text, entry, (x, y), box_side, size)
            x += entry_w


def _widths(
    chunk: list[tuple[RGB, pygame.Surface | None, str]], box_side: int, size: int, gap: int, text: TextRenderer
) -> list[int]:
    return [box_side + 8 + text.measure(label, size) + gap for *_, label in chunk]


def draw_legend_grid(
    surface: pygame.Surface, rect: pygame.Rect, region: Region, lang: Lang, text: TextRenderer, unit: int
) -> bool:
    """The legend in two columns inside ``rect``; False (nothing drawn) when it does not fit."""
    row_h = max(14, round(unit * 1.45))
    box_side = round(row_h * 0.82)
    entries = legend_entries(region, lang, round(box_side * 0.86))
    rows = -(-len(entries) // 2)
    if rows * row_h > rect.height or rect.width < unit * 8:
        return False
    col_w = rect.width // 2
    size = max(9, round(unit * 0.75))
    top = rect.y + (rect.height - rows * row_h) // 2
    for i, entry in enumerate(entries):
        col, row = divmod(i, rows)
        _legend_entry(surface, text, entry, (rect.x + col * col_w, top + row * row_h + row_h // 2), box_side, size)
    return True
