"""Validators: one check kind per module, each a pure function over a record.

`validate` runs every per-document check the rule pack enables for a doc type and returns
their issues; each check only judges fields of that doc type and skips null values (a
missing field is `required`'s business). The cross-document check runs over a batch:
`ConsistencyIndex` (cross_document.py), called from `provcheck.pipeline.check_paths`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from provcheck.models import Evidence, Issue, Record
from provcheck.rules import RulePack
from provcheck.validators._base import Context
from provcheck.validators.allowed_values import check_contribution_frequency, check_plan_type
from provcheck.validators.confidence import settle
from provcheck.validators.cross_document import ConsistencyIndex
from provcheck.validators.dates import check_date_format, check_dob_age, check_future_date, check_period_order
from provcheck.validators.fca_frn import check_fca_frn
from provcheck.validators.isin import check_isin
from provcheck.validators.loa_validity import check_loa_validity
from provcheck.validators.money import check_holdings_sum, check_transfer_value, check_units_price
from provcheck.validators.ni_number import check_ni_number
from provcheck.validators.numbers import check_number_format
from provcheck.validators.policy_number import check_policy_number
from provcheck.validators.postcode import check_postcode
from provcheck.validators.provider import check_provider
from provcheck.validators.required import check_required
from provcheck.validators.signature import check_signature

__all__ = ["CHECKS", "ConsistencyIndex", "Context", "validate"]

# Rule name (its key under `rules:` in the pack) -> check, in the order issues are listed.
CHECKS: dict[str, Callable[[Record, Any, Context], list[Issue]]] = {
    "required": check_required,
    "provider_unknown": check_provider,
    "signature": check_signature,
    "ni_number": check_ni_number,
    "postcode": check_postcode,
    "fca_frn": check_fca_frn,
    "policy_pattern": check_policy_number,
    "date_format": check_date_format,
    "dob_age": check_dob_age,
    "future_date": check_future_date,
    "period_order": check_period_order,
    "loa_expired": check_loa_validity,
    "number_format": check_number_format,
    "holdings_sum": check_holdings_sum,
    "units_price": check_units_price,
    "transfer_below_value": check_transfer_value,
    "plan_type": check_plan_type,
    "contribution_frequency": check_contribution_frequency,
    "isin": check_isin,
}


def validate(
    record: Record,
    doc_type: str,
    pack: RulePack,
    as_of: dt.date,
    evidence: dict[str, Evidence] | None = None,
) -> list[Issue]:
    """Every issue the rule pack's enabled checks find in `record`.

    An error on a value read with less than the pack's `confidence_threshold` is given as a
    warning naming the doubt (validators/confidence.py), whichever rule found it.

    Args:
        record: the document's normalised record.
        doc_type: its doc type; an `unknown` document is not judged (it has no fields to judge).
        pack: the effective rule pack.
        as_of: the reference date every "today" is judged by.
        evidence: where each value was read, with its confidence and (for the provider) its basis, which
            gates provider checks; None for a record given whole (taken as sure).

    Returns:
        The issues, grouped by rule in `CHECKS` order.
    """
    if doc_type == "unknown":
        return []
    ctx = Context(doc_type=doc_type, as_of=as_of, pack=pack, evidence=evidence or {})
    issues: list[Issue] = []
    for name, check in CHECKS.items():
        rule = getattr(pack.rules, name)
        if rule.enabled:
            issues.extend(check(record, rule, ctx))
    return settle(issues, evidence, pack.confidence_threshold)
