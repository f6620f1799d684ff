"""Every rule's own examples, run through the whole pipeline (proselint-style).

``bad`` pairs must produce the rule's label; ``good`` pairs must not. The meta-test
keeps every rule honest about having examples at all.
"""

import pytest

import mutate
from mutate.labels import LABELS
from mutate.rules import REGISTRY

MIN_BAD, MIN_GOOD = 5, 3


def labels_for(source: str, target: str) -> set[str]:
    a = mutate.from_text(source, id="source")
    b = mutate.from_text(target, id="target")
    return {f.label for f in mutate.compare(a, b).findings}


BAD = [(r.label, s, t) for r in REGISTRY for s, t in r.bad]
GOOD = [(r.label, s, t) for r in REGISTRY for s, t in r.good]


@pytest.mark.parametrize("label, source, target", BAD)
def test_bad_example_is_flagged(label, source, target):
    assert label in labels_for(source, target)


@pytest.mark.parametrize("label, source, target", GOOD)
def test_good_example_is_left_alone(label, source, target):
    assert label not in labels_for(source, target)


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.label)
def test_rule_has_examples_and_a_summary(rule):
    assert len(rule.bad) >= MIN_BAD, f"{rule.label} needs at least {MIN_BAD} bad examples"
    assert len(rule.good) >= MIN_GOOD, f"{rule.label} needs at least {MIN_GOOD} good examples"
    assert rule.summary and not rule.summary.endswith(":")


def test_every_rule_uses_a_contract_label_once():
    labels = [r.label for r in REGISTRY]
    assert len(labels) == len(set(labels))
    assert set(labels) <= set(LABELS)


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.label)
def test_first_good_example_is_benign_rewording(rule):
    # a rule is first shown what it must leave alone: rewording that keeps the meaning
    assert labels_for(*rule.good[0]) <= {"paraphrase", "cosmetic"}, rule.good[0]


def test_the_registry_covers_every_label_of_the_contract():
    assert {r.label for r in REGISTRY} == set(LABELS)
