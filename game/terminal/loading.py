"""Loading the content in the background while the first prompt waits for an answer.

The bundled content takes about a tenth of a second to load and validate; the set-up screen does
not need it. :class:`ContentLoader` starts loading in a thread once the first prompt is on the
screen, and :meth:`ContentLoader.result` waits for it (or loads at once if it never started).

>>> loader = ContentLoader(())
>>> loader.start()
>>> loader.result().board().size
50
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.content.loader import Content


class ContentLoader:
    """Loads the content, in a background thread once :meth:`start` is called."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self.paths = paths
        self._thread: threading.Thread | None = None
        self._content: Content | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Begin loading in the background."""
        if self._thread is None and self._content is None:
            self._thread = threading.Thread(target=self._load, name="fenleiqi-content", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        from game.content.loader import load_bundled, load_content

        try:
            self._content = load_content(self.paths) if self.paths else load_bundled()
        except BaseException as error:  # handed to the main thread by result()
            self._error = error

    def result(self) -> Content:
        """The content (waits for the thread, or loads now); raises what loading raised."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        elif self._content is None and self._error is None:
            self._load()
        if self._error is not None:
            raise self._error
        assert self._content is not None
        return self._content
