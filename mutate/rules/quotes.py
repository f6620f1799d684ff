"""Quote rules: what happened to the words inside quotation marks.

Quotes (:func:`mutate.rules.text.quotes`: curly, straight and single marks, nested,
running on past the sentence) are paired across the two sides by similarity of their
inner text. A paired quote whose wording changed is *altered* when the change touches
meaning (a degree word, a negation, a hedge or booster, a number, content only added
or only cut) and *paraphrased* otherwise; a degree word or a negation that went into
the words it modified ("very small" -> "tiny", "will not stop" -> "will keep going")
is rewording. A direct quote with no partner was *removed* or *added*,
unless its words survive: as reported speech credited to the same speaker it was
paraphrased, and without marks or speaker it became the outlet's own claim, which
the attribution rule reports (labels.md). Where a quote runs on past the sentence,
only the part both sides show is compared.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from .. import similarity
from ..lexicons import derived
from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import evidence_in
from .sources import cues_outside_quotes, source_words
from .speakers import credited, named, speaker
from .text import Quote, quotes
from .wording import meaning_changed

PAIRED = 0.5
MIN_WORDS = 3  # a quoted term ("Siloviki", ‘deputy’) is not a direct quote
SPEECH_WORDS = 5  # a quote this long is direct speech even with no speaker beside it
UNQUOTED = 85  # partial-ratio above which a quote's words are still in the other text
REPORTED = 0.5  # share of a quote's content words that reported speech keeps
MOST_OF_SENTENCE = 0.6  # a quote this share of its sentence is what the sentence says
REWRITTEN = 0.3  # ... and a rewrite of that sentence keeps at least this share of its words
_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)


def direct(text: str) -> list[Quote]:
    """Quotes that are someone's words, not a quoted term: long enough, or credited.

    >>> s = 'Putin launched his “special military operation” and “we will win,” he said.'
    >>> [q.text(s) for q in direct(s)]
    ['we will win,']
    """
    out = []
    for q in quotes(text):
        n = len(q.text(text).split())
        if n >= SPEECH_WORDS or (n >= MIN_WORDS and (speaker(text, q) or q.open or q.continued)):
            out.append(q)
    return out


@derived  # scores quotes with similarity.stems, which drops stopwords
@lru_cache(maxsize=1024)
def paired_quotes(pair: Pair) -> list[tuple[Quote, Quote]]:
    """Quotes of ``pair.a`` matched with the most similar quote of ``pair.b``."""
    if pair.link.kind not in _COMPARED:
        return []
    out, free = [], [q for q in quotes(pair.b) if _worded(pair.b, q)]
    for qa in (q for q in quotes(pair.a) if _worded(pair.a, q)):
        best, best_score = None, PAIRED
        for qb in free:
            score = similarity.pair(*_shared(pair, qa, qb))
            if score >= best_score:
                best, best_score = qb, score
        if best is not None:
            out.append((qa, best))
            free.remove(best)
    return out


def _worded(text: str, q: Quote) -> bool:
    """A quote of two words or more: a single quoted term ("Be", ‘deputy’) is a name for
    something, and changing it is not changing anyone's words."""
    return len(q.text(text).split()) >= 2


def _shared(pair: Pair, qa: Quote, qb: Quote) -> tuple[str, str]:
    """The two quotes' texts, cut to the part both show when one runs past its sentence."""
    a, b = qa.text(pair.a), qb.text(pair.b)
    if not (qa.open or qb.open or qa.continued or qb.continued):
        return a, b
    wa, wb = a.split(), b.split()
    blocks = [m for m in SequenceMatcher(None, [similarity.normalise(w) for w in wa], [similarity.normalise(w) for w in wb],
                                         autojunk=False).get_matching_blocks() if m.size]
    if not blocks:
        return a, b
    first, last = blocks[0], blocks[-1]
    a_lo = first.a if (qb.continued and not qa.continued) else 0
    b_lo = first.b if (qa.continued and not qb.continued) else 0
    a_hi = last.a + last.size if (qb.open and not qa.open) else len(wa)
    b_hi = last.b + last.size if (qa.open and not qb.open) else len(wb)
    # a run-on quote may end on a reworded word: keep the other side's words up to the same length
    if qb.open and not qa.open:
        a_hi = max(a_hi, min(len(wa), a_lo + (b_hi - b_lo)))
    if qa.open and not qb.open:
        b_hi = max(b_hi, min(len(wb), b_lo + (a_hi - a_lo)))
    return " ".join(wa[a_lo:a_hi]), " ".join(wb[b_lo:b_hi])


def _changed(a: str, b: str) -> bool:
    return similarity.normalise(a) != similarity.normalise(b)


