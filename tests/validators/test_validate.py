"""`validate` end to end over records: every defect kind lands on its field; clean records raise nothing."""

import datetime as dt

import pytest

from provcheck.models import Evidence, Holding
from provcheck.validators import CHECKS, validate

AS_OF = dt.date(2026, 11, 1)
# the provider as the issuer's letterhead names it: provider-dependent checks run (spec "Sure and unsure")
ISSUER = {"provider": Evidence(page=1, bbox=(0, 0, 1, 1), text="", confidence=0.9, method="text", basis="letterhead")}

# defect kind -> (doc type, mutation, expected rule, expected field)
DEFECTS = {
    "ni_suffix": ("loa", lambda r: setattr(r, "ni_number", "AB123456E"), "ni_number", "ni_number"),
    "ni_placeholder": (
        "loa_response",
        lambda r: setattr(r, "ni_number", "QQ123456C"),
        "ni_number",
        "ni_number",
    ),
    "ni_prefix": (
        "annual_statement",
        lambda r: setattr(r, "ni_number", "GB123456A"),
        "ni_number",
        "ni_number",
    ),
    "postcode": ("loa", lambda r: setattr(r, "client_postcode", "SW1A 1AO"), "postcode", "client_postcode"),
    "frn": ("loa", lambda r: setattr(r, "fca_frn", "12345"), "fca_frn", "fca_frn"),
    "isin": (
        "loa_response",
        lambda r: setattr(r.holdings[0], "isin", "US0373831005"),
        "isin",
        "holdings[0].isin",
    ),
    "dob_young": ("loa", lambda r: setattr(r, "client_dob", "2015-01-01"), "dob_age", "client_dob"),
    "dob_old": ("loa_response", lambda r: setattr(r, "client_dob", "1900-01-01"), "dob_age", "client_dob"),
    "dob_unreal": ("loa", lambda r: setattr(r, "client_dob", "1961-02-30"), "date_format", "client_dob"),
    "future_valuation": (
        "annual_statement",
        lambda r: setattr(r, "valuation_date", "2026-12-31"),
        "future_date",
        "valuation_date",
    ),
    "future_signing": (
        "loa",
        lambda r: setattr(r, "date_signed", "2026-11-02"),
        "future_date",
        "date_signed",
    ),
    "loa_expired": ("loa", lambda r: setattr(r, "date_signed", "2025-06-01"), "loa_expired", "date_signed"),
    "holdings_sum": (
        "loa_response",
        lambda r: setattr(r, "plan_value", "4750.00"),
        "holdings_sum",
        "plan_value",
    ),
    "units_price": (
        "annual_statement",
        lambda r: setattr(r.holdings[0], "units", "1100.0000"),
        "units_price",
        "holdings[0].value",
    ),
    "transfer_below": (
        "loa_response",
        lambda r: setattr(r, "transfer_value", "4750.00"),
        "transfer_below_value",
        "transfer_value",
    ),
    "policy_pattern": (
        "loa_response",
        lambda r: setattr(r, "policy_number", "AL1234567"),
        "policy_pattern",
        "policy_number",
    ),
    "plan_type": ("loa_response", lambda r: setattr(r, "plan_type", "pension"), "plan_type", "plan_type"),
    "frequency": (
        "annual_statement",
        lambda r: setattr(r, "contribution_frequency", "weekly"),
        "contribution_frequency",
        "contribution_frequency",
    ),
    "provider_unknown": (
        "annual_statement",
        lambda r: setattr(r, "provider", "Acme Life"),
        "provider_unknown",
        "provider",
    ),
    "required": ("loa", lambda r: setattr(r, "fca_frn", None), "required", "fca_frn"),
    "unsigned": ("loa", lambda r: setattr(r, "signature_present", False), "signature", "signature_present"),
    "money_format": (
        "loa_response",
        lambda r: setattr(r, "transfer_value", "5,000"),
        "number_format",
        "transfer_value",
    ),
}


@pytest.mark.parametrize("doc_type", ["loa", "loa_response", "annual_statement"])
def test_clean_records_raise_nothing(record, pack, doc_type):
    assert validate(record(doc_type), doc_type, pack, AS_OF) == []


@pytest.mark.parametrize("kind", sorted(DEFECTS))
def test_each_defect_reported_on_its_field(record, pack, kind):
    doc_type, mutate, rule, field = DEFECTS[kind]
    rec = record(doc_type)
    mutate(rec)
    issues = validate(rec, doc_type, pack, AS_OF, ISSUER)
    assert (rule, field) in {(i.rule, i.field) for i in issues}, issues
    # one defect, one finding: no pile-up on other fields
    assert {i.field for i in issues} == {field}


def test_every_check_has_a_defect_here():
    assert {d[2] for d in DEFECTS.values()} >= set(CHECKS) - {"period_order"}


def test_disabled_rule_and_severity_override(record, pack):
    rec = record("loa")
    rec.ni_number = "AB123456E"
    mine = pack.model_copy(deep=True)
    mine.rules.ni_number.severity = "warning"
    [issue] = validate(rec, "loa", mine, AS_OF)
    assert issue.severity == "warning"
    mine.rules.ni_number.enabled = False
    assert validate(rec, "loa", mine, AS_OF) == []


def test_unknown_doc_type_is_not_judged(record, pack):
    rec = record("loa")
    rec.ni_number = "QQ123456C"
    assert validate(rec, "unknown", pack, AS_OF) == []


def test_fields_of_other_doc_types_are_not_judged(record, pack):
    rec = record("loa")
    rec.plan_value, rec.holdings = "1.00", [Holding(isin="US0373831005", value="9.00")]
    assert validate(rec, "loa", pack, AS_OF) == []
