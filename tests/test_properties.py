"""Invariants of the whole pipeline over generated input (hypothesis).

Whatever the text (right-to-left scripts, emoji and ZWJ sequences, combining marks,
lone surrogates, zero-width and non-breaking spaces, any line ends, Markdown or HTML
markup), mutate must not crash, every span it reports must be ``document[start:end]``
with a line and column that agree with its offset, every alignment must partition both
documents (:mod:`tests.invariants`), and two runs must render byte-identical output.
The example counts are modest so the suite stays quick; ``bench/fuzz.py`` is the long
run, and the inputs it found that broke an invariant are replayed here.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mutate import compare
from mutate.errors import InputError
from mutate.load import from_bytes, from_text
from mutate.render import render

from .invariants import check, rendered

FIXTURES = Path(__file__).parent / "fixtures"
# MUTATE_PROPERTY_EXAMPLES=1000 for a long run; the suite's default keeps it to seconds.
# The suite runs the same 40 examples every time (a test run must not pass or fail by
# luck); MUTATE_PROPERTY_EXAMPLES=2000 explores fresh random inputs instead.
_EXPLORE = os.environ.get("MUTATE_PROPERTY_EXAMPLES")
SETTINGS = settings(max_examples=int(_EXPLORE or 40), deadline=None, derandomize=not _EXPLORE,
                    suppress_health_check=[HealthCheck.too_slow])

# Words a news story is made of, and the characters that trip text tools.
WORDS = ["Putin", "ordered", "a", "purge", "of", "150", "officials", "said", "could", "will", "may",
         "around", "£4.5m", "40%", "“very concerned”", '"quoted"', "Mr.", "U.S.", "No.", "it's",
         "café", "Zürich", "שלום", "العربية", "😀", "👩\u200d👩\u200d👧", "e\u0301", "n\u0303o", "\u200b",
         "\u00a0", "\u202e", "**bold**", "[link](https://x.org)", "`code`", "&amp;", "<b>", "…", "—"]
ENDS = [".", "?", "!", ":", "", "…", ".”", "?\""]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\n\u00a0\n"]
PREFIXES = ["", "", "", "# ", "## ", "- ", "* ", "1. ", "> ", "See also: ", "Share this: "]


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
    return " ".join(words) + draw(st.sampled_from(ENDS))


@st.composite
def stories(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        line = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
        lines.append(draw(st.sampled_from(PREFIXES)) + line)
    breaks = draw(st.lists(st.sampled_from(BREAKS), min_size=len(lines), max_size=len(lines)))
    return "".join(line + br for line, br in zip(lines, breaks))


@st.composite
def edited(draw, text: str) -> str:
    """``text`` with a few words replaced, dropped or added: the kind of copy mutate reads."""
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(words)))
        op = draw(st.sampled_from(["replace", "drop", "add"]))
        if op == "replace" and at < len(words):
            words[at] = draw(st.sampled_from(WORDS))
        elif op == "drop" and at < len(words) and len(words) > 1:
            del words[at]
        else:
            words.insert(at, draw(st.sampled_from(WORDS)))
    return " ".join(words)


@st.composite
def pairs(draw) -> tuple[str, str]:
    a = draw(stories())
    b = draw(st.one_of(edited(a), stories(), st.just(a)))
    return a, b


def analysed(a: str, b: str, fmt: str = "text"):
    return compare(from_text(a, id="a", format=fmt), from_text(b, id="b", format=fmt))


def run_checked(analysis) -> dict[str, str]:
    out = rendered(analysis)
    check(analysis, json.loads(out["json"]))
    return out


@SETTINGS
@given(pairs(), st.sampled_from(["text", "markdown"]))
def test_spans_lines_and_partition_hold(pair, fmt):
    a, b = pair
    assume(a.strip() and b.strip())
    run_checked(analysed(a, b, fmt))


@SETTINGS
@given(pairs(), st.sampled_from(["text", "markdown"]))
def test_two_runs_render_the_same_bytes(pair, fmt):
    a, b = pair
    assume(a.strip() and b.strip())
    first = rendered(analysed(a, b, fmt))
    assert rendered(analysed(a, b, fmt)) == first


ANY_CHARACTER = st.characters(exclude_categories=())  # the default leaves out surrogates (Cs)


@SETTINGS
@given(st.text(ANY_CHARACTER, min_size=1, max_size=400), st.text(ANY_CHARACTER, max_size=400),
       st.sampled_from(["text", "markdown"]))
def test_any_unicode_at_all(a, extra, fmt):
    """Arbitrary code points: lone surrogates, controls, unassigned, private use."""
    assume(a.strip())
    analysis = analysed(a, a[: len(a) // 2] + extra + a[len(a) // 2:], fmt)
    out = run_checked(analysis)
    # Lone surrogates survive into the JSON as escapes that read back to the same text.
    doc = json.loads(out["json"])["documents"][0]
    assert [s["text"] for s in doc["sentences"]] == [s.text for s in analysis.documents[0].sentences]


@SETTINGS
@given(pairs(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"]))
def test_files_in_any_unicode_encoding(pair, codec):
    a, b = pair
    assume(a.strip() and b.strip())
    assume("\u2028" not in a + b)  # not a line end in a file: covered by the text tests
    docs = []
    for doc_id, text, name in (("a", a, "a.txt"), ("b", b, "b.md")):
        try:
            docs.append(from_bytes(text.encode(codec), id=doc_id, path=name))
        except InputError as exc:  # Markdown whose only blocks are blank: nothing to compare
            assert "no text" in str(exc) or "empty" in str(exc)
            return
    assert docs[0].text == a  # decoding keeps every character (only a BOM goes)
    run_checked(compare(*docs))


@SETTINGS
@given(pairs())
def test_html_pages(pair):
    """The same stories as saved pages: offsets point into the extracted text."""
    a, b = pair
    docs = []
    for doc_id, text in (("a", a), ("b", b)):
        body = "".join(f"<p>{_escape(line)}</p>\n" for line in text.splitlines() if line.strip())
        page = f"<!doctype html><html><head><title>Story</title></head><body><nav><a href='/'>Home</a></nav>" \
               f"<article>{body}</article><footer>© Courier</footer></body></html>"
        try:
            docs.append(from_bytes(page.encode("utf-8"), id=doc_id, path=f"{doc_id}.html"))
        except InputError:
            return  # a page with no extractable story is refused, correctly
    run_checked(compare(*docs))


@SETTINGS
@given(st.binary(max_size=600), st.sampled_from([None, "a.txt", "a.md", "a.html", "a.docx"]))
def test_any_bytes_are_read_or_refused(data, name):
    try:
        doc = from_bytes(data, id="a", path=name)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).strip()
        return
    check(compare(doc, doc))


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "nfc": lambda t: unicodedata.normalize("NFC", t),
    "nbsp": lambda t: t.replace(" ", "\u00a0", 3),
    "zero-width": lambda t: t.replace(" ", " \u200b", 2).replace("\n", "\u2060\n", 1),  # between words
    "straight-quotes": lambda t: t.replace("“", '"').replace("”", '"').replace("’", "'"),
}


@SETTINGS
@given(stories(), st.sampled_from(sorted(VARIANTS)))
def test_encoding_only_changes_are_at_most_cosmetic(text, variant):
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    other = VARIANTS[variant](text)
    assume(text.strip())
    labels = {f.label for f in analysed(text, other).findings}
    assert labels <= {"cosmetic"}, labels


def test_a_zero_width_character_inside_a_word_is_cosmetic():
    text = "The council said the damage could cost £4m.\n"
    hidden = text.replace("said", "sa\u200bid").replace("could", "co\u200buld")
    assert {f.label for f in analysed(text, hidden).findings} <= {"cosmetic"}


def test_a_short_utf16_file_without_a_bom_is_read():
    """Found by hypothesis: one emoji's surrogate pair put a zero byte on the other side."""
    assert from_bytes("\N{GRINNING FACE}.\n".encode("utf-16-le"), id="a", path="a.txt").text == "\N{GRINNING FACE}.\n"


