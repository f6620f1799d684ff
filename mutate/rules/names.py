"""Names in news text: which capitalised words are names, and when two spellings name
the same thing.

A name is a capitalised word that is not a month or a function word, in a sentence
that is not a title-case headline (where capitals say nothing), or an acronym
anywhere. At the start of a sentence only an uncommon word is a name ("Hunter
announced", not "However" or "Researchers"). Two spellings are the same name across case, possessive, accents,
dots, plural and demonym endings, reordered parts, a part of the whole and a spelled
out acronym ("Russia"/"Russian", "UK"/"U.K.", "ViCoQA"/"UIT-ViCoQA", "EU"/"European
Union"), but a typo makes another name ("FSB"/"FB"), as labels.md asks. A country
goes by several names that share no spelling ("Britain"/"the UK", "US"/"America"):
:func:`places` finds them from ``lexicons/places.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lexicons import derived, lexicon
from .text import degree

_NAME = re.compile(r"\b[A-Z][\w\u0300-\u036f’'.&-]*[\w\u0300-\u036f]|\b[A-Z]\b")  # with combining marks (NFD)
_NOT_NAMES = frozenset(
    "i a an the this that these those he she it we they his her its their our my mr mrs ms dr in on at of "
    "for and but or as by to from with after before if when while but several some many most few all each "
    "every both other another such no none any rs".split()  # "Rs 1,150": rupees, not a name
)
# a currency and its figure, not a name: "NZ$4.6m", "A$3", "R2.3bn", "R1.9 billion" (not the road "A47")
_AMOUNT = re.compile(r"[A-Z]{1,3}\$\d|R\d[\d,.]*(?:(?:bn|mn?|tn)\b|\s+(?:billion|million|trillion)\b)")
_MONTHS_DAYS = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?", re.I)


def _title_case(text: str) -> bool:
    """A headline in title case ("Generals Set to Oust Putin"), where capitals say nothing."""
    most = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text)[1:] if len(w) >= 3]
    return len(most) >= 4 and sum(w[0].isupper() for w in most) / len(most) > 0.75


def normalised(name: str) -> str:
    """Case, possessive, accents and dots folded: "Vučić" / "Vucic", "U.K." / "UK"."""
    name = re.sub(r"[’']s$", "", unicodedata.normalize("NFKD", name))
    return re.sub(r"[\u0300-\u036f.]", "", name).casefold()


_SUFFIXES = frozenset({"", "s", "n", "an", "ian", "ns", "e", "es", "ese", "i", "is", "ish", "ons"})


def same_name(x: str, y: str) -> bool:
    """Whether two spellings name the same thing: case, possessive, plural and demonym
    aside ("Kremlin"/"Kremlins", "Russia"/"Russian", "Ukraine"/"Ukrainian"), but a
    typo is another name ("FSB"/"FB", "Soldatov"/"Soldatow").

    >>> same_name("Ukraine", "Ukrainian"), same_name("Soldatov", "Soldatow"), same_name("FSB", "FB")
    (True, False, False)
    >>> same_name("Duval", "Duvall"), same_name("Hélène", "Helene"), same_name("Whitcombe", "Whitcomb")
    (False, True, False)
    >>> same_name("Vucic", "Vučić"), same_name("UK", "U.K."), same_name("ViCoQA", "UIT-ViCoQA")
    (True, True, True)
    """
    x, y = normalised(x), normalised(y)
    if x == y:
        return True
    if sorted(re.split(r"[-\s]+", x)) == sorted(re.split(r"[-\s]+", y)):
        return True  # "German-English" / "English-German"
    short, long = sorted((x, y), key=len)
    if long == short + "s":
        return True  # "MP" / "MPs"
    if len(short) >= 2 and (short in re.split(r"[-\s]+", long) or _abbreviates(short, long)):
        return True  # a part of the name: "ViCoQA" / "UIT-ViCoQA", "Rev" / "Reverend"
    common = 0
    while common < min(len(x), len(y)) and x[common] == y[common]:
        common += 1
    ends = {x[common:], y[common:]}
    # a final "e" alone is a typo ("Whitcombe" / "Whitcomb"): demonyms change more ("Ukraine" / "Ukrainian")
    return common >= 4 and ends <= _SUFFIXES and ends != {"", "e"}


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is a clipped form of ``long`` ("Sept" / "September", "Corp" /
    "Corporation"): a clipping drops a syllable, so one extra letter is a typo instead
    ("Duval" / "Duvall").

    A name cut at a word boundary is another name ("Journal of Adolescent Health" is not
    the "Journal of Adolescent Health Research").

    >>> _abbreviates("sept", "september"), _abbreviates("duval", "duvall")
    (True, False)
    >>> _abbreviates("journal of health", "journal of health research")
    False
    """
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) >= 2 and long[len(short)].isalnum()


