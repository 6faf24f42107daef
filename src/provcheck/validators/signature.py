"""`signature`: an LoA whose signature line is empty (signature_present is false).

`required` cannot see this: false is a value, so the field is not missing. But a provider
refuses an unsigned LoA, so it is its own rule (an error by default).
"""

from __future__ import annotations

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue


def check_signature(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when the LoA was read and found unsigned (None, not found, is `required`'s business)."""
    if not ctx.has("signature_present") or record.signature_present is not False:
        return []
    return [
        issue(
            "signature",
            rule,
            "signature_present",
            "The letter of authority has no signature on the signature line: the provider will refuse it. "
            "Ask the client to sign and date it.",
        )
    ]