def test_a_decomposed_accent_in_a_speaker_is_cosmetic():
    """Found by hypothesis in CI: "Zürich" in NFD read as another source credited."""
    text = "Putin.\nsaid Zürich.\n"
    assert {f.label for f in analysed(text, unicodedata.normalize("NFD", text)).findings} <= {"cosmetic"}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- Inputs the fuzzer found ------------------------------------------------------------

FUZZ_CASES = sorted(p for p in (FIXTURES / "fuzz").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", FUZZ_CASES, ids=[p.name for p in FUZZ_CASES])
def test_inputs_the_fuzzer_found(case):
    """Each folder holds the two files of one input that once broke an invariant."""
    files = sorted(case.iterdir())
    docs = [from_bytes(f.read_bytes(), id=f.stem, path=f.name) for f in files]
    run_checked(compare(*docs))


def test_same_output_in_another_process(tmp_path, console_script):
    """Set and dict order must not leak into the output: string hashing differs by process."""
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        for fmt in ("json", "html"):
            out = tmp_path / f"{seed}.{fmt}"
            subprocess.run([console_script, "diff", str(FIXTURES / "news-page.html"), str(FIXTURES / "draft.md"),
                            "--format", fmt, "-o", str(out)], check=True, env=env, timeout=120)
        outputs.append(((tmp_path / f"{seed}.json").read_bytes(), (tmp_path / f"{seed}.html").read_bytes()))
    assert outputs[0] == outputs[1]


def test_a_bom_is_the_only_character_dropped():
    text = "Prices rose 4%.\n"
    for data in (codecs.BOM_UTF8 + text.encode(), codecs.BOM_UTF16_LE + text.encode("utf-16-le")):
        assert from_bytes(data).text == text
    assert render(analysed(text, text), "text").count("0 findings") == 1


def test_the_checks_catch_a_wrong_span():
    """The invariants are not vacuous: a span one character off, a line off by one, a
    sentence missing from the alignment are each caught."""
    import dataclasses

    analysis = analysed("Around 150 spies were purged, officials said.\nRain fell.\n",
                        "300 spies were purged.\nRain fell.\n")
    check(analysis)
    finding = next(f for f in analysis.findings if f.target is not None and f.target.text)
    shifted = dataclasses.replace(finding.target, start=finding.target.start + 1)
    wrong_line = dataclasses.replace(finding.target, line=finding.target.line + 1)
    for span in (shifted, wrong_line):
        bad = dataclasses.replace(analysis, findings=(dataclasses.replace(finding, target=span),))
        with pytest.raises(AssertionError):
            check(bad)
    alignment = analysis.alignments[0]
    short = dataclasses.replace(alignment, links=alignment.links[:-1])
    with pytest.raises(AssertionError, match="partitioned"):
        check(dataclasses.replace(analysis, alignments=(short,)))
