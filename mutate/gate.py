"""Exit codes, in one place, and the decision of ``mutate check``.

0 the run is done and nothing reached the threshold; 1 findings at or above the
threshold (``mutate check``); 2 a usage, config or input error.

The decision counts findings that are not suppressed (by an ignore comment or a
baseline) and whose severity is at or above the threshold of their draft's config
(``--fail-on`` wins), or whose label is one of the ``fail-on-label`` ones. Diagnostics
(a comment without a reason, one that matched nothing) are reported, never counted:
the exit code answers one question, whether the draft distorts its sources.

A baseline is a JSON file of findings keyed on fingerprints (``--write-baseline``
writes one; any ``mutate/1`` JSON output with fingerprints also works as one).
Fingerprints hash what a finding is about, not where it is (see
:func:`mutate.classify.fingerprint`), so a baselined finding stays accepted when its
paragraph moves or other sentences change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum

from .errors import MutateError
from .model import Finding, Severity, Verdict

BASELINE_SCHEMA = "mutate-baseline/1"
DEFAULT_THRESHOLD = "error"


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


def counts(finding: Finding, threshold: str, labels: Iterable[str]) -> bool:
    """Whether an unsuppressed finding fails the gate.

    >>> from mutate.model import Finding, Severity
    >>> f = Finding("hedge-added", Severity.WARNING, "m", ("a", "b"), None, None)
    >>> counts(f, "error", ()), counts(f, "warning", ()), counts(f, "none", ["hedge-added"])
    (False, True, True)
    """
    if finding.suppressed is not None:
        return False
    if finding.label in labels:
        return True
    return threshold != "none" and finding.severity.rank >= Severity(threshold).rank


def decide(findings: Sequence[Finding], thresholds: Mapping[str, str], labels: Mapping[str, tuple[str, ...]]) -> Verdict:
    """The verdict over all drafts: ``thresholds`` and ``labels`` are keyed by draft id
    (the second document of each finding's pair)."""
    counted = sum(
        counts(f, thresholds.get(f.pair[1], DEFAULT_THRESHOLD), labels.get(f.pair[1], ()))
        for f in findings
    )
    levels = sorted(set(thresholds.values()) or {DEFAULT_THRESHOLD}, key=("error", "warning", "info", "none").index)
    every_label = sorted({label for group in labels.values() for label in group})
    return Verdict(counted > 0, ",".join(levels), counted, tuple(every_label))


def exit_code(verdict: Verdict | None) -> ExitCode:
    return ExitCode.FINDINGS if verdict is not None and verdict.failed else ExitCode.OK


def read_baseline(path: str) -> frozenset[str]:
    """The fingerprints a baseline accepts: a file written by ``--write-baseline``, or
    any ``mutate/1`` JSON output (its findings' fingerprints)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise MutateError("baseline file not found", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MutateError(f"cannot read baseline: {getattr(exc, 'strerror', None) or exc}", path) from None
    except json.JSONDecodeError as exc:
        raise MutateError(f"baseline is not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", path) from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(findings, list):
        raise MutateError("baseline has no findings list (write one with --write-baseline)", path)
    prints = set()
    for n, item in enumerate(findings):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str) or not item["fingerprint"]:
            raise MutateError(f"findings[{n}]: no fingerprint", path)
        prints.add(item["fingerprint"])
    return frozenset(prints)


def baseline_json(findings: Sequence[Finding], paths: Mapping[str, str]) -> str:
    """A baseline accepting ``findings`` (those not already suppressed by a comment),
    sorted so that rewriting it for the same drafts gives the same bytes. ``label``,
    ``path`` and ``text`` are there for the people who review it; only the
    fingerprint is matched."""
    rows = [
        {"fingerprint": f.fingerprint, "label": f.label, "path": paths.get(f.pair[1], f.pair[1]),
         "text": (f.target or f.source).text if (f.target or f.source) else ""}
        for f in findings
        if f.suppressed is None or f.suppressed.by == "baseline"
    ]
    rows.sort(key=lambda r: (r["path"], r["fingerprint"]))
    return json.dumps({"schema": BASELINE_SCHEMA, "findings": rows}, ensure_ascii=False, indent=2) + "\n"
