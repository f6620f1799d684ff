"""Number rules: a quantity inflated, deflated or changed; an approximation dropped or
added.

Quantities (:mod:`mutate.rules.quantities`) are paired across the two sentences
first by the same amount, then by the same place in the word diff, then by the same
kind, currency and counted noun, so a rewrite that mentions two different numbers is
not read as one number changing. Numbers inside a date or time reference belong to
the time rule, and numbers inside quotation marks to the quote rules. The direction
is decided on magnitude: "$5.9bn" and "$5.9 billion" are the same amount, "nearly
150" -> "more than 150" went up, "dozens" -> "40" is within the range it stood for.
"""

from __future__ import annotations

import re

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .amounts import comparable, direction, same_thing, same_value
from .quantities import PHONE, Quantity, quantities
from .text import outside, quotes
from .times import date_spans, times

CLOSE_COPY = 0.6  # link score above which the sentences are copies of one another
_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)


def _counted(text: str) -> list[Quantity]:
    """The quantities of ``text`` that are amounts: not inside a date or a quote."""
    dates, marks = date_spans(text), quotes(text)
    return [q for q in quantities(text)
            if not any(s < q.end and q.start < e for s, e in dates) and outside([(q.start, q.end)], marks)]


def paired(pair: Pair) -> list[tuple[Quantity, Quantity]]:
    """Quantities of ``pair.a`` matched with quantities of ``pair.b``."""
    if pair.link.kind not in _COMPARED:
        return []
    xs, ys = _counted(pair.a), _counted(pair.b)
    out: list[tuple[Quantity, Quantity]] = []
    free = list(ys)

    def take(x: Quantity, fits) -> bool:
        for y in free:
            if fits(x, y):
                out.append((x, y))
                free.remove(y)
                return True
        return False

    left = [x for x in xs if not take(x, same_value)]
    replaced = [op for op in pair.changes if op.kind == "replace"]

    def same_place(x: Quantity, y: Quantity) -> bool:
        nx, ny = x.number_span, y.number_span
        return comparable(x, y) and any(
            op.a_start < nx[1] and nx[0] < op.a_end and op.b_start < ny[1] and ny[0] < op.b_end
            for op in replaced
        ) and (bool(set(x.context) & set(y.context)) or (pair.link.score >= CLOSE_COPY and alone(x, y)))

    def alone(x: Quantity, y: Quantity) -> bool:
        """The only quantity of its kind in each sentence."""
        return sum(z.kind == x.kind for z in xs) == 1 and sum(z.kind == y.kind for z in ys) == 1

    left = [x for x in left if not take(x, same_place)]
    left = [x for x in left if not take(x, same_thing)]
    # In a close copy, the only quantity of a kind on each side is the same one.
    if pair.link.score >= CLOSE_COPY:
        for x in left:
            take(x, lambda x, y: x.kind == y.kind and alone(x, y))  # "£430m" -> "$430m" too
    return out


def _spans(x: Quantity, y: Quantity) -> dict:
    return {"source": (x.start, x.end), "target": (y.start, y.end)}


def _moved(pair: Pair, way: str):
    for x, y in paired(pair):
        if x.kind not in ("year", "id", "age") and direction(x, y) == way:
            yield Evidence(f"{x.text.strip()} became {y.text.strip()}", **_spans(x, y))


@rule(
    "number-inflated",
    bad=[
        ("Putin purged around 150 of his spies.", "Putin purged 300 of his spies."),
        ("Prices rose 4% last year.", "Prices rose 40% last year."),
        ("The yacht cost £430m.", "The yacht cost £4.3bn."),
        ("Two officers were arrested.", "Twenty officers were arrested."),
        ("Dozens of protesters gathered.", "Thousands of protesters gathered."),
        ("Nearly 150 people were held.", "More than 150 people were held."),
        ("A third of the staff left.", "Half of the staff left."),
        ("Between 100 and 150 troops crossed.", "Between 200 and 300 troops crossed."),
        ("Water rose up to a metre deep.", "Water rose up to two metres deep."),
        ("Hours were cut at six of its nine libraries.", "Hours were cut at all nine of its libraries."),
        ("Two of the 15 victims were named.", "Five of the 15 victims were named."),
        ("The council cut its road budget by about a third.", "The council cut its road budget by half."),
        ("One in five pupils used a phone after midnight.", "One in three pupils used a phone after midnight."),
        ("About R1.9 billion of the loss came from loans.", "About R2.9 billion of the loss came from loans."),
    ],
    good=[
        ("Putin purged around 150 of his spies.", "Putin removed roughly 150 of his agents."),
        ("The deal is worth $5.9 billion.", "The deal is worth $5.9bn."),
        ("Two officers were arrested.", "2 officers were arrested."),
        ("A third of the staff left.", "33% of the staff left."),
        ("The fund holds $1.48 billion.", "The fund holds about $1.5bn."),
        ("He is 69 years old.", "He is 70 years old."),
        ("Dozens of protesters gathered.", "About 40 protesters gathered."),
        ("“We lost 40 men,” he said.", "“We lost 400 men,” he said."),
        ("The talks began on 5 May.", "The talks began on 15 May."),
        ("Hours were cut at six of its nine libraries.", "Hours were cut at six libraries."),
        ("The ship sank under a bridge.", "The ship sank under two bridges."),
    ],
)
def number_inflated(pair: Pair):
    """A quantity got larger."""
    yield from _moved(pair, "up")


