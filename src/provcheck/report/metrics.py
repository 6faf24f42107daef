"""The ledger's metrics over a period (issue 4, spec/metrics.md), for `provcheck report`.

`compute(conn, period)` reads the ledger (schema in `provcheck.ledger.schema`) in one pass over its runs,
ordered by document, and returns the report's JSON (`kind: metrics`), cut by provider, doc type and week.

What each figure counts, beyond spec/metrics.md's table:
- The period is half-open, `[since, until)`, and applies to a document's arrival (`first_seen_at`).
  Only runs finished before `until` are seen: the report says what was known at `until`.
- Provider and doc type are the document's latest run's.
- Rework: a document is reworked when a later run re-processed it because a run of it was not clean —
  its own bytes dropped again (`runs.is_rework`), or a corrected file linked to it (`documents.rework_of`);
  the run that did it points at the earlier run (`runs.rework_of_run`). The corrected file is a document
  of its own (identity is the content), so it counts in `documents` too.
- Turnaround: arrival to the first clean run of the document, or to the clean run of a correction that
  superseded it, whichever came first. Documents not yet clean at `until` are left out (and counted apart).
- Backlog is a state at a moment, not a flow: the `all`, provider and doc-type cuts give it at `until`, over
  every document that arrived before `until` (an old document still waiting matters most, whatever `since`);
  the week cuts give it at the end of each week. Ages are measured to that moment; "in review/" is from the
  original's placement there (watch) or else from the run that put the document in the backlog.
- Review (spec/review.md): a person's correction, approval or rejection is a run of its own. A document
  with a correction or approval is not first-time-right, and a correction or approval counts as rework
  (a rejection alone does not: nothing was redone). Turnaround ends at the approval when it is the first
  clean run. A `check` re-run of a reviewed file is dropped from the document's runs (the review stands).
  `review` per cut counts documents corrected / approved / rejected and the corrections, by field; the
  provider cut gives corrections by provider.
- Medians and 90th percentiles interpolate linearly between the closest ranks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from provcheck.models import DocumentResult
from provcheck.report.cuts import NO_PROVIDER, Tally
from provcheck.report.figures import Rate

METRICS_SCHEMA = "provcheck.metrics_report/1"
BACKLOG = ("needs_review", "rejected")
AGE_THRESHOLDS = (2, 7, 21)
DIMENSIONS = ("all", "provider", "doc_type", "week")
DAY = 86400.0


@dataclass(frozen=True)
class Period:
    """A half-open period `[since, until)` in UTC; `since` None means from the first arrival."""

    since: dt.datetime | None
    until: dt.datetime


def stamp(moment: dt.datetime) -> str:
    """A datetime in the ledger's timestamp form (UTC, microseconds, `Z`), which sorts as text."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_stamp(text: str) -> dt.datetime:
    """A ledger timestamp back to an aware UTC datetime."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


def week_of(moment: dt.datetime) -> dt.date:
    """The Monday (UTC) of the ISO week holding `moment`."""
    day = moment.astimezone(dt.UTC).date()
    return day - dt.timedelta(days=day.weekday())


def quantile(values: Sequence[float], q: float) -> float | None:
    """The q-quantile by linear interpolation between closest ranks; None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = q * (len(xs) - 1)
    low = int(pos)
    high = min(low + 1, len(xs) - 1)
    return xs[low] + (xs[high] - xs[low]) * (pos - low)


