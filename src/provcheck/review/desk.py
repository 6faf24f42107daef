"""The review desk's library: the queue, and a person's correct / approve / reject (spec/review.md).

Every action re-reads the document's latest run, re-validates with the same rules as `check`, and records
a new run (method `review`) in the ledger; the machine's run and the original file are left as they were.
Each action names the version (latest run id) the reviewer saw; `ledger.review.record_review` refuses a
stale one, so two reviewers at once never lose each other's corrections.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from typing import Any

from provcheck.errors import InvalidCorrection, ReviewError, StaleVersion
from provcheck.ledger import Ledger, now
from provcheck.ledger.review import LatestRun, backlog, latest_run, record_review
from provcheck.models import DocumentResult, Evidence, Issue, Record
from provcheck.review import lists
from provcheck.rules import RulePack, load_rule_pack
from provcheck.status import completeness, decide_status

# Fields a person corrects as one typed-in value; a list's items are corrected one by one (review/lists.py).
SCALAR_FIELDS = tuple(name for name in Record.model_fields if name not in lists.LIST_FIELDS)


@dataclass(frozen=True)
class QueueItem:
    """One document waiting for a person."""

    document_id: int
    version: int
    status: str
    doc_type: str
    provider: str | None
    arrived_at: str
    age: dt.timedelta
    top_rule: str | None
    top_reason: str
    errors: int
    warnings: int


def reviewer_name(given: str | None = None) -> str:
    """`--reviewer`, else the login name (spec/review.md)."""
    if given and given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "reviewer"


def queue(
    ledger: Ledger,
    *,
    provider: str | None = None,
    doc_type: str | None = None,
    reason: str | None = None,
    at: dt.datetime | None = None,
) -> list[QueueItem]:
    """The documents waiting for review, oldest first, optionally only one provider, doc type or rule."""
    when = at or dt.datetime.now(dt.UTC)
    items = []
    for run in backlog(ledger):
        item = _item(run, when)
        if provider and item.provider != provider:
            continue
        if doc_type and item.doc_type != doc_type:
            continue
        if reason and reason not in {i.rule for i in run.result.issues} | _pseudo_rules(run.result):
            continue
        items.append(item)
    return items


class Desk:
    """A ledger, the rule pack and the day records are judged as of: what every action needs.

    Args:
        ledger: the open ledger.
        pack: the rule pack (the default pack when None), the same rules `check` applies.
        as_of: the day dates are judged by (today when None).
    """

    def __init__(self, ledger: Ledger, pack: RulePack | None = None, as_of: dt.date | None = None) -> None:
        self.ledger = ledger
        self._pack = pack
        self.as_of = as_of

    @property
    def pack(self) -> RulePack:
        """The rule pack, loaded at the first correction rather than at start (the desk opens faster)."""
        if self._pack is None:
            self._pack = load_rule_pack(None)
        return self._pack

    def document(self, document_id: int) -> LatestRun:
        """The document's latest run (raises UnknownDocument)."""
        return latest_run(self.ledger, document_id)

    def correct(
        self,
        document_id: int,
        field: str,
        value: Any,
        reviewer: str,
        *,
        version: int,
        page: int | None = None,
        bbox: list[float] | None = None,
    ) -> DocumentResult:
        """Set one field to a person's value, re-validate, and record it.

        Args:
            document_id: the document's ledger id.
            field: the record field to set, or a list's item (`policy_numbers[1]`, `holdings[2].value`, a
                whole row `holdings[2]`: review/lists.py; an index one past the end adds one).
            value: the new value as typed (`""` clears the field, or removes a policy number or a whole
                row); `signature_present` takes yes/no.
            reviewer: who corrects.
            version: the run id the reviewer's page showed.
            page: the page the value is on (optional, with `bbox`).
            bbox: where on that page, `[x0, top, x1, bottom]` in PDF points from the top-left.

        Returns:
            The reviewed result now recorded.

        Raises:
            InvalidCorrection: the field cannot be corrected, or the validators give the new value an error.
            StaleVersion: someone saved first.
            UnknownDocument: no such document.
        """
        base = self._base(document_id, version)
        old = base.result
        if old.record is None or old.status == "failed" or old.doc_type == "unknown":
            raise InvalidCorrection(f"document {document_id} has no record to correct (it was not read)")
        item = lists.parse(field)
        known = old.record.for_type(old.doc_type)
        if (item.field if item else field) not in known or (item is None and field not in SCALAR_FIELDS):
            raise InvalidCorrection(f"{field!r} is not a field a {old.doc_type} record has")
        if item is None:
            new_value = _typed(field, value)
            record = old.record.model_copy(update={field: new_value})
            record = Record.model_validate(record.model_dump())
            before = getattr(old.record, field)
        else:
            record, before, new_value = lists.apply(old.record, item, value)
        result = self._revalidated(old, record)
        refused = [i for i in result.issues if i.severity == "error" and i.field == field]
        if refused:
            raise InvalidCorrection(f"{field} = {value!r} is refused: {refused[0].message}")
        at = now()
        result.evidence = dict(old.evidence)
        located = page is not None and bbox is not None
        prior = old.evidence.get(field)
        if item is not None:
            result.evidence = lists.evidence(old.evidence, item, before, new_value, page, bbox)
        elif located or prior is not None:
            result.evidence[field] = Evidence(
                page=page if located else prior.page,  # type: ignore[union-attr]
                bbox=tuple(bbox) if located else prior.bbox,  # type: ignore[arg-type,union-attr]
                text="" if new_value is None else str(new_value),
                confidence=1.0,
                method="review",
            )
        review = dict(old.review or {})
        corrections = [c for c in review.get("corrections", []) if c.get("field") != field]
        first_from = next((c["from"] for c in review.get("corrections", []) if c.get("field") == field), before)
        corrections.append({"field": field, "from": first_from, "to": new_value})
        result.review = {
            "by": reviewer,
            "at": _spec_time(at),
            "decision": None,
            "corrections": corrections,
            "overrides": [],
        }
        record_review(
            self.ledger,
            base,
            result,
            reviewer=reviewer,
            action="correct",
            field=field,
            old_value=before,
            new_value=new_value,
            page=page if located else None,
            bbox=list(bbox) if located else None,
            at=at,
        )
        return result

    def approve(
        self, document_id: int, reviewer: str, *, version: int, reasons: dict[str, str] | None = None
    ) -> DocumentResult:
        """Approve a document: status becomes `clean`; each remaining error needs a reason (an override).

        Args:
            document_id: the document's ledger id.
            reviewer: who approves.
            version: the run id the reviewer's page showed.
            reasons: rule name -> the reviewer's reason, one for each rule still raising an error.

        Raises:
            ReviewError: an error remains without a reason.
            StaleVersion: someone saved first.
        """
        base = self._base(document_id, version)
        old = base.result
        if old.status == "failed":
            raise ReviewError(f"document {document_id} could not be read; it cannot be approved")
        reasons = {k: v.strip() for k, v in (reasons or {}).items() if v and v.strip()}
        errors = [i for i in old.issues if i.severity == "error"]
        unexplained = sorted({i.rule for i in errors if i.rule not in reasons})
        if unexplained:
            raise ReviewError("a reason is needed for each remaining error before approving: " + ", ".join(unexplained))
        result = old.model_copy(deep=True)
        result.status = "clean"
        at = now()
        overrides = [{"rule": rule, "reason": reasons[rule]} for rule in sorted({i.rule for i in errors})]
        result.review = {
            **(old.review or {"corrections": []}),
            "by": reviewer,
            "at": _spec_time(at),
            "decision": "approved",
            "overrides": overrides,
        }
        record_review(self.ledger, base, result, reviewer=reviewer, action="approve", overrides=overrides, at=at)
        return result

    def reject(self, document_id: int, reviewer: str, reason: str, *, version: int) -> DocumentResult:
        """Reject a document for good (e.g. the provider must reissue it), with a reason."""
        if not reason or not reason.strip():
            raise ReviewError("a reason is needed to reject a document")
        base = self._base(document_id, version)
        result = base.result.model_copy(deep=True)
        if result.status != "failed":
            result.status = "rejected"
        at = now()
        result.review = {
            **(base.result.review or {"corrections": []}),
            "by": reviewer,
            "at": _spec_time(at),
            "decision": "rejected",
            "reason": reason.strip(),
            "overrides": [],
        }
        record_review(self.ledger, base, result, reviewer=reviewer, action="reject", reason=reason.strip(), at=at)
        return result

    def _base(self, document_id: int, version: int) -> LatestRun:
        base = latest_run(self.ledger, document_id)
        if base.run_id != version:
            # Checked again inside record_review's transaction; this one gives the answer before any work.
            raise StaleVersion(
                f"document {document_id} changed since you opened it (version {version}, now {base.run_id}); "
                "reload it to see the other change, then make yours again"
            )
        return base

    def _revalidated(self, old: DocumentResult, record: Record) -> DocumentResult:
        """`old` with `record`, judged again by the validators; issues the validators did not raise stay."""
        from provcheck.validators import validate

        as_of = self.as_of or dt.date.today()
        machine = {(i.rule, i.field, i.message) for i in validate(old.record, old.doc_type, self.pack, as_of)}  # type: ignore[arg-type]
        kept: list[Issue] = [i for i in old.issues if (i.rule, i.field, i.message) not in machine]
        result = old.model_copy(deep=True)
        result.record = record
        result.issues = validate(record, old.doc_type, self.pack, as_of) + kept
        result.completeness, result.missing = completeness(record, old.doc_type, self.pack.required[old.doc_type])
        result.status = decide_status(result)  # type: ignore[assignment]
        return result


