"""heldout5's truth files are well formed and add up (see heldout5/README.md).

These check the truth against the contract and the domain rules, never against the extractor.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "heldout5" / "docs"
TRUTHS = sorted(DOCS.glob("*.truth.json"))
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONEY = re.compile(r"^\d+\.\d{2}$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _isin_ok(isin: str) -> bool:
    digits = "".join(str(int(c, 36)) for c in isin)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _sedol_ok(sedol: str) -> bool:
    total = sum(int(ch, 36) * w for ch, w in zip(sedol, (1, 3, 1, 7, 3, 9, 1), strict=True))
    return total % 10 == 0


def test_set_has_the_promised_size():
    scanned = [json.loads(p.read_text())["scanned"] for p in TRUTHS]
    assert (scanned.count(False), scanned.count(True)) == (80, 20)
    assert all(p.with_name(p.name.replace(".truth.json", ".pdf")).exists() for p in TRUTHS)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    rec = truth["record"]
    assert set(rec) == set(FIELDS_BY_TYPE[truth["doc_type"]])
    assert rec["ni_number"] is None or NI.match(rec["ni_number"])
    assert rec["client_postcode"] is None or POSTCODE.match(rec["client_postcode"])
    for key in ("client_dob", "date_signed", "valuation_date", "period_start"):
        assert rec.get(key) is None or ISO.match(rec[key])
    if truth["doc_type"] == "loa":
        assert rec["fca_frn"] is None  # fictional firms, no FRN (README)
        assert rec["policy_numbers"] and isinstance(rec["signature_present"], bool)
        return
    assert rec["plan_type"] in PLAN_TYPES
    assert rec["contribution_frequency"] is None or rec["contribution_frequency"] in FREQUENCIES
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or MONEY.match(rec[key])
    assert rec["holdings"]
    for h in rec["holdings"]:
        assert MONEY.match(h["value"])
        assert h["isin"] is None or (len(h["isin"]) == 12 and _isin_ok(h["isin"]))
        if h["isin"] and h["isin"].startswith("GB00"):
            assert _sedol_ok(h["isin"][4:11])
    # the plan value is the fund table's total
    assert sum(Decimal(h["value"]) for h in rec["holdings"]) == Decimal(rec["plan_value"])
    if "period_start" in rec:
        assert rec["period_start"] < rec["valuation_date"]


def test_isin_check_rejects_a_bad_digit():
    assert _isin_ok("US0378331005") and not _isin_ok("US0373831005")
    assert _sedol_ok("B15KXQ8") and not _sedol_ok("B15KXQ7")


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    # the README's one command must reproduce every committed byte
    subprocess.run(
        [sys.executable, str(ROOT / "heldout5" / "generate.py"), "--out", str(tmp_path), "--seed", "20261203"],
        check=True,
        capture_output=True,
    )
    digest = lambda d: {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in d.iterdir()}  # noqa: E731
    assert digest(tmp_path) == digest(DOCS)
