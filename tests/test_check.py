"""``mutate check`` as a library: several sources, content severity, comments,
fingerprints and baselines (the command line is in test_gate_cli.py)."""

import json

import pytest

from mutate import gate
from mutate.check import check
from mutate.comments import parse
from mutate.errors import MutateError
from mutate.lexicons import lexicon
from mutate.model import Severity

from .newsroom import COUNCIL, FAITHFUL, IGNORE, STORY, WIRE, draft, make

SOURCES = ["sources/wire.txt", "sources/council.txt"]


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A scratch newsroom as the working directory; returns a function that adds drafts."""
    monkeypatch.chdir(tmp_path)

    def add(drafts, extra=None):
        make(tmp_path, drafts, extra)
        return tmp_path

    return add


def shown(analysis):
    """(label, severity, line, column) of each finding that counts, located in the draft."""
    from mutate.check import locate

    out = []
    for f in analysis.findings:
        if f.suppressed is None:
            span = locate(analysis, f)
            out.append((f.label, f.severity.value, span.line, span.column))
    return out


# ---------------------------------------------------------------- several sources

def test_each_draft_sentence_is_in_exactly_one_link_across_the_sources(newsroom):
    newsroom({"story.md": STORY})
    analysis = check(["drafts/story.md"], SOURCES)
    draft = analysis.document("story")
    assert [(a.source, a.target) for a in analysis.alignments] == [("wire", "story"), ("council", "story")]
    used = [j for a in analysis.alignments for link in a.links for j in link.target]
    assert sorted(used) == list(range(len(draft.sentences)))
    for a in analysis.alignments:
        source = analysis.document(a.source)
        assert sorted(i for link in a.links for i in link.source) == list(range(len(source.sentences)))


def test_a_claim_from_the_second_source_is_not_unsourced(newsroom):
    newsroom({"faithful.md": FAITHFUL})
    assert shown(check(["drafts/faithful.md"], SOURCES)) == []
    alone = shown(check(["drafts/faithful.md"], ["sources/wire.txt"]))
    assert ("quote-added", "error", 9, 1) in alone and ("sentence-added", "info", 7, 1) in alone


def test_a_quote_found_in_another_source_is_not_quote_added(newsroom):
    # The quote rides in a sentence that matches the wire best; its words are the council's.
    text = draft(("the council said.", "and “We are very concerned about the families,” the mayor said."),
                 ("“We are very concerned about the families,” said Mayor Ann Lee.\n", ""), base=FAITHFUL)
    newsroom({"mixed.md": text})
    labels = [f.label for f in check(["drafts/mixed.md"], SOURCES).findings]
    assert "quote-added" not in labels
    labels_wire_only = [f.label for f in check(["drafts/mixed.md"], ["sources/wire.txt"]).findings]
    assert "quote-added" in labels_wire_only


def test_a_dropped_caveat_is_a_warning_and_a_plain_omission_is_nothing(newsroom):
    newsroom({
        "cut.md": draft(("Police said two people were missing, but this has not been confirmed.\n", ""), base=FAITHFUL),
        "short.md": draft(("The council opened an emergency shelter at the primary school.\n", ""), base=FAITHFUL),
    })
    cut = check(["drafts/cut.md"], SOURCES)
    assert shown(cut) == [("sentence-deleted", "warning", 10, 1)]
    assert "denial, caveat or attribution" in cut.findings[0].message
    # An unused sentence without a denial, caveat or attribution is the draft's choice.
    assert shown(check(["drafts/short.md"], SOURCES)) == []


def test_content_keeps_a_dropped_caveat_at_least_a_warning_whatever_the_config(newsroom):
    root = newsroom(
        {"cut.md": draft(("Police said two people were missing, but this has not been confirmed.\n", ""), base=FAITHFUL)},
        {".mutate.toml": '[severity]\nsentence-deleted = "info"\n'},
    )
    assert shown(check(["drafts/cut.md"], SOURCES)) == [("sentence-deleted", "warning", 10, 1)]
    (root / ".mutate.toml").write_text('[severity]\nsentence-deleted = "off"\n')
    assert shown(check(["drafts/cut.md"], SOURCES)) == []


def test_an_omission_another_source_supplied_is_not_reported(newsroom):
    root = newsroom({"faithful.md": FAITHFUL})
    (root / "sources" / "agency.txt").write_text("Police said two people were missing, but this has not been confirmed.\n")
    analysis = check(["drafts/faithful.md"], SOURCES + ["sources/agency.txt"])
    assert shown(analysis) == []
    agency = next(a for a in analysis.alignments if a.source == "agency")
    assert [link.kind.value for link in agency.links] == ["deleted"]  # the wire's copy was used


# ---------------------------------------------------------------- comments

def test_an_ignore_comment_with_a_reason_suppresses_the_next_sentence(newsroom):
    newsroom({"story.md": draft(("300 homes", IGNORE + "300 homes"))})
    analysis = check(["drafts/story.md"], SOURCES)
    [finding] = analysis.findings
    assert finding.suppressed.by == "ignore-comment" and finding.suppressed.reason == "rounded per style guide"
    assert not analysis.verdict.failed and analysis.diagnostics == ()


@pytest.mark.parametrize("comment, problem", [
    ('<!-- mutate: ignore number-inflated -->\n', 'without reason="..."; not applied'),
    ('<!-- mutate: ignore number-inflted reason="x" -->\n', "unknown label 'number-inflted'"),
    ('<!-- mutate: ignore hedge-removed reason="x" -->\n', "matched no finding"),
    ('<!-- mutate: skip reason="x" -->\n', "unknown mutate comment 'skip'"),
    ('<!-- mutate: ignore number-inflated reason=rounded -->\n', 'write the reason in quotes'),
])
def test_a_comment_that_does_not_apply_is_a_diagnostic(newsroom, comment, problem):
    newsroom({"story.md": draft(("300 homes", comment + "300 homes"))})
    analysis = check(["drafts/story.md"], SOURCES)
    [diagnostic] = analysis.diagnostics
    assert problem in diagnostic.message and diagnostic.line == 3 and diagnostic.path == "drafts/story.md"
    assert analysis.verdict.failed  # the number is still inflated


def test_off_and_on_cover_a_block_and_no_label_means_every_label(newsroom):
    text = draft(("300 homes", '<!-- mutate: off reason="figures from the sheriff" -->\n300 homes'),
                 ("Police said", "Police said"), ("The Met Office may", "<!-- mutate: on -->\nThe Met Office will"))
    newsroom({"story.md": text})
    analysis = check(["drafts/story.md"], SOURCES)
    assert [(f.label, f.suppressed is not None) for f in analysis.findings] == [
        ("number-inflated", True), ("hedge-removed", False)]


def test_original_marks_own_reporting_as_sourced_and_nothing_else(newsroom):
    own = '<!-- mutate: original reason="own interview" -->\n“We lost everything in one night,” said Tom Hale.\n\n'
    newsroom({"story.md": draft(("The Met Office", own + "The Met Office"), base=FAITHFUL)})
    analysis = check(["drafts/story.md"], SOURCES)
    assert {f.label for f in analysis.findings} == {"sentence-added", "quote-added"}
    assert all(f.suppressed.reason == "original reporting: own interview" for f in analysis.findings)
    assert not analysis.verdict.failed


def test_original_over_sourced_text_is_a_diagnostic(newsroom):
    own = '<!-- mutate: original reason="own interview" -->\n'
    newsroom({"story.md": draft(("“We are", own + "“We are"), base=FAITHFUL)})
    [diagnostic] = check(["drafts/story.md"], SOURCES).diagnostics
    assert "a source says this" in diagnostic.message


def test_plain_text_comment_lines_are_not_sentences(newsroom):
    text = ("Storm hits Harbour Town\n# mutate: ignore number-inflated reason=\"rounded per style guide\"\n"
            "300 homes in Harbour Town were flooded overnight, the council said.\n")
    newsroom({"short.txt": text})
    analysis = check(["drafts/short.txt"], ["sources/wire.txt"])
    doc = analysis.document("short")
    assert [s.text for s in doc.sentences][1].startswith("300 homes")
    assert [s.index for s in doc.sentences] == [0, 1]
    assert [(f.label, f.suppressed.by) for f in analysis.findings if f.label == "number-inflated"] == [
        ("number-inflated", "ignore-comment")]
    assert "sentence-added" not in {f.label for f in analysis.findings}


def test_html_drafts_read_comments_from_the_raw_page(newsroom):
    page = ("<!doctype html><html><body><article>\n<h1>Storm hits Harbour Town</h1>\n" + IGNORE
            + "<p>300 homes in Harbour Town were flooded overnight, the council said.</p>\n"
            "<p>The Met Office may issue a further warning later this week.</p>\n</article></body></html>\n")
    newsroom({"story.html": page})
    analysis = check(["drafts/story.html"], ["sources/wire.txt"])
    inflated = [f for f in analysis.findings if f.label == "number-inflated"]
    assert len(inflated) == 1 and inflated[0].suppressed is not None and inflated[0].target.line == 4


def test_directives_parse_both_forms():
    text = '# mutate: off number-inflated, hedge-removed reason=\'quoted\'\nA.\n<!--\nmutate: on\n-->\n'
    assert [(d.verb, d.labels, d.reason, d.line, d.end_line) for d in parse(text, "text")] == [
        ("off", ("number-inflated", "hedge-removed"), "quoted", 1, 1), ("on", (), None, 3, 5)]
    assert [d.verb for d in parse(text, "markdown")] == ["on"]  # in Markdown, "# ..." is a heading


# ---------------------------------------------------------------- fingerprints and baselines

def fingerprints(analysis, label="number-inflated"):
    return [f.fingerprint for f in analysis.findings if f.label == label]


def test_a_fingerprint_survives_moving_its_paragraph_and_editing_others(newsroom):
    newsroom({"story.md": STORY})
    before = fingerprints(check(["drafts/story.md"], SOURCES))
    paragraphs = STORY.split("\n\n")
    moved = "\n\n".join(paragraphs[i] for i in (0, 2, 3, 1, 4, 5))
    moved = moved.replace("primary school", "village school")  # another sentence edited
    newsroom({"story.md": moved})
    after = check(["drafts/story.md"], SOURCES)
    assert fingerprints(after) == before and len(before) == 1
    assert after.document("story").sentences[1].text.startswith("Police")  # it did move


def test_the_same_edit_at_two_places_gets_two_fingerprints(newsroom):
    # The wire repeats its figure word for word at the end; the draft inflates it twice.
    repeated = "Around 150 homes in Harbour Town were flooded overnight, the council said.\n"
    root = newsroom({"story.md": STORY + "\n" + repeated.replace("Around 150", "300"), "again.md": STORY})
    (root / "sources" / "wire.txt").write_text(WIRE + repeated)
    analysis = check(["drafts/story.md", "drafts/again.md"], SOURCES)
    prints = fingerprints(analysis)
    assert [f.pair[1] for f in analysis.findings if f.label == "number-inflated"] == ["story", "story", "again"]
    assert len(set(prints)) == 3  # two places in one draft, and the same edit in another draft


def test_a_baseline_accepts_old_findings_and_not_new_ones(newsroom, tmp_path):
    root = newsroom({"story.md": STORY})
    accepted = check(["drafts/story.md"], SOURCES, accept_all=True)
    assert not accepted.verdict.failed
    baseline = root / "baseline.json"
    baseline.write_text(gate.baseline_json(accepted.findings, {"story": "drafts/story.md"}))
    assert json.loads(baseline.read_text())["findings"][0]["label"] == "number-inflated"
    newsroom({"story.md": draft(("The Met Office may", "The Met Office will"))})
    analysis = check(["drafts/story.md"], SOURCES, baseline=str(baseline))
    assert [(f.label, f.suppressed and f.suppressed.by) for f in analysis.findings] == [
        ("number-inflated", "baseline"), ("hedge-removed", None)]
    assert analysis.verdict.failed and analysis.verdict.counted == 1


@pytest.mark.parametrize("content, problem", [
    ("{", "baseline is not JSON"),
    ('{"schema": "x"}', "baseline has no findings list"),
    ('{"findings": [{"label": "x"}]}', "findings[0]: no fingerprint"),
])
def test_a_bad_baseline_is_an_input_error(newsroom, content, problem):
    root = newsroom({"story.md": STORY})
    (root / "b.json").write_text(content)
    with pytest.raises(MutateError, match=r"b\.json: " + problem.replace("[", r"\[").replace("]", r"\]")):
        check(["drafts/story.md"], SOURCES, baseline=str(root / "b.json"))


# ---------------------------------------------------------------- config

def test_config_overrides_severity_and_turns_labels_off(newsroom):
    root = newsroom({"story.md": STORY}, {".mutate.toml": '[severity]\nnumber-inflated = "warning"\n'})
    analysis = check(["drafts/story.md"], SOURCES)
    assert shown(analysis) == [("number-inflated", "warning", 3, 1)] and not analysis.verdict.failed
    (root / ".mutate.toml").write_text('fail-on = "warning"\n[severity]\nnumber-inflated = "warning"\n')
    assert check(["drafts/story.md"], SOURCES).verdict.failed
    (root / ".mutate.toml").write_text('[severity]\nnumber-inflated = "off"\n')
    # The rule does not run, so the pair is left to the benign labels.
    assert [f.label for f in check(["drafts/story.md"], SOURCES).findings] == ["paraphrase"]


def test_config_lexicons_extend_what_rules_see_for_that_run_only(newsroom):
    wire = WIRE.replace("The Met Office may issue", "The Met Office, per sources, is to issue")
    text = draft(("The Met Office may issue", "The Met Office is to issue"), base=FAITHFUL)
    root = newsroom({"story.md": text})
    (root / "sources" / "wire.txt").write_text(wire)
    assert "hedge-removed" not in {f.label for f in check(["drafts/story.md"], SOURCES).findings}
    (root / ".mutate.toml").write_text('[lexicons]\nhedges = ["per sources"]\n')
    assert "hedge-removed" in {f.label for f in check(["drafts/story.md"], SOURCES).findings}
    assert "per sources" not in lexicon("hedges")  # restored after the run


def test_an_intensifier_extension_reaches_the_cached_degree_table(newsroom):
    council = COUNCIL.replace("very concerned", "concerned")
    text = draft(("“We are very concerned", "“We are humongous concerned"), base=FAITHFUL)
    root = newsroom({"story.md": text})
    (root / "sources" / "council.txt").write_text(council)
    check(["drafts/story.md"], SOURCES)  # fills the cache with the shipped entries first
    (root / ".mutate.toml").write_text('[lexicons]\nintensifiers = ["humongous:3"]\n')
    found = check(["drafts/story.md"], SOURCES).findings
    assert any(f.label == "quote-altered" and "degree" in f.message for f in found)


def test_the_threshold_and_labels_of_each_draft_come_from_its_own_config(newsroom):
    root = newsroom({"story.md": STORY}, {"drafts/strict/.mutate.toml": 'fail-on = "none"\n'})
    (root / "drafts" / "strict" / "story2.md").write_text(STORY)
    analysis = check(["drafts/story.md", "drafts/strict/story2.md"], SOURCES)
    assert analysis.verdict.counted == 1 and analysis.verdict.threshold == "error,none"


def test_verdict_counts_labels_whatever_their_severity(newsroom):
    newsroom({"hedge.md": draft(("The council opened", "The council may have opened"), base=FAITHFUL)})
    assert not check(["drafts/hedge.md"], SOURCES).verdict.failed
    verdict = check(["drafts/hedge.md"], SOURCES, fail_on="none", fail_on_labels=["hedge-added"]).verdict
    assert verdict.failed and verdict.labels == ("hedge-added",) and verdict.threshold == "none"
    [finding] = check(["drafts/hedge.md"], SOURCES).findings
    assert finding.severity is Severity.WARNING