def names(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words that are names, not sentence starts or title case.

    >>> s = "Last month two top FB officers met Soldatov in Moscow."
    >>> [s[a:b] for a, b in names(s)]
    ['FB', 'Soldatov', 'Moscow']
    >>> s = "He was 27. Hunter announced it. However, researchers said so."
    >>> [s[a:b] for a, b in names(s)]
    ['Hunter']
    >>> s = "Two men were held. Due to a delay, Hunter left."
    >>> [s[a:b] for a, b in names(s)]
    ['Hunter']
    >>> s = "Midshires Water said so. Analysts said so."
    >>> [s[a:b] for a, b in names(s)]
    ['Midshires', 'Water']
    """
    return list(_names(text))


@derived
@lru_cache(maxsize=1 << 14)
def _names(text: str) -> tuple[tuple[int, int], ...]:
    title = _title_case(text)
    out = []
    for m in _NAME.finditer(text):
        word = m.group()
        upper = sum(c.isupper() for c in word)
        acronym = upper >= 2 and upper >= sum(c.islower() for c in word)  # "FSB", "BBC’s"; not "High-Alert"
        if (word.lower() in _NOT_NAMES or (_MONTHS_DAYS.fullmatch(word) and not acronym)
                or _AMOUNT.match(text, m.start())):
            continue
        if acronym or not (title or _opens(text, m.start())):
            out.append(m.span())
        elif not title and _after_full_stop(text, m.start()) and (not _common(word, text) or _names_on(text, m)):
            out.append(m.span())  # "He was 27. Hunter announced ...", "Midshires Water said"
    return tuple(out)


def _names_on(text: str, m: re.Match) -> bool:
    """Whether a sentence start that ends as common words do ("Midshires") runs on into a
    capitalised word, so opening a name of several words ("Midshires Water said")."""
    key = normalised(m.group())
    lower = {normalised(w) for w in re.findall(r"[\w’'-]+", text) if w[0].islower()}
    return (key not in lower and key not in _openers() and _COMMON_ENDING.search(key) is not None
            and re.match(r" [A-Z][a-z]", text[m.end():m.end() + 3]) is not None)


def _opens(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text, a sentence, a clause or a quote, where
    any word is capitalised."""
    return not text[:at].strip() or re.search(r"[.!?:;“‘\"(–—-]\s*$", text[:at]) is not None


def _after_full_stop(text: str, at: int) -> bool:
    """Whether the word at ``at`` starts a sentence: it opens the text or follows the end
    of an earlier sentence (a pair's text is whole sentences, so its start is one)."""
    return not text[:at].strip() or re.search(r"\w[)\"”’']*\s*[.!?][)\"”’']*\s+$", text[:at]) is not None


def _common(word: str, text: str) -> bool:
    """Whether a capitalised sentence start is a common word rather than a name: a
    function word or opener ("However", "Police"), a degree word ("Miracle", "Huge"), or a
    word the text also writes in lower case, unless the text capitalises it mid-sentence
    too ("Hunter ... met Hunter")."""
    if word in _place_table(lexicon("places"))[1]:
        return False  # "France", though it ends as "finance" does
    key = normalised(word)
    lower = {w for w in re.findall(r"[\w’'-]+", text) if w[0].islower()}
    if any(normalised(w) == key for w in lower):
        return True
    if any(normalised(text[slice(*span)]) == key for span in _plain_names(text)):
        return False
    loaded = any(hi - lo == len(word) for lo, hi, *_ in degree(word))  # "Miracle drug may ..."
    return loaded or key in _openers() or _COMMON_ENDING.search(key) is not None


# Endings of English adverbs, participles, adjectives and abstract or plural nouns
# ("Recently", "Based", "Experimental", "Analysis", "Historians"), which names
# rarely have; a place such as "Beijing" or "Nepal" opening a sentence is missed.
_COMMON_ENDING = re.compile(
    r"(?:ly|ing|ed|al|ic|ive|ous|ent|ant|tions?|sions?|ments?|ness|ity|ities|ists|ians|ics|ogy|"
    r"ance|ence|able|ible|ful|less|ysis|es|ts|ds|ns|ps|ks|gs|rs|ls|ms)$")


@lru_cache(maxsize=1 << 14)
def _plain_names(text: str) -> tuple[tuple[int, int], ...]:
    """Capitalised words that no sentence start explains: names for certain."""
    return tuple(m.span() for m in _NAME.finditer(text) if not _opens(text, m.start()))


@derived
@lru_cache(maxsize=4)
def _openers() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon("stopwords") + lexicon("openers")) | _NOT_NAMES


