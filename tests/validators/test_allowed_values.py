from provcheck.models import FREQUENCIES, PLAN_TYPES
from provcheck.validators.allowed_values import check_contribution_frequency, check_plan_type


def test_every_spec_value_passes(record, ctx, pack):
    rec = record("loa_response")
    for plan_type in PLAN_TYPES:
        rec.plan_type = plan_type
        assert check_plan_type(rec, pack.rules.plan_type, ctx()) == []
    for freq in FREQUENCIES:
        rec.contribution_frequency = freq
        assert check_contribution_frequency(rec, pack.rules.contribution_frequency, ctx()) == []


def test_other_values_are_flagged(record, ctx, pack):
    rec = record("loa_response")
    rec.plan_type, rec.contribution_frequency = "Personal Pension", "weekly"
    [a] = check_plan_type(rec, pack.rules.plan_type, ctx())
    [b] = check_contribution_frequency(rec, pack.rules.contribution_frequency, ctx())
    assert (a.field, b.field) == ("plan_type", "contribution_frequency")
    assert "personal_pension" in a.message and "monthly" in b.message
