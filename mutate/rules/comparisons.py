"""Comparisons between groups: the correlational findings of claim strength.

"Had higher mortality than patients of younger doctors", "are lonelier than their rural
peers", "have fewer clots", "wait longer for antibiotics", "twice as likely": a
difference between groups, level 1 on the scale of :mod:`mutate.rules.strength`, which
reads these spans beside its causal cues. Kept apart because the patterns are many and
each guards against an amount read as a comparison ("more than 500").
"""

from __future__ import annotations

import re

# A comparison between groups is a correlational finding ("had higher mortality than
# patients of younger doctors", "more frequent in cases compared with controls"); at
# least one word must come between, so "more than 500" stays a quantity.
_COMPARATIVES = (r"(?:higher|lower|greater|more|less|fewer|better|worse|larger|smaller|stronger|weaker|poorer"
                 r"|faster|slower|steeper|quicker|sharper|milder)")
COMPARATIVE = re.compile(_COMPARATIVES, re.IGNORECASE)
AFTER_COMPARATIVE = re.compile(r"\b(?:greater|larger|smaller|bigger|higher|lower|steeper|sharper)\s+$",
                                re.IGNORECASE)  # "greater increases in deaths"
ADJECTIVE_USE = re.compile(r"\s+(?:among|in|for|at|with|than)\b", re.IGNORECASE)  # "rates lower among"
_COMPARISON = re.compile(
    rf"\b{_COMPARATIVES}\s+(?!than\b)\w[^.;:]{{0,60}}?\b(?:than|compared\s+(?:with|to)|relative\s+to)\b",
    re.IGNORECASE)
# A comparative right before "than" compares groups too ("are lonelier than their rural
# peers", "performed better than controls"), unless what follows is an amount or a
# benchmark ("more than 500", "longer than a year", "higher than expected").
_THAN = re.compile(
    r"\b(?:better|worse|higher|lower|greater|stronger|weaker|poorer|faster|slower|older|younger|richer|larger"
    r"|smaller|shorter|longer|\w{3,}ier)\s+than\b(?!\s+(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|ten\b"
    r"|half\b|twice\b|expected|usual|normal|average|before|ever|previously|anticipated|thought|predicted"
    r"|planned|hoped|last\b|in\s+\d|the\s+(?:previous|national|average|target|threshold|limit|recommended)))",
    re.IGNORECASE)
# A group that has more or less of something states a difference without "than"
# ("people on statins have fewer clots", "patients face higher death risk"), as does a
# thing "more common among" a group or done "more often", a group "better at" or
# outperforming another, "twice as likely" or "1.6 times the odds", and "a 20%
# increase in wheeze compared with" another group.
# verbs of having, facing and showing
_HAVING = (r"(?:have|has|had|get|gets|got|see|sees|saw|face|faces|faced|showed|shows|experienced?|experiences"
           r"|report|reports|reported)")  # "nurses who nap report fewer crashes"
_GROUP_DIFFERENCE = re.compile(
    rf"\b(?:{_HAVING}\s+(?:(?:\w+ly\s+)?{_COMPARATIVES}(?=\s+(?!than\b)[a-z])"
    rf"|an?\s+(?:[\d.]+%\s+)?{_COMPARATIVES}\s+(?:incidence|rates?|risk|odds|prevalence|levels?|number|proportion"
    r"|likelihood|mortality|frequency)\b)"
    r"|(?:more|less)\s+(?:common|frequent|prevalent|often)\b"
    r"|(?:are|is|were|was|do|does|did)\s+(?:\w+ly\s+)?(?:better|worse)\s+at\b"
    r"|outperform(?:s|ed|ing)?\b"
    r"|(?:twice|double|triple|(?:three|four|five|[\d.]+)\s+times)\s+(?:as\s+likely|the\s+(?:odds|risk|rate|chance))\b"
    r"|(?:increase|decrease|reduction|rise|fall|drop)\s+in\b[^.;:]{0,60}?\bcompared\s+(?:with|to)\b)",
    re.IGNORECASE)
# A group that lives, waits, scores or takes more or less is a difference too ("wait
# longer for antibiotics", "take more sick leave", "swim differently"); the lookahead on
# the first letter spares the long alternation at most places in a text.
_DOING_DIFFERENTLY = re.compile(
    r"(?<!\w)(?=[tswrlepa])(?:take|took|score|wait|run|live|spen[dt]|earn|receive|prescribed|eat|ate|sleep|slept"
    r"|swim|walk)[sde]{0,2}\s+(?:\w+ly\s+)?(?:[\d.]+%?\s+)?(?:longer|shorter|differently|different|more|less|fewer"
    r"|higher|lower|better|worse)\b(?!\s+than\s+(?:\d|a\b|an\b|average|expected|usual|normal))", re.IGNORECASE)
# "correlate specifically with", "positively related to": a correlational verb with an
# adverb before its preposition, which the lexicon's fixed phrases do not reach.
_LOOSE_CORRELATION = re.compile(r"\b(?:correlat|associat|relat|link)\w*\s+\w+ly\s+(?:with|to)\b", re.IGNORECASE)


def comparisons_in(text: str) -> list[tuple[int, int]]:
    """Spans of the comparatives that state a comparison between groups, with or
    without "than", and of the correlational verbs split by an adverb.

    >>> [text[a:b] for text in ("City dwellers are lonelier than their peers.", "More than 500 came.")
    ...  for a, b in comparisons_in(text)]
    ['lonelier than']
    >>> [text[a:b] for text in ("Nurses who nap report fewer crashes.",) for a, b in comparisons_in(text)]
    ['report fewer']
    """
    patterns = (_COMPARISON, _THAN, _GROUP_DIFFERENCE, _DOING_DIFFERENTLY, _LOOSE_CORRELATION)
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]
