"""Number rules: a quantity inflated, deflated or changed; an approximation dropped or
added. Quantities are paired across the two sentences first (same value, then the same
place in the word diff, then the same kind and counted noun), so a rewrite that mentions
two different numbers is not read as one number changing."""

from __future__ import annotations

from ..model import Pair
from .base import Evidence, rule
from .quantities import Quantity, quantities, same_thing

CLOSE_COPY = 0.6  # link score above which the sentences are copies of one another


def paired(pair: Pair) -> list[tuple[Quantity, Quantity]]:
    """Quantities of ``pair.a`` matched with quantities of ``pair.b``."""
    xs, ys = quantities(pair.a), quantities(pair.b)
    out: list[tuple[Quantity, Quantity]] = []
    free = list(ys)

    def take(x: Quantity, fits) -> bool:
        for y in free:
            if fits(x, y):
                out.append((x, y))
                free.remove(y)
                return True
        return False

    left = [x for x in xs if not take(x, lambda x, y: x.value == y.value and x.kind == y.kind)]
    replaced = [op for op in pair.changes if op.kind == "replace"]

    def same_place(x: Quantity, y: Quantity) -> bool:
        nx, ny = x.number_span, y.number_span
        return x.kind == y.kind and any(
            op.a_start < nx[1] and nx[0] < op.a_end and op.b_start < ny[1] and ny[0] < op.b_end
            for op in replaced
        )

    left = [x for x in left if not take(x, same_place)]
    left = [x for x in left if not take(x, same_thing)]
    # In a close copy, the one remaining quantity of a kind on each side is the same one.
    if pair.link.score >= CLOSE_COPY:
        for x in left:
            rivals = [y for y in free if y.kind == x.kind]
            if len(rivals) == 1 and sum(z.kind == x.kind for z in left) == 1:
                take(x, lambda x, y: y is rivals[0])
    return out


def _spans(x: Quantity, y: Quantity) -> dict:
    return {"source": (x.start, x.end), "target": (y.start, y.end)}


@rule(
    "number-inflated",
    bad=[
        ("Putin purged around 150 of his spies.", "Putin purged 300 of his spies."),
        ("Prices rose 4% last year.", "Prices rose 40% last year."),
        ("The yacht cost £430m.", "The yacht cost £4.3bn."),
        ("Two officers were arrested.", "Twenty officers were arrested."),
        ("Dozens of protesters gathered.", "Thousands of protesters gathered."),
    ],
    good=[
        ("Putin purged around 150 of his spies.", "Putin removed roughly 150 of his agents."),
        ("The deal is worth $5.9 billion.", "The deal is worth $5.9bn."),
        ("Two officers were arrested.", "2 officers were arrested."),
        ("He is 69 years old.", "The 69-year-old was there."),
    ],
)
def number_inflated(pair: Pair):
    """A quantity got larger."""
    for x, y in paired(pair):
        if x.kind not in ("year",) and y.value > x.value:
            yield Evidence(f"{x.text.strip()} became {y.text.strip()}", **_spans(x, y))


@rule(
    "number-deflated",
    bad=[
        ("Inflation reached 40% in May.", "Inflation reached 4% in May."),
        ("Police arrested 300 protesters.", "Police arrested 30 protesters."),
        ("The fund holds $1.48 billion.", "The fund holds $148 million."),
        ("Ten schools closed.", "Three schools closed."),
        ("Thousands of people fled.", "Dozens of people fled."),
    ],
    good=[
        ("Inflation reached 40% in May.", "In May inflation hit 40 per cent."),
        ("Police arrested 300 protesters.", "Police detained 300 demonstrators."),
        ("The fund holds $1.48 billion.", "The fund holds $1,480 million."),
    ],
)
def number_deflated(pair: Pair):
    """A quantity got smaller."""
    for x, y in paired(pair):
        if x.kind not in ("year",) and y.value < x.value:
            yield Evidence(f"{x.text.strip()} became {y.text.strip()}", **_spans(x, y))


@rule(
    "number-changed",
    bad=[
        ("The division was set up in 1998.", "The division was set up in 1989."),
        ("The law dates from 2004.", "The law dates from 2014."),
        ("It was founded in 1921 in Berlin.", "It was founded in 1912 in Berlin."),
    ],
    good=[
        ("The division was set up in 1998.", "The division was founded in 1998."),
        ("The law dates from 2004.", "The law dates from 2004, officials said."),
        ("The division was set up in 1998.", "The unit was created in 1998."),
    ],
)
def number_changed(pair: Pair):
    """A number changed where larger or smaller means nothing (a year, an identifier)."""
    for x, y in paired(pair):
        if x.kind == "year" and x.value != y.value:
            yield Evidence(f"{x.text.strip()} became {y.text.strip()}", **_spans(x, y))


@rule(
    "approximation-removed",
    bad=[
        ("He purged roughly 150 spies.", "He purged 150 spies."),
        ("Around 300 people attended.", "300 people attended."),
        ("Nearly 40% voted no.", "40% voted no."),
        ("Up to 5,000 troops may be sent.", "5,000 troops may be sent."),
        ("About two dozen homes burned.", "Two dozen homes burned."),
    ],
    good=[
        ("He purged roughly 150 spies.", "He purged around 150 spies."),
        ("He purged 150 spies.", "He purged 150 spies."),
        ("About 300 people attended.", "Some 300 people attended."),
    ],
)
def approximation_removed(pair: Pair):
    """An approximation word ("around", "roughly", "up to") was dropped from a number."""
    for x, y in paired(pair):
        if x.value == y.value and x.approx and not y.approx:
            yield Evidence(f"'{x.approx}' dropped from {x.text.strip()}", **_spans(x, y))


@rule(
    "approximation-added",
    bad=[
        ("He purged 150 spies.", "He purged about 150 spies."),
        ("300 people attended.", "Around 300 people attended."),
        ("40% voted no.", "Nearly 40% voted no."),
    ],
    good=[
        ("He purged roughly 150 spies.", "He purged around 150 spies."),
        ("He purged 150 spies.", "He purged 150 spies."),
        ("Around 300 people attended.", "Around 300 people came."),
    ],
)
def approximation_added(pair: Pair):
    """An approximation word appeared in front of a number."""
    for x, y in paired(pair):
        if x.value == y.value and y.approx and not x.approx:
            yield Evidence(f"'{y.approx}' added to {y.text.strip()}", **_spans(x, y))


RULES = (number_inflated, number_deflated, number_changed, approximation_removed, approximation_added)