@rule(
    "number-deflated",
    bad=[
        ("Inflation reached 40% in May.", "Inflation reached 4% in May."),
        ("Police arrested 300 protesters.", "Police arrested 30 protesters."),
        ("The fund holds $1.48 billion.", "The fund holds $148 million."),
        ("Ten schools closed.", "Three schools closed."),
        ("Thousands of people fled.", "Dozens of people fled."),
        ("More than 150 people were held.", "Nearly 150 people were held."),
        ("Of those voting, 91% backed a strike, on a turnout of 78%.",
         "Of those voting, 91% backed a strike, on a turnout of 68%."),
        ("The IT budget is about A$3.2 million, the council said.", "The IT budget is about A$2.3 million, the council said."),
    ],
    good=[
        ("Inflation reached 40% in May.", "In May inflation hit 40 per cent."),
        ("Police arrested 300 protesters.", "Police detained 300 demonstrators."),
        ("The fund holds $1.48 billion.", "The fund holds $1,480 million."),
        ("Ten schools closed.", "10 schools shut."),
        ("Thousands of people fled.", "Thousands fled, and 30 stayed."),
        ("The study ran from 2017 to 2022.", "The study ran from 2017 to 2021."),
        ("Hours were cut at six of its nine libraries.", "Hours were cut at six of its libraries."),
        ("A total of 2,416 postal votes were returned.", "More than 2,400 postal votes were returned."),
    ],
)
def number_deflated(pair: Pair):
    """A quantity got smaller."""
    yield from _moved(pair, "down")


@rule(
    "number-changed",
    bad=[
        ("Drivers with questions can call the council on 020 7946 0315.",
         "Drivers with questions can call the council on 020 7946 0351."),
        ("Drivers can report potholes by calling 0300 123 5706.", "Drivers can report potholes by calling 0300 123 5607."),
        ("Contact police on 101, quoting reference 68 of 14 February.", "Contact police on 101, quoting reference 86 of 14 February."),
        ("The division was set up in 1998.", "The division was set up in 1989."),
        ("The law dates from 2004.", "The law dates from 2014."),
        ("It was founded in 1921 in Berlin.", "It was founded in 1912 in Berlin."),
        ("Its best rating since the 2020 election.", "Its best rating since the 2017 election."),
        ("Putin, 69, met the generals.", "Putin, aged 70, met the generals."),
        ("The 69-year-old was not seen in public.", "The 71-year-old was not seen in public."),
        ("The yacht cost £430m.", "The yacht cost $430m."),
        ("The ruling cites Article 5 of the treaty.", "The ruling cites Article 7 of the treaty."),
        ("The study ran from 2017 to 2022.", "The study ran from 2017 to 2021."),
        ("Glaciers could lose half their ice by 2060 even if emissions fall.",
         "Glaciers could lose half their ice by 2050 even if emissions fall."),
    ],
    good=[
        ("The division was set up in 1998.", "The division was founded in 1998."),
        ("The law dates from 2004.", "The law dates from 2004, officials said."),
        ("He is 69 years old.", "The 69-year-old was there."),
        ("The talks began on 5 May 2022.", "The talks began on 5 May 2021."),
        ("The division was set up in 1998.", "The unit was created in 1998."),
        ("The study ran from 2017 to 2022.", "The study, which ran from 2017 to 2022, ended."),
    ],
)
def number_changed(pair: Pair):
    """A number changed where larger or smaller means nothing: a year, an age, an
    identifier, a currency."""
    shown = []
    for x, y in paired(pair):
        if direction(x, y) == "changed":
            shown.append(x.start)
            yield Evidence(f"{x.text.strip()} became {y.text.strip()}", **_spans(x, y))
    if pair.link.kind in _COMPARED:  # a phone number, whose groups with a leading zero are no amounts
        phones_a, phones_b = list(PHONE.finditer(pair.a)), list(PHONE.finditer(pair.b))
        if len(phones_a) == len(phones_b):
            for x, y in zip(phones_a, phones_b):
                if x.group().replace(" ", "") != y.group().replace(" ", "") and x.group()[:3] == y.group()[:3] \
                        and not any(x.start() <= at < x.end() for at in shown):
                    yield Evidence(f"{x.group()} became {y.group()}", source=x.span(), target=y.span())


