"""The end screen: a podium for every player, each player's learning report, and "play again".

The report shows, per bin, how many questions were answered right and naming tasks passed, the
items named, the items put in the wrong bin, and every missed question with its right answer
and explanation (feedback that explains why is what makes the game teach).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

from game.categories import CATEGORY_ORDER
from game.content.loader import Content
from game.content.models import ClassifyQuestion
from game.engine import Game, PlayerReport
from game.present.report import region_line, report_lines
from game.present.texts import t
from game.session.game_session import Session
from game.window import theme
from game.window.board_view import token_sprite
from game.window.icons import bin_icon
from game.window.layout import text_unit
from game.window.scene import Scene
from game.window.theme import BOLD_ROLES, INK, WHITE, line_colour, shade
from game.window.widgets import Button, clicked, panel

if TYPE_CHECKING:
    from game.window.app import App

PODIUM_COLOURS = ((255, 202, 40), (176, 190, 197), (205, 127, 50))


class EndScene(Scene):
    """Podium and learning reports."""

    def __init__(
        self, app: App, game: Game, content: Content, content_paths: Sequence[str] = (), session: Session | None = None
    ) -> None:
        super().__init__(app)
        self.game = game
        self.content = content
        self.content_paths = tuple(content_paths)
        self.region = content.region(game.setup.region)
        if session is None:
            session = Session(game, content, self.content_paths, app.options.save_path, options=app.options.kept())
        finished = session.finish(report=session.report_path, lang=app.lang)
        self.reports: tuple[PlayerReport, ...] = finished.reports
        self.podium = list(game.state.podium) or list(range(game.players))
        self.selected = self.podium[0]
        self.scroll = 0
        self.note = ""
        if finished.report_error is not None:
            self.note = t("report_failed", self.lang, detail=finished.report_error)
        elif finished.report_path is not None:
            self.note = t("report_written", self.lang, path=finished.report_path)
        self.again_button = Button("", self.play_again, colour=theme.ACCENT)
        self.quit_button = Button("", app.close, colour=theme.BUTTON)
        self.tabs: list[tuple[int, pygame.Rect]] = []
        self.unit = 20

    def play_again(self) -> None:
        """Back to the set-up screen with the same players."""
        from game.window.setup_scene import SetupScene

        self.app.replace(SetupScene(self.app, previous=self.game.setup))

    def select(self, seat: int) -> None:
        """Show ``seat``'s report."""
        self.selected = seat
        self.scroll = 0

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            order = self.podium
            index = order.index(self.selected)
            if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
                self.select(order[(index + (1 if event.key == pygame.K_RIGHT else -1)) % len(order)])
            elif event.key in (pygame.K_DOWN, pygame.K_PAGEDOWN):
                self.scroll += 1
            elif event.key in (pygame.K_UP, pygame.K_PAGEUP):
                self.scroll = max(0, self.scroll - 1)
            elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and not self.app.repeating:
                self.play_again()
            elif event.key == pygame.K_ESCAPE:
                self.app.close()
            return
        if event.type == pygame.MOUSEWHEEL:
            self.scroll = max(0, self.scroll - event.y)
            return
        for button in (self.again_button, self.quit_button):
            if button.handle_event(event):
                return
        for seat, rect in self.tabs:
            if clicked(event, rect):
                self.select(seat)
                return

    def layout(self, size: tuple[int, int]) -> None:
        super().layout(size)
        width, height = size
        self.unit = unit = text_unit(size)
        margin = max(8, round(min(width, height) * 0.025))
        button_h = round(unit * 2.6)
        top = margin + round(unit * 3.2)
        bottom = height - margin - button_h - margin
        podium_w = round((width - 3 * margin) * 0.4)
        self.podium_rect = pygame.Rect(margin, top, podium_w, bottom - top)
        self.report_rect = pygame.Rect(
            self.podium_rect.right + margin, top, width - podium_w - 3 * margin, bottom - top
        )
        button_w = min(round(unit * 10), width // 3)
        self.again_button.rect = pygame.Rect(
            width // 2 - button_w - margin // 2, height - margin - button_h, button_w, button_h
        )
        self.quit_button.rect = pygame.Rect(width // 2 + margin // 2, height - margin - button_h, button_w, button_h)
        self.again_button.label = t("e.again", self.lang)
        self.again_button.hint = "Enter"
        self.quit_button.label = t("e.quit", self.lang)
        self.quit_button.hint = "Esc"
        for button in (self.again_button, self.quit_button):
            button.text_size = round(unit * 1.1)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(theme.BACKGROUND)
        unit, text, lang = self.unit, self.text, self.lang
        width = surface.get_width()
        winner = self.reports[self.podium[0]]
        title = t("game_over", lang) + " · " + t("e.winner", lang, name=winner.name)
        size = text.fit(title, round(unit * 1.7), width - 2 * unit, bold=True)
        text.draw(surface, title, size, INK, (width // 2, round(unit * 0.7)), "midtop", bold=True)
        self._draw_podium(surface)
        self._draw_report(surface)
        if self.note:
            text.draw(
                surface,
                self.note,
                round(unit * 0.75),
                theme.SOFT_INK,
                (width // 2, self.again_button.rect.top - 4),
                "midbottom",
                max_lines=1,
                width=width - 2 * unit,
            )
        self.again_button.draw(surface, text)
        self.quit_button.draw(surface, text)

    def _draw_podium(self, surface: pygame.Surface) -> None:
        rect = self.podium_rect
        unit, text, lang = self.unit, self.text, self.lang
        panel(surface, rect)
        order = list(range(1, len(self.podium) + 1))  # left to right in place order, as ←/→ move
        columns = len(order)
        gap = max(4, unit // 3)
        col_w = (rect.width - 2 * unit - (columns - 1) * gap) // columns
        base = rect.bottom - unit
        tallest = rect.height * 0.5
        self.tabs = []
        for column, place in enumerate(order):
            seat = self.podium[place - 1]
            report = self.reports[seat]
            # tall enough for its place and its score, however many players
            step_h = max(round(tallest * (1 - (place - 1) / (columns + 1))), round(unit * 4.4))
            x = rect.x + unit + column * (col_w + gap)
            block = pygame.Rect(x, base - step_h, col_w, step_h)
            colour = PODIUM_COLOURS[place - 1] if place <= 3 else (200, 214, 229)
            pygame.draw.rect(surface, shade(colour, 0.7), block.move(0, 4), border_radius=col_w // 8)
            pygame.draw.rect(surface, colour, block, border_radius=col_w // 8)
            if seat == self.selected:
                pygame.draw.rect(surface, theme.ACCENT, block.inflate(6, 6), 4, border_radius=col_w // 8 + 3)
            place_size = text.fit(t("place", lang, place=place), round(unit * 1.2), col_w - 4, bold=True)
            text.draw(
                surface,
                t("place", lang, place=place),
                place_size,
                INK,
                (block.centerx, block.y + unit // 2),
                "midtop",
                bold=True,
            )
            score = "★" + t("status_score", lang, score=report.score)
            score_size = text.fit(score, round(unit * 0.9), col_w - 4)
            text.draw(surface, score, score_size, INK, (block.centerx, block.bottom - unit // 2), "midbottom")
            token_size = min(col_w - 4, round(unit * 3.2))
            token = token_sprite(seat, token_size, text)
            token_rect = token.get_rect(midbottom=(block.centerx, block.y - round(unit * 1.6)))
            surface.blit(token, token_rect)
            name_size = text.fit(report.name, round(unit * 0.95), col_w, bold=True)
            text.draw(surface, report.name, name_size, INK, (block.centerx, block.y - 4), "midbottom", bold=True)
            self.tabs.append((seat, pygame.Rect(x, token_rect.y, col_w, block.bottom - token_rect.y)))
        box = (rect.width - unit, 2 * text.line_height(round(unit * 0.75)))
        hint = t("e.tabs_hint", lang) + " · " + t("places_rule", lang)
        size = text.fit_block(hint, round(unit * 0.75), box, min_size=9)  # smaller, never cut short
        if len(text.wrap(hint, size, box[0])) * text.line_height(size) > box[1]:
            hint = t("e.tabs_hint", lang)  # a narrow podium: how to use it, without the rule of places
            size = text.fit_block(hint, round(unit * 0.75), box, min_size=8)
        text.draw(
            surface,
            hint,
            size,
            theme.SOFT_INK,
            (rect.centerx, rect.y + unit // 2),
            "midtop",
            width=box[0],
            align="center",
            max_lines=max(2, box[1] // text.line_height(size)),
        )

    def report_lines(self, report: PlayerReport) -> list[tuple[str, tuple[int, int, int], bool]]:
        """The scrolling part of a report: (text, colour, bold) lines."""
        lines = [region_line(self.region, self.lang), *report_lines(report, self.region, self.lang)]
        return [(line.plain, line_colour(line), line.role in BOLD_ROLES) for line in lines]

    def practice_pictures(self, report: PlayerReport) -> list[str]:
        """The pictures of the items this player should practise (missed questions, wrong bins)."""
        names = [q.item for q in report.missed if isinstance(q, ClassifyQuestion)] + list(report.wrong_bin)
        pictures: list[str] = []
        for name in names:
            item = self.game.dictionary.find(name)
            if item is not None and item.picture and item.picture not in pictures:
                pictures.append(item.picture)
        return pictures

    def _draw_practice_pictures(self, surface: pygame.Surface, report: PlayerReport, inner: pygame.Rect, y: int) -> int:
        """A row of the things to practise, so that a child who reads little sees them; returns the next y."""
        pictures = self.practice_pictures(report)
        side = round(self.unit * 2.2)
        if not pictures or y + side > inner.bottom:
            return y
        x = inner.x
        for stem in pictures:
            picture = self.app.pictures.get(stem, side)
            if picture is None or x + side > inner.right:
                continue
            surface.blit(picture, (x, y))
            x += side + 6
        return y + side + 4

    def _draw_report(self, surface: pygame.Surface) -> None:
        rect = self.report_rect
        unit, text, lang = self.unit, self.text, self.lang
        panel(surface, rect)
        report = self.reports[self.selected]
        pad = max(8, unit // 2 + 4)
        inner = rect.inflate(-2 * pad, -2 * pad)
        token = token_sprite(report.seat, round(unit * 2), text)
        surface.blit(token, token.get_rect(topleft=inner.topleft))
        heading = t("report_title", lang, name=report.name) + (f"（{t('computer', lang)}）" if report.bot else "")
        text.draw(
            surface,
            heading,
            round(unit * 1.15),
            INK,
            (inner.x + token.get_width() + 8, inner.y + token.get_height() // 2),
            "midleft",
            bold=True,
            width=inner.width - token.get_width() - 8,
            max_lines=1,
        )
        y = inner.y + token.get_height() + pad // 2
        row_h = round(unit * 1.9)
        columns = 2 if inner.width > unit * 26 else 1
        col_w = inner.width // columns
        for i, score in enumerate(report.categories):
            col, row = i % columns, i // columns
            box = pygame.Rect(inner.x + col * col_w, y + row * row_h, col_w - 6, row_h - 4)
            category = CATEGORY_ORDER[i]
            badge = pygame.Rect(box.x, box.y, box.height, box.height)
            pygame.draw.rect(surface, category.colour, badge, border_radius=badge.width // 5)
            icon = bin_icon(category, round(badge.height * 0.78), WHITE)
            surface.blit(icon, icon.get_rect(center=badge.center))
            name = self.region.category_name(category, lang)
            stats = t("e.right_of", lang, right=score.right, asked=score.asked)
            if score.tasks:
                stats += " · " + t("e.tasks", lang, passed=score.passed, tasks=score.tasks)
            line = f"{name}  {stats}"
            size = text.fit(line, round(unit * 0.9), box.width - badge.width - 8)
            text.draw(surface, line, size, INK, (badge.right + 8, box.centery), "midleft")
        y += row_h * (-(-len(report.categories) // columns)) + pad // 2
        pygame.draw.line(surface, theme.PANEL_EDGE, (inner.x, y), (inner.right, y), 2)
        y += pad // 2
        y = self._draw_practice_pictures(surface, report, inner, y)
        size = round(unit * 0.9)
        lines = self.report_lines(report)
        self.scroll = min(self.scroll, max(0, len(lines) - 1))
        shown = lines[self.scroll :]
        step = text.line_height(size)
        needed = sum(len(text.wrap(line, size, inner.width)) * step + 2 for line, _, _ in shown)
        more_size = round(unit * 0.75)
        # When the lines do not all fit, the last row is kept for "more below", so nothing covers it.
        bottom = inner.bottom if y + needed <= inner.bottom else inner.bottom - text.line_height(more_size)
        for line, colour, bold in shown:
            left = (bottom - y) // step
            if left < len(text.wrap(line, size, inner.width)):  # a line that does not fit whole waits
                text.draw(
                    surface, t("e.more", lang), more_size, theme.ACCENT_DARK, (inner.right, inner.bottom), "bottomright"
                )
                break
            drawn = text.draw(surface, line, size, colour, (inner.x, y), bold=bold, width=inner.width, max_lines=left)
            y = drawn.bottom + 2
