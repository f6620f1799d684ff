"""The semantic mode: off unless asked, a clean fallback without the extra, and (when
``mutate[semantic]`` is installed) embeddings that veto chance lexical matches."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import mutate
from mutate import semantic, similarity
from mutate.cli import main

WIRE = "The harbour wall may have been weakened by years of poor maintenance, engineers said."
CLOSE = "The harbour wall was weakened by years of poor maintenance, engineers said."
# Unrelated sentences of a similar length, which share enough letters to look alike.
LEFT = "They are tough men and they know how to survive, said union leader Jorge Ibanez."
RIGHT = "The company has not commented on the cause of the collapse."

needs_extra = pytest.mark.skipif(not semantic.installed(), reason="needs the semantic extra: pip install 'mutate[semantic]'")


def _pair(a: str, b: str, **kwargs):
    return mutate.compare(mutate.from_text(a, id="a"), mutate.from_text(b, id="b"), **kwargs)


@pytest.mark.parametrize("value, asked", [("", False), ("0", False), ("no", False), ("1", True), ("yes", True)])
def test_the_environment_asks_for_the_mode(monkeypatch, value, asked):
    monkeypatch.setenv(semantic.ENV, value)
    assert semantic.requested(None) is asked
    assert semantic.requested(False) is False


def test_runs_are_lexical_unless_asked(monkeypatch):
    monkeypatch.delenv(semantic.ENV, raising=False)
    assert _pair(WIRE, CLOSE).semantic is False
    assert mutate.analyze([mutate.from_text(WIRE, id="a"), mutate.from_text(CLOSE, id="b")]).semantic is False


def test_a_lexical_run_never_imports_the_model():
    code = ("import sys, mutate; a = mutate.from_text('Prices rose 4%.', id='a'); "
            "b = mutate.from_text('Prices rose 40%.', id='b'); mutate.compare(a, b); "
            "print('wordllama' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_asking_without_the_extra_stays_lexical_and_says_so(monkeypatch):
    monkeypatch.setattr(semantic, "installed", lambda: False)
    analysis = _pair(WIRE, CLOSE, semantic=True)
    assert analysis.semantic is False
    assert [f.label for f in analysis.findings] == [f.label for f in _pair(WIRE, CLOSE, semantic=False).findings]
    with semantic.mode(True) as on:
        assert on is False and semantic.active() is False


def test_cli_notes_a_missing_extra_and_writes_lexical(monkeypatch, tmp_path):
    monkeypatch.setattr(semantic, "installed", lambda: False)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(WIRE + "\n", encoding="utf-8")
    b.write_text(CLOSE + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(a), str(b), "--semantic", "--format", "json"])
    assert result.exit_code == 0
    assert "mutate[semantic]" in result.stderr
    assert json.loads(result.stdout)["tool"]["semantic"] is False


@needs_extra
def test_the_model_loads_offline_and_embeds_unit_vectors(monkeypatch):
    import numpy as np

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    vectors = semantic.embed([WIRE, RIGHT])
    assert vectors.shape[0] == 2 and vectors.shape[1] >= 64
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


@needs_extra
def test_embeddings_rank_a_paraphrase_above_an_unrelated_sentence():
    scores = semantic.matrix([WIRE], [CLOSE, RIGHT])
    assert scores[0, 0] > 0.6 > scores[0, 1]


@needs_extra
def test_in_the_mode_a_chance_lexical_match_scores_nothing_and_copies_keep_their_score():
    with semantic.mode(True) as on:
        assert on
        chance = similarity.matrix([LEFT], [RIGHT])[0, 0]
        copy = similarity.matrix([WIRE], [CLOSE])[0, 0]
    assert chance == 0.0
    assert copy == pytest.approx(similarity.matrix([WIRE], [CLOSE])[0, 0])


@needs_extra
def test_in_the_mode_unrelated_sentences_are_not_linked_and_the_output_says_so(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"{WIRE}\n\n{RIGHT}\n", encoding="utf-8")
    b.write_text(f"{CLOSE}\n\n{LEFT}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(a), str(b), "--semantic", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["tool"]["semantic"] is True
    kinds = sorted(link["kind"] for link in out["alignments"][0]["links"])
    assert kinds == ["added", "deleted", "modified"]


@needs_extra
def test_a_run_inside_the_mode_stays_in_it(monkeypatch):
    monkeypatch.delenv(semantic.ENV, raising=False)
    with semantic.mode(True):
        assert _pair(WIRE, CLOSE).semantic is True
        assert _pair(WIRE, CLOSE, semantic=False).semantic is False
