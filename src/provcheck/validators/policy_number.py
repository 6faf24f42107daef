"""`policy_pattern`: policy numbers against the provider's pattern (registry, or the pack's override).

A provider whose pattern is not known (unknown provider, or none in the registry) is not
judged: `provider_unknown` already says so.
"""

from __future__ import annotations

import re

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue


def check_policy_number(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One issue per policy number that does not match its provider's `policy_pattern`."""
    pattern = ctx.pack.provider_settings(record.provider).policy_pattern
    if pattern is None:
        return []
    compiled = re.compile(pattern)
    numbers: list[tuple[str, str]] = []
    if ctx.has("policy_number") and record.policy_number is not None:
        numbers.append(("policy_number", record.policy_number))
    if ctx.has("policy_numbers"):
        numbers.extend((f"policy_numbers[{i}]", n) for i, n in enumerate(record.policy_numbers))
    out = []
    for field, number in numbers:
        if compiled.fullmatch(number):
            continue
        message = (
            f"Policy number {number} is not in {record.provider}'s format (pattern {pattern}). "
            f"Check the number on {ctx.doc_name}; if it is right, the provider may be wrong."
        )
        out.append(issue("policy_pattern", rule, field, message))
    return out
