"""An LoA naming its adviser in brackets after the firm (labels.yaml `patterns` adviser_name).

"I authorise you to provide Harbourside Private Clients Ltd (Deborah Kavanagh) with full details of
my plans": the bracketed person is the adviser; a bracketed regulator or firm number is not. Each
letter is drawn here with reportlab; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _letter(bracket: str) -> list[tuple]:
    return [
        (60, 40, "Harbourside Private Clients Ltd", "Helvetica-Bold"),
        (60, 120, "Kestrel Life"),
        (60, 132, "PO Box 5849"),
        (60, 144, "Bristol BS1 7EG"),
        (60, 180, "Dear Sir or Madam"),
        (60, 200, "Letter of authority", "Helvetica-Bold"),
        (60, 220, "Client"), (200, 220, "Mr Rajesh Sutcliffe"),
        (60, 234, "Born"), (200, 234, "29 Jul 1980"),
        (60, 260, f"I authorise you to provide Harbourside Private Clients Ltd ({bracket}) with full details of"),
        (60, 272, "my plans DD-224148-91 and WP-901322-19, including values and fund holdings."),
        (60, 320, "Signed"), (300, 320, "Date signed: 2 Feb 2026"),
    ]


def test_the_bracketed_person_after_the_firm_is_the_adviser(tmp_path, options):
    record = record_of(tmp_path, options, _letter("Deborah Kavanagh"))
    assert (record.adviser_firm, record.adviser_name) == ("Harbourside Private Clients Ltd", "Deborah Kavanagh")


@pytest.mark.parametrize("bracket", ["Financial Conduct Authority", "FRN 123456", "Registered Office"])
def test_a_bracketed_regulator_or_number_is_no_adviser(tmp_path, options, bracket):
    assert record_of(tmp_path, options, _letter(bracket)).adviser_name is None


@pytest.mark.parametrize("bracket", ["contact: Deborah Kavanagh", "Adviser: Deborah Kavanagh", "FAO Deborah Kavanagh"])
def test_the_adviser_named_as_the_contact_in_brackets(tmp_path, options, bracket):
    # a trustees' letter: "authorise Thornbury Lane Wealth (contact: Maureen Venables) to obtain information"
    line = (60, 260, f"We authorise Harbourside Private Clients Ltd ({bracket}) to obtain full details of")
    rows = [line if row[1] == 260 else row for row in _letter("x")]
    assert record_of(tmp_path, options, rows).adviser_name == "Deborah Kavanagh"
