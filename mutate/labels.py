"""The label vocabulary of contract v1 (``labels.md``): id, family, default severity.

Ids are public interface (JSON, SARIF, ``--fail-on-label``, config, ignore comments): a
label may be added, never renamed. Rules in :mod:`mutate.rules` refer to these ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Severity


@dataclass(frozen=True)
class Label:
    id: str
    family: str
    severity: Severity
    meaning: str


LABELS: dict[str, Label] = {
    label.id: label
    for label in (
        Label(
            "sentence-added", "structure", Severity.INFO,
            "target sentence with no counterpart in the source",
        ),
        Label(
            "sentence-deleted", "structure", Severity.INFO,
            "source sentence with no counterpart in the target",
        ),
        Label(
            "sentence-moved", "structure", Severity.INFO,
            "aligned pair whose relative order changed",
        ),
        Label("sentence-split", "structure", Severity.INFO, "one source sentence became several"),
        Label("sentence-merged", "structure", Severity.INFO, "several source sentences became one"),
        Label(
            "boilerplate", "structure", Severity.INFO,
            "page chrome, not story: \"Share this:\", \"See also ...\", \"Leave a Reply\", newsletter plugs",
        ),
        Label("number-inflated", "numbers", Severity.ERROR, "a quantity got larger"),
        Label("number-deflated", "numbers", Severity.ERROR, "a quantity got smaller"),
        Label(
            "number-changed", "numbers", Severity.ERROR,
            "a number changed where larger/smaller means nothing (year, ID, phone)",
        ),
        Label(
            "approximation-removed", "numbers", Severity.WARNING,
            "\"around/roughly/about/nearly/up to\" dropped",
        ),
        Label("approximation-added", "numbers", Severity.INFO, "an approximation appeared"),
        Label(
            "hedge-removed", "certainty", Severity.ERROR,
            "a claim became more certain: modal, hedging adverb or epistemic verb dropped or strengthened",
        ),
        Label("hedge-added", "certainty", Severity.WARNING, "a claim became less certain"),
        Label(
            "attribution-removed", "attribution", Severity.ERROR,
            "an attributed claim (\"according to X\", \"X said\", \"reportedly\") is now stated as fact, or its source dropped",
        ),
        Label("attribution-added", "attribution", Severity.INFO, "a claim gained a source"),
        Label(
            "attribution-changed", "attribution", Severity.WARNING,
            "a different source, speaker or outlet is credited",
        ),
        Label(
            "quote-paraphrased", "quotes", Severity.WARNING,
            "wording inside quotation marks changed, meaning kept",
        ),
        Label(
            "quote-altered", "quotes", Severity.ERROR,
            "meaning inside quotation marks changed (words added, dropped, strengthened)",
        ),
        Label(
            "quote-added", "quotes", Severity.ERROR,
            "a direct quote with no counterpart in the source",
        ),
        Label("quote-removed", "quotes", Severity.INFO, "a direct quote was dropped"),
        Label(
            "quote-speaker-changed", "quotes", Severity.ERROR,
            "the same quote is credited to someone else",
        ),
        Label("intensifier-added", "tone", Severity.WARNING, "stronger, more emotive wording"),
        Label("intensifier-removed", "tone", Severity.INFO, "wording toned down"),
        Label(
            "negation-flipped", "meaning", Severity.ERROR,
            "a claim was negated or a negation dropped",
        ),
        Label(
            "entity-changed", "meaning", Severity.ERROR,
            "a named person, organisation, place or outlet swapped (typos included)",
        ),
        Label("time-changed", "meaning", Severity.ERROR, "a date or time reference changed"),
        Label("paraphrase", "benign", Severity.INFO, "meaning-preserving rewording outside quotes"),
        Label(
            "cosmetic", "benign", Severity.INFO,
            "punctuation, spelling of common words, case, white space, unit abbreviations only",
        ),
    )
}

FAMILIES = tuple(dict.fromkeys(label.family for label in LABELS.values()))