def _span(q: Quote) -> tuple[int, int]:
    return (q.start, q.end)


@rule(
    "quote-altered",
    bad=[
        ("The president is “very concerned” about a coup.", "The president is “extremely concerned” about a coup."),
        ("“We will win,” she said.", "“We will not win,” she said."),
        ("“We lost 40 men,” he said.", "“We lost 400 men,” he said."),
        ("Crewe said the figures were “a sign that our plan is working”.",
         "Crewe said the figures were “proof that our plan is working”."),
        ("“The plan is risky,” he said.", "“The plan is risky and reckless,” he said."),
        ("“The plan is risky and costly,” he said.", "“The plan is risky,” he said."),
        ("'We are worried about prices,' she said.", "'We are terrified about prices,' she said."),
        ("“It will hurt the poorest families most,” she said.", "“It will hurt the poorest families,” she said."),
        ("“We did not confirm it,” he said.", "“We confirmed it,” he said."),
        ("“We won't win this,” he said.", "“We will win this,” he said."),
        ("“We are very worried,” she said.", "“We are extremely anxious,” she said."),
        ("“We asked for new defences three times,” she said.", "“We begged for new defences three times,” she said."),
        ("“This is a short-sighted decision,” she said.", "“This is a disgraceful decision,” she said."),
        ("“The results suggest the drug could help,” she said.", "“The results show the drug could help,” she said."),
        ("“It has been more resilient than many expected,” she said.",
         "“It has been more resilient than anyone expected,” she said."),
        ("“We remain hopeful that the paintings will be recovered.”",
         "“We are confident that the paintings will be recovered.”"),
        ("“I have never cheated and I never will, and I will fight this,” he said.",
         "“I have never cheated, and I will fight this,” he said."),
    ],
    good=[
        ("“It matters a lot,” he said on Monday.", "On Monday he said: “It matters a lot.”"),
        ("“It matters a lot,” he said.", "“It means a great deal,” he said."),
        ("“very concerned,” he said.", "\"very concerned,\" he said."),
        ("“We will win,” she said.", "“We will win,” she told reporters."),
        ("“This is the first time,” he said.", "“This is the very first time,” he said."),
        ("He said: “Does it matter? It matters a lot.", "He said: “Does it matter?"),
        ("“The margin is very small,” he said.", "“The margin is tiny,” he said."),
        ("“We will not stop until they are home,” she said.", "“We will keep going until they are home,” she said."),
        ("“We did not lose the vote,” she said.", "“We won the vote,” she said."),
        ("“The results suggest the drug could help,” she said.", "“The results suggest the drug might help,” she said."),
        ("“Many people have called us,” she said.", "“Many residents have called us,” she said."),
        ("“He has planned it for a few weeks,” she said.", "“He has planned it for some weeks,” she said."),
        ("“We will be contacting everyone who had a booking,” she said.",
         "“We'll be getting in touch with everyone who had a booking,” she said."),
    ],
)
def quote_altered(pair: Pair):
    """Meaning inside quotation marks changed: words added, dropped or strengthened."""
    for qa, qb in paired_quotes(pair):
        a, b = _shared(pair, qa, qb)
        if _changed(a, b):
            why = meaning_changed(a, b)
            if why:
                yield Evidence(f"quote altered: {why}", source=_span(qa), target=_span(qb))


def carried_over(pair: Pair, qa: Quote) -> bool:
    """Whether a source quote's words are in the target without quotation marks: copied
    (nearly) verbatim, most of its content words kept, or, when the quote was most of
    its sentence, the aligned target sentence has no quote of its own."""
    if pair.link.kind not in _COMPARED or any(qa is x for x, _ in paired_quotes(pair)):
        return False
    words = set(similarity.stems(qa.text(pair.a)))
    kept = len(words & set(similarity.stems(pair.b))) / len(words) if words else 0.0
    if kept >= REPORTED:
        return True
    whole = (qa.end - qa.start) / max(1, len(pair.a.strip())) >= MOST_OF_SENTENCE
    return (whole and kept >= REWRITTEN and not direct(pair.b)) or survives_unquoted(qa.text(pair.a), pair.b)


def _reported(pair: Pair, qa: Quote) -> bool:
    """Whether the target reports the quote's words as speech by the same speaker."""
    if not cues_outside_quotes(pair.b) or not carried_over(pair, qa):
        return False
    who = speaker(pair.a, qa)
    words = {w.rstrip("s") for w in source_words(pair.b)} | set(similarity.normalise(pair.b).split())
    return not named(who) or who.lower() in words


