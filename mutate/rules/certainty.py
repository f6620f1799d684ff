"""Certainty rules: a claim became more or less certain.

Two measures of each side, from cues outside quotation marks (quotes belong to the
quote rules). Claim strength, on the scale science-news studies annotate (Sumner et al.
2014; Li et al. 2017; Yu et al. 2019): 1 correlational ("linked to", "more likely"),
2 conditional causal ("may reduce"), 3 direct causal ("reduces", "leads to"), 0 a
relation denied, read from the relation a text states first; it decides when both sides
state a relation and the strengths differ, so "is linked to" -> "may cause" reads as
stronger although "may" hedges. Otherwise the certainty level does: -1 when hedged
("could", "reportedly", "said to be"), +1 when boosted ("will", "clearly", "set to"),
0 when both or neither; with equal strengths, only in the sentence stating the relation. Up is hedge-removed,
down is hedge-added. Comparing levels rather than cues keeps a rewrite that swaps one
hedge for another ("may be bracing" / "is reportedly facing") from reading as a change.

A change only counts where the word diff shows the cue itself edited: the hedge that
went (or the booster that came) must sit in a local edit, not in a clause that was cut
or added whole; otherwise the claim was dropped, which is not the same claim made
surer. Evidence is the cue on one side and what it became on the other ("could face"
-> "will").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import CLAUSE, content_stems, evidence_in, n_words, op_at
from .text import cues, outside, quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
_VERBS_OF_BEING = frozenset({"been", "being", "will", "shall", "would", "could", "might", "must"})


_NOUN_USE = re.compile(r"\s+(?:of|by)\b")  # "causes of death", "caused by": not a causal claim
_NOT_HEDGE = {
    # "more likely" compares rates (a correlational finding), it does not hedge one
    "likely": re.compile(r"(?:more|less|most|least)\s+$", re.IGNORECASE),
    # ", suggests a new study" credits a source, as "says" would; "suggests that" hedges
    "suggest": re.compile(r"[,;]\s*$", re.IGNORECASE),
}


def _masked(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether the cue at ``span`` is not used as a cue of lexicon ``name`` here."""
    if name == "boosters":
        return bool(_NOUN_USE.match(text, span[1]))
    word = text[span[0]:span[1]].lower().rstrip("sed")
    before = _NOT_HEDGE.get("suggest" if word.startswith("suggest") else word)
    return bool(before and before.search(text, 0, span[0]))


def _cues(text: str, name: str) -> list[tuple[int, int]]:
    found = outside(cues(name, text), quotes(text))
    return [c for c in found if not _masked(text, c, name)]


def level(text: str) -> int:
    """Certainty level of a text: -1 hedged, +1 boosted, 0 neutral or mixed.

    >>> level("Putin could face a coup."), level("Putin will be deposed."), level("Putin left.")
    (-1, 1, 0)
    >>> level("Coffee is linked to cancer."), level("Coffee causes cancer.")
    (-1, 1)
    >>> level("Walkers were less likely to decline, suggests a study.")
    0
    """
    return int(bool(_cues(text, "boosters"))) - int(bool(_cues(text, "hedges")))


# ---------------------------------------------------------------- claim strength

CORRELATIONAL, CONDITIONAL, CAUSAL = 1, 2, 3
NO_RELATION = 0
# A modal within two words before a causal verb makes the claim conditional ("may
# reduce", "could help prevent", "can substantially lower"). "would" is left out: in
# findings it reads as a prediction stated firmly ("would reduce admissions").
_CONDITION = re.compile(
    r"\b(?:may|might|could|can|potentially|possibly|appears?\s+to|seems?\s+to|likely\s+to)"
    r"(?:\s+(?:not\s+)?[\w-]+){0,2}\s+$", re.IGNORECASE)
