"""An address printed in parts, one label a part, as a provider's online form prints it (addressparts.py).

"Address line 1  56 Swallow Rise", "Address line 2" left blank, "Town  Worcester", "Postcode  WR5 8GB"
in the right half of a two-column form: the parts join in reading order, the blank one passed over.
Each page is drawn here with reportlab; names and numbers are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def _form(rows_right: list[tuple[str, str]]) -> list[tuple]:
    left = [("Title", "Miss"), ("Surname", "Jagger"), ("Forename(s)", "Theodora Wenna"),
            ("Date of birth", "28-Oct-1985")]
    rows: list[tuple] = [
        (60, 40, "Kestrel Life | Adviser Centre", "Helvetica-Bold"),
        (60, 90, "Letter of authority: request for information", "Helvetica-Bold"),
        (60, 110, "Section A Customer"),
    ]
    for i, (k, v) in enumerate(left):
        rows += [(60, 130 + 18 * i, k), (160, 130 + 18 * i, v)]
    for i, (k, v) in enumerate(rows_right):
        rows += [(330, 130 + 18 * i, k)] + ([(430, 130 + 18 * i, v)] if v else [])
    rows += [
        (60, 230, "Plan number: B07246098"),
        (60, 260, "I authorise Kestrel Life to release information about my plan to Severn Wealth Ltd."),
        (60, 300, "Signature"), (300, 300, "Date: 03/03/2026"),
    ]
    return rows


def test_the_labelled_parts_join_into_the_address(tmp_path, options):
    parts = [("Address line 1", "56 Swallow Rise"), ("Address line 2", ""), ("Town", "Worcester"),
             ("Postcode", "WR5 8GB")]
    record = record_of(tmp_path, options, _form(parts))
    assert (record.client_address, record.client_postcode) == ("56 Swallow Rise, Worcester", "WR5 8GB")


def test_a_second_line_filled_is_kept_in_its_place(tmp_path, options):
    parts = [("Address line 1", "Flat 3"), ("Address line 2", "9 Mill Lane"), ("Town", "Leeds"),
             ("Postcode", "LS6 2AB")]
    assert record_of(tmp_path, options, _form(parts)).client_address == "Flat 3, 9 Mill Lane, Leeds"