@rule(
    "quote-paraphrased",
    bad=[
        ("“It matters a lot,” he said.", "“It means a great deal,” he said."),
        ("“This matters? It is very important,” he said.", "“Does it matter? It is very important,” he said."),
        ("She called it “a strategic mistake”.", "She called it “a strategic error”."),
        ("“We will beat them in the end,” she said.", "She said they would beat them in the end."),
        ("“I think the narrative was false,” he continued.", "He said he believes the narrative was false."),
        ("“The warning signs were there,” said Lady Fiona Aird, who chairs the inquiry.",
         "Lady Fiona Aird, who chairs the inquiry, said the warning signs had been there."),
        ("“The margin is very small,” he said.", "“The margin is tiny,” he said."),
        ("“We will not stop until they are home,” she said.", "“We will keep going until they are home,” she said."),
    ],
    good=[
        ("“very concerned,” he said.", "“very concerned,” he told reporters."),
        ("The president is “very concerned”.", "The president is “extremely concerned”."),
        ("“It matters a lot,” he said.", "“It matters a lot,” he said."),
        ("“The purge is real and growing,” Soldatov said.", "The purge is real and growing."),
        ("“It will hurt the poorest families most,” she said.", "“It will hurt the poorest families,” she said."),
    ],
)
def quote_paraphrased(pair: Pair):
    """Wording inside quotation marks changed with the meaning kept, or a direct quote
    became reported speech by the same speaker."""
    for qa, qb in paired_quotes(pair):
        a, b = _shared(pair, qa, qb)
        if _changed(a, b) and not meaning_changed(a, b):
            yield Evidence("quote reworded", source=_span(qa), target=_span(qb))
    have = {(q.start, q.end) for q, _ in paired_quotes(pair)}
    for qa in direct(pair.a):
        if (qa.start, qa.end) not in have and pair.link.kind in _COMPARED and _reported(pair, qa):
            yield Evidence("direct quote turned into reported speech", source=_span(qa),
                           target=evidence_in(pair, _span(qa), "a"))


def survives_unquoted(words: str, text: str) -> bool:
    """Whether a quote's words are still in ``text`` (with or without marks)."""
    return found_in(similarity.normalise(words), similarity.normalise(text))


def found_in(words: str, text: str) -> bool:
    """:func:`survives_unquoted` for text already passed through ``similarity.normalise``."""
    from rapidfuzz import fuzz

    # the cutoff lets rapidfuzz stop early: a quarter of the time on a long document
    return fuzz.partial_ratio(words, text, score_cutoff=UNQUOTED) >= UNQUOTED


@rule(
    "quote-added",
    bad=[
        ("The minister resigned.", "The minister resigned. “I have had enough of this,” she said."),
        ("The bill passed on Monday.", "The bill passed on Monday, “a great day for workers”, he said."),
        ("Rain fell.", "Rain fell. “We have never seen anything like it,” a farmer said."),
        ("Putin is said to be ill.", "Putin is said to be ill because of his “sickly appearance and fidgety behaviour”."),
        ("The mayor left early.", "The mayor left early. 'I was not feeling well,' she said later."),
    ],
    good=[
        ("“I have had enough,” she said.", "“I have had enough,” she told reporters."),
        ("The bill passed.", "The bill passed on Monday."),
        ("She called it “Siloviki”.", "She called them “Siloviki”."),
        ("Putin launched the war in February.", "Putin launched his “special military operation” in February."),
        ("It is a disaster for us, he said.", "“It is a disaster for us,” he said."),
    ],
)
def quote_added(pair: Pair):
    """A direct quote with no counterpart in the source."""
    have = {(q.start, q.end) for _, q in paired_quotes(pair)}
    for qb in direct(pair.b):
        if (qb.start, qb.end) not in have and not (pair.a and survives_unquoted(qb.text(pair.b), pair.a)):
            yield Evidence("quote with no counterpart in the source", target=_span(qb))


@rule(
    "quote-removed",
    bad=[
        ("The minister resigned. “I have had enough,” she said.", "The minister resigned."),
        ("Rain fell, “more than ever before”, a farmer said.", "Rain fell, a farmer said."),
        ("“This is a disaster for us,” he said of the vote.", "He spoke about the vote."),
        ("“We are ready for anything,” the general said.", "The general spoke to troops."),
        ("He warned that “the worst is yet to come for the economy”.", "He warned about the economy."),
    ],
    good=[
        ("“I have had enough,” she said.", "“I have had enough,” she told reporters."),
        ("The bill passed.", "The bill passed on Monday."),
        ("“It is a disaster for us,” he said.", "It is a disaster for us, he said."),
        ("“We will beat them in the end,” she said.", "She said they would beat them in the end."),
        ("“The purge is real and growing,” Soldatov said.", "The purge is real and growing."),
    ],
)
def quote_removed(pair: Pair):
    """A direct quote was dropped, with nothing left of its words."""
    have = {(q.start, q.end) for q, _ in paired_quotes(pair)}
    for qa in direct(pair.a):
        if (qa.start, qa.end) in have or (pair.b and survives_unquoted(qa.text(pair.a), pair.b)):
            continue
        if carried_over(pair, qa):
            continue  # paraphrased as reported speech, or now the outlet's claim: not gone
        yield Evidence("quote dropped", source=_span(qa))


