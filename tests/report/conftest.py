"""Hand-built document results for the report tests (no PDF, no pipeline: results are the input)."""

from __future__ import annotations

import random

import pytest

from provcheck.models import DocumentResult, Duplicate, Issue, Record, Source

# A small rule pack of our own, so the expected denominators do not depend on the default pack.
REQUIRED = {
    "loa": ["client_name", "ni_number", "date_signed"],
    "loa_response": ["provider", "policy_number", "plan_value"],
    "annual_statement": ["provider", "policy_number", "plan_value", "valuation_date"],
    "unknown": [],
}


def make_result(
    name: str,
    doc_type: str = "annual_statement",
    provider: str | None = "Aldgate Life",
    status: str = "clean",
    missing: list[str] | None = None,
    issues: list[tuple[str, str]] | None = None,
    duplicates: list[str] | None = None,
    policy: str | None = None,
) -> DocumentResult:
    """One result; `issues` as (rule, severity), `duplicates` as kinds."""
    failed = status == "failed"
    return DocumentResult(
        source=Source(path=f"inbox/{name}.pdf", sha256=name.encode().hex().ljust(64, "0")[:64]),
        doc_type=doc_type,
        record=None if failed else Record(provider=provider, policy_number=policy),
        missing=[] if failed else list(missing or []),
        issues=[Issue(rule=r, field=None, severity=s, message=f"{r} {s}") for r, s in (issues or [])],
        duplicates=[Duplicate(of="inbox/other.pdf", kind=k, score=1.0) for k in (duplicates or [])],
        status=status,
    )


def random_results(n: int, seed: int) -> list[dict]:
    """Specs (plain dicts) of `n` varied results; tests derive both the results and the truth from them."""
    rng = random.Random(seed)
    specs = []
    for i in range(n):
        status = rng.choice(["clean", "clean", "needs_review", "rejected", "failed"])
        doc_type = rng.choice(["loa", "loa_response", "annual_statement", "unknown"])
        # A failed document has an empty record (spec/record.md), so no provider either.
        provider = None if status == "failed" else rng.choice(["Aldgate Life", "Brunswick Wealth", None])
        missing = (
            []
            if status in ("clean", "failed")
            else rng.sample(REQUIRED[doc_type], k=min(len(REQUIRED[doc_type]), rng.randint(0, 2)))
        )
        issues = [("unreadable", "error")] if status == "failed" else []
        if status == "rejected":
            issues.append((rng.choice(["ni_number", "sum_of_holdings"]), "error"))
        if status == "needs_review" and rng.random() < 0.5:
            issues.append(("required", "warning"))
        duplicates = (
            rng.sample(["exact", "same_plan", "same_client"], k=rng.randint(0, 2))
            if status != "failed"
            else []
        )
        specs.append(
            dict(
                name=f"doc{i}",
                doc_type=doc_type,
                provider=provider,
                status=status,
                missing=missing,
                issues=issues,
                duplicates=duplicates,
            )
        )
    return specs


@pytest.fixture
def required():
    return REQUIRED
