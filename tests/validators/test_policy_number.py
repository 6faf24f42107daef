from provcheck.rules import load_providers, load_rule_pack
from provcheck.validators.policy_number import check_policy_number


def test_registry_pattern(record, ctx, pack):
    # the clean records' provider, pattern ^AL\d{8}$ (samples/knowledge, in force for the tests)
    assert next(p for p in load_providers() if p.name == "Aldgate Life").policy_pattern == r"^AL\d{8}$"
    rec = record("loa_response")
    assert check_policy_number(rec, pack.rules.policy_pattern, ctx()) == []
    rec.policy_number = "AL1234567"
    [issue] = check_policy_number(rec, pack.rules.policy_pattern, ctx())
    assert issue.field == "policy_number" and "AL1234567" in issue.message and "Aldgate Life" in issue.message
    # said in words, never as the pattern (issue 11)
    assert "Aldgate Life policy numbers we know are 'AL' and 8 digits" in issue.message
    assert "is 'AL' and 7 digits" in issue.message and "\\d" not in issue.message and "^" not in issue.message


def test_skipped_unless_provider_from_issuer_evidence(record, ctx, pack):
    rec = record("loa_response")
    rec.policy_number = "AL1234567"
    assert check_policy_number(rec, pack.rules.policy_pattern, ctx(provider_basis="mention")) == []
    assert check_policy_number(rec, pack.rules.policy_pattern, ctx(provider_basis="label")) == []
    assert len(check_policy_number(rec, pack.rules.policy_pattern, ctx(provider_basis="frn"))) == 1


def test_loa_policy_numbers_each_judged(record, ctx, pack):
    rec = record("loa")
    rec.policy_numbers = ["AL12345678", "XX1"]
    issues = check_policy_number(rec, pack.rules.policy_pattern, ctx("loa"))
    assert [i.field for i in issues] == ["policy_numbers[1]"]


def test_unknown_provider_not_judged(record, ctx, pack):
    rec = record("loa_response")
    rec.provider, rec.policy_number = "Nobody Life", "whatever"
    assert check_policy_number(rec, pack.rules.policy_pattern, ctx()) == []


def test_pack_overrides_pattern(tmp_path, record, ctx):
    path = tmp_path / "p.yaml"
    path.write_text("providers:\n  Aldgate Life: {policy_pattern: '^ALX\\d{4}$'}\n", encoding="utf-8")
    own = load_rule_pack(path)
    rec = record("loa_response")
    assert check_policy_number(rec, own.rules.policy_pattern, ctx(rule_pack=own))
    rec.policy_number = "ALX1234"
    assert check_policy_number(rec, own.rules.policy_pattern, ctx(rule_pack=own)) == []


def test_patterns_in_words():
    from provcheck.validators.policy_number import describe_number, describe_pattern

    assert describe_pattern(r"^\d{8}$") == "8 digits"
    assert describe_pattern(r"^BW-\d{6}-[A-Z]$") == "'BW-', 6 digits, '-' and 1 letter"
    assert describe_pattern(r"^EP/\d{4}/\d{5}$") == "'EP/', 4 digits, '/' and 5 digits"
    assert describe_pattern(r"^(AB|CD)\d+$") is None  # too complex to say: the message says "another form"
    assert describe_number("1234567") == "7 digits"