@rule(
    "approximation-removed",
    bad=[
        ("He purged roughly 150 spies.", "He purged 150 spies."),
        ("Around 300 people attended.", "300 people attended."),
        ("Nearly 40% voted no.", "40% voted no."),
        ("The beach has retreated by as much as 25 metres since 2014.", "The beach has retreated by 25 metres since 2014."),
        ("The climbers were caught in the slide at around 11.30am.", "The climbers were caught in the slide at 11.30am."),
        ("Beavers were hunted to extinction around 400 years ago.", "Beavers were hunted to extinction 400 years ago."),
        ("Up to 5,000 troops may be sent.", "5,000 troops may be sent."),
        ("About two dozen homes burned.", "Two dozen homes burned."),
        ("Dozens of protesters gathered.", "Forty protesters gathered."),
        ("Upto 5,000 troops may be sent.", "5,000 troops may be sent."),
    ],
    good=[
        ("He purged roughly 150 spies.", "He purged around 150 spies."),
        ("He purged roughly 150 spies.", "Roughly 150 spies were purged."),
        ("About 300 people attended.", "Some 300 people attended."),
        ("“We lost about 40 men,” he said.", "“We lost 40 men,” he said."),
        ("He was jailed for upto 14 days.", "He was jailed for up to 14 days."),
        ("Putin purged around 150 of his spies.", "Putin purged 300 of his spies."),
    ],
)
def approximation_removed(pair: Pair):
    """An approximation ("around", "roughly", "up to", "dozens") gave way to an exact number.

    Not when the number moved too: ``labels.md`` reads "around 150 spies" -> "300
    spies" as number-inflated alone, the approximation going with the number it
    qualified."""
    for x, y in paired(pair):
        if direction(x, y) is None and (x.approx or x.vague) and not (y.approx or y.vague):
            word = x.approx or x.text.strip()
            yield Evidence(f"'{word}' dropped from {x.text.strip()}", **_spans(x, y))
    for (word, x), (_, y) in _clock_approximations(pair, dropped=True):
        yield Evidence(f"'{word}' dropped from the time {x.text}", source=(x.start, x.end), target=(y.start, y.end))


@rule(
    "approximation-added",
    bad=[
        ("He purged 150 spies.", "He purged about 150 spies."),
        ("300 people attended.", "Around 300 people attended."),
        ("40% voted no.", "Nearly 40% voted no."),
        ("Forty protesters gathered.", "Dozens of protesters gathered."),
        ("The fund holds $1.48 billion.", "The fund holds roughly $1.5bn."),
        ("A total of 2,416 postal votes were returned.", "More than 2,400 postal votes were returned."),
        ("Boats were used to rescue 27 people.", "Boats were used to rescue nearly 30 people."),
        ("Mobile libraries will visit villages every three weeks.",
         "Mobile libraries will visit villages roughly every three weeks."),
        ("The fireball was seen at 10.40pm.", "The fireball was seen at about 10.40pm."),
    ],
    good=[
        ("He purged roughly 150 spies.", "He purged around 150 spies."),
        ("He purged 150 spies.", "150 spies were purged."),
        ("Around 300 people attended.", "Around 300 people came."),
        ("He was jailed for upto 14 days.", "He was jailed for up to 14 days."),
        ("She was a nurse from c. 1885 to 1902.", "She was a nurse from around 1885 to 1902."),
        ("“We lost 40 men,” he said.", "“We lost about 40 men,” he said."),
    ],
)
def approximation_added(pair: Pair):
    """An approximation appeared in front of a number, or a vague amount replaced it."""
    for x, y in paired(pair):
        if direction(x, y) is None and (y.approx or y.vague) and not (x.approx or x.vague):
            word = y.approx or y.text.strip()
            yield Evidence(f"'{word}' added to {y.text.strip()}", **_spans(x, y))
    for (_, x), (word, y) in _clock_approximations(pair, dropped=False):
        yield Evidence(f"'{word}' added to the time {y.text}", source=(x.start, x.end), target=(y.start, y.end))


# an approximation before a time of day or a time ago: "at around 11.30am", "shortly
# after 9pm", "around 400 years ago"
_ROUGHLY_WITHIN = re.compile(r"(?:in|within)\s+(about|around|approximately|roughly)\s", re.IGNORECASE)  # "within about 10 days"
_ROUGHLY = re.compile(r"\b(about|around|approximately|roughly|circa|shortly (?:before|after)|just (?:before|after))\s+$",
                      re.IGNORECASE)


def _clock_approximations(pair: Pair, dropped: bool):
    """((word, time) of the source, (word, time) of the target) for each time of day or
    time ago both sides give, where only the source (``dropped``) or only the target
    rounds it: times are dates to the number rules, not amounts, so these are read here."""
    if pair.link.kind not in _COMPARED:
        return
    def clocks(text: str):
        return [(m.group(1) if (m := _ROUGHLY.search(text, 0, t.start) or _ROUGHLY_WITHIN.match(t.text)) else None, t)
                for t in times(text) if t.key[0] in ("clock", "ago", "hence")]
    targets = clocks(pair.b)
    for word, x in clocks(pair.a):
        match = next(((w, y) for w, y in targets if y.key == x.key), None)
        if match and (bool(word) and not match[0] if dropped else bool(match[0]) and not word):
            yield (word, x), match


RULES = (number_inflated, number_deflated, number_changed, approximation_removed, approximation_added)
