"""``python -m game`` runs the ``fenleiqi`` command."""

from game.cli import main

raise SystemExit(main())
