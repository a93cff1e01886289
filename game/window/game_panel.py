"""The game screen around the board: the banner with the square's text, the side panel (players,
the die, the buttons) and the short messages that fade over the board.

Drawing only: the :class:`~game.window.game_scene.GameScene` owns the state and the buttons and
calls these with itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.content.models import SquareKind
from game.present.board_look import square_fill, square_icon_key
from game.present.squares import banner_text, square_title
from game.present.texts import t
from game.window import theme
from game.window.board_view import draw_legend_grid, token_sprite
from game.window.icons import bin_icon, die_face, kind_icon, ui_icon
from game.window.theme import INK, WHITE, ink_on, shade
from game.window.widgets import panel

if TYPE_CHECKING:
    from game.window.game_scene import GameScene

TOAST_TIME = 2.4  #: seconds a message stays over the board


def draw_banner(scene: GameScene, surface: pygame.Surface) -> None:
    rect = scene.screen.banner
    unit = scene.screen.unit
    panel(surface, rect)
    pad = max(6, unit // 2)
    board = scene.game.board
    if scene.banner_square is None:
        token = token_sprite(scene.turn_player, min(rect.height - 2 * pad, round(unit * 2.6)), scene.text)
        surface.blit(token, token.get_rect(midleft=(rect.x + pad, rect.centery)))
        message = t("game.turn", scene.lang, name=scene.names[scene.turn_player])
        scene.text.draw(surface, message, round(unit * 1.3), INK, rect.center, "center", bold=True)
        return
    square = board.squares[scene.banner_square]
    fill = square_fill(square, board)
    badge = pygame.Rect(rect.x + pad, rect.y + pad, rect.height - 2 * pad, rect.height - 2 * pad)
    pygame.draw.rect(surface, fill, badge, border_radius=badge.width // 5)
    pygame.draw.rect(surface, shade(fill, 0.7), badge, 2, border_radius=badge.width // 5)
    key = square_icon_key(square, board)
    if key is not None:
        ink = ink_on(fill) if key != "tip" else shade(fill, 0.5)
        icon = kind_icon(key, round(badge.height * 0.62), ink)
        if icon is not None:
            surface.blit(icon, icon.get_rect(center=badge.center))
    if square.category is not None and square.kind in (SquareKind.QUESTION, SquareKind.NAME_ITEMS):
        small = bin_icon(square.category, round(badge.height * 0.3))
        surface.blit(small, small.get_rect(topright=(badge.right - 3, badge.top + 3)))
    x = badge.right + pad
    width = rect.right - pad - x
    title = square_title(square, scene.region, board.finish, scene.lang)
    title_size = round(unit * 0.85)
    title_rect = scene.text.draw(
        surface, title, title_size, theme.SOFT_INK, (x, rect.y + pad // 2), bold=True, width=width, max_lines=1
    )
    body = scene.game.localise(banner_text(square, scene.lang))
    if body:
        area = (width, rect.bottom - title_rect.bottom - pad // 2)
        size = scene.text.fit_block(body, round(unit * 1.15), area, min_size=max(10, unit * 2 // 3))
        lines = max(1, area[1] // scene.text.line_height(size))
        scene.text.draw(surface, body, size, INK, (x, title_rect.bottom), width=width, max_lines=lines)


def draw_panel(scene: GameScene, surface: pygame.Surface) -> None:
    screen = scene.screen
    unit = screen.unit
    panel(surface, screen.panel)
    title = panel_title(scene)
    title_w = scene.sound_button.rect.left - screen.panel.x - unit
    scene.text.draw(
        surface,
        title,
        scene.text.fit(title, round(unit * 0.9), title_w, bold=True),
        theme.SOFT_INK,
        (screen.panel.x + unit // 2 + 4, scene.menu_button.rect.centery),
        "midleft",
        bold=True,
    )
    scene.menu_button.draw(surface, scene.text)
    scene.sound_button.draw(surface, scene.text)
    used = draw_players(scene, surface)
    spare = pygame.Rect(
        scene.players_rect.x, used + unit // 2, scene.players_rect.width, scene.players_rect.bottom - used - unit // 2
    )
    if spare.height > unit * 4:
        draw_legend_grid(surface, spare, scene.region, scene.lang, scene.text, unit)
    draw_die(scene, surface)
    game = scene.game
    bot_turn = not game.over and game.is_bot(game.current)
    scene.roll_button.enabled = scene.can_roll()
    if bot_turn:
        scene.roll_button.label = t("game.thinking", scene.lang, name=scene.names[game.current])
        scene.roll_button.hint = ""
    else:
        scene.roll_button.label = t("game.roll", scene.lang)
        scene.roll_button.hint = t("game.roll_keys", scene.lang)
    scene.roll_button.draw(surface, scene.text)
    scene.lookup_button.enabled = scene.can_look_up()
    scene.lookup_button.draw(surface, scene.text)


def panel_title(scene: GameScene) -> str:
    """The board's name, and the region's when it is not national (``… · 上海``)."""
    title = scene.game.board.name_in(scene.lang)
    region = scene.region
    if scene.game.setup.region == "national":
        return title
    name = region.name_in(scene.lang)
    return f"{title} · {name}"


def draw_players(scene: GameScene, surface: pygame.Surface) -> int:
    """The players' cards; returns the y just under them."""
    rect = scene.players_rect
    unit = scene.screen.unit
    state = scene.game.state
    n = len(scene.names)
    columns = 2 if rect.width > rect.height * 2.2 and n > 2 else 1
    rows = -(-n // columns)
    row_h = min(round(unit * 2.7), rect.height // max(rows, 1))
    col_w = rect.width // columns
    for seat, name in enumerate(scene.names):
        col, row = divmod(seat, rows)
        card = pygame.Rect(rect.x + col * col_w, rect.y + row * row_h, col_w - (4 if columns > 1 else 0), row_h - 4)
        current = seat == scene.turn_player and not scene.game.over
        if current:
            pygame.draw.rect(surface, (255, 236, 200), card, border_radius=card.height // 4)
            pygame.draw.rect(surface, theme.ACCENT, card, 3, border_radius=card.height // 4)
        token = token_sprite(seat, round(card.height * 0.8), scene.text)
        surface.blit(token, token.get_rect(midleft=(card.x + 6, card.centery)))
        x = card.x + 12 + token.get_width()
        width = card.right - x - 6
        label = name
        name_size = scene.text.fit(label, round(unit * 0.95), width - round(unit * 1.4), bold=True)
        name_rect = scene.text.draw(
            surface, label, name_size, INK, (x, card.centery), "bottomleft", bold=True, width=width, max_lines=1
        )
        if scene.game.is_bot(seat):
            icon = ui_icon("computer", round(unit * 0.9), theme.SOFT_INK)
            surface.blit(icon, icon.get_rect(midleft=(name_rect.right + 4, name_rect.centery)))
        status = [t("status_square", scene.lang, square=state.positions[seat]), f"★{state.scores[seat]}"]
        if state.skips[seat]:
            status.append(t("game.skips", scene.lang, n=state.skips[seat]))
        scene.text.draw(
            surface,
            " · ".join(status),
            round(unit * 0.75),
            theme.SOFT_INK,
            (x, card.centery),
            width=width,
            max_lines=1,
        )
    return rect.y + rows * row_h


def draw_die(scene: GameScene, surface: pygame.Surface) -> None:
    rect = scene.die_rect
    sides = scene.game.board.rules.dice
    if scene.die_spin is not None:
        face = 1 + int(scene.die_spin * 17) % min(sides, 6)
        wobble = round((1 - scene.die_spin) * rect.width * 0.12)
        size = rect.width - wobble
        image = pygame.transform.rotate(die_face(face, size), (scene.die_spin * 720) % 360)
        surface.blit(image, image.get_rect(center=rect.center))
        return
    value = scene.die_value
    if value is None:
        image = die_face(0, rect.width, (236, 232, 222))
        surface.blit(image, rect)
        scene.text.draw(surface, "?", round(rect.height * 0.5), theme.SOFT_INK, rect.center, "center", bold=True)
        return
    surface.blit(die_face(value if value <= 6 else 0, rect.width), rect)
    if value > 6:
        scene.text.draw(surface, str(value), round(rect.height * 0.5), INK, rect.center, "center", bold=True)


def draw_toasts(scene: GameScene, surface: pygame.Surface) -> None:
    if not scene.toasts:
        return
    unit = scene.screen.unit
    board = scene.screen.board
    y = board.y + board.height // 3
    for toast in scene.toasts:
        image = scene.text.render(
            toast.text, round(unit * 1.3), WHITE, bold=True, width=board.width - 4 * unit, align="center"
        )
        box = image.get_rect(center=(board.centerx, y)).inflate(unit * 2, unit)
        fade = min(1.0, (TOAST_TIME - toast.age) / 0.4, toast.age / 0.15 if toast.age < 0.15 else 1.0)
        veil = pygame.Surface(box.size, pygame.SRCALPHA)
        pygame.draw.rect(veil, (30, 30, 44, round(215 * fade)), veil.get_rect(), border_radius=box.height // 3)
        surface.blit(veil, box)
        if fade < 1.0:
            image = image.copy()  # the cached surface stays opaque
            image.set_alpha(round(255 * fade))
        surface.blit(image, image.get_rect(center=box.center))
        y = box.bottom + box.height // 2 + 4
