"""The pure rules engine: no I/O, no pygame, no rich."""
