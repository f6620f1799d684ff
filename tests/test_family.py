"""Family folders: the manifest, --date, the comparison modes and the JSON they give."""

import io
import json
import time
from importlib import resources

import pytest
from click.testing import CliRunner

from mutate import family
from mutate.cli import main
from mutate.model import Document

from .conftest import FAMILY

jsonschema = pytest.importorskip("jsonschema")

WIRE = ("Officials said the talks could resume next week. The minister met 150 delegates in Vienna. "
        "Nobody expected a deal before the summer. Critics called the plan very risky.\n")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    """wire -> tabloid -> copy, wire -> other, wire -> echo; the root's name sorts last."""
    root = tmp_path / "story"
    root.mkdir()
    texts = {
        "d-wire.txt": WIRE,
        "a-tabloid.txt": WIRE.replace("150", "1,500"),
        "b-copy.txt": WIRE.replace("150", "1,500").replace("could resume", "will resume"),
        "c-other.txt": WIRE.replace("very risky", "extremely risky"),
        "e-echo.txt": WIRE.replace("Nobody expected", "Few expected"),
    }
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def manifest(folder, text):
    (folder / "family.toml").write_text(text, encoding="utf-8")


def report(*args):
    result = run("report", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_more_than_two_versions_default_to_tree_with_lineage(folder):
    data = report(str(folder))
    assert data["mode"] == "tree"
    parents = {e["doc"]: e["parent"] for e in data["lineage"]}
    assert parents == {"d-wire": None, "a-tabloid": "d-wire", "b-copy": "a-tabloid", "c-other": "d-wire",
                       "e-echo": "d-wire"}
    assert {(a["source"], a["target"]) for a in data["alignments"]} == {
        (p, d) for d, p in parents.items() if p}
    assert all(f["provenance"]["born_in"] == f["pair"]["target"] for f in data["findings"])


def test_a_named_base_means_star(folder):
    data = report(str(folder), "--base", str(folder / "c-other.txt"))
    assert data["mode"] == "star"
    assert {a["source"] for a in data["alignments"]} == {"c-other"}
    assert next(e for e in data["lineage"] if e["parent"] is None)["doc"] == "c-other"


def test_star_provenance_says_where_the_inflation_was_born(folder):
    manifest(folder, '[versions."d-wire.txt"]\nbase = true\n')
    data = report(str(folder))
    assert data["mode"] == "star"
    born = {(f["pair"]["target"], f["label"]): (f["provenance"]["status"], f["provenance"]["born_in"])
            for f in data["findings"]}
    assert born[("a-tabloid", "number-inflated")] == ("new", "a-tabloid")
    assert born[("b-copy", "number-inflated")] == ("inherited", "a-tabloid")
    assert born[("b-copy", "hedge-removed")] == ("new", "b-copy")


def test_manifest_sets_label_date_and_url(folder):
    manifest(folder, '[versions."a-tabloid.txt"]\nlabel = "The Tabloid"\ndate = 2024-03-02\n'
                     'url = "https://example.com/t"\n\n[versions."d-wire.txt"]\ndate = "2024-03-01"\n')
    docs = {d["id"]: d for d in report(str(folder))["documents"]}
    assert docs["a-tabloid"]["label"] == "The Tabloid"
    assert docs["a-tabloid"]["date"] == "2024-03-02" and docs["a-tabloid"]["url"] == "https://example.com/t"
    assert docs["d-wire"]["date"] == "2024-03-01" and "url" not in docs["d-wire"]


def test_date_option_wins_and_dates_are_respected(folder):
    # Dated before the wire it was copied from, the tabloid must become the root's
    # neighbour on the other side: no parent is ever dated after its child.
    data = report(str(folder), "--date", "a-tabloid.txt=2024-03-01", "--date", f"{folder / 'd-wire.txt'}=2024-03-04")
    dates = {d["id"]: d["date"] for d in data["documents"]}
    assert dates["a-tabloid"] == "2024-03-01" and dates["d-wire"] == "2024-03-04"
    for e in data["lineage"]:
        if e["parent"] and dates[e["doc"]] and dates[e["parent"]]:
            assert dates[e["parent"]] <= dates[e["doc"]]


def test_chain_follows_the_dates(folder):
    data = report(str(folder), "--mode", "chain", "--date", "b-copy.txt=2024-03-03",
                  "--date", "a-tabloid.txt=2024-03-02", "--date", "d-wire.txt=2024-03-01", "--date", "c-other.txt=2024-03-04")
    assert data["mode"] == "chain"
    # e-echo is undated: it keeps its place right after d-wire, the file before it.
    assert [(a["source"], a["target"]) for a in data["alignments"]] == [
        ("d-wire", "e-echo"), ("e-echo", "a-tabloid"), ("a-tabloid", "b-copy"), ("b-copy", "c-other")]


def test_family_json_validates(folder):
    manifest(folder, '[versions."a-tabloid.txt"]\nlabel = "T"\nurl = "https://example.com/t"\n')
    schema = json.loads(resources.files("mutate").joinpath("schemas/findings.schema.json").read_text("utf-8"))
    for mode in ("star", "chain", "tree"):
        data = report(str(folder), "--mode", mode)
        jsonschema.Draft202012Validator(schema).validate(data)
        assert data["lineage"] and all("provenance" in f for f in data["findings"])


def test_output_is_byte_identical(folder):
    assert run("report", str(folder), "--format", "json").stdout == run("report", str(folder), "--format", "json").stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(folder):
    assert run("report", str(folder), "--format", "json").stderr == ""


def test_the_sample_manifest_keeps_the_sample_report_in_star_mode():
    data = report(str(FAMILY))
    assert data["mode"] == "star" and data["documents"][0]["id"] == "agencies-long"
    assert len(data["lineage"]) == 5


@pytest.mark.parametrize("toml, problem", [
    ("[versions.", "family.toml: not valid TOML"),
    ('[versions."a-tabloid.txt"]\ndat = 2024-03-01\n', "unknown keys ['dat']"),
    ('[versions."missing.txt"]\nlabel = "x"\n', "family.toml: lists 'missing.txt', which is not in the folder"),
    ('[versions."a-tabloid.txt"]\ndate = "March"\n', "not a date (want YYYY-MM-DD): 'March'"),
    ('[versions."a-tabloid.txt"]\nbase = true\n[versions."b-copy.txt"]\nbase = true\n', "more than one version is marked base"),
])
def test_bad_manifest_is_one_line_and_exit_2(folder, toml, problem):
    manifest(folder, toml)
    result = run("report", str(folder))
    assert result.exit_code == 2
    assert problem in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("option, problem", [
    ("a-tabloid.txt=2024-13-01", "--date a-tabloid.txt: not a date"),
    ("a-tabloid.txt", "--date wants FILE=YYYY-MM-DD"),
    ("nothere.txt=2024-03-01", "nothere.txt: --date names a file that is not among the versions"),
])
def test_bad_date_option_is_one_line_and_exit_2(folder, option, problem):
    result = run("report", str(folder), "--date", option)
    assert result.exit_code == 2 and problem in result.stderr


def test_chain_order_keeps_undated_versions_after_their_predecessor():
    docs = [Document("x", "", date="2024-03-05"), Document("y", ""), Document("z", "", date="2024-03-01")]
    assert [d.id for d in family.chain_order(docs)] == ["z", "x", "y"]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_shows_only_on_a_terminal_and_only_after_a_second(monkeypatch):
    from mutate.progress import bar

    slow, quick = _Terminal(), _Terminal()
    monkeypatch.setattr("sys.stderr", slow)
    with bar(3, "compare") as tick:
        tick(1)
        time.sleep(1.05)
        tick(2)
    monkeypatch.setattr("sys.stderr", quick)
    with bar(3, "compare") as tick:
        tick(3)
    assert "compare:" in slow.getvalue() and "3/3" not in quick.getvalue()
    assert quick.getvalue() == ""
