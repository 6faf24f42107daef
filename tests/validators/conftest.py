"""Shared fixtures: the default pack, a context maker, and a clean record per doc type.

The clean records are built by hand from facts in spec/domain.md (valid identifiers from its
examples, a registry provider's policy pattern) so no validator's own output decides them.
"""

import datetime as dt

import pytest

from provcheck.models import Evidence, Holding, Record
from provcheck.rules import load_rule_pack
from provcheck.validators import Context

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="session")
def pack():
    return load_rule_pack()


@pytest.fixture
def ctx(pack):
    def make(doc_type="loa_response", as_of=AS_OF, rule_pack=None, provider_basis="letterhead"):
        # the provider as read from the issuer's letterhead, unless a test says otherwise
        evidence = {"provider": Evidence(page=1, bbox=(0, 0, 1, 1), text="", confidence=0.9, method="text",
                                         basis=provider_basis)}
        return Context(doc_type=doc_type, as_of=as_of, pack=rule_pack or pack, evidence=evidence)

    return make


def clean_record(doc_type: str) -> Record:
    common = dict(
        provider="Aldgate Life",
        client_title="Mrs",
        client_name="Jane Anne Smith",
        client_dob="1961-03-14",
        ni_number="AB123456C",
        client_address="1 High Street, London",
        client_postcode="SW1A 1AA",
    )
    if doc_type == "loa":
        return Record(
            **common,
            policy_numbers=["AL12345678", "AL87654321"],
            adviser_firm="Example Advice Ltd",
            fca_frn="123456",
            adviser_name="Sam Adviser",
            date_signed="2026-06-01",
            signature_present=True,
        )
    return Record(
        **common,
        policy_number="AL12345678",
        plan_type="personal_pension",
        valuation_date="2026-09-30",
        period_start="2025-10-01" if doc_type == "annual_statement" else None,
        plan_value="5000.00",
        transfer_value="5000.00",
        regular_contribution="200.00",
        contribution_frequency="monthly",
        annual_charge_percent="0.75",
        holdings=[
            # 1000 x 2.5 = 2500.00 exactly; 1250 units at 200p = 2500.00 (price in pence).
            Holding(
                fund_name="Apple Fund",
                isin="US0378331005",
                units="1000.0000",
                unit_price="2.5000",
                value="2500.00",
            ),
            Holding(
                fund_name="UK Fund",
                isin="GB00B15KXQ89",
                units="1250.00",
                unit_price="200.00",
                value="2500.00",
            ),
        ],
    )


@pytest.fixture
def record():
    return clean_record
