"""`postcode`: UK postcode format (spec/domain.md); existence would need Royal Mail's address file.

Outward code `A9`, `A99`, `A9A`, `AA9`, `AA99` or `AA9A`, a space, inward code `9AA` whose
letters are never C, I, K, M, O or V; `GIR 0AA` is the one special case.
"""

from __future__ import annotations

import re

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue

_OUTWARD = r"(?:[A-Z]\d{1,2}|[A-Z]\d[A-Z]|[A-Z]{2}\d{1,2}|[A-Z]{2}\d[A-Z])"
_FORM = re.compile(rf"^{_OUTWARD} \d[A-Z]{{2}}$")
_BAD_INWARD = set("CIKMOV")


def normalise_postcode(value: str) -> str:
    """Upper case with one space before the 3-character inward code (`sw1a1aa` -> `SW1A 1AA`)."""
    compact = re.sub(r"\s+", "", value).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def postcode_problem(value: str) -> str | None:
    """Why `value` is not a UK postcode, or None when its format is valid."""
    code = normalise_postcode(value)
    if code == "GIR 0AA":
        return None
    if not _FORM.match(code):
        return "is not in a UK postcode format (like SW1A 1AA, M1 1AE or B33 8TH)"
    bad = sorted(set(code[-2:]) & _BAD_INWARD)
    if bad:
        return f"has {' and '.join(bad)} in its last two letters, which UK postcodes never use there"
    return None


def check_postcode(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when the client's postcode is not in a valid UK format."""
    if record.client_postcode is None or not ctx.has("client_postcode"):
        return []
    problem = postcode_problem(record.client_postcode)
    if problem is None:
        return []
    message = f"Postcode {record.client_postcode} {problem}. Check the address on {ctx.doc_name} and correct it."
    return [issue("postcode", rule, "client_postcode", message)]
