"""Segment stage: a :class:`Document` -> the same document with its sentences.

Lines come first: a headline, a "See also ..." link or a caption has no end
punctuation and must not be glued to the next paragraph, so every non-blank line is a
unit of its own. Within a line, nltk's Punkt tokenizer finds the sentence boundaries,
with the abbreviations of ``lexicons/abbreviations.txt`` ("U.S.", "No. 10", "Mr."), and
two repairs follow that news text needs:

* a quoted question followed by its attribution stays one sentence:
  ``"Does it matter? It matters a lot," he said.``
* a piece with no letters or digits (a lone closing quote) joins its neighbour.

Every sentence is a slice of the original text, never a normalised copy.

Most boundaries need no model: a word or number of two or more characters (perhaps in
brackets or quotes) that is not an abbreviation, then ``.``, ``?`` or ``!``, white space
and a capital letter. Punkt breaks there in every case, so the line is cut at those
boundaries directly and Punkt reads only the pieces that still hold a doubtful one (an
initial, an abbreviation, "U.S.", a lower-case word after the period).
``tests/test_segment.py`` holds the two ways equal on every bundled text, and
``bench/check_segmenter.py`` on every line of the benchmark data.

Why Punkt: it splits every line of the sample family as syntok does, at ~20,000
sentences/s against syntok's 1,000-3,400 (pySBD is slower still), which is what lets a
10,000-sentence pair or a 1,000-version family run in seconds. Its trained English model
cannot be downloaded here, so it runs on an abbreviation list we ship; blingfire was as
fast but splits "He agreed. Mr. Smith left." after "Mr." and misses "Rain. U.S. troops".
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .chrome import LABELLED_WORDS, MAX_WORDS, is_chrome, labelled
from .lexicons import derived, lexicon
from .model import Document, Sentence

_LINE = re.compile(r"[^\r\n]+")
# A possible boundary inside a unit: end punctuation, closing quotes, then a space.
_INNER_BOUNDARY = re.compile(r"[.?!…][\"'”’)\]]*\s")
_DATE_PREFIX = re.compile(r"date\s+(\d{4}-\d{2}-\d{2})(?=\s)")
_QUOTE_CONTINUES = re.compile(r"^[^”\"]*?,\s*[”\"]")
# A unit longer than this is cut at spaces first (never inside a word), so a 5 MB line
# with no punctuation is split in bounded time and memory.
MAX_UNIT = 5_000
_LINE_END = re.compile(r"[.!?…:;,”\"’')\]]\s*$")
HEADLINE_WORDS = 25  # a headline is a line of its own, with no end punctuation, at most this long
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_PLAIN_SPACES = dict.fromkeys(map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                       "\u2009\u200a\u202f\u205f\u3000"), " ")
_ODD_SPACE = re.compile("[" + "".join(map(chr, _PLAIN_SPACES)) + "]")
# Fewer characters than this per boundary candidate on average is not prose.
MIN_PROSE_SENTENCE = 12


def segment(doc: Document) -> Document:
    """Split ``doc.text`` into sentences with exact offsets and line numbers.

    >>> doc = segment(Document(id="d", text='Title\\n"Does it matter? It matters," he said. Mr. Li left.'))
    >>> [(s.line, s.text) for s in doc.sentences]
    [(1, 'Title'), (2, '"Does it matter? It matters," he said.'), (2, 'Mr. Li left.')]
    >>> [s.text for s in segment(Document(id="d", text="Title\\nGot a story? Get in touch at news@x.com")).sentences]
    ['Title', 'Got a story? Get in touch at news@x.com']
    >>> [s.text for s in segment(Document(id="d", text="Who pays? Residents, council says\\nIt rose.")).sentences]
    ['Who pays? Residents, council says', 'It rose.']
    """
    spans: list[tuple[int, int]] = []
    whole_lines: set[int] = set()  # where a sentence that is a whole line starts
    date = doc.date
    text = doc.text
    units = []
    for unit_start, unit_end in _units(doc):
        start, end = _strip(text, unit_start, unit_end)
        if start == end:
            continue
        if not spans and not units:  # a leading "date 2022-05-05" stamp is metadata, its own unit
            stamp = _DATE_PREFIX.match(text, start, end)
            if stamp:
                date = date or stamp.group(1)
                spans.append((start, stamp.end()))
                start, end = _strip(text, stamp.end(), end)
                if start == end:
                    continue
        units.append((start, end))
    opening = _opening(text, units)
    for start, end in units:
        pieces = _split_unit(text[start:end])
        # a short line is one unit when it is chrome ("Got a story? Get in touch at ...")
        # or has no end punctuation, as a headline or a label ("Who pays? Residents, council
        # says"); a label or a teaser question may run longer ("Seen a beaver at work? Film it
        # and send it to the Yammer on WhatsApp, ...")
        line = text[start:end]
        if len(pieces) > 1 and len(line.split()) <= (LABELLED_WORDS if labelled(line) else MAX_WORDS) and (
                not _LINE_END.search(line) or is_chrome(line, own_line=True, first=start == opening)):
            pieces = [(0, end - start)]
        if len(pieces) == 1:
            whole_lines.add(start)
        for piece_start, piece_end in pieces:
            spans.append((start + piece_start, start + piece_end))
    sentences = []
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        line, _ = doc.line_col(start)
        chrome = is_chrome(chunk, own_line=start in whole_lines, first=start == opening)
        sentences.append(Sentence(index, start, end, chunk, line, chrome))
    return dataclasses.replace(doc, sentences=tuple(sentences), date=date)


def _opening(text: str, units: list[tuple[int, int]]) -> int | None:
    """Where the headline's line starts: the first line, which is never read as chrome
    by its shape alone, unless that line is chrome (and any lines after it) and the next
    one is shaped like a headline (a line of its own with no end punctuation):
    "Members' briefing: the damp toolkit is now available" above "Landlords must fix
    damp within 14 days".

    >>> text = "Free to read this week\\nLandlords must fix damp\\nThe rules apply from May."
    >>> _opening(text, [(0, 22), (23, 46), (47, 72)])
    23
    >>> text = "Keyholder · Issue 208\\nIn today's briefing: rent caps\\nCity caps rents\\nIt voted 7-4."
    >>> _opening(text, [(0, 21), (22, 52), (53, 68), (69, 81)])
    53
    """
    if not units:
        return None
    at = 0  # past every line of chrome above it: a masthead, then the contents
    while at + 1 < len(units) and is_chrome(text[units[at][0]:units[at][1]], own_line=True):
        at += 1
    if at and headline_shaped(text[units[at][0]:units[at][1]]):
        return units[at][0]
    return units[0][0]


def _units(doc: Document):
    """Where units may be: every line, or for Markdown the prose blocks markdown-it-py
    finds (headings without ``#``, paragraphs, list items without bullets)."""
    if doc.format == "markdown":
        from .loaders.markdown import blocks

        return blocks(doc.text)
    return ((m.start(), m.end()) for m in _LINE.finditer(doc.text))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` past white space (NBSP and zero-width spaces included)."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE_CHARS):
        end -= 1
    return start, end


@derived
@lru_cache(maxsize=65536)
def _split_unit(unit: str) -> tuple[tuple[int, int], ...]:
    """Sentence offsets within one line; cached because copies share most paragraphs.

    >>> _split_unit("No end punctuation here")
    ((0, 23),)
    """
    if len(unit) <= MAX_UNIT and not _INNER_BOUNDARY.search(unit):
        return ((0, len(unit)),)
    pieces: list[tuple[int, int]] = []
    for chunk_start, chunk_end in _chunks(unit):  # repairs stay inside a chunk: no piece outgrows it
        chunk = unit[chunk_start:chunk_end]
        pieces.extend((chunk_start + s, chunk_start + e) for s, e in _repair(chunk, _library_split(chunk)))
    return tuple(pieces)


def _chunks(unit: str) -> list[tuple[int, int]]:
    """Cut an over-long unit at white space into pieces of at most ``MAX_UNIT`` chars."""
    if len(unit) <= MAX_UNIT:
        return [(0, len(unit))]
    out, start = [], 0
    while len(unit) - start > MAX_UNIT:
        cut = unit.rfind(" ", start + MAX_UNIT // 2, start + MAX_UNIT)
        if cut <= start:
            cut = start + MAX_UNIT
        out.append((start, cut))
        start = cut
    out.append((start, len(unit)))
    return out


@lru_cache(maxsize=4)
def _punkt(abbreviations: tuple[str, ...]):
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    return PunktSentenceTokenizer(params)


def _library_split(chunk: str) -> list[tuple[int, int]]:
    """Sentence offsets from Punkt (code-point offsets into ``chunk``).

    Punkt sees a plain view of the chunk: other spaces (no-break, thin, ideographic)
    as " ", and invisible characters (zero-width space, word joiner, soft hyphen) taken
    out, its offsets mapped back. So "Mr.\\u00a0Putin" and "Mr. \\u200bPutin" split as
    "Mr. Putin" does: a character nobody sees must not move a sentence boundary.

    >>> _library_split("Mr. \u200bPutin left.\u00a0Rain fell.")
    [(0, 16), (17, 27)]
    """
    view = chunk.translate(_PLAIN_SPACES) if _ODD_SPACE.search(chunk) else chunk
    if not _INVISIBLE.search(view):
        return _visible_split(view)
    kept = [i for i, ch in enumerate(view) if ch not in _INVISIBLE_CHARS]
    if not kept:
        return []
    view = "".join(view[i] for i in kept)
    return [(kept[s], kept[e - 1] + 1) for s, e in _visible_split(view)]


def _visible_split(chunk: str) -> list[tuple[int, int]]:
    """Punkt's sentence offsets in ``chunk``, or a cut at every candidate when it is not prose."""
    candidates = list(_INNER_BOUNDARY.finditer(chunk))
    if len(candidates) * MIN_PROSE_SENTENCE > len(chunk):
        # Not prose (a row of dots, an initials list): Punkt costs ~50 µs a sentence, so a
        # 5 MB line of ". . ." would take minutes; cutting at each candidate is linear.
        boundaries = [m.end() for m in candidates]
        spans = zip([0] + boundaries, boundaries + [len(chunk)])
    else:
        spans = _model_split(chunk, candidates)
    out = []
    for start, end in spans:
        start, end = _strip(chunk, start, end)
        if start < end:
            out.append((start, end))
    if not out:  # Punkt found nothing: the chunk is one piece
        start, end = _strip(chunk, 0, len(chunk))
        out = [(start, end)] if start < end else []
    return out


def _model_split(chunk: str, candidates: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Cut at the certain boundaries, pass over the certain non-boundaries, and let
    Punkt decide inside each piece that still holds a doubtful one."""
    if not candidates:
        return [(0, len(chunk))]
    abbreviations = lexicon("abbreviations")
    spans, start, settled = [], 0, set()
    for m in candidates:
        verdict = _verdict(chunk, m, abbreviations)
        if verdict is True:
            spans.extend(_punkt_pieces(chunk, start, m.start() + 1, settled))
            start = m.start() + 1
        elif verdict is False:
            settled.add(m.start())
    spans.extend(_punkt_pieces(chunk, start, len(chunk), settled))
    return spans


# Where Punkt may see a boundary: end punctuation before white space and a word, or
# before any other punctuation (a superset of Punkt's own test, which has changed
# between versions: nltk 3.9 added curly quotes and guillemets).
_PUNKT_CANDIDATE = re.compile(r"[.?!](?=[^\w\s]|\s+\S)")


def _punkt_pieces(chunk: str, start: int, end: int, settled: set[int]) -> list[tuple[int, int]]:
    """``chunk[start:end]`` as one piece, or as Punkt splits it when it may hold a
    boundary that is not ``settled`` (known not to be one)."""
    if all(m.start() in settled for m in _PUNKT_CANDIDATE.finditer(chunk, start, end)):
        return [(start, end)]
    return [(start + s, start + e) for s, e in _punkt(lexicon("abbreviations")).span_tokenize(chunk[start:end])]


_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_NEXT_LETTER = re.compile(r"\s+[^\W\d_]")
# The word before a certain boundary: letters or digits (two or more, hyphenated parts
# allowed, or a number with separators), perhaps in brackets or quotes. A closing mark
# before the period makes the period a token of its own, which Punkt always breaks at.
_PLAIN_WORD = re.compile(r"[(\[\"“‘']*(?P<core>[^\W_]{2,}(?:[-–][^\W_]+)*|\d[\d,.]*\d)(?P<close>[)\]\"”’']*)")
# The word before a certain non-boundary: an abbreviation ("Mr", "U.S", "Lt-Col") or an
# initial, after only the opening marks Punkt's word tokenizer splits off.
_ABBREVIATION = re.compile(r"[(\[\"{`]*(?P<core>[^\W_]+(?:[.-][^\W_]+)*)")
_INITIAL = re.compile(r"[(\[\"{`]*[^\W\d_]")
# Punkt decides at a period by reading the next word too: a stop inside it ("II.,")
# can make the period a boundary, so such a case is left to Punkt.
_NEXT_INNER_STOP = re.compile(r"\s+\S*?[.?!]\S")


