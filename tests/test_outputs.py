"""Outputs: the JSON contract, determinism, and the committed sample reports."""

import importlib.util
import json
from importlib import resources

import pytest

import mutate
from mutate.render import render

from .conftest import FAMILY, ROOT

jsonschema = pytest.importorskip("jsonschema")


def schema():
    return json.loads(resources.files("mutate").joinpath("schemas/findings.schema.json").read_text("utf-8"))


def family_analysis():
    return mutate.analyze(sorted(str(p.relative_to(ROOT)) for p in FAMILY.glob("*.txt")))


def test_every_sample_family_validates(in_root):
    for family in sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir()):
        versions = sorted(str(p.relative_to(ROOT)) for p in family.iterdir() if p.suffix == ".txt")
        data = json.loads(render(mutate.analyze(versions), "json"))
        jsonschema.Draft202012Validator(schema()).validate(data)
        assert data["findings"], family


def test_pair_output_validates(in_root):
    data = json.loads(render(mutate.compare(str(FAMILY / "daily-star.txt"), str(FAMILY / "spun-rewrite.txt")), "json"))
    jsonschema.Draft202012Validator(schema()).validate(data)


def test_shipped_schema_is_the_contract():
    contract = ROOT.parent / "shared" / "contract" / "findings.schema.json"
    if not contract.exists():
        pytest.skip("../shared/contract is not beside this checkout")
    assert json.loads(contract.read_text("utf-8")) == schema()


def test_every_span_points_at_its_text(in_root):
    analysis = family_analysis()
    for f in analysis.findings:
        for span in (f.source, f.target):
            if span is None:
                continue
            doc = analysis.document(span.doc)
            assert doc.text[span.start:span.end] == span.text
            sentence = doc.sentences[span.sentence]
            assert sentence.start <= span.start <= span.end <= sentence.end
            line, column = doc.line_col(span.start)
            assert (span.line, span.column) == (line, column)


def test_output_is_byte_identical_across_runs(in_root):
    first, second = family_analysis(), family_analysis()
    for fmt in ("json", "html", "text"):
        assert render(first, fmt) == render(second, fmt)


def test_html_escapes_input_text(tmp_path):
    a = mutate.from_text('He said <script>alert("x")</script> & left.', id="a")
    b = mutate.from_text('He said <img src=x onerror=alert(1)> & left.', id="b")
    page = render(mutate.compare(a, b), "html")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_html_is_self_contained(in_root):
    page = render(family_analysis(), "html")
    assert "http://" not in page and "https://" not in page
    assert "Content-Security-Policy" in page


def test_committed_reports_are_current():
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "reports" / "regenerate.py")
    regenerate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regenerate)
    for name, text in regenerate.render_all().items():
        path = ROOT / "reports" / name
        assert path.exists(), f"reports/{name} is missing: run python reports/regenerate.py"
        assert path.read_text(encoding="utf-8") == text, f"reports/{name} is stale: run python reports/regenerate.py"


def test_no_absolute_paths_or_timestamps_in_reports():
    for path in (ROOT / "reports").glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        assert all(not d["path"].startswith("/") for d in data["documents"])
    for path in (ROOT / "reports").glob("*.*"):
        assert str(ROOT) not in path.read_text("utf-8")
