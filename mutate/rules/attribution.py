"""Attribution rules: who a claim is credited to, and whether it still is.

A side's attribution is its cues and sources outside quotation marks, as
:mod:`mutate.rules.sources` reads them. A claim still inside quotation marks is still
someone's words, so it has not become the outlet's own.

A claim has lost its attribution when the source side has a cue, the target has none,
and none of the source's sources is still named: "Analysts said X" -> "Analysts now
believe X" keeps it. It has lost it too when the words cut are just the tag that
credited it (", according to a report by the county engineer"), even beside other cues
that stay as they were, when the tag named a source of its own that the target no
longer credits ("..., after staff reported seeing drones, the airport said"). Which
sources two versions credit, and whether they are one, is :mod:`.credits`' to say.
"""

from __future__ import annotations

import re

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import changed, evidence_in, local_edit, op_at
from .credits import related, same_sources, swapped_source
from .sources import cues_outside_quotes, source_nouns, source_words, sources
from .text import quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
MOSTLY_QUOTED = 0.6  # share of a text inside quotation marks from which it is a quote, not a claim


def quoted_share(text: str) -> float:
    """How much of ``text`` lies inside quotation marks."""
    inside = sum(q.end - q.start for q in quotes(text))
    return inside / max(1, len(text.strip()))