# A causal verb form after an article, a preposition or a number is a noun or an
# adjective ("a reduced risk", "an increase in", "20% increase"), and after "to" a
# purpose ("strategies to reduce"): no claim that something acts.
_NOT_A_CLAIM = re.compile(r"(?:\b(?:a|an|the|of|with|in|for|to|and|or|its|their|this|these|no|at)"
                          r"|(?<![\w.,])\d[\d.,]*%?)\s+$", re.IGNORECASE)
# After a verb of observation a past participle describes a group ("show increased
# reactivity", "exhibited reduced activity"): a difference observed, correlational.
_SHOWS = re.compile(r"\b(?:show|shows|showed|shown|exhibit|exhibits|exhibited|display|displays|displayed)\s+$",
                    re.IGNORECASE)
# A past participle that opens a sentence is an adjective ("Improved technology may
# ...", "Reduced sleep is linked to ...").
_OPENS = re.compile(r"(?:^|[.!?]\s+)[\"“‘']?$")
# After these, "to" + verb still claims the verb ("appears to increase", "shown to
# reduce"); the first four make the claim conditional.
_CLAIMED_TO = re.compile(r"\b(?:(appears?|seems?|likely|potential)|shown|found|proven|helps?|helped)\s+to\s+$",
                         re.IGNORECASE)
# A base form ("lower", "increase", "cut") is as often a noun or an adjective ("had
# lower mortality"); it is read as a verb only after a modal (above), a pronoun, an
# auxiliary, an adverb or a plural noun ("statins lower", "can help lower").
_VERB_NEXT = re.compile(r"(?:\b(?:they|we|you|do|does|did|will|shall|must|help|helps)"
                        r"|\b(?!(?:has|was|is|this|its|his|less|plus|us|thus)\b)\w\w+(?:s|ly))\s+$",
                        re.IGNORECASE)
