"""The session layer: a game's options and its life from start (or resume) to finish, with its
save file, the learning history and the report spreadsheet, shared by every front end.

- :mod:`~game.session.options` — :class:`PlayOptions`, what ``fenleiqi play`` parsed;
- :mod:`~game.session.game_session` — :class:`Session`, :func:`start_session`,
  :func:`resume_session`; every action saved at once, Ctrl-C held during a save;
- :mod:`~game.session.report_file` — the report spreadsheet written atomically.

Layers: this package may import the presentation layer, the engine, the content and the storage;
the terminal, the window and the commands import it, never the other way round.
"""
