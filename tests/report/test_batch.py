from __future__ import annotations

import pytest

from provcheck.report.batch import BatchReport
from provcheck.report.cuts import NO_PROVIDER

from .conftest import make_result, random_results


def test_hand_counted_batch(required):
    results = [
        make_result("a", status="clean"),
        make_result("b", status="needs_review", missing=["plan_value"], issues=[("required", "warning")]),
        make_result(
            "c",
            status="rejected",
            missing=["plan_value", "valuation_date"],
            issues=[("sum_of_holdings", "error"), ("required", "warning"), ("required", "warning")],
        ),
        make_result(
            "d", doc_type="loa", provider=None, status="needs_review", duplicates=["exact", "same_client"]
        ),
        make_result(
            "e", doc_type="unknown", provider=None, status="failed", issues=[("unreadable", "error")]
        ),
    ]
    data = BatchReport(required).extend(results).to_json()
    total = data["cuts"]["all"][""]
    assert total["documents"] == 5
    assert total["by_status"] == {"clean": 1, "needs_review": 2, "rejected": 1, "failed": 1}
    assert total["error_rate"] == {"value": 0.4, "numerator": 2, "denominator": 5}  # c and e
    assert total["first_time_right_rate"] == {"value": 0.2, "numerator": 1, "denominator": 5}
    # a, b, c are annual statements (4 required fields); d is an LoA (3); e failed, so it is left out.
    assert total["missing_by_field"]["plan_value"] == {"value": 0.6667, "numerator": 2, "denominator": 3}
    assert total["missing_by_field"]["valuation_date"] == {"value": 0.3333, "numerator": 1, "denominator": 3}
    assert total["missing_by_field"]["ni_number"] == {"value": 0.0, "numerator": 0, "denominator": 1}
    assert total["missing_rate"] == {"value": 0.5, "numerator": 2, "denominator": 4}
    assert total["duplicates"] == {"documents": 1, "by_kind": {"exact": 1, "same_plan": 0, "same_client": 1}}
    assert total["issues_by_rule"]["required"] == {"documents": 2, "error": 0, "warning": 3}
    assert total["issues_by_rule"]["unreadable"] == {"documents": 1, "error": 1, "warning": 0}
    assert list(total["issues_by_rule"])[0] == "required"  # commonest first
    aldgate = data["cuts"]["provider"]["Aldgate Life"]
    assert aldgate["documents"] == 3
    assert aldgate["error_rate"]["numerator"] == 1
    assert data["cuts"]["provider"][NO_PROVIDER]["documents"] == 2
    assert data["cuts"]["doc_type"]["unknown"]["missing_rate"]["value"] is None  # nothing required: no data


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_batch_matches_counts_taken_from_the_specs(required, seed):
    specs = random_results(300, seed)
    report = BatchReport(required)
    for spec in specs:
        report.add(make_result(**spec))
    data = report.to_json()

    def key_of(spec, dimension):
        return {"all": "", "provider": spec["provider"] or NO_PROVIDER, "doc_type": spec["doc_type"]}[
            dimension
        ]

    for dimension in ("all", "provider", "doc_type"):
        keys = {key_of(s, dimension) for s in specs}
        assert set(data["cuts"][dimension]) == keys
        for key in keys:
            group = [s for s in specs if key_of(s, dimension) == key]
            cut = data["cuts"][dimension][key]
            assert cut["documents"] == len(group)
            errors = [s for s in group if any(sev == "error" for _, sev in s["issues"])]
            assert cut["error_rate"]["value"] == _rate(len(errors), len(group))
            clean = [s for s in group if s["status"] == "clean"]
            assert cut["first_time_right_rate"]["value"] == _rate(len(clean), len(group))
            read = [s for s in group if s["status"] != "failed"]
            for field in {f for fields in required.values() for f in fields}:
                needing = [s for s in read if field in required[s["doc_type"]]]
                lacking = [s for s in needing if field in s["missing"]]
                got = cut["missing_by_field"].get(field)
                if needing:
                    assert got == {
                        "value": _rate(len(lacking), len(needing)),
                        "numerator": len(lacking),
                        "denominator": len(needing),
                    }
                else:
                    assert got is None
            for kind in ("exact", "same_plan", "same_client"):
                assert cut["duplicates"]["by_kind"][kind] == sum(kind in s["duplicates"] for s in group)
            assert cut["duplicates"]["documents"] == sum(bool(s["duplicates"]) for s in group)


def test_memory_stays_flat_over_a_large_batch(required):
    # Counters only: after the first few hundred documents no new keys appear, however many follow.
    specs = random_results(300, seed=7)
    report = BatchReport(required)
    for spec in specs:
        report.add(make_result(**spec))
    size = len(report.tally.counts) + len(report.issues) + len(report.issue_documents)
    for i in range(10_000):
        report.add(make_result(**specs[i % len(specs)]))
    assert len(report.tally.counts) + len(report.issues) + len(report.issue_documents) == size
    assert report.documents == 10_300


def test_empty_batch_has_zero_totals(required):
    total = BatchReport(required).to_json()["cuts"]["all"][""]
    assert total["documents"] == 0
    assert total["error_rate"] == {"value": None, "numerator": 0, "denominator": 0}
