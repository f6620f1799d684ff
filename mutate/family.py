"""Families: the versions of one story, what is known about them, and what to compare.

A family folder may hold a manifest, ``family.toml``, so a thousand versions need no
thousand flags::

    [versions."wire.txt"]
    label = "Reuters"            # a human name: the outlet, the draft
    date = 2024-03-01            # a TOML date or "YYYY-MM-DD"
    url = "https://example.com/wire"
    base = true                  # at most one: compare every version with this one

``--date FILE=YYYY-MM-DD`` sets a few dates from the command line (it wins over the
manifest, which wins over a ``date 2024-03-01`` stamp at the top of a file).

Three comparison modes (:data:`MODES`), chosen by :func:`default_mode` unless asked:

* ``star``: every version against the base: what each version changed from the
  original. The default when a base is named (``--base`` or ``base = true``) or when
  there are only two versions;
* ``chain``: each version against the previous one, by date (undated versions keep
  their place after the version before them): a revision history;
* ``tree``: each version against its inferred parent (:mod:`mutate.lineage`): what
  each copier changed. The default for more than two versions without a base.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import lineage as lineage_stage
from .errors import MutateError
from .model import Document, Lineage

MODES = ("star", "chain", "tree")
MANIFEST = "family.toml"
_KEYS = {"label", "date", "url", "base"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Entry:
    """What the manifest says about one file."""

    label: str | None = None
    date: str | None = None
    url: str | None = None
    base: bool = False


def default_mode(versions: int, base_named: bool) -> str:
    """``star`` with a named base or two versions, else ``tree``.

    >>> default_mode(5, False), default_mode(5, True), default_mode(2, False)
    ('tree', 'star', 'star')
    """
    return "star" if base_named or versions <= 2 else "tree"


def parse_date(value: object, where: str) -> str:
    """An ISO date string from a TOML date or a ``YYYY-MM-DD`` string; else an error.

    >>> parse_date("2024-03-01", "x")
    '2024-03-01'
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise MutateError(f"not a date (want YYYY-MM-DD): {value!r}", where)


def date_options(options: Sequence[str]) -> dict[str, str]:
    """``FILE=YYYY-MM-DD`` options -> {FILE: date}.

    >>> date_options(["a.txt=2024-03-01"])
    {'a.txt': '2024-03-01'}
    """
    out = {}
    for option in options:
        name, sep, value = option.rpartition("=")
        if not sep or not name:
            raise MutateError(f"--date wants FILE=YYYY-MM-DD, got {option!r}")
        out[name] = parse_date(value, f"--date {name}")
    return out


def read_manifest(folder: str) -> dict[str, Entry]:
    """``family.toml`` in ``folder`` as {file path: Entry}; {} when there is none."""
    import tomllib

    path = os.path.join(folder, MANIFEST)
    if not os.path.isfile(path):
        return {}
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, UnicodeDecodeError) as exc:
        raise MutateError(f"cannot read: {exc}", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise MutateError(f"not valid TOML: {exc}", path) from None
    unknown = set(data) - {"versions"}
    versions = data.get("versions", {})
    if unknown or not isinstance(versions, dict):
        raise MutateError("expected only [versions.\"FILE\"] tables", path)
    out: dict[str, Entry] = {}
    for name, table in versions.items():
        where = f"{path}: [versions.\"{name}\"]"
        if not isinstance(table, dict) or set(table) - _KEYS:
            raise MutateError(f"unknown keys {sorted(set(table) - _KEYS) if isinstance(table, dict) else table!r}", where)
        file = os.path.join(folder, name)
        if not os.path.isfile(file):
            raise MutateError(f"lists {name!r}, which is not in the folder", path)
        out[os.path.normpath(file)] = Entry(
            label=_text(table.get("label"), where),
            date=parse_date(table["date"], where) if "date" in table else None,
            url=_text(table.get("url"), where),
            base=table.get("base") is True,
        )
    if sum(e.base for e in out.values()) > 1:
        raise MutateError("more than one version is marked base = true", path)
    return out


def _text(value: object, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise MutateError(f"expected a string, got {value!r}", where)


def describe(docs: list[Document], paths: Sequence[str], manifest: dict[str, Entry],
             dates: dict[str, str]) -> list[Document]:
    """Documents with the label, date and URL the manifest and ``--date`` give them."""
    unused = set(dates)
    out = []
    for doc, path in zip(docs, paths):
        entry = manifest.get(os.path.normpath(path), Entry())
        date = entry.date or doc.date
        for key in (path, os.path.normpath(path), os.path.basename(path)):
            if key in dates:
                date = dates[key]
                unused.discard(key)
        out.append(dataclasses.replace(doc, label=entry.label or doc.label, date=date, url=entry.url or doc.url))
    if unused:
        raise MutateError("--date names a file that is not among the versions", sorted(unused)[0])
    return out


def manifest_base(paths: Sequence[str], manifest: dict[str, Entry]) -> str | None:
    """The path marked ``base = true``, if any."""
    return next((p for p in paths if manifest.get(os.path.normpath(p), Entry()).base), None)


def plan(docs: Sequence[Document], mode: str, base: Document | None,
         tick: Callable[[int], None] | None = None) -> tuple[tuple[Lineage, ...], list[Document], list[tuple[Document, Document]]]:
    """The lineage, the documents in report order, and the (parent, child) pairs to compare.

    ``base`` is the root in star and tree mode when given (star always has one).
    """
    if mode not in MODES:
        raise MutateError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    if mode == "chain":
        ordered = chain_order(docs)
        lineage = lineage_stage.chain(ordered)
        by_id = {d.id: d for d in ordered}
        return lineage, ordered, [(by_id[l.parent], by_id[l.doc]) for l in lineage if l.parent]
    lineage = lineage_stage.infer(docs, root=base.id if base else None, tick=tick)
    root = next(l.doc for l in lineage if l.parent is None)
    ordered = [d for d in docs if d.id == root] + [d for d in docs if d.id != root]
    lineage = (lineage[[d.id for d in docs].index(root)],) + tuple(l for l in lineage if l.doc != root)
    by_id = {d.id: d for d in docs}
    parent_of = {l.doc: l.parent for l in lineage}
    if mode == "star":
        return lineage, ordered, [(by_id[root], d) for d in ordered[1:]]
    return lineage, ordered, [(by_id[parent_of[d.id]], d) for d in ordered[1:]]


def chain_order(docs: Sequence[Document]) -> list[Document]:
    """By date, stable; an undated version stays right after the version before it.

    >>> from mutate.model import Document
    >>> docs = [Document("a", "", date="2024-03-02"), Document("b", ""), Document("c", "", date="2024-03-01")]
    >>> [d.id for d in chain_order(docs)]
    ['c', 'a', 'b']
    """
    keys, last = [], ""
    for d in docs:
        last = d.date or last
        keys.append(last)
    order = sorted(range(len(docs)), key=lambda i: (keys[i], i))
    return [docs[i] for i in order]


def open_family(items: Sequence[str], paths: Sequence[str], dates: dict[str, str],
                progress: bool = False) -> tuple[list[Document], str | None]:
    """Load ``paths`` with what the manifests of the folders in ``items`` say about them.

    Returns the documents and the path the manifest marks as base (or ``None``).
    """
    from .load import load
    from .progress import bar

    manifest: dict[str, Entry] = {}
    for item in items:
        if os.path.isdir(item):
            manifest.update(read_manifest(item))
    docs = []
    with bar(len(paths), "read", progress) as tick:
        for path in paths:
            docs.append(load(path))
            tick(1)
    return describe(docs, paths, manifest, dates), manifest_base(paths, manifest)
