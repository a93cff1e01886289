"""Pictures drawn with ``pygame.draw``: bin pictograms, square kinds, tokens, the die.

The project draws its own icons (the reuse terms of the standard's artwork are unknown). Each
icon is drawn at three times its size on a transparent surface and scaled down smoothly, which
gives clean edges; the result is cached per size, so an icon costs one blit per frame.

>>> import pygame
>>> icon = bin_icon(Category.KITCHEN, 48)
>>> icon.get_size(), icon.get_at((0, 0)).a   # transparent corners
((48, 48), 0)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pygame

from game.categories import Category
from game.content.models import SquareKind
from game.window.theme import INK, RGB, WHITE, TokenShape, shade

SUPERSAMPLE = 3
Pen = Callable[[float, float], tuple[int, int]]


def _smooth(size: int, paint: Callable[[pygame.Surface, Pen, float], None]) -> pygame.Surface:
    """Run ``paint`` on a supersampled square surface and scale it down to ``size``."""
    size = max(4, size)
    big = size * SUPERSAMPLE
    surface = pygame.Surface((big, big), pygame.SRCALPHA)

    def pen(x: float, y: float) -> tuple[int, int]:
        return (round(x * big), round(y * big))

    paint(surface, pen, big)
    return pygame.transform.smoothscale(surface, (size, size))


def _w(scale: float, fraction: float) -> int:
    return max(1, round(scale * fraction))


def _arrow(
    surface: pygame.Surface,
    pen: Pen,
    scale: float,
    a: tuple[float, float],
    b: tuple[float, float],
    colour: RGB,
    width: float = 0.09,
    head: float = 0.16,
) -> None:
    """A thick arrow from ``a`` to ``b`` (unit coordinates)."""
    ax, ay = a
    bx, by = b
    length = math.hypot(bx - ax, by - ay) or 1.0
    ux, uy = (bx - ax) / length, (by - ay) / length
    nx, ny = -uy, ux
    neck = (bx - ux * head, by - uy * head)
    pygame.draw.line(surface, colour, pen(ax, ay), pen(*neck), _w(scale, width))
    tip = [
        pen(bx, by),
        pen(neck[0] + nx * head * 0.75, neck[1] + ny * head * 0.75),
        pen(neck[0] - nx * head * 0.75, neck[1] - ny * head * 0.75),
    ]
    pygame.draw.polygon(surface, colour, tip)


# -- the four bins --------------------------------------------------------------------------


def _kitchen(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    """An apple core: an apple with a bite out of each side, a stem, a leaf and two seeds."""
    pygame.draw.ellipse(surface, colour, pygame.Rect(pen(0.2, 0.2), pen(0.6, 0.72)))
    for x in (0.08, 0.92):  # the bites
        pygame.draw.circle(surface, (0, 0, 0, 0), pen(x, 0.56), _w(scale, 0.23))
    pygame.draw.line(surface, colour, pen(0.5, 0.24), pen(0.54, 0.06), _w(scale, 0.06))
    pygame.draw.polygon(surface, colour, [pen(0.55, 0.12), pen(0.78, 0.04), pen(0.7, 0.17), pen(0.57, 0.19)])
    for y in (0.48, 0.62):  # seeds
        pygame.draw.ellipse(surface, (0, 0, 0, 0), pygame.Rect(pen(0.465, y), pen(0.07, 0.1)))


def _recyclable(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    """Three arrows chasing each other round a triangle."""
    corners = [(0.5, 0.12), (0.88, 0.8), (0.12, 0.8)]
    for i in range(3):
        (x0, y0), (x1, y1) = corners[i], corners[(i + 1) % 3]
        start = (x0 + (x1 - x0) * 0.14, y0 + (y1 - y0) * 0.14)
        end = (x0 + (x1 - x0) * 0.84, y0 + (y1 - y0) * 0.84)
        _arrow(surface, pen, scale, start, end, colour, width=0.1, head=0.17)


def _hazardous(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    """A bold X in a diamond."""
    diamond = [pen(0.5, 0.05), pen(0.95, 0.5), pen(0.5, 0.95), pen(0.05, 0.5)]
    pygame.draw.polygon(surface, colour, diamond, _w(scale, 0.06))
    width = _w(scale, 0.12)
    pygame.draw.line(surface, colour, pen(0.33, 0.33), pen(0.67, 0.67), width)
    pygame.draw.line(surface, colour, pen(0.67, 0.33), pen(0.33, 0.67), width)


def _other(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    """A bin with a downward arrow into it."""
    body = [pen(0.22, 0.42), pen(0.78, 0.42), pen(0.7, 0.94), pen(0.3, 0.94)]
    pygame.draw.polygon(surface, colour, body)
    pygame.draw.line(surface, colour, pen(0.14, 0.36), pen(0.86, 0.36), _w(scale, 0.07))
    _arrow(surface, pen, scale, (0.5, 0.02), (0.5, 0.31), colour, width=0.1, head=0.14)
    for x in (0.4, 0.5, 0.6):
        pygame.draw.line(surface, (0, 0, 0, 0), pen(x, 0.52), pen(x, 0.84), _w(scale, 0.035))


_BIN_PAINTERS = {
    Category.KITCHEN: _kitchen,
    Category.RECYCLABLE: _recyclable,
    Category.HAZARDOUS: _hazardous,
    Category.OTHER: _other,
}


@lru_cache(maxsize=256)
def bin_icon(category: Category, size: int, colour: RGB = WHITE) -> pygame.Surface:
    """The pictogram of ``category`` (draw it on the bin's colour)."""
    return _smooth(size, lambda s, pen, scale: _BIN_PAINTERS[category](s, pen, scale, colour))


# -- square kinds ---------------------------------------------------------------------------


def _question(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    width = _w(scale, 0.12)
    pygame.draw.arc(surface, colour, pygame.Rect(pen(0.28, 0.1), pen(0.44, 0.4)), -math.pi / 2.6, math.pi, width)
    pygame.draw.line(surface, colour, pen(0.6, 0.42), pen(0.5, 0.52), width)
    pygame.draw.line(surface, colour, pen(0.5, 0.5), pen(0.5, 0.64), width)
    pygame.draw.circle(surface, colour, pen(0.5, 0.82), _w(scale, 0.075))


def _speech(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    pygame.draw.ellipse(surface, colour, pygame.Rect(pen(0.06, 0.14), pen(0.88, 0.58)))
    pygame.draw.polygon(surface, colour, [pen(0.24, 0.6), pen(0.44, 0.68), pen(0.16, 0.9)])
    for x in (0.3, 0.5, 0.7):
        pygame.draw.circle(surface, (0, 0, 0, 0), pen(x, 0.43), _w(scale, 0.065))


def _jump(forward: bool) -> Callable[[pygame.Surface, Pen, float, RGB], None]:
    def paint(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
        a, b = ((0.14, 0.82), (0.86, 0.18)) if forward else ((0.86, 0.18), (0.14, 0.82))
        _arrow(surface, pen, scale, a, b, colour, width=0.16, head=0.36)

    return paint


def _pause(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    radius = _w(scale, 0.05)
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.24, 0.16), pen(0.18, 0.68)), border_radius=radius)
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.58, 0.16), pen(0.18, 0.68)), border_radius=radius)