@rule(
    "attribution-removed",
    bad=[
        ("Reports say the minister resigned.", "The minister resigned."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested."),
        ("The minister reportedly resigned.", "The minister resigned."),
        ("Officials said the bridge was unsafe.", "The bridge was unsafe."),
        ("The bridge was “unsafe and crumbling”, engineers said.", "The bridge was unsafe and crumbling."),
        ("“The purge is real and it is growing,” Soldatov said.", "The purge is real and it is growing."),
        ("The wall may have been weakened by poor upkeep, according to a report by the county engineer.",
         "The wall may have been weakened by poor upkeep."),
        ("The cuts could save $250 million a year, analysts at Fjord Capital estimated.",
         "The cuts could save $250 million a year."),
        ("Walking cuts the risk of dementia, a new study finds.", "Walking cuts the risk of dementia."),
        ("Health officials believe low uptake may be linked to the pandemic.",
         "Low uptake may be linked to the pandemic."),
        ("The Association of Head Teachers said the results might reflect strikes in 2023.",
         "The results might reflect strikes in 2023."),
        ("The study was small, and the authors cautioned that it could not show cause.",
         "The study was small, and it could not show cause."),
        ("Pennant said it would refund any fees charged during the outage.",
         "Pennant will refund any fees charged during the outage."),
        ("Clubs are owned by US investors, and critics fear that debts could put smaller clubs at risk.",
         "Clubs are owned by US investors, and debts could put smaller clubs at risk."),
        ("Children near main roads were more often admitted to hospital, the report found.",
         "Children near main roads were more often admitted to hospital."),
        ("The suppliers failed to apply price cap cuts to some accounts, an investigation found.",
         "The suppliers failed to apply price cap cuts to some accounts."),
        ("Flights stopped after staff reported seeing drones near the runway, the airport said.",
         "Flights stopped after staff reported seeing drones near the runway."),
        ("Revenue was short of the $4.9 billion analysts had expected, according to LSEG data.",
         "Revenue was short of the $4.9 billion analysts had expected."),
        ("City agreed a fee for Mendes after weeks of talks, sources close to the club said on Sunday.",
         "City agreed a fee for Mendes after weeks of talks."),
    ],
    good=[
        ("Officials said the bridge was unsafe.", "The bridge was unsafe, officials said."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested, according to Agentura."),
        ("Analysts said Putin could face a coup.", "Analysts now believe Putin could face a coup."),
        ("The bridge was unsafe.", "The bridge was not safe."),
        ("“The purge is real,” Soldatov explained.", "“The purge is very real.”"),
        ("The bridge was unsafe, and officials said it would close for a month.", "The bridge was unsafe."),
        ("An estimated 150 people left the town.", "150 people left the town."),
        ("Self-reported sleep fell among shift workers.", "Sleep fell among shift workers, a new study finds."),
        ("Our data show that nanotubes harm the lung.", "Nanotubes harm the lung, study shows."),
        ("Fears of a strike grew on Monday.", "A strike looked likelier on Monday."),
        ("Inquiry finds corroded cables likely caused bridge collapse",
         "Bridge inquiry points to corroded cables as likely cause of collapse"),
        ("Flights stopped after staff reported seeing drones, the airport said.",
         "Flights stopped after staff reported seeing drones, the airport told reporters."),
        ("Organisers said the road may have been contaminated, but that the cause had not been confirmed.",
         "Organisers said the road had been contaminated."),
    ],
)
def attribution_removed(pair: Pair):
    """An attributed claim is now stated as fact, or its source was dropped."""
    if pair.link.kind not in _COMPARED or quoted_share(pair.b) >= MOSTLY_QUOTED:
        return
    before = cues_outside_quotes(pair.a)
    after = cues_outside_quotes(pair.b)
    if not before:
        return
    # a tag naming its own source, cut whole while the rest stays ("..., the airport said",
    # ", according to LSEG data"): that source is lost, whatever other cues or sources stay;
    # in a merge a cue kept may speak for the sentence that lost its tag ("The group said
    # ..., and none were")
    if pair.link.kind is LinkKind.MODIFIED and not any(changed(pair, cue, "b") for cue in after):
        cut = [cue for cue in before if changed(pair, cue, "a") and _tag_cut(pair, cue) and _names_source(pair, cue)]
        if cut and (after or source_words(pair.a) & _words(pair.b)):
            yield Evidence("attribution dropped: the claim is now stated as fact",
                           source=cut[0], target=evidence_in(pair, cut[0], "a"))
            return
    if after:
        return
    if source_words(pair.a) & _words(pair.b) and not _own_word(pair.a, before[0]):
        return  # the source is still named: "analysts said" -> "analysts believe"
    from .quotes import carried_over, direct

    lost = [q for q in direct(pair.a) if carried_over(pair, q)]
    if lost:
        span = (lost[0].start, lost[0].end)
        yield Evidence("quote lost its marks and its speaker: now the outlet's own claim",
                       source=span, target=evidence_in(pair, span, "a"))
    elif local_edit(pair, before[0], "a") or _tag_cut(pair, before[0]):
        yield Evidence("attribution dropped: the claim is now stated as fact",
                       source=before[0], target=evidence_in(pair, before[0], "a"))


_EDGE = " \t\n,;:—–-"
# "Pennant said it would refund": the source reports what it will do itself, so in
# "Pennant will refund" it is named only as the doer, and the promise is now the outlet's.
_OWN = re.compile(r"\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:would|will|had|has|have|was|were|is|are|could|did)\b",
                  re.IGNORECASE)


def _names_source(pair: Pair, cue: tuple[int, int]) -> bool:
    """Whether the words cut with a cue name who said it (", the airport said"), not
    only a fact ("..., but that the cause had not been confirmed"), and the other side
    credits that source with nothing."""
    op = op_at(pair, cue, "a")
    if op is None:
        return False
    named = [name for name, (lo, _) in sources(pair.a).items() if op.a_start <= lo < op.a_end]
    still = sources(pair.b)
    return bool(named) and not any(related(name, other) for name in named for other in still)


def _own_word(text: str, cue: tuple[int, int]) -> bool:
    """Whether the cue at ``cue`` reports what its source itself does or will do."""
    return bool(_OWN.match(text, cue[1]))


def _tag_cut(pair: Pair, cue: tuple[int, int]) -> bool:
    """Whether the words cut with a cue are only the attribution tag at one end of the
    sentence (", according to a report by the county engineer.", "The Association of
    Head Teachers said the results ..." -> "The results ..."): the claim stayed and lost
    its source. A cut that carries a claim of its own (", and officials said it would
    close") has the cue inside it, not at its edge, and is an omission.
    """
    op = op_at(pair, cue, "a")
    if op is None or op.b_text.strip(_EDGE):
        return False
    lo = op.a_start + len(op.a_text) - len(op.a_text.lstrip(_EDGE))
    hi = op.a_start + len(op.a_text.rstrip(_EDGE))
    at_start = _LEAD.fullmatch(pair.a[:op.a_start]) is not None  # the diff may keep the first "The"
    at_end = not pair.a[op.a_end:].strip(" .!?”’\"'")
    ends_cut = (cue[0] == lo or cue[1] == hi or _WHEN.fullmatch(pair.a[cue[1]:hi]) is not None
                or at_start and _TAIL.fullmatch(pair.a[cue[1]:hi]) is not None)
    return (at_start or at_end) and ends_cut and not re.search(r"[,;:]", pair.a[lo:hi])


_LEAD = re.compile(r"\s*(?:(?i:the|a|an)\s+)?")
_TAIL = re.compile(r"(?:\s+(?i:that|the|a|an))*")
# when a tag's source spoke, after its verb: "... said on Sunday", "... said last week"
_WHEN = re.compile(r"\s+(?:(?:on|last|this|late on|early on)\s+[A-Z]?[a-z]+|yesterday|today|in a statement)")


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"\w+", text)}


