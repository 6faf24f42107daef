"""The held-out set's truth files are well formed and add up (heldout/, see heldout/README.md).

These tests check the truth against the rules of the domain, never against the extractor.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml

from provcheck.models import DOC_TYPES, FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES
from tests.truthcheck import assert_rebuilds, isin_ok

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "heldout" / "docs"
TRUTHS = sorted(DOCS.glob("*.truth.json"))
KEYS = {"doc_type", "record", "scanned", "layout", "provider_in_registry", "seed"}
MONEY = ("plan_value", "transfer_value", "regular_contribution")
DATES = ("client_dob", "date_signed", "valuation_date", "period_start")
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def _registry() -> tuple[set[str], set[str]]:
    names, every = set(), set()
    # the held-out set is drawn for the invented houses, which live in the sample knowledge folder (issue 11)
    for f in (ROOT / "samples" / "knowledge").rglob("*.yaml"):
        for data in yaml.safe_load(f.read_text(encoding="utf-8"))["providers"]:
            names.add(data["name"])
            every |= {data["name"].lower(), *(a.lower() for a in data.get("aliases", []))}
    return names, every


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_set_size_and_mix():
    truths = [_load(p) for p in TRUTHS]
    assert len(truths) >= 40
    scanned = sum(t["scanned"] for t in truths)
    assert scanned >= 10 and len(truths) - scanned >= 30
    assert {t["doc_type"] for t in truths} == set(DOC_TYPES)
    providers = {t["record"]["provider"] for t in truths}
    outside = {t["record"]["provider"] for t in truths if not t["provider_in_registry"]}
    assert len(outside) >= 6 and len(providers - outside) >= 2
    size = sum(f.stat().st_size for f in DOCS.iterdir())
    assert size < 5 * 1024 * 1024


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_shape(path: Path):
    t = _load(path)
    assert set(t) == KEYS
    doc_type, rec = t["doc_type"], t["record"]
    assert doc_type in DOC_TYPES
    assert list(rec) == list(FIELDS_BY_TYPE[doc_type])
    stem = path.name.removesuffix(".truth.json")
    docs = [p for p in DOCS.glob(stem + ".*") if not p.name.endswith(".truth.json")]
    assert len(docs) == 1
    assert (docs[0].suffix == ".pdf") or t["scanned"]

    names, every = _registry()
    if t["provider_in_registry"]:
        assert rec["provider"] in names
    else:
        assert rec["provider"].lower() not in every
        assert not re.search(r"\b(Limited|Ltd|plc|PLC|LLP)$", rec["provider"])

    for field in DATES:
        if rec.get(field) is not None:
            dt.date.fromisoformat(rec[field])
    for field in MONEY:
        if rec.get(field) is not None:
            assert re.fullmatch(r"\d+\.\d\d", rec[field]), (field, rec[field])
    if rec.get("ni_number") is not None:
        assert NI.match(rec["ni_number"])
    if rec.get("client_postcode") is not None:
        assert POSTCODE.match(rec["client_postcode"])
        assert rec["client_postcode"] not in (rec.get("client_address") or "")
    if rec.get("client_title") is not None:
        assert rec["client_title"] in {"Mr", "Mrs", "Ms", "Miss", "Dr"}
        assert not rec["client_name"].startswith(rec["client_title"] + " ")
    assert "  " not in rec["client_name"]

    if doc_type == "loa":
        assert re.fullmatch(r"\d{6,7}", rec["fca_frn"])
        assert isinstance(rec["signature_present"], bool)
        assert all(" " not in p for p in rec["policy_numbers"])
    else:
        assert " " not in rec["policy_number"]
        assert rec["plan_type"] in PLAN_TYPES
        assert rec["contribution_frequency"] in (*FREQUENCIES, None)
        assert (rec["regular_contribution"] is None) == (rec["contribution_frequency"] is None)
        if rec["annual_charge_percent"] is not None:
            assert re.fullmatch(r"\d+\.\d\d", rec["annual_charge_percent"])
    if doc_type == "annual_statement":
        assert rec["period_start"] < rec["valuation_date"]


@pytest.mark.parametrize("path", [p for p in TRUTHS if _load(p)["doc_type"] != "loa"], ids=lambda p: p.name)
def test_holdings_add_up(path: Path):
    rec = _load(path)["record"]
    assert rec["holdings"], "every response and statement in the set shows its funds"
    total = Decimal(0)
    for h in rec["holdings"]:
        assert h["fund_name"] and "  " not in h["fund_name"]
        if h["isin"] is not None:
            assert isin_ok(h["isin"]), h["isin"]
        if h["units"] is not None and h["unit_price"] is not None:
            assert "," not in h["units"] + h["unit_price"]
            expect = (Decimal(h["units"]) * Decimal(h["unit_price"])).quantize(Decimal("0.01"), ROUND_HALF_UP)
            assert Decimal(h["value"]) == expect, h
        total += Decimal(h["value"])
    assert Decimal(rec["plan_value"]) == total


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout", "20261125", tmp_path)  # the README's one command, every byte


def _squashed_text(pdf: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    return re.sub(r"[\s,£]", "", text)


@pytest.mark.parametrize("path", [p for p in TRUTHS if not _load(p)["scanned"]], ids=lambda p: p.name)
def test_truth_values_are_printed(path: Path):
    # the truth is what the generator meant to draw; the text layer shows it really drew it
    t = _load(path)
    rec = t["record"]
    text = _squashed_text(DOCS / path.name.replace(".truth.json", ".pdf"))
    squash = lambda s: re.sub(r"[\s,]", "", s)  # noqa: E731
    # the boxed form prints forenames and surname in separate cells, so look for each word
    wanted = [
        *rec["client_name"].split(),
        rec["ni_number"],
        rec["client_postcode"],
        rec.get("adviser_firm"),
        rec.get("fca_frn"),
        rec.get("policy_number"),
        *rec.get("policy_numbers", []),
        rec.get("plan_value"),
        rec.get("transfer_value"),
        rec.get("regular_contribution"),
        rec.get("annual_charge_percent"),
    ]
    if not t["provider_in_registry"]:
        wanted.append(rec["provider"])
    for h in rec.get("holdings", []):
        wanted += [h["fund_name"], h["isin"], h["units"], h["unit_price"], h["value"]]
    for value in wanted:
        if value is not None:
            assert squash(value) in text, value
    for part in (rec["client_address"] or "").split(", "):
        assert squash(part) in text, part


@pytest.mark.parametrize("path", [p for p in TRUTHS if not _load(p)["scanned"]], ids=lambda p: p.name)
def test_truth_dates_are_printed(path: Path):
    rec = _load(path)["record"]
    text = _squashed_text(DOCS / path.name.replace(".truth.json", ".pdf"))
    for field in DATES:
        if rec.get(field) is None:
            continue
        d = dt.date.fromisoformat(rec[field])
        forms = {
            f"{d:%d/%m/%Y}",
            f"{d.day}{d:%B%Y}",
            f"{d.day}{d:%b%Y}",
            f"{d:%d-%b-%Y}",
            f"{d:%d.%m.%Y}",
            f"{d:%d%m%Y}",
            f"{d.day}{d:%B%Y}".replace(str(d.day), str(d.day) + "th", 1),
        }
        forms |= {f"{d.day}{suffix}{d:%B%Y}" for suffix in ("st", "nd", "rd")}
        assert any(f in text for f in forms), (field, rec[field])
