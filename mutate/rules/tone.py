"""Tone rules: wording made stronger or toned down ("rose" -> "soared", "very" ->
"extremely", "criticism" -> "fierce criticism").

Degree words come from ``lexicons/intensifiers.txt``, each with a level on a scale
(degree, rise, fall, criticism, feeling). Per scale a side scores the sum of
``level - 1`` over its degree words outside quotation marks (a plain word scores 0, a
diminisher -1), and the rule fires when the score moved and a degree word sits in
what the word diff changed locally: a word that only moved within the sentence, or
went with a clause cut whole, is not a change of tone. An extreme word that took the
place of a plain word on no scale ("flooded" -> "devastated") counts as stronger too. Where the scales see nothing stronger, a strongly negative word of feeling
brought in by a small edit counts (:mod:`.emotive`). Inside quotes the quote rules speak instead.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import LinkKind, Pair
from ..segment import headline_shaped
from . import emotive
from .base import Evidence, rule
from .edits import content_stems, counterpart, evidence_in, lexical_stems, local_edit, n_words, op_at
from .text import degree, outside, quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)


def _scored(text: str) -> list[tuple[int, int, int, str]]:
    marks = quotes(text)
    return [d for d in degree(text) if outside([(d[0], d[1])], marks)]


def scores(text: str) -> dict[str, int]:
    """Per scale, how strong the wording outside quotes is (0 for plain wording).

    >>> dict(scores("Prices soared amid fierce criticism, “very bad” he said."))
    {'rise': 2, 'degree': 1, 'criticism': 0}
    """
    out: dict[str, int] = defaultdict(int)
    for *_, level, scale in _scored(text):
        out[scale] += level - 1
    return out


def shifts(pair: Pair) -> list[tuple[str, int, tuple[int, int] | None, tuple[int, int] | None]]:
    """(scale, change, source word, target word) for every scale whose strength moved."""
    if pair.link.kind not in _COMPARED:
        return []
    sa, sb = scores(pair.a), scores(pair.b)
    out = []
    for scale in sorted(set(sa) | set(sb)):
        delta = sb.get(scale, 0) - sa.get(scale, 0)
        if not delta:
            continue
        words_a = [(s, e, lvl) for s, e, lvl, sc in _scored(pair.a) if sc == scale and _swapped(pair, (s, e), sc, "a")]
        words_b = [(s, e, lvl) for s, e, lvl, sc in _scored(pair.b) if sc == scale and _swapped(pair, (s, e), sc, "b")]
        # stronger: a strong word came (or a diminisher went); weaker: the reverse
        came, went = (words_b, words_a) if delta > 0 else (words_a, words_b)
        side, other = ("b", "a") if delta > 0 else ("a", "b")
        strongest = max(came, key=lambda w: w[2], default=None)
        if strongest and strongest[2] >= 2:
            here = strongest[:2]
        elif went and min(w[2] for w in went) == 0:
            here, side = went[0][:2], other
        else:
            continue
        there = evidence_in(pair, here, side)
        same_scale = [(a, b) for a, b, _, sc in degree((pair.a if side == "b" else pair.b)[there[0]:there[1]])
                      if sc == scale]
        if same_scale:  # "rose 5%" -> "soared 50%": show the two verbs
            there = (there[0] + same_scale[0][0], there[0] + same_scale[0][1])
        out.append((scale, delta, here, there) if side == "a" else (scale, delta, there, here))
    if not any(delta > 0 for _, delta, _, _ in out):  # words of feeling off the degree scales
        out += emotive.shifts(pair) or _headline_shift(pair)
    return out


def _headline_shift(pair: Pair) -> list[tuple[str, int, tuple[int, int], tuple[int, int]]]:
    """The first extreme word a rewritten headline brought in, when no edit of the word
    diff shows it: a tabloid rewrites its headline whole ("Divers find wreck of Victorian
    steamer" -> "Ghost ship found: divers uncover haunting wreck of doomed steamer"),
    so the word has no counterpart to be weighed against. An extreme word of the degree
    scales (level 3) that the source headline has no word of its stem for counts; a word
    only felt strongly does not, since headlines are full of them as facts ("kills",
    "ban")."""
    if not all("\n" not in text.strip() and headline_shaped(text) for text in (pair.a, pair.b)):
        return []
    kept = set(content_stems(pair.a))
    if any(lvl >= 3 for *_, lvl, _ in _scored(pair.a)):
        return []
    strong = [(s, e) for s, e, lvl, _ in _scored(pair.b) if lvl >= 3 and not set(content_stems(pair.b[s:e])) & kept]
    if not strong:
        return []
    word = min(strong)
    return [("headline", 1, evidence_in(pair, word, "b"), word)]


def _swapped(pair: Pair, span: tuple[int, int], scale: str, side: str) -> bool:
    """Whether a degree word was swapped for another of its scale ("rose" -> "soared",
    "very" -> "extremely"), or a modifier added or dropped before a word that stays
    ("criticism" -> "fierce criticism"): not a word that went with the clause it was in."""
    if not local_edit(pair, span, side):
        return False
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    lo, hi = counterpart(pair, span, side)
    there = [d for d in degree(other) if lo <= d[0] < hi]  # read in context: "declined to comment"
    if any(sc == scale or _KIN.get(sc) == scale for *_, sc in there):
        return True  # "would fall to 480 tonnes" -> "would be slashed to": both say less
    if hi > lo and not there and _for_a_plain_word(text[span[0]:span[1]], other[lo:hi]):
        return True
    if scale == "loaded":  # brought by this version: the other has no word of its stem
        return not set(content_stems(text[span[0]:span[1]])) & set(content_stems(other))
    if scale not in _MODIFIERS:
        return False
    # the word it qualifies stays, perhaps in another form ("appealed for" -> "made an
    # urgent appeal for"); an adjective of feeling or judgement qualifies the very next
    # word ("angry residents", not "devastated by a storm")
    after = text[span[1]:span[1] + 30]
    if scale != "degree":
        after = (after.split() or [""])[0]
    heads = content_stems(after)[:2]
    # an adverb that ends its clause grades what came before: "inspected urgently.", "hit them hardest."
    if not heads and (scale == "degree" or text[span[0]:span[1]].lower().endswith("ly")):
        heads = content_stems(text[max(0, span[0] - 30):span[0]])[-1:]
    # what the other side has in its place; a function word there ("Some residents" ->
    # "Terrified residents") leaves the qualified word outside the swap, so read all of it
    kept = [w for w in content_stems(other[lo:hi]) if w not in _NEGATORS] if hi > lo else []
    kept = kept or content_stems(other)  # ... and so does a negation ("far from conclusive" -> "not conclusive")
    if heads and heads[0] in kept:
        return True
    # "the heavily congested Parkway" -> "the Parkway": the degree word went with the
    # one word it graded, and the thing described stays
    return scale == "degree" and len(heads) == 2 and heads[1] in kept and _graded_word_went(pair, span, side)


def _graded_word_went(pair: Pair, span: tuple[int, int], side: str) -> bool:
    """Whether the edit at ``span`` adds or drops just the degree word and the word after it."""
    op = op_at(pair, span, side)
    na, nb = n_words(pair.a, op.a_start, op.a_end), n_words(pair.b, op.b_start, op.b_end)
    return min(na, nb) == 0 and max(na, nb) == 2


_MODIFIERS = frozenset({"degree", "feeling", "disapproval"})  # scales of words that qualify another
_NEGATORS = frozenset({"not", "no", "never"})
_KIN = {"fall": "cut", "cut": "fall"}  # scales of one direction: a fall and a cut both make less


def _for_a_plain_word(word: str, other: str) -> bool:
    """Whether an extreme word stands one for one where a word on no scale stood
    ("flooded" -> "devastated", "hit" -> "ravaged"): the neutral verb has no entry to
    compare with, yet the wording plainly grew stronger. A word of another scale does
    not count ("rose" -> "plunged" is a change of direction, not of tone; the caller
    reads the plain side's words in their sentence, where "declined to comment" is on
    no scale), nor does a mild or strong word, whose plain counterpart may simply mean
    something else. The
    plain side is one content word, with its stop words ("the fastest losses" ->
    "catastrophic losses", "could affect" -> "will devastate")."""
    levels = [lvl for *_, lvl, _ in degree(word)]
    return bool(levels) and min(levels) >= 3 and len(lexical_stems(other)) == 1


@rule(
    "intensifier-added",
    bad=[
        ("Social media activity has accelerated.", "Social media activity has surged."),
        ("He faced criticism over the war.", "He faced fierce criticism over the war."),
        ("Prices rose in May.", "Prices soared in May."),
        ("The president is very worried.", "The president is extremely worried."),
        ("The minister criticised the plan.", "The minister slammed the plan."),
        ("The army took heavy losses.", "The army took massive losses."),
        ("The council will cut opening hours.", "The council will slash opening hours."),
        ("Council approves cuts to library hours", "Council slashes library hours"),
        ("Nordlys to cut 1,800 jobs", "Nordlys to axe 1,800 jobs"),
        ("The storm flooded the harbour.", "The storm devastated the harbour."),
        ("Scores were 12% higher.", "Scores were a striking 12% higher."),
        ("Residents asked the council for sandbags.", "Residents begged the council for sandbags."),
        ("Sales have risen this year.", "Sales have been soaring this year."),
        ("A large crowd gathered.", "A huge crowd gathered."),
        ("He denied the claim.", "He flatly denied the claim."),
        ("He refused to comment.", "He refused point-blank to comment."),
        ("Support for the party fell to 30%.", "Support for the party collapses to 30%."),
        ("Glaciers lost ice, with the fastest losses at lower altitudes.",
         "Glaciers lost ice, with catastrophic losses at lower altitudes."),
        ("The director stole £1.8 million from the charity.", "The director plundered £1.8 million from the charity."),
        ("The prosecutor appealed for witnesses.", "The prosecutor made an urgent appeal for witnesses."),
        ("Central bank raises interest rates to 5.25%\n\nThe bank raised its main rate on Thursday.",
         "Rate rise misery as central bank hammers homeowners\n\nThe bank raised its main rate on Thursday."),
        ("More than 60 aftershocks have struck the region.", "More than 60 aftershocks have rocked the region."),
        ("More than 300 residents signed up to speak.", "More than 300 angry residents signed up to speak."),
        ("Two ferry firms agree £1.2 billion merger", "Two ferry firms agree controversial £1.2 billion merger"),
        ("The heat will have a significant impact on health.", "The heat will have a severe impact on health."),
        ("Common blood pressure drug may slow memory decline", "Miracle blood pressure drug may slow memory decline"),
        ("9,000 evacuated as wildfire threatens Penticton", "9,000 evacuated as inferno threatens Penticton"),
        ("The worst readings were on the Parkway.", "The worst readings were on the heavily congested Parkway."),
        ("Water flooded the town, and 120 homes were affected.", "Water flooded the town, and 120 homes were wrecked."),
        ("Regulator fines suppliers for overcharging customers\n\nThe regulator fined three suppliers.",
         "Greedy energy giants fined for ripping off customers\n\nThe regulator fined three suppliers."),
        ("Turnout was 12% in the ward.", "Turnout was a mere 12% in the ward."),
        ("Some residents said they had long worried about the trains.",
         "Terrified residents said they had long worried about the trains."),
        ("Police closed two roads during the search.", "Police closed two roads during the frantic search."),
        ("Harwick City agree €85m deal for Caio Mendes", "Harwick City agree monster €85m deal for Caio Mendes"),
        ("The manager declined to discuss the talks.", "The manager refused point-blank to discuss the talks."),
        ("Two schools kept students indoors during the break.", "Two schools kept frightened students indoors during the break."),
        ("Dog owners who rarely walked had similar blood pressure.",
         "Lazy dog owners who rarely walked had similar blood pressure."),
        ("Campaigners said the figures were a verdict on the government's record.",
         "Campaigners said the figures were a damning verdict on the government's record."),
        ("Residents have complained for years that the slope is poorly maintained.",
         "Residents have complained bitterly for years that the slope is poorly maintained."),
        ("Port workers to strike for 48 hours in pay dispute", "Port workers to strike for 48 hours in bitter pay war"),
        ("The catch would fall to 480 tonnes this season.", "The catch would be slashed to 480 tonnes this season."),
        ("Swimming has become increasingly popular in Britain.", "Swimming has become wildly popular in Britain."),
        ("Experts said the results were interesting but needed confirming.",
         "Experts said the results were exciting but needed confirming."),
        ("Scottish cinema chain Glenmorven Pictures calls in administrators\n\nThe chain runs 12 cinemas.",
         "Scottish cinema chain Glenmorven Pictures collapses into administration\n\nThe chain runs 12 cinemas."),
        ("Fireball seen across Ireland as meteorite fragments found on Tyrone farm\n\nIt fell on Thursday.",
         "Space rock smashes into Tyrone farm after massive fireball lights up Ireland\n\nIt fell on Thursday."),
        ("The water company has faced criticism over leaks.", "The water company has faced a storm of criticism over leaks."),
        ("Canterbury ski area will not open this winter", "Doomed Canterbury ski area will not open this winter"),
        ("Yorkshire brewery to close after 156 years", "Heartbreak as Yorkshire brewery to close after 156 years"),
        ("A councillor said residents felt their views had been ignored.", "A councillor said residents felt betrayed."),
        ("Overcrowding is putting staff at risk, inspectors say", "Overcrowding is putting staff in grave danger, inspectors say"),
    ],
    good=[
        ("Prices rose sharply in May.", "In May prices rose sharply."),
        ("He faced fierce criticism.", "He faced strong criticism."),
        ("The president is “very concerned”.", "The president is “extremely concerned”."),
        ("Prices rose in May.", "Prices fell in May."),
        ("This is the first time.", "This is the very first time."),
        ("Prices rose in May.", "Prices plunged in May."),
        ("The council cut opening hours.", "The council reduced opening hours."),
        ("The storm flooded the harbour.", "The storm reached the harbour."),
        ("The storm flooded the harbour.", "The harbour was devastated by a storm that flooded it."),
        ("The smelter released toxic lead dust.", "The smelter released toxic dust that contained lead."),
        ("A deadly strain of the bacteria was found.", "A lethal strain of the bacteria was found."),
        ("They were the first two seats to declare.", "They were the only two seats to declare."),
        ("The council has announced 12 closures.", "The council has just announced 12 closures."),
        ("Some residents left the town.", "Many residents left the town."),
        ("Residents were frightened by the sirens.", "Residents were scared by the sirens."),
        ("She said it would hurt the poorest families most.", "She said it would hit the poorest families hardest."),
        ("Drivers back strike action", "Drivers back strike action in a pay dispute"),
        ("Hailstorm damages Clare Valley vineyards", "Clare Valley vineyards hit by hail"),
        ("Thieves steal two paintings from Ghent museum", "Two paintings stolen from Ghent museum"),
        ("Magnitude 6.8 earthquake strikes off coast of Valderra\n\nIt struck at dawn.",
         "M6.8 earthquake off Valderra kills at least 27\n\nIt struck at dawn."),
        ("Residents said the council had “betrayed” them.", "Residents said the council had “utterly betrayed” them."),
    ],
)
def intensifier_added(pair: Pair):
    """Stronger, more emotive wording: a degree word added or strengthened."""
    for scale, source, target in _one_per_edit(pair, [s for s in shifts(pair) if s[1] > 0], "b"):
        yield Evidence(f"stronger wording ({scale})", source=source, target=target)


@rule(
    "intensifier-removed",
    bad=[
        ("Putin is deeply concerned about the FSB.", "Putin is concerned about the FSB."),
        ("Prices soared in May.", "Prices rose in May."),
        ("The minister slammed the plan.", "The minister criticised the plan."),
        ("He is extremely angry.", "He is very angry."),
        ("Activity surged overnight.", "Activity increased overnight."),
        ("The council slashed opening hours.", "The council cut opening hours."),
        ("It said it was seeking urgent talks.", "It said it was seeking talks."),
        ("It said it was cooperating fully with police.", "It said it was cooperating with police."),
        ("The plan has been criticised by residents.", "The plan has been questioned by residents."),
        ("The firm is axing 300 jobs.", "The firm is cutting 300 jobs."),
        ("A huge crowd gathered.", "A large crowd gathered."),
        ("It is by far the largest survey of Alpine ice.", "It is the largest survey of Alpine ice."),
        ("It will run a heavily reduced timetable.", "It will run a reduced timetable."),
        ("More than 60 aftershocks have rocked the region.", "More than 60 aftershocks have struck the region."),
        ("It is the bank's third major IT failure since 2021.", "It is the bank's third IT failure since 2021."),
        ("Forty other bridges should be inspected urgently.", "Forty other bridges should be inspected."),
        ("Passengers have faced widespread cancellations.", "Passengers have faced cancellations."),
        ("The worst readings were on the heavily congested Parkway.", "The worst readings were on the Parkway."),
        ("The election was decided by just 57 votes.", "The election was decided by 57 votes."),
        ("Residents were ordered to leave their homes.", "Residents were asked to leave their homes."),
        ("Campaigners said warning systems were far too slow.", "Campaigners said warning systems were too slow."),
        ("Advocates said the changes would hit people who rely on buses hardest.",
         "Advocates said the changes would affect people who rely on buses."),
        ("It closed after inspectors found crumbling plaster in its ceiling.",
         "It closed after inspectors found damaged plaster in its ceiling."),
        ("River flows were exceptionally low for the time of year.", "River flows were low for the time of year."),
        ("Adults eat 20 grams of fibre a day, well below the recommended 25 grams.",
         "Adults eat 20 grams of fibre a day, below the recommended 25 grams."),
        ("The landowner said she was delighted and hoped the coins would stay.",
         "The landowner said she was pleased and hoped the coins would stay."),
        ("He said the results were interesting but far from conclusive.",
         "He said the results were interesting but not conclusive."),
    ],
    good=[
        ("Prices soared in May.", "In May prices soared."),
        ("He faced fierce criticism.", "He faced strong criticism."),
        ("“We are extremely concerned,” he said.", "“We are concerned,” he said."),
        ("The army took heavy losses.", "The army suffered heavy losses."),
        ("The council cut opening hours.", "The council reduced opening hours."),
        ("Police questioned the driver.", "Officers questioned the driver."),
        ("Readings were high on the Parkway, which is heavily congested at rush hour.", "Readings were high on the Parkway."),
        ("The party won just 12 seats.", "The party won only 12 seats."),
        ("The council ordered six new buses.", "The council bought six new buses."),
    ],
)
def intensifier_removed(pair: Pair):
    """Wording toned down: a degree word dropped or weakened."""
    for scale, source, target in _one_per_edit(pair, [s for s in shifts(pair) if s[1] < 0], "a"):
        yield Evidence(f"wording toned down ({scale})", source=source, target=target)


def _one_per_edit(pair: Pair, moved: list, side: str):
    """(scale, source, target) of each shift, one for each edit of the word diff: "a
    sharp rise" -> "a huge surge" rewrites one phrase, though two scales moved in it."""
    seen = []
    for scale, _, source, target in moved:
        span = target if side == "b" else source
        op = op_at(pair, span, side) if span else None
        if op is not None and op in seen:
            continue
        seen.append(op)
        yield scale, source, target


RULES = (intensifier_added, intensifier_removed)
