"""A reply's schedule of every plan in the client's name, with a status column (extractor/planstatus.py).

The row still in force is the plan the reply is about; the rows above it under the same headings
have ended ("Transferred out 21/07/2014") and print nil values. Each page is drawn here with
reportlab in landscape, as providers print such a schedule; names, numbers and amounts are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from provcheck.pipeline import CheckOptions, check_file

W, H = landscape(A4)
COLUMNS = [40, 150, 330, 410, 540, 610, 680, 770]
HEADINGS = ["Plan number", "Product", "Start date", "Status", "Value", "Transfer value", "Regular payment",
            "Annual charge"]
ENDED = ["PP852320Z", "Investment Bond", "24/04/2013", "Transferred out 21/07/2014", "Nil", "Nil", "-", "-"]
LIVE = ["9710 9054", "Stocks & Shares ISA", "25/08/2011", "In force", "£49,208.56", "£48,990.10",
        "£250.00 monthly", "0.45%"]
CLOSED = ["IB520464Z", "Self-Invested Personal Pension", "19/02/2000", "Cancelled 30/10/2013", "Nil", "Nil", "-", "-"]


def _schedule(path: Path, rows: list[list[str]]) -> Path:
    c = Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 40, "Kestrel Life")
    c.setFont("Helvetica", 9)
    c.drawString(600, H - 40, "Date: 31 January 2026")
    for i, text in enumerate(["Farah Towler", "Ribble Valley Wealth Partners", "18 Market Street", "Carlisle",
                              "CA3 8DB"]):
        c.drawString(40, H - 70 - 12 * i, text)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, H - 150, "SCHEDULE OF PLANS HELD")
    c.setFont("Helvetica", 9)
    c.drawString(420, H - 150, "Client: Ms Alison Dilys Illingworth")
    c.drawString(40, H - 164, "Date of birth: 16 October 1968")
    c.drawString(40, H - 184, "Thank you for your letter of authority. We found the plans below in your client's name.")
    c.drawString(40, H - 196, "Only one of them is still in force. Values are shown as at 29 January 2026.")
    y = H - 230
    for x, text in zip(COLUMNS, HEADINGS, strict=True):
        c.drawString(x, y, text)
    for row in rows:
        y -= 22
        for x, text in zip(COLUMNS, row, strict=True):
            c.drawString(x, y, text)
    c.showPage()
    c.save()
    return path


OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))


def test_the_row_in_force_is_the_plan_the_reply_is_about(tmp_path):
    result = check_file(_schedule(tmp_path / "s.pdf", [ENDED, LIVE, CLOSED]), OPTIONS)
    record = result.record
    assert result.doc_type == "loa_response" and record is not None
    got = (record.policy_number, record.plan_type, record.plan_value, record.transfer_value,
           record.regular_contribution, record.contribution_frequency, record.annual_charge_percent)
    assert got == ("97109054", "isa", "49208.56", "48990.10", "250.00", "monthly", "0.45")


@pytest.mark.parametrize("rows", [[ENDED, CLOSED], [LIVE]], ids=["none-in-force", "one-plan"])
def test_no_single_row_in_force_among_several_gives_no_status_reading(tmp_path, rows):
    from provcheck.extractor.layout import build_lines
    from provcheck.extractor.planstatus import find_plan_status
    from provcheck.extractor.read import read_document

    doc = read_document(_schedule(tmp_path / "s.pdf", rows), OPTIONS)
    assert find_plan_status([build_lines(p) for p in doc.pages], [p.method for p in doc.pages]) == []
