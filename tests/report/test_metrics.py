"""Ledger metrics on the story ledger of `story.py` (see there for what happens when)."""

from __future__ import annotations

import pytest

from provcheck.report.cuts import NO_PROVIDER
from provcheck.report.metrics import Period, compute, quantile

from .story import build_story, days_between, t


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    led = build_story(tmp_path / "ledger.sqlite", monkeypatch)
    yield led
    led.close()


PERIOD = Period(t("2026-10-19T00:00"), t("2026-11-02T00:00"))


def test_period_totals(ledger, required):
    data = compute(ledger.conn, PERIOD, required)
    total = data["cuts"]["all"][""]
    assert total["documents"] == 6  # A, B, C, C2, D, F (E arrived before the period)
    assert total["first_time_right_rate"] == {
        "value": round(2 / 6, 4),
        "numerator": 2,
        "denominator": 6,
    }  # A, C2
    assert total["error_rate"]["numerator"] == 2  # C (latest run rejected) and F
    assert total["rework_rate"] == {"value": round(2 / 6, 4), "numerator": 2, "denominator": 6}  # B and C
    assert total["by_status"] == {"clean": 3, "needs_review": 1, "rejected": 1, "failed": 1}
    assert total["missing_by_field"]["date_signed"] == {"value": 1.0, "numerator": 1, "denominator": 1}
    assert total["missing_by_field"]["plan_value"] == {"value": 0.0, "numerator": 0, "denominator": 4}
    assert total["duplicates"] == {"documents": 1, "by_kind": {"exact": 0, "same_plan": 0, "same_client": 1}}


def test_turnaround(ledger, required):
    turnaround = compute(ledger.conn, PERIOD, required)["cuts"]["all"][""]["turnaround_days"]
    times = sorted(
        [
            days_between("2026-10-20T09:00", "2026-10-20T10:00"),  # A
            days_between("2026-10-21T09:00", "2026-10-23T12:00"),  # B: arrival to its clean re-run
            days_between("2026-10-22T08:00", "2026-10-28T10:00"),  # C: arrival to the correction's clean run
            days_between("2026-10-28T08:00", "2026-10-28T10:00"),  # C2
        ]
    )
    assert turnaround["documents"] == 4 and turnaround["not_yet_clean"] == 2  # D and F
    assert turnaround["median"] == pytest.approx((times[1] + times[2]) / 2, abs=1e-4)
    assert turnaround["p90"] == pytest.approx(times[2] + 0.7 * (times[3] - times[2]), abs=1e-4)


def test_backlog_at_until(ledger, required):
    backlog = compute(ledger.conn, PERIOD, required)["cuts"]["all"][""]["backlog"]
    ages = sorted(
        [
            days_between("2026-10-27T09:00", "2026-11-02T00:00"),
            days_between("2026-10-01T09:00", "2026-11-02T00:00"),
        ]
    )
    assert backlog["documents"] == 2  # D and E; C left it when C2 came back clean
    assert backlog["age_days"]["oldest"] == pytest.approx(ages[1], abs=1e-4)
    assert backlog["age_days"]["median"] == pytest.approx(sum(ages) / 2, abs=1e-4)
    assert (backlog["older_than_2_days"], backlog["older_than_7_days"], backlog["older_than_21_days"]) == (
        2,
        1,
        1,
    )
    in_review = [
        days_between("2026-10-27T10:30", "2026-11-02T00:00"),
        days_between("2026-10-01T09:30", "2026-11-02T00:00"),
    ]
    assert backlog["in_review_days"]["oldest"] == pytest.approx(max(in_review), abs=1e-4)
    assert backlog["in_review_days"]["median"] == pytest.approx(sum(in_review) / 2, abs=1e-4)


def test_cuts_by_provider_and_week(ledger, required):
    cuts = compute(ledger.conn, PERIOD, required)["cuts"]
    aldgate = cuts["provider"]["Aldgate Life"]
    assert aldgate["documents"] == 2 and aldgate["rework_rate"]["numerator"] == 1
    assert aldgate["first_time_right_rate"]["numerator"] == 1
    assert cuts["provider"]["Brunswick Wealth"]["documents"] == 3
    assert cuts["provider"][NO_PROVIDER]["documents"] == 1  # F
    # E arrived before the period: no documents there, but it is in the backlog.
    assert cuts["provider"]["Cairngorm Assurance"]["documents"] == 0
    assert cuts["provider"]["Cairngorm Assurance"]["backlog"]["documents"] == 1
    assert list(cuts["week"]) == ["2026-10-19", "2026-10-26"]
    assert [w["documents"] for w in cuts["week"].values()] == [3, 3]
    # Backlog at the end of week 1 (10-26 00:00): E and C (rejected, not yet corrected); B was clean by then.
    assert [w["backlog"]["documents"] for w in cuts["week"].values()] == [2, 2]


def test_period_is_half_open(ledger, required):
    # Only C2, D and F arrived in [10-27 09:00, 10-29 09:00)... F arrived exactly at `until`: left out.
    data = compute(ledger.conn, Period(t("2026-10-27T09:00"), t("2026-10-29T09:00")), required)
    assert data["cuts"]["all"][""]["documents"] == 2  # D (exactly at since) and C2


def test_runs_after_until_are_not_seen(ledger, required):
    # At 10-25 C2 had not arrived: C is still rejected and waiting, nothing corrected it yet.
    data = compute(ledger.conn, Period(t("2026-10-19T00:00"), t("2026-10-25T00:00")), required)
    total = data["cuts"]["all"][""]
    assert total["documents"] == 3  # A, B, C
    assert total["rework_rate"]["numerator"] == 1  # B only
    assert total["backlog"]["documents"] == 2  # C and E


def test_quantile_interpolates():
    assert quantile([1, 2, 3, 4], 0.5) == 2.5
    assert quantile([10], 0.9) == 10
    assert quantile([], 0.5) is None
    assert quantile([0, 10], 0.9) == pytest.approx(9.0)


def test_empty_ledger(tmp_path, required):
    from provcheck.ledger.store import Ledger

    with Ledger.open(tmp_path / "empty.sqlite") as led:
        data = compute(led.conn, Period(None, t("2026-11-02T00:00")), required)
    assert data["cuts"]["all"][""]["documents"] == 0
    assert data["cuts"]["all"][""]["backlog"]["documents"] == 0
    assert data["cuts"]["week"] == {}
