"""`signature`: an LoA whose signature line is empty (signature_present false), or not judged (null).

`required` cannot see an unsigned letter: false is a value, so the field is not missing. But a
provider refuses an unsigned LoA, so it is its own rule (an error by default). A signature area
that could not be judged (no signature line found, or not readable) is never "unsigned": the
value is null and this rule says so in a warning, whatever the rule's severity (spec/record.md,
"Sure and unsure"); `required` leaves the field to it.
"""

from __future__ import annotations

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue


def check_signature(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when the LoA was read and found unsigned; a warning when its signature could not be judged."""
    if not ctx.has("signature_present"):
        return []
    if record.signature_present is None:
        return [
            Issue(
                rule="signature",
                field="signature_present",
                severity="warning",
                message="No signature line or signature area could be found or read on the letter of authority, "
                "so whether it is signed is not known. Check it by eye.",
            )
        ]
    if record.signature_present:
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