@rule(
    "quote-speaker-changed",
    bad=[
        ("“The coup is near,” Soldatov said.", "“The coup is near,” Muraviev said."),
        ("“We will win,” said Johnson.", "“We will win,” said Starmer."),
        ("Grozev said: “The purge is real.”", "Soldatov said: “The purge is real.”"),
        ("“Prices will fall,” Smith said on Monday.", "“Prices will fall,” Jones said on Monday."),
        ("'This is our moment,' Obama told the crowd.", "'This is our moment,' Biden told the crowd."),
        ("“We asked three times,” said Maria Holt.", "“We asked three times,” said council deputy leader Tom Reyes."),
        ("“We grew too quickly,” Solheim told analysts.",
         "“We grew too quickly,” chief financial officer Lars Berg told analysts."),
        ("“Rates will rise,” Governor Marta Oyelaran told reporters.",
         "“Rates will rise,” the bank’s chief economist, Sara Lindqvist, told reporters."),
        ("“We are out of patience,” said the union’s general secretary, Colin Fairhurst.",
         "“We are out of patience,” said the union’s president, Moira Dunn."),
        ("Holt said the town was let down. “We asked three times,” she said.",
         "Holt said the town was let down. “We asked three times,” Reyes said."),
        ("Mayor Anne Duval said she would stay.\n\n“My door is open to everyone,” she said.",
         "Mayor Anne Duval said she would stay.\n\n“My door is open to everyone,” said Marc Petit."),
        ("Opposition leader Hana Tupai called the result “a clear verdict on the government”.",
         "Party chair Sam Kereama called the result “a clear verdict on the government”."),
        ("Tariq Hussain, a head teacher whose school has had three cases, said: “Parents have been brilliant.”",
         "Dr Priya Nandakumar said: “Parents have been brilliant.”"),
        ("Marco Bellini, a glaciologist at Turin, said it was sobering.\n\n“The trend is hard to dispute,” he said.",
         "Marco Bellini, a glaciologist at Turin, said it was sobering.\n\n“The trend is hard to dispute,” Hofbauer said."),
    ],
    good=[
        ("“The coup is near,” Soldatov said.", "“The coup is near,” Andrei Soldatov said."),
        ("“We will win,” said Johnson.", "“We will win,” Johnson said."),
        ("“The coup is near,” Soldatov said.", "“The coup is near,” he said."),
        ("“We asked three times,” said Tom Reyes.", "“We asked three times,” said council deputy leader Tom Reyes."),
        ("Council leader Maria Holt said the town was let down. “We asked three times,” she said.",
         "Council leader Maria Holt said the town was let down. “We asked three times,” said Holt."),
        ("“We asked three times,” she said on Monday.", "“We asked three times,” said Tom Reyes on Monday."),
        ("The council said it had no choice. “We asked three times,” she said.",
         "The council said it had no choice. “We asked three times,” said Tom Reyes."),
        ("Hana Tupai called the result “a clear verdict on the government”.",
         "Opposition leader Hana Tupai described the result as “a clear verdict on the government”."),
        ("“It matters,” said Larkrise’s operations director, Lorraine Upsall.",
         "“It matters,” said Larkrise’s Operations Director, Lorraine Upsall."),
    ],
)
def quote_speaker_changed(pair: Pair):
    """The same quote is credited to someone else.

    One side must name the speaker beside the quote; a pronoun on the other side is read
    as the person credited before it. Two pronouns are left alone: which earlier person
    each means is a guess on both sides.
    """
    for qa, qb in paired_quotes(pair):
        if not (named(speaker(pair.a, qa)) or named(speaker(pair.b, qb))):
            continue
        old, new = credited(pair.a, qa, pair.a_before), credited(pair.b, qb, pair.b_before)
        if named(old) and named(new) and old.lower() != new.lower():
            yield Evidence(f"quote credited to {new} instead of {old}", source=_span(qa), target=_span(qb))


RULES = (quote_altered, quote_paraphrased, quote_added, quote_removed, quote_speaker_changed)
