"""Open work (issue 12): LoAs the provider has not answered yet, their chase list, and the corrections made.

An LoA is open while no provider reply for one of its plans is in the ledger: no `loa_response` or
`annual_statement` of the same provider (case ignored) with one of the LoA's policy numbers, compared
normalised (letters and digits only, upper case: "ab-123 456" is "AB123456"), dated on or after the
LoA was signed (or, when either date is unknown, arriving after it). Each document counts by its current
result (its latest run, or the person's review that stands: `store.current_run_sql`), so a policy number a
reviewer corrected is matched as corrected. LoAs a
reviewer rejected, superseded ones and ones without a provider or policy number are not chased.

Age: days waiting since the LoA was signed, else since it first arrived (both are kept); oldest first.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from dataclasses import dataclass

from provcheck.ledger import Ledger
from provcheck.ledger.store import current_run_sql

REPLY_TYPES = ("loa_response", "annual_statement")
CHASE_COLUMNS = ("provider", "policy_numbers", "client_name", "date_signed", "days_waiting")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


@dataclass(frozen=True)
class OpenLoa:
    """An LoA sent with no provider reply yet."""

    document_id: int
    provider: str
    policy_numbers: tuple[str, ...]
    client_name: str | None
    date_signed: str | None
    arrived_at: str
    days_waiting: int  # since it was signed, else since it arrived
    days_since_arrival: int
    status: str


@dataclass(frozen=True)
class Corrections:
    """Counts of the fields people corrected, by field and by provider (where the machine is weakest)."""

    total: int
    by_field: list[tuple[str, int]]
    by_provider: list[tuple[str, int]]


def norm_policy(policy: str) -> str:
    """A policy number as compared across documents: letters and digits only, upper case."""
    return _NOT_ALNUM.sub("", policy.upper())


def _arrival(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def open_loas(ledger: Ledger, *, at: dt.datetime | None = None, documents: set[int] | None = None) -> list[OpenLoa]:
    """The LoAs with no reply yet, oldest first.

    Args:
        ledger: the open ledger.
        at: the moment ages are measured to (now when None).
        documents: only these documents count, as LoAs and as replies (a desk limited to one inbox).

    Returns:
        One entry per open LoA document, the longest waiting first.
    """
    when = at or dt.datetime.now(dt.UTC)
    loas, replies = [], {}
    for row in _current(ledger):
        if documents is not None and row["document_id"] not in documents:
            continue
        if row["status"] == "failed" or not row["provider"]:
            continue
        provider, arrived = row["provider"].casefold(), row["first_seen_at"]
        if row["doc_type"] in REPLY_TYPES and row["policy_number"]:
            key = (provider, norm_policy(row["policy_number"]))
            replies.setdefault(key, []).append((row["valuation_date"], arrived))
        elif row["doc_type"] == "loa" and row["superseded_at"] is None:
            if row["decision"] == "rejected":
                continue  # a reviewer turned it down for good: it will not be sent as it is
            policies = [p for p in json.loads(row["policy_numbers"] or "[]") if isinstance(p, str) and p]
            if policies:
                loas.append((row, tuple(policies)))
    found = []
    for row, policies in loas:
        provider, arrived, signed = row["provider"].casefold(), row["first_seen_at"], row["date_signed"]
        answered = any(
            _later(dated, came, signed, arrived)
            for policy in policies
            for dated, came in replies.get((provider, norm_policy(policy)), [])
        )
        if answered:
            continue
        since = came = _arrival(arrived)
        if signed:
            try:
                since = dt.datetime.combine(dt.date.fromisoformat(signed), dt.time(), dt.UTC)
            except ValueError:
                pass
        found.append(
            OpenLoa(
                document_id=int(row["document_id"]),
                provider=row["provider"],
                policy_numbers=policies,
                client_name=row["client_name"],
                date_signed=signed,
                arrived_at=arrived,
                days_waiting=max(0, (when - since).days),
                days_since_arrival=max(0, (when - came).days),
                status=row["status"],
            )
        )
    found.sort(key=lambda o: (-o.days_waiting, o.arrived_at, o.document_id))
    return found


def _current(ledger: Ledger) -> list:
    """The fields open work needs of each LoA, reply and statement, from its current run (a standing review).

    Read with SQLite's JSON functions, not as whole result lines: the page stays quick on a big ledger.
    """
    return ledger.conn.execute(
        f"""SELECT d.id AS document_id, d.first_seen_at, d.superseded_at, r.status, r.doc_type,
                   json_extract(r.result_json, '$.record.provider') AS provider,
                   json_extract(r.result_json, '$.record.policy_number') AS policy_number,
                   json_extract(r.result_json, '$.record.policy_numbers') AS policy_numbers,
                   json_extract(r.result_json, '$.record.client_name') AS client_name,
                   json_extract(r.result_json, '$.record.date_signed') AS date_signed,
                   json_extract(r.result_json, '$.record.valuation_date') AS valuation_date,
                   json_extract(r.result_json, '$.review.decision') AS decision
            FROM documents d JOIN runs r ON r.id = {current_run_sql("d.id")}
            WHERE r.doc_type IN ('loa', 'loa_response', 'annual_statement')
            ORDER BY d.id"""
    ).fetchall()


def _later(reply_date: str | None, reply_arrived: str, signed: str | None, loa_arrived: str) -> bool:
    """Whether a reply can answer the LoA: dated on or after its signing, else arrived after it."""
    if reply_date and signed:
        return reply_date >= signed  # ISO dates compare as text
    return reply_arrived >= loa_arrived


def chase_csv(loas: list[OpenLoa]) -> bytes:
    """The chase list: provider, policy numbers, client name, date signed, days waiting; UTF-8 with a BOM.

    Every text cell goes through the exports' formula guard (spec/crm.md "Formula injection"): a client
    name or policy number read off a page must not run as a formula in the spreadsheet it is opened in.
    """
    from provcheck.export.render import encode, neutralise  # the exports' imports: not at the desk's start

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CHASE_COLUMNS)
    for loa in loas:
        cells = [loa.provider, "; ".join(loa.policy_numbers), loa.client_name or "", loa.date_signed or ""]
        writer.writerow([neutralise(c) if c else "" for c in cells] + [str(loa.days_waiting)])
    return encode(buf.getvalue(), bom=True)


def corrections(ledger: Ledger, documents: set[int] | None = None) -> Corrections:
    """The corrections people made, counted by field and by the document's provider (most first).

    A field corrected twice on one document counts twice: each is a value a person had to type. A list's
    items count under their column (`holdings[2].value` as `holdings.value`), where the machine is weak.
    """
    rows = ledger.conn.execute(
        """SELECT a.document_id, a.field, r.provider FROM review_actions a JOIN runs r ON r.id = a.run_id
           WHERE a.action = 'correct' AND a.field IS NOT NULL"""
    ).fetchall()
    rows = [r for r in rows if documents is None or r["document_id"] in documents]
    by_field = Counter(counted_as(r["field"]) for r in rows)
    by_provider = Counter(r["provider"] or "(provider unknown)" for r in rows)

    def ordered(counts: Counter) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    return Corrections(total=len(rows), by_field=ordered(by_field), by_provider=ordered(by_provider))


def documents_from(ledger: Ledger, origin: str) -> set[int]:
    """The documents with a run in a batch of this origin (a watched inbox): a desk limited to it."""
    rows = ledger.conn.execute(
        "SELECT DISTINCT r.document_id FROM runs r JOIN batches b ON b.id = r.batch_id WHERE b.origin = ?", (origin,)
    )
    return {int(r[0]) for r in rows}


def counted_as(field: str) -> str:
    """A corrected field as corrections are counted: a list item under its list and column."""
    return re.sub(r"\[\d+\]", "", field)
