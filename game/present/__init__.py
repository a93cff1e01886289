"""The presentation layer: pure functions from engine state and events to presentation-neutral
lines (spans of text with a role), shared by every front end.

- :mod:`~game.present.spans` — :class:`Line`, :class:`Span`, :class:`Role`;
- :mod:`~game.present.texts` — the one bilingual text table (:func:`say`);
- :mod:`~game.present.narration` — events as lines;
- :mod:`~game.present.answers` — choices, answers, regional notes;
- :mod:`~game.present.verdicts` — the naming verdict;
- :mod:`~game.present.lookup` — a look-up's answer;
- :mod:`~game.present.squares` — square titles, banners, what an answer did;
- :mod:`~game.present.report` and :mod:`~game.present.report_sheet` — the learning report and
  its spreadsheet rows.

Layers: this package imports the engine and the content, never a front end, pygame or rich.
"""
