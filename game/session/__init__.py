"""What a game session is, between the engine and the front ends: its options today; starting,
resuming, saving and finishing a game are to move here so that every front end shares them.

Layers: this package may import the engine, the content and the storage; the terminal, the window
and the commands import it, never the other way round.
"""
