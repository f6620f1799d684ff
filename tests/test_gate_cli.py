"""``mutate check`` through the installed console script, as CI runs it: a table of
(arguments, files, exit code, findings), the machine formats validated against their
schemas, the README's coverage of the options, and the pre-commit hook."""

import json
import os
import re
import shutil
import subprocess
from importlib import resources

import click
import jsonschema
import pytest

from mutate.cli import main

from .conftest import ROOT
from .newsroom import FAITHFUL, IGNORE, SOURCES, STORY, draft, make

_LINE = re.compile(r"^(\S+):(\d+):(\d+): (error|warning|info) (\S+) ", re.M)
CAVEAT = "Police said two people were missing, but this has not been confirmed.\n"
HEDGED = draft(("The council opened", "The council may have opened"), base=FAITHFUL)
OWN = '<!-- mutate: original reason="own interview" -->\n'

# (id, arguments, drafts, other files, exit code, findings that count or show: path:line:col severity label)
CASES = [
    ("inflated", ["drafts/story.md", *SOURCES], {"story.md": STORY}, {}, 1,
     ["drafts/story.md:3:1 error number-inflated"]),
    ("ignored-with-reason", ["drafts/story.md", *SOURCES], {"story.md": draft(("300", IGNORE + "300"))}, {}, 0, []),
    ("ignore-without-reason", ["drafts/story.md", *SOURCES],
     {"story.md": draft(("300", "<!-- mutate: ignore number-inflated -->\n300"))}, {}, 1,
     ["drafts/story.md:4:1 error number-inflated"]),
    ("faithful", ["drafts/faithful.md", *SOURCES], {"faithful.md": FAITHFUL}, {}, 0, []),
    ("one-source-missing", ["drafts/faithful.md", "--source", "sources/wire.txt"], {"faithful.md": FAITHFUL}, {}, 1,
     ["drafts/faithful.md:7:1 info sentence-added", "drafts/faithful.md:9:1 info sentence-added",
      "drafts/faithful.md:9:1 error quote-added"]),
    ("own-reporting", ["drafts/own.md", "--source", "sources/wire.txt", "--source", "sources/council.txt"],
     {"own.md": draft(("The Met", OWN + "“We lost everything,” said Tom Hale.\n\nThe Met"), base=FAITHFUL)}, {}, 0, []),
    ("warning-under-error", ["drafts/hedged.md", *SOURCES], {"hedged.md": HEDGED}, {}, 0,
     ["drafts/hedged.md:7:13 warning hedge-added"]),
    ("fail-on-warning", ["drafts/hedged.md", *SOURCES, "--fail-on", "warning"], {"hedged.md": HEDGED}, {}, 1,
     ["drafts/hedged.md:7:13 warning hedge-added"]),
    ("fail-on-none", ["drafts/story.md", *SOURCES, "--fail-on", "none"], {"story.md": STORY}, {}, 0,
     ["drafts/story.md:3:1 error number-inflated"]),
    ("fail-on-label", ["drafts/hedged.md", *SOURCES, "--fail-on", "none", "--fail-on-label", "hedge-added"],
     {"hedged.md": HEDGED}, {}, 1, ["drafts/hedged.md:7:13 warning hedge-added"]),
    ("dropped-caveat", ["drafts/cut.md", *SOURCES, "--fail-on", "warning"],
     {"cut.md": draft((CAVEAT, ""), base=FAITHFUL)}, {}, 1, ["drafts/cut.md:10:1 warning sentence-deleted"]),
    ("config-severity", ["drafts/story.md", *SOURCES], {"story.md": STORY},
     {".mutate.toml": '[severity]\nnumber-inflated = "warning"\n'}, 0, ["drafts/story.md:3:1 warning number-inflated"]),
    ("pyproject-fail-on", ["drafts/hedged.md", *SOURCES], {"hedged.md": HEDGED},
     {"pyproject.toml": '[tool.mutate]\nfail-on = "warning"\n'}, 1, ["drafts/hedged.md:7:13 warning hedge-added"]),
    ("setup-cfg-sources", ["drafts/story.md"], {"story.md": STORY},
     {"setup.cfg": "[mutate]\nsources = sources/wire.txt, sources/council.txt\n"}, 1,
     ["drafts/story.md:3:1 error number-inflated"]),
    ("explicit-config", ["drafts/story.md", "--config", "ci/mutate.toml"], {"story.md": STORY},
     {"ci/mutate.toml": 'sources = ["../sources/*.txt"]\n[severity]\nnumber-inflated = "off"\n'}, 0,
     ["drafts/story.md:3:1 info paraphrase"]),
    ("several-drafts", ["drafts/faithful.md", "drafts/story.md", *SOURCES],
     {"faithful.md": FAITHFUL, "story.md": STORY}, {}, 1, ["drafts/story.md:3:1 error number-inflated"]),
    ("plain-text-ignore", ["drafts/short.txt", "--source", "sources/wire.txt"],
     {"short.txt": "# mutate: ignore number-inflated reason=\"rounded\"\n"
                   "300 homes in Harbour Town were flooded overnight, the council said.\n"}, {}, 0,
     ["drafts/short.txt:2:1 warning sentence-deleted"]),
    ("bad-config", ["drafts/story.md", *SOURCES], {"story.md": STORY}, {".mutate.toml": 'fail-on = "loud"\n'}, 2, []),
    ("missing-source", ["drafts/story.md", "--source", "sources/agency.txt"], {"story.md": STORY}, {}, 2, []),
    ("no-sources", ["drafts/story.md"], {"story.md": STORY}, {}, 2, []),
    ("unknown-label", ["drafts/story.md", *SOURCES, "--fail-on-label", "big-number"], {"story.md": STORY}, {}, 2, []),
    ("bad-threshold", ["drafts/story.md", *SOURCES, "--fail-on", "fatal"], {"story.md": STORY}, {}, 2, []),
]


