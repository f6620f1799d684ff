"""Certainty rules: a claim became more or less certain.

Two measures of each side, from cues outside quotation marks (quotes belong to the
quote rules). Claim strength (:mod:`mutate.rules.strength`: correlational <
conditional causal < direct causal, a relation denied lowest) decides when both sides
state a relation and the strengths differ, so "is linked to" -> "may cause" reads as
stronger although "may" hedges. Otherwise the certainty level does: -2 when hedged
as possible ("could", "reportedly", "said to be"), -1 as probable ("likely to",
"expected to"), +2 when boosted ("will", "clearly", "set to"), the sum when both, 0
when neither (:mod:`mutate.rules.hedging` reads the cues); with equal strengths, only
the cues in the clause stating the relation count, or a framing verb swapped in place
("found that" -> "suggested that"), or a hedge cut alone (:mod:`mutate.rules.scope`).
Up is hedge-removed, down is hedge-added.
Comparing levels rather than cues keeps a rewrite that swaps one hedge for another of
its degree ("may be bracing" / "is reportedly facing") from reading as a change, while
"is likely to face" -> "could face" weakens the claim.

A change only counts where the word diff shows the cue itself edited: the hedge that
went (or the booster that came) must sit in a local edit, not in a clause that was cut
or added whole; otherwise the claim was dropped, which is not the same claim made
surer. Evidence is the cue on one side and what it became on the other ("could face"
-> "will").
"""

from __future__ import annotations

import re

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import CLAUSE, content_stems, counterpart, evidence_in, lexical_stems, n_words, op_at
from .hedging import cues_in, graded
from .scope import in_scope
from .sources import cues_outside_quotes
from .strength import claim

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
_VERBS_OF_BEING = frozenset({"been", "being", "will", "shall", "would", "could", "might", "must"})


def _by_strength(pair: Pair) -> bool:
    """Whether claim strength decides the pair: both sides state a relation, of
    different strength ("linked to" -> "may cause" is stronger, though "may" hedges)."""
    a, b = claim(pair.a).strength, claim(pair.b).strength
    return a is not None and b is not None and a != b


def _one_sided(pair: Pair) -> bool:
    """Whether only one side states a relation, and its hedges are the relation's own
    ("87% took the test" -> "tests could help wipe out hepatitis"): a claim made or
    dropped, which is not the same claim made more or less certain. A modal alone ("is
    ill" -> "may be ill") is not a relation here, and a hedge outside the relation ("a
    coup could be imminent is strengthened by ...") still counts."""
    a, b = claim(pair.a), claim(pair.b)
    if (a.strength is None) == (b.strength is None) or a.modal_only or b.modal_only:
        return False
    side, text, read = ("a", pair.a, a) if a.strength is not None else ("b", pair.b, b)
    lo, hi = read.spans[0]
    if _verb_swapped(pair, read.spans[0], side):
        return False
    return all(lo <= c[0] < hi for name in ("hedges", "boosters") for c in cues_in(text, name))


def _verb_swapped(pair: Pair, relation: tuple[int, int], side: str) -> bool:
    """Whether the verb stating the relation was swapped, in its slot, for one word the
    lexicons do not read as a relation ("could affect hydropower" -> "will devastate
    hydropower", "supports 900 families" -> "helps 900 families"): the same claim in
    other words, so its hedges still compare, where a claim made or dropped is rewritten
    around them."""
    text = pair.a if side == "a" else pair.b
    last_space = text.rfind(" ", relation[0], relation[1])  # "could affect": the verb is its last word
    verb = (last_space + 1 if last_space >= 0 else relation[0], relation[1])
    op = op_at(pair, verb, side)
    if op is None:
        return False
    na, nb = n_words(pair.a, op.a_start, op.a_end), n_words(pair.b, op.b_start, op.b_end)
    lo, hi = counterpart(pair, verb, side)
    other = pair.b if side == "a" else pair.a
    return 0 < min(na, nb) and max(na, nb) <= 3 and len(lexical_stems(other[lo:hi])) == 1


def _modal_moved(pair: Pair) -> bool:
    """Whether both sides' claims are a modal alone and the source's modal was edited
    into words that hold none of the target's: the hedge went from its clause ("the
    smelter may be the main source" -> "is the main source"), and the target's modal
    is another clause's ("though soil could also play a part"), so the clauses the two
    modals stand in do not compare and every cue counts."""
    a, b = claim(pair.a), claim(pair.b)
    if not (a.modal_only and b.modal_only) or op_at(pair, a.spans[0], "a") is None:
        return False
    lo, hi = counterpart(pair, a.spans[0], "a")
    return not lo <= b.spans[0][0] < hi


