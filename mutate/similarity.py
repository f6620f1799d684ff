"""How alike two sentences are, as a matrix computed in C by rapidfuzz.

Two lexical signals, because the versions of a story are rewrites rather than edits:

* ``fuzz.ratio`` over the normalised text sees close copies (typos, a changed word);
* the Dice overlap of content-word stems sees paraphrases that reorder a sentence or
  swap its function words ("Putin ordered a purge of 150 officials" /
  "150 officials were purged on Putin's orders");
* in the semantic mode only (:mod:`mutate.semantic`), the cosine of the sentences'
  embeddings, which vetoes a middling lexical score between sentences that do not
  mean alike (see :func:`with_meaning`).

The lexical two are computed for all pairs with ``rapidfuzz.process.cdist``; a Python loop over
pairs is what we avoid (difflib's all-pairs ratio takes minutes at 3,000 sentences).

Characters alone are weak evidence in the middle of their range: two unrelated English
sentences of similar length share enough letters to score 0.4-0.5 on ``fuzz.ratio``.
So a middling character score counts only when the sentences also share content
words (``SHARED_STEMS``); on the hand-aligned seed pairs every false link had a stem
overlap under 0.22 and every true one at least 0.26. Texts of a few content words
(a short quote, a headline fragment) are exempt: their overlap is too coarse to judge.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, wraps

from . import semantic
from .lexicons import derived, lexicon

_WORD = re.compile(r"\w+", re.UNICODE)
PARALLEL_CELLS = 10_000  # cells from which cdist runs on all cores
STEM = 5  # prefix length: "purged"/"purge", "arrested"/"arrest" share a stem
CHARS_ALONE = 0.6  # a character score this high needs no shared content words
SHARED_STEMS = 0.24  # below this stem overlap, a middling character score is chance
FEW_STEMS = 4  # a text with fewer content words is exempt from that test


@lru_cache(maxsize=1 << 16)  # the versions of a family repeat most sentences: normalise each once
def normalise(text: str) -> str:
    """Lower case, compatibility forms folded, punctuation dropped, spaces collapsed.

    >>> normalise("“Very\\u00a0concerned,” he SAID.")
    'very concerned he said'
    """
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


@derived
@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(lexicon("stopwords"))


@derived
@lru_cache(maxsize=1 << 16)
def stems(text: str) -> tuple[str, ...]:
    """Sorted distinct content-word stems: the bag that Dice overlap compares.

    >>> stems("The spies were purged, and the spy purge went on.")
    ('purge', 'spies', 'spy', 'went')
    """
    stop = _stopwords()
    return tuple(sorted({w[:STEM] for w in normalise(text).split() if w not in stop}))


MEANING_VETO = 0.45  # semantic mode: below this cosine a middling lexical score is chance (chosen on SWiPE val)
LEXICAL_COPY = 0.6  # a lexical score this high is a copy whatever the embeddings say


def with_meaning(lexical):
    """``lexical`` (a matrix function) corrected by meaning in the semantic mode.

    Outside the mode, the lexical scores as they are. In it, a pair whose lexical
    score is under ``LEXICAL_COPY`` and whose embeddings' cosine is under
    ``MEANING_VETO`` scores 0: unrelated sentences of a similar length share letters
    and function words, not meaning. Rejected (measured in ``bench/README.md``): the
    larger of the lexical and semantic scores, and their mean; static embeddings rate
    unrelated sentences on one topic up to 0.68, so they can veto a link but not make
    one.
    """

    @wraps(lexical)
    def scores(a: list[str], b: list[str]):
        import numpy as np

        sim = lexical(a, b)
        if not semantic.active() or not len(a) or not len(b):
            return sim
        meaning = semantic.matrix(a, b)
        return np.where((sim < LEXICAL_COPY) & (meaning < MEANING_VETO), np.float32(0.0), sim).astype(np.float32)

    return scores


@with_meaning
def matrix(a: list[str], b: list[str]):
    """Similarity in 0..1 of every sentence in ``a`` with every one in ``b`` (numpy array).

    The larger of the two signals counts: a copy scores high on characters, a
    paraphrase on shared stems, unrelated sentences low on both. A character score
    under ``CHARS_ALONE`` counts only with some shared stems (see the module notes).

    >>> m = matrix(["The minister resigned over the scandal on Monday."],
    ...            ["The harbour flooded after rain over the weekend."])
    >>> float(m[0, 0]) < 0.3
    True
    """
    import numpy as np
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Indel

    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    # Threads pay off on big matrices only: starting them costs more than a small one.
    workers = -1 if len(a) * len(b) >= PARALLEL_CELLS else 1
    chars = process.cdist(
        [normalise(t) for t in a], [normalise(t) for t in b],
        scorer=fuzz.ratio, dtype=np.uint8, workers=workers,
    )
    # Indel similarity of two sorted, de-duplicated lists is 2|A∩B| / (|A|+|B|): Dice.
    bags_a, bags_b = [stems(t) for t in a], [stems(t) for t in b]
    bags = process.cdist(
        bags_a, bags_b,
        scorer=Indel.normalized_similarity, dtype=np.float32, workers=workers,
    )
    chars = chars.astype(np.float32) / 100.0
    wordy = np.outer([len(s) >= FEW_STEMS for s in bags_a], [len(s) >= FEW_STEMS for s in bags_b])
    chance = (chars < CHARS_ALONE) & (bags < SHARED_STEMS) & wordy
    return np.maximum(np.where(chance, 0.0, chars), bags)


def pair(a: str, b: str) -> float:
    """The same score for one pair of texts.

    >>> round(pair("Putin ordered a purge of 150 officials.", "Putin ordered a purge of 150 officials."), 2)
    1.0
    """
    return float(matrix([a], [b])[0, 0])
