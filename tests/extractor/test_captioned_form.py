"""A form with small captions over larger values, in two columns whose rows do not line up (sections, places).

The client's details run down the left column, the adviser's down the right, each value set in 10 pt
under its 7.5 pt caption. Values in capitals or in the larger type look like headings, yet a value
under its caption heads no section: the right column's "Postcode" stays in "About your adviser"
(sections.py). The right column's rows sit a few points off the left's, so its postcode joins the
line of the left's "Home address" caption; it is no value beside that caption (addresslines.same_row).
The heading says what the form is ("Authority to obtain plan information", doc_types.yaml). Drawn
here with reportlab; every name, number and address is invented.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file

W, H = A4
BOLD, PLAIN = "Helvetica-Bold", "Helvetica"


def _draw(path, rows: list[tuple]) -> None:
    """Each (x, top, text, font, size) with its top `top` points below the page's top edge."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for x, top, text, font, size in rows:
        c.setFont(font, size)
        c.drawString(x, H - top - size, text)
    c.save()


def _form(path) -> None:
    cap, val = 7.5, 10
    rows = [
        (40, 60, "Authority to obtain plan information", BOLD, 13),
        (40, 80, "To: Kestrel Life", PLAIN, 10),
        (45, 105, "A About you (the planholder)", BOLD, 10),
        (312, 105, "B About your adviser", BOLD, 10),
        (40, 132, "Title", PLAIN, cap), (44, 145, "Mrs", PLAIN, val),
        (40, 168, "Forename(s)", PLAIN, cap), (44, 181, "HELENA", PLAIN, val),
        (40, 204, "Surname", PLAIN, cap), (44, 217, "CARRADINE", PLAIN, val),
        (40, 240, "Date of birth", PLAIN, cap), (44, 253, "3 June 1961", PLAIN, val),
        (40, 276, "National Insurance number", PLAIN, cap), (44, 289, "JT 402917 C", PLAIN, val),
        (40, 312, "Home address", PLAIN, cap), (44, 325, "12 ORCHARD RISE", PLAIN, val),
        (44, 337, "LOWER DENBY", PLAIN, val), (44, 349, "HUDDERSFIELD", PLAIN, val),
        (40, 378, "Postcode", PLAIN, cap), (44, 391, "HD8 8XT", PLAIN, val),
        (308, 132, "Firm name", PLAIN, cap), (312, 145, "Ridgeway Wealth Planning Ltd", PLAIN, val),
        (308, 168, "Adviser", PLAIN, cap), (312, 181, "Tomas Bright", PLAIN, val),
        (308, 240, "Firm address", PLAIN, cap), (312, 253, "17 Market Place", PLAIN, val),
        (312, 265, "Kendal", PLAIN, val),
        (308, 294, "Postcode", PLAIN, cap), (312, 307, "LA9 4TN", PLAIN, val),
        (45, 425, "C Plans held with Kestrel Life", BOLD, 10),
        (45, 446, "Plan type", BOLD, 8.5), (260, 446, "Plan number", BOLD, 8.5),
        (45, 460, "Personal pension", PLAIN, val), (260, 460, "KL 4471 902", PLAIN, val),
        (45, 490, "I, HELENA CARRADINE, authorise Kestrel Life to give the adviser named in Part B any", PLAIN, 9),
        (45, 502, "information they ask for about the plans in Part C.", PLAIN, 9),
        (45, 530, "Signature of planholder", PLAIN, cap), (330, 530, "Date", PLAIN, cap),
    ]
    _draw(path, rows)


def test_a_captioned_form_in_two_columns_gives_the_clients_own_address(tmp_path, options) -> None:
    path = tmp_path / "form.pdf"
    _form(path)
    result = check_file(path, options)
    record = result.record
    assert record is not None and result.doc_type == "loa"
    assert (record.client_address, record.client_postcode) == ("12 ORCHARD RISE, LOWER DENBY, HUDDERSFIELD", "HD8 8XT")
    assert (record.adviser_firm, record.adviser_name) == ("Ridgeway Wealth Planning Ltd", "Tomas Bright")
    assert record.client_name == "HELENA CARRADINE"


def _summary(path, heading_size: float) -> None:
    """A plan summary: captions over bold values in a grid, then a larger bold heading over the funds."""
    rows = [
        (50, 40, "Kestrel Life", BOLD, 14),
        (50, 62, "Plan summary", BOLD, 12),
        (56, 100, "PLANHOLDER", PLAIN, 7.5), (392, 100, "PLAN NUMBER", PLAIN, 7.5),
        (56, 113, "Mr Alastair Renwick", BOLD, 10.5), (392, 113, "37203322", BOLD, 10.5),
        (56, 144, "PLAN VALUE", PLAIN, 7.5), (224, 144, "VALUATION DATE", PLAIN, 7.5),
        (56, 157, "£13,629.64", BOLD, 10.5), (224, 157, "21/03/2026", BOLD, 10.5),
        (56, 188, "ADDRESS WE HOLD", PLAIN, 7.5), (392, 188, "POSTCODE", PLAIN, 7.5),
        (56, 201, "58 Sycamore Close, Exeter", BOLD, 10.5), (392, 201, "EX12 1HF", BOLD, 10.5),
        (50, 226, "Where the plan is invested", BOLD, heading_size),
        (56, 257, "Fund 1: Fellgate UK Equity Income B Acc", BOLD, 9),
        (56, 272, "Units held", PLAIN, 8.5), (246, 272, "1,167.572", PLAIN, 8.5),
        (56, 285, "Value", PLAIN, 8.5), (246, 285, "£13,629.64", PLAIN, 8.5),
    ]
    _draw(path, rows)


@pytest.mark.parametrize("size", [12, 10.5], ids=["larger", "same-size"])
def test_a_value_under_its_caption_ends_at_a_larger_heading(tmp_path, options, size) -> None:
    # the address's values are bold like the heading under them: the heading's larger type ends it, and
    # in the same type (as OCR may measure it) its running words do
    path = tmp_path / "summary.pdf"
    _summary(path, size)
    record = check_file(path, options).record
    assert record is not None
    assert (record.client_address, record.client_postcode) == ("58 Sycamore Close, Exeter", "EX12 1HF")
