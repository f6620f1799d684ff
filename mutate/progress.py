"""A progress bar on stderr for long family runs, built on tqdm.

The bar appears only when stderr is a terminal and only once a stage has run for a
second (``tqdm(delay=1)``), so short runs, pipes, CI logs and tests see nothing. The
library functions take an optional ``tick`` callable and know nothing of bars.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Tick = Callable[[int], None]


def _ignore(_: int) -> None:
    return None


@contextmanager
def bar(total: int, what: str, enabled: bool = True) -> Iterator[Tick]:
    """A ``tick(n)`` callable that advances a bar of ``total`` steps labelled ``what``.

    >>> with bar(3, "compare", enabled=False) as tick:
    ...     tick(1)
    """
    if not enabled or not _is_terminal():
        yield _ignore
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=what, unit="version", delay=1.0, file=sys.stderr, leave=False,
              dynamic_ncols=True) as progress:
        yield progress.update


def _is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