def _days(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _backlog_json(ages: Sequence[float], in_review: Sequence[float]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "documents": len(ages),
        "age_days": {"median": _days(quantile(ages, 0.5)), "oldest": _days(max(ages, default=None))},
        "in_review_days": {
            "median": _days(quantile(in_review, 0.5)),
            "oldest": _days(max(in_review, default=None)),
        },
    }
    for n in AGE_THRESHOLDS:
        out[f"older_than_{n}_days"] = sum(age > n for age in ages)
    return out


_RUNS = """
WITH seen AS (SELECT * FROM runs WHERE finished_at < :until),
last AS (SELECT document_id, MAX(id) AS id FROM seen GROUP BY document_id),
acted AS (SELECT run_id, MAX(action = 'reject') AS rejects, MAX(action != 'reject') AS settles
          FROM review_actions GROUP BY run_id),
reworked AS (SELECT DISTINCT prev.document_id FROM seen r JOIN runs prev ON prev.id = r.rework_of_run
             LEFT JOIN acted a ON a.run_id = r.id
             WHERE r.is_rework = 1 AND (a.run_id IS NULL OR a.settles = 1))
SELECT r.document_id, r.id, r.status, r.finished_at, r.doc_type, r.provider, r.destination, r.placed_at,
       r.claim, r.path, d.first_seen_at, d.superseded_at, (rw.document_id IS NOT NULL) AS reworked,
       (ra.run_id IS NOT NULL) AS reviewed,
       CASE WHEN r.id = last.id OR ra.run_id IS NOT NULL THEN r.result_json END AS result_json
FROM seen r JOIN documents d ON d.id = r.document_id JOIN last ON last.document_id = r.document_id
LEFT JOIN reworked rw ON rw.document_id = r.document_id
LEFT JOIN acted ra ON ra.run_id = r.id
WHERE d.first_seen_at < :until
ORDER BY r.document_id, r.id
"""


def _documents(conn: sqlite3.Connection, until: str):
    """Yield each document's runs (as rows, oldest first), one document at a time."""
    group: list[sqlite3.Row] = []
    cursor = conn.execute(_RUNS, {"until": until})
    cursor.row_factory = sqlite3.Row
    for row in cursor:
        if group and row["document_id"] != group[0]["document_id"]:
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def standing(runs: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """A document's runs less the `check` re-runs after a person's review of the same file.

    spec/review.md "Approvals stand": such a re-run is recorded, but the reviewed result stays the
    document's result (as `ledger.store.standing_review_sql` has it), so it does not put the document
    back in the backlog nor make its latest status the machine's again. A watched-folder arrival at that
    path (a claimed run) is a new look at it and counts.
    """
    kept: list[sqlite3.Row] = []
    reviewed_at: str | None = None  # the path of the latest review that stands
    for run in runs:
        if reviewed_at is not None and not run["reviewed"] and run["path"] == reviewed_at:
            if run["claim"] is None:
                continue
            reviewed_at = None
        if run["reviewed"]:
            reviewed_at = run["path"]
        kept.append(run)
    return kept  # its last run has its result line: the query gives one to the latest and to reviewed runs


class _Metrics:
    """Accumulates one document at a time: counters in a `Tally`, durations in per-cut lists."""

    def __init__(self, required: Mapping[str, Sequence[str]], period: Period, weeks: list[dt.date]):
        self.tally = Tally(required)
        self.period = period
        self.weeks = weeks
        # The moment each week's backlog is taken: its end, or `until` for a week not yet over.
        self.week_ends = [
            min(dt.datetime.combine(w + dt.timedelta(days=7), dt.time(), dt.UTC), period.until) for w in weeks
        ]
        self.turnaround: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.not_yet_clean: dict[tuple[str, str], int] = defaultdict(int)
        self.backlog_age: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.backlog_review: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.keys: dict[str, set[str]] = defaultdict(set)
        self.review_counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.corrections_by_field: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)

    def add(self, runs: list[sqlite3.Row], corrected: Sequence[str] = ()) -> None:
        """Count one document: its runs oldest first, and the fields people corrected on it."""
        runs = standing(runs)
        first, last = runs[0], runs[-1]
        arrival = parse_stamp(first["first_seen_at"])
        superseded = parse_stamp(first["superseded_at"]) if first["superseded_at"] else None
        if superseded is not None and superseded >= self.period.until:
            superseded = None  # not known at `until`
        cuts = [("all", ""), ("provider", last["provider"] or NO_PROVIDER), ("doc_type", last["doc_type"])]
        in_period = (
            self.period.since is None or arrival >= self.period.since
        ) and arrival < self.period.until
        if in_period:
            self._flow(runs, arrival, superseded, [*cuts, ("week", week_of(arrival).isoformat())])
            self._reviewed(runs, corrected, [*cuts, ("week", week_of(arrival).isoformat())])
        self._backlog(runs, arrival, superseded, cuts)

    def _flow(self, runs, arrival, superseded, cuts) -> None:
        latest = DocumentResult.from_json_dict(json.loads(runs[-1]["result_json"]))
        # First time right: the first run clean and no person's correction or approval (spec/metrics.md).
        first_clean = runs[0]["status"] == "clean" and not any(r["reviewed"] for r in runs)
        self.tally.add(cuts, latest, first_clean=first_clean)
        clean_at = [parse_stamp(r["finished_at"]) for r in runs if r["status"] == "clean"][:1]
        ends = clean_at + ([superseded] if superseded else [])
        for cut in cuts:
            self.keys[cut[0]].add(cut[1])
            self.tally.counts["reworked", cut[0], cut[1], ""] += bool(runs[0]["reworked"])
            if ends:
                self.turnaround[cut].append((min(ends) - arrival).total_seconds() / DAY)
            else:
                self.not_yet_clean[cut] += 1

    def _reviewed(self, runs, corrected: Sequence[str], cuts) -> None:
        decisions = {
            (json.loads(r["result_json"]).get("review") or {}).get("decision") for r in runs if r["reviewed"]
        }
        for cut in cuts:
            self.review_counts[cut]["corrected"] += bool(corrected)
            self.review_counts[cut]["approved"] += "approved" in decisions
            self.review_counts[cut]["rejected"] += "rejected" in decisions
            self.review_counts[cut]["corrections"] += len(corrected)
            for name in corrected:  # a list item under its column: holdings[2].value as holdings.value
                self.corrections_by_field[cut][re.sub(r"\[\d+\]", "", name)] += 1

    def _backlog(self, runs, arrival, superseded, cuts) -> None:
        # Intervals [start, end) during which the document's latest status was a backlog one.
        for i, run in enumerate(runs):
            if run["status"] not in BACKLOG:
                continue
            start = parse_stamp(run["finished_at"])
            end = parse_stamp(runs[i + 1]["finished_at"]) if i + 1 < len(runs) else None
            if superseded is not None:
                end = superseded if end is None else min(end, superseded)
            if end is not None and end <= start:
                continue
            entered = start
            if run["destination"] == "review" and run["placed_at"]:
                entered = parse_stamp(run["placed_at"])
            # In the backlog at moment m when start <= m < end (end None: still waiting at `until`).
            moments = [(self.period.until, cuts)] if end is None else []
            lo = bisect.bisect_left(self.week_ends, start)
            hi = len(self.week_ends) if end is None else bisect.bisect_left(self.week_ends, end)
            moments += [(self.week_ends[j], [("week", self.weeks[j].isoformat())]) for j in range(lo, hi)]
            for moment, at_cuts in moments:
                for cut in at_cuts:
                    self.keys[cut[0]].add(cut[1])
                    self.backlog_age[cut].append((moment - arrival).total_seconds() / DAY)
                    self.backlog_review[cut].append(max(0.0, (moment - entered).total_seconds() / DAY))

    def cut_json(self, dim: str, key: str) -> dict[str, Any]:
        cut = (dim, key)
        data = self.tally.cut_json(dim, key)
        data["rework_rate"] = Rate(self.tally.counts["reworked", dim, key, ""], data["documents"]).to_json()
        times = self.turnaround.get(cut, [])
        data["turnaround_days"] = {
            "documents": len(times),
            "not_yet_clean": self.not_yet_clean.get(cut, 0),
            "median": _days(quantile(times, 0.5)),
            "p90": _days(quantile(times, 0.9)),
        }
        data["backlog"] = _backlog_json(self.backlog_age.get(cut, []), self.backlog_review.get(cut, []))
        counts = self.review_counts.get(cut, Counter())
        by_field = self.corrections_by_field.get(cut, Counter())
        data["review"] = {
            "corrected": counts["corrected"],
            "approved": counts["approved"],
            "rejected": counts["rejected"],
            "corrections": counts["corrections"],
            "corrections_by_field": dict(sorted(by_field.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
        return data


def _weeks(since: dt.datetime, until: dt.datetime) -> list[dt.date]:
    first, weeks = week_of(since), []
    while dt.datetime.combine(first, dt.time(), dt.UTC) < until:
        weeks.append(first)
        first += dt.timedelta(days=7)
    return weeks


def compute(
    conn: sqlite3.Connection,
    period: Period,
    required: Mapping[str, Sequence[str]] | None = None,
    title: str = "provcheck metrics",
) -> dict[str, Any]:
    """The metrics of spec/metrics.md over a period, from an open ledger.

    Args:
        conn: a connection to the ledger (schema version 1 or later).
        period: `[since, until)`; a None `since` starts at the first arrival.
        required: required fields per doc type (the missing-data denominators); the default pack's if None.
        title: a heading for the rendered report.

    Returns:
        The report's JSON: `period` and `cuts` (`all`, `provider`, `doc_type`, `week`).
    """
    if required is None:
        from provcheck.report.batch import default_required

        required = default_required()
    until = stamp(period.until)
    since = period.since
    if since is None:
        row = conn.execute(
            "SELECT MIN(first_seen_at) FROM documents WHERE first_seen_at < ?", (until,)
        ).fetchone()
        since = parse_stamp(row[0]) if row and row[0] else period.until
    weeks = _weeks(since, period.until) if since < period.until else []  # an empty ledger has no weeks
    metrics = _Metrics(required, Period(period.since, period.until), weeks)
    corrected: dict[int, list[str]] = defaultdict(list)
    for row in conn.execute(
        "SELECT document_id, field FROM review_actions WHERE action = 'correct' AND field IS NOT NULL "
        "AND at < ? ORDER BY id",
        (until,),
    ):
        corrected[int(row[0])].append(row[1])
    for runs in _documents(conn, until):
        metrics.add(runs, corrected.get(int(runs[0]["document_id"]), ()))
    cuts: dict[str, dict[str, Any]] = {}
    for dim in DIMENSIONS:
        keys = [w.isoformat() for w in metrics.weeks] if dim == "week" else sorted(metrics.keys[dim])
        cuts[dim] = {key: metrics.cut_json(dim, key) for key in keys}
    cuts["all"] = {"": metrics.cut_json("all", "")}
    return {
        "schema": METRICS_SCHEMA,
        "kind": "metrics",
        "title": title,
        "period": {"since": stamp(since), "until": until},
        "cuts": cuts,
    }
