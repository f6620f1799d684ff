"""mutate: show how a text mutates from one version to the next.

The pipeline, one module per stage::

    load -> segment -> align -> diff -> classify -> render

>>> import mutate
>>> a = mutate.from_text("Analysts said Putin could face a coup.", id="a")
>>> b = mutate.from_text("Analysts said Putin will face a coup.", id="b")
>>> [f.label for f in mutate.compare(a, b).findings]
['hedge-removed']
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from .load import from_text, load
from .model import (
    Alignment,
    Analysis,
    Document,
    Finding,
    Link,
    LinkKind,
    Sentence,
    Severity,
    Span,
)

if TYPE_CHECKING:
    from .api import analyze, compare


def __getattr__(name: str):
    """``analyze`` and ``compare`` load the pipeline on first use, so that ``mutate
    --help`` (which imports this package) does not compile every rule first."""
    if name in ("analyze", "compare"):
        from . import api

        globals()[name] = value = getattr(api, name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "__version__",
    "analyze",
    "compare",
    "from_text",
    "load",
    "Alignment",
    "Analysis",
    "Document",
    "Finding",
    "Link",
    "LinkKind",
    "Sentence",
    "Severity",
    "Span",
]
