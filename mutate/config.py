"""Config for ``mutate check``, found the way linters find theirs.

From the draft's folder upwards, the first folder that holds one of these wins, in this
order: ``.mutate.toml`` (keys at the top level), ``pyproject.toml`` with a
``[tool.mutate]`` table, ``setup.cfg`` with a ``[mutate]`` section. ``--config FILE``
names one and skips the search. The keys, the same in every form::

    fail-on = "warning"                      # error | warning | info | none
    fail-on-label = ["quote-altered"]        # fail on these whatever their severity
    sources = ["sources/*.txt"]              # globs, relative to the config file

    [severity]                               # [tool.mutate.severity], [mutate.severity]
    number-changed = "warning"               # a label's severity, or "off"
    sentence-added = "off"

    [lexicons]                               # entries added to the shipped word lists
    hedges = ["per sources", "it is understood"]
    intensifiers = ["whopping:3", "slam:2:criticism:verb"]  # word[:level[:scale[:verb]]]

In ``setup.cfg`` lists are comma- or line-separated. A bad config raises
:class:`~mutate.errors.MutateError` naming the file, the key and the problem.

Only the lexicons the rules read can be extended: segmentation and alignment stay the
same under every config, so one run reads and aligns each source once even when its
drafts have different configs.
"""

from __future__ import annotations

import configparser
import glob
import os
from dataclasses import dataclass
from typing import Any

from .errors import MutateError
from .labels import LABELS
from .lexicons import entry

FILES = (".mutate.toml", "pyproject.toml", "setup.cfg")
THRESHOLDS = ("error", "warning", "info", "none")
SEVERITIES = ("error", "warning", "info", "off")
LEXICONS = ("attribution", "boosters", "causal", "correlational", "effects", "hedges", "intensifiers", "negations",
            "places", "probable", "reporting_verbs", "sources")
_KEYS = ("fail-on", "fail-on-label", "sources", "severity", "lexicons")
# What `mutate check` does unless a config says otherwise: a draft orders its material
# freely, so a sentence placed elsewhere than in its source is not a finding.
DEFAULT_SEVERITY = (("sentence-moved", "off"),)


@dataclass(frozen=True)
class Config:
    """One config file, validated; ``path`` is None for the defaults."""

    path: str | None = None
    fail_on: str | None = None
    fail_on_labels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = DEFAULT_SEVERITY
    lexicons: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def severity_of(self, label: str) -> str | None:
        """The configured severity of ``label`` ("off" included), or None for the default.

        >>> Config().severity_of("sentence-moved"), Config().severity_of("number-inflated")
        ('off', None)
        """
        return dict(self.severity).get(label)

    @property
    def off(self) -> frozenset[str]:
        return frozenset(label for label, level in self.severity if level == "off")


def find(start: str) -> str | None:
    """The config that applies to a file in folder ``start``, searching upwards.

    A ``pyproject.toml`` or ``setup.cfg`` without a mutate section does not count, so
    an unrelated project file does not stop the search.
    """
    folder = os.path.abspath(start)
    while True:
        for name in FILES:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and (name == ".mutate.toml" or _has_section(path)):
                return path
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def for_file(path: str, explicit: str | None = None) -> Config:
    """The config for a draft: ``explicit`` if given, else the nearest one, else defaults."""
    found = explicit or find(os.path.dirname(os.path.abspath(path)))
    return load(found) if found else Config()


def load(path: str) -> Config:
    """Read and validate one config file (any of the three forms)."""
    if not os.path.isfile(path):
        raise MutateError("config file not found" if not os.path.exists(path) else "config is not a file", path)
    table = _read(path)
    return _validate(table, path)


def _has_section(path: str) -> bool:
    try:
        return _read(path, required=False) is not None
    except MutateError:
        return True  # a broken file that may hold our section: report it rather than skip it