_INFLECTED = re.compile(r"(?:s|ed|ing|\s+\w+)$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|nor|neither|failed\s+to|fails\s+to|failing\s+to|n[o']t)"
                      r"(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Claim:
    """How strong a relation a text claims, and the cues that say so."""

    strength: int | None  # None: no relation stated, or none the lexicons know
    spans: tuple[tuple[int, int], ...] = ()


def _causal(text: str, span: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """Strength and span of the causal verb at ``span``; a conditional claim's span
    starts at its modal, since the modal is what an edit changes ("may have been
    weakened" -> "was weakened")."""
    start = max(0, span[0] - 60)
    before = text[start:span[0]]
    if _NEGATED.search(before):
        return NO_RELATION, span
    to = _CLAIMED_TO.search(before)
    if to:
        return (CONDITIONAL if to.group(1) else CAUSAL), (start + to.start(), span[1])
    participle = text[span[1] - 2:span[1]].lower() == "ed"
    if _NOT_A_CLAIM.search(before) or before.endswith("-") or (participle and _OPENS.search(before)):
        return None
    if participle and _SHOWS.search(before):
        return CORRELATIONAL, span
    modal = _CONDITION.search(before)
    if not modal and not _INFLECTED.search(text[span[0]:span[1]]) and not _VERB_NEXT.search(before):
        return None
    return (CONDITIONAL, (start + modal.start(), span[1])) if modal else (CAUSAL, span)


# "to investigate the impact of", "assessed the effects of": an effect studied, not claimed
_STUDIED = re.compile(r"\b(?:investigat|examin|assess|evaluat|stud(?:y|ied|ies|ying)\b|explor|measur|test"
                      r"|determin|quantif)\w*(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)


def _effect(text: str, span: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """Strength and span of a causal noun phrase ("an effect on", "due to"): direct
    causal, conditional after a modal ("may have an effect on"), none when negated
    ("no discernible effect on"); not a claim when studied ("assessed the effect of")."""
    start = max(0, span[0] - 60)
    before = text[start:span[0]]
    if _NEGATED.search(before):
        return NO_RELATION, span
    if _STUDIED.search(before):
        return None
    modal = _CONDITION.search(before)
    return (CONDITIONAL, (start + modal.start(), span[1])) if modal else (CAUSAL, span)


# A comparison between groups is a correlational finding ("had higher mortality than
# patients of younger doctors", "more frequent in cases compared with controls"); at
# least one word must come between, so "more than 500" stays a quantity.
_COMPARISON = re.compile(
    r"\b(?:higher|lower|greater|more|less|fewer|better|worse|larger|smaller|stronger|weaker|poorer)"
    r"\s+(?!than\b)\w[^.;:]{0,60}?\b(?:than|compared\s+(?:with|to)|relative\s+to)\b", re.IGNORECASE)
# With no relation stated, a modal still makes a finding conditional ("could be
# efficacious", "may explain the rise"): Sumner et al. code these as conditional.
_MODAL = re.compile(r"\b(?:may|might|could)\b(?!\s+not\b)", re.IGNORECASE)


# "correlate specifically with", "positively related to": a correlational verb with an
# adverb before its preposition, which the lexicon's fixed phrases do not reach.
_LOOSE_CORRELATION = re.compile(r"\b(?:correlat|associat|relat|link)\w*\s+\w+ly\s+(?:with|to)\b", re.IGNORECASE)


def _comparisons(text: str) -> list[tuple[int, int]]:
    """Spans of the comparatives that state a comparison between groups, and of the
    correlational verbs split by an adverb."""
    spans = [m.span() for pattern in (_COMPARISON, _LOOSE_CORRELATION) for m in pattern.finditer(text)]
    return outside(spans, quotes(text))


def claim(text: str) -> Claim:
    """The relation ``text`` states first, on the scale of Sumner et al. (2014) as Yu
    et al. (2019) use it: correlational < conditional causal < direct causal; a negated
    one is no relation. Relations come from causal verbs (``causal.txt``), causal
    nouns (``effects.txt``: "an effect on", "due to"), correlational phrases
    (``correlational.txt``) and comparisons between groups ("higher mortality than");
    a text that states none but holds a modal ("could be efficacious") is conditional.

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
    """
    found = [c for c in map(lambda span: _causal(text, span), _cues(text, "causal")) if c]
    found += [c for c in map(lambda span: _effect(text, span), _cues(text, "effects")) if c]
    # a comparison of effects ("a greater impact on deaths than") claims the effect
    compared = [c for c in _comparisons(text) if not any(c[0] <= f[1][0] < c[1] for f in found)]
    for span in _cues(text, "correlational") + compared:
        negated = _NEGATED.search(text[max(0, span[0] - 60):span[0]])
        found.append((NO_RELATION if negated else CORRELATIONAL, span))
    if not found:
        modals = outside([m.span() for m in _MODAL.finditer(text)], quotes(text))
        return Claim(CONDITIONAL, tuple(modals[:1])) if modals else Claim(None)
    # the first relation; where a correlational phrase holds a causal word ("increased
    # risk", "lower rates"), the phrase, which starts there too and reaches further
    strength, span = min(found, key=lambda c: (c[1][0], -c[1][1]))
    return Claim(strength, (span,))


def _by_strength(pair: Pair) -> bool:
    """Whether claim strength decides the pair: both sides state a relation, of
    different strength ("linked to" -> "may cause" is stronger, though "may" hedges)."""
    a, b = claim(pair.a).strength, claim(pair.b).strength
    return a is not None and b is not None and a != b


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _same_strength(text: str, other: str) -> bool:
    mine, theirs = claim(text).strength, claim(other).strength
    return mine is not None and mine == theirs


def _sentence_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence (or ``;`` clause) of ``text`` that holds ``span``."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, span[0])), default=0)
    end = _SENTENCE_END.search(text, span[1])
    return lo, end.end() if end else len(text)


_CLAUSE_START = re.compile(r"[,;:(]|\bthat\b|\bwhich\b", re.IGNORECASE)


def _scoped_cues(text: str, other: str, name: str) -> list[tuple[int, int]]:
    """The cues of lexicon ``name`` that qualify the claim. When both sides state a
    relation of the same strength, only those in the clause that states it, less the
    relation cue ("Walkers *may* be less likely to ..."): a report's added sentences
    bring hedges of their own ("..., and could help find new treatments"), a framing
    verb ("studies suggest that ...") credits rather than weakens the finding, and
    "linked to" against "links" is the same claim, not a hedge dropped. Otherwise
    every cue of the text."""
    found = _cues(text, name)
    if not _same_strength(text, other):
        return found
    main = claim(text).spans[0]
    lo, hi = _sentence_of(text, main)
    lo = max([lo, *(m.end() for m in _CLAUSE_START.finditer(text, lo, main[0]))])
    after = _CLAUSE_START.search(text, main[1], hi)
    hi = after.start() if after else hi
    return [c for c in found if lo <= c[0] < hi and not main[0] <= c[0] < main[1]]


def _level(text: str, other: str) -> int:
    """:func:`level` of ``text`` from the cues that qualify its claim (:func:`_scoped_cues`)."""
    return int(bool(_scoped_cues(text, other, "boosters"))) - int(bool(_scoped_cues(text, other, "hedges")))


def certainty_change(pair: Pair) -> int:
    """Signed change in certainty from source to target (positive: more certain): by
    claim strength where it decides, else by the hedges and boosters in scope."""
    if pair.link.kind not in _COMPARED:
        return 0
    if _by_strength(pair):
        return 1 if claim(pair.b).strength > claim(pair.a).strength else -1
    return _level(pair.b, pair.a) - _level(pair.a, pair.b)


def _edited(pair: Pair, span: tuple[int, int], side: str) -> bool:
    """Whether the cue at ``span`` was edited while its claim stayed: a replacement, or
    a cue dropped (or added) alone with the claim it qualifies still on the other side
    ("is reportedly ill" -> "is ill"; not ", who may resign," cut whole)."""
    op = op_at(pair, span, side)
    if op is None:
        return False
    na, nb = n_words(pair.a, op.a_start, op.a_end), n_words(pair.b, op.b_start, op.b_end)
    if na and nb:
        return True
    if max(na, nb) >= CLAUSE:
        return False
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    qualified = [w for w in content_stems(text[span[1]:span[1] + 40]) if w not in _VERBS_OF_BEING][:1]
    return not qualified or qualified[0] in content_stems(other)


def _shifted_cues(pair: Pair, went: str, came: str) -> tuple[list, list]:
    """The cues whose edit can show the shift: the claim-strength cues of both sides
    when strength decides, else the ``went`` cues of the source and ``came`` of the target."""
    if _by_strength(pair):
        return list(claim(pair.a).spans), list(claim(pair.b).spans)
    return _scoped_cues(pair.a, pair.b, went), _scoped_cues(pair.b, pair.a, came)


def _evidence(pair: Pair, went: str, came: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source, target) of a certainty shift: a source cue that was edited, or a
    target cue that was; None when neither was."""
    in_a, in_b = _shifted_cues(pair, went, came)
    for span in in_a:
        if _edited(pair, span, "a"):
            there = evidence_in(pair, span, "a")
            inside = [c for c in in_b if there[0] <= c[0] < there[1]]
            return span, inside[0] if inside else there
    for span in in_b:
        if _edited(pair, span, "b"):
            return evidence_in(pair, span, "b"), span
    return None


@rule(
    "hedge-removed",
    bad=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin will face a coup."),
        ("The minister is apparently ill.", "The minister is ill."),
        ("The drug may reduce deaths.", "The drug reduces deaths."),
        ("Coffee is linked to cancer, a study suggests.", "Coffee causes cancer, a study proves."),
        ("He is said to be furious.", "He is clearly furious."),
        ("Kremlin on alert over possible coup", "Kremlin on alert as generals set to oust Putin"),
        ("Coffee drinking is associated with lower rates of MS.", "Coffee drinking may lower the risk of MS."),
        ("The new bypass is linked to fewer crashes, police say.", "The new bypass has cut crashes, police say."),
        ("The harbour wall may have been weakened by neglect.", "The harbour wall was weakened by neglect."),
        ("Plain packs appear to increase attention to warnings.", "Plain packs increase attention to warnings."),
        ("Coffee is linked to lower MS rates, which could reduce the burden of care.",
         "Coffee may lower MS rates, which could reduce the burden of care."),
        ("Statins may have a protective effect on the heart.", "Statins have a protective effect on the heart."),
        ("Patients of older doctors had higher mortality than patients of younger doctors.",
         "Patients of older doctors died because of their doctors' age."),
    ],
    good=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin might face a coup."),
        ("Putin may be bracing for a coup.", "Putin is reportedly facing a coup."),
        ("He called it “a possible coup”.", "He called it “a coup”."),
        ("The minister is ill.", "The minister is unwell."),
        ("The minister, who may resign, met the president on Monday.", "The minister met the president."),
        ("Taxes on sugary drinks reduce obesity.", "Sugary drink taxes cut obesity."),
        ("Patients had a reduced risk of death.", "Patients were less likely to die."),
        ("Night shifts are linked to poor sleep.", "A study links night shifts to poor sleep."),
        ("Patients of older doctors had higher mortality than patients of younger doctors.",
         "Older doctors' patients were more likely to die, the study suggests."),
        ("Researchers assessed the effect of salt on blood pressure.",
         "Researchers assessed how salt affects blood pressure."),
    ],
)
def hedge_removed(pair: Pair):
    """A claim became more certain: a hedge was dropped or strengthened."""
    if certainty_change(pair) > 0:
        found = _evidence(pair, "hedges", "boosters")
        if found:
            yield Evidence("claim made more certain", source=found[0], target=found[1])


@rule(
    "hedge-added",
    bad=[
        ("The minister is ill.", "The minister may be ill."),
        ("Putin will be deposed shortly.", "Putin could be deposed."),
        ("The drug reduces deaths.", "The drug might reduce deaths."),
        ("The mayor resigned.", "The mayor reportedly resigned."),
        ("Prices will rise.", "Prices are expected to rise."),
        ("Smoking causes cancer.", "Smoking is linked to cancer."),
        ("Tariffs raised prices for shoppers.", "Tariffs are linked to higher prices for shoppers."),
        ("Walkers were less likely to show memory decline.", "Walkers may be less likely to show memory decline."),
        ("Cutting salt lowers blood pressure.", "Cutting salt is associated with lower blood pressure."),
        ("Night shifts may worsen sleep, which raises the risk of crashes.",
         "Night shifts are linked to poor sleep, which raises the risk of crashes."),
        ("Night shifts may worsen sleep.", "A study links night shifts to poor sleep."),
        ("Walkers were less likely to decline. The study was large.",
         "Walkers may be less likely to decline. The study was large."),
        ("Air pollution has an effect on deaths from heart disease.",
         "Air pollution may have an effect on deaths from heart disease."),
    ],
    good=[
        ("The minister may be ill.", "The minister might be ill."),
        ("The minister is ill.", "The minister is unwell."),
        ("He said it “will happen”.", "He said it “may happen”."),
        ("The minister resigned.", "The minister resigned on Monday, and may leave politics altogether."),
        ("Smokers were more likely to develop asthma.", "Smokers were more likely to get asthma, suggests a study."),
        ("Drinking coffee may reduce the risk of MS.", "Coffee might cut the risk of MS."),
        ("The pill was not associated with an increased risk of clots.", "The pill did not raise the risk of clots."),
        ("Impulsivity was correlated with superstition, and may increase false beliefs.",
         "Impulsivity is linked to superstition."),
        ("Walkers were less likely to decline. The study was large.",
         "Walkers were less likely to decline. The study was large and may be repeated."),
    ],
)
def hedge_added(pair: Pair):
    """A claim became less certain: a hedge appeared or a booster went."""
    if certainty_change(pair) < 0:
        found = _evidence(pair, "boosters", "hedges")
        if found:
            yield Evidence("claim made less certain", source=found[0], target=found[1])


RULES = (hedge_removed, hedge_added)
