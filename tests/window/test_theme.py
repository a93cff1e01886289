"""Text colours are readable: every role's colour reaches 4.5:1 against the panels and the page."""

from __future__ import annotations

import pytest

from game.present.spans import Role
from game.window import theme


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("ground", [theme.PANEL, theme.BACKGROUND])
def test_every_role_colour_reaches_4_5_to_1(role: Role, ground: tuple[int, int, int]) -> None:
    assert theme.contrast(theme.ROLE_COLOUR[role], ground) >= 4.5, (role, theme.ROLE_COLOUR[role])


def test_the_bright_badge_colours_are_not_used_for_text() -> None:
    """Right/wrong green and red stay for badges and cards; the darker text colours carry words."""
    assert theme.contrast(theme.RIGHT, theme.PANEL) < 4.5 <= theme.contrast(theme.RIGHT_TEXT, theme.PANEL)
    assert theme.contrast(theme.WRONG, theme.PANEL) < 4.5 <= theme.contrast(theme.WRONG_TEXT, theme.PANEL)
