"""`plan_type` and `contribution_frequency`: values from the spec's lists (provcheck.models)."""

from __future__ import annotations

from provcheck.models import FREQUENCIES, PLAN_TYPES, Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue


def _check(field: str, label: str, allowed: tuple[str, ...], record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    value = getattr(record, field)
    if value is None or not ctx.has(field) or value in allowed:
        return []
    message = f"{label} '{value}' is not one of {', '.join(allowed)}. Check {ctx.doc_name} and choose the matching one."
    return [issue(field, rule, field, message)]


def check_plan_type(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when plan_type is not one of the spec's plan types."""
    return _check("plan_type", "Plan type", PLAN_TYPES, record, rule, ctx)


def check_contribution_frequency(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when contribution_frequency is not one of the spec's frequencies."""
    return _check("contribution_frequency", "Contribution frequency", FREQUENCIES, record, rule, ctx)
