"""Where the bundled content lives: inside the installed package, or the source checkout.

A wheel carries ``boards/``, ``questions/`` and ``assets/`` as ``game/_bundled/…``; when the code
runs from a checkout (or an editable install) they are the folders at the top of the repository.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_root() -> Path:
    """The folder that holds ``boards/``, ``questions/`` and ``assets/``.

    >>> (data_root() / "boards").is_dir()
    True
    """
    installed = Path(str(files("game"))) / "_bundled"
    if (installed / "boards").is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "boards").is_dir():
        return checkout
    raise FileNotFoundError("bundled content not found: reinstall fenleiqi")  # pragma: no cover


def content_dirs() -> tuple[Path, Path]:
    """The bundled ``boards/`` and ``questions/`` folders."""
    root = data_root()
    return root / "boards", root / "questions"


def assets_dir() -> Path:
    """The bundled ``assets/`` folder (fonts, icons)."""
    return data_root() / "assets"
