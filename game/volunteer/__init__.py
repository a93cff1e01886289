"""Tools for volunteers who keep content in spreadsheets and editors.

Spreadsheet round trip (:mod:`~game.volunteer.exporter`, :mod:`~game.volunteer.importer`, built on
:mod:`~game.volunteer.csv_io` and :mod:`~game.volunteer.csv_values` … `csv_cells`), a stable YAML writer for
question banks and item dictionaries (:mod:`~game.volunteer.bank_writer`), and the JSON Schema
files editors use (:mod:`~game.volunteer.json_schema`). Pure: no rich, no pygame.
"""
