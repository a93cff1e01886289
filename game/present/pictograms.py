"""The project's own pictograms as drawings in a unit square, for every front end that draws them.

A pictogram is a tuple of shapes in coordinates from 0 to 1 (y downwards). Line widths and radii
are fractions of the side too. The window paints them with ``pygame.draw``
(:mod:`game.window.icons`); the print kit strokes them into a PDF as vectors
(:mod:`game.paper.draw`). Both therefore show the very same bin pictograms and square-kind
icons. A shape with ``erase`` punches a hole: transparent in the window, and the colour of the
square underneath on paper.

The project draws its own pictograms because the reuse terms of the standard's artwork are unknown.

>>> from game.categories import Category
>>> len(bin_pictogram(Category.KITCHEN)) > 3
True
>>> kind_pictogram("plain") is None, kind_pictogram("question") is not None
(True, True)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from game.categories import Category

UnitPoint = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Ellipse:
    """A filled ellipse in the box (``x``, ``y``, ``w``, ``h``)."""

    x: float
    y: float
    w: float
    h: float
    erase: bool = False


@dataclass(frozen=True, slots=True)
class Circle:
    """A circle; filled when ``width`` is 0, else a ring of that width."""

    cx: float
    cy: float
    r: float
    width: float = 0.0
    erase: bool = False


@dataclass(frozen=True, slots=True)
class Polygon:
    """A polygon; filled when ``width`` is 0, else its outline."""

    points: tuple[UnitPoint, ...]
    width: float = 0.0
    erase: bool = False


@dataclass(frozen=True, slots=True)
class Segment:
    """A straight line of ``width``."""

    a: UnitPoint
    b: UnitPoint
    width: float
    erase: bool = False


@dataclass(frozen=True, slots=True)
class Arc:
    """Part of the ellipse in the box (``x``, ``y``, ``w``, ``h``), from angle ``start`` to ``stop``
    (radians, counter-clockwise as seen on the page, 0 pointing right), drawn ``width`` wide."""

    x: float
    y: float
    w: float
    h: float
    start: float
    stop: float
    width: float

    def points(self, steps: int = 24) -> tuple[UnitPoint, ...]:
        """The arc as a polyline (the page's y runs downwards, hence the minus)."""
        cx, cy, rx, ry = self.x + self.w / 2, self.y + self.h / 2, self.w / 2, self.h / 2
        span = self.stop - self.start
        return tuple(
            (cx + rx * math.cos(self.start + span * i / steps), cy - ry * math.sin(self.start + span * i / steps))
            for i in range(steps + 1)
        )


class Paint(StrEnum):
    """The colour of a shape: the pictogram's colour, or white (a finish flag's light cells)."""

    INK = "ink"
    WHITE = "white"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle; filled when ``width`` is 0, else its outline; corners rounded by ``radius``."""

    x: float
    y: float
    w: float
    h: float
    width: float = 0.0
    radius: float = 0.0
    paint: Paint = Paint.INK


Shape = Ellipse | Circle | Polygon | Segment | Arc | Box
Pictogram = tuple[Shape, ...]


def arrow(a: UnitPoint, b: UnitPoint, width: float = 0.09, head: float = 0.16) -> Pictogram:
    """A thick arrow from ``a`` to ``b``: a shaft and a triangular head."""
    (ax, ay), (bx, by) = a, b
    length = math.hypot(bx - ax, by - ay) or 1.0
    ux, uy = (bx - ax) / length, (by - ay) / length
    nx, ny = -uy, ux
    neck = (bx - ux * head, by - uy * head)
    tip = (
        (bx, by),
        (neck[0] + nx * head * 0.75, neck[1] + ny * head * 0.75),
        (neck[0] - nx * head * 0.75, neck[1] - ny * head * 0.75),
    )
    return (Segment(a, neck, width), Polygon(tip))


# -- the four bins --------------------------------------------------------------------------

#: An apple core: an apple with a bite out of each side, a stem, a leaf and two seeds.
_KITCHEN: Pictogram = (
    Ellipse(0.2, 0.2, 0.6, 0.72),
    Circle(0.08, 0.56, 0.23, erase=True),
    Circle(0.92, 0.56, 0.23, erase=True),
    Segment((0.5, 0.24), (0.54, 0.06), 0.06),
    Polygon(((0.55, 0.12), (0.78, 0.04), (0.7, 0.17), (0.57, 0.19))),
    Ellipse(0.465, 0.48, 0.07, 0.1, erase=True),
    Ellipse(0.465, 0.62, 0.07, 0.1, erase=True),
)


def _recycling_arrows() -> Pictogram:
    """Three arrows chasing each other round a triangle."""
    corners = [(0.5, 0.12), (0.88, 0.8), (0.12, 0.8)]
    shapes: list[Shape] = []
    for i in range(3):
        (x0, y0), (x1, y1) = corners[i], corners[(i + 1) % 3]
        start = (x0 + (x1 - x0) * 0.14, y0 + (y1 - y0) * 0.14)
        end = (x0 + (x1 - x0) * 0.84, y0 + (y1 - y0) * 0.84)
        shapes.extend(arrow(start, end, width=0.1, head=0.17))
    return tuple(shapes)


#: A bold X in a diamond.
_HAZARDOUS: Pictogram = (
    Polygon(((0.5, 0.05), (0.95, 0.5), (0.5, 0.95), (0.05, 0.5)), width=0.06),
    Segment((0.33, 0.33), (0.67, 0.67), 0.12),
    Segment((0.67, 0.33), (0.33, 0.67), 0.12),
)

#: A bin with a downward arrow into it.
_OTHER: Pictogram = (
    Polygon(((0.22, 0.42), (0.78, 0.42), (0.7, 0.94), (0.3, 0.94))),
    Segment((0.14, 0.36), (0.86, 0.36), 0.07),
    *arrow((0.5, 0.02), (0.5, 0.31), width=0.1, head=0.14),
    *(Segment((x, 0.52), (x, 0.84), 0.035, erase=True) for x in (0.4, 0.5, 0.6)),
)

_BINS: dict[Category, Pictogram] = {
    Category.KITCHEN: _KITCHEN,
    Category.RECYCLABLE: _recycling_arrows(),
    Category.HAZARDOUS: _HAZARDOUS,
    Category.OTHER: _OTHER,
}


def bin_pictogram(category: Category) -> Pictogram:
    """The pictogram of a bin (drawn in white on the bin's colour)."""
    return _BINS[category]


# -- square kinds ---------------------------------------------------------------------------

_QUESTION: Pictogram = (
    Arc(0.28, 0.1, 0.44, 0.4, -math.pi / 2.6, math.pi, 0.12),
    Segment((0.6, 0.42), (0.5, 0.52), 0.12),
    Segment((0.5, 0.5), (0.5, 0.64), 0.12),
    Circle(0.5, 0.82, 0.075),
)
_SPEECH: Pictogram = (
    Ellipse(0.06, 0.14, 0.88, 0.58),
    Polygon(((0.24, 0.6), (0.44, 0.68), (0.16, 0.9))),
    *(Circle(x, 0.43, 0.065, erase=True) for x in (0.3, 0.5, 0.7)),
)
_PAUSE: Pictogram = (Box(0.24, 0.16, 0.18, 0.68, radius=0.05), Box(0.58, 0.16, 0.18, 0.68, radius=0.05))
_DIE: Pictogram = (
    Box(0.1, 0.1, 0.8, 0.8, width=0.08, radius=0.16),
    *(Circle(x, y, 0.075) for x, y in ((0.32, 0.32), (0.68, 0.32), (0.5, 0.5), (0.32, 0.68), (0.68, 0.68))),
)


def _bulb() -> Pictogram:
    rays = []
    for angle in (-150, -120, -90, -60, -30):
        rad = math.radians(angle)
        a = (0.5 + math.cos(rad) * 0.33, 0.4 + math.sin(rad) * 0.33)
        b = (0.5 + math.cos(rad) * 0.45, 0.4 + math.sin(rad) * 0.45)
        rays.append(Segment(a, b, 0.045))
    return (
        Circle(0.5, 0.4, 0.24),
        Polygon(((0.36, 0.5), (0.64, 0.5), (0.6, 0.72), (0.4, 0.72))),
        Box(0.39, 0.75, 0.22, 0.06),
        Box(0.42, 0.84, 0.16, 0.06),
        *rays,
    )


def _flag() -> Pictogram:
    """A chequered finish flag."""
    cells = [
        Box(0.24 + col * 0.16, 0.1 + row * 0.13, 0.16, 0.13, paint=Paint.INK if (row + col) % 2 == 0 else Paint.WHITE)
        for row in range(3)
        for col in range(4)
    ]
    return (Segment((0.2, 0.08), (0.2, 0.95), 0.07), *cells, Box(0.24, 0.1, 0.64, 0.39, width=0.025))


#: A "go" triangle in a circle.
_START: Pictogram = (Circle(0.5, 0.5, 0.44, width=0.08), Polygon(((0.4, 0.28), (0.74, 0.5), (0.4, 0.72))))

_KINDS: dict[str, Pictogram] = {
    "question": _QUESTION,
    "name_items": _SPEECH,
    "jump_forward": arrow((0.14, 0.82), (0.86, 0.18), width=0.16, head=0.36),
    "jump_back": arrow((0.86, 0.18), (0.14, 0.82), width=0.16, head=0.36),
    "skip": _PAUSE,
    "roll_again": _DIE,
    "tip": _bulb(),
    "start": _START,
    "finish": _flag(),
}


def kind_pictogram(key: str) -> Pictogram | None:
    """The icon of a square kind by its key (``question``, ``jump_forward``, ``start`` …; see
    :func:`game.present.board_look.square_icon_key`), or None for a plain square."""
    return _KINDS.get(key)


# -- tokens and dice ------------------------------------------------------------------------


class TokenShape(StrEnum):
    """The shape of a player's token."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"
    HEXAGON = "hexagon"


def token_outline(shape: TokenShape, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """The corners of a token of ``shape`` around (``cx``, ``cy``); empty for a circle.

    >>> len(token_outline(TokenShape.STAR, 0, 0, 1)), token_outline(TokenShape.CIRCLE, 0, 0, 1)
    (10, [])
    """
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


#: Where the pips of each die face are, in a unit square.
PIPS: dict[int, tuple[UnitPoint, ...]] = {
    1: ((0.5, 0.5),),
    2: ((0.28, 0.28), (0.72, 0.72)),
    3: ((0.26, 0.26), (0.5, 0.5), (0.74, 0.74)),
    4: ((0.28, 0.28), (0.72, 0.28), (0.28, 0.72), (0.72, 0.72)),
    5: ((0.27, 0.27), (0.73, 0.27), (0.5, 0.5), (0.27, 0.73), (0.73, 0.73)),
    6: ((0.28, 0.24), (0.72, 0.24), (0.28, 0.5), (0.72, 0.5), (0.28, 0.76), (0.72, 0.76)),
}
