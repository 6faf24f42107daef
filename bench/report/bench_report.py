"""Batch report and ledger metrics at scale: time and peak memory (prints figures; not a test).

Run: .venv/bin/python bench/report/bench_report.py [documents]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from provcheck.ledger import store
from provcheck.ledger.store import Ledger
from provcheck.models import DocumentResult, Duplicate, Issue, Record, Source
from provcheck.report.batch import BatchReport
from provcheck.report.files import write_batch_report, write_report_files
from provcheck.report.metrics import Period, compute, stamp

PROVIDERS = [
    "Aldgate Life",
    "Brunswick Wealth",
    "Cairngorm Assurance",
    "Dunmore Investments",
    "Everly Pensions",
]
FIELDS = [
    "provider",
    "policy_number",
    "client_name",
    "plan_type",
    "period_start",
    "valuation_date",
    "plan_value",
]


def result(i: int, rng: random.Random) -> DocumentResult:
    status = rng.choice(["clean", "clean", "needs_review", "rejected", "failed"])
    failed = status == "failed"
    return DocumentResult(
        source=Source(path=f"inbox/{i}.pdf", sha256=f"{i:064x}"),
        doc_type="unknown" if failed else "annual_statement",
        record=None if failed else Record(provider=rng.choice(PROVIDERS), policy_number=f"P{i}"),
        missing=[] if status in ("clean", "failed") else rng.sample(FIELDS, 1),
        issues=[Issue(rule="unreadable" if failed else "sum", field=None, severity="error", message="m")]
        if status in ("failed", "rejected")
        else [],
        duplicates=[Duplicate(of="x", kind="exact", score=1.0)] if rng.random() < 0.05 else [],
        status=status,
    )


def bench_batch(n: int) -> None:
    rng = random.Random(1)
    results = [result(i, rng) for i in range(n)]
    report = BatchReport()
    start, cpu = time.perf_counter(), time.process_time()
    for item in results:
        report.add(item)
    added, added_cpu = time.perf_counter() - start, time.process_time() - cpu
    # Memory on a second pass that builds each result as it goes, as `check` does: only the counters stay.
    rng = random.Random(1)
    tracemalloc.start()
    report = BatchReport()
    for i in range(n):
        report.add(result(i, rng))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_batch_report(Path(tmp), report)
        written = time.perf_counter() - start
    print(
        f"batch: {n} documents added in {added:.2f} s wall, {added_cpu:.2f} s CPU "
        f"({added_cpu / n * 1e6:.0f} µs each); peak traced memory {peak / 1e6:.2f} MB; "
        f"{len(report.tally.counts)} counters; files in {written * 1000:.0f} ms"
    )


def bench_ledger(n: int) -> None:
    rng = random.Random(2)
    clock = {"now": "2026-01-01T00:00:00.000000Z"}
    store.now = lambda: clock["now"]
    start_time = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp, Ledger.open(Path(tmp) / "ledger.sqlite") as ledger:
        batch = ledger.start_batch("check", "-")
        start = time.perf_counter()
        for i in range(n):
            arrived = start_time + dt.timedelta(minutes=i * 30)
            clock["now"] = stamp(arrived + dt.timedelta(minutes=5))
            ledger.record_run(
                batch, result(i, rng), path=f"{i}.pdf", arrived_at=stamp(arrived), started_at=stamp(arrived)
            )
        filled = time.perf_counter() - start
        period = Period(None, start_time + dt.timedelta(minutes=n * 30 + 60))
        start, cpu = time.perf_counter(), time.process_time()
        data = compute(ledger.conn, period)
        computed, computed_cpu = time.perf_counter() - start, time.process_time() - cpu
        tracemalloc.start()
        compute(ledger.conn, period)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        start = time.perf_counter()
        write_report_files(Path(tmp) / "out", data, ("json", "csv", "html"))
        written = time.perf_counter() - start
    weeks = len(data["cuts"]["week"])
    print(
        f"ledger: {n} documents over {weeks} weeks recorded in {filled:.1f} s; "
        f"metrics computed in {computed:.2f} s wall, {computed_cpu:.2f} s CPU "
        f"(peak traced memory {peak / 1e6:.1f} MB); files in {written * 1000:.0f} ms"
    )


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    bench_batch(count)
    bench_ledger(count)
