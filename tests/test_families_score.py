"""Score mutate on the labelled families of ``tests/families`` (format: its README).

Every rewrite is compared with its family's source by :func:`mutate.compare`; each
finding is matched to at most one expected finding of the same label whose snippet
lies in the sentences the finding's link covers. Micro precision and recall over all
pairs must stay at or above the floors below, which only ever rise.

Measured (160 expected findings, 18 pairs)::

    before the rules for all 28 labels: precision 0.65 (105/161), recall 0.66 (105/160)
    with them:                          precision 0.84 (131/156), recall 0.82 (131/160)

The held-out families (``tests/families_heldout``, 217 expected findings, 18 pairs),
scored once before any rule was changed for them: precision 0.82 (178/218), recall
0.82 (178/217); after the fixes they showed were needed (calls to action as page
chrome, headline words, the month "May", years before an event noun): precision 0.88
(191/216), recall 0.88 (191/217). ``--held-out`` prints their table.

A second held-out set (``tests/families_heldout_b``, 231 expected findings, 18 pairs),
written once those fixes were in and scored before any rule was changed for it:
precision 0.78 (182/234), recall 0.79 (182/231). After the fixes it showed (quote
speakers after an organisation's title or run on from a credited quote, link labels
and plugs as page chrome, opinions and "according to" descriptions as sources, extreme
words for a plain one, a quote reported rather than newly attributed): precision 0.86
(196/228), recall 0.85 (196/231), and the first set 0.91 (197/217) / 0.91 (197/217), held to 0.90.
Later fixes from its remaining misses (hedges dropped beside one that stays, a
relation verb swapped in its slot, quantifiers and speakers in quotes, long names
respelt, sources by kind): 0.96 (220/229) / 0.95 (220/231). ``--held-out-b`` prints
its table.

A third held-out set (``tests/families_heldout_c``, 223 expected findings, 18 pairs),
written after those fixes and scored before any rule was changed for it: precision
0.80 (179/223), recall 0.80 (179/223). After the fixes it showed (headlines paired and
compared however freely rewritten, the loaded words of tabloid headlines, newsletter
plugs as page chrome): 0.87 (194/222) / 0.87 (194/223); after a second round on its
misses (attempts and dropped modals as hedges, "according to" sources, names that say
no kind, cuts from quotes): 0.92 (205/222) / 0.92 (205/223). ``--held-out-c`` prints
its table.

A fourth held-out set (``tests/families_heldout_d``, 230 expected findings, 18 pairs),
written after those fixes and scored before any rule was changed for it: precision
0.86 (196/229), recall 0.85 (196/230); after the one fix it showed (a quote put into
reported speech after a speaker set off by commas): 0.87 (200/229) / 0.87 (200/230);
after a second round on its misses ("could not" as inability, "expected" forecasts,
"said it would" promises, sources set off by a relative clause, ratios and "by half",
degree adverbs after their verb, "unlikely" as a negation, framing verbs swapped in
place, newsletter disclaimers): 0.95 (219/230) / 0.95 (219/230). ``--held-out-d``
prints its table.

A fifth held-out set (``tests/families_heldout_e``, 237 expected findings, 18 pairs),
written after those fixes and scored before any rule was changed for it: precision
0.86 (205/237), recall 0.86 (205/237); after the fixes it showed (tabloid words of
tone, a degree word opening a headline is no name, more page chrome, a framing verb
that moved to the front): 0.92 (219/238) / 0.92 (219/237); after a second round on
its misses (speakers after a possessive title, numbers known by the words before them,
"critics fear that", sources past an owner or an auxiliary, "heavily congested" cut,
"2.3m", hectares): 0.98 (232/237) / 0.98 (232/237). ``--held-out-e`` prints its table.

A sixth held-out set (``tests/families_heldout_f``, 231 expected findings, 18 pairs),
written while that second round was made and scored once it was in, before any rule
was changed for it: precision 0.82 (186/227), recall 0.81 (186/231). After the fixes
it showed (page chrome read from the shape of a line that speaks to the reader, times
of day, rounded amounts as approximations, tabloid words of blame, "violently" and
"systematically" as degree words): 0.93 (213/228) / 0.92 (213/231). ``--held-out-f``
prints its table.

A seventh held-out set (``tests/families_heldout_g``, 229 expected findings, 18 pairs),
written after those fixes and scored before any rule was changed for it: precision
0.88 (202/229), recall 0.88 (202/229), the best first reading so far; 17 of its 27 misses
were page chrome in new wordings. After the fixes it showed (tag, print, comment and
sponsored-story lines as chrome, tabloid words, "ordered to", a body's judgement credited
by name): 0.98 (225/229) / 0.98 (225/229). ``--held-out-g`` prints its table.

An eighth held-out set (``tests/families_heldout_h``, 232 expected findings, 18 pairs),
written to avoid every page-chrome wording of the sets before and scored before any rule
was changed for it: precision 0.76 (182/238), recall 0.78 (182/232), the lowest first
reading; page chrome was 29 of its 50 misses and 37 of its 56 false positives. After the
fixes it showed (a short line of chrome kept as one unit, a teaser question before a
call to action, money in A$ and NZ$, numbers in words as digits, "may have lower" as a
hedged correlation, more degree words): 0.95 (220/231) / 0.95 (220/232).
``--held-out-h`` prints its table.

A ninth held-out set (``tests/families_heldout_i``, 231 expected findings, 18 pairs),
written after those fixes and scored before any rule was changed for it: precision
0.84 (195/231), recall 0.84 (195/231); page chrome was 24 of its 36 misses. Reading
chrome from the other version too (an unmatched short unpunctuated line the other
version's story hardly shares a word with, ``mutate.chrome.stray``) took it to 0.94 /
0.94 alone; after a few more fixes 0.97 (225/231) / 0.97 (225/231). ``--held-out-i``
prints its table.

A tenth held-out set (``tests/families_heldout_j``, 237 expected findings, 18 pairs),
written after those fixes and scored before any rule was changed for it: precision
0.92 (219/237), recall 0.92 (219/237), the first first reading above 0.9; page chrome
was 3 of its 18 misses. After the fixes it showed (tabloid and degree words, a body
named after a place, units and rupees restyled, breadcrumbs): 0.96 (229/238) / 0.97
(229/237). ``--held-out-j`` prints its table.

An eleventh held-out set (``tests/families_heldout_k``, 240 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.90 (216/241), recall 0.90 (216/240); chrome was 6 of its 24 misses, five of
them a page's first line. After the fixes it showed (a first line of chrome above a
headline, breadcrumbs, rand amounts): 0.93 (223/240) / 0.93 (223/240).
``--held-out-k`` prints its table.

A twelfth held-out set (``tests/families_heldout_l``, 237 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.86 (208/241), recall 0.88 (208/237); chrome prompts that open with a
question were split in two and missed. After the fixes it showed (a short unpunctuated
line is one unit, a stray line judged whole, more chrome shapes): 0.92 (218/238) / 0.92
(218/237). ``--held-out-l`` prints its table.

A thirteenth held-out set (``tests/families_heldout_m``, 240 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.92 (221/239), recall 0.92 (221/240). After its breadcrumb fixes: 0.94
(224/239) / 0.93 (224/240). ``--held-out-m`` prints its table.

A fourteenth held-out set (``tests/families_heldout_n``, 242 expected findings, 18
pairs), written while words of feeling were added to the tone rules and scored once
they were in, before any rule was changed for it: precision 0.87 (208/238), recall 0.86
(208/242); chrome was 10 of its 34 misses, most of them mastheads and rails split by
"·", "|", "▸" or "→" that name the story's places. After the fixes it showed (those
marks as chrome, a headline below several lines of chrome, a source's tag cut beside
cues that stay, the same sources reworded, "much tougher", an open question as a
hedge, a two-word name respelt): 0.97 (233/240) / 0.96 (233/242). ``--held-out-n``
prints its table.

A fifteenth held-out set (``tests/families_heldout_o``, 248 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.86 (215/250), recall 0.87 (215/248); chrome was 10 of its 33 misses again
(a masthead's issue number, a broadcaster's channel, cookies, "//" as a layout mark,
plugs that end by selling themselves). After the fixes it showed (those shapes,
approximations on times of day, "2pc", grams and ordinal dates as cosmetic, a hedge
that comes alone while its verb is swapped, "tend to", an estimate now credited, a team
as a kind of body): 0.95 (237/249) / 0.96 (237/248). ``--held-out-o`` prints its table.

A sixteenth held-out set (``tests/families_heldout_p``, 248 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.83 (207/250), recall 0.83 (207/248); chrome was 23 of its 41 misses, most
of them a site's labelled furniture running past 15 words ("Gazette Diary: Harbottle
Show committee meets ...", "Race calendar: 214 road races ...") and teaser prompts
split at their question. After the fixes it showed (such lines judged whole up to 25
words, layout marks of any shape, amounts in thousands in full, ranges, "wildly",
"delighted", "milder"): 0.95 (234/247) / 0.94 (234/248); 0.96 (236/247) / 0.95
(236/248) with tabloid headlines rewritten whole read for extreme words. ``--held-out-p``
prints its table.

A seventeenth held-out set (``tests/families_heldout_q``, 249 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.87 (220/253), recall 0.88 (220/249); chrome was 9 of its 29 misses
(symbols and dingbats as layout marks, a cookie banner of 23 words, a broadcaster's
slot), and tone a third (intensifier recall 0.33 either way). After the fixes it showed
(those shapes, "interesting" < "exciting", "far from", "known for" < "famous for",
negations flipped through "no plans to" and "do not need to", times from now, a
spokesperson's body): 0.95 (239/252) / 0.96 (239/249). ``--held-out-q`` prints its table.

An eighteenth held-out set (``tests/families_heldout_r``, 248 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.83 (207/249), recall 0.83 (207/248); chrome was 12 of its 41 misses
("››" rails, promos past 100 characters a part, a long teaser question, a poll, a
sponsor's line). After the fixes it showed (those shapes, phone numbers and references
as identifiers, "None of the four" -> "All four", "whopping", "brazen", "rushed"):
0.90 (227/251) / 0.92 (227/248); the rest of its misses (quotes reworded more strongly,
capitalised job titles read as speakers, a tabloid's "stunned the chess world") are
left. ``--held-out-r`` prints its table.

A nineteenth held-out set (``tests/families_heldout_s``, 245 expected findings, 18
pairs), written after those fixes and scored before any rule was changed for it:
precision 0.86 (210/245), recall 0.86 (210/245); chrome was 14 of its 35 misses, most of
them plugs that give an email or web address or a phone number, or open with a teaser
set off by a dash. After the fixes it showed (those shapes, phone numbers compared
whole, abbreviated titles and "&" as cosmetic, "gutted"): 0.92 (226/245) / 0.92
(226/245). ``--held-out-s`` prints its table.

The targets are precision 0.9 and recall 0.8. Most false positives left are
``paraphrase`` where a tone, hedge or attribution change was expected. The weakest
labels on the sixth set are paraphrase (precision 0.58, up from 0.41 after the fixes
made before the seventh set's first reading) and intensifier-removed (recall 0.83:
"would fall hardest on" -> "would affect" is on no scale); on the fourth, paraphrase
(precision 0.58) and approximation-removed (recall 0.67).

``python -m tests.test_families_score`` prints the per-label table and every miss and
false positive, for tuning rules (``--pairs`` adds one line per pair).
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

import mutate
from mutate.labels import LABELS
from mutate.model import Analysis, Finding

HERE = Path(__file__).resolve().parent
MIN_PER_LABEL = 3
# Every labelled set: its option name -> (folder, precision floor, recall floor). The
# held-out sets were written and committed after the rules and scored once before any
# rule was changed for them (the first reading, in the comment); some rules were then
# fixed from what they showed, so the floors are the figures after that, and they only
# ever rise.
SETS = {
    "tuned": ("families", 0.99, 0.99),
    "held-out": ("families_heldout", 0.95, 0.95),        # first reading 0.82 / 0.82
    "held-out-b": ("families_heldout_b", 0.97, 0.96),    # 0.78 / 0.79
    "held-out-c": ("families_heldout_c", 0.96, 0.95),    # 0.80 / 0.80
    "held-out-d": ("families_heldout_d", 0.97, 0.96),    # 0.86 / 0.85
    "held-out-e": ("families_heldout_e", 0.97, 0.97),    # 0.86 / 0.86
    "held-out-f": ("families_heldout_f", 0.96, 0.95),    # 0.82 / 0.81
    "held-out-g": ("families_heldout_g", 0.99, 0.99),    # 0.88 / 0.88
    "held-out-h": ("families_heldout_h", 0.98, 0.97),    # 0.76 / 0.78, written to avoid earlier chrome
    "held-out-i": ("families_heldout_i", 0.99, 0.99),    # 0.84 / 0.84
    "held-out-j": ("families_heldout_j", 0.97, 0.98),    # 0.92 / 0.92, chrome also read from the other version
    "held-out-k": ("families_heldout_k", 0.95, 0.95),    # 0.90 / 0.90
    "held-out-l": ("families_heldout_l", 0.95, 0.96),    # 0.86 / 0.88
    "held-out-m": ("families_heldout_m", 0.97, 0.97),    # 0.92 / 0.92
    "held-out-n": ("families_heldout_n", 0.97, 0.96),    # 0.87 / 0.86
    "held-out-o": ("families_heldout_o", 0.95, 0.96),    # 0.86 / 0.87
    "held-out-p": ("families_heldout_p", 0.96, 0.96),    # 0.83 / 0.83
    "held-out-q": ("families_heldout_q", 0.94, 0.95),    # 0.87 / 0.88
    "held-out-r": ("families_heldout_r", 0.91, 0.92),    # 0.83 / 0.83
    "held-out-s": ("families_heldout_s", 0.92, 0.92),    # 0.86 / 0.86
}
ROOTS = {name: HERE / folder for name, (folder, _, _) in SETS.items()}
FLOORS = {HERE / folder: (precision, recall) for folder, precision, recall in SETS.values()}
FAMILIES = ROOTS["tuned"]


@dataclass(frozen=True)
class Expected:
    label: str
    side: str  # "target" or "source": which version the snippet is from
    snippet: str


@dataclass(frozen=True)
class Case:
    family: str
    source: Path
    target: Path
    expected: tuple[Expected, ...]

    @property
    def name(self) -> str:
        return f"{self.family}/{self.target.name}"


@dataclass(frozen=True)
class Outcome:
    """One pair scored: what matched, what was missed, what was reported in excess."""

    case: Case
    hits: tuple[tuple[Expected, Finding], ...]
    misses: tuple[Expected, ...]
    extra: tuple[tuple[Finding, str], ...]  # a false positive and where it sits


def cases(root: Path = FAMILIES) -> list[Case]:
    out = []
    for manifest in sorted(root.glob("*/expected.toml")):
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
        folder = manifest.parent
        for rewrite in data["rewrite"]:
            expected = []
            for item in rewrite["expected"]:
                side = "target" if "target" in item else "source"
                expected.append(Expected(item["label"], side, item[side]))
            out.append(Case(folder.name, folder / data["source"], folder / rewrite["file"], tuple(expected)))
    return out


def located(analysis: Analysis, finding: Finding, side: str) -> str:
    """The text of every sentence on ``side`` of the link that holds ``finding``."""
    span = finding.target if side == "target" else finding.source
    if span is None:
        return ""
    doc = analysis.document(span.doc)
    for alignment in analysis.alignments:
        for link in alignment.links:
            indexes = link.target if side == "target" else link.source
            if (alignment.target if side == "target" else alignment.source) == span.doc and span.sentence in indexes:
                return " ".join(doc.sentences[i].text for i in indexes)
    return doc.sentences[span.sentence].text


def match(expected: list[Expected], findings: list[Finding], fits) -> dict[int, int]:
    """A largest one-to-one matching of expected to findings (Kuhn's augmenting paths).

    ``fits(e, f)`` says whether finding ``f`` can stand for expectation ``e``; the
    answer maps expectation indexes to finding indexes.

    Taking "ab" for "a" first would leave "b" unmatched; the matching moves "a" on:

    >>> sorted(match(["a", "b"], ["ab", "a"], lambda e, f: e in f).items())
    [(0, 1), (1, 0)]
    """
    options = [[j for j, f in enumerate(findings) if fits(e, f)] for e in expected]
    owner: dict[int, int] = {}  # finding -> expectation

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_case(case: Case) -> Outcome:
    analysis = mutate.compare(case.source, case.target)
    findings = list(analysis.findings)

    def fits(e: Expected, f: Finding) -> bool:
        return e.label == f.label and e.snippet in located(analysis, f, e.side)

    pairs = match(list(case.expected), findings, fits)
    hits = tuple((case.expected[i], findings[j]) for i, j in sorted(pairs.items()))
    misses = tuple(e for i, e in enumerate(case.expected) if i not in pairs)
    taken = set(pairs.values())
    extra = tuple(
        (f, located(analysis, f, "target") or located(analysis, f, "source"))
        for j, f in enumerate(findings) if j not in taken
    )
    return Outcome(case, hits, misses, extra)


@dataclass(frozen=True)
class Score:
    tp: Counter
    fp: Counter
    fn: Counter

    @staticmethod
    def of(outcomes: list[Outcome]) -> Score:
        tp, fp, fn = Counter(), Counter(), Counter()
        for o in outcomes:
            tp.update(e.label for e, _ in o.hits)
            fn.update(e.label for e in o.misses)
            fp.update(f.label for f, _ in o.extra)
        return Score(tp, fp, fn)

    def precision(self, label: str | None = None) -> float:
        tp = self.tp[label] if label else sum(self.tp.values())
        fp = self.fp[label] if label else sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 0.0

    def recall(self, label: str | None = None) -> float:
        tp = self.tp[label] if label else sum(self.tp.values())
        fn = self.fn[label] if label else sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 0.0


def table(score: Score) -> str:
    rows = [f"{'label':<24} {'exp':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6}"]
    for label in LABELS:
        exp = score.tp[label] + score.fn[label]
        rows.append(
            f"{label:<24} {exp:>4} {score.tp[label]:>4} {score.fp[label]:>4} {score.fn[label]:>4} "
            f"{score.precision(label):>6.2f} {score.recall(label):>6.2f}"
        )
    tp, fp, fn = (sum(c.values()) for c in (score.tp, score.fp, score.fn))
    rows.append(f"{'all (micro)':<24} {tp + fn:>4} {tp:>4} {fp:>4} {fn:>4} "
                f"{score.precision():>6.2f} {score.recall():>6.2f}")
    return "\n".join(rows)


@pytest.fixture(scope="module", params=list(ROOTS.values()), ids=list(ROOTS))
def scored(request) -> tuple[Path, Score]:
    return request.param, Score.of([score_case(c) for c in cases(request.param)])


def test_families_meet_the_precision_floor(scored):
    root, score = scored
    assert score.precision() >= FLOORS[root][0], "\n" + table(score)


def test_families_meet_the_recall_floor(scored):
    root, score = scored
    assert score.recall() >= FLOORS[root][1], "\n" + table(score)


@pytest.mark.parametrize("root", list(ROOTS.values()), ids=list(ROOTS))
def test_every_label_is_expected_often_enough(root):
    counts = Counter(e.label for c in cases(root) for e in c.expected)
    assert set(counts) <= set(LABELS), set(counts) - set(LABELS)
    assert {label: counts[label] for label in LABELS if counts[label] < MIN_PER_LABEL} == {}


@pytest.mark.parametrize("root", list(ROOTS.values()), ids=list(ROOTS))
def test_every_snippet_is_in_its_file(root):
    for case in cases(root):
        texts = {"source": case.source.read_text(encoding="utf-8"), "target": case.target.read_text(encoding="utf-8")}
        for e in case.expected:
            assert e.snippet in texts[e.side], (case.name, e)


def test_an_unchanged_copy_scores_no_findings(tmp_path):
    """The harness itself: a rewrite identical to its source has nothing to match."""
    source = cases()[0].source
    copy = tmp_path / "copy.txt"
    copy.write_bytes(source.read_bytes())
    outcome = score_case(Case("copy", source, copy, ()))
    assert outcome.hits == () and outcome.misses == () and outcome.extra == ()


def test_a_finding_counts_once(tmp_path):
    """Two expectations of one label in one sentence need two findings."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Police arrested 30 people in the town on Monday.\n", encoding="utf-8")
    b.write_text("Police arrested 300 people in the town on Monday.\n", encoding="utf-8")
    twice = (Expected("number-inflated", "target", "300 people"),) * 2
    outcome = score_case(Case("t", a, b, twice))
    assert len(outcome.hits) == 1 and len(outcome.misses) == 1


def main(argv: list[str]) -> int:
    root = next((ROOTS[a[2:]] for a in argv if a[2:] in ROOTS), FAMILIES)  # --held-out, --held-out-b
    outs = [score_case(c) for c in cases(root)]
    score = Score.of(outs)
    print(f"{root.name}: {len(outs)} pairs")
    print(table(score))
    print(f"\nfloors: precision {FLOORS[root][0]:.2f}, recall {FLOORS[root][1]:.2f} (targets 0.90 / 0.80)")
    if "--pairs" in argv:
        print()
        for o in outs:
            s = Score.of([o])
            print(f"{o.case.name:<40} P {s.precision():.2f} R {s.recall():.2f}")
    print("\nmissed (label: snippet):")
    for o in outs:
        for e in o.misses:
            print(f"  {o.case.name}: {e.label}: {e.side} {e.snippet!r}")
    print("\nfalse positives (label: sentence):")
    for o in outs:
        for f, where in o.extra:
            print(f"  {o.case.name}: {f.label}: {where[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
