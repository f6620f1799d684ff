"""Word lists as data files: one entry per line, ``#`` starts a comment.

Each file opens with a comment saying where its entries come from. A project can add
entries without editing the files shipped here, in ``.mutate.toml``::

    [lexicons]
    hedges = ["is tipped to", "mooted"]
    intensifiers = ["whopping\\t3\\tdegree"]

or the same table as ``[tool.mutate.lexicons]`` in ``pyproject.toml``. ``mutate
check`` finds that file as linters do (:mod:`mutate.config`) and applies it per draft
with :func:`extended`; ``diff`` and ``report`` read it from the working directory
(:func:`from_project`).

Code that caches something derived from a list (a compiled pattern, a set) marks the
cache with :func:`derived`, so an extension clears it: a cache filled before the
config was read would otherwise keep answering with the shipped entries only.
"""

from __future__ import annotations

import os
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
        raise KeyError(f"no lexicon named {name!r}") from None
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


def extend(name: str, entries: tuple[str, ...] | list[str]) -> None:
    """Add entries to a lexicon for this process (used by config loading).

    >>> extend("hedges", ["is tipped to"]); "is tipped to" in lexicon("hedges")
    True
    >>> reset()
    """
    _shipped(name)  # fail early on an unknown lexicon name
    new = tuple(e.strip() for e in entries if e.strip() and e.strip() not in lexicon(name))
    _EXTRA[name] = _EXTRA.get(name, ()) + new
    _changed()


def reset() -> None:
    """Forget every extension: back to the shipped lists."""
    _EXTRA.clear()
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


def entry(name: str, text: str) -> str:
    """A config entry written as the shipped files write it. Intensifiers take
    ``word[:level[:scale[:verb]]]`` for the columns of ``intensifiers.txt``: level 0 (a
    diminisher) to 3, default 2; the scale the word compares on, default "degree";
    ``verb`` when its regular forms count too. An entry in the file's own tab-separated
    form passes as it is.

    >>> entry("intensifiers", "whopping:3").split(), entry("intensifiers", "slam:2:criticism:verb").split()
    (['whopping', '3', 'degree'], ['slam', '2', 'criticism', 'verb'])
    """
    if name != "intensifiers" or "\t" in text:
        return text
    word, *rest = text.split(":")
    level, scale, kind = rest + ["2", "degree", ""][len(rest):] if len(rest) <= 3 else ("", "", "")
    if not word.strip() or level not in ("0", "1", "2", "3") or not scale.strip().isalpha() or kind not in ("", "verb"):
        raise ValueError(f"{text!r}: write word, word:level, word:level:scale or word:level:scale:verb, "
                         "with level 0 to 3")
    return "\t".join([word.strip(), level, scale.strip()] + ([kind] if kind else []))


def configure(table: dict) -> None:
    """Extend lexicons from a config table: ``{name: [entry, ...]}``."""
    for name, entries in table.items():
        if isinstance(entries, str) or not all(isinstance(e, str) for e in entries):
            raise ValueError(f"lexicon {name!r}: give a list of strings")
        extend(name, [entry(name, e) for e in entries])


def from_project(folder: str = ".") -> str | None:
    """Read ``[lexicons]`` from ``.mutate.toml`` or ``[tool.mutate.lexicons]`` from
    ``pyproject.toml`` in ``folder``; return the file used, if any."""
    import tomllib

    for file, keys in ((".mutate.toml", ("lexicons",)), ("pyproject.toml", ("tool", "mutate", "lexicons"))):
        path = os.path.join(folder, file)
        if not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as fh:
                table = tomllib.load(fh)
            for key in keys:
                table = table.get(key, {}) if isinstance(table, dict) else {}
            if table:
                configure(table)
                return path
        except (tomllib.TOMLDecodeError, ValueError, KeyError) as exc:
            from ..errors import InputError

            raise InputError(f"lexicons: {exc}", path) from None
    return None