def _verdict(chunk: str, m: re.Match[str], abbreviations: tuple[str, ...]) -> bool | None:
    """Punkt's decision at candidate ``m`` where it is certain, else None.

    Punkt here runs without training data, so its decision turns on the word before
    the period and the one after: an abbreviation never ends a sentence, an initial
    never does before a word, and any other word or number does before a capital.
    """
    end = m.start()
    if chunk[end] not in ".?!" or len(m.group()) != 2:
        return None
    word_start = end
    while word_start > 0 and not chunk[word_start - 1].isspace():
        word_start -= 1
    known = _abbreviation_set(abbreviations)
    if chunk[end] == "." and not _NEXT_INNER_STOP.match(chunk, end + 1):
        abbreviation = _ABBREVIATION.fullmatch(chunk, word_start, end)
        if abbreviation and _is_abbreviation(abbreviation.group("core"), known):
            return False
        if _INITIAL.fullmatch(chunk, word_start, end) and _NEXT_LETTER.match(chunk, end + 1):
            return False
    word = _PLAIN_WORD.fullmatch(chunk, word_start, end)
    if not word or not _NEXT_CAPITAL.match(chunk, end + 1):
        return None
    if word.group("close") or not _is_abbreviation(word.group("core"), known):
        return True
    return None


def _is_abbreviation(core: str, known: frozenset[str]) -> bool:
    core = core.lower()
    return core in known or core.rsplit("-", 1)[-1] in known


