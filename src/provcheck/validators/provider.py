"""`provider_unknown`: the provider is not a canonical name of the provider registry.

The extractor maps known names and aliases to the canonical name; anything else is kept as
printed (spec/record.md, "provider") and warned about here, because the provider's own rules
(policy pattern, LoA validity) cannot be applied to it.
"""

from __future__ import annotations

from provcheck.models import Issue, Record
from provcheck.rules import load_providers
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue


def check_provider(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """A warning when `record.provider` is set but is not a registry provider's canonical name."""
    if record.provider is None or not ctx.has("provider"):
        return []
    if record.provider in {p.name for p in load_providers()}:
        return []
    message = (
        f"Provider '{record.provider}' is not in the provider registry, so its policy-number format and "
        "LoA validity cannot be checked. Check the provider's name on the document; if it is a provider you deal "
        "with, add it to your knowledge folder (see `provcheck rules show`) and the next run will know it."
    )
    return [issue("provider_unknown", rule, "provider", message)]
