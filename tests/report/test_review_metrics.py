"""`provcheck report`'s metrics with a person in the loop (spec/metrics.md, spec/review.md), on a pinned clock.

The story (UTC; period [2026-10-19, 2026-11-02)), through the ledger's API and the desk's library:
- H  Aldgate statement, arrives 10-20 09:00, needs_review at 10:00; a reviewer corrects client_name and
     valuation_date on 10-21 09:00 and 09:30 and approves at 10:00; `check` runs it again 10-22 09:00
     (the machine says needs_review again: the approval stands).
- I  Aldgate statement, arrives 10-20 09:00, clean at 10:00.
- J  Brunswick statement, arrives 10-20 09:00, needs_review at 10:00, rejected by a reviewer 10-22 12:00.
- K  Aldgate statement, arrives 10-20 09:00, clean at 10:00, but a reviewer corrects its client_name 10-23
     (judged again, its missing plan value and valuation date make it needs_review: back in the backlog).
"""

from __future__ import annotations

import datetime as dt

import pytest

from provcheck.ledger import store
from provcheck.ledger.store import Ledger
from provcheck.report.metrics import Period, compute, stamp
from provcheck.review import Desk
from provcheck.review import desk as desk_module

from .conftest import make_result
from .story import days_between, t

PERIOD = Period(t("2026-10-19T00:00"), t("2026-11-02T00:00"))


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    clock = {"now": "2026-10-20T10:00"}
    monkeypatch.setattr(store, "now", lambda: stamp(t(clock["now"])))
    monkeypatch.setattr(desk_module, "now", lambda: stamp(t(clock["now"])))
    led = Ledger.open(tmp_path / "ledger.sqlite")
    first = led.start_batch("check", str(tmp_path / "out"))
    arrived = stamp(t("2026-10-20T09:00"))
    results = {
        "H": make_result("H", status="needs_review", missing=["plan_value"], policy="H1"),
        "I": make_result("I", policy="I1"),
        "J": make_result("J", provider="Brunswick Wealth", status="needs_review", missing=["plan_value"], policy="J1"),
        "K": make_result("K", policy="K1"),
    }
    ids = {
        name: led.record_run(first, r, path=r.source.path, arrived_at=arrived, started_at=arrived).document_id
        for name, r in results.items()
    }
    desk = Desk(led, as_of=dt.date(2026, 10, 21))
    for moment, field, value in (("2026-10-21T09:00", "client_name", "Helen Hart"),
                                 ("2026-10-21T09:30", "valuation_date", "2026-10-01")):  # fmt: skip
        clock["now"] = moment
        desk.correct(ids["H"], field, value, "jsmith", version=desk.document(ids["H"]).run_id)
    clock["now"] = "2026-10-21T10:00"
    desk.approve(ids["H"], "jsmith", version=desk.document(ids["H"]).run_id)
    clock["now"] = "2026-10-22T09:00"
    again = led.start_batch("check", str(tmp_path / "out"))
    h = results["H"]
    led.record_run(again, h, path=h.source.path, arrived_at=arrived, started_at=stamp(t(clock["now"])))
    clock["now"] = "2026-10-22T12:00"
    desk.reject(ids["J"], "jsmith", "provider must reissue", version=desk.document(ids["J"]).run_id)
    clock["now"] = "2026-10-23T09:00"
    desk.correct(ids["K"], "client_name", "Kate King", "asmith", version=desk.document(ids["K"]).run_id)
    yield led
    led.close()


def test_reviewed_documents_are_not_first_time_right_and_are_rework(ledger, required):
    total = compute(ledger.conn, PERIOD, required)["cuts"]["all"][""]
    assert total["documents"] == 4
    assert total["first_time_right_rate"]["numerator"] == 1  # I alone: H and K needed a person
    assert total["rework_rate"]["numerator"] == 2  # H and K were corrected; J's rejection redid nothing
    assert total["by_status"]["clean"] == 2  # H's approval stands over the machine's re-run; and I


def test_turnaround_ends_at_the_approval_and_a_re_run_does_not_refill_the_backlog(ledger, required):
    total = compute(ledger.conn, PERIOD, required)["cuts"]["all"][""]
    turnaround = total["turnaround_days"]
    assert turnaround["documents"] == 3 and turnaround["not_yet_clean"] == 1  # H, I and K; J never clean
    # H's ends at the approval; I's and K's at their first (clean) run: the median is an hour.
    assert turnaround["median"] == pytest.approx(days_between("2026-10-20T09:00", "2026-10-20T10:00"), abs=1e-4)
    assert turnaround["p90"] == pytest.approx(
        0.8 * days_between("2026-10-20T09:00", "2026-10-21T10:00") + 0.2 / 24, abs=1e-4
    )
    assert total["backlog"]["documents"] == 2  # J (rejected) and K; H's re-run does not put H back


def test_corrections_by_field_and_by_provider(ledger, required):
    cuts = compute(ledger.conn, PERIOD, required)["cuts"]
    review = cuts["all"][""]["review"]
    assert review == {
        "corrected": 2,
        "approved": 1,
        "rejected": 1,
        "corrections": 3,
        "corrections_by_field": {"client_name": 2, "valuation_date": 1},
    }
    assert cuts["provider"]["Aldgate Life"]["review"]["corrections"] == 3
    assert cuts["provider"]["Brunswick Wealth"]["review"]["corrections"] == 0
    assert cuts["provider"]["Brunswick Wealth"]["review"]["rejected"] == 1


def test_the_report_shows_the_review(ledger, required):
    import io

    from rich.console import Console

    from provcheck.report.files import report_rows
    from provcheck.report.html import render_html
    from provcheck.report.terminal import print_report

    data = compute(ledger.conn, PERIOD, required)
    page = render_html(data)
    assert "2 documents corrected by a person (3 values), 1 approved, 1 rejected" in page
    assert "Corrections by field" in page and ">client_name</text>" in page and ">Aldgate Life</text>" in page
    buf = io.StringIO()
    print_report(Console(file=buf, width=160), data)
    text = buf.getvalue()
    assert "2 documents corrected (3 values), 1 approved, 1 rejected" in text
    corrections = text.split("Corrections by provider")[1].split("By provider")[0]
    assert "Aldgate Life" in corrections and "Brunswick" not in corrections  # no corrections there
    rows = [r for r in report_rows(data) if r["dimension"] == "all" and r["metric"].startswith("review")]
    assert rows, "report.csv carries the review figures"
