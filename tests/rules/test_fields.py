"""The resolver's preferences (data/fields.yaml) are read strictly: a bad file names itself and the key.

A misspelt finder or check would silently drop a field's readings; the loader refuses it with
the file, the key path and the reason (the closest valid name for a misspelt one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from provcheck.errors import ConfigError
from provcheck.rules.fields import load_field_prefs


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "fields.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _refused(tmp_path: Path, data: object) -> str:
    path = _write(tmp_path, data)
    with pytest.raises(ConfigError) as err:
        load_field_prefs(path)
    assert str(path) in err.value.message
    return err.value.message


def test_the_bundled_file_keeps_todays_order_of_evidence() -> None:
    prefs = load_field_prefs()
    order = prefs.finders("client_name")
    # labelled strong > listed policies > patterns > labelled weak > sentences > signed-date finder
    ranked = ["labelled", "plan_list", "pattern", "labelled_weak", "sentence", "signed_date", "address_block"]
    assert [f for f in order if f in ranked] == ranked
    assert prefs.finders("provider") == ["issuer"]
    assert prefs.checks("plan_value") == ["holdings_total"]
    assert prefs.checks("client_name") == []


def test_a_file_of_ones_own_changes_a_fields_order(tmp_path: Path) -> None:
    data = {"default": {"finders": ["labelled", "sentence"]}, "fields": {"plan_type": {"finders": ["sentence"]}}}
    prefs = load_field_prefs(_write(tmp_path, data))
    assert prefs.finders("plan_type") == ["sentence"]
    assert prefs.finders("plan_value") == ["labelled", "sentence"]


def test_a_misspelt_finder_is_refused_with_the_one_meant(tmp_path: Path) -> None:
    msg = _refused(tmp_path, {"default": {"finders": ["labeled", "sentence"]}})
    assert "default.finders.0" in msg and "did you mean 'labelled'?" in msg


def test_an_unknown_key_is_refused(tmp_path: Path) -> None:
    msg = _refused(tmp_path, {"default": {"finders": ["labelled"]}, "fields": {"plan_type": {"order": ["labelled"]}}})
    assert "fields.plan_type.order: unknown key" in msg


def test_a_field_that_is_not_in_the_record_is_refused(tmp_path: Path) -> None:
    msg = _refused(tmp_path, {"default": {"finders": ["labelled"]}, "fields": {"plan_valu": {"checks": ["ni_rules"]}}})
    assert "'plan_valu' is not a record field; did you mean 'plan_value'?" in msg


def test_an_unknown_check_a_repeated_finder_and_a_missing_default_order_are_refused(tmp_path: Path) -> None:
    bad_check = {"default": {"finders": ["labelled"]}, "fields": {"plan_value": {"checks": ["holding_total"]}}}
    assert "did you mean 'holdings_total'?" in _refused(tmp_path, bad_check)
    twice = {"default": {"finders": ["labelled", "sentence", "labelled"]}}
    assert "'labelled' is listed twice" in _refused(tmp_path, twice)
    assert "default needs its `finders` order" in _refused(tmp_path, {"default": {"checks": ["ni_rules"]}})
    assert "the file is empty" in _refused(tmp_path, None)
