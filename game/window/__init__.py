"""The pygame-ce window front end: the family game.

One scene per screen (set-up → game → end, plus the pause menu and the question dialogs) on a
small scene stack (:mod:`game.window.scene`); every scene has ``handle_event`` / ``update(dt)`` /
``draw(surface)``, and animations advance only through ``update(dt)`` so tests step time without a
clock. Layout is computed from the window size (:mod:`game.window.layout`); the static board is
drawn once per size (:mod:`game.window.board_view`); text surfaces are cached
(:mod:`game.window.text`). The rules engine decides everything: scenes only turn engine events into
pictures and clicks or keys into actions.

Start it with :func:`game.window.app.run_window`; it raises
:class:`game.errors.DisplayUnavailable` (with SDL's one-line reason) when no window can be opened,
so that ``fenleiqi play`` can fall back to the terminal game.
"""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # before the first `import pygame`
os.environ.setdefault("SDL_IME_SHOW_UI", "1")  # show the input method's candidate list (Chinese names)
