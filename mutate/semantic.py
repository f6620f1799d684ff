"""Optional meaning-aware similarity: sentence embeddings from a small static model.

``pip install 'mutate[semantic]'`` adds WordLlama, a static word-embedding model
(256 dimensions) whose weights ship inside its wheel: it loads offline from
site-packages in a tenth of a second and embeds thousands of sentences a second on
one CPU core. Nothing here imports it until a run asks for the semantic mode, and
every stage works without it.

A run asks with ``mutate diff/report --semantic``, ``compare(..., semantic=True)`` or
``MUTATE_SEMANTIC=1`` in the environment; otherwise it stays lexical, so outputs do
not change with what happens to be installed. While a run is in the mode,
:func:`mutate.similarity.matrix` adds the embeddings' cosine to its lexical signals
(see there for how), and the run's :class:`~mutate.model.Analysis` says
``semantic=True`` (the JSON's ``tool.semantic``). A run that asks without the extra
installed stays lexical and says so.

Embeddings do not see negation or a changed number ("150" and "1500" score 0.998):
those stay with the rules.

Rejected: sentence-transformers models (all-MiniLM-L6-v2 installs offline from PyPI
too, but needs PyTorch, +1.4 GB and ~100 sentences/s here); model2vec and fastembed
(no weights in the wheel: they download from a model hub at first use).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

ENV = "MUTATE_SEMANTIC"
PACKAGE = "wordllama"
_ACTIVE: ContextVar[bool] = ContextVar("mutate_semantic", default=False)


def installed() -> bool:
    """Whether the semantic extra is installed (checked without importing it)."""
    return importlib.util.find_spec(PACKAGE) is not None


def requested(flag: bool | None = None) -> bool:
    """Whether a run asks for the semantic mode: ``flag`` if given, else whether the
    run sits inside the mode already, else the environment.

    >>> requested(True), requested(False)
    (True, False)
    """
    if flag is not None:
        return flag
    return active() or os.environ.get(ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


def active() -> bool:
    """Whether the current run is in the semantic mode."""
    return _ACTIVE.get()


@contextmanager
def mode(on: bool) -> Iterator[bool]:
    """Run the block in the semantic mode when ``on`` and the extra is installed;
    yields whether it is.

    >>> with mode(False) as on:
    ...     on, active()
    (False, False)
    """
    token = _ACTIVE.set(bool(on) and installed())
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)


@lru_cache(maxsize=1)
def model():
    """The WordLlama model, loaded once from the weights inside its package.

    ``WordLlama.load()`` with no arguments looks for its tokenizer in a folder the
    wheel does not ship and then tries to download it; pointing ``cache_dir`` at the
    package and disabling downloads keeps it offline.
    """
    from pathlib import Path

    import wordllama

    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: Sequence[str]):
    """Unit-length embeddings of ``texts``, one row each (numpy, float32)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.asarray(model().embed(list(texts), norm=True), dtype=np.float32)
    return vectors


def matrix(a: Sequence[str], b: Sequence[str]):
    """Cosine similarity of every text in ``a`` with every one in ``b``, clipped to 0..1."""
    import numpy as np

    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    return np.clip(embed(a) @ embed(b).T, 0.0, 1.0)