def certainty_change(pair: Pair) -> int:
    """Signed change in certainty from source to target (positive: more certain): by
    claim strength where it decides, else by the hedges and boosters in scope."""
    if pair.link.kind not in _COMPARED:
        return 0
    if _one_sided(pair):
        return 0
    if _by_strength(pair):
        return 1 if claim(pair.b).strength > claim(pair.a).strength else -1
    # each side's :func:`level`, from the cues that qualify its claim (:func:`mutate.rules.scope.in_scope`)
    whole = _modal_moved(pair)
    hedges_a = _said_again(pair, "a", in_scope(pair, "a", "hedges", whole))
    hedges_b = _said_again(pair, "b", in_scope(pair, "b", "hedges", whole))
    level_a = graded(pair.a, _told_forward(pair.a, in_scope(pair, "a", "boosters", whole), pair.b), hedges_a)
    level_b = graded(pair.b, _told_forward(pair.b, in_scope(pair, "b", "boosters", whole), pair.a), hedges_b)
    return level_b - level_a or _hedge_dropped(pair, hedges_a, hedges_b)


def _said_again(pair: Pair, side: str, hedges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``hedges`` less those the other side says again in their place as a source's verb
    ("The slide was estimated to be 150 metres wide" -> "Rescuers estimated the slide to
    be 150 metres wide"): the estimate is still an estimate, now credited. A cue of the
    same word elsewhere ("The group believes ..." beside "are believed to be ...") is
    another claim's."""
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    cues = cues_outside_quotes(other)
    out = []
    for h in hedges:
        words = set(lexical_stems(text[h[0]:h[1]]))
        lo, hi = counterpart(pair, h, side)
        there = [c for c in cues if c[0] < hi + NEAR and lo - NEAR < c[1]]
        if not words or not any(words <= set(lexical_stems(other[c[0]:c[1]])) for c in there):
            out.append(h)
    return out


NEAR = 20  # characters around a hedge's counterpart where a source's verb may say it again


def _told_forward(text: str, boosters: list[tuple[int, int]], other: str) -> list[tuple[int, int]]:
    """``boosters`` less a plain "will" where the other side reports the same future with
    "would" ("The trust said it would run a minibus" -> "A minibus will run, the trust
    said"): the tense of reported speech, not a surer claim."""
    if not _WOULD.search(other):
        return boosters
    return [b for b in boosters if text[b[0]:b[1]].lower() not in ("will", "’ll", "'ll")]


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)


def _hedge_dropped(pair: Pair, hedges_a: list[tuple[int, int]], hedges_b: list[tuple[int, int]]) -> int:
    """+1 when a hedge went and none came, -1 for the reverse, at the same level: a
    second hedge dropped beside one that stays ("figures suggested that demand may
    have peaked" -> "... had peaked") still makes the claim surer, while a hedge
    swapped for another ("may" -> "might", "suggests" -> "suggested") does not, nor does
    a hedge said again in the second half of a split ("is expected to sign ..., with an
    option" -> "... The contract is expected to include an option")."""
    went = {pair.a[lo:hi].lower() for lo, hi in hedges_a}
    came = {pair.b[lo:hi].lower() for lo, hi in hedges_b}
    went, came = went - came, came - went
    return 0 if bool(went) == bool(came) else 1 if went else -1


_WHETHER = content_stems("whether")[0]


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
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    if max(na, nb) >= CLAUSE:  # a clause cut whole, unless it is the frame of a claim kept
        end = op.a_end if side == "a" else op.b_end  # right after it ("keeping an open mind about whether")
        between = [w for w in content_stems(text[span[1]:end]) if w != _WHETHER]
        return not between and end < len(text.rstrip(" .!?"))
    # the claim it qualifies is its verb, or the verb's object where the cue came or went
    # alone and the verb was swapped apart from it ("now plans a trial" -> "may now run a
    # trial"; not ", who may resign," cut whole)
    lo, hi = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
    alone = not content_stems(text[lo:span[0]] + " " + text[span[1]:hi])
    qualified = [w for w in content_stems(text[span[1]:span[1] + 40]) if w not in _VERBS_OF_BEING][:2 if alone else 1]
    return not qualified or bool(set(qualified) & set(content_stems(other)))


def _shifted_cues(pair: Pair, went: str, came: str) -> tuple[list, list]:
    """The cues whose edit can show the shift: the claim-strength cues of both sides
    when strength decides, else the ``went`` cues of the source and ``came`` of the target."""
    if _by_strength(pair):
        return list(claim(pair.a).spans), list(claim(pair.b).spans)
    whole = _modal_moved(pair)
    return in_scope(pair, "a", went, whole), in_scope(pair, "b", came, whole)


def _evidence(pair: Pair, went: str, came: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source, target) of a certainty shift: a source cue that was edited, or a
    target cue that was; None when neither was."""
    in_a, in_b = _shifted_cues(pair, went, came)
    for span in in_a:
        if _edited(pair, span, "a"):
            there = evidence_in(pair, span, "a")
            inside = [c for c in in_b if there[0] <= c[0] < there[1]] or [c for c in in_b if _edited(pair, c, "b")]
            return span, inside[0] if inside else there
    for span in in_b:
        if _edited(pair, span, "b"):
            return evidence_in(pair, span, "b"), span
    return None


@rule(
    "hedge-removed",
    bad=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin will face a coup."),
        ("Police said they were keeping an open mind about whether the drones were flown deliberately.",
         "Police said the drones were flown deliberately."),
        ("The minister is apparently ill.", "The minister is ill."),
        ("The drug may reduce deaths.", "The drug reduces deaths."),
        ("Coffee is linked to cancer, a study suggests.", "Coffee causes cancer, a study proves."),
        ("He is said to be furious.", "He is clearly furious."),
        ("The figures were a sign that the plan is working.", "The figures were proof that the plan is working."),
        ("Kremlin on alert over possible coup", "Kremlin on alert as generals set to oust Putin"),
        ("Coffee drinking is associated with lower rates of MS.", "Coffee drinking may lower the risk of MS."),
        ("The new bypass is linked to fewer crashes, police say.", "The new bypass has cut crashes, police say."),
        ("Older people on statins have fewer blood clots.", "Statins prevent blood clots in older people."),
        ("The harbour wall may have been weakened by neglect.", "The harbour wall was weakened by neglect."),
        ("Plain packs appear to increase attention to warnings.", "Plain packs increase attention to warnings."),
        ("Coffee is linked to lower MS rates, which could reduce the burden of care.",
         "Coffee may lower MS rates, which could reduce the burden of care."),
        ("Statins may have a protective effect on the heart.", "Statins have a protective effect on the heart."),
        ("In mice, inflammation appears to cause pain.", "Inflammation causes pain in mice."),
        ("Cannabis could make people less willing to work.", "Cannabis makes people less willing to work."),
        ("Patients of older doctors had higher mortality than patients of younger doctors.",
         "Patients of older doctors died because of their doctors' age."),
        ("The strike could close the airport.", "The strike is likely to close the airport."),
        ("Figures suggested that demand may have peaked.", "Figures suggested that demand had peaked."),
        ("Police are hopeful that the paintings will be recovered.",
         "Police are confident that the paintings will be recovered."),
        ("The strike is expected to affect around 420 flights.", "The strike will affect 420 flights."),
        ("The loss of water could affect hydropower.", "The loss of water will devastate hydropower."),
        ("The findings suggest the smelter may be the main source, though soil could also play a part.",
         "The findings suggest the smelter is the main source, though soil could also play a part."),
        ("The group will try to force a referendum.", "The group will force a referendum."),
        ("It said it expected services to be restored by Wednesday.", "It said services would be restored by Wednesday."),
        ("Late phone use is linked to less sleep, study finds", "Late phone use is linked to less sleep, study proves"),
        ("He said higher rates were likely to hurt small firms more than they would cool prices.",
         "He said higher rates would hurt small firms more than they would cool prices."),
        ("The link was seen for both ground and instant coffee.",
         "The protective effect was seen for both ground and instant coffee."),
        ("Older adults who walk a dog most days may have lower blood pressure than those who do not.",
         "Older adults who walk a dog most days have lower blood pressure than those who do not."),
        ("The company said it hoped to make a final decision by September.",
         "The company said it would make a final decision by September."),
        ("The company said an engine appeared to shut down early, but it was too soon to say what had caused "
         "the failure.",
         "The company said an engine shut down early, but it was too soon to say what had caused the failure."),
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
        ("Protein, and not sugar, may activate the cells.", "Protein and not sugar may activate the cells."),
        ("Patients who died of natural causes were older.", "Patients who died of natural causes were older, it said."),
        ("Acupuncture was not associated with less opioid use.", "Needles don't cut painkiller use, study finds."),
        ("Stress in pregnancy may alter the infant brain.",
         "Researchers scanned the brains of 200 babies in their first month."),
        ("Guards have tightened security around the Kremlin.", "Guards have increased security around the Kremlin."),
        ("Inflation fell to 3.1% in May.", "Inflation fell to 3.1% in April."),
        ("The strike is likely to close the airport.", "The strike will probably close the airport."),
        ("The plant supports 900 families.", "The plant helps 900 families."),
        ("He is expected to sign a contract, with an option for a further year.",
         "He is expected to sign a contract. The contract is expected to include an option for a further year."),
        ("Figures suggested that demand may have peaked.", "Figures suggested that demand might have peaked."),
        ("The group tried to force a vote.", "The group attempted to force a vote."),
        ("Sales rose faster than expected.", "Sales rose faster than forecast."),
        ("Customers were asked to save water where possible.", "Customers were asked to save water."),
        ("The trust said it would run a free minibus from the leisure centre.",
         "A free minibus will run from the leisure centre, the trust said."),
        ("The slide was estimated to be about 150 metres wide.", "Rescuers estimated the slide to be about 150 metres wide."),
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
        ("The report found that repairs were postponed.", "The report suggested that repairs were postponed."),
        ("The minister is ill.", "The minister may be ill."),
        ("Putin will be deposed shortly.", "Putin could be deposed."),
        ("The drug reduces deaths.", "The drug might reduce deaths."),
        ("The mayor resigned.", "The mayor reportedly resigned."),
        ("Prices will rise.", "Prices are expected to rise."),
        ("The regulator, due to start work next year, will have powers to block owners.",
         "The regulator, due to start work next year, is expected to have powers to block owners."),
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
        ("Nanotubes pose a health risk.", "Nanotubes may pose a health risk."),
        ("The trial shows the drug is effective.", "The trial shows the potential of the drug."),
        ("The new drug was more effective than placebo at preventing migraine.", "The new drug may prevent migraine."),
        ("He was likely to face a retrial.", "He could face a retrial."),
        ("The team now plans a trial, starting next spring.", "The team may now run a trial, starting next spring."),
        ("Meteorites picked up quickly are more valuable to science.",
         "Meteorites picked up quickly tend to be more valuable to science."),
        ("Fares are expected to rise in May.", "Fares may rise in May."),
        ("Swiss glaciers lost around 4% of their volume in 2023.",
         "Swiss glaciers are estimated to have lost around 4% of their volume in 2023."),
        ("An engine shut down early, and it is unclear what caused the failure.",
         "An engine appeared to shut down early, and it is unclear what caused the failure."),
        ("Owners who rarely walked their dogs had similar blood pressure, and their risk was no lower.",
         "Owners who rarely walked their dogs appeared to have similar blood pressure, and their risk was no lower."),
        ("The inspector found that the wind farm would not have a significant effect on the bog.",
         "The inspector found that the wind farm was unlikely to have a significant effect on the bog."),
        ("The team plans to follow the children until age eight.", "The team hopes to follow the children until age eight."),
    ],
    good=[
        ("Common drug may slow memory decline, small trial suggests",
         "Small trial suggests common drug may slow memory decline"),
        ("Carriers of the variant had higher odds of the disease.",
         "Carriers of the variant have a 60% higher chance of the disease."),
        ("Night nurses reported more depression than day staff.", "Night nurses were twice as likely to report depression."),
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
        ("Of 6,412 teenagers surveyed, 9.8% vaped.", "Teen vaping linked to shops flouting age rules."),
        ("Of 2,000 pharmacy customers, 87% took the test.", "Pharmacy tests could help wipe out hepatitis C."),
        ("He will be sentenced on 14 March.", "He will be sentenced on 14 May."),
        ("Fares are likely to rise.", "Fares are expected to rise."),
        ("Customers were unable to log in on Monday.", "Customers could not log in on Monday."),
        ("The city will contribute $180m in bonds.\n\nThe rest will be paid by the team's owners.",
         "The city will contribute $180m in bonds, with the rest paid by the team's owners."),
    ],
)
def hedge_added(pair: Pair):
    """A claim became less certain: a hedge appeared or a booster went."""
    if certainty_change(pair) < 0:
        found = _evidence(pair, "boosters", "hedges")
        if found:
            yield Evidence("claim made less certain", source=found[0], target=found[1])


RULES = (hedge_removed, hedge_added)
