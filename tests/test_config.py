"""Config discovery and validation for ``mutate check`` (:mod:`mutate.config`)."""

import os

import pytest

from mutate import config
from mutate.errors import MutateError

TOML = '''fail-on = "warning"
fail-on-label = ["quote-altered", "hedge-removed"]
sources = ["sources/*.txt"]

[severity]
number-changed = "info"
sentence-added = "off"

[lexicons]
hedges = ["per sources"]
intensifiers = ["whopping:3", "mega"]
'''

PYPROJECT = "[build-system]\nrequires = []\n\n" + TOML.replace("[severity]", "[tool.mutate.severity]").replace(
    "[lexicons]", "[tool.mutate.lexicons]").replace('fail-on = "warning"', '[tool.mutate]\nfail-on = "warning"')

SETUP_CFG = '''[metadata]
name = newsroom

[mutate]
fail-on = warning
fail-on-label =
    quote-altered
    hedge-removed
sources = sources/*.txt

[mutate.severity]
number-changed = info
sentence-added = off

[mutate.lexicons]
hedges = per sources
intensifiers = whopping:3, mega
'''


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("A.\n")
    (tmp_path / "sources" / "b.txt").write_text("B.\n")
    (tmp_path / "drafts" / "deep").mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize("name, text", [(".mutate.toml", TOML), ("pyproject.toml", PYPROJECT), ("setup.cfg", SETUP_CFG)])
def test_the_three_forms_read_the_same(folder, monkeypatch, name, text):
    monkeypatch.chdir(folder)
    (folder / name).write_text(text)
    cfg = config.for_file(str(folder / "drafts" / "deep" / "story.md"))
    assert cfg.path == str(folder / name)
    assert cfg.fail_on == "warning" and cfg.fail_on_labels == ("quote-altered", "hedge-removed")
    assert cfg.sources == (os.path.join("sources", "a.txt"), os.path.join("sources", "b.txt"))
    assert cfg.severity_of("number-changed") == "info" and "sentence-added" in cfg.off
    assert "sentence-moved" in cfg.off  # the default stays unless the file says otherwise
    assert dict(cfg.lexicons) == {"hedges": ("per sources",), "intensifiers": ("whopping\t3\tdegree", "mega\t2\tdegree")}


def test_the_nearest_folder_wins_and_toml_before_pyproject_before_setup_cfg(folder):
    (folder / "setup.cfg").write_text("[mutate]\nfail-on = info\n")
    (folder / "pyproject.toml").write_text('[tool.mutate]\nfail-on = "warning"\n')
    draft = str(folder / "drafts" / "deep" / "story.md")
    assert config.find(os.path.dirname(draft)) == str(folder / "pyproject.toml")
    (folder / ".mutate.toml").write_text('fail-on = "none"\n')
    assert config.for_file(draft).fail_on == "none"
    (folder / "drafts" / "setup.cfg").write_text("[mutate]\nfail-on = error\n")
    assert config.for_file(draft).path == str(folder / "drafts" / "setup.cfg")


def test_project_files_without_a_mutate_section_do_not_stop_the_search(folder):
    (folder / ".mutate.toml").write_text('fail-on = "info"\n')
    (folder / "drafts" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (folder / "drafts" / "setup.cfg").write_text("[metadata]\nname = x\n")
    assert config.for_file(str(folder / "drafts" / "story.md")).fail_on == "info"


def test_no_config_means_the_defaults(tmp_path):
    cfg = config.for_file(str(tmp_path / "story.md"))
    if cfg.path is None:  # a config above the temporary folder would be found, as it should
        assert cfg.fail_on is None and cfg.off == {"sentence-moved"}


@pytest.mark.parametrize("name, text, problem", [
    (".mutate.toml", 'fail-on = "critical"\n', "fail-on: must be one of error, warning, info, none, not 'critical'"),
    (".mutate.toml", "fail-on = \n", "invalid TOML"),
    (".mutate.toml", 'fail-on-label = ["number-inflatd"]\n', "fail-on-label: unknown label 'number-inflatd'"),
    (".mutate.toml", 'fail-on-label = [1]\n', "fail-on-label: must be a list of non-empty strings"),
    (".mutate.toml", 'sources = ["nowhere/*.txt"]\n', "sources: 'nowhere/*.txt' matches no file"),
    (".mutate.toml", 'severity = "high"\n', "severity: must be a table"),
    (".mutate.toml", '[severity]\nnumber-inflated = "fatal"\n', "severity.number-inflated: must be one of error, warning, info, off"),
    (".mutate.toml", '[severity]\nnumber-grew = "error"\n', "severity.number-grew: unknown label"),
    (".mutate.toml", '[lexicons]\nstopwords = ["x"]\n', "lexicons.stopwords: not an extensible lexicon"),
    (".mutate.toml", '[lexicons]\nintensifiers = ["mega:9"]\n', "lexicons.intensifiers: 'mega:9': write word, word:level"),
    (".mutate.toml", 'fail_on = "error"\n', "fail_on: unknown key"),
    ("pyproject.toml", '[tool.mutate]\nthreshold = "error"\n', "threshold: unknown key"),
    ("setup.cfg", "[mutate]\nfail-on = loud\n", "fail-on: must be one of"),
    ("setup.cfg", "[mutate]\nfail-on\n", "invalid config"),
    ("setup.cfg", "[mutate]\n[mutate.rules]\nx = 1\n", "[mutate.rules]: unknown section"),
])
def test_a_bad_config_names_file_key_and_problem(folder, name, text, problem):
    (folder / name).write_text(text)
    with pytest.raises(MutateError) as caught:
        config.for_file(str(folder / "drafts" / "story.md"))
    assert str(caught.value).startswith(str(folder / name) + ": ")
    assert problem in str(caught.value)


def test_an_explicit_config_must_exist_and_hold_a_section(folder):
    with pytest.raises(MutateError, match="config file not found"):
        config.load(str(folder / "missing.toml"))
    (folder / "setup.cfg").write_text("[metadata]\nname = x\n")
    with pytest.raises(MutateError, match=r"setup\.cfg: no \[mutate\] section"):
        config.load(str(folder / "setup.cfg"))
