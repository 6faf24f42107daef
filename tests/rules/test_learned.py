"""Learned wordings in a knowledge folder: the strict loader, `rules check` and `rules show`."""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from provcheck.cli import app
from provcheck.errors import ConfigError
from provcheck.rules.knowledge import build, use_knowledge
from tests.extractor.learned_docs import knowledge_copy

runner = CliRunner()
SHA = "0123456789abcdef" * 4
GOOD = {
    "provider": "Aldgate Life",
    "field": "plan_value",
    "label": "Sum held for you today",
    "taught_by": "ana",
    "taught_at": "2026-11-02T10:00:00Z",
    "from_document": SHA,
}


@pytest.fixture
def folder(tmp_path):
    yield knowledge_copy(tmp_path)
    use_knowledge(None)


def _learned(folder, *entries):
    path = folder / "learned.yaml"
    path.write_text(yaml.safe_dump({"learned": list(entries)}), encoding="utf-8")
    return path


def test_a_good_file_is_in_the_knowledge(folder):
    _learned(folder, GOOD)
    k = build(folder)
    assert [(w.provider, w.field, w.label) for w in k.learned] == [("Aldgate Life", "plan_value", GOOD["label"])]
    assert k.learned_files == (str(folder / "learned.yaml"),)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"provider": "Nobody Assurance"}, "learned[0].provider: 'Nobody Assurance' is not a provider in force"),
        ({"field": "plan_valu"}, "learned[0].field: 'plan_valu' is not a field that has labels"),
        ({"from_document": "not-a-hash"}, "learned.0.from_document"),
        ({"label": ""}, "learned.0.label"),
        ({"taught_when": "yesterday"}, "learned.0.taught_when: unknown key"),
    ],
)
def test_a_bad_entry_stops_the_run_naming_file_and_key(folder, change, named):
    path = _learned(folder, {**GOOD, **change})
    with pytest.raises(ConfigError) as caught:
        build(folder)
    assert str(path) in caught.value.message and named in caught.value.message


def test_rules_check_counts_learned_wordings_and_refuses_a_bad_one(folder):
    _learned(folder, GOOD)
    ok = runner.invoke(app, ["rules", "check", str(folder)])
    assert ok.exit_code == 0, ok.output
    assert "1 learned wordings" in ok.output
    use_knowledge(None)
    _learned(folder, {**GOOD, "provider": "Nobody Assurance"})
    bad = runner.invoke(app, ["rules", "check", str(folder)])
    assert bad.exit_code == 2 and "learned[0].provider" in bad.output and "Traceback" not in bad.output


def test_rules_show_lists_learned_wordings(folder):
    _learned(folder, GOOD)
    shown = runner.invoke(app, ["rules", "show", "--knowledge", str(folder)])
    assert shown.exit_code == 0, shown.output
    learned = yaml.safe_load(shown.output)["learned_wordings"]
    assert learned == [{**GOOD, "taught_at": "2026-11-02T10:00:00+00:00"}]