def run(console_script, cwd, *args):
    return subprocess.run([console_script, "check", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("args, drafts, extra, code, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_check_table(console_script, tmp_path, args, drafts, extra, code, expected):
    make(tmp_path, drafts, extra)
    result = run(console_script, tmp_path, *args)
    assert result.returncode == code, result.stdout + result.stderr
    found = [f"{m[0]}:{m[1]}:{m[2]} {m[3]} {m[4]}" for m in _LINE.findall(result.stdout)]
    assert found == expected, result.stdout
    if code == 2:
        assert result.stdout == "" and "Traceback" not in result.stderr
        if "Usage:" not in result.stderr:  # click reports usage errors in its own form
            assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("mutate: error: ")
    else:
        assert result.stdout.splitlines()[-1].startswith("mutate check: " + ("failed" if code else "passed"))


def test_a_bad_config_error_names_file_key_and_problem(console_script, tmp_path):
    make(tmp_path, {"story.md": STORY}, {".mutate.toml": '[severity]\nnumber-inflated = "fatal"\n'})
    result = run(console_script, tmp_path, "drafts/story.md", *SOURCES)
    assert result.returncode == 2
    assert re.fullmatch(r"mutate: error: \S*\.mutate\.toml: severity\.number-inflated: must be one of .*\n", result.stderr)


def _schema(name):
    return json.loads(resources.files("mutate").joinpath(f"schemas/{name}").read_text("utf-8"))


@pytest.fixture
def newsroom_outputs(console_script, tmp_path):
    """Each machine format for a run with a counted, a suppressed and a located-by-gap finding."""
    text = draft(("Police said", "<!-- mutate: ignore hedge-removed reason=\"x\" -->\nPolice said"),
                 ("The Met Office may", "The Met Office will"), (CAVEAT, ""))
    make(tmp_path, {"story.md": draft(("300", IGNORE + "300"), base=text)})
    out = {}
    for fmt in ("json", "sarif", "github", "markdown"):
        result = run(console_script, tmp_path, "drafts/story.md", *SOURCES, "--format", fmt)
        assert result.returncode == 1, result.stderr
        out[fmt] = result.stdout
    return out


def test_json_is_the_contract_with_verdict_fingerprints_and_suppressions(newsroom_outputs):
    data = json.loads(newsroom_outputs["json"])
    jsonschema.Draft202012Validator(_schema("findings.schema.json")).validate(data)
    assert data["mode"] == "check"
    assert data["verdict"] == {"failed": True, "threshold": "error", "counted": 1, "labels": []}
    assert [(f["label"], f["suppressed"]) for f in data["findings"]] == [
        ("number-inflated", {"by": "ignore-comment", "reason": "rounded per style guide"}),
        ("sentence-deleted", None), ("hedge-removed", None)]  # in draft order
    assert all(re.fullmatch(r"[0-9a-f]{16}(-\d+)?", f["fingerprint"]) for f in data["findings"])
    assert [d["message"] for d in data["diagnostics"]] == ["`mutate: ignore` matched no finding"]


def test_sarif_validates_and_carries_rules_related_locations_and_fingerprints(newsroom_outputs):
    data = json.loads(newsroom_outputs["sarif"])
    jsonschema.Draft4Validator(_schema("sarif-schema-2.1.0.json")).validate(data)
    [run_] = data["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert len(rules) == 28 and rules[run_["results"][0]["ruleIndex"]]["id"] == "number-inflated"
    inflated, omitted, hedge = run_["results"]
    assert inflated["suppressions"] == [{"kind": "inSource", "status": "accepted", "justification": "rounded per style guide"}]
    region = inflated["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (4, 1, "300")
    assert hedge["level"] == "error" and "suppressions" not in hedge
    related = hedge["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "sources/wire.txt" and related["region"]["snippet"]["text"] == "may"
    assert omitted["ruleId"] == "sentence-deleted" and omitted["level"] == "warning"
    assert omitted["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/story.md"
    assert len({r["partialFingerprints"]["mutate/v1"] for r in run_["results"]}) == 3
    assert run_["invocations"][0]["toolExecutionNotifications"][0]["level"] == "warning"


def test_github_annotates_counted_findings_only(newsroom_outputs):
    lines = newsroom_outputs["github"].splitlines()
    assert lines[0].startswith("::warning file=drafts/story.md,") and "sentence-deleted" in lines[0]
    assert lines[1].startswith("::error file=drafts/story.md,line=12,col=16,endLine=12,endColumn=20,")
    assert "title=mutate hedge-removed::claim made more certain%0Asource sources/wire.txt:4:16: may" in lines[1]
    assert not any("number-inflated" in line for line in lines)  # suppressed
    assert lines[-1].startswith("::notice title=mutate check::mutate check: failed")


def test_markdown_summary_has_the_verdict_and_a_row_per_finding(newsroom_outputs):
    text = newsroom_outputs["markdown"]
    assert text.startswith("## mutate check: failed\n")
    rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(rows) == 2 and "`hedge-removed`" in rows[1] and "| may | will |" in rows[1]
    assert "Suppressed: 1 by ignore-comment." in text


def test_output_is_byte_identical_across_runs(console_script, tmp_path):
    make(tmp_path, {"story.md": STORY})
    for fmt in ("json", "sarif"):
        first = run(console_script, tmp_path, "drafts/story.md", *SOURCES, "--format", fmt).stdout
        assert first == run(console_script, tmp_path, "drafts/story.md", *SOURCES, "--format", fmt).stdout


def test_write_baseline_then_only_new_findings_fail(console_script, tmp_path):
    make(tmp_path, {"story.md": STORY})
    written = run(console_script, tmp_path, "drafts/story.md", *SOURCES, "--write-baseline", "mutate-baseline.json")
    assert written.returncode == 0 and "1 suppressed" in written.stdout
    rows = json.loads((tmp_path / "mutate-baseline.json").read_text())["findings"]
    assert [(r["label"], r["path"], r["text"]) for r in rows] == [("number-inflated", "drafts/story.md", "300")]
    assert run(console_script, tmp_path, "drafts/story.md", *SOURCES, "--baseline", "mutate-baseline.json").returncode == 0
    make(tmp_path, {"story.md": draft(("The Met Office may", "The Met Office will"))})
    later = run(console_script, tmp_path, "drafts/story.md", *SOURCES, "--baseline", "mutate-baseline.json")
    assert later.returncode == 1 and [m[4] for m in _LINE.findall(later.stdout)] == ["hedge-removed"]


def test_readme_documents_every_check_option():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## CI gate"):readme.index("\n## ", readme.index("## CI gate") + 1)]
    command = main.commands["check"]
    for param in command.params:
        if isinstance(param, click.Option):
            assert any(f"`{opt}" in section for opt in param.opts), param.opts
            if isinstance(param.type, click.Choice):
                assert all(choice in section for choice in param.type.choices), param.type.choices
    for code in ("**0**", "**1**", "**2**"):
        assert code in section
    assert (ROOT / "docs" / "github-workflow.yml").read_text("utf-8").count("uses: github/codeql-action/upload-sarif") == 1
    assert "mutate-check" in (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_try_repo_in_a_scratch_newsroom(tmp_path):
    """As a newsroom would: a git repository of sources and drafts, the hook tried from
    this checkout; the draft that inflates a number fails, the one with a reason passes."""
    if not (ROOT / ".git").exists():
        pytest.skip("this checkout is not a git repository, so pre-commit cannot clone it")
    pre_commit = shutil.which("pre-commit", path=str(ROOT / ".venv" / "bin")) or shutil.which("pre-commit")
    if pre_commit is None:
        pytest.fail("pre-commit is not installed: pip install -e '.[test]'")
    repo = make(tmp_path / "newsroom", {"story.md": STORY},
                {".mutate.toml": 'sources = ["sources/*.txt"]\n'})
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit"))

    def try_repo():
        return subprocess.run([pre_commit, "try-repo", str(ROOT), "mutate-check", "--files", "drafts/story.md",
                               "sources/wire.txt", "--color", "never"], cwd=repo, capture_output=True, text=True,
                              env=env, timeout=900)

    failing = try_repo()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "drafts/story.md:3:1: error number-inflated" in failing.stdout
    (repo / "drafts" / "story.md").write_text(draft(("300", IGNORE + "300")), encoding="utf-8")
    passing = try_repo()
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
