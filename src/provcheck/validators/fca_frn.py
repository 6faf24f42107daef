"""`fca_frn`: FCA firm reference number: 6 digits, or 7 (issued since July 2023); no check digit."""

from __future__ import annotations

import re

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue

_FORM = re.compile(r"^\d{6,7}$")


def check_fca_frn(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when the adviser firm's FRN is not 6 or 7 digits."""
    if record.fca_frn is None or not ctx.has("fca_frn"):
        return []
    if _FORM.match(record.fca_frn):
        return []
    message = (
        f"FCA firm reference number {record.fca_frn} is not 6 or 7 digits. Check the adviser firm's details "
        f"on {ctx.doc_name} against the FCA register and correct it."
    )
    return [issue("fca_frn", rule, "fca_frn", message)]
