"""The rules on the real sample family (samples/kremlin-coup): the mutations an editor
would mark are found, at the words that changed, and a paraphrase is left alone."""

import glob

import pytest

import mutate
from mutate.labels import LABELS
from tests.conftest import FAMILY

BASE = str(FAMILY / "agencies-long.txt")


def evidence(analysis):
    return {(f.label, f.source.text if f.source else None, f.target.text if f.target else None)
            for f in analysis.findings}


@pytest.fixture(scope="module")
def rewrite():
    # seeds 002 -> 004: a close rewrite of the long agencies text
    return mutate.compare(BASE, str(FAMILY / "agencies-rewrite.txt"))


@pytest.fixture(scope="module")
def family():
    return mutate.analyze(sorted(glob.glob(str(FAMILY / "*.txt"))), base=BASE)


def test_the_rewrite_distortions_are_found_at_the_words_that_changed(rewrite):
    found = evidence(rewrite)
    assert ("hedge-removed", "could face", "will") in found  # "could face a coup" -> "will be deposed shortly"
    assert ("quote-altered", "“very concerned”", "“extremely concerned”") in found
    assert ("intensifier-added", "accelerated", "surged") in found  # labels.md's own example
    # "a coup could be imminent is further strengthened" -> "a coup is coming is bolstered"
    assert any(label == "hedge-removed" and src == "could" and "is coming" in tgt for label, src, tgt in found)


def test_the_headline_hedge_points_at_its_words_not_the_whole_headline(rewrite):
    headline = [f for f in rewrite.findings if f.label == "hedge-removed" and f.source.text == "possible"]
    assert [f.target.text for f in headline] == ["Set to"]


def test_a_reordered_sentence_is_only_a_paraphrase(rewrite):
    fb = [f for f in rewrite.findings if f.source and f.source.text.startswith("Last month, two top FB")]
    assert [f.label for f in fb] == ["paraphrase"]


def test_a_quote_that_became_the_outlets_claim_is_attribution_removed(family):
    spun = [f for f in family.findings if f.pair[1] == "spun-rewrite" and f.source
            and f.source.text.startswith("“The Russian president has been preparing")]
    assert [f.label for f in spun] == ["attribution-removed"]
    assert "quote lost its marks" in spun[0].message


def test_word_level_findings_point_at_a_few_words(family):
    # an editor is shown the words that changed, not a whole sentence to reread
    word_level = [f for f in family.findings if LABELS[f.label].family in ("numbers", "certainty", "tone", "meaning")]
    assert word_level
    for f in word_level:
        for span in (f.source, f.target):
            assert span is None or len(span.text.split()) <= 8, (f.label, span.text)


def test_no_finding_on_unchanged_text_of_the_family(family):
    # the five versions share sentences word for word: none of them may carry a finding
    for f in family.findings:
        if f.source and f.target:
            assert f.source.text != f.target.text or f.label in ("sentence-moved", "sentence-split", "sentence-merged",
                                                                  "paraphrase", "cosmetic"), f
