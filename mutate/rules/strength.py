"""Claim strength: how strong a relation a text states between two things.

The scale is the one science-news studies annotate (Sumner et al. 2014, BMJ
349:g7015; Li et al. 2017; Yu et al. 2019, EMNLP): 0 a relation denied, 1
correlational ("linked to", "more likely", "had higher mortality than"), 2 conditional
causal ("may reduce", "appears to increase", "could be efficacious"), 3 direct causal
("reduces", "leads to", "has an effect on"). The certainty rules compare the two
sides of a pair on it (:mod:`mutate.rules.certainty`); here each text is read on its
own, from the cues of ``causal.txt``, ``effects.txt`` and ``correlational.txt`` outside
quotation marks (quotes belong to the quote rules) and a few patterns of phrasing; a
text whose only relation is quoted ("could mean fewer bleeds", researchers said) is
read inside its quotes, since a report that quotes a claim still makes it.

The phrasing patterns were chosen on the InSciOut train split and on our own labelled
claim pairs in ``tests/data/claims`` (``python -m tests.test_claims_score``), each file
kept out of one round of tuning as a check on the readings taken from the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import derived
from .comparisons import ADJECTIVE_USE, AFTER_COMPARATIVE, COMPARATIVE, comparisons_in
from .text import Quote, cues, month_may, outside, quotes

CORRELATIONAL, CONDITIONAL, CAUSAL = 1, 2, 3
NO_RELATION = 0
# A modal within two words before a causal verb makes the claim conditional ("may
# reduce", "could help prevent", "can substantially lower"). "would" is left out: in
# findings it reads as a prediction stated firmly ("would reduce admissions").
_CONDITION = re.compile(
    r"\b(?:may|might|could|can|potentially|possibly|appears?\s+to|seems?\s+to|likely\s+to)"
    r"(?:\s+(?:not\s+)?[\w-]+){0,2}\s+$", re.IGNORECASE)
# With no relation stated, a modal still makes a finding conditional ("could be
# efficacious", "may explain the rise"): Sumner et al. code these as conditional.
_MODAL = re.compile(r"\b(?:may|might|could|potential(?:ly)?)\b(?!\s+not\b)", re.IGNORECASE)
# A causal verb form after an article, a preposition or a number is a noun or an
# adjective ("a reduced risk", "an increase in", "20% increase"), and after "to" a
# purpose ("strategies to reduce"): no claim that something acts.
_NOT_A_CLAIM = re.compile(r"(?:\b(?:a|an|the|of|with|in|for|to|and|or|its|their|this|these|no|at)"
                          r"|(?<![\w.,])\d[\d.,]*%?)\s+$", re.IGNORECASE)
# After a verb of observation a past participle describes a group ("show increased
# reactivity", "exhibited reduced activity"): a difference observed, correlational.
_SHOWS = re.compile(r"\b(?:show|shows|showed|shown|exhibit|exhibits|exhibited|display|displays|displayed)\s+$",
                    re.IGNORECASE)
# A past participle or an -ing form that opens a sentence or a "that" clause belongs to
# its subject ("Improved technology may ...", "found that disrupted sleep could ...",
# "evidence that impeding the processes ... can reduce pain"): the claim is the verb
# that follows.
_OPENS = re.compile(r"(?:^|[.!?]\s+|\bthat\s+)[\"“‘']?$", re.IGNORECASE)
# A causal verb with no object is a change observed ("deaths increased.", "cases have
# doubled since 1990") or a noun ("died of natural causes."), not one thing acting on
# another.
_NO_OBJECT = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:since|during|over\s+the|from\s+\d|in\s+\d{4})\b",
                        re.IGNORECASE)
# After these, "to" + verb still claims the verb ("appears to increase", "shown to
# reduce"); the first group makes the claim conditional ("is thought to lower").
_CLAIMED_TO = re.compile(r"\b(?:(appear(?:s|ed)?|seem(?:s|ed)?|likely|potential|thought|believed|expected)"
                         r"|shown|found|proven|helps?|helped)\s+to\s+$", re.IGNORECASE)
# A base form ("lower", "increase", "cut") is as often a noun or an adjective ("had
# lower mortality"); it is read as a verb only after a modal (above, or "would"), a
# pronoun, an auxiliary, an adverb or a plural noun ("statins lower", "can help lower"),
# or after "did" and its subject ("did the pill reduce").
_VERB_NEXT = re.compile(r"(?:\b(?:they|we|you|do|does|did|will|would|shall|must|help|helps)"
                        r"|\b(?:do|does|did)\s+(?:[\w-]+\s+){0,2}[\w-]+"
                        r"|\b(?!(?:has|was|is|this|its|his|less|plus|us|thus)\b)\w\w+(?:s|ly))\s+$",
                        re.IGNORECASE)
# "has cut": a participle like its base form, except a comparative ("had lower mortality")
# or a multiple ("have double the odds").
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MULTIPLE = re.compile(r"\s+the\s+(?:odds|risk|chance|rate|number)\b", re.IGNORECASE)
# An -s form that opens the sentence or takes "in" is a plural noun ("Cuts to services
# may have cost lives", "increases in caregiving were associated with ..."), and a
# participle that a place, a time or a group follows describes its noun ("women induced
# at 41 weeks", "patients treated during the night"): a verb needs an object.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[\"“‘']?$")
_PLURAL_NOUN = re.compile(r"\s+in\b", re.IGNORECASE)
_DESCRIBED = re.compile(r"\s+(?:at|during|after|before|within|among|under)\b", re.IGNORECASE)
_BEING = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# How many a condition "affects" is its prevalence ("affects about one in 40 men",
# "affected 12% of children"), not one thing acting on another.
_PREVALENCE = re.compile(r"affect(?:s|ed|ing)?\s+(?:about|around|roughly|nearly|almost|some|over|up\s+to"
                         r"|an\s+estimated|more\s+than|as\s+many\s+as)?\s*(?:\d|one\s+in|millions|thousands"
                         r"|hundreds|billions)", re.IGNORECASE)
# A relation asked about is not claimed ("a trial testing whether tai chi reduces falls",
# "assessed how salt affects blood pressure").
_WHETHER = re.compile(r"(?:\bwhether|\b(?:assess|examin|investigat|explor|stud|test|evaluat|ask|determin|measur)\w*"
                      r"\s+how)\b[^.;,]*$", re.IGNORECASE)
# Advice to the reader names what an act does: "clean between your teeth to stop your
# gums bleeding" is direct causal, where "strategies to reduce" only states a purpose.
_ADVICE = re.compile(r"\byour\b|^\W*(?:do|don[’']t)\b", re.IGNORECASE)
_WANTING = re.compile(r"\b(?:want|wants|need|needs|try|trying|tried|aim|aims|plan|plans|hope|how|ways?|able"
                      r"|going|order|designed|strategies|efforts?|attempts?)\s+to\s+$", re.IGNORECASE)
_INFLECTED = re.compile(r"(?:s|ed|ing|\s+\w+)$", re.IGNORECASE)
# A negation reaches a cue across auxiliaries, adverbs, articles and the adjectives that
# grade an effect ("did not significantly reduce", "no discernible effect on", "has not
# been shown to"); a noun or a verb between ends its reach ("and not sugar activates",
# "preferences that were not met were less likely"). "Not only" adds a claim; "without
# increasing" denies one.
_NEGATED = re.compile(
    r"(?:\b(?!not\s+only\b)(?:not|no|never|nor|neither|without|fail(?:s|ed|ing)?\s+to|unlikely\s+to)|n['’]t)"
    r"(?:\s+(?:\w+ly|be|been|being|have|has|had|do|does|did|a|an|the|any|to|shown|found|seem|seems|appear"
    r"|appears|significant|discernible|detectable|measurable|meaningful|substantial|major|clear|strong"
    r"|consistent|independent|direct|overall|further|causal)){0,3}\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Claim:
    """How strong a relation a text claims, and the cues that say so."""

    strength: int | None  # None: no relation stated, or none the lexicons know
    spans: tuple[tuple[int, int], ...] = ()
    modal_only: bool = False  # conditional from a modal alone, no relation read ("may be ill")


def _causal(text: str, span: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """Strength and span of the causal verb at ``span`` (:func:`_acting`), or None
    where the word is a noun, an adjective or a purpose rather than a claim."""
    start, before = _before(text, span)
    if _NEGATED.search(before):
        return NO_RELATION, span
    if _PREVALENCE.match(text, span[0]):  # hedged or not: "is expected to affect 420 flights"
        return None
    to = _CLAIMED_TO.search(before)
    if to:
        return (CONDITIONAL if to.group(1) else CAUSAL), (start + to.start(), span[1])
    if _WHETHER.search(before):
        return None
    if before.endswith("to ") and _ADVICE.search(text) and not _WANTING.search(before):
        return CAUSAL, span
    participle = text[span[1] - 2:span[1]].lower() == "ed"
    gerund = text[span[1] - 3:span[1]].lower() == "ing"
    if _NOT_A_CLAIM.search(before) or "-" in (before[-1:], text[span[1]:span[1] + 1]) \
            or ((participle or gerund) and _OPENS.search(before)) or _NO_OBJECT.match(text, span[1]):
        return None
    if participle and _SHOWS.search(before):
        return CORRELATIONAL, span
    if _noun_or_description(text, span, before, participle):
        return None
    if (not _condition(before) or _PERFECT.search(before)) and not _a_verb(text, span, before):  # "may have lower"
        return None
    return _acting(start, before, span)


def _a_verb(text: str, span: tuple[int, int], before: str) -> bool:
    """Whether the causal word at ``span`` is used as a verb, as far as the words
    before it tell: an inflected form always, a base form only where a verb goes."""
    if _INFLECTED.search(text[span[0]:span[1]]) or _VERB_NEXT.search(before):
        return True
    return bool(_PERFECT.search(before)) and not COMPARATIVE.fullmatch(text, *span)


def _noun_or_description(text: str, span: tuple[int, int], before: str, participle: bool) -> bool:
    """Whether the causal word at ``span`` names a change rather than claims one: a
    plural noun, a participle describing its noun, a multiple after "have"."""
    word = text[span[0]:span[1]].lower()
    if word.endswith("s") and " " not in word and not word.startswith(("help", "benefit")) \
            and (_SENTENCE_START.search(before) or _PLURAL_NOUN.match(text, span[1])
                 or AFTER_COMPARATIVE.search(before)):
        return True
    if participle and " " not in word and _DESCRIBED.match(text, span[1]) and not _BEING.search(before):
        return True
    return bool(_PERFECT.search(before) and _MULTIPLE.match(text, span[1]))


def _before(text: str, span: tuple[int, int]) -> tuple[int, str]:
    """Where the words that qualify the cue at ``span`` start, and those words."""
    start = max(0, span[0] - 60)
    return start, text[start:span[0]]


def _acting(start: int, before: str, span: tuple[int, int]) -> tuple[int, tuple[int, int]]:
    """A claim that something acts: conditional after a modal, its span starting at the
    modal, since the modal is what an edit changes ("may have been weakened" -> "was
    weakened"); else direct causal."""
    modal = _condition(before)
    return (CONDITIONAL, (start + modal.start(), span[1])) if modal else (CAUSAL, span)


def _condition(before: str) -> re.Match[str] | None:
    """The modal that makes the claim after ``before`` conditional ("may reduce"), if
    it is not the month ("in May sales increased")."""
    found = _CONDITION.search(before)
    return None if found is None or month_may(before, (found.start(), found.start() + 3)) else found


# "to investigate the impact of", "assessed the effects of": an effect studied, not
# claimed ("the first study to report beneficial effects of" reports one)
_STUDIED = re.compile(r"\b(?:investigat|examin|assess|evaluat|stud(?:ied|ying)\b|to\s+study\b|explor|measur|test"
                      r"|determin|quantif)\w*(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)


def _effect(text: str, span: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """Strength and span of a causal noun phrase ("an effect on", "due to"): direct
    causal, conditional after a modal ("may have an effect on"), none when negated
    ("no discernible effect on"); not a claim when studied ("assessed the effect of")."""
    if text[span[0]:span[1]].lower() == "due to" and _SCHEDULED.match(text, span[1]):
        return None
    start, before = _before(text, span)
    if _NEGATED.search(before):
        return NO_RELATION, span
    if _STUDIED.search(before):
        return None
    return _acting(start, before, span)


# "due to start work next year", "is due to be published": a schedule, not a cause
_SCHEDULED = re.compile(r"(?i)\s+(?:be|start|begin|open|close|end|finish|take|come|arrive|return|launch|meet|report"
                        r"|publish|resume|retire|step|go|appear|vote|decide|rule|deliver|give|make|face|leave|run)\b")


# An intervention more (or less) effective than another claims its effect ("more
# effective than placebo at preventing migraine"), where other comparisons between
# groups are correlational.
_EFFECTIVE = re.compile(r"\b(?:more|less|(?:twice|(?:three|four|five|[\d.]+)\s+times)\s+as)\s+"
                        r"(?:effective|efficacious|beneficial|protective)\b", re.IGNORECASE)
# So does an intervention found effective in other words: "is robustly protective", "an
# effective strategy for increasing activity", "demonstrated significant disease
# modifying effects", "has significant activity in B-cell malignancies".
_FOUND_EFFECTIVE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:protective|effective|efficacious|beneficial|harmful)\b"
    r"|\beffective\s+(?:[\w-]+\s+){0,2}?(?:ways?|strateg(?:y|ies)|treatments?|means|methods?|interventions?"
    r"|therap(?:y|ies))\s+(?:to|for|of|against)\b"
    r"|\b(?:shows?|showed|shown|demonstrat(?:e|es|ed|ing)|has|have|had)\s+(?:(?!(?:no|not|little|few)\b)[\w-]+\s+)"
    r"{0,3}?(?:benefits?|effects|activity|efficacy)\b(?!\s+(?:on|of)\b)"
    r"|\b(?:confers?|conferred|offers?|offered|provides?|provided|gives?|gave)\s+(?:\w+\s+)?protection\s+against\b",
    re.IGNORECASE)
# "predicted that ..." and "is predicted to ..." forecast; "predicted hypertension" is
# a correlational finding.
_FORECAST = re.compile(r"\s+(?:that|to)\b", re.IGNORECASE)
# A relation that a later clause calls not significant is not found ("the association
# ... was no longer statistically significant", "did not reach significance").
_NOT_SIGNIFICANT = re.compile(
    r"[^.;]{0,120}?\b(?:(?:was|were|is|are|became)\s+(?:no\s+longer|not)\s+(?:\w+ly\s+)?significant"
    r"|did\s+not\s+reach\s+(?:\w+\s+)?significance)", re.IGNORECASE)


# Causatives: one thing makes another change ("makes people less willing", "makes you
# happier", "can lead people to behave", "nanotubes pose a health risk"). Read like the
# causal nouns.
_CAUSATIVES = (
    re.compile(r"\b(?:makes?|made|making)\s+(?:[\w-]+\s+){1,3}?(?:more|less|better|worse|\w+ier"
               r"|smarter|stronger|weaker|safer|richer|poorer|older|younger|fitter|slimmer|fatter|sicker|calmer"
               r"|sadder|wiser|faster|slower)\b",
               re.IGNORECASE),
    re.compile(r"\b(?:leads?|led|leading)\s+(?:[\w-]+\s+){1,3}?to\s+(?!(?:the|a|an|this|their)\b)[a-z]+",
               re.IGNORECASE),
    re.compile(r"\bpos(?:e|es|ed|ing)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:risks?|threats?|dangers?|hazards?)\b",
               re.IGNORECASE),
    # the verbs of news headlines: "brings blood pressure down", "sends patients back to
    # hospital", "keeps thousands alive", "pushing up salt intake", "lifts your mood",
    # "grows new brain cells", "gives patients extra months", "adds years to your life",
    # "would spare thousands from dementia"
    re.compile(r"\b(?:brings?|brought|bringing)\s+(?:[\w’'-]+\s+){0,3}?down\b"
               r"|\b(?:sends?|sent|sending)\s+(?:[\w’'-]+\s+){1,3}?"
               r"(?:home|back\s+(?:in)?to\s+(?:hospital|work|school))\b"
               r"|\b(?:keeps?|kept|keeping)\s+(?:[\w’'-]+\s+){1,3}?(?:alive|at\s+bay|healthy|out\s+of\s+hospital)\b"
               r"|\b(?:push(?:es|ed|ing)?|drives?|drove|driving|driven)\s+(?:[\w’'-]+\s+){0,3}?up\b(?!\s+to\b)"
               r"|\b(?:lifts?|lifted|lifting)\s+(?:\w+[’']s?\s+|your\s+|their\s+|the\s+)?(?:[\w-]+\s+)?"
               r"(?:mood|moods|spirits|survival|scores|wellbeing|well-being|performance)\b"
               r"|\b(?:grows?|grew|growing)\s+(?:new|the|your|their)\s+(?:[\w’'-]+\s+){0,2}?"
               r"(?:cells?|neurons?|brain|bones?|muscles?|tissue|centre|center|hippocampus)\b"
               r"|\b(?:gives?|gave|giving)\s+(?:[\w’'-]+\s+){1,3}?(?:extra|more|bigger|better|an?\s+(?:\w+\s+)?"
               r"(?:boost|buffer|edge|head\s+start|advantage))\b"
               r"|\badds?\s+(?:[\w-]+\s+){0,2}?years\s+to\b"
               r"|\bspar(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,3}?from\b", re.IGNORECASE),
)


@derived  # read from lexicons: an extension from config must clear it
@lru_cache(maxsize=1 << 14)  # the certainty rules ask for each side's claim several times
def claim(text: str) -> Claim:
    """The relation ``text`` states first, on the scale of Sumner et al. (2014) as Yu
    et al. (2019) use it: correlational < conditional causal < direct causal; a negated
    one is no relation. Relations come from causal verbs (``causal.txt``), causal
    nouns (``effects.txt``: "an effect on", "due to") and causatives ("makes people
    less willing", "pose a risk"), correlational phrases (``correlational.txt``) and
    comparisons between groups ("higher mortality than", "have fewer clots", "more
    common among"); a text that states none but holds a modal or "potential" ("could be
    efficacious", "potential treatments") is conditional, as Sumner et al. code it.

    The first relation is the main claim: later cues mostly sit in clauses that draw a
    consequence from it ("..., suggesting a continuum of risk", "..., leading to heart
    disease") or in sentences a report adds, and taking the strongest cue anywhere read
    those as the claim made stronger.

    >>> [claim(s).strength for s in ("Coffee is linked to MS.", "Coffee may reduce MS risk.",
    ...                              "Coffee reduces MS risk.", "Coffee did not reduce MS risk.")]
    [1, 2, 3, 0]
    >>> claim("Smokers had a reduced risk.").strength, claim("The mayor resigned.").strength
    (1, None)
    >>> claim("Risk factors are associated with higher BP, leading to strokes.").strength
    1
    >>> [claim(s).strength for s in ("Smog has a greater impact on deaths than pollen.",
    ...                              "Old doctors' patients had higher mortality than others.",
    ...                              "The pathway could be efficacious.", "No effect on pain was seen.",
    ...                              "Brain growth correlates closely with gestation.")]
    [3, 1, 2, 0, 1]
    >>> [claim(s).strength for s in ("Protein and not sugar activates the cells.",
    ...                              "Inflammation did not cause hyperalgesia.",
    ...                              "This is evidence that impeding the signal can reduce pain.",
    ...                              "Cannabis makes people less willing to work.", "Nanotubes pose a health risk.",
    ...                              "The results point to potential treatments.")]
    [3, 0, 2, 3, 3, 2]
    >>> claim("Deaths from the disease increased.").strength, claim("Many died of natural causes.").strength
    (None, None)
    >>> claim("The ward closed due to staff shortages.").strength, claim("The ward is due to close.").strength
    (3, None)
    >>> [claim(s).strength for s in ("Not only did the pill reduce strokes, it was cheaper.",
    ...                              "Needles don't cut painkiller use.", "Aspirin is thought to lower the risk.",
    ...                              "Reduced-dose warfarin is likely to lower bleeding.",
    ...                              "Rates were lower among patients than among others.",
    ...                              "Statins lower cholesterol more than diet does.",
    ...                              "The pill was more effective than placebo at preventing migraine.",
    ...                              "The association between tea and cancer was no longer significant.",
    ...                              "Gout affects about one in 40 men.", "Cases have doubled since 1990.",
    ...                              "Clean between your teeth to stop your gums bleeding.",
    ...                              "Strategies to reduce falls were reviewed.",
    ...                              "The first study to report beneficial effects of farm life on lungs.",
    ...                              "A smaller dose “could mean fewer bleeds”, researchers said.")]
    [3, 0, 2, 2, 1, 3, 3, 0, None, None, 3, None, 3, 2]
    >>> [claim(s).strength for s in ("Older adults with hearing loss had faster decline than others.",
    ...                              "Musicians are better at hearing sounds.",
    ...                              "Night nurses are twice as likely to be ill.",
    ...                              "Handwriting students outperformed laptop users.",
    ...                              "Gardening makes you happier.", "The group, made up of former officers, met.",
    ...                              "A trial testing whether tai chi reduces falls.",
    ...                              "We found that disrupted sleep could contribute to memory loss.",
    ...                              "Self-control predicted adult income.",
    ...                              "Analysts predicted that prices will fall.",
    ...                              "The scheme made no meaningful difference to results.")]
    [1, 1, 1, 1, 3, None, None, 2, 1, None, 0]
    >>> [claim(s).strength for s in ("Cuts to services may have cost lives.",
    ...                              "Increases in caregiving were linked to distress.",
    ...                              "Babies of women induced at 41 weeks were less likely to die.",
    ...                              "Smokers have double the odds of psychosis.",
    ...                              "City dwellers are lonelier than their rural peers.",
    ...                              "Prices were higher than expected.",
    ...                              "Apps fail to ease stress any better than audiobooks.",
    ...                              "Sepsis patients wait longer for antibiotics.",
    ...                              "Regions with more prescribing had a higher incidence of infection.",
    ...                              "Areas with larger cuts experienced greater increases in deaths.")]
    [2, 1, 1, 1, 1, None, 0, 1, 1, 1]
    >>> [claim(s).strength for s in ("Cutting salt brings blood pressure down.",
    ...                              "Friday discharges send patients back to hospital.",
    ...                              "Women sent the kit back within a month.",
    ...                              "Home feeding keeps thousands of patients alive.",
    ...                              "Veggie burgers are pushing up salt intake.",
    ...                              "Walking lifts your mood.", "Exercise grows new brain cells.",
    ...                              "The drug gives patients extra months.", "Volunteering adds years to your life.",
    ...                              "A sugar tax would prevent 3,400 cases of diabetes.",
    ...                              "Colchicine appeared to reduce events.",
    ...                              "Lithium may confer protection against suicide.",
    ...                              "E-cigarettes are twice as effective as patches.",
    ...                              "Treatment with the inhibitor is robustly protective.",
    ...                              "Fruit is the most effective way to achieve a glow.",
    ...                              "The compound demonstrated significant disease modifying effects.",
    ...                              "Scientists identify cause of hypoglycaemia.",
    ...                              "The drug had no effects in mice.")]
    [3, 3, None, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 3, 3, None]
    """
    marks = quotes(text)
    read = _read(text, marks)
    return _read(text, ()) if read.strength is None and marks else read


def _read(text: str, marks: Sequence[Quote]) -> Claim:
    """:func:`claim`, from the cues outside the quotation ``marks``."""
    found = [c for c in map(lambda span: _causal(text, span), _cues(text, "causal", marks)) if c]
    causing = _cues(text, "effects", marks) + outside(
        [m.span() for p in (*_CAUSATIVES, _EFFECTIVE, _FOUND_EFFECTIVE) for m in p.finditer(text)], marks)
    found += [c for c in map(lambda span: _effect(text, span), causing) if c]
    comparisons = outside(comparisons_in(text), marks)
    # a comparative read as a verb is the comparison's own word ("rates lower among
    # patients than among others")
    starts = {c[0] for c in comparisons}
    found = [f for f in found if not (f[1][0] in starts and COMPARATIVE.fullmatch(text, *f[1])
                                      and ADJECTIVE_USE.match(text, f[1][1]))]
    # a comparison of effects ("a greater impact on deaths than") claims the effect
    compared = [c for c in comparisons if not any(c[0] <= f[1][0] < c[1] for f in found)]
    for span in _cues(text, "correlational", marks) + compared:
        if _FORECAST.match(text, span[1]) and text[span[0]:span[1]].lower().startswith("predict"):
            continue
        denied = _NEGATED.search(_before(text, span)[1]) or _NOT_SIGNIFICANT.match(text, span[1])
        found.append((NO_RELATION if denied else CORRELATIONAL, span))
    if not found:
        modals = outside([m.span() for m in _MODAL.finditer(text) if not month_may(text, m.span())], marks)
        return Claim(CONDITIONAL, tuple(modals[:1]), modal_only=True) if modals else Claim(None)
    # the first relation; where a correlational phrase holds a causal word ("increased
    # risk", "lower rates"), the phrase, which starts there too and reaches further
    strength, span = min(found, key=lambda c: (c[1][0], -c[1][1]))
    return Claim(strength, (span,))


def _cues(text: str, name: str, marks: Sequence[Quote]) -> list[tuple[int, int]]:
    return outside(cues(name, text), marks)
