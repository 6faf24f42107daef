"""Knowledge files of the extractor are read strictly: doc-type evidence and the label vocabulary.

A bad file stops the run with the file, the key path and the reason (the closest valid key for a
misspelt one), never a silently weaker classifier or a label nobody asks for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from provcheck.errors import ConfigError
from provcheck.rules import load_labels
from provcheck.rules.doctypes import load_doc_type_rules
from provcheck.rules.loader import DATA_DIR, load_model
from provcheck.rules.registry import Labels

GOOD = {
    "decision": {"min_score": 3, "min_margin": 1},
    "zones": {"title": 1, "title_in_body": 0.25, "first_page": 1, "later_pages": 0.6, "title_region": 0.5},
    "types": {
        "loa": {"titles": {"letter of authority": 6}, "features": {"signature_line": 2}},
        "loa_response": {"phrases": {"your client": 3}},
        "annual_statement": {"titles": {"annual statement": 6}},
    },
}


def _write(tmp_path: Path, data: object, name: str = "doc_types.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _with(change: dict) -> dict:
    data = yaml.safe_load(yaml.safe_dump(GOOD))
    for dotted, value in change.items():
        *parents, last = dotted.split(".")
        node = data
        for part in parents:
            node = node[part]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return data


def test_the_bundled_file_loads_with_evidence_for_every_type():
    rules = load_doc_type_rules()
    assert set(rules.types) == {"loa", "loa_response", "annual_statement"}
    for cues in rules.types.values():
        assert len(cues.titles) >= 10 and len(cues.phrases) >= 10 and cues.features


def test_a_good_file_of_ones_own_loads(tmp_path):
    rules = load_doc_type_rules(_write(tmp_path, GOOD))
    assert rules.types["loa"].features == {"signature_line": 2}


@pytest.mark.parametrize(
    ("change", "key", "reason"),
    [
        ({"types.loa.titels": {"x y z": 1}}, "types.loa.titels", "did you mean 'titles'"),
        ({"types.loa.features": {"signature": 2}}, "types.loa.features.signature.[key]", "signature_line"),
        ({"types.letter": {}}, "types.letter.[key]", "'loa', 'loa_response' or 'annual_statement'"),
        ({"types.annual_statement": None}, "(top level)", "no cues for annual_statement"),
        ({"types.loa.phrases": {"I authorise": 3, "i authorise": 2}}, "types.loa.phrases", "repeats"),
        ({"types.loa.phrases": {"I": 3}}, "types.loa.phrases", "too short"),
        ({"types.loa.phrases": {"i authorise": 50}}, "types.loa.phrases.i authorise", "less than or equal"),
        ({"decision.min_score": 0}, "decision.min_score", "greater than 0"),
        ({"zones.title_region": 2}, "zones.title_region", "less than or equal to 1"),
        ({"zones": None}, "zones", "Field required"),
    ],
)
def test_a_bad_file_names_file_key_and_reason(tmp_path, change, key, reason):
    path = _write(tmp_path, _with(change))
    with pytest.raises(ConfigError) as caught:
        load_doc_type_rules(path)
    message = caught.value.message
    line = next((ln for ln in message.splitlines() if f": {key}:" in ln), None)
    assert line is not None, message
    assert line.startswith(str(path)) and reason in line, line


def test_the_bundled_labels_load_and_their_patterns_expand():
    labels = load_labels()
    assert "<DATE>" not in labels.expand(labels.patterns["period_start"][0])
    assert labels.weak_fields["policy_number"]  # "your reference" and its kind are tried last


@pytest.mark.parametrize(
    ("change", "key", "reason"),
    [
        ({"fields": {"policy_numbr": ["plan no"]}}, "fields", "did you mean 'policy_number'"),
        ({"weak_fields": {"refference": ["ref"]}}, "weak_fields", "not a record field"),
        ({"patterns": {"client_name": ["Mr (\\w+"]}}, "(top level)", "patterns.client_name[0] is not a valid"),
        ({"patterns": {"client_name": ["Mr (\\w+)"]}}, "(top level)", "no (?P<v>...) group"),
        ({"patterns": {"client_name": ["<NAME> (?P<v>\\w+)"]}}, "(top level)", "macro <NAME> is not defined"),
    ],
)
def test_a_bad_labels_file_names_the_mistake(tmp_path, change, key, reason):
    data = yaml.safe_load((DATA_DIR / "labels.yaml").read_text(encoding="utf-8"))
    data.update(change)
    path = _write(tmp_path, data, "labels.yaml")
    with pytest.raises(ConfigError) as caught:
        load_model(path, Labels)
    message = caught.value.message
    assert any(ln.startswith(f"{path}: {key}:") and reason in ln for ln in message.splitlines()), message
