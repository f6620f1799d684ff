"""Wording: whether two wordings of one quote say the same thing.

:func:`meaning_changed` is what tells ``quote-altered`` from ``quote-paraphrased``: a
degree word, a negation, a hedge or booster, a number, or content only added or only
cut changes meaning; anything else is rewording. Degree words and negations are
weighed edit by edit on a word diff of the two wordings, so one that went into the
words it modified ("very small" -> "tiny") is not counted as a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from .. import similarity
from .hedging import hedges, level
from .quantities import quantities
from .text import degree, negations


def meaning_changed(a: str, b: str) -> str | None:
    """Why the wording change from ``a`` to ``b`` changes meaning, or None.

    >>> meaning_changed("very concerned", "extremely concerned")
    'degree of wording changed'
    >>> meaning_changed("It matters a lot", "It means a great deal") is None
    True
    >>> meaning_changed("the margin is very small", "the margin is tiny") is None
    True
    >>> meaning_changed("We will not stop until they are home", "We will keep going until they are home") is None
    True
    >>> meaning_changed("These findings suggest it could help", "These findings show it could help")
    'certainty changed'
    >>> meaning_changed("We could meet in May", "We could meet in April") is None
    True
    >>> meaning_changed("more resilient than many expected", "more resilient than anyone expected")
    'quantifier changed'
    >>> meaning_changed("a coup for a few weeks", "a coup for some weeks") is None
    True
    >>> meaning_changed("We will be contacting everyone", "We'll be getting in touch with everyone") is None
    True
    """
    edits = _edits(a, b)
    if any(_shifted(a, b, e, _degrees) for e in edits):
        return "degree of wording changed"
    if any(_shifted(a, b, e, _negations) for e in edits):
        return "negation changed"
    if any(_quantifier_swapped(e) for e in edits):
        return "quantifier changed"
    if level(_spelt_out(a)) != level(_spelt_out(b)) or any(_hedges_swapped(a, b, e) for e in edits):
        return "certainty changed"
    if sorted(q.value for q in quantities(a) if not q.vague) != sorted(q.value for q in quantities(b) if not q.vague):
        return "number changed"
    sa, sb = _kept(a), _kept(b)
    if sa != sb and (sa < sb or sb < sa):
        return "words added" if sa < sb else "words cut"
    return None


def _spelt_out(text: str) -> str:
    """``text`` with "'ll" written out, so "We'll be" weighs as "We will be" does."""
    return _WILL.sub(r"\1 will", text)


_WILL = re.compile(r"(\w)['’]ll\b", re.IGNORECASE)


# Stopwords that still weigh inside someone's words: "hurt the poorest families most"
# -> "hurt the poorest families" cuts what the speaker stressed.
_WEIGHTY = frozenset({"all", "any", "both", "each", "few", "more", "most", "only", "some", "too"})


# How many a speaker spoke of, by rank: "than many expected" -> "than anyone expected"
# claims more, "for a few weeks" -> "for some weeks" says the same.
_QUANTIFIERS = {
    **dict.fromkeys(("no", "none", "nobody", "nothing"), 0),
    "few": 1,
    **dict.fromkeys(("a few", "several", "some", "someone", "something"), 2),
    **dict.fromkeys(("many", "much"), 3),
    "most": 4,
    **dict.fromkeys(("all", "any", "anyone", "anybody", "anything", "every", "everyone", "everybody",
                     "everything"), 5),
}


def _quantifier_swapped(edit: tuple[list[Token], list[Token]]) -> bool:
    """Whether one edit put a quantifier of one rank in place of another ("many" ->
    "anyone"); one dropped or added alone is for :func:`_kept` to weigh."""
    old, new = (_ranks([t[0] for t in side]) for side in edit)
    return bool(old) and bool(new) and old != new


def _ranks(words: list[str]) -> set[int]:
    """The ranks of the quantifiers among ``words``, "a few" read as one."""
    return {_QUANTIFIERS.get(f"{before} {word}", _QUANTIFIERS.get(word))
            for before, word in zip(["", *words], words)} - {None}


def _kept(text: str) -> set[str]:
    """The words of a quote whose loss or addition changes what it says."""
    return set(similarity.stems(text)) | (set(similarity.normalise(text).split()) & _WEIGHTY)


Marker = tuple[int, int, tuple[int, str]]  # start, end, (level, scale) of a word that shades a claim


def _degrees(text: str) -> list[Marker]:
    return [(s, e, (lvl, scale)) for s, e, lvl, scale in degree(text)]


def _negations(text: str) -> list[Marker]:
    return [(s, e, (0, "negation")) for s, e in negations(text)]


_TOKEN = re.compile(r"(\w+?)(n['’]t)\b|\S+")
_CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}  # can't, won't, shan't

Token = tuple[str, int, int]  # normalised word, start, end


def _tokens(text: str) -> list[Token]:
    """Words with their offsets, a contraction split in two ("can't" -> "can", "not")."""
    out = []
    for m in _TOKEN.finditer(text):
        if m.group(2):
            out.append((_CONTRACTED.get(m.group(1).lower(), m.group(1).lower()), m.start(1), m.end(1)))
            out.append(("not", m.start(2), m.end(2)))
        elif word := similarity.normalise(m.group()):
            out.append((word, m.start(), m.end()))
    return out


def _edits(a: str, b: str) -> list[tuple[list[Token], list[Token]]]:
    """The changed stretches of two wordings, as (old tokens, new tokens)."""
    ta, tb = _tokens(a), _tokens(b)
    sm = SequenceMatcher(None, [t[0] for t in ta], [t[0] for t in tb], autojunk=False)
    return [(ta[i1:i2], tb[j1:j2]) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]


def _shifted(a: str, b: str, edit: tuple[list[Token], list[Token]], marks: Callable[[str], list[Marker]]) -> bool:
    """Whether one edit changes the marker words ``marks`` finds (degree words,
    negations) in a way a reader notices.

    A marker on one side only of an edit that also rewrote the words it modified went
    into the new words: "very small" -> "tiny", "will not stop" -> "will keep going"
    say the same. "did not confirm" -> "confirmed" keeps its verb and flips it, and
    words cut or added whole take their marker with them ("I have never cheated and I
    never will" -> "I have never cheated").
    """
    (old, mo), (new, mn) = _marked(a, edit[0], marks), _marked(b, edit[1], marks)
    if sorted(mo) == sorted(mn):
        return False
    if (mo and mn) or not edit[0] or not edit[1]:
        return True
    rest_a = similarity.stems(" ".join(t[0] for t in old))
    rest_b = similarity.stems(" ".join(t[0] for t in new))
    return not (rest_a or rest_b) or rest_a == rest_b


def _hedges(text: str) -> list[Marker]:
    return [(s, e, (0, "hedge")) for s, e in hedges(text)]


def _hedges_swapped(a: str, b: str, edit: tuple[list[Token], list[Token]]) -> bool:
    """Whether one edit drops a hedge or adds one where a second hedge elsewhere keeps
    the level the same: "findings suggest it could help" -> "findings show it could
    help" still hedges with "could", but the speaker's "suggest" became "show"."""
    return len(_marked(a, edit[0], _hedges)[1]) != len(_marked(b, edit[1], _hedges)[1])


def _marked(text: str, tokens: list[Token], marks: Callable[[str], list[Marker]]) -> tuple[list[Token], list[tuple[int, str]]]:
    """The tokens of an edit that are no marker, and the values of the markers in it."""
    spans = [m for m in marks(text) if any(m[0] < t[2] and t[1] < m[1] for t in tokens)]
    rest = [t for t in tokens if not any(s < t[2] and t[1] < e for s, e, _ in spans)]
    return rest, [v for *_, v in spans]
