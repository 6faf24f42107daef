import pytest

from provcheck.models import DocumentResult, Evidence, Holding, Issue, Record, Source


def make_result(
    sha: str,
    status: str = "clean",
    *,
    doc_type: str = "annual_statement",
    provider: str = "Aldgate Life",
    policy: str | None = "PP100",
    name: str = "Jane Anne Smith",
    ni: str | None = "AB123456C",
    valuation_date: str = "2026-03-31",
    value: str = "1000.00",
    holdings: list[Holding] | None = None,
    issues: list[Issue] | None = None,
) -> DocumentResult:
    record = Record(
        provider=provider,
        policy_number=policy if doc_type != "loa" else None,
        policy_numbers=[policy] if doc_type == "loa" and policy else [],
        client_name=name,
        client_dob="1961-03-14",
        ni_number=ni,
        client_address="1 High Street, Flat 2, Leeds",
        client_postcode="LS1 1AA",
        plan_type="sipp",
        valuation_date=valuation_date,
        plan_value=value,
        holdings=holdings or [],
    )
    return DocumentResult(
        source=Source(path=f"inbox/{sha[:4]}.pdf", sha256=sha, bytes=100),
        doc_type=doc_type,
        record=record,
        evidence={
            "policy_number": Evidence(page=2, bbox=(0, 0, 1, 1), text="x", confidence=1.0, method="text")
        },
        issues=issues or [],
        completeness=1.0,
        status=status,
    )


@pytest.fixture
def mk():
    return make_result
