"""Content: boards, question banks, the item dictionary and region profiles.

:func:`game.content.loader.load_content` reads YAML files into the immutable models of
:mod:`game.content.models`, or raises :class:`game.errors.ContentError` listing every problem.
"""
