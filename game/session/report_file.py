"""Writing the learning report's spreadsheet (:mod:`game.present.report_sheet`) to a file."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from game.content.models import Region
from game.errors import Lang
from game.present.report_sheet import report_csv
from game.storage import atomic_write_text

if TYPE_CHECKING:
    from game.content.dictionary import ItemDictionary
    from game.engine import PlayerReport


def write_report(
    path: str | os.PathLike[str],
    reports: Sequence[PlayerReport],
    region: Region,
    lang: Lang,
    dictionary: ItemDictionary | None = None,
) -> None:
    """Write the report to ``path`` atomically (raises :class:`~game.storage.StorageError`).

    The file gets the usual permissions for new files (a temporary file starts private).
    """
    atomic_write_text(path, report_csv(reports, region, lang, dictionary), keep_backup=False)
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)
