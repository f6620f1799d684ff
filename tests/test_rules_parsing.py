"""Golden tables for what the rules read: quantities, times, quotations, speakers, names.

Each row is (text, what must be read); the rules' own examples (test_rules.py) show the
same readings at work on whole pairs.
"""

import pytest

from mutate.rules.names import names, same_name
from mutate.rules.amounts import direction
from mutate.rules.quantities import quantities
from mutate.rules.speakers import speaker
from mutate.rules.text import quotes
from mutate.rules.times import times

QUANTITIES = [
    # digits, words, magnitudes, currencies
    ("around 150 spies", [(150, 150, "count", "", "around")]),
    ("The yacht cost £430m.", [(430e6, 430e6, "money", "GBP", None)]),
    ("worth $1.48 billion", [(1.48e9, 1.48e9, "money", "USD", None)]),
    ("worth $5.9bn", [(5.9e9, 5.9e9, "money", "USD", None)]),
    ("30.000 fans", [(30000, 30000, "count", "", None)]),  # a European thousands separator
    ("1.500 km", [(1.5, 1.5, "count", "", None)]),
    ("€2-3bn in aid", [(2e9, 3e9, "money", "EUR", None)]),
    ("two top officers", [(2, 2, "count", "", None)]),
    ("two hundred and forty troops", [(240, 240, "count", "", None)]),
    ("sixty-nine votes", [(69, 69, "count", "", None)]),
    ("a dozen homes", [(12, 12, "count", "", None)]),
    ("dozens of protesters", [(24, 99, "count", "", None)]),
    ("thousands of people", [(2000, 9999, "count", "", None)]),
    # percentages and fractions
    ("up 40%", [(40, 40, "percent", "", None)]),
    ("up 4.5 per cent", [(4.5, 4.5, "percent", "", None)]),
    ("a third of the staff", [(100 / 3, 100 / 3, "percent", "", None)]),
    ("cut by about a third", [(100 / 3, 100 / 3, "percent", "", "about")]),  # the size of a change
    ("fell by half last year", [(50, 50, "percent", "", None)]),
    ("around one in five pupils", [(20, 20, "percent", "", "around")]),
    ("nine out of ten doctors", [(90, 90, "percent", "", None)]),
    ("scored 2 in 10 minutes", [(2, 2, "count", "", None), (10, 10, "count", "", None)]),
    # ranges, ages, years, identifiers, approximations
    ("between 150 and 200 troops", [(150, 200, "count", "", None)]),
    ("150-200 troops", [(150, 200, "count", "", None)]),
    ("the 69-year-old", [(69, 69, "age", "", None)]),
    ("He is 69 years old.", [(69, 69, "age", "", None)]),
    ("Putin, 69, said", [(69, 69, "age", "", None)]),
    ("set up in 1998 when", [(1998, 1998, "year", "", None)]),
    ("2000 troops", [(2000, 2000, "count", "", None)]),
    ("under Article 5 of", [(5, 5, "id", "", None)]),
    ("nearly 40% voted", [(40, 40, "percent", "", "nearly")]),
    ("up to 5,000 troops", [(5000, 5000, "count", "", "up to")]),
    ("more than 150 people", [(150, 150, "count", "", "more than")]),
    # not quantities
    ("one said", []),
    ("the Fifth Service", []),
    ("COVID-19 cases", []),
    ("in the second half", []),
    ("cut it in half", []),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_quantities_are_read_with_their_meaning(text, expected):
    got = [(q.low, q.high, q.kind, q.unit, q.approx) for q in quantities(text)]
    assert len(got) == len(expected), got
    for (low, high, kind, unit, approx), want in zip(got, expected):
        assert (low, high) == pytest.approx(want[:2]) and (kind, unit, approx) == want[2:], got


DIRECTIONS = [
    ("£430m and £4.3bn", "up"),
    ("$1.48 billion and $148 million", "down"),
    ("$5.9bn and $5.9 billion", None),
    ("$1.48 billion and $1.5bn", None),  # rounded, not inflated
    ("a third of staff and 33% of staff", None),
    ("nearly 150 and more than 150", "up"),
    ("dozens and thousands", "up"),
    ("dozens and 40", None),  # within the range "dozens" stood for
    ("150 and 150-200", "up"),
    ("100-200 and 50-300", "changed"),
    ("£430m and $430m", "changed"),  # another currency
    ("aged 69 and aged 70", "changed"),
]


@pytest.mark.parametrize("text, expected", DIRECTIONS)
def test_direction_is_decided_on_magnitude(text, expected):
    x, y = quantities(text)
    assert direction(x, y) == expected


TIMES = [
    ("Last month, two officers", [("rel", "last", "month")]),
    ("in the previous 24 hours", [("span", "last", "24", "hour")]),
    ("on 5 May 2022", [("date", 2022, 5, 5)]),
    ("on May 5, 2022", [("date", 2022, 5, 5)]),
    ("date 2022-05-05", [("date", 2022, 5, 5)]),
    ("in February", [("date", None, 2, None)]),
    ("on Monday", [("weekday", "monday", None, None)]),
    ("on Monday evening", [("weekday", "monday", None, "evening")]),
    ("at 10.30pm", [("clock", 22, 30)]),
    ("three days ago", [("ago", "three", "day")]),
    ("yesterday", [("day", "yesterday")]),
    ("earlier this week", [("rel", "this", "week")]),
    ("The minister may resign.", []),  # the modal, not the month
    ("A fall in prices", []),
    ("in 1998", []),  # a bare year is a number (labels.md)
]


@pytest.mark.parametrize("text, expected", TIMES)
def test_time_references_are_read(text, expected):
    assert [t.key for t in times(text)] == expected


QUOTES = [
    ('He said “very concerned” and left.', ["very concerned"]),
    ('He said "very concerned" and left.', ["very concerned"]),
    ("'We will win,' she said.", ["We will win,"]),
    ("He called it ‘a mistake’, Putin’s aides said.", ["a mistake"]),
    ("“He faced criticism over his “special operation” in Ukraine,” he said.",
     ["He faced criticism over his “special operation” in Ukraine,"]),
    ("“He faced criticism over his ‘special operation’,” he said.", ["He faced criticism over his ‘special operation’,"]),
    ("the Soviets' plans and don't", []),
]


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quotations_are_found(text, expected):
    assert [q.text(text) for q in quotes(text)] == expected


def test_a_quote_runs_over_sentences_and_paragraphs():
    text = "He said: “Does it matter? It matters a lot.\n\n“This is the first time.”"
    found = quotes(text)
    assert [(q.text(text), q.open) for q in found] == [("Does it matter? It matters a lot.", True),
                                                         ("This is the first time.", False)]
    tail = "There was clearly an error in judgment.” Then he left."
    assert [(q.text(tail), q.continued) for q in quotes(tail)] == [("There was clearly an error in judgment.", True)]


@pytest.mark.parametrize("text, who", [
    ("“We will win,” said Boris Johnson.", "Johnson"),
    ("“The coup is near,” Soldatov explained.", "Soldatov"),
    ("“We are ready,” the general said.", "general"),
    ("Andrei Soldatov said: “Does it matter?", "Soldatov"),
    ("“It is over,” he told reporters.", "he"),
    ("He called it “a mistake”.", "He"),  # words he used, quoted as a name for it
    ("The group, known as “Siloviki”, met.", None),
    ("Critics called for an inquiry. The “mistake” was costly.", None),
])
def test_the_speaker_of_a_quote(text, who):
    assert speaker(text, quotes(text)[0]) == who


def test_names_are_capitalised_words_not_sentence_starts_or_headlines():
    s = "Last month two top FB officers met Soldatov in Moscow."
    assert [s[a:b] for a, b in names(s)] == ["FB", "Soldatov", "Moscow"]
    headline = "Kremlins Now on High-Alert as Generals Set to Oust Putin and End Ukraine War"
    assert names(headline) == []


@pytest.mark.parametrize("x, y, same", [
    ("Kremlin", "Kremlins", True), ("Russia", "Russian", True), ("Putin’s", "Putin", True),
    ("FSB", "FB", False), ("Soldatov", "Soldatow", False), ("Vienna", "Geneva", False),
])
def test_same_name_allows_inflection_not_typos(x, y, same):
    assert same_name(x, y) is same
