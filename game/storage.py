"""Atomic file writes that keep the previous version, and reads that fall back to it.

Saves and content writes go through :func:`atomic_write_text`: the new text goes to a temporary
file in the same folder, is flushed and fsynced, the old file (if any) becomes ``NAME.bak``, and
the temporary file is renamed over ``NAME``. A crash at any moment leaves either the old or the
new file whole. :func:`read_text_with_backup` reads ``NAME`` and, when it is missing, unreadable
or rejected by ``validate``, the backup.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(folder / "save.json", "one")
>>> atomic_write_text(folder / "save.json", "two")
>>> (folder / "save.json").read_text(), (folder / "save.json.bak").read_text()
('two', 'one')
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from game.errors import FenleiqiError

BACKUP_SUFFIX = ".bak"


class StorageError(FenleiqiError, OSError):
    """A file could not be written or read (the message says which and why; ``reason`` is the why)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, keep_backup: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically, keeping the old file as ``path.bak``."""
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup=keep_backup)


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = True, mode: int | None = None
) -> None:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename), keeping the old file as
    ``path.bak``; a reader never sees half a file. ``mode`` (less the umask) makes a file others
    may read, such as a PDF to print; by default it is private to the user, like a save."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only writers need it (a start-up that only reads stays lighter)

        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        reason = error.strerror or str(error)
        raise StorageError(f"cannot write {target}: {reason}", reason) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, mode & ~umask)
        if keep_backup and target.exists():
            os.replace(target, backup_path(target))
        os.replace(temp_name, target)
        _fsync_folder(target.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        reason = error.strerror or str(error)
        raise StorageError(f"cannot write {target}: {reason}", reason) from error


def remove_stale_temps(path: str | os.PathLike[str], older_than: float = 600.0) -> int:
    """Delete the temporary files an interrupted write of ``path`` left behind (``.NAME.*.tmp``,
    untouched for ``older_than`` seconds, so another process's write in progress is safe); the
    number removed."""
    import time

    target = Path(path)
    removed = 0
    for temp in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - temp.stat().st_mtime > older_than:
                temp.unlink()
                removed += 1
    return removed


def _lock_fd(fd: int, *, wait: bool) -> bool:
    """Take an exclusive advisory lock on the open file ``fd``; False when another holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file that guards ``path``."""
    target = Path(path)
    return target.with_name(target.name + ".lock")


@contextlib.contextmanager
def exclusive(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for the block, waiting while another process holds it, so
    a read-change-write of that file is never interleaved with another process's."""
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a folder that cannot be written: the write itself will say so
        yield
        return
    try:
        _lock_fd(fd, wait=True)
        yield
    finally:
        os.close(fd)  # closing the file lets the lock go


#: Files this process holds for as long as it runs: resolved path → the open lock file.
_held: dict[Path, int] = {}


def hold(path: str | os.PathLike[str], note: str = "") -> str | None:
    """Keep ``path`` for this process until it exits (the system lets go even after kill -9).

    Returns None when held (or already held by this process), else what the other holder wrote
    when it took it (its process id and ``note``)."""
    key = Path(path).resolve()
    if key in _held:
        return None
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a folder that cannot be written: the save itself will say so
        return None
    if not _lock_fd(fd, wait=False):
        try:
            holder = os.read(fd, 500).decode("utf-8", "replace").strip()
        except OSError:  # Windows keeps a locked byte from being read
            holder = ""
        finally:
            os.close(fd)
        return holder or "?"
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()} {note}".encode())
    _held[key] = fd
    return None


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: The largest file of our own (a save, the history) read back; anything larger is not ours.
MAX_OWN_FILE_BYTES = 64 * 1024 * 1024


def read_regular_file(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of ``path``, which must be an ordinary file of a sane size: a FIFO or a device
    would block or never end, a folder cannot be read (raises OSError)."""
    import stat

    target = Path(path)
    found = target.stat()  # FileNotFoundError when there is none, as reading would say
    if not stat.S_ISREG(found.st_mode):
        raise OSError(f"{target} is not an ordinary file")
    if found.st_size > MAX_OWN_FILE_BYTES:
        raise OSError(f"{target} is far too large")
    return target.read_text(encoding="utf-8")


def read_text_with_backup(
    path: str | os.PathLike[str], validate: Callable[[str], object] | None = None
) -> tuple[str, bool]:
    """Read ``path``; if that fails (or ``validate`` raises ValueError), read the backup.

    Returns the text and whether it came from the backup. Raises :class:`StorageError` when
    neither can be read.
    """
    target = Path(path)
    first_error: Exception | None = None
    for candidate, from_backup in ((target, False), (backup_path(target), True)):
        try:
            text = read_regular_file(candidate)
            if validate is not None:
                validate(text)
            return text, from_backup
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, OverflowError, TypeError, KeyError) as error:
            first_error = first_error or error
    raise StorageError(f"cannot read {target} or its backup: {first_error}")


#: What a spreadsheet reads as the start of a formula (and so could run one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_cell(text: str) -> str:
    """``text`` safe for a spreadsheet cell: a leading formula character gets an apostrophe.

    >>> spreadsheet_cell("=HYPERLINK(1)"), spreadsheet_cell("-1"), spreadsheet_cell("香蕉皮")
    ("'=HYPERLINK(1)", "'-1", '香蕉皮')
    """
    # A text whose own apostrophes stand before a formula character gets one more, so that
    # reading it back (:func:`unguarded`) is exact.
    return "'" + text if text.lstrip("'").startswith(_FORMULA_START) else text


def unguarded(cell: str) -> str:
    """A cell as it was before :func:`spreadsheet_cell` guarded it (the apostrophe that keeps a
    spreadsheet from reading a formula is not part of the text).

    >>> unguarded("'=SUM(A1)"), unguarded("'引号"), unguarded("''=1"), unguarded("''引号")
    ('=SUM(A1)', "'引号", "'=1", "''引号")
    """
    return cell[1:] if cell[:1] == "'" and spreadsheet_cell(cell[1:]) == cell else cell


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as messages show it: relative to the current folder when inside it, with ``/``.

    >>> display_path(os.path.join(os.getcwd(), "questions", "kitchen.yaml"))
    'questions/kitchen.yaml'
    """
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(Path(path).resolve()) if relative.startswith("..") else relative.replace(os.sep, "/")
