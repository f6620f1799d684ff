"""Properties every rule keeps on any input: it runs, its evidence lies inside the
sentences it speaks of, and the classifier's output does not depend on anything but
the pair (the same pair twice gives the same findings)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

import mutate

WORDS = ["Putin", "FSB", "FB", "coup", "could", "will", "may", "not", "never", "very", "extremely",
         "said", "told", "according", "to", "reportedly", "150", "300", "£430m", "$5.9bn", "40%",
         "dozens", "two", "last", "month", "week", "Monday", "5", "May", "2022", "1998", "the", "a",
         "“", "”", '"', "'", "‘", "’", "rose", "soared", "fierce", "criticism", "69-year-old", ",", "."]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(lambda w: " ".join(w) + ".")
document = st.lists(sentence, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(document, document)
@example(a="said “ Putin . “ FSB.", b="Putin.")  # words kept, white space not: evidence once ran past the text
def test_rules_run_on_anything_and_point_inside_their_sentences(a, b):
    src, tgt = mutate.from_text(a, id="a"), mutate.from_text(b, id="b")
    first = mutate.compare(src, tgt)
    for f in first.findings:
        for span, doc in ((f.source, src), (f.target, tgt)):
            if span is None:
                continue
            sentence = doc.sentences[span.sentence]
            assert sentence.start <= span.start <= span.end <= sentence.end
            assert doc.text[span.start:span.end] == span.text
    again = mutate.compare(src, tgt)
    assert [(f.label, f.fingerprint) for f in first.findings] == [(f.label, f.fingerprint) for f in again.findings]
