"""`loa_expired`: an LoA signed longer ago than its provider accepts (spec/domain.md: 12 months is common).

The validity is, most specific first: the pack's `providers.<name>.loa_validity_months`, the
provider registry's `loa_validity_months`, then the rule's `validity_months`.
"""

from __future__ import annotations

from provcheck.models import Issue, Record
from provcheck.rules.pack import LoaValidityRule
from provcheck.validators._base import Context, add_months, issue, parse_date


def check_loa_validity(record: Record, rule: LoaValidityRule, ctx: Context) -> list[Issue]:
    """An issue when the LoA's signing date plus its validity is before the reference date."""
    if ctx.doc_type != "loa":
        return []
    signed = parse_date(record.date_signed)
    if signed is None or signed > ctx.as_of:
        return []
    months = ctx.pack.provider_settings(record.provider).loa_validity_months or rule.validity_months
    expires = add_months(signed, months)
    if ctx.as_of <= expires:
        return []
    whose = f"{record.provider} accepts" if record.provider else "providers accept"
    message = (
        f"The letter of authority was signed on {signed.isoformat()} and expired on {expires.isoformat()}: "
        f"{whose} letters up to {months} months old. Ask the client to sign a new one."
    )
    return [issue("loa_expired", rule, "date_signed", message)]
