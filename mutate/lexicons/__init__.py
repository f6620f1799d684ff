"""Word lists as data files: one entry per line, ``#`` starts a comment.

Each file opens with a comment saying where its entries come from. Config can extend a
list (see :func:`extend` and :func:`extended`) without editing the files shipped here.

Code that caches something derived from a list (a compiled pattern, a set) marks the
cache with :func:`derived`, so an extension clears it: a cache filled before the
config was read would otherwise keep answering with the shipped entries only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

_EXTRA: dict[str, tuple[str, ...]] = {}
_DERIVED: list[Callable[[], None]] = []


@lru_cache(maxsize=None)
def _shipped(name: str) -> tuple[str, ...]:
    try:
        text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(name) from None
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


def derived(cached):
    """Mark an ``lru_cache``-wrapped function as computed from lexicon entries, so that
    :func:`extend` and :func:`extended` clear it."""
    _DERIVED.append(cached.cache_clear)
    return cached


def _changed() -> None:
    for clear in _DERIVED:
        clear()


def extend(name: str, entries: tuple[str, ...]) -> None:
    """Add entries to a lexicon for this process (used by config loading)."""
    _shipped(name)  # fail early on an unknown lexicon name
    _EXTRA[name] = _EXTRA.get(name, ()) + tuple(entries)
    _changed()


@contextmanager
def extended(extra: Mapping[str, tuple[str, ...]]) -> Iterator[None]:
    """Lexicons with ``extra`` entries for the duration of a ``with`` block, then as
    before: two drafts under two configs each see only their own extensions.

    >>> with extended({"hedges": ("per sources",)}):
    ...     "per sources" in lexicon("hedges")
    True
    >>> "per sources" in lexicon("hedges")
    False
    """
    if not extra:  # nothing to add: keep the caches warm
        yield
        return
    saved = dict(_EXTRA)
    try:
        for name, entries in extra.items():
            extend(name, entries)
        yield
    finally:
        _EXTRA.clear()
        _EXTRA.update(saved)
        _changed()
