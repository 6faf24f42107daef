"""The client's title from a line that prints it with the name among other words (extractor/steps.py).

A reply's labels name the policyholder untitled ("Policyholder  Dilys Mallinson") while its subject
line says "Your client: Ms Dilys Mallinson  Retirement Annuity Contract P74139615". Each letter is
drawn here with reportlab; names and numbers are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def _letter(subject: str) -> list[tuple]:
    return [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (420, 90, "25 January 2026"),
        (60, 100, "Ridgeway Wealth Ltd"),
        (60, 112, "2 Mill Lane"),
        (60, 124, "Bath BA1 1AA"),
        (60, 146, subject),
        (60, 166, "Thank you for your letter of authority. We set out below the information you asked for."),
        (60, 190, "Policyholder"), (230, 190, "Dilys Mallinson"),
        (60, 204, "Policy number"), (230, 204, "P74139615"),
        (60, 218, "Valuation date"), (230, 218, "21/01/2026"),
        (60, 232, "Fund value"), (230, 232, "£33,705.33"),
    ]


def test_the_title_printed_before_the_name_inside_a_longer_line(tmp_path, options):
    subject = "Your client: Ms Dilys Mallinson  Retirement Annuity Contract P74139615"
    assert record_of(tmp_path, options, _letter(subject)).client_title == "Ms"


def test_no_title_from_a_line_where_no_title_stands_before_the_name(tmp_path, options):
    subject = "Prepared for Dilys Mallinson by Ms Ann Hart"  # the title is another person's
    assert record_of(tmp_path, options, _letter(subject)).client_title is None
