"""Alignment: kinds on small examples, and the partition invariant as a property."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mutate.align import align
from mutate.load import from_text
from mutate.model import LinkKind


def kinds(a: str, b: str):
    return [(l.kind.value, l.source, l.target, l.moved) for l in align(from_text(a, id="a"), from_text(b, id="b")).links]


GOLDEN = [
    ("Rain fell. Schools shut.", "Rain fell. Schools shut.",
     [("equal", (0,), (0,), False), ("equal", (1,), (1,), False)]),
    ("The council approved the new budget on Monday.", "On Monday the council approved the new budget.",
     [("modified", (0,), (0,), False)]),
    ("Rain fell on Monday.", "Rain fell on Monday. Schools closed across the county.",
     [("equal", (0,), (0,), False), ("added", (), (1,), False)]),
    ("Rain fell on Monday. Schools closed across the county.", "Schools closed across the county.",
     [("deleted", (0,), (), False), ("equal", (1,), (0,), False)]),
    ("Putin purged 150 officers from the security service, and some were arrested in Moscow.",
     "Putin purged 150 officers from the security service. Some officers were arrested in Moscow.",
     [("split", (0,), (0, 1), False)]),
    ("Putin purged 150 officers from the security service. Some officers were arrested in Moscow.",
     "Putin purged 150 officers from the security service, and some were arrested in Moscow.",
     [("merged", (0, 1), (0,), False)]),
    ("Prices rose sharply. Wages fell again. Strikes followed soon.",
     "Strikes followed soon. Prices rose sharply. Wages fell again.",
     [("equal", (0,), (1,), False), ("equal", (1,), (2,), False), ("equal", (2,), (0,), True)]),
    # a split whose halves were both reworded: neither half alone is like the source
    # sentence, the two read together are
    ("The bridge was closed on Monday. Villi increase the internal surface area of the intestinal walls, "
     "making a greater surface available for absorption. The river rose overnight.",
     "The bridge was closed on Monday. Villi make the walls of the gut bigger inside. "
     "A bigger surface area lets more food be taken in. The river rose overnight.",
     [("equal", (0,), (0,), False), ("split", (1,), (1, 2), False), ("equal", (2,), (3,), False)]),
    # ... and the same the other way round is a merge
    ("The bridge was closed on Monday. Villi make the walls of the gut bigger inside. "
     "A bigger surface area lets more food be taken in. The river rose overnight.",
     "The bridge was closed on Monday. Villi increase the internal surface area of the intestinal walls, "
     "making a greater surface available for absorption. The river rose overnight.",
     [("equal", (0,), (0,), False), ("merged", (1, 2), (1,), False), ("equal", (3,), (2,), False)]),
    # two unrelated sentences next to each other do not become a split of a third
    ("The bridge was closed on Monday. The mayor praised the volunteers who cleared the streets after the "
     "storm. The river rose overnight.",
     "The bridge was closed on Monday. Heavy snow is forecast for the north of the county. Trains between "
     "the two cities were cancelled. The river rose overnight.",
     [("equal", (0,), (0,), False), ("deleted", (1,), (), False), ("added", (), (1,), False),
      ("added", (), (2,), False), ("equal", (2,), (3,), False)]),
    # the rest of a split keeps its place even when a later sentence shares a few stock
    # words with it ("The company ... said")
    ("Nordlys Software said on Thursday it would cut about 1,800 jobs, or 12% of its workforce, as demand "
     "from small businesses slows. Shares in Nordlys rose 3% in early trading. The company has not said "
     "which offices will be affected.",
     "Nordlys Software said on Thursday it would cut about 1,800 jobs, or 12% of its workforce. The company "
     "said demand from small businesses was slowing. Shares in Nordlys rose 3% in early trading.",
     [("split", (0,), (0, 1), False), ("equal", (1,), (2,), False), ("deleted", (2,), (), False)]),
    # a merge that keeps the first sentence's subject and the second's predicate: the
    # first sentence alone gives the merged one words no other sentence has
    ("The Hertevin language is a modern Eastern Aramaic or Syriac language spoken by Christians in "
     "southeastern Turkey and by emigrants in Europe. It was spoken in a cluster of villages in "
     "Siirt Province. The villages emptied in the 1990s.",
     "The Hertevin language was spoken in villages in Siirt Province. The villages emptied in the 1990s.",
     [("merged", (0, 1), (0,), False), ("equal", (2,), (1,), False)]),
    # ... but words the deleted neighbour shares with another sentence ("Siirt Province",
    # as a story repeats its setting) do not pull it in
    ("Officials in Siirt Province say few people speak it today. Hertevin was spoken in a cluster of "
     "villages. The villages of Siirt Province emptied in the 1990s.",
     "Hertevin was spoken in villages of Siirt Province. The villages of Siirt Province emptied in the 1990s.",
     [("deleted", (0,), (), False), ("modified", (1,), (0,), False), ("equal", (2,), (1,), False)]),
    # unrelated sentences must not align
    ("The minister resigned over the scandal.", "Heavy rain flooded the harbour overnight.",
     [("deleted", (0,), (), False), ("added", (), (0,), False)]),
    # page chrome only matches identical chrome
    ("The bill passed.\nShare this:", "The bill passed.\nLeave a Reply",
     [("equal", (0,), (0,), False), ("deleted", (1,), (), False), ("added", (), (1,), False)]),
    # a headline pairs with the other headline, not with a body sentence that retells it
    ("Regular dog walking linked to lower blood pressure in older adults, study suggests\n\n"
     "Dog walkers had lower blood pressure. The study cannot prove that walking a dog was what lowered blood pressure.",
     "Walking your dog lowers blood pressure, study finds\n\nDog walkers had lower blood pressure.",
     [("modified", (0,), (0,), False), ("equal", (1,), (1,), False), ("deleted", (2,), (), False)]),
]


def test_golden():
    for a, b, expected in GOLDEN:
        assert kinds(a, b) == expected, (a, b)


WORDS = ["Putin", "coup", "spies", "purged", "150", "Kremlin", "rain", "fell", "the", "said", "very", "not"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(lambda w: " ".join(w) + ".")
document = st.lists(sentence, min_size=0, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(document, document)
def test_every_sentence_is_in_exactly_one_link(a, b):
    src, tgt = from_text(a, id="a"), from_text(b, id="b")
    links = align(src, tgt).links
    seen_src = [i for l in links for i in l.source]
    seen_tgt = [j for l in links for j in l.target]
    assert sorted(seen_src) == list(range(len(src.sentences)))
    assert sorted(seen_tgt) == list(range(len(tgt.sentences)))
    for l in links:
        assert (l.kind is LinkKind.ADDED) == (not l.source)
        assert (l.kind is LinkKind.DELETED) == (not l.target)
