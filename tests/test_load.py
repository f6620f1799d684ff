"""Load stage: formats chosen by content and name, encodings, and lines that point back
into the original files."""

import codecs
import html as html_module
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from mutate import compare
from mutate.cli import main
from mutate.errors import InputError
from mutate.load import decode, from_bytes, from_text, load
from mutate.loaders import markdown, sniff

from .fixtures.make_docx import build as build_docx

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "news-page.html"
DRAFT = FIXTURES / "draft.md"

SNIFF_TABLE = [
    # (bytes, file name, format)
    (b"Prices rose 4%.\n", "a.txt", "text"),
    (b"Prices rose 4%.\n", None, "text"),
    (b"# Title\n\n- item\n", None, "markdown"),
    (b"# Title\n\n- item\n", "draft.markdown", "markdown"),
    (b"Plain words\n", "notes.md", "markdown"),
    (b"<!DOCTYPE html><html><p>Hi</p></html>", "saved.txt", "html"),
    (b"\xef\xbb\xbf  <html lang='en'><body><p>Hi</p></body></html>", None, "html"),
    (b"<div>x</div>", "page.htm", "html"),
    (b"<p>5 < 6 in a text file</p>", "notes.txt", "text"),
]


@pytest.mark.parametrize("data, name, fmt", SNIFF_TABLE)
def test_format_is_chosen_by_content_then_name(data, name, fmt):
    assert sniff(data, name) == fmt


def test_a_docx_is_recognised_by_its_content_whatever_its_name(tmp_path):
    path = build_docx(str(tmp_path / "story.bin"))
    assert sniff(Path(path).read_bytes(), path) == "docx"


@pytest.mark.parametrize("data, problem", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"PK\x03\x04\x14\x00\x00\x00", "zip archive"),
    (b"{\\rtf1\\ansi Hello}", "RTF"),
])
def test_files_given_by_mistake_are_named(data, problem):
    with pytest.raises(InputError, match=problem):
        sniff(data, "story.txt")


# --- Markdown ---------------------------------------------------------------------

def test_markdown_text_is_the_file_and_units_are_its_prose():
    doc = load(str(DRAFT))
    raw = DRAFT.read_text(encoding="utf-8")
    assert doc.format == "markdown" and doc.text == raw
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Storm destroys Harbour Town: 300 homes hit"  # no '#'
    assert "What happens next" in texts
    assert "The Met Office may issue a further warning later this week." in texts  # no bullet
    joined = "\n".join(texts)
    for not_prose in ("title:", "status: draft", "TODO", "curl", "```", "---"):
        assert not_prose not in joined


def test_markdown_sentence_lines_point_at_the_md_file():
    doc = load(str(DRAFT))
    lines = DRAFT.read_text(encoding="utf-8").splitlines()
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        first = s.text.splitlines()[0]
        assert first in lines[s.line - 1], (s.line, s.text)


@pytest.mark.parametrize("source, units", [
    ("Title\n=====\n\nBody text.\n", ["Title", "Body text."]),
    ("## Closed heading ##\n", ["Closed heading"]),
    ("1. First point.\n2) Second point.\n", ["First point.", "Second point."]),
    ("- [x] Done item.\n", ["Done item."]),
    ("> A quoted line\n> runs on.\n", ["A quoted line\n> runs on."]),
    ("    indented code\n\nProse.\n", ["Prose."]),
    ("<!-- a comment -->\n\nProse.\n", ["Prose."]),
    ("+++\ntitle = 'x'\n+++\nProse.\n", ["Prose."]),
    ("| a | b |\n|---|---|\n| 1 | 2 |\n", ["a | b", "1 | 2"]),
    ("Line one\r\nline two.\r\n\r\n# Next\r\n", ["Line one\r\nline two.", "Next"]),
])
def test_markdown_blocks(source, units):
    assert [source[s:e] for s, e in markdown.blocks(source)] == units


def test_markdown_markup_alone_changes_nothing_but_cosmetics():
    a = from_text("# Storm\n\nThe council said the damage could cost £4m.\n", id="a", format="markdown")
    b = from_text("# Storm\n\nThe **council** said the damage _could_ cost [£4m](https://x.org/a).\n",
                  id="b", format="markdown")
    assert {f.label for f in compare(a, b).findings} <= {"cosmetic"}


# --- HTML -------------------------------------------------------------------------

