"""Word lists as data files: one entry per line, ``#`` starts a comment.

Each file opens with a comment saying where its entries come from. A project can add
entries without editing the files shipped here, in ``.mutate.toml``::

    [lexicons]
    hedges = ["is tipped to", "mooted"]
    intensifiers = ["whopping\\t3\\tdegree"]

or the same table as ``[tool.mutate.lexicons]`` in ``pyproject.toml``
(:func:`from_project`; the command line reads it from the working directory).
Everything built from a list (compiled patterns, scales) is cached on the entries
themselves, so an extension takes effect at once.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

_EXTRA: dict[str, tuple[str, ...]] = {}


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


def extend(name: str, entries: tuple[str, ...] | list[str]) -> None:
    """Add entries to a lexicon for this process (used by config loading).

    >>> extend("hedges", ["is tipped to"]); "is tipped to" in lexicon("hedges")
    True
    >>> reset()
    """
    _shipped(name)  # fail early on an unknown lexicon name
    new = tuple(e.strip() for e in entries if e.strip() and e.strip() not in lexicon(name))
    _EXTRA[name] = _EXTRA.get(name, ()) + new


def reset() -> None:
    """Forget every extension: back to the shipped lists."""
    _EXTRA.clear()


def configure(table: dict) -> None:
    """Extend lexicons from a config table: ``{name: [entry, ...]}``."""
    for name, entries in table.items():
        if isinstance(entries, str) or not all(isinstance(e, str) for e in entries):
            raise ValueError(f"lexicon {name!r}: give a list of strings")
        extend(name, list(entries))


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
