"""Rule packs: the default loads; a user's pack merges over it; a bad pack names file, key and reason."""

import pytest

from provcheck.errors import ConfigError
from provcheck.rules import load_rule_pack
from provcheck.rules.pack import Rules

SPEC_REQUIRED = {  # spec/record.md, "Decisions"
    "loa": [
        "client_name",
        "client_dob",
        "ni_number",
        "client_address",
        "client_postcode",
        "policy_numbers",
        "adviser_firm",
        "fca_frn",
        "date_signed",
        "signature_present",
    ],
    "loa_response": [
        "provider",
        "policy_number",
        "client_name",
        "client_dob",
        "plan_type",
        "valuation_date",
        "plan_value",
        "holdings",
    ],
    "annual_statement": [
        "provider",
        "policy_number",
        "client_name",
        "plan_type",
        "period_start",
        "valuation_date",
        "plan_value",
        "holdings",
    ],
    "unknown": [],
}


def test_default_pack_matches_spec():
    pack = load_rule_pack()
    assert pack.required == SPEC_REQUIRED
    assert pack.rules.required.severity == "warning"
    assert pack.rules.loa_expired.validity_months == 12
    assert (pack.rules.dob_age.min_age, pack.rules.dob_age.max_age) == (16, 110)
    assert all(rule.enabled for _, rule in pack.rules)


def _write(tmp_path, text):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_pack_merges_key_by_key(tmp_path):
    pack = load_rule_pack(_write(tmp_path, "rules:\n  loa_expired: {validity_months: 6}\n  isin: {enabled: false}\n"))
    assert pack.rules.loa_expired.validity_months == 6
    assert pack.rules.loa_expired.severity == "error"  # untouched keys keep the default
    assert pack.rules.isin.enabled is False
    assert pack.required == SPEC_REQUIRED


def test_user_pack_may_change_required(tmp_path):
    pack = load_rule_pack(_write(tmp_path, "required:\n  loa_response: [policy_number, transfer_value]\n"))
    assert pack.required["loa_response"] == ["policy_number", "transfer_value"]
    assert pack.required["loa"] == SPEC_REQUIRED["loa"]


def test_provider_settings_merge_registry_and_pack(tmp_path):
    pack = load_rule_pack(_write(tmp_path, "providers:\n  Kestrel Wrap: {loa_validity_months: 6}\n"))
    settings = pack.provider_settings("Kestrel Wrap")
    assert settings.loa_validity_months == 6
    assert settings.policy_pattern == r"^KW[A-Z]{2}\d{6}$"  # from rules/data/providers/kestrel_wrap.yaml
    assert pack.provider_settings("Nobody").policy_pattern is None


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("rules:\n  ni_numbr: {enabled: false}\n", "rules.ni_numbr", "did you mean 'ni_number'"),
        ("rules:\n  dob_age: {min_agee: 18}\n", "rules.dob_age.min_agee", "did you mean 'min_age'"),
        ("requird:\n  loa: []\n", "requird", "did you mean 'required'"),
        ("rules:\n  dob_age: {min_age: sixteen}\n", "rules.dob_age.min_age", "valid integer"),
        ("rules:\n  ni_number: {severity: fatal}\n", "rules.ni_number.severity", "'error' or 'warning'"),
        ("rules:\n  dob_age: {min_age: 90, max_age: 20}\n", "rules.dob_age", "above max_age"),
        (
            "rules:\n  loa_expired: {validity_months: 0}\n",
            "rules.loa_expired.validity_months",
            "greater than or equal",
        ),
        (
            "providers:\n  Aldgate Life: {policy_pattern: '^AL(\\d{8}$'}\n",
            "providers.Aldgate Life.policy_pattern",
            "not a valid regular expression",
        ),
        ("providers:\n  Aldgate Lfe: {loa_validity_months: 6}\n", "providers", "did you mean 'Aldgate Life'"),
        (
            "providers:\n  Aldgate Life: {policy_patern: 'x'}\n",
            "providers.Aldgate Life.policy_patern",
            "did you mean 'policy_pattern'",
        ),
        ("required:\n  loa: [client_name, plan_value]\n", "required", "'plan_value' is a field of loa_response and"),
        ("required:\n  loa: [client_nme]\n", "required", "is not a field of loa; did you mean 'client_name'"),
        ("required:\n  statement: []\n", "required", "'statement' is not a doc type; did you mean 'annual_statement'?"),
        (
            "rules:\n  cross_document: {fields: [client_name, client_dobb]}\n",
            "rules.cross_document.fields.1",
            "did you mean 'client_dob'?",
        ),
        ("confidence_threshold: 1.5\n", "confidence_threshold", "less than or equal to 1"),
        ("confidence_treshold: 0.5\n", "confidence_treshold", "did you mean 'confidence_threshold'"),
        (
            "rules:\n  cross_document: {fields: [client_name, address]}\n",
            "rules.cross_document.fields.1",
            "client_name",
        ),
    ],
)
def test_bad_pack_names_file_key_and_reason(tmp_path, text, key, reason):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_rule_pack(path)
    message = caught.value.message
    line = next((ln for ln in message.splitlines() if f": {key}:" in ln), None)
    assert line is not None, message
    assert line.startswith(str(path)) and reason in line
    assert "Value error" not in message and "Assertion failed" not in message