@rule(
    "attribution-added",
    bad=[
        ("The minister resigned.", "The minister resigned, officials said."),
        ("Two officers were arrested.", "According to Agentura, two officers were arrested."),
        ("The bridge was unsafe.", "Engineers said the bridge was unsafe."),
        ("The mayor will resign.", "The mayor will resign, the BBC reported."),
        ("Putin ordered the purge.", "Putin ordered the purge, Soldatov told CEPA."),
        ("Participants reported their own habits, which may be inaccurate.",
         "Participants reported their own habits, which may be inaccurate, independent experts said."),
        ("Prices fell 0.6% over the year.", "Prices fell 0.6% over the year, the figures showed."),
        ("Parents can also book an appointment through their GP surgery.",
         "Parents can also book an appointment through their GP surgery, the service said."),
        ("The stadium will stand on the east bank of the Callow River.",
         "The stadium will stand on the east bank of the Callow River, according to planning documents."),
        ("The lawsuit was brought by 300 residents who live near the plant.",
         "The lawsuit was brought by 300 residents who live near the plant, court records show."),
        ("Heart failure affects more than 900,000 people in the UK.",
         "Heart failure affects more than 900,000 people in the UK, according to the charity Heart Failure Alliance."),
        ("Clouded leopards, which are classed as vulnerable, are kept in captivity.",
         "Clouded leopards, which are classed as vulnerable by the International Union for Conservation of Nature, "
         "are kept in captivity."),
    ],
    good=[
        ("Officials said the bridge was unsafe.", "The bridge was unsafe, officials said."),
        ("Officials said the bridge was unsafe.", "Officials told reporters the bridge was unsafe."),
        ("Residents said water had been gushing across the road.", "According to residents, water gushed across the road."),
        ("Passengers described being held on the tarmac.", "Skylark Air said passengers had been held on the tarmac."),
        ("The bridge was unsafe.", "The old bridge was unsafe."),
        ("Reports say the minister resigned.", "According to reports, the minister resigned."),
        ("The minister resigned.", "The minister resigned on Monday."),
        ("“Our offer is fair and still on the table.”", "She said the offer was fair and still on the table."),
        ("“We acted quickly to shut the attackers out.”",
         "“We acted quickly to shut the attackers out,” said chief technology officer Rachel Imrie."),
        ("Analyst Alexey Muraviev is also convinced that Putin faces a coup.",
         "Another analyst, Alexey Muraviev, said he’s convinced that Putin faces a coup."),
        ("The Heart Failure Alliance put the number at 900,000.",
         "The number is 900,000, according to the Heart Failure Alliance."),
        ("Clouded leopards are classed as vulnerable.", "Clouded leopards are listed as vulnerable."),
    ],
)
def attribution_added(pair: Pair):
    """A claim gained a source."""
    # a quote credited or put in reported speech ("“Our offer is fair.”" -> "She said
    # the offer was fair.") is the quote rules' to report
    if pair.link.kind not in _COMPARED or quoted_share(pair.a) >= MOSTLY_QUOTED:
        return
    after, before = cues_outside_quotes(pair.b), cues_outside_quotes(pair.a)
    if before and (same_sources(sources(pair.a), sources(pair.b)) or swapped_source(pair)):
        return  # credited as before ("Residents said" -> "According to residents"), or to another
    new = after[:1] if not before else [c for c in after if _new_credit(pair, c, before)][:1]
    if new and not _already_credited(pair, new[0]):
        yield Evidence("claim now attributed", source=evidence_in(pair, new[0], "b"), target=new[0])


