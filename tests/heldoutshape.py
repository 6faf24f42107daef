"""The truth-shape checks heldout10 to heldout16 share word for word (each set's writer adapted heldout8's test).

A set's own test module keeps its promises (its variants, its counts, its seed) and any check of its own; the
contract checks every one of them made alike live here once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES, Record
from tests.truthcheck import assert_holdings_add_up

ROOT = Path(__file__).resolve().parents[1]
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONEY = re.compile(r"^\d+\.\d{2}$")
DECIMAL = re.compile(r"^\d+\.\d+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def truth_paths(name: str) -> list[Path]:
    """The set's truth files, in name order."""
    return sorted((ROOT / name / "docs").glob("*.truth.json"))


def pdf_of(truth: Path) -> Path:
    """The document a truth file describes."""
    return truth.with_name(truth.name.replace(".truth.json", ".pdf"))


def assert_promised_size(paths: list[Path], variants: dict[str, str], kinds: dict[str, int], unsigned: int) -> None:
    """60 text and 20 scanned documents, 2 of them mixed, the doc types and unsigned letters the README promises."""
    truths = [json.loads(p.read_text()) for p in paths]
    scanned = [t["scanned"] for t in truths]
    assert (scanned.count(False), scanned.count(True)) == (60, 20)
    assert sum(t["mixed"] for t in truths) == 2 and all(t["scanned"] for t in truths if t["mixed"])
    assert all(pdf_of(p).exists() for p in paths)
    found = [t["doc_type"] for t in truths]
    assert {k: found.count(k) for k in set(found)} == kinds
    assert all(variants[t["variant"]] == t["doc_type"] for t in truths)
    assert sum(1 for t in truths if t["doc_type"] == "loa" and not t["record"]["signature_present"]) == unsigned


def assert_listed_holdings(rec: dict) -> None:
    """A fund list, its names trimmed, whose values make the plan value."""
    assert rec["holdings"]
    assert all(h["fund_name"] == h["fund_name"].strip() for h in rec["holdings"])
    assert_holdings_add_up(rec)  # the values make the plan value


def assert_contract(truth: dict, holdings: Callable[[dict], None] = assert_listed_holdings) -> None:
    """The record has its doc type's fields in the formats record.md sets, and its own figures agree.

    `holdings` checks a reply's or a statement's holdings; a set whose variant prints them otherwise passes its own.
    """
    rec = truth["record"]
    assert list(rec) and set(rec) == set(FIELDS_BY_TYPE[truth["doc_type"]])
    Record.model_validate(rec)  # the bench validates the truth record with the project's own model
    assert rec["client_name"] and rec["provider"]
    assert rec["ni_number"] is None or NI.match(rec["ni_number"])
    assert rec["client_postcode"] is None or POSTCODE.match(rec["client_postcode"])
    assert (rec["client_address"] is None) == (rec["client_postcode"] is None)
    assert rec["client_address"] is None or rec["client_postcode"] not in rec["client_address"]
    assert rec["client_title"] in (None, "Mr", "Mrs", "Ms", "Miss", "Dr")
    for key in ("client_dob", "date_signed", "valuation_date", "period_start"):
        assert rec.get(key) is None or ISO.match(rec[key])
    if truth["doc_type"] == "loa":
        assert rec["fca_frn"] is None  # fictional firms, no FRN printed (README)
        assert rec["policy_numbers"] and isinstance(rec["signature_present"], bool)
        assert all(" " not in p for p in rec["policy_numbers"])
        assert bool(rec["date_signed"]) == rec["signature_present"]  # here a signed letter is dated, else not
        return
    assert " " not in rec["policy_number"]
    assert rec["plan_type"] in PLAN_TYPES and rec["valuation_date"]
    assert (rec["contribution_frequency"] is None) == (rec["regular_contribution"] is None)
    assert rec["contribution_frequency"] is None or rec["contribution_frequency"] in FREQUENCIES
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or MONEY.match(rec[key])
    assert rec["annual_charge_percent"] is None or DECIMAL.match(rec["annual_charge_percent"])
    holdings(rec)
    if rec.get("period_start"):
        assert rec["period_start"] < rec["valuation_date"]
    assert rec["transfer_value"] is None or Decimal(rec["transfer_value"]) <= Decimal(rec["plan_value"])
