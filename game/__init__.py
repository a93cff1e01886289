"""fenleiqi (垃圾分类飞行棋): an educational garbage-sorting board game.

Layers, each importing only from the ones above it in this list:

- :mod:`game.categories`, :mod:`game.errors` — the four bins and the error types;
- :mod:`game.content` — YAML boards, question banks and the item dictionary, validated into
  immutable models;
- :mod:`game.engine` — the pure rules (no I/O, no pygame, no rich);
- :mod:`game.cli` and the front ends.
"""

__version__ = "0.1.0"
