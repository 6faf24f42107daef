"""`isin`: each holding's ISIN: format and check digit; SEDOL check digit for GB00 ISINs (spec/domain.md).

ISIN: 2 letters + 9 alphanumerics + a check digit; letters become numbers (A=10 ... Z=35)
and the digit string must pass the Luhn check. A UK ISIN `GB00` + SEDOL + check digit
carries a SEDOL, whose own check digit (weights 1,3,1,7,3,9) is verified too.
"""

from __future__ import annotations

import re

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue

_ISIN = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}\d$")
_SEDOL = re.compile(r"^[B-DF-HJ-NP-TV-Z0-9]{6}\d$")
_SEDOL_WEIGHTS = (1, 3, 1, 7, 3, 9)


def _char_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn check (its last digit is the check digit)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def isin_valid(value: str) -> bool:
    """Whether `value` is a well-formed ISIN with a correct check digit."""
    if not _ISIN.match(value):
        return False
    return luhn_ok("".join(str(_char_value(ch)) for ch in value))


def sedol_valid(value: str) -> bool:
    """Whether `value` is a well-formed SEDOL (no vowels) with a correct check digit."""
    if not _SEDOL.match(value):
        return False
    total = sum(_char_value(ch) * w for ch, w in zip(value[:6], _SEDOL_WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(value[6])


def isin_problem(value: str) -> str | None:
    """Why `value` is not a valid ISIN, or None when it is one."""
    if not _ISIN.match(value):
        return "is not 2 letters, 9 letters or digits and a check digit (12 characters, like GB00B15KXQ89)"
    if not isin_valid(value):
        return "has a wrong check digit, so a character is misprinted or misread"
    if value.startswith("GB00") and not sedol_valid(value[4:11]):
        return f"contains SEDOL {value[4:11]}, whose check digit is wrong"
    return None


def check_isin(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One issue per holding whose ISIN is not valid."""
    if not ctx.has("holdings"):
        return []
    out = []
    for i, holding in enumerate(record.holdings):
        if holding.isin is None:
            continue
        problem = isin_problem(holding.isin)
        if problem is None:
            continue
        fund = f" ({holding.fund_name})" if holding.fund_name else ""
        message = (
            f"ISIN {holding.isin} of holding {i + 1}{fund} {problem}. "
            f"Check the fund's ISIN on {ctx.doc_name} or the fund factsheet and correct it."
        )
        out.append(issue("isin", rule, f"holdings[{i}].isin", message))
    return out
