"""An LoA's plans listed under a form's section heading or in a small plan table (rules/data/labels.yaml plan_lists).

A provider's authority form heads its plan section "Plans covered" ("Section 2", "Part B") and
prints the numbers below it, one a line; an adviser's letter lists them in a table headed
"Provider | Plan type | Reference". Drawn here with reportlab; names and numbers invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.extractor.wording_docs import check

_, H = A4


def _form(path: Path, heading: str, rows: list[str], table: tuple[str, ...] | None = None) -> Path:
    """An authority form: the client's details, `heading` over `rows` (cells split on ' | '), then a declaration."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 50, "Letter of Authority")
    c.setFont("Helvetica", 10)
    top = 90.0
    for label, value in (("Full name", "Mr Owen Hughes"), ("Date of birth", "02/11/1958"), ("Postcode", "SA1 1DP")):
        c.drawString(60, H - top, label)
        c.drawString(220, H - top, value)
        top += 16
    top += 14
    c.setFont("Helvetica-Bold", 11)
    if heading:
        c.drawString(60, H - top, heading)
        top += 18
    c.setFont("Helvetica", 10)
    for row in ([" | ".join(table)] if table else []) + rows:
        for x, cell in zip((60, 220, 340), row.split(" | "), strict=False):
            c.drawString(x, H - top, cell)
        top += 15
    top += 20
    c.drawString(60, H - top, "I authorise you to release information about my plans to Ridgeway Wealth Ltd.")
    c.drawString(60, H - top - 40, "Signature:")
    c.setLineWidth(1.2)
    c.bezier(130, H - top - 40, 150, H - top - 26, 170, H - top - 50, 200, H - top - 36)
    c.drawString(330, H - top - 40, "Date:  03/03/2026")
    c.save()
    return path


@pytest.mark.parametrize("heading", ["Section 2 Plans covered", "Part B: Policies covered", "2. Plans covered"])
@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (["KL55120094"], ["KL55120094"]),
        (["4171 5299", "404955-90"], ["41715299", "404955-90"]),
        (["PP02459851", "038884-50", "7882 8502"], ["PP02459851", "038884-50", "78828502"]),
        (["B072 841 43", "HA 7700 1234"], ["B07284143", "HA77001234"]),  # printed in groups
    ],
)
def test_plans_under_a_forms_section_heading(tmp_path, options, heading, rows, want):
    doc_type, record = check(_form(tmp_path / "f.pdf", heading, rows), options)
    assert doc_type == "loa"
    assert record["policy_numbers"] == want
    assert record["client_name"] == "Owen Hughes"


@pytest.mark.parametrize(
    "table",
    [("Provider", "Plan type", "Reference"), ("Provider", "Product", "Policy number"), ("Company", "Plan", "Plan no")],
)
def test_plans_in_a_small_plan_table(tmp_path, options, table):
    rows = ["Kestrel Life | Bond | 1900 1749", "Kestrel Life | Pension | 329807-12"]
    doc_type, record = check(_form(tmp_path / "t.pdf", "", rows, table), options)
    assert doc_type == "loa"
    assert record["policy_numbers"] == ["19001749", "329807-12"]


def test_a_table_of_other_columns_lists_no_plans(tmp_path, options):
    # a heading row without a plan-number column introduces nothing
    rows = ["Mr Owen Hughes | Holder | 1958", "Mrs Ann Hughes | Joint | 1960"]
    _, record = check(_form(tmp_path / "n.pdf", "", rows, ("Name", "Role", "Born")), options)
    assert record.get("policy_numbers") in ([], None)
