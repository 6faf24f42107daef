"""`required`: one issue per required field (rule pack `required`) that the document lacks."""

from __future__ import annotations

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue

# Field names as an admin says them.
LABELS = {
    "provider": "provider name",
    "policy_number": "policy number",
    "policy_numbers": "policy number",
    "client_title": "client title",
    "client_name": "client name",
    "client_dob": "client date of birth",
    "ni_number": "National Insurance number",
    "client_address": "client address",
    "client_postcode": "client postcode",
    "adviser_firm": "adviser firm name",
    "fca_frn": "FCA firm reference number",
    "adviser_name": "adviser name",
    "date_signed": "signing date",
    "signature_present": "client signature",
    "plan_type": "plan type",
    "valuation_date": "valuation date",
    "period_start": "statement period start date",
    "plan_value": "plan value",
    "transfer_value": "transfer value",
    "regular_contribution": "regular contribution",
    "contribution_frequency": "contribution frequency",
    "annual_charge_percent": "annual charge",
    "holdings": "fund holdings",
}

# Who can supply a missing value: the client signs LoAs, providers write the rest.
_ASK = {"loa": "ask the client for a completed letter", "loa_response": "ask the provider"}


def check_required(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One warning per required field of `ctx.doc_type` that is null or empty.

    Args:
        record: the document's record.
        rule: the `required` rule's settings.
        ctx: the doc type and the pack (whose `required` lists the fields).

    Returns:
        The issues, in the pack's order of fields.
    """
    values = record.model_dump()
    out = []
    for field in ctx.pack.required.get(ctx.doc_type, []):
        if field == "signature_present" and ctx.pack.rules.signature.enabled:
            continue  # the `signature` rule says why it is not known (validators/signature.py)
        if values.get(field) in (None, [], ""):
            label = LABELS.get(field, field.replace("_", " "))
            ask = _ASK.get(ctx.doc_type, "ask the provider")
            out.append(issue("required", rule, field, f"No {label} found: check {ctx.doc_name} by eye or {ask}."))
    return out
