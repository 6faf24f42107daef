"""A landscape LoA form in two columns: the client left, the adviser and plans right (sections, places, plans).

The numbered headings sit side by side on one line ("1 ABOUT YOU (PLEASE USE CAPITALS)" and "2 YOUR
FINANCIAL ADVISER"): each heads its own column, so the adviser's "Address" and "Postcode" are not the
client's. The client's address runs over three lines in its box while the right column prints "3 PLANS"
between them: the address goes on past that line, and the plans table's rows are read in their own
column. The form is drawn here with reportlab; names, numbers and addresses are invented.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file

W, H = landscape(A4)
BOLD, PLAIN, BOX = "Helvetica-Bold", "Helvetica", "Courier-Bold"


def _form(path, numbered: bool) -> None:
    n1, n2, n3 = ("1 ", "2 ", "3 ") if numbered else ("", "", "")
    rows = [
        (42, 34, "AUTHORITY TO OBTAIN PLAN INFORMATION", BOLD, 13),
        (706, 35, "To: Kestrel Life", BOLD, 11),
        (42, 72, f"{n1}ABOUT YOU (PLEASE USE CAPITALS)", BOLD, 10),
        (420, 72, f"{n2}YOUR FINANCIAL ADVISER", BOLD, 10),
        (420, 93, "Firm", PLAIN, 9), (490, 93, "Ridgeway Wealth Planning Ltd", PLAIN, 9),
        (420, 121, "Address", PLAIN, 9), (490, 121, "Floor 7, 86 High Street, Swansea", PLAIN, 9),
        (420, 135, "Postcode", PLAIN, 9), (490, 135, "SA1 3AB", PLAIN, 9),
        (42, 93, "Title", PLAIN, 8.5), (134, 92, "MS", BOX, 10),
        (42, 112, "Full name", PLAIN, 8.5), (134, 111, "CARYS MAY PENDLE", BOX, 10),
        (42, 131, "Date of birth", PLAIN, 8.5), (134, 130, "12.07.1965", BOX, 10),
        (42, 169, "Address", PLAIN, 8.5), (134, 168, "151 HERON CLOSE", BOX, 10),
        (420, 178, f"{n3}PLANS", BOLD, 10),
        (134, 187, "LITTLE HAYWOOD", BOX, 10),
        (423, 199, "Plan / policy number", BOLD, 9), (593, 199, "Held with", BOLD, 9),
        (134, 206, "SHREWSBURY", BOX, 10),
        (423, 214, "KL284716", PLAIN, 9), (593, 214, "Kestrel Life", PLAIN, 9),
        (42, 226, "Postcode", PLAIN, 8.5), (134, 225, "SY1 4DW", BOX, 10),
        (423, 226, "SIP1160402", PLAIN, 9), (593, 226, "Kestrel Life", PLAIN, 9),
        (42, 280, "I authorise the provider named above to give my adviser any information about my plans.", PLAIN, 9),
    ]
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    for x, top, text, font, size in rows:
        c.setFont(font, size)
        c.drawString(x, H - top, text)
    c.save()


@pytest.mark.parametrize("numbered", [True, False])
def test_the_clients_address_is_read_from_its_own_column(tmp_path, options, numbered):
    path = tmp_path / "form.pdf"
    _form(path, numbered)
    record = check_file(path, options).record
    assert record is not None
    assert (record.client_name, record.client_address, record.client_postcode) == (
        "CARYS MAY PENDLE", "151 HERON CLOSE, LITTLE HAYWOOD, SHREWSBURY", "SY1 4DW")
    assert record.adviser_firm == "Ridgeway Wealth Planning Ltd"
    # the plans table's rows share lines with the client's boxes: each row is read from its own column
    assert record.policy_numbers == ["KL284716", "SIP1160402"]
