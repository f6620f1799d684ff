"""Lexicons: data files with their provenance, extendable from config, and every
pattern built from one picks an extension up at once."""

from importlib import resources

import pytest
from click.testing import CliRunner

import mutate
from mutate import lexicons
from mutate.cli import main
from mutate.errors import MutateError
from mutate.rules.text import attribution_cues, cues, degree, negations


@pytest.fixture(autouse=True)
def shipped_lists_only():
    lexicons.reset()
    yield
    lexicons.reset()


def labels_for(source: str, target: str) -> set[str]:
    a = mutate.from_text(source, id="source")
    b = mutate.from_text(target, id="target")
    return {f.label for f in mutate.compare(a, b).findings}


def shipped_names():
    return sorted(p.name[:-4] for p in resources.files("mutate.lexicons").iterdir() if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", shipped_names())
def test_every_lexicon_opens_with_its_provenance(name):
    text = resources.files("mutate.lexicons").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    assert len(" ".join(header)) > 80, f"{name}.txt needs a comment saying where its entries come from"
    assert lexicons.lexicon(name), name


def test_an_extension_reaches_every_pattern_built_from_a_lexicon():
    text = "The plan was mooted, a humongous change, nary a word, as gossip has it."
    assert not cues("hedges", text) and not degree(text) and not negations(text) and not attribution_cues(text)
    lexicons.extend("hedges", ["mooted"])
    lexicons.extend("intensifiers", ["humongous\t3\tdegree"])
    lexicons.extend("negations", ["nary"])
    lexicons.extend("attribution", ["as gossip has it"])
    assert [text[a:b] for a, b in cues("hedges", text)] == ["mooted"]
    assert [(text[a:b], level) for a, b, level, _ in degree(text)] == [("humongous", 3)]
    assert [text[a:b] for a, b in negations(text)] == ["nary"]
    assert [text[a:b] for a, b in attribution_cues(text)] == ["as gossip has it"]
    lexicons.reset()
    assert not cues("hedges", text) and not degree(text)


def test_an_extension_changes_what_the_rules_find():
    pair = ("The plan was approved.", "The plan was mooted.")
    assert "hedge-added" not in labels_for(*pair)
    lexicons.extend("hedges", ["mooted"])
    assert "hedge-added" in labels_for(*pair)


def test_a_claim_strength_list_extended_from_config_reaches_the_certainty_rules(tmp_path):
    source = "Daily walking goes hand in hand with better memory in older adults."
    target = "Daily walking improves memory in older adults."
    assert "hedge-removed" not in labels_for(source, target)  # the phrase states no relation it knows
    (tmp_path / ".mutate.toml").write_text('[lexicons]\ncorrelational = ["goes hand in hand with"]\n', encoding="utf-8")
    lexicons.from_project(str(tmp_path))
    assert "hedge-removed" in labels_for(source, target)  # correlational -> direct causal


def test_an_intensifier_from_config_can_bring_its_verb_forms_and_its_scale(tmp_path):
    source, target = "Residents criticised the plan.", "Residents pilloried the plan."
    assert "intensifier-added" not in labels_for(source, target)
    (tmp_path / ".mutate.toml").write_text('[lexicons]\nintensifiers = ["pillory:3:criticism:verb"]\n',
                                           encoding="utf-8")
    lexicons.from_project(str(tmp_path))
    assert [(level, scale) for _, _, level, scale in degree("They pilloried it.")] == [(3, "criticism")]
    assert "intensifier-added" in labels_for(source, target)


def test_config_files_extend_the_lexicons(tmp_path):
    (tmp_path / ".mutate.toml").write_text('[lexicons]\nhedges = ["is tipped to"]\n', encoding="utf-8")
    assert lexicons.from_project(str(tmp_path)).endswith(".mutate.toml")
    assert "is tipped to" in lexicons.lexicon("hedges")
    lexicons.reset()
    (tmp_path / ".mutate.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.mutate.lexicons]\nboosters = ["for sure"]\n', encoding="utf-8")
    assert lexicons.from_project(str(tmp_path)).endswith("pyproject.toml")
    assert "for sure" in lexicons.lexicon("boosters")


@pytest.mark.parametrize("toml", ['[lexicons]\nhedges = "may"\n', '[lexicons]\nno_such_list = ["x"]\n', "[lexicons\n"])
def test_a_bad_lexicon_config_is_a_clean_error(tmp_path, toml):
    (tmp_path / ".mutate.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(MutateError):
        lexicons.from_project(str(tmp_path))


def test_the_command_line_reads_the_config_of_its_working_directory(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The plan was approved.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The plan was mooted.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = CliRunner().invoke(main, ["diff", "a.txt", "b.txt"])
    assert before.exit_code == 0 and "hedge-added" not in before.output
    (tmp_path / ".mutate.toml").write_text('[lexicons]\nhedges = ["mooted"]\n', encoding="utf-8")
    after = CliRunner().invoke(main, ["diff", "a.txt", "b.txt"])
    assert after.exit_code == 0 and "hedge-added" in after.output
    (tmp_path / ".mutate.toml").write_text('[lexicons]\nhedges = "mooted"\n', encoding="utf-8")
    bad = CliRunner().invoke(main, ["diff", "a.txt", "b.txt"])
    assert bad.exit_code == 2 and "mutate: error:" in bad.output


def test_cached_readings_follow_an_extended_list():
    from mutate.rules.quantities import quantities

    assert [q.kind for q in quantities("In 2000 troops left.")] == ["count"]
    lexicons.extend("stopwords", ["troops"])  # a function word after a four-digit number makes it a year
    assert [q.kind for q in quantities("In 2000 troops left.")] == ["year"]
