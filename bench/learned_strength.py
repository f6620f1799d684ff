"""Would a learned sentence classifier read claim strength better than the word lists?

    pip install scikit-learn   # only this script needs it
    python bench/learned_strength.py [--data DIR] [--semantic]

Trains a logistic regression on our own 960 labelled sentences (``tests/data/claims``,
both sides of each pair; nothing of the GPL-licensed InSciOut data goes into a model)
and reads InSciOut's sentences with it, beside :func:`mutate.rules.strength.claim` in
the same run. Features: word uni- and bigrams (tf-idf), with or without the rules'
own reading; ``--semantic`` adds WordLlama sentence embeddings (``mutate[semantic]``).
Three readers per split: the classifier alone, the rules alone (no relation read = 0),
and the rules with the classifier deciding only where they read no relation.

Scores: T1 accuracy (each sentence's 0-3 strength) and the pair macro-F1 that the
strengths alone imply (press release stronger: exaggerates; weaker: downplays). The
pair figure is not ``bench/evaluate.py``'s, which goes through the certainty rules and
their hedges; it compares the readers on equal terms. The InSciOut data is read from
``../shared/benchmarks`` (``--data`` elsewhere) and never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mutate.rules.strength import claim  # noqa: E402

CLAIMS = ROOT / "tests" / "data" / "claims"
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"
SIDES = ("abstract", "press_release")
CLASSES = ("same", "exaggerates", "downplays")
C = 1.0  # the regularisation; 0.3-10 gave the same picture on InSciOut train


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentences(records: list[dict]) -> tuple[list[str], list[int]]:
    texts = [r[f"{side}_conclusion"] for r in records for side in SIDES]
    return texts, [r[f"{side}_strength"] for r in records for side in SIDES]


def rule_features(texts: list[str]):
    import numpy as np
    out = np.zeros((len(texts), 6))
    for n, text in enumerate(texts):
        read = claim(text)
        out[n, 0 if read.strength is None else read.strength + 1] = 1
        out[n, 5] = read.modal_only
    return out


def pair_macro_f1(gold: list[str], strengths: list[int]) -> float:
    pred = ["same" if b == a else "exaggerates" if b > a else "downplays"
            for a, b in zip(strengths[::2], strengths[1::2])]
    f1s = []
    for c in CLASSES:
        tp = sum(g == p == c for g, p in zip(gold, pred))
        n_pred, n_gold = pred.count(c), gold.count(c)
        f1s.append(2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    return sum(f1s) / len(f1s)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--semantic", action="store_true", help="add WordLlama sentence embeddings")
    args = parser.parse_args(argv)
    folder = args.data / "scientific-exaggeration"
    print(f"benchmarks: {folder.resolve()}; training data: {CLAIMS.relative_to(ROOT)}")
    if not folder.is_dir():
        print(f"learned_strength: no InSciOut data at {folder.resolve()}", file=sys.stderr)
        return 2
    try:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("learned_strength: needs pip install scikit-learn", file=sys.stderr)
        return 2
    embed = None
    if args.semantic:
        from mutate import semantic
        if not semantic.installed():
            print("learned_strength: --semantic needs pip install 'mutate[semantic]'", file=sys.stderr)
            return 2
        import wordllama
        model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
        embed = model.embed

    own = [r for path in sorted(CLAIMS.glob("pairs_*.jsonl")) for r in rows(path)]
    train_texts, train_gold = sentences(own)
    print(f"trained on {len(train_texts)} sentences of our own; C = {C}")
    for split in ("train", "test"):
        records = rows(folder / f"insciout_{split}.jsonl")
        texts, gold = sentences(records)
        pair_gold = [r["exaggeration_label"] for r in records]
        rules = [claim(t).strength for t in texts]
        rules0 = [0 if s is None else s for s in rules]
        print(f"\nInSciOut {split}: {len(texts)} sentences, {len(records)} pairs; "
              f"the rules read no relation in {rules.count(None)}")
        print(f"  {'reader':<44} {'T1 acc':>7} {'pairs F1':>9}")
        print(f"  {'rules (strength.claim)':<44} {np.mean(np.array(rules0) == gold):>7.3f} "
              f"{pair_macro_f1(pair_gold, rules0):>9.3f}")
        for with_rules in (False, True):
            vectoriser = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            parts_train = [vectoriser.fit_transform(train_texts)]
            parts = [vectoriser.transform(texts)]
            if with_rules:
                parts_train.append(csr_matrix(rule_features(train_texts) * 2))
                parts.append(csr_matrix(rule_features(texts) * 2))
            if embed is not None:
                parts_train.append(csr_matrix(embed(train_texts)))
                parts.append(csr_matrix(embed(texts)))
            model = LogisticRegression(C=C, max_iter=5000).fit(hstack(parts_train).tocsr(), train_gold)
            learned = model.predict(hstack(parts).tocsr()).tolist()
            filled = [s if s is not None else p for s, p in zip(rules, learned)]
            name = ("classifier, n-grams" + (" + rules' reading" if with_rules else "")
                    + (" + embeddings" if embed is not None else ""))
            for label, reading in ((name, learned), ("  the rules, it where they read none", filled)):
                print(f"  {label:<44} {np.mean(np.array(reading) == gold):>7.3f} "
                      f"{pair_macro_f1(pair_gold, reading):>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
