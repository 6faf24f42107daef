"""What the document itself says that readings are checked against, and each check (fields.yaml `checks`).

Split from resolve.py, which ranks a field's candidates by these agreements first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from provcheck.extractor.candidate import Candidate
from provcheck.validators.ni_number import ni_problems


@dataclass
class Facts:
    """What the document itself says that readings can be checked against."""

    holdings_total: str | None = None  # the holdings table's values summed, as money ("15000.00")
    period_end: str | None = None  # the last date of a labelled statement period (ISO)
    printed_total: str | None = None  # the total the table itself prints, when it has one
    valuation_date: str | None = None  # the decided valuation date (ISO), once known: a period ends there


def agreement(c: Candidate, checks: list[str], facts: Facts) -> dict[str, bool]:
    """Each check that can tell, and whether `c` agrees with it."""
    out = {}
    for check in checks:
        if check == "holdings_total" and (facts.holdings_total or facts.printed_total) is not None:
            # the table's printed total counts as much as its rows' sum: an OCR misread in one row
            # breaks the sum, not the total the provider printed under it
            out[check] = str(c.value) in {facts.holdings_total, facts.printed_total} - {None}
        elif check == "period_end" and facts.period_end is not None and c.finder != "period":
            out[check] = str(c.value) == facts.period_end  # the period's own end is no evidence for itself
        elif check == "ni_rules" and isinstance(c.value, str):
            out[check] = not ni_problems(c.value)
        elif check == "period_length" and facts.valuation_date is not None and isinstance(c.value, str):
            # a statement's period runs up to a year to its valuation date: a plan's start years before is no period's
            out[check] = 0 < _days(c.value, facts.valuation_date) <= MAX_PERIOD_DAYS
    return out


MAX_PERIOD_DAYS = 400  # a year, and a few weeks of a late statement's slack


def _days(start: str, end: str) -> int:
    try:
        return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    except ValueError:
        return 0