@lru_cache(maxsize=4)
def _abbreviation_set(abbreviations: tuple[str, ...]) -> frozenset[str]:
    return frozenset(abbreviations)


def punkt_alone(line: str) -> list[tuple[int, int]]:
    """Punkt's stripped pieces of a prose line without the shortcut: the reference that
    ``tests/test_segment.py`` and ``bench/check_segmenter.py`` hold the shortcut to."""
    if not _INNER_BOUNDARY.search(line):
        return [(0, len(line))]
    pieces = [_strip(line, s, e) for s, e in _punkt(lexicon("abbreviations")).span_tokenize(line)]
    return [(s, e) for s, e in pieces if s < e] or [_strip(line, 0, len(line))]


def _repair(unit: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a quoted question to its attribution and a lone quote to its neighbour."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = unit[start:end]
        if out and not any(ch.isalnum() for ch in piece):
            out[-1] = (out[-1][0], end)
            continue
        if out:
            prev = unit[out[-1][0]:out[-1][1]]
            if prev.endswith(("?", "!")) and _opens_quote(prev) and _QUOTE_CONTINUES.match(piece):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    if len(out) > 1 and not any(ch.isalnum() for ch in unit[out[0][0]:out[0][1]]):
        out[0:2] = [(out[0][0], out[1][1])]
    return out


def _opens_quote(piece: str) -> bool:
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


def headline_shaped(line: str) -> bool:
    """Whether a line is shaped like a headline: no end punctuation, at most
    :data:`HEADLINE_WORDS` words.

    >>> headline_shaped("Rent cap: council votes 7-4"), headline_shaped("The council voted 7-4.")
    (True, False)
    """
    line = line.rstrip()
    return bool(line) and line[-1] not in ".!?;:\"”’'" and len(line.split()) <= HEADLINE_WORDS


def headline(sentences: tuple[Sentence, ...] | list[Sentence]) -> int | None:
    r"""The index of a document's headline: its first unit other than page chrome, when
    that is a line of its own with no end punctuation and more text follows.

    >>> from mutate.load import from_text
    >>> headline(from_text("Rates rise to 5.25%\n\nThe bank raised rates.").sentences)
    0
    >>> headline(from_text("The bank raised rates. It said so.").sentences) is None
    True
    """
    first = next((s for s in sentences if not s.boilerplate), None)
    if first is None or first.index + 1 >= len(sentences):
        return None
    text = first.text.rstrip()
    if not headline_shaped(text) or sentences[first.index + 1].line == first.line:
        return None
    return first.index
