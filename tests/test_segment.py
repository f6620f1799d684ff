"""Segmentation golden table (after pySBD's GOLDEN_EN_RULES_TEST_CASES): text -> units."""

import pytest

from mutate.load import from_text

NBSP = "\u00a0"

GOLDEN = [
    # a quoted question followed by its attribution stays one sentence
    ('"Does it matter? It matters a lot," he said. He left.',
     ['"Does it matter? It matters a lot," he said.', "He left."]),
    ("“Does it matter? It matters a lot,” Andrei Soldatov told CEPA. “It is new.”",
     ["“Does it matter? It matters a lot,” Andrei Soldatov told CEPA.", "“It is new.”"]),
    # abbreviations do not end sentences
    ("The U.S. embassy said No. 10 agreed. Mr. Smith left early.",
     ["The U.S. embassy said No. 10 agreed.", "Mr. Smith left early."]),
    # non-breaking spaces are kept inside and trimmed outside
    (f"Putin{NBSP}spoke. Then{NBSP}he left.{NBSP}", [f"Putin{NBSP}spoke.", f"Then{NBSP}he left."]),
    # the seeds' leading date stamp is its own unit
    (" date 2022-05-05 Rumors about Kremlin officials continue to grow.",
     ["date 2022-05-05", "Rumors about Kremlin officials continue to grow."]),
    # a lone closing quote joins the sentence before it
    ("I don’t think it went well because he came. ”", ["I don’t think it went well because he came. ”"]),
    # headlines and "See also" lines have no end punctuation and stay separate
    ("Kremlin on high alert over possible coup\nSee also  First look at a £430m yacht\nThe FSB is worried.",
     ["Kremlin on high alert over possible coup", "See also  First look at a £430m yacht", "The FSB is worried."]),
    # CRLF and CR line ends
    ("One line.\r\nTwo line.\rThree line.", ["One line.", "Two line.", "Three line."]),
    # quotes inside a sentence, curly single quotes and apostrophes
    ("Putin’s ‘special operation’ failed. It’s over.", ["Putin’s ‘special operation’ failed.", "It’s over."]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden(text, expected):
    assert [s.text for s in from_text(text).sentences] == expected


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_offsets_point_at_the_original(text, expected):
    doc = from_text(text)
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert doc.line_col(s.start)[0] == s.line


def test_line_numbers_follow_the_file():
    doc = from_text("Title\n\nFirst one. Second one.\n\nThird.")
    assert [(s.line, s.text) for s in doc.sentences] == [
        (1, "Title"), (3, "First one."), (3, "Second one."), (5, "Third.")]


def test_date_stamp_sets_the_document_date():
    assert from_text(" date 2022-05-05 Rumors grow.").date == "2022-05-05"


@pytest.mark.parametrize("line, chrome", [
    ("Share this:", True), ("See also  Bloke who made Putin voodoo doll", True), ("Leave a Reply", True),
    ("Similar Posts", True), ("All comments.", True), ("Source: With Agencies", True),
    ("For the latest breaking news, sign up for our newsletter by clicking here.", True),
    ("Russia has struggled to topple major Ukrainian cities (stock image)", True),
    ("Critics say they will share this view.", False), ("See the full report below.", False),
])
def test_boilerplate_marks(line, chrome):
    doc = from_text("The story.\n" + line)
    assert doc.sentences[-1].boilerplate is chrome


@pytest.mark.parametrize("line, chrome", [
    # a line of its own, no end punctuation, speaking to the page's reader
    ("Join the Daily Spur on WhatsApp for the biggest stories", True),
    ("Donate to keep Castlebridge Forward independent", True),
    ("You are receiving Pennywise because you signed up on our website", True),
    ("Story continues below advertisement", True),
    ("Orbital Desk Pro subscribers can read our full analysis of the launch data", True),
    ("In pictures: Tenbury Wells under water", True),
    # the story's own sentences end with a full stop, and lyrics speak to a "you"
    ("Join the protest at noon, organisers urged.", False),
    ("Watch for ice on untreated roads.", False),
    ("Hey, I just met you and this is crazy", False),
    ("Flood defences hold in Tenbury Wells", False),
])
def test_lines_that_speak_to_the_reader_are_chrome(line, chrome):
    doc = from_text("Headline\n\nThe story.\n\n" + line)
    assert doc.sentences[-1].boilerplate is chrome


def test_the_headline_is_never_chrome_by_its_shape():
    doc = from_text("Watch out: flood warnings for the Teme\n\nThe river rose.")
    assert not doc.sentences[0].boilerplate


def test_a_call_to_action_inside_a_paragraph_is_story():
    doc = from_text("Headline\n\nThe council met. Join the Daily Spur on WhatsApp for the biggest stories")
    assert not doc.sentences[-1].boilerplate


def test_a_very_long_line_is_cut_not_stalled():
    text = ("word " * 40_000).strip() + ". Next sentence."
    doc = from_text(text)
    assert doc.sentences[-1].text == "Next sentence." or doc.sentences[-1].text.endswith("Next sentence.")
    assert "".join(doc.text[s.start:s.end] for s in doc.sentences).replace(" ", "") == text.replace(" ", "")


# --- The shortcut past Punkt ------------------------------------------------------------

def _prose_lines():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for path in sorted([*root.glob("samples/**/*.txt"), *root.glob("tests/families/**/*.txt")]):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line and len(line) < 5_000:
                yield line


@pytest.mark.parametrize("line", [
    "He left in 1990. The war began.",          # a number before the period: Punkt's call
    "It was led by J. Smith. Nobody came.",     # an initial: not a boundary
    'He said "no." Then he left.',              # a closing quote after the period
    "Rain fell on Paris. The Seine rose.",      # a capitalised word: certain
    "It fell.Then it rose. It fell again.",     # no space: never a boundary
    "You should ask Mr. Li. He knows the answer.",  # an abbreviation before a capital
    "Is it over? Yes! It is.",
    "It was written by J. R. Smith in the spring of that year.",  # initials before names
    "The essays (Nature and Science, vol. I., 1862; vol. II., 1884) sold well. He wrote more.",
    "He moved to the U.S. in 1990 and then to St. Louis. The firm followed him.",
    "He said “it is over.” Then he left. She said \"no.\" Then she went.",  # closing quotes
    "Prices rose (by 4%). Then they fell « sharply ». It ended.",
])
def test_the_shortcut_splits_as_punkt_does(line):
    from mutate.segment import _visible_split, punkt_alone

    assert _visible_split(line) == punkt_alone(line)


def test_the_shortcut_agrees_with_punkt_on_every_bundled_line():
    """Cutting at certain boundaries without Punkt must never change a sentence."""
    from mutate.segment import _visible_split, punkt_alone

    lines = list(_prose_lines())
    assert len(lines) > 300
    disagree = [line for line in lines if _visible_split(line) != punkt_alone(line)]
    assert not disagree, disagree[:3]
