"""Meaning rules: a negation flipped, a name swapped, a date or time changed.

Each looks only outside quotation marks (inside them the quote rules speak) and only at
words the refined word diff says changed (:mod:`mutate.rules.edits`), so a name or a
"not" that merely moved within the sentence is not a change. A negation or a time in a
clause that was cut or added whole is an omission or an addition, not a flip.
"""

from __future__ import annotations

import re

from ..lexicons import lexicon
from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import evidence_in, local_edit, n_words, op_at
from .names import all_names, capitalised, names, normalised, same_name, same_place, spelled_out
from .speakers import speaker_words
from .text import negations, outside, quotes
from .times import pinned, times

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
SHORT_EDIT = 4  # an edit this short a side is shown whole as evidence


def _shown(pair: Pair, span: tuple[int, int], side: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(source, target) evidence for a change at ``span``: the whole edit when it is short."""
    op = op_at(pair, span, side)
    if op is not None and 0 < n_words(pair.a, op.a_start, op.a_end) <= SHORT_EDIT \
            and 0 < n_words(pair.b, op.b_start, op.b_end) <= SHORT_EDIT:
        return (op.a_start, op.a_end), (op.b_start, op.b_end)
    other = evidence_in(pair, span, side)
    return (span, other) if side == "a" else (other, span)


# ---------------------------------------------------------------- negation

_AFFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non-?)(\w{3,})$", re.IGNORECASE)


def _morphological(pair: Pair, span: tuple[int, int], side: str) -> bool:
    """"not safe" / "unsafe": a negation the other side says with a prefix."""
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    following = re.match(r"\s+(?:be\s+|been\s+)?(\w+)", text[span[1]:])
    if not following:
        return False
    word = following.group(1).lower()
    for m in re.finditer(r"\w+(?:-\w+)?", other):
        base = _AFFIX.match(m.group())
        if base and base.group(1).lower()[:5] == word[:5]:
            return True
    return False


def _flips(pair: Pair, side: str) -> list[tuple[int, int]]:
    """Negations on ``side`` edited locally whose claim is still on the other side."""
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    return [s for s in outside(negations(text), quotes(text))
            if local_edit(pair, s, side) and not _morphological(pair, s, side) and _claim_stays(text, s, other)]


_AUXILIARY = frozenset({"be", "been", "being", "is", "are", "was", "were", "do", "does", "did", "have", "has",
                        "had", "will", "would", "could", "can", "may", "might", "should", "to", "yet", "any",
                        "need", "needs", "able"})  # "do not need to prove" bears on "prove"


def _claim_stays(text: str, span: tuple[int, int], other: str) -> bool:
    """Whether the word a negation bears on is in the other text ("did not confirm" ->
    "confirmed"), so that the same claim was flipped rather than another one made."""
    stop = set(lexicon("stopwords"))  # "None of the four has been charged": the claim is "four ... charged"
    following = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text[span[1]:span[1] + 60])
                 if w.lower() not in _AUXILIARY and w.lower() not in stop]
    if not following:
        return False
    word = following[0].lower()
    head = word[:min(5, len(word) - 1)] if len(word) > 3 else word  # "no plans" -> "planned"
    return any(w.lower().startswith(head) for w in re.findall(r"[A-Za-z][\w’'-]*", other))


@rule(
    "negation-flipped",
    bad=[
        ("The ministry did not confirm the arrests.", "The ministry confirmed the arrests."),
        ("Mr Farrow said he had no plans to eat the pumpkin.", "Mr Farrow said he planned to eat the pumpkin."),
        ("None of the four has been charged, police said.", "All four have been charged, police said."),
        ("A player can still claim, but they must be able to prove they bought it.",
         "A player can still claim, and they do not need to prove they bought it."),
        ("The minister resigned.", "The minister never resigned."),
        ("Police said the driver was not drunk.", "Police said the driver was drunk."),
        ("The Kremlin denied the report.", "The Kremlin confirmed the report."),
        ("Officials found evidence of a plot.", "Officials found no evidence of a plot."),
        ("He failed to win the vote.", "He managed to win the vote."),
        ("Temperatures are unlikely to fall below 20C.", "Temperatures are likely to fall below 20C."),
    ],
    good=[
        ("The bridge was unsafe.", "The bridge was not safe."),
        ("He declined to discuss the talks.", "He refused point-blank to discuss the talks."),
        ("The ministry did not confirm the arrests.", "The ministry didn't confirm the arrests."),
        ("He declined to comment.", "He refused to comment."),
        ("A deal is unlikely this year.", "A deal is not likely this year."),
        ("“We will not win,” she said.", "“We will win,” she said."),
        ("The minister resigned.", "The minister resigned. Nobody else did."),
        ("Not only the army but the FSB is worried.", "The army and the FSB are worried."),
    ],
)
def negation_flipped(pair: Pair):
    """A claim was negated, or its negation dropped."""
    if pair.link.kind not in _COMPARED:
        return
    na = outside(negations(pair.a), quotes(pair.a))
    nb = outside(negations(pair.b), quotes(pair.b))
    if len(na) > len(nb):
        gone = _flips(pair, "a")
        if gone:
            src, tgt = _shown(pair, gone[0], "a")
            yield Evidence(f"negation dropped: '{pair.a[slice(*gone[0])]}'", source=src, target=tgt)
    elif len(nb) > len(na):
        came = _flips(pair, "b")
        if came:
            src, tgt = _shown(pair, came[0], "b")
            yield Evidence(f"negation added: '{pair.b[slice(*came[0])]}'", source=src, target=tgt)


# ---------------------------------------------------------------- names

@rule(
    "entity-changed",
    bad=[
        ("Last month, two top FSB officers were arrested.", "Last month, two top FB officers were arrested."),
        ("The summit was held in Vienna on Monday.", "The summit was held in Geneva on Monday."),
        ("Midshires Water said engineers were working on the main.", "Midshire Water said engineers were working on the main."),
        ("Other farms were checked. The farm, owned by Drumlin Eggs Ltd, employs 35 people.",
         "Other farms were checked. The farm, owned by Drumlin Farms Ltd, employs 35 people."),
        ("Sergei Beseda was placed under house arrest.", "Sergei Shoigu was placed under house arrest."),
        ("The grain ship docked in Odesa on Friday.", "The grain ship docked in Mariupol on Friday."),
        ("Troops moved towards Kharkiv overnight.", "Troops moved towards Kherson overnight."),
        ("Mayor Hélène Duval won by 212 votes.", "Mayor Hélène Duvall won by 212 votes."),
        ("Dr Lena Whitcombe said the findings were clear.", "Dr Lena Whitcomb said the findings were clear."),
        ("He was 27. Paul announced he was ill.", "He was 27. Hunter announced he was ill."),
        ("Britain will send more troops to Estonia.", "France will send more troops to Estonia."),
        ("South Korea fired a missile on Monday.", "North Korea fired a missile on Monday."),
        ("The Lost Art Index said it had added both paintings.", "The Lost Arts Index said it had added both paintings."),
        ("It was funded by the Alpine Environment Foundation.", "It was funded by the Alpine Environmental Foundation."),
    ],
    good=[
        ("The Russian president is very concerned.", "The Russian President is very concerned."),
        ("Putin placed two officers under arrest.", "Vladimir Putin placed two officers under arrest."),
        ("Kremlin on high alert over possible coup", "Kremlins Now on High-Alert as Generals Set to Oust Putin"),
        ("He met Soldatov and Grozev in Moscow.", "He met Grozev and Soldatov in Moscow."),
        ("“Putin will fall,” he said of Moscow.", "“Biden will fall,” he said of Moscow."),
        ("“We are hurting,” said the charity’s director, Ruth Okonjo.", "“We are hurting,” said the charity’s chair, Peter Lyle."),
        ("Shares in Nordlys Corp fell on Monday.", "Shares in Nordlys Corporation fell on Monday."),
        ("Researchers found a link.", "Scientists found a link."),
        ("It rained. However, play went on.", "It rained. Still, play went on."),
        ("Two officers were arrested.", "Three officers were arrested."),
        ("Britain will send more troops to Estonia.", "The UK will send more troops to Estonia."),
        ("The United States imposed new sanctions.", "America imposed new sanctions."),
        ("Spain's government fell on Monday.", "The Spanish government fell on Monday."),
        ("The West Pennine Public Health Service said so.", "The West Pennine public health service said so."),
        ("The campaign uses print ads and propaganda. Propaganda ads run at bus stops.",
         "The campaign uses print ads and propaganda. Print ads run at bus stops."),
        ("New drug may cut migraines, trial finds", "Miracle drug may cut migraines, trial finds"),
        ("Wildfire forces thousands to flee\n\nThe wildfire spread overnight.",
         "Inferno forces thousands to flee\n\nThe wildfire spread overnight."),
    ],
)
def entity_changed(pair: Pair):
    """A named person, organisation, place or outlet was swapped for another (typos included)."""
    if pair.link.kind not in _COMPARED:
        return
    na = outside(names(pair.a), quotes(pair.a))
    nb = outside(names(pair.b), quotes(pair.b))
    in_a, in_b = capitalised(pair.a), capitalised(pair.b)
    credited = {word.strip("’'.,").lower() for q in quotes(pair.a)  # quote-speaker-changed's
                for word in (speaker_words(pair.a, q) or "").split()}
    for span in na:
        if pair.a[slice(*span)].lower() in credited:
            continue
        if any(same_name(pair.a[slice(*span)], n) for n in in_b) or same_place(pair.a, span, pair.b) \
                or not local_edit(pair, span, "a"):
            continue
        op = op_at(pair, span, "a")
        if op is None or n_words(pair.a, op.a_start, op.a_end) > SHORT_EDIT \
                or not (all_names(op.a_text) and all_names(op.b_text)):
            continue  # "the Russian president" -> "Putin" is a description for a name
        if spelled_out(pair.a[slice(*span)], op.b_text) or any(spelled_out(n, op.a_text) for n in capitalised(op.b_text)):
            continue  # "EU" / "European Union", "PM" / "Prime Minister"
        swapped = [t for t in nb if op.b_start <= t[0] < op.b_end
                   and not any(same_name(pair.b[slice(*t)], n) for n in in_a) and not same_place(pair.b, t, pair.a)]
        if swapped:
            old, new = pair.a[slice(*span)], pair.b[slice(*swapped[0])]
            if _opening(pair.a, span) and _written_in_lower_case(old, f"{pair.a_before} {pair.a_after}") \
                    or _opening(pair.b, swapped[0]) and _written_in_lower_case(new, f"{pair.b_before} {pair.b_after}"):
                continue  # "Propaganda ads" near "the propaganda": a sentence start, not a name
            yield Evidence(f"{old} became {new}", source=span, target=swapped[0])
            return
    for old, new in _respelt_in_a_long_name(pair, na, nb):
        yield Evidence(f"{pair.a[slice(*old)]} became {pair.b[slice(*new)]}", source=old, target=new)
        return


def _long_names(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of two or more name words joined by single spaces ("West Pennine Public
    Health Service", "Midshires Water"): one organisation's name, spelt one way."""
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and text[runs[-1][-1][1]:span[0]] == " ":
            runs[-1].append(span)
        else:
            runs.append([span])
    return [run for run in runs if len(run) >= 2]


def _respelt_in_a_long_name(pair: Pair, na: list, nb: list):
    """(source word, target word) where a long name kept every word but one, which
    changed its form ("the Lost Art Index" -> "the Lost Arts Index", "Alpine Environment
    Foundation" -> "Alpine Environmental Foundation"): :func:`same_name` forgives a
    plural or a demonym in a word used alone ("Kremlin"/"Kremlins", "Russia"/"Russian"),
    but an organisation's name is spelt one way."""
    for run_a in _long_names(pair.a, na):
        words_a = [pair.a[slice(*s)] for s in run_a]
        for run_b in _long_names(pair.b, nb):
            words_b = [pair.b[slice(*s)] for s in run_b]
            if len(words_a) != len(words_b):
                continue
            differ = [i for i, (x, y) in enumerate(zip(words_a, words_b)) if normalised(x) != normalised(y)]
            if len(differ) == 1 and same_name(words_a[differ[0]], words_b[differ[0]]) \
                    and not _clipped(words_a[differ[0]], words_b[differ[0]]) and local_edit(pair, run_a[differ[0]], "a"):
                yield run_a[differ[0]], run_b[differ[0]]


def _clipped(x: str, y: str) -> bool:
    """Whether one word is the other cut short ("Corp" / "Corporation"), a way of
    writing one name, where a letter or two more is another form of it ("Art" / "Arts")."""
    short, long = sorted((normalised(x), normalised(y)), key=len)
    return long.startswith(short) and len(long) - len(short) >= 3


def _opening(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` opens its sentence, where any word has a capital
    ("Propaganda ads ..."); inside one a capital marks a name ("Drumlin Farms Ltd")."""
    return re.search(r"(?:^|[.!?:;“\"(])\s*$", text[:span[0]]) is not None


def _written_in_lower_case(word: str, context: str) -> bool:
    """Whether the sentences around a pair write ``word`` in lower case: a common word
    capitalised because it opens a sentence or a headline ("Wildfire forces thousands
    to flee" above "the wildfire spread"), which the pair's own text cannot tell."""
    return word[1:].islower() and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", context) is not None


# ---------------------------------------------------------------- time

@rule(
    "time-changed",
    bad=[
        ("Last month, two officers were arrested.", "Last week, two officers were arrested."),
        ("The vote is on Monday.", "The vote is on Tuesday."),
        ("He was arrested on 5 May 2022.", "He was arrested on 5 May 2021."),
        ("Inflation should fall to 4% by the end of the year.", "Inflation should fall to 4% by the end of next year."),
        ("The talks ended yesterday.", "The talks ended three days ago."),
        ("Completion of the sale is due in six weeks.", "Completion of the sale is due in four weeks."),
        ("The rocket lifted off on Tuesday morning.", "The rocket lifted off on Tuesday afternoon."),
        ("The river peaked at 5.4 metres at about 3am.", "The river peaked at 5.4 metres at about 4am."),
        ("Activity has grown in the last 24 hours.", "Activity has grown in the last 48 hours."),
        ("The war began in February.", "The war began in March."),
        ("Snow is due later this evening.", "Snow is due later in the evening (19th)."),
        ("Snow will fall into Sunday.", "Snow will fall into Sunday (20th)."),
        ("He died on Monday 9 October 2006, at home.", "He died on Monday, at home."),
    ],
    good=[
        ("Last month, two officers were arrested.", "Two officers were arrested last month."),
        ("The war began in February.", "The war began in February 2022."),
        ("Activity grew in the last 24 hours.", "Activity grew in the previous 24 hours."),
        ("The division was set up in 1998.", "The division was set up in 1989."),
        ("“I arrived on Monday,” he said.", "“I arrived on Tuesday,” he said."),
        ("The minister may resign.", "The minister might resign."),
        ("Power was cut on the 20th.", "Power was lost on the 20th."),
        ("It is the 11th case this year.", "It is the eleventh case this year."),
        ("The idea spread in the 19th century.", "The idea spread in the 19th century, he wrote."),
        ("The rocket lifted off on Tuesday.", "The rocket lifted off on Tuesday morning."),
        ("The river peaked at 3am.", "The river peaked at 3 a.m."),
    ],
)
def time_changed(pair: Pair):
    """A date or a time reference changed: a day, a month, "last month" for "last week"."""
    if pair.link.kind not in _COMPARED:
        return
    ta = tuple(t for t in times(pair.a) if (t.start, t.end) in outside([(t.start, t.end)], quotes(pair.a)))
    tb = tuple(t for t in times(pair.b) if (t.start, t.end) in outside([(t.start, t.end)], quotes(pair.b)))
    gone = [x for x in ta if not any(x.agrees(y) for y in tb)]
    came = [y for y in tb if not any(y.agrees(x) for x in ta)]
    for x in list(gone):
        there = evidence_in(pair, (x.start, x.end), "a")
        fits = [y for y in came if y.start < there[1] and there[0] < y.end]
        if not fits and len(gone) == 1 and len(came) == 1:
            fits = came
        if fits:
            y = fits[0]
            came.remove(y)
            gone.remove(x)
            yield Evidence(f"'{x.text}' became '{y.text}'", source=(x.start, x.end), target=(y.start, y.end))
    yield from _dated(pair, came, ta, tb)
    yield from _dated(pair, gone, ta, tb)


def _dated(pair: Pair, unmatched: list, ta: tuple, tb: tuple):
    """A time that kept its words but gained or lost its date ("Sunday" -> "Sunday
    (20th)", "Monday 9 October 2006" -> "Monday"): it now points at another day, or
    at any such day, so the reader is told a different time."""
    for date in unmatched:
        side = "b" if date in tb else "a"
        text, own, other = (pair.b, tb, ta) if side == "b" else (pair.a, ta, tb)
        ref = pinned(text, date, own)
        kept = next((o for o in other if ref is not None and ref.agrees(o)), None)
        if kept is None:
            continue
        span = (min(ref.start, date.start), max(ref.end, date.end))
        before, after = ((span, (kept.start, kept.end)) if side == "a" else ((kept.start, kept.end), span))
        yield Evidence(f"'{pair.a[slice(*before)]}' became '{pair.b[slice(*after)]}'", source=before, target=after)


RULES = (negation_flipped, entity_changed, time_changed)
