"""Truth records from make_truth: exact shape, valid identifiers, consistent arithmetic, reproducible.

The identifier checks below are written out here from spec/domain.md ("Identifiers"), independent of
the generator's own code, so a generator bug cannot hide behind itself.
"""

import datetime as dt
import random
import re
import string
from decimal import Decimal

import pytest

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES
from provcheck.samplegen import LAYOUTS, make_truth, providers
from tests.truthcheck import isin_ok

CASES = [(i, dt_) for dt_ in LAYOUTS for i in range(30)]


def _truth(i, doc_type):
    provs = providers()
    return make_truth(random.Random(1000 + i), provs[i % len(provs)], doc_type, seed=1000 + i).to_json()


def ni_ok(ni: str) -> bool:
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", ni)
    if not m:
        return False
    first, second = m.groups()
    return (
        first not in "DFIQUV"
        and second not in "DFIOQUV"
        and first + second not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    )


def test_isin_checker_agrees_with_spec_examples():
    assert isin_ok("US0378331005") and isin_ok("AU0000XVGZA3") and isin_ok("GB00B15KXQ89")
    assert not isin_ok("US0373831005")


@pytest.mark.parametrize(("i", "doc_type"), CASES)
def test_truth_shape_and_values(i, doc_type):
    truth = _truth(i, doc_type)
    assert set(truth) == {"doc_type", "record", "scanned", "layout", "provider_in_registry", "seed"}
    assert truth["doc_type"] == doc_type and truth["layout"] in LAYOUTS[doc_type]
    rec = truth["record"]
    assert list(rec) == list(FIELDS_BY_TYPE[doc_type])
    assert rec["provider"] in {p.name for p in providers()}
    if rec["ni_number"] is not None:
        assert ni_ok(rec["ni_number"]), rec["ni_number"]
    if rec["client_postcode"] is not None:
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", rec["client_postcode"])
        assert rec["client_address"] and rec["client_postcode"] not in rec["client_address"]
    if rec["client_dob"] is not None:
        dt.date.fromisoformat(rec["client_dob"])
    assert rec["client_name"] and "  " not in rec["client_name"]
    assert rec["client_title"] in (None, "Mr", "Mrs", "Ms", "Miss", "Dr")
    prov = next(p for p in providers() if p.name == rec["provider"])
    if doc_type == "loa":
        assert 1 <= len(rec["policy_numbers"]) <= 3
        assert all(re.fullmatch(prov.policy_pattern, p) for p in rec["policy_numbers"])
        assert re.fullmatch(r"\d{6,7}", rec["fca_frn"])
        assert isinstance(rec["signature_present"], bool)
        dt.date.fromisoformat(rec["date_signed"])
        return
    assert re.fullmatch(prov.policy_pattern, rec["policy_number"])
    assert rec["plan_type"] in PLAN_TYPES
    assert rec["contribution_frequency"] in (*FREQUENCIES, None)
    assert (rec["contribution_frequency"] is None) == (rec["regular_contribution"] is None)
    assert rec["holdings"], "plan documents show their holdings"
    total = Decimal(0)
    for h in rec["holdings"]:
        assert h["isin"] is None or isin_ok(h["isin"]), h["isin"]
        assert re.fullmatch(r"\d+\.\d+", h["units"]) and re.fullmatch(r"\d+\.\d+", h["unit_price"])
        expected = (Decimal(h["units"]) * Decimal(h["unit_price"])).quantize(Decimal("0.01"), "ROUND_HALF_UP")
        assert Decimal(h["value"]) == expected and re.fullmatch(r"\d+\.\d\d", h["value"])
        total += Decimal(h["value"])
    assert Decimal(rec["plan_value"]) == total
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or re.fullmatch(r"\d+\.\d\d", rec[key])
    if rec["transfer_value"] is not None:
        assert Decimal(rec["transfer_value"]) <= Decimal(rec["plan_value"])
    if rec["annual_charge_percent"] is not None:
        assert re.fullmatch(r"\d\.\d\d", rec["annual_charge_percent"])
    if doc_type == "annual_statement":
        assert dt.date.fromisoformat(rec["period_start"]) < dt.date.fromisoformat(rec["valuation_date"])


def test_same_seed_same_truth_and_different_seed_differs():
    a = [_truth(i, d) for i, d in CASES[:12]]
    b = [_truth(i, d) for i, d in CASES[:12]]
    assert a == b
    other = make_truth(random.Random(99999), providers()[0], "loa", seed=99999).to_json()
    assert other["record"] != a[0]["record"]


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="layout"):
        make_truth(random.Random(1), providers()[0], "loa", layout="stmt-boxed")


def test_ni_numbers_vary_over_the_alphabet():
    seen = {_truth(i, "loa")["record"]["ni_number"] for i in range(30)} - {None}
    assert len(seen) > 20 and all(n[0] in string.ascii_uppercase for n in seen)
