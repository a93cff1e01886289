"""The terminal front end (rich): ``fenleiqi play --terminal``. It never imports pygame.

Modules, from the entry point down:

- :mod:`~game.terminal.app` — :func:`~game.terminal.app.run_terminal`: set-up or resume, then
  turns, then the podium; Ctrl-C or end of input anywhere saves and prints the resume command;
- :mod:`~game.terminal.turns` — one handler per engine phase (roll, answer, name items, verdict);
- :mod:`~game.terminal.session` — the game and its save file: every action is saved at once;
- :mod:`~game.terminal.setup_screen`, :mod:`~game.terminal.loading` — the first screen, with the
  content loading in the background;
- views: :mod:`~game.terminal.board_view`, :mod:`~game.terminal.question_view`,
  :mod:`~game.terminal.narration` (events as lines), :mod:`~game.terminal.end_screen`;
- :mod:`~game.terminal.report_csv` — the learning report for Excel/WPS;
- helpers: :mod:`~game.terminal.prompt` (all input), :mod:`~game.terminal.pacing` (dice and
  pauses), :mod:`~game.terminal.wrap` (Chinese line breaking), :mod:`~game.terminal.styles`,
  :mod:`game.present.texts` (every message in Chinese and English, shared with the window).
"""