def test_bad_yaml_names_file_and_line(tmp_path):
    path = _write(tmp_path, "rules:\n  ni_number: {enabled: false\n")
    with pytest.raises(ConfigError) as caught:
        load_rule_pack(path)
    assert str(path) in caught.value.message and "line" in caught.value.message
    assert "not valid YAML" in caught.value.message


def test_not_a_mapping(tmp_path):
    with pytest.raises(ConfigError, match="mapping"):
        load_rule_pack(_write(tmp_path, "- a\n- b\n"))


def test_every_rule_is_in_the_default_pack():
    # The models carry no defaults: the default pack must set every setting of every rule.
    pack = load_rule_pack()
    assert set(Rules.model_fields) == {name for name, _ in pack.rules}


def test_a_pack_is_read_once_until_its_file_changes(tmp_path):
    path = _write(tmp_path, "rules:\n  loa_expired: {validity_months: 6}\n")
    first = load_rule_pack(path)
    assert load_rule_pack(path) is first  # check_file asks once per document: the same pack, not re-read
    path.write_text("rules:\n  loa_expired: {validity_months: 9}\n", encoding="utf-8")  # same size, same tick
    changed = load_rule_pack(path)
    assert changed is not first and changed.rules.loa_expired.validity_months == 9
    assert load_rule_pack() is load_rule_pack() and load_rule_pack() is not changed


def test_a_kept_pack_is_checked_again_against_other_knowledge(tmp_path):
    from provcheck.rules.knowledge import use_knowledge

    path = _write(tmp_path, "providers:\n  Kestrel Wrap: {loa_validity_months: 6}\n")
    assert load_rule_pack(path).provider_settings("Kestrel Wrap").loa_validity_months == 6
    (tmp_path / "empty").mkdir()
    try:
        use_knowledge(tmp_path / "empty")  # the bundled registry alone: no Kestrel Wrap
        with pytest.raises(ConfigError) as err:
            load_rule_pack(path)
        assert "'Kestrel Wrap' is not a provider in the registry" in err.value.message
    finally:
        use_knowledge(None)  # back to the tests' default (tests/conftest.py)
    assert load_rule_pack(path).provider_settings("Kestrel Wrap").loa_validity_months == 6


def test_check_file_without_a_pack_reads_the_pack_once(monkeypatch):
    from pathlib import Path

    from provcheck.pipeline import CheckOptions, check_file
    from provcheck.rules import pack as pack_module

    reads = []
    real = pack_module.read_yaml
    monkeypatch.setattr(pack_module, "read_yaml", lambda path: reads.append(path) or real(path))
    sample = Path(__file__).resolve().parents[2] / "samples" / "text" / "aldgate_life-loa_response-01.pdf"
    results = [check_file(sample, CheckOptions()) for _ in range(3)]
    assert [r.status for r in results] == ["clean"] * 3
    assert len(reads) <= 1  # at most the first call's (an earlier test may have read it already)
