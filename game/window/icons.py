"""Pictures drawn with ``pygame.draw``: bin pictograms, square kinds, tokens, the die.

The bin pictograms and square-kind icons are the shapes of :mod:`game.present.pictograms` (the
print kit draws the same ones). Each icon is drawn at three times its size on a transparent
surface and scaled down smoothly, which gives clean edges; the result is cached per size, so an
icon costs one blit per frame.

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
from game.present.pictograms import (
    PIPS,
    Arc,
    Box,
    Circle,
    Ellipse,
    Paint,
    Pictogram,
    Polygon,
    Segment,
    TokenShape,
    bin_pictogram,
    kind_pictogram,
    token_outline,
)
from game.window.theme import INK, RGB, WHITE, shade

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


def _paint(surface: pygame.Surface, pen: Pen, scale: float, shapes: Pictogram, colour: RGB) -> None:
    """Draw a pictogram of :mod:`game.present.pictograms` in ``colour``; erasing shapes punch holes."""
    hole = (0, 0, 0, 0)
    for shape in shapes:
        match shape:
            case Ellipse(x, y, w, h, erase):
                pygame.draw.ellipse(surface, hole if erase else colour, pygame.Rect(pen(x, y), pen(w, h)))
            case Circle(cx, cy, r, width, erase):
                ring = _w(scale, width) if width else 0
                pygame.draw.circle(surface, hole if erase else colour, pen(cx, cy), _w(scale, r), ring)
            case Polygon(points, width, erase):
                pygame.draw.polygon(
                    surface, hole if erase else colour, [pen(*p) for p in points], _w(scale, width) if width else 0
                )
            case Segment(a, b, width, erase):
                pygame.draw.line(surface, hole if erase else colour, pen(*a), pen(*b), _w(scale, width))
            case Arc(x, y, w, h, start, stop, width):
                pygame.draw.arc(surface, colour, pygame.Rect(pen(x, y), pen(w, h)), start, stop, _w(scale, width))
            case Box(x, y, w, h, width, radius, paint):
                fill = WHITE if paint is Paint.WHITE else colour
                rect = pygame.Rect(pen(x, y), pen(w, h))
                border = _w(scale, radius) if radius else 0
                pygame.draw.rect(surface, fill, rect, _w(scale, width) if width else 0, border)


@lru_cache(maxsize=256)
def bin_icon(category: Category, size: int, colour: RGB = WHITE) -> pygame.Surface:
    """The pictogram of ``category`` (draw it on the bin's colour)."""
    return _smooth(size, lambda s, pen, scale: _paint(s, pen, scale, bin_pictogram(category), colour))


@lru_cache(maxsize=512)
def kind_icon(key: str, size: int, colour: RGB = INK) -> pygame.Surface | None:
    """The icon for a square kind (see :func:`kind_key`), ``"start"`` or ``"finish"``; None for plain."""
    shapes = kind_pictogram(key)
    if shapes is None:
        return None
    return _smooth(size, lambda s, pen, scale: _paint(s, pen, scale, shapes, colour))


# -- tokens ---------------------------------------------------------------------------------


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
            points = token_outline(shape, cx, cy, r)
            pygame.draw.polygon(surface, shadow, [(x + r * 0.06, y + r * 0.08) for x, y in points])
            pygame.draw.polygon(surface, outline, points)
            inner = token_outline(
                shape, cx, cy, r * (0.78 if shape in (TokenShape.STAR, TokenShape.TRIANGLE) else 0.84)
            )
            pygame.draw.polygon(surface, colour, inner)
        pygame.draw.circle(surface, (255, 255, 255, 90), (cx - r * 0.3, cy - r * 0.35), r * 0.16)

    return _smooth(size, paint)


# -- the die and small UI icons -------------------------------------------------------------


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
        for x, y in PIPS.get(value, ()):
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
    "pause": lambda s, pen, scale, colour: _paint(s, pen, scale, kind_pictogram("skip") or (), colour),
}


@lru_cache(maxsize=128)
def ui_icon(name: str, size: int, colour: RGB = INK) -> pygame.Surface:
    """A small UI icon: ``sound_on``, ``sound_off``, ``person``, ``computer``, ``menu``, ``pause``."""
    painter = _UI_PAINTERS[name]
    return _smooth(size, lambda s, pen, scale: painter(s, pen, scale, colour))
