"""Truth printed = truth recorded: a rendered text PDF shows the record's key values.

Each value is looked for in pdfplumber's text of the rendered PDF in any of its printed forms.
"""

import random
import re
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from provcheck.samplegen import LAYOUTS, make_truth, providers, render

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def date_forms(iso):
    y, m, d = (int(p) for p in iso.split("-"))
    month = MONTHS[m - 1]
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return {
        f"{d:02d}/{m:02d}/{y}",
        f"{d} {month} {y}",
        f"{d}{suffix} {month} {y}",
        f"{d:02d}-{month[:3]}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {month[:3]} {y}",
    }


def money_forms(value):
    grouped = f"{Decimal(value):,.2f}"
    return {f"£{grouped}", f"GBP {grouped}"}


def page_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def collapse(s):
    return re.sub(r"\s+", " ", s)


def assert_printed(truth, text):
    rec = truth["record"]
    flat = collapse(text)
    assert rec["client_name"] in flat
    if rec["client_postcode"]:
        assert rec["client_postcode"] in flat
    if rec["ni_number"]:
        ni = rec["ni_number"]
        assert ni in flat or f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}" in flat
    if rec["client_dob"]:
        assert date_forms(rec["client_dob"]) & {f for f in date_forms(rec["client_dob"]) if f in flat}
    if truth["doc_type"] == "loa":
        for p in rec["policy_numbers"]:
            assert p in flat
        assert rec["fca_frn"] in flat and rec["adviser_firm"] in flat
        assert any(f in flat for f in date_forms(rec["date_signed"]))
        return
    assert rec["policy_number"] in flat
    assert any(f in flat for f in money_forms(rec["plan_value"])), rec["plan_value"]
    assert any(f in flat for f in date_forms(rec["valuation_date"]))
    if rec["transfer_value"]:
        assert any(f in flat for f in money_forms(rec["transfer_value"]))
    if rec["regular_contribution"]:
        assert any(f in flat for f in money_forms(rec["regular_contribution"]))
    if truth["doc_type"] == "annual_statement" and rec["period_start"]:
        assert any(f in flat for f in date_forms(rec["period_start"]))
    if rec["annual_charge_percent"]:
        assert f"{rec['annual_charge_percent']}%" in flat
    for h in rec["holdings"]:
        assert h["unit_price"] in flat
        assert h["value"] in flat or f"{Decimal(h['value']):,.2f}" in flat
        if h["isin"]:
            assert h["isin"] in flat


@pytest.mark.parametrize(("doc_type", "layout"), [(d, lay) for d in LAYOUTS for lay in LAYOUTS[d]])
def test_rendered_text_shows_the_truth(tmp_path: Path, doc_type, layout):
    provs = providers()
    seed = sum(map(ord, layout))
    truth = make_truth(random.Random(seed), provs[seed % len(provs)], doc_type, layout, seed=seed)
    pdf = render(truth.record, doc_type, layout, tmp_path / "doc.pdf", seed=seed)
    assert_printed(truth.to_json(), page_text(pdf))


def test_render_is_byte_reproducible(tmp_path: Path):
    truth = make_truth(random.Random(5), providers()[3], "annual_statement", "stmt-twocol", seed=5)
    a = render(truth.record, truth.doc_type, truth.layout, tmp_path / "a.pdf", seed=5).read_bytes()
    b = render(truth.record, truth.doc_type, truth.layout, tmp_path / "b.pdf", seed=5).read_bytes()
    assert a == b


def test_a_mutated_record_is_what_gets_printed(tmp_path: Path):
    truth = make_truth(random.Random(8), providers()[1], "loa_response", "resp-letter", seed=8)
    truth.record.ni_number = "QQ123456C"
    truth.record.policy_number = "BW-000000-Z"
    text = collapse(page_text(render(truth.record, truth.doc_type, truth.layout, tmp_path / "m.pdf", seed=8)))
    assert "BW-000000-Z" in text
    assert "QQ123456C" in text or "QQ 12 34 56 C" in text


SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"


@pytest.mark.parametrize("pdf", sorted(SAMPLES.glob("*.pdf")), ids=lambda p: p.stem)
def test_committed_sample_shows_its_truth(pdf: Path):
    import json

    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    assert truth["scanned"] is False
    assert_printed(truth, page_text(pdf))


def test_a_provider_outside_the_registry_renders_and_is_flagged(tmp_path: Path):
    from provcheck.rules.registry import Provider

    outsider = Provider(
        name="Quayside Assurance", policy_format={"pattern": r"^QA\d{6}$"}, source="invented for this test"
    )
    truth = make_truth(random.Random(3), outsider, "annual_statement", "stmt-labelleft", seed=3)
    assert truth.to_json()["provider_in_registry"] is False
    text = collapse(page_text(render(truth.record, truth.doc_type, truth.layout, tmp_path / "q.pdf", seed=3)))
    assert "Quayside" in text and truth.record.policy_number in text