def places(text: str) -> list[tuple[int, int, int]]:
    """Mentions of a country or union (``lexicons/places.txt``) as (start, end, group):
    two mentions with one group name one place ("Britain", "the UK", "British").

    >>> s = "The United States and Britain"
    >>> [(s[a:b], g) for a, b, g in places(s)] == [("United States", 1), ("Britain", 0)]
    True
    """
    return list(_places(lexicon("places"), text))


@lru_cache(maxsize=1 << 14)
def _places(entries: tuple[str, ...], text: str) -> tuple[tuple[int, int, int], ...]:
    pattern, group_of = _place_table(entries)
    return tuple((m.start(), m.end(), group_of[m.group()]) for m in pattern.finditer(text))


def same_place(a: str, span: tuple[int, int], b: str) -> bool:
    """Whether the name at ``span`` of ``a`` is (or holds) a mention of a place that
    ``b`` also mentions, under any of its names ("Britain" -> "the UK")."""
    groups = {g for s, e, g in places(a) if s < span[1] and span[0] < e}
    return bool(groups) and any(g in groups for _, _, g in places(b))


@lru_cache(maxsize=4)
def _place_table(entries: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """A pattern of every name of every place, longest first, case kept ("US", not
    "us"), and the group each name belongs to."""
    group_of: dict[str, int] = {}
    for group, entry in enumerate(entries):
        for variant in (v.strip() for v in entry.split("|")):
            if variant:
                group_of.setdefault(variant, group)
    alts = sorted(map(re.escape, group_of), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?!\w)"), group_of


def capitalised(text: str) -> list[str]:
    """Every capitalised word, sentence starts included: a name that merely moved to
    the start of a sentence is still there."""
    return [m.group() for m in _NAME.finditer(text)]


def spelled_out(acronym: str, text: str) -> bool:
    """Whether ``text`` holds the words an acronym stands for ("EU" / "European Union")."""
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    if not (2 <= len(letters) <= 6 and letters.isupper()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", text))
    return letters in initials


def all_names(text: str) -> bool:
    """Whether every content word of an edit is capitalised ("Sergei Beseda", "FSB")."""
    content = [w for w in re.findall(r"[\w\u0300-\u036f’'.&-]+", text) if w.lower() not in _NOT_NAMES]
    return bool(content) and all(w[0].isupper() for w in content)