def _new_credit(pair: Pair, cue: tuple[int, int], before: list[tuple[int, int]]) -> bool:
    """Whether a target cue credits a source the claim did not have, in a text that
    already had a cue of its own ("Participants reported their habits, which may be
    inaccurate." -> "..., which may be inaccurate, experts said."): the cue was
    inserted, not reworded from one of the source's, and is a different word."""
    op = op_at(pair, cue, "b")
    if op is None or op.a_end > op.a_start:
        return False
    word = pair.b[cue[0]:cue[1]].lower()
    return all(pair.a[s:e].lower() != word for s, e in before)


_SOURCE_AFTER = re.compile(r"(?i:according to|as per)\b")
_CLAUSE_END = re.compile(r"[,;:.!?](?:\s|$)")


def _already_credited(pair: Pair, cue: tuple[int, int]) -> bool:
    """Whether the source named next to a target cue was already the source's subject
    ("Muraviev is convinced" -> "Muraviev said he is convinced"). Next to it means in
    its own clause: in "... through their GP surgery, the service said" the surgery
    is part of the claim; a verb right after a comma takes the clause before it
    ("Another analyst, Alexey Muraviev, said"), while "according to" and "as per" name
    their source after them ("... the Callow River, according to planning documents")."""
    from .names import names

    stops = [m.end() for m in re.finditer(r"[,;:.!?]", pair.b[:cue[0]])]
    if stops and not pair.b[stops[-1]:cue[0]].strip():
        stops.pop()
    lo, hi = max(cue[0] - 40, stops[-1] if stops else 0), cue[1] + 15
    if _SOURCE_AFTER.match(pair.b, cue[0]):  # the whole name: "the Heart Failure Alliance"
        end = _CLAUSE_END.search(pair.b, cue[1])
        lo, hi = cue[0], end.start() if end else len(pair.b)
    near = {pair.b[s:e].lower() for s, e in names(pair.b) if lo <= s < hi}
    near |= {m.group().lower() for m in re.finditer(r"\w+", pair.b[max(0, lo):hi])
             if m.group().lower().rstrip("s") in source_nouns()}
    return bool(near) and near <= {w.lower() for w in re.findall(r"\w+", pair.a)}


