"""The command line, through click's CliRunner and through the installed script."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from mutate import __version__
from mutate.cli import main

from .conftest import FAMILY

A = str(FAMILY / "agencies-long.txt")
B = str(FAMILY / "agencies-rewrite.txt")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_diff_shows_the_documented_mutations():
    result = run("diff", A, B)
    assert result.exit_code == 0
    assert "hedge-removed" in result.output
    assert "quote-altered" in result.output


def test_diff_points_at_the_words_that_changed_between_seed_002_and_004():
    findings = json.loads(run("diff", A, B, "--format", "json").output)["findings"]
    evidence = {(f["label"], f["source"]["text"], f["target"]["text"]) for f in findings if f["source"] and f["target"]}
    assert ("hedge-removed", "could face", "will") in evidence  # "could face a coup" -> "will be deposed shortly"
    assert ("quote-altered", "“very concerned”", "“extremely concerned”") in evidence


def test_diff_json_names_both_documents():
    data = json.loads(run("diff", A, B, "--format", "json").output)
    assert [d["id"] for d in data["documents"]] == ["agencies-long", "agencies-rewrite"]
    assert data["mode"] == "pair" and data["tool"]["version"] == __version__


def test_report_on_a_folder_compares_every_version_with_the_first():
    data = json.loads(run("report", str(FAMILY), "--format", "json").output)
    assert data["mode"] == "star"
    assert len(data["alignments"]) == 4
    assert {a["source"] for a in data["alignments"]} == {"agencies-long"}


def test_report_base_option_picks_the_base():
    data = json.loads(run("report", str(FAMILY), "--base", str(FAMILY / "ywn.txt"), "--format", "json").output)
    assert {a["source"] for a in data["alignments"]} == {"ywn"}
    assert data["documents"][0]["id"] == "ywn"


def test_labels_lists_the_vocabulary():
    out = run("labels").output.splitlines()
    assert len(out) == 28
    assert any(line.split()[:3] == ["hedge-removed", "certainty", "error"] for line in out)


@pytest.mark.parametrize("args, problem", [
    (["diff", "missing.txt", B], "missing.txt: no such file"),
    (["diff", str(FAMILY), B], "is a directory"),
    (["diff", A, A], "the same file is given twice"),
    (["report", A], "at least two versions"),
])
def test_bad_input_is_one_line_and_exit_2(args, problem):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert problem in result.output
    assert "Traceback" not in result.output


def test_empty_file_is_rejected(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = CliRunner().invoke(main, ["diff", A, str(empty)])
    assert result.exit_code == 2 and "empty file" in result.output


def test_binary_file_is_rejected(tmp_path):
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = CliRunner().invoke(main, ["diff", A, str(blob)])
    assert result.exit_code == 2 and "binary file" in result.output


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "r.html"
    assert run("diff", A, B, "--format", "html", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_unwritable_output_is_an_error_and_writes_nothing(tmp_path):
    result = CliRunner().invoke(main, ["diff", A, B, "-o", str(tmp_path / "no" / "such" / "r.html")])
    assert result.exit_code == 2 and "output folder does not exist" in result.output


def test_console_script_runs_diff(console_script):
    proc = subprocess.run([console_script, "diff", A, B, "--format", "json"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    labels = {f["label"] for f in json.loads(proc.stdout)["findings"]}
    assert {"hedge-removed", "quote-altered"} <= labels


def test_console_script_error_has_no_traceback(console_script):
    proc = subprocess.run([console_script, "diff", "nope.txt", B], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "mutate: error: nope.txt: no such file"


def test_help_loads_no_pipeline():
    """``mutate --help`` must stay instant: it imports neither the rules nor nltk."""
    code = (
        "import sys\n"
        "from mutate.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('mutate.api', 'mutate.rules', 'mutate.align', 'nltk', 'numpy') if m in sys.modules]\n"
        "print('heavy:' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "heavy:", out
