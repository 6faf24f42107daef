"""Date checks, all judged as of the run's reference date (`--as-of`), never the clock.

`date_format`: a date field is a real ISO date. `dob_age`: the client's age lies within the
pack's bounds. `future_date`: valuation, period-start and signing dates are not after the
reference date. `period_order`: a statement's period starts before it ends.
"""

from __future__ import annotations

import datetime as dt

from provcheck.models import Issue, Record
from provcheck.rules.pack import AgeRule, Rule
from provcheck.validators._base import Context, issue, parse_date

DATE_FIELDS = ("client_dob", "date_signed", "valuation_date", "period_start")
_NAMES = {
    "client_dob": "Date of birth",
    "date_signed": "Signing date",
    "valuation_date": "Valuation date",
    "period_start": "Period start date",
}


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years from `born` to `day` (negative when `day` is before `born`)."""
    years = day.year - born.year
    return years - 1 if (day.month, day.day) < (born.month, born.day) else years


def check_date_format(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One issue per date field whose value is not a real `YYYY-MM-DD` date."""
    out = []
    for field in DATE_FIELDS:
        value = getattr(record, field)
        if value is None or not ctx.has(field) or parse_date(value) is not None:
            continue
        message = (
            f"{_NAMES[field]} '{value}' is not a real calendar date. "
            f"Check the date on {ctx.doc_name} and enter it correctly."
        )
        out.append(issue("date_format", rule, field, message))
    return out


def check_dob_age(record: Record, rule: AgeRule, ctx: Context) -> list[Issue]:
    """An issue when the date of birth gives an age outside [min_age, max_age] on the reference date."""
    born = parse_date(record.client_dob) if ctx.has("client_dob") else None
    if born is None:
        return []
    age = age_on(born, ctx.as_of)
    if rule.min_age <= age <= rule.max_age:
        return []
    if age < 0:
        why = f"is after today ({ctx.as_of.isoformat()})"
    else:
        why = f"makes the client {age} on {ctx.as_of.isoformat()}, outside {rule.min_age}-{rule.max_age}"
    message = (
        f"Date of birth {record.client_dob} {why}; it is probably misprinted or misread. "
        f"Check it on {ctx.doc_name} and with the client's records."
    )
    return [issue("dob_age", rule, "client_dob", message)]


def check_future_date(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One issue per valuation, period-start or signing date after the reference date."""
    out = []
    for field in ("date_signed", "valuation_date", "period_start"):
        day = parse_date(getattr(record, field)) if ctx.has(field) else None
        if day is None or day <= ctx.as_of:
            continue
        message = (
            f"{_NAMES[field]} {day.isoformat()} is after today ({ctx.as_of.isoformat()}), "
            f"which cannot be right. Check the date on {ctx.doc_name}."
        )
        out.append(issue("future_date", rule, field, message))
    return out


def check_period_order(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when a statement's period starts after its valuation (period-end) date."""
    if not ctx.has("period_start"):
        return []
    start, end = parse_date(record.period_start), parse_date(record.valuation_date)
    if start is None or end is None or start <= end:
        return []
    message = (
        f"The statement period starts on {start.isoformat()}, after its valuation date {end.isoformat()}. "
        f"Check both dates on {ctx.doc_name}."
    )
    return [issue("period_order", rule, "period_start", message)]