@rule(
    "attribution-changed",
    bad=[
        ("Soldatov told CEPA the purge continues.", "Soldatov told Sky News the purge continues."),
        ("According to Agentura, two officers were arrested.", "According to Reuters, two officers were arrested."),
        ("Muraviev said the coup was near.", "Soldatov said the coup was near."),
        ("The claim was reported by the Daily Mirror.", "The claim was reported by the New York Post."),
        ("Officials told the BBC the bridge was unsafe.", "Officials told CNN the bridge was unsafe."),
        ("Drilling could take three weeks, engineers said.", "Drilling could take three weeks, the company said."),
        ("Duval said she would focus on housing.", "Her spokesman said she would focus on housing."),
        ("The cuts could save $250 million, analysts at Fjord Capital estimated.",
         "The cuts could save $250 million, analysts at Skagen Research estimated."),
        ("It was discovered on 9 October, the company said.",
         "It was discovered on 9 October, the National Cyber Security Centre said."),
        ("The works are valued at €4 million, according to the museum.",
         "The works are valued at €4 million, according to Belgian police."),
        ("The bacteria were found on Friday, according to the council.",
         "The bacteria were found on Friday, according to Greenvale."),
        ("According to the ruling, monitors recorded lead above the limit on 212 days.",
         "According to the state EPA, monitors recorded lead above the limit on 212 days."),
        ("Talks could resume this week, according to people familiar with the talks.",
         "Talks could resume this week, according to the Department for Transport."),
        ("Pollution is linked to 500 deaths a year, according to the city’s public health team.",
         "Pollution is linked to 500 deaths a year, according to Public Health Yorkshire."),
        ("Waiting lists fell, according to figures published on Thursday by the Health Data Office.",
         "Waiting lists fell, according to figures published on Thursday by the Office for Health Statistics."),
        ("Fares could rise, analysts at Fenwick Partners said.", "Fares could rise, analysts at Fenwick Securities said."),
        ("Business groups have warned that shoppers could stay away.",
         "The Sheffield Chamber of Commerce has warned that shoppers could stay away."),
        ("Health officials believe low uptake may be linked to the pandemic.",
         "Dr Nandakumar believes low uptake may be linked to the pandemic."),
        ("The authors caution that the projections depend on snowfall.",
         "Other scientists caution that the projections depend on snowfall."),
        ("It is too early to say what caused the derailment, a board spokesperson said.",
         "It is too early to say what caused the derailment, a railway spokesperson said."),
        ("The hospital said it had tried to fill 11 vacant nursing posts.",
         "Northeast Hospital Group said it had tried to fill 11 vacant nursing posts."),
        ("Cycling Ireland said it would review the crash in Ireland.", "Sport Ireland said it would review the crash in Ireland."),
        ("Passengers described being held on the tarmac.", "Skylark Air said passengers had been held on the tarmac."),
        ("Hospitals were not affected, Leicester City Council said.", "Hospitals were not affected, a teachers' union said."),
        ("One of the group raised the alarm by phone, Police Scotland said.",
         "One of the group raised the alarm by phone, the rescue team said."),
        ("Eleven bidders took part, said Owain Beddoe of the auctioneers.",
         "Eleven bidders took part, said a spokesperson for the Western Lights Board."),
    ],
    good=[
        ("Soldatov told CEPA the purge continues.", "Andrei Soldatov told CEPA the purge goes on."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested, according to Agentura."),
        ("Muraviev said the coup was near.", "Alexey Muraviev said a coup was near."),
        ("Muraviev said the coup was near.", "Muraviev said the coup was near, in Moscow."),
        ("The US said it would respond.", "The United States said it would respond."),
        ("Nordlys said demand was slowing.", "The company said demand was slowing."),
        ("Uptake fell, the West Pennine Public Health Service said.", "Uptake fell, the service said."),
        ("The bacteria were found on Friday, according to the council.",
         "The bacteria were found on Friday, according to Evesham District Council."),
        ("According to the report, lead was above the limit on 212 days.",
         "According to the Hale Report, lead was above the limit on 212 days."),
        ("Drilling could take three weeks, engineers said.", "Drilling could take three weeks, rescue engineers said."),
        ("The town flooded, a witness said.", "The town flooded, witnesses said."),
        ("Fares could rise, analysts at Fjord Capital said.", "Fares could rise, analysts at Fjord Capitol said."),
        ("“It matters,” security expert Andrei Soldatov explained to the Center for Policy Analysis.",
         "Speaking to the Center for Policy Analysis, security expert Andrei Soldatov said: “It matters.”"),
        ("It is too early to say, a company spokesperson said.", "It is too early to say, a spokesperson said."),
        ("It is too early to say, a police spokesman said.", "It is too early to say, a senior police spokesman said."),
        ("The council said it had tried to fill the posts.", "Harrowdale County Council said it had tried to fill the posts."),
        ("Britain said it would send aid.", "The UK said it would send aid."),
    ],
)
def attribution_changed(pair: Pair):
    """A different source, speaker or outlet is credited."""
    if pair.link.kind not in _COMPARED:
        return
    swap = swapped_source(pair)
    if swap:
        (gone, before), (came, after) = swap
        yield Evidence(f"credited to {came!r} instead of {gone!r}", source=before, target=after)


RULES = (attribution_removed, attribution_added, attribution_changed)
