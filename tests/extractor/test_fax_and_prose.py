"""Readings from heldout22's kinds of paperwork, drawn here anew (issue 10).

- a faxed LoA: the cover sheet's "Date" is when it was sent; the authority's own "Date" beside its
  signature is the signing date, and blank on an unsigned one;
- the adviser named in brackets after the firm, the role first ("(my financial adviser, Gethin Pryce)");
- a fund told as arithmetic under its name ("1,918.097 units at £2.4567 = £4,712.19").
Each page is drawn here with reportlab; names, numbers and figures are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from provcheck.pipeline import CheckOptions, check_file
from tests.extractor.drawn_rows import record_of

W, H = A4


def _faxed(path: Path, signed: bool) -> Path:
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 60, "FAX   Greyfriars Row Financial")
    c.setFont("Helvetica", 10)
    for i, (k, v) in enumerate([("To", "Kestrel Life, Customer Services"), ("From", "Imran Choudry"),
                                ("Date", "14 February 2026"), ("Number of pages", "2")]):
        c.drawString(60, H - 100 - 16 * i, k)
        c.drawString(220, H - 100 - 16 * i, v)
    c.drawString(60, H - 180, "Please find overleaf a Letter of Authority from our mutual client.")
    c.showPage()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "AUTHORITY TO RELEASE PLAN INFORMATION")
    c.setFont("Helvetica", 10)
    for i, (k, v) in enumerate([("Full name", "Percival Zouche"), ("Date of birth", "17.05.1962"),
                                ("Plan number", "ISA-0480413")]):
        c.drawString(60, H - 100 - 16 * i, k)
        c.drawString(220, H - 100 - 16 * i, v)
    c.drawString(60, H - 170, "I authorise Kestrel Life to give Greyfriars Row Financial the details of my plan.")
    c.drawString(60, H - 230, "Signature")
    c.drawString(320, H - 230, "Date")
    if signed:
        c.setLineWidth(1.1)
        for k in range(5):
            c.line(120 + 14 * k, H - 228, 128 + 14 * k, H - 212)
        c.drawString(360, H - 230, "21/02/2026")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(("signed", "date"), [(True, "2026-02-21"), (False, None)])
def test_a_fax_cover_sheets_date_is_no_signing_date(tmp_path, signed, date):
    result = check_file(_faxed(tmp_path / "fax.pdf", signed), CheckOptions(as_of=dt.date(2026, 11, 1)))
    assert result.record is not None and result.doc_type == "loa"
    assert (result.record.signature_present, result.record.date_signed) == (signed, date)


def test_the_adviser_in_brackets_after_the_firm_with_the_role_first(tmp_path, options):
    rows = [
        (60, 40, "Wharfedale Oak Financial Planning", "Helvetica-Bold"),
        (60, 80, "Letter of Authority", "Helvetica-Bold"),
        (60, 100, "Client: Mr Fabian Vosper"), (60, 114, "Policy number: PP17487866"),
        (60, 140, "I authorise you to release to Wharfedale Oak Financial Planning (my financial adviser, Gethin"),
        (60, 152, "Pryce) full details of the plans listed above."),
        (60, 200, "Signature"), (300, 200, "Date: 21/01/2026"),
    ]
    assert record_of(tmp_path, options, rows).adviser_name == "Gethin Pryce"


def test_a_fund_told_as_arithmetic_under_its_name(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 70, "Catriona Baird"), (60, 82, "Pennine Ridge Advisers"), (60, 94, "York YO1 7HH"),
        (60, 120, "Thank you for your letter of authority. The information you asked for is below."),
        (60, 140, "Plan number: 27567587"), (60, 154, "Valuation date: 18/03/2026"), (60, 168, "Plan value: £4,712.19"),
        (60, 196, "Fund held at 18 March 2026", "Helvetica-Bold"),
        (60, 212, "Annuity Target Pension (ISIN GB0002634946)"),
        (60, 224, "1,918.097 units at £2.4567 = £4,712.19"),
    ]
    [h] = record_of(tmp_path, options, rows).holdings
    assert (h.fund_name, h.isin, h.units, h.unit_price, h.value) == (
        "Annuity Target Pension", "GB0002634946", "1918.097", "2.4567", "4712.19")


def test_a_forms_signature_section_caption_makes_its_date_the_signing_date(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 80, "Letter of authority", "Helvetica-Bold"),
        (60, 100, "Full name: Graham Szymanski"), (60, 114, "Plan number: PP17487866"),
        (60, 140, "I authorise Kestrel Life to give Ridgeway Wealth Ltd the details of my plan."),
        (60, 180, "4. Customer signature", "Helvetica-Bold"),
        (60, 200, "Sig"), (330, 200, "Date 24/04/2026 12:34"),
    ]
    assert record_of(tmp_path, options, rows).date_signed == "2026-04-24"