def top_reason(result: DocumentResult) -> tuple[str | None, str]:
    """The first thing a reviewer should look at: an error, else a warning, else what is missing."""
    for severity in ("error", "warning", "info"):
        for issue in result.issues:
            if issue.severity == severity:
                return issue.rule, issue.message
    if result.doc_type == "unknown":
        return "unknown_type", "The document type was not recognised."
    if result.missing:
        return "required", "Missing: " + ", ".join(result.missing)
    if result.duplicates:
        return "duplicate", f"Possible {result.duplicates[0].kind} duplicate."
    return None, ""


def _pseudo_rules(result: DocumentResult) -> set[str]:
    rule, _ = top_reason(result)
    return {rule} if rule else set()


def _item(run: LatestRun, when: dt.datetime) -> QueueItem:
    result = run.result
    rule, reason = top_reason(result)
    arrived = dt.datetime.strptime(run.first_seen_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    severities = [i.severity for i in result.issues]
    return QueueItem(
        document_id=run.document_id,
        version=run.run_id,
        status=result.status,
        doc_type=result.doc_type,
        provider=result.record.provider if result.record else None,
        arrived_at=run.first_seen_at,
        age=max(when - arrived, dt.timedelta(0)),
        top_rule=rule,
        top_reason=reason,
        errors=severities.count("error"),
        warnings=severities.count("warning"),
    )


def _typed(field: str, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
    if field == "signature_present":
        if isinstance(value, bool) or value is None:
            return value
        lowered = str(value).lower()
        if lowered in ("yes", "true", "1", "y"):
            return True
        if lowered in ("no", "false", "0", "n"):
            return False
        raise InvalidCorrection(f"signature_present takes yes or no, not {value!r}")
    return None if value is None else str(value)


def _spec_time(ledger_time: str) -> str:
    # The result line's review.at is to the second (spec/review.md example); the ledger keeps microseconds.
    return ledger_time.split(".")[0] + "Z"