def _die(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.1, 0.1), pen(0.8, 0.8)), _w(scale, 0.08), _w(scale, 0.16))
    for x, y in ((0.32, 0.32), (0.68, 0.32), (0.5, 0.5), (0.32, 0.68), (0.68, 0.68)):
        pygame.draw.circle(surface, colour, pen(x, y), _w(scale, 0.075))


def _bulb(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    pygame.draw.circle(surface, colour, pen(0.5, 0.4), _w(scale, 0.24))
    pygame.draw.polygon(surface, colour, [pen(0.36, 0.5), pen(0.64, 0.5), pen(0.6, 0.72), pen(0.4, 0.72)])
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.39, 0.75), pen(0.22, 0.06)))
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.42, 0.84), pen(0.16, 0.06)))
    for angle in (-150, -120, -90, -60, -30):
        rad = math.radians(angle)
        a = (0.5 + math.cos(rad) * 0.33, 0.4 + math.sin(rad) * 0.33)
        b = (0.5 + math.cos(rad) * 0.45, 0.4 + math.sin(rad) * 0.45)
        pygame.draw.line(surface, colour, pen(*a), pen(*b), _w(scale, 0.045))


def _flag(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    """A chequered finish flag."""
    pygame.draw.line(surface, colour, pen(0.2, 0.08), pen(0.2, 0.95), _w(scale, 0.07))
    cells = 4
    for row in range(3):
        for col in range(cells):
            x0, y0 = 0.24 + col * 0.16, 0.1 + row * 0.13
            fill = colour if (row + col) % 2 == 0 else WHITE
            pygame.draw.rect(surface, fill, pygame.Rect(pen(x0, y0), pen(0.16, 0.13)))
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.24, 0.1), pen(0.64, 0.39)), _w(scale, 0.025))


