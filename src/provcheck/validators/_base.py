"""What every check shares: the run context, reading normalised values, and making issues.

Values arrive normalised (spec/record.md): dates `YYYY-MM-DD`, money `"1234.56"`. A value that
is not in that form is reported once, by `dates` or `numbers`, and the other checks skip it
rather than pile up issues about the same misread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from provcheck.models import FIELDS_BY_TYPE, Evidence, Issue
from provcheck.rules.pack import Rule, RulePack

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")

# How to name the document in a message, so the admin knows which paper to look at.
_DOC_NAMES = {
    "loa": "the letter of authority",
    "loa_response": "the provider's response",
    "annual_statement": "the statement",
}


@dataclass(frozen=True)
class Context:
    """What a check may need besides the record: the doc type, the reference date, the pack."""

    doc_type: str
    as_of: dt.date
    pack: RulePack
    # where each field was read and how (the provider's `basis` decides provider-dependent checks)
    evidence: Mapping[str, Evidence] = field(default_factory=dict)

    @property
    def doc_name(self) -> str:
        """The document as a message names it ("the letter of authority")."""
        return _DOC_NAMES.get(self.doc_type, "the document")

    def has(self, field: str) -> bool:
        """Whether `field` belongs to this doc type (other types' fields are never judged)."""
        return field in FIELDS_BY_TYPE.get(self.doc_type, ())


def issue(rule_name: str, rule: Rule, field: str | None, message: str) -> Issue:
    """An issue of `rule_name` with the severity the pack gives the rule."""
    return Issue(rule=rule_name, field=field, severity=rule.severity, message=message)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date, or None when absent or not a real `YYYY-MM-DD` date."""
    if value is None or not _ISO_DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_decimal(value: str | None) -> Decimal | None:
    """A plain decimal string ("1234.56", "-3", "0.7500"), or None when absent or malformed."""
    if value is None or not _DECIMAL.match(value):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return None


def money(value: Decimal) -> str:
    """Money as a message prints it: £48,211.07."""
    sign = "-" if value < 0 else ""
    return f"{sign}£{abs(value):,.2f}"


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus `months` calendar months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover
