"""Every set's truth holds only identifiers and amounts its pages print (text documents, every set with truth).

A truth value the page never prints scores the extractor wrong for reading the page right: heldout2's
truth once held the ISINs of fund tables drawn without them (50 rows), heldout5's the contributions
and charges of layouts that print none (14 values). This checks the truth files against the PDFs'
own text layer, never against the extractor.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "samples" / "text", *sorted(p / "docs" for p in ROOT.glob("heldout*") if (p / "docs").is_dir())]
NOISE = re.compile(r"[\s,£\-]")  # spacing, grouping and the dashes some forms print inside an identifier


def _text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return NOISE.sub("", "".join(page.get_textpage().get_text_range() for page in doc)).upper()
    finally:
        doc.close()


AMOUNTS = ("plan_value", "transfer_value", "regular_contribution", "annual_charge_percent")


def _amount_printed(value: str, text: str) -> bool:
    # "12,345.60" squashes to "12345.60"; a charge of "0.50" may print as "0.5"
    return value in text or ("." in value and value.rstrip("0").rstrip(".") in text)


def _identifiers(record: dict) -> list[str]:
    out = [record.get("ni_number"), record.get("client_postcode"), record.get("policy_number")]
    out += record.get("policy_numbers") or []
    out += [h.get("isin") for h in record.get("holdings") or []]
    return [v for v in out if v]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: str(p.relative_to(ROOT)))
def test_truth_identifiers_are_printed(folder: Path):
    truths = sorted(folder.glob("*.truth.json"))
    assert truths, f"no truth files in {folder}"
    missing = []
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        if truth.get("scanned"):
            continue  # a scan has no text layer to look in
        text = _text(path.with_name(path.name.replace(".truth.json", ".pdf")))
        missing += [(path.name, v) for v in _identifiers(truth["record"]) if NOISE.sub("", v).upper() not in text]
        amounts = [(f, truth["record"].get(f)) for f in AMOUNTS]
        missing += [(path.name, f, v) for f, v in amounts if v and not _amount_printed(v, text)]
    assert not missing, missing[:10]


def test_an_identifier_the_page_lacks_is_caught(tmp_path: Path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "x.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 720, "Fund A   ISIN GB00B15KXQ89   1,234.56")
    c.save()
    text = _text(pdf)
    assert "GB00B15KXQ89" in text and "GB00B15KXQ88" not in text