def test_html_page_keeps_the_story_and_drops_the_chrome():
    doc = load(str(PAGE))
    assert doc.format == "html"
    assert doc.title == "Storm floods Harbour Town: around 150 homes hit" and doc.date == "2024-03-04"
    assert "Around 150 homes in Harbour Town were flooded overnight" in doc.text
    assert "could cost up to £4m" in doc.text and "“We are very concerned" in doc.text  # entities decoded
    for chrome in ("Politics", "Facebook", "Related stories", "flood barrier", "thoughts with everyone",
                   "Post Comment", "All rights reserved", "newsletter"):
        assert chrome not in doc.text
    see_also = [s for s in doc.sentences if s.text.startswith("See also")]
    assert see_also and all(s.boilerplate for s in see_also)


def _visible_line(raw_line: str) -> str:
    return " ".join(html_module.unescape(re.sub(r"<[^>]*>", "", raw_line)).split())


def _on_lines(text: str, raw: list[str], line: int) -> bool:
    """Whether ``text`` starts on page line ``line`` (1-based) and runs on over the next
    lines of the page, word for word; tags and entities are read as a browser shows them."""
    words = text.split()
    if not words:
        return True
    here = _visible_line(raw[line - 1])
    k = len(words)
    while k and " ".join(words[:k]) not in here:
        k -= 1
    if k == 0:
        return False
    rest = " ".join(words[k:])
    after = " ".join(_visible_line(r) for r in raw[line:line + 3])
    return here.endswith(" ".join(words[:k])) and after.startswith(rest) if rest else True


def test_html_sentence_lines_point_at_the_saved_page():
    doc = load(str(PAGE))
    raw = PAGE.read_text(encoding="utf-8").splitlines()
    assert len(doc.sentences) >= 7
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert _on_lines(s.text, raw, s.line), (s.line, s.text)


def test_a_span_on_the_second_line_of_a_paragraph_gets_that_line():
    """The page wraps "...burst its banks,\\n officials said on Monday.": a change to
    "officials said" is on the second line, not where the paragraph starts."""
    doc = load(str(PAGE))
    raw = PAGE.read_text(encoding="utf-8").splitlines()
    at = doc.text.index("officials said on Monday")
    line, _ = doc.line_col(at)
    assert "officials said on Monday" in raw[line - 1]
    assert "Around 150 homes" in raw[doc.line_col(doc.text.index("Around 150 homes"))[0] - 1]
    assert doc.line_col(doc.text.index("Around 150 homes"))[0] == line - 1


