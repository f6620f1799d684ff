"""The precedence of labels.md: when two labels fit the same edit, the more specific wins.

Each case runs the whole pipeline on a pair of one-sentence texts and checks the label
that must win and the one that must not appear.
"""

import pytest

import mutate
from mutate.classify import classify
from mutate.diff import pair as make_pair
from mutate.model import Link, LinkKind


def labels_for(source: str, target: str) -> set[str]:
    a = mutate.from_text(source, id="source")
    b = mutate.from_text(target, id="target")
    return {f.label for f in mutate.compare(a, b).findings}


CASES = [
    # inside quotation marks the quote labels win over tone, hedge, negation and numbers
    ("The president is “very concerned” about it.", "The president is “extremely concerned” about it.",
     "quote-altered", "intensifier-added"),
    ("“The regime could fall within weeks,” he said.", "“The regime will fall within weeks,” he said.",
     "quote-altered", "hedge-removed"),
    ("“We will win the war,” she said.", "“We will not win the war,” she said.", "quote-altered", "negation-flipped"),
    ("“We lost 40 men last night,” he said.", "“We lost 400 men last night,” he said.",
     "quote-altered", "number-inflated"),
    ("“We were very angry about it,” he said.", "“We were furious about it,” he said.",
     "quote-altered", "intensifier-added"),
    # a changed name is entity-changed, never cosmetic, however small the change
    ("Two top FSB officers were arrested.", "Two top FB officers were arrested.", "entity-changed", "cosmetic"),
    ("Reporters met Andrei Soldatov in Moscow.", "Reporters met Andrei Soldatow in Moscow.", "entity-changed", "cosmetic"),
    # bare years are number-changed; dates, weekdays, months and relative times time-changed
    ("The division was set up in 1998.", "The division was set up in 1989.", "number-changed", "time-changed"),
    ("He was arrested on 5 May 2022.", "He was arrested on 5 May 2021.", "time-changed", "number-changed"),
    ("He was arrested on 5 May.", "He was arrested on 15 May.", "time-changed", "number-inflated"),
    ("Last month, two officers were arrested.", "Last week, two officers were arrested.", "time-changed", "paraphrase"),
    ("The vote is on Monday.", "The vote is on Thursday.", "time-changed", "entity-changed"),
    ("Activity grew in the last 24 hours.", "Activity grew in the last 48 hours.", "time-changed", "number-inflated"),
    # a quote that loses its marks and its speaker becomes the outlet's claim
    ("“The purge is real and it is growing,” Soldatov said.", "The purge is real and it is growing.",
     "attribution-removed", "quote-removed"),
    # ... a direct quote turned into reported speech by the same speaker is paraphrased
    ("“We will beat them in the end,” she said.", "She said they would beat them in the end.",
     "quote-paraphrased", "quote-removed"),
    ("“We will beat them in the end,” she said.", "She said they would beat them in the end.",
     "quote-paraphrased", "attribution-removed"),
    # ... and a quote with no counterpart at all is quote-removed
    ("The mayor left. “I have had enough of all this,” she said.", "The mayor left.", "quote-removed",
     "attribution-removed"),
    # one edit, one finding: the more specific label
    ("The minister reportedly resigned.", "The minister resigned.", "attribution-removed", "hedge-removed"),
    ("The mayor resigned.", "The mayor reportedly resigned.", "hedge-added", "attribution-added"),
    ("The ministry did not confirm the arrests.", "The ministry confirmed the arrests.",
     "negation-flipped", "hedge-removed"),
    ("Soldatov told CEPA the purge continues.", "Soldatov told Sky News the purge continues.",
     "attribution-changed", "entity-changed"),
    ("“The coup is near,” Soldatov said.", "“The coup is near,” Muraviev said.",
     "quote-speaker-changed", "entity-changed"),
    # a benign label only for a pair with nothing else
    ("Putin purged around 150 of his spies.", "Putin removed 300 of his agents.", "number-inflated", "paraphrase"),
]


@pytest.mark.parametrize("source, target, wins, loses", CASES)
def test_the_more_specific_label_wins(source, target, wins, loses):
    found = labels_for(source, target)
    assert wins in found, found
    assert loses not in found, found


def test_a_weak_link_is_not_read_word_by_word():
    # an aligner's guess between two unrelated sentences must not become a hedge or a number finding
    a = mutate.from_text("The minister may resign over 40 complaints.", id="a")
    b = mutate.from_text("Heavy rain will flood 300 homes.", id="b")
    for score, moved in ((0.4, True), (0.4, False)):
        link = Link(LinkKind.MODIFIED, (0,), (0,), score=score, moved=moved)
        labels = {f.label for f in classify(make_pair(link, a, b), a, b)}
        assert labels <= {"sentence-moved", "paraphrase"}, labels
    strong = Link(LinkKind.MODIFIED, (0,), (0,), score=0.9)
    assert {"number-inflated", "hedge-removed"} <= {f.label for f in classify(make_pair(strong, a, b), a, b)}


def test_a_quote_found_elsewhere_in_the_other_document_is_not_added():
    source = mutate.from_text("He spoke on Monday. Later he said “the purge is far from over now”.", id="a")
    target = mutate.from_text("“The purge is far from over now,” he told reporters on Monday.", id="b")
    assert "quote-added" not in {f.label for f in mutate.compare(source, target).findings}


def test_one_rewritten_phrase_is_one_tone_finding():
    # "a sharp rise" -> "a huge surge" moves two scales (degree and rise) in one edit
    source = mutate.from_text("Hospitals were told to prepare for a sharp rise in admissions.", id="a")
    target = mutate.from_text("Hospitals were told to brace for a huge surge in admissions.", id="b")
    found = [f.label for f in mutate.compare(source, target).findings]
    assert found.count("intensifier-added") == 1, found
    # two separate edits stay two findings
    source = mutate.from_text("Prices rose amid criticism.", id="a")
    target = mutate.from_text("Prices soared amid fierce criticism.", id="b")
    assert [f.label for f in mutate.compare(source, target).findings].count("intensifier-added") == 2
