"""A short celebration for a right answer: stars that burst from the chosen card and fade.

The stars fly out at evenly spaced angles (no chance involved: the only dice are the engine's),
rise a little and fade within :data:`CHEER_SECONDS`. A wrong answer gets no sound and no show:
the right bin, marked ✓ with its picture, is the lesson.
"""

from __future__ import annotations

import math

import pygame

from game.window.theme import RGB

CHEER_SECONDS = 1.2
STAR_COLOURS: tuple[RGB, ...] = ((255, 196, 0), (255, 120, 60), (80, 190, 90), (60, 150, 230))
_STARS = 18


def star_points(centre: tuple[float, float], radius: float, turn: float = 0.0) -> list[tuple[float, float]]:
    """The ten corners of a five-pointed star."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = turn + math.pi / 2 + i * math.pi / 5
        points.append((centre[0] + r * math.cos(angle), centre[1] - r * math.sin(angle)))
    return points


class Cheer:
    """Stars bursting from ``origin``; :meth:`update` ages them, :meth:`draw` draws them."""

    def __init__(self, origin: tuple[int, int], size: int) -> None:
        self.origin = origin
        self.size = max(6, size)
        self.age = 0.0

    @property
    def done(self) -> bool:
        """True once the stars have faded."""
        return self.age >= CHEER_SECONDS

    def update(self, dt: float) -> None:
        """Let ``dt`` seconds pass."""
        self.age = min(CHEER_SECONDS, self.age + dt)

    def draw(self, surface: pygame.Surface) -> None:
        """The stars at their present place and fade."""
        if self.done:
            return
        t = self.age / CHEER_SECONDS
        reach = self.size * 4.0 * (1 - (1 - t) ** 2)  # fast out, slowing down
        alpha = round(255 * (1 - t) ** 0.7)
        layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        for i in range(_STARS):
            angle = 2 * math.pi * i / _STARS
            distance = reach * (0.7 + 0.3 * (i % 3) / 2)
            x = self.origin[0] + distance * math.cos(angle)
            y = self.origin[1] - distance * math.sin(angle) - self.size * t
            colour = (*STAR_COLOURS[i % len(STAR_COLOURS)], alpha)
            pygame.draw.polygon(layer, colour, star_points((x, y), self.size * (0.5 + 0.2 * (i % 2)), t * 3))
        surface.blit(layer, (0, 0))
