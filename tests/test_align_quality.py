"""Alignment quality on real seed pairs, held against hand alignments.

The gold (``tests/data/alignment``) was written by reading two seed pairs sentence by
sentence; :mod:`tests.alignment_gold` scores the aligner on it. The floors sit just
under what the aligner reaches (precision 0.963, recall 0.839 over both pairs,
``python -m tests.alignment_gold``) and may only rise.
"""

import pytest

from tests.alignment_gold import scores, total

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.83


@pytest.fixture(scope="module")
def measured():
    return scores()


def test_alignment_precision_and_recall_hold_their_floors(measured):
    precision, recall = total(measured)
    assert precision >= PRECISION_FLOOR, f"precision {precision:.3f}"
    assert recall >= RECALL_FLOOR, f"recall {recall:.3f}"


def test_each_gold_pair_is_scored_on_most_of_its_links(measured):
    # a gold file whose snippets stop matching would score nothing and hide in the total
    for score in measured:
        assert len(score.gold) >= 10, score.name
        assert score.recall >= 0.6, (score.name, score.recall)
