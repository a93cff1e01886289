"""Sub-commands of ``fenleiqi``; each module has ``register(subparsers)`` and a ``run(args)``.

Modules keep heavy imports (pygame, the engine) inside ``run`` so that start-up stays fast and
the terminal path never loads pygame.
"""
