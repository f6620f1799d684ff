"""Word lists as data files: one entry per line, ``#`` starts a comment.

Each file opens with a comment saying where its entries come from. Config can extend a
list (see :func:`extend`) without editing the files shipped here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

_EXTRA: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=None)
def _shipped(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for raw in text.splitlines():
        entry = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if entry:
            entries.append(entry)
    return tuple(entries)


def lexicon(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt`` plus any added from config.

    >>> "reportedly" in lexicon("hedges")
    True
    """
    return _shipped(name) + _EXTRA.get(name, ())


def extend(name: str, entries: tuple[str, ...]) -> None:
    """Add entries to a lexicon for this process (used by config loading)."""
    _shipped(name)  # fail early on an unknown lexicon name
    _EXTRA[name] = _EXTRA.get(name, ()) + tuple(entries)