def _read(path: str, required: bool = True) -> dict | None:
    name = os.path.basename(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise MutateError(f"cannot read config: {exc.strerror or exc}", path) from None
    if name.endswith(".cfg") or name.endswith(".ini"):
        return _read_ini(raw, path, required)
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MutateError(f"invalid TOML: {exc}", path) from None
    if name == "pyproject.toml":
        table = data.get("tool", {}).get("mutate")
        if table is None and required:
            raise MutateError("no [tool.mutate] table", path)
        return table
    return data


def _read_ini(raw: bytes, path: str, required: bool) -> dict | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(raw.decode("utf-8"), source=path)
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise MutateError(f"invalid config: {' '.join(str(exc).split())}", path) from None
    if not parser.has_section("mutate"):
        if required:
            raise MutateError("no [mutate] section", path)
        return None
    table: dict[str, Any] = {k: _ini_value(k, v) for k, v in parser.items("mutate")}
    for sub in ("severity", "lexicons"):
        section = f"mutate.{sub}"
        if parser.has_section(section):
            table[sub] = {k: v.strip() if sub == "severity" else _split(v) for k, v in parser.items(section)}
    for section in parser.sections():
        if section.startswith("mutate.") and section[7:] not in ("severity", "lexicons"):
            raise MutateError(f"[{section}]: unknown section (known: [mutate.severity], [mutate.lexicons])", path)
    return table


def _ini_value(key: str, value: str) -> Any:
    return _split(value) if key in ("fail-on-label", "sources") else value.strip()


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace("\n", ",").split(",") if v.strip()]


def _validate(table: dict, path: str) -> Config:
    def bad(key: str, problem: str) -> MutateError:
        return MutateError(f"{key}: {problem}", path)

    for key in table:
        if key not in _KEYS:
            raise bad(key, f"unknown key (known: {', '.join(_KEYS)})")
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in THRESHOLDS:
        raise bad("fail-on", f"must be one of {', '.join(THRESHOLDS)}, not {fail_on!r}")
    labels = _strings(table.get("fail-on-label", []), "fail-on-label", bad)
    for label in labels:
        if label not in LABELS:
            raise bad("fail-on-label", f"unknown label {label!r} (see `mutate labels`)")
    folder = os.path.dirname(os.path.abspath(path))
    sources: list[str] = []
    for pattern in _strings(table.get("sources", []), "sources", bad):
        matched = sorted(glob.glob(os.path.join(folder, pattern), recursive=True))
        if not matched:
            raise bad("sources", f"{pattern!r} matches no file")
        sources.extend(os.path.relpath(m) for m in matched if os.path.isfile(m))
    severity = dict(DEFAULT_SEVERITY)
    for label, level in _table(table.get("severity", {}), "severity", bad).items():
        if label not in LABELS:
            raise bad(f"severity.{label}", "unknown label (see `mutate labels`)")
        if level not in SEVERITIES:
            raise bad(f"severity.{label}", f"must be one of {', '.join(SEVERITIES)}, not {level!r}")
        severity[label] = level
    lexicons = []
    for name, entries in _table(table.get("lexicons", {}), "lexicons", bad).items():
        if name not in LEXICONS:
            raise bad(f"lexicons.{name}", f"not an extensible lexicon (extensible: {', '.join(LEXICONS)})")
        words = _strings(entries, f"lexicons.{name}", bad)
        lexicons.append((name, tuple(_entry(name, w, bad) for w in words)))
    return Config(path, fail_on, tuple(labels), tuple(dict.fromkeys(sources)),
                  tuple(sorted(severity.items())), tuple(lexicons))


def _strings(value: Any, key: str, bad) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise bad(key, "must be a list of non-empty strings")
    return [v.strip() for v in value]


def _table(value: Any, key: str, bad) -> dict:
    if not isinstance(value, dict):
        raise bad(key, "must be a table of label = value")
    return value


def _entry(name: str, word: str, bad) -> str:
    """A lexicon entry as the shipped files write it (:func:`mutate.lexicons.entry`)."""
    try:
        return entry(name, word)
    except ValueError as error:
        raise bad(f"lexicons.{name}", str(error)) from None
