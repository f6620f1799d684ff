"""Writing results: to stdout, or to a file atomically (temporary file, then rename),
so a failed run never leaves a half-written report behind."""

from __future__ import annotations

import os
import stat
import sys
import tempfile

from .errors import MutateError


def check_writable(path: str) -> None:
    """Fail before any work when ``path`` cannot be written."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise MutateError("output path is a directory", path)
    if not os.path.isdir(folder):
        raise MutateError("output folder does not exist", path)
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise MutateError("output path is not writable", path)


def write(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` whole or not at all (``None`` or ``-``: stdout).

    A regular file (or a new one) is written beside itself and renamed into place; a
    symbolic link keeps pointing where it did (its target is replaced). A device, pipe
    or socket (``/dev/null``, ``/dev/stdout`` on a pipe) is written directly: renaming
    over it would replace the device node itself with a file.
    """
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        existing = os.stat(path)  # follows links: /dev/stdout is a link to the real stream
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        try:
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:
            raise MutateError(f"cannot write: {exc.strerror or exc}", path) from None
        return
    target = os.path.realpath(path)
    # mkstemp makes the file private (0600): give it the mode the file had, or the
    # mode a new file gets under the umask.
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    tmp = None
    try:
        # Beside the target, so the rename stays on one file system and is atomic.
        fd, tmp = tempfile.mkstemp(prefix=".mutate-", suffix=".tmp", dir=os.path.dirname(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise MutateError(f"cannot write: {exc.strerror or exc}", path) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
