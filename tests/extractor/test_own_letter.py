"""A letter of authority in the client's own hand (addressblock.py, steps.py `title_of_name`, labels.yaml).

The client's address heads the letter at the top right with no name over it and the date beneath;
the text says whose it is ("I, Kwame Robert Ibbotson, of the address above, ..."), names the adviser
firm by what it may do ("give my permission for Whitestone Chartered Financial Planners to ask for and
receive ...") and the client signs over their titled name. Each letter is drawn here with
reportlab; names, numbers and addresses are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _letter(whose: str) -> list[tuple]:
    return [
        (395, 60, "103 Wentworth Street"),
        (395, 88, "Thornbury"),
        (395, 102, "Aberdeen"),
        (395, 116, "AB1 7XB"),
        (395, 140, "20 January 2026"),
        (60, 170, "Kestrel Life"),
        (60, 184, "PO Box 1352"),
        (60, 198, "Bristol"),
        (60, 212, "BS1 7XW"),
        (60, 246, "Dear Sir or Madam,"),
        (60, 270, "Re: my policy T/64766606"),
        (60, 294, f"I, Kwame Robert Ibbotson, {whose}, born on 21st April 1967, give my permission for"),
        (60, 306, "Whitestone Chartered Financial Planners to ask for and receive any information about the policy."),
        (60, 340, "Yours faithfully,"),
        (60, 400, "Mr Kwame Robert Ibbotson"),
    ]


def test_the_address_above_the_letter_is_the_writers(tmp_path, options):
    record = record_of(tmp_path, options, _letter("of the address above"))
    assert (record.client_title, record.client_name) == ("Mr", "Kwame Robert Ibbotson")
    assert (record.client_address, record.client_postcode) == ("103 Wentworth Street, Thornbury, Aberdeen", "AB1 7XB")
    assert record.adviser_firm == "Whitestone Chartered Financial Planners"


@pytest.mark.parametrize("whose", ["of Kestrel House", "who holds the policy below"])
def test_a_nameless_block_the_letter_does_not_claim_is_no_address(tmp_path, options, whose):
    record = record_of(tmp_path, options, _letter(whose))
    assert (record.client_address, record.client_postcode) == (None, None)


def test_a_firm_named_with_its_address_in_brackets(tmp_path, options):
    rows = _letter("of the address above")
    rows[-4:-2] = [
        (60, 294, "Please accept this letter as my authority for Kestrel & Lyle Financial Services (10 Albert"),
        (60, 306, "Court, Chester CH1 2HU) to obtain details of the plans above."),
    ]
    assert record_of(tmp_path, options, rows).adviser_firm == "Kestrel & Lyle Financial Services"
