from provcheck.validators.provider import check_provider


def test_canonical_name_passes(record, ctx, pack):
    assert check_provider(record("loa_response"), pack.rules.provider_unknown, ctx()) == []


def test_unknown_or_alias_is_warned(record, ctx, pack):
    rec = record("loa_response")
    for name in ("Acme Life", "Aldgate"):  # an alias is not the canonical name the record must carry
        rec.provider = name
        [issue] = check_provider(rec, pack.rules.provider_unknown, ctx())
        assert (issue.rule, issue.field, issue.severity) == ("provider_unknown", "provider", "warning")
        assert name in issue.message


def test_null_provider_is_required_business(record, ctx, pack):
    rec = record("loa")
    rec.provider = None
    assert check_provider(rec, pack.rules.provider_unknown, ctx("loa")) == []
