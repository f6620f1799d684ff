"""Writing results: to stdout, or to a file atomically (temporary file, then rename),
so a failed run never leaves a half-written report behind."""

from __future__ import annotations

import os
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
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".mutate-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise MutateError(f"cannot write: {exc.strerror or exc}", path) from None