def _start(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    """A "go" triangle in a circle."""
    pygame.draw.circle(surface, colour, pen(0.5, 0.5), _w(scale, 0.44), _w(scale, 0.08))
    pygame.draw.polygon(surface, colour, [pen(0.4, 0.28), pen(0.74, 0.5), pen(0.4, 0.72)])


_KIND_PAINTERS: dict[str, Callable[[pygame.Surface, Pen, float, RGB], None]] = {
    SquareKind.QUESTION.value: _question,
    SquareKind.NAME_ITEMS.value: _speech,
    "jump_forward": _jump(True),
    "jump_back": _jump(False),
    SquareKind.SKIP.value: _pause,
    SquareKind.ROLL_AGAIN.value: _die,
    SquareKind.TIP.value: _bulb,
    "start": _start,
    "finish": _flag,
}


def kind_key(kind: SquareKind, forward: bool = True) -> str:
    """The icon name of a square kind (jumps have one per direction)."""
    if kind is SquareKind.JUMP:
        return "jump_forward" if forward else "jump_back"
    return kind.value


@lru_cache(maxsize=512)
def kind_icon(key: str, size: int, colour: RGB = INK) -> pygame.Surface | None:
    """The icon for a square kind (see :func:`kind_key`), ``"start"`` or ``"finish"``; None for plain."""
    painter = _KIND_PAINTERS.get(key)
    if painter is None:
        return None
    return _smooth(size, lambda s, pen, scale: painter(s, pen, scale, colour))


# -- tokens ---------------------------------------------------------------------------------


def _shape_points(shape: TokenShape, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    if shape is TokenShape.SQUARE:
        k = r * 0.86
        return [(cx - k, cy - k), (cx + k, cy - k), (cx + k, cy + k), (cx - k, cy + k)]
    if shape is TokenShape.TRIANGLE:
        return [
            (cx + r * math.cos(math.radians(a)), cy + r * 1.08 * math.sin(math.radians(a)) + r * 0.14)
            for a in (-90, 30, 150)
        ]
    if shape is TokenShape.DIAMOND:
        return [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
    if shape is TokenShape.STAR:
        points = []
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.5
            angle = math.radians(-90 + i * 36)
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        return points
    if shape is TokenShape.HEXAGON:
        return [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    return []


@lru_cache(maxsize=128)
def token_shape(shape: TokenShape, size: int, colour: RGB) -> pygame.Surface:
    """A token of ``shape`` filling a square of ``size`` pixels, with a dark outline and a shine."""

    def paint(surface: pygame.Surface, pen: Pen, scale: float) -> None:
        outline = shade(colour, 0.45)
        cx = cy = scale / 2
        r = scale * 0.46
        shadow = (0, 0, 0, 60)
        if shape is TokenShape.CIRCLE:
            pygame.draw.circle(surface, shadow, (cx + r * 0.06, cy + r * 0.08), r)
            pygame.draw.circle(surface, outline, (cx, cy), r)
            pygame.draw.circle(surface, colour, (cx, cy), r * 0.86)
        else:
            points = _shape_points(shape, cx, cy, r)
            pygame.draw.polygon(surface, shadow, [(x + r * 0.06, y + r * 0.08) for x, y in points])
            pygame.draw.polygon(surface, outline, points)
            inner = _shape_points(
                shape, cx, cy, r * (0.78 if shape in (TokenShape.STAR, TokenShape.TRIANGLE) else 0.84)
            )
            pygame.draw.polygon(surface, colour, inner)
        pygame.draw.circle(surface, (255, 255, 255, 90), (cx - r * 0.3, cy - r * 0.35), r * 0.16)

    return _smooth(size, paint)


# -- the die and small UI icons -------------------------------------------------------------

_PIPS = {
    1: [(0.5, 0.5)],
    2: [(0.28, 0.28), (0.72, 0.72)],
    3: [(0.26, 0.26), (0.5, 0.5), (0.74, 0.74)],
    4: [(0.28, 0.28), (0.72, 0.28), (0.28, 0.72), (0.72, 0.72)],
    5: [(0.27, 0.27), (0.73, 0.27), (0.5, 0.5), (0.27, 0.73), (0.73, 0.73)],
    6: [(0.28, 0.24), (0.72, 0.24), (0.28, 0.5), (0.72, 0.5), (0.28, 0.76), (0.72, 0.76)],
}


@lru_cache(maxsize=64)
def die_face(value: int, size: int, colour: RGB = WHITE, pip: RGB = INK) -> pygame.Surface:
    """A die showing ``value`` with pips (1-6); other values get an empty face for a number."""

    def paint(surface: pygame.Surface, pen: Pen, scale: float) -> None:
        box = pygame.Rect(pen(0.04, 0.04), pen(0.92, 0.92))
        pygame.draw.rect(
            surface,
            (0, 0, 0, 70),
            box.move(round(scale * 0.02), round(scale * 0.03)),
            border_radius=round(scale * 0.18),
        )
        pygame.draw.rect(surface, shade(colour, 0.55), box, border_radius=round(scale * 0.18))
        pygame.draw.rect(
            surface, colour, box.inflate(-round(scale * 0.07), -round(scale * 0.07)), border_radius=round(scale * 0.15)
        )
        for x, y in _PIPS.get(value, []):
            pygame.draw.circle(surface, pip, pen(x, y), round(scale * 0.085))

    return _smooth(size, paint)


def _speaker(on: bool) -> Callable[[pygame.Surface, Pen, float, RGB], None]:
    def paint(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
        pygame.draw.polygon(
            surface,
            colour,
            [pen(0.1, 0.36), pen(0.28, 0.36), pen(0.5, 0.14), pen(0.5, 0.86), pen(0.28, 0.64), pen(0.1, 0.64)],
        )
        width = _w(scale, 0.07)
        if on:
            for radius in (0.2, 0.34):
                box = pygame.Rect(pen(0.5 - radius, 0.5 - radius), pen(radius * 2, radius * 2))
                pygame.draw.arc(surface, colour, box, -math.pi / 3.5, math.pi / 3.5, width)
        else:
            pygame.draw.line(surface, colour, pen(0.62, 0.34), pen(0.9, 0.66), width)
            pygame.draw.line(surface, colour, pen(0.9, 0.34), pen(0.62, 0.66), width)

    return paint


def _person(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    pygame.draw.circle(surface, colour, pen(0.5, 0.3), _w(scale, 0.18))
    pygame.draw.ellipse(surface, colour, pygame.Rect(pen(0.18, 0.54), pen(0.64, 0.6)))


def _computer(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.1, 0.14), pen(0.8, 0.54)), _w(scale, 0.08), _w(scale, 0.05))
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.42, 0.68), pen(0.16, 0.12)))
    pygame.draw.rect(surface, colour, pygame.Rect(pen(0.26, 0.8), pen(0.48, 0.08)), border_radius=_w(scale, 0.03))
    for x in (0.36, 0.64):
        pygame.draw.circle(surface, colour, pen(x, 0.4), _w(scale, 0.06))


def _menu(surface: pygame.Surface, pen: Pen, scale: float, colour: RGB) -> None:
    for y in (0.24, 0.5, 0.76):
        pygame.draw.line(surface, colour, pen(0.16, y), pen(0.84, y), _w(scale, 0.11))


_UI_PAINTERS: dict[str, Callable[[pygame.Surface, Pen, float, RGB], None]] = {
    "sound_on": _speaker(True),
    "sound_off": _speaker(False),
    "person": _person,
    "computer": _computer,
    "menu": _menu,
    "pause": _pause,
}


@lru_cache(maxsize=128)
def ui_icon(name: str, size: int, colour: RGB = INK) -> pygame.Surface:
    """A small UI icon: ``sound_on``, ``sound_off``, ``person``, ``computer``, ``menu``, ``pause``."""
    painter = _UI_PAINTERS[name]
    return _smooth(size, lambda s, pen, scale: painter(s, pen, scale, colour))
