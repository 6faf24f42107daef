"""Ledger metrics on a ledger filled through the ledger's own API, with a pinned clock.

The story (all times UTC; the period is [2026-10-19, 2026-11-02), two ISO weeks):
- A  Aldgate statement, arrives 10-20 09:00, clean at 10:00.
- B  Aldgate statement, arrives 10-21 09:00, needs_review at 12:00; dropped again, clean 10-23 12:00.
- C  Brunswick LoA response P3, arrives 10-22 08:00, rejected at 09:00.
- C2 the corrected C (new bytes, same plan), arrives 10-28 08:00, clean at 10:00: C is superseded then.
- D  Brunswick LoA, arrives 10-27 09:00, needs_review at 10:00 (possible duplicate), in review/ 10:30.
- E  Cairngorm statement, arrived 10-01 09:00 (before the period), needs_review at 09:30, still waiting.
- F  an unreadable file, arrives 10-29 09:00, failed at 09:05.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from provcheck.ledger import store
from provcheck.ledger.store import Ledger
from provcheck.report.metrics import stamp

from .conftest import make_result


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def days_between(a: str, b: str) -> float:
    """Days from a to b."""
    return (t(b) - t(a)).total_seconds() / 86400


def build_story(path: Path, monkeypatch) -> Ledger:
    """A ledger at `path` holding the story, recorded through the ledger's API with a pinned clock."""
    clock = {"now": "2026-10-01T00:00:00"}
    monkeypatch.setattr(store, "now", lambda: stamp(t(clock["now"])))
    led = Ledger.open(path)
    batch = led.start_batch("watch", str(path.parent / "inbox"))

    def run(result, arrived, finished, destination=None, placed=None):
        clock["now"] = finished
        recorded = led.record_run(
            batch,
            result,
            path=result.source.path,
            arrived_at=stamp(t(arrived)),
            started_at=stamp(t(arrived)),
            destination=destination,
        )
        if placed:
            clock["now"] = placed
            led.mark_placed(recorded.run_id, f"review/{result.source.path}")
        return recorded

    run(
        make_result(
            "E", provider="Cairngorm Assurance", policy="E1", status="needs_review", missing=["plan_value"]
        ),
        "2026-10-01T09:00",
        "2026-10-01T09:30",
        "review",
    )
    run(
        make_result("A", provider="Aldgate Life", policy="A1"),
        "2026-10-20T09:00",
        "2026-10-20T10:00",
        "processed",
    )
    run(
        make_result("B", provider="Aldgate Life", policy="B1", status="needs_review", missing=["plan_value"]),
        "2026-10-21T09:00",
        "2026-10-21T12:00",
        "review",
    )
    run(
        make_result(
            "C",
            doc_type="loa_response",
            provider="Brunswick Wealth",
            policy="P3",
            status="rejected",
            issues=[("sum_of_holdings", "error")],
        ),
        "2026-10-22T08:00",
        "2026-10-22T09:00",
        "review",
    )
    b2 = run(make_result("B", provider="Aldgate Life", policy="B1"), "2026-10-23T09:00", "2026-10-23T12:00")
    d = run(
        make_result(
            "D",
            doc_type="loa",
            provider="Brunswick Wealth",
            status="needs_review",
            missing=["date_signed"],
            duplicates=["same_client"],
        ),
        "2026-10-27T09:00",
        "2026-10-27T10:00",
        "review",
        placed="2026-10-27T10:30",
    )
    c2 = run(
        make_result("C2", doc_type="loa_response", provider="Brunswick Wealth", policy="P3"),
        "2026-10-28T08:00",
        "2026-10-28T10:00",
        "processed",
    )
    run(
        make_result("F", doc_type="unknown", status="failed", issues=[("unreadable", "error")]),
        "2026-10-29T09:00",
        "2026-10-29T09:05",
        "failed",
    )
    # The ledger links what the story says; if these fail, the figures below are not about this story.
    assert b2.is_rework and c2.is_rework and not d.is_rework
    return led
