"""The neutral CRM columns (spec/crm.md "Neutral default columns") and each column's kind.

The kind decides how a cell is written: `text` cells are neutralised against formula injection, `number`
cells are plain decimals that are never escaped (a validated `-12.50` stays a number), `date` cells are ISO
dates rendered in the profile's date format. A mapping profile may only name columns listed here.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["text", "number", "date"]

TABLES: dict[str, dict[str, Kind]] = {
    "clients": {
        "client_ref": "text",
        "title": "text",
        "first_name": "text",
        "middle_names": "text",
        "last_name": "text",
        "date_of_birth": "date",
        "ni_number": "text",
        "postcode": "text",
        "address_line1": "text",
        "address_line2": "text",
        "address_line3": "text",
        "town": "text",
        # Not in the neutral files (spec/crm.md), for profiles to map: the county printed after the town,
        # and the client's id in the CRM itself, known only from a `--known` match.
        "county": "text",
        "crm_client_id": "text",
        "match_status": "text",
        "source_doc_id": "text",
    },
    "plans": {
        "plan_ref": "text",
        "client_ref": "text",
        "crm_client_id": "text",
        "provider_name": "text",
        "policy_number": "text",
        "plan_type": "text",
        "product_name": "text",
        "status": "text",
        "start_date": "date",
        "valuation_date": "date",
        "valuation_amount": "number",
        "transfer_value": "number",
        "currency": "text",
        "regular_contribution": "number",
        "contribution_frequency": "text",
        "source_doc_id": "text",
        "source_page": "number",
    },
    "holdings": {
        "plan_ref": "text",
        "policy_number": "text",
        "fund_name": "text",
        "isin": "text",
        "sedol": "text",
        "citicode": "text",
        "units": "number",
        "unit_price": "number",
        "price_currency": "text",
        "value": "number",
        "value_currency": "text",
        "valuation_date": "date",
        "source_doc_id": "text",
        "source_page": "number",
    },
    # Not a CRM import: the list of what was held back and why, for a person to work through.
    "exceptions": {
        "source_doc_id": "text",
        "path": "text",
        "doc_type": "text",
        "status": "text",
        "provider_name": "text",
        "policy_number": "text",
        "client_name": "text",
        "errors": "number",
        "warnings": "number",
        "reasons": "text",
    },
}

CRM_TABLES = ("plans", "holdings", "clients")
