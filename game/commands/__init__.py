"""Sub-commands of ``fenleiqi``; each module has ``register(subparsers)`` and a ``run(args)``.

A module is imported only when its command runs, so start-up stays fast.
"""