def test_shown_by_a_saved_page_and_a_markdown_draft(tmp_path, console_script):
    """The acceptance example, through the installed script: every finding between a
    saved page and a Markdown draft names a line of the original file that holds its
    text (at its column, for Markdown)."""
    out = tmp_path / "findings.json"
    proc = subprocess.run([console_script, "diff", str(PAGE), str(DRAFT), "--format", "json", "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["format"] for d in data["documents"]] == ["html", "markdown"]
    raw = {"news-page": PAGE.read_text(encoding="utf-8").splitlines(),
           "draft": DRAFT.read_text(encoding="utf-8").splitlines()}
    labels = {f["label"] for f in data["findings"]}
    assert {"number-inflated", "hedge-removed", "quote-altered", "attribution-removed", "boilerplate"} <= labels
    checked = 0
    for f in data["findings"]:
        for side in ("source", "target"):
            span = f[side]
            if span is None or not span["text"].strip():
                continue
            if span["doc"] == "news-page":  # columns count in the extracted text; lines are the page's
                assert _on_lines(span["text"], raw["news-page"], span["line"]), (f["label"], span)
            else:
                line = raw["draft"][span["line"] - 1]
                assert line[span["column"] - 1:].startswith(span["text"].splitlines()[0]), (f["label"], span)
            checked += 1
    assert checked >= 10


# --- Word ---------------------------------------------------------------------------

def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    doc = load(build_docx(str(tmp_path / "story.docx")))
    lines = doc.text.splitlines()
    assert doc.format == "docx" and doc.title == "Storm floods Harbour Town" and doc.date == "2024-03-04"
    assert lines[0] == "Storm floods Harbour Town"
    assert "Around 150 homes in Harbour Town were flooded overnight, officials said." in lines  # runs joined
    assert lines.index("The council said the damage could cost up to £4m to repair.") < lines.index(
        "Old Quay | 90") < lines.index("Police did not confirm reports that two people were missing.")


def test_docx_against_its_text_copy_finds_the_edit(tmp_path):
    word = load(build_docx(str(tmp_path / "story.docx")))
    edited = from_text(word.text.replace("could cost up to", "will cost"), id="edited")
    assert {"hedge-removed", "approximation-removed"} <= {f.label for f in compare(word, edited).findings}


def test_a_broken_docx_is_an_input_error(tmp_path):
    path = Path(build_docx(str(tmp_path / "story.docx")))
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(InputError, match="story.docx: .*(zip|docx)"):
        load(str(path))


# --- Encodings ----------------------------------------------------------------------

STORY = "The café in Zürich said prices rose “sharply”: £4 for a coffee, officials said.\n"


@pytest.mark.parametrize("data", [
    STORY.encode("utf-8"),
    codecs.BOM_UTF8 + STORY.encode("utf-8"),
    codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
    STORY.encode("utf-16-le"),  # no BOM: charset-normalizer
    STORY.encode("cp1252"),  # ties cp1250 in charset-normalizer; "£" must not become "Ł"
])
def test_encodings_decode_to_the_same_text(data):
    assert decode(data) == STORY


def test_other_legacy_encodings_are_detected():
    russian = "Президент заявил, что цены выросли на четыре процента за месяц.\n" * 3
    assert decode(russian.encode("cp1251")) == russian


def test_undecodable_bytes_are_refused():
    with pytest.raises(InputError, match="cannot decode|binary"):
        decode(bytes(range(128, 256)) * 8 + b"\x01\x02\x03\x04\x05", "junk.txt")


ENCODING_VARIANTS = {
    "bom": lambda t: "\ufeff" + t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "zero-width": lambda t: t.replace("minister", "mini\u200bster").replace("rose", "rose\u2060"),
    "nbsp": lambda t: t.replace("4% ", "4%\u00a0").replace("The ", "The\u00a0"),
    "straight-quotes": lambda t: t.replace("“", '"').replace("”", '"').replace("’", "'"),
    "curly-quotes": lambda t: t.replace("'s", "’s"),
}
BASE = ("Storm hits the coast\n\nThe minister said “we will not resign” on Monday.\n"
        "Prices in Zürich rose 4% at the café, officials said.\nIt's the council's “big” problem.\n")


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:  # cp1252 has no combining accent or zero-width space
        return False
    return True


@pytest.mark.parametrize("variant, codec", [
    (v, c) for v in sorted(ENCODING_VARIANTS) for c in ("utf-8", "utf-16", "cp1252")
    if _encodable(ENCODING_VARIANTS[v](BASE), c)
])
def test_encoding_only_differences_are_at_most_cosmetic(tmp_path, variant, codec):
    data = ENCODING_VARIANTS[variant](BASE).encode(codec)
    (tmp_path / "a.txt").write_bytes(BASE.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(data)
    analysis = compare(tmp_path / "a.txt", tmp_path / "b.txt")
    assert {f.label for f in analysis.findings} <= {"cosmetic"}, [(f.label, f.message) for f in analysis.findings]
    doc = analysis.documents[1]
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


# --- Plain-text page chrome -----------------------------------------------------------

def test_related_headlines_are_marked_as_chrome():
    text = ("Storm hits the coast\nAround 150 homes were flooded, officials said.\n"
            "Council Approves New Flood Barrier Plan\nThe mayor may resign.\n"
            "Ten Things To Do When Your Home Floods")
    doc = from_text(text)
    marked = [s.text for s in doc.sentences if s.boilerplate]
    assert marked == ["Ten Things To Do When Your Home Floods"]  # a sub-heading mid-story stays


def test_a_repeated_headline_is_chrome_and_never_a_mutation():
    a = from_text("Prices rose 4%, officials said.\nThe mayor may resign.\n", id="a")
    b = from_text("Prices rose 4%, officials said.\nMayor faces questions over flood plan\n"
                  "The mayor may resign.\nMayor faces questions over flood plan\n", id="b")
    assert [s.boilerplate for s in b.sentences] == [False, True, False, True]
    assert {f.label for f in compare(a, b).findings} == {"boilerplate"}


def test_from_bytes_reads_html_from_memory():
    doc = from_bytes(PAGE.read_bytes(), id="page")
    assert doc.format == "html" and doc.sentences[0].text.startswith("Storm floods Harbour Town")


def test_plain_text_chrome_is_marked_dimmed_and_never_a_mutation():
    """The seeds' page chrome, pasted under a story: boilerplate findings only, and the
    report dims those rows."""
    story = "Storm hits the coast\nAround 150 homes were flooded, officials said.\nThe mayor may resign.\n"
    chrome = ("See also: Bloke who made Putin voodoo doll\nShare this:\nSimilar Posts\nLeave a Reply\n"
              "For the latest news, sign up for our newsletter.\nRelated: flood barrier plan\n"
              "Ten Things To Do When Your Home Floods And")
    analysis = compare(from_text(story, id="a"), from_text(story + chrome, id="b"))
    marked = [s.text for s in analysis.documents[1].sentences if s.boilerplate]
    assert len(marked) == len(chrome.splitlines())
    assert {f.label for f in analysis.findings} == {"boilerplate"}
    from mutate.render import render

    page = render(analysis, "html")
    assert page.count('class="chrome"') == len(marked)
