"""Joint holders: a document naming two clients gives the record the first one (issue 10).

Each document is drawn here with reportlab in a layout UK paperwork uses for joint holders: both
names under one label, a "Joint holders" line, a sentence, an envelope-window address block, and
"Client 1" / "Client 2" sections. The names and numbers are invented; the expected values are
written in the test, never taken from the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file

_, H = A4


def _pdf(path: Path, rows: list[tuple[float, float, str] | tuple[float, float, str, str]]) -> Path:
    """One page of (x, top, text[, font]) rows, top measured from the page top."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for row in rows:
        x, top, text = row[:3]
        font = row[3] if len(row) > 3 else "Helvetica"
        c.setFont(font, 14 if font.endswith("Bold") and top < 80 else 10)
        c.drawString(x, H - top, text)
    c.save()
    return path


def _record(path: Path, options: CheckOptions):
    result = check_file(path, options)
    assert result.record is not None, result.issues
    return result.record


STATEMENT = [
    (60, 60, "Annual Statement", "Helvetica-Bold"),
    (60, 110, "Statement period: 1 April 2025 to 31 March 2026"),
    (60, 126, "Plan number: JH55120094"),
    (60, 142, "Plan type: Stocks and Shares ISA"),
    (60, 158, "Value at 31 March 2026: £21,450.00"),
]


def test_both_names_under_one_label(tmp_path, options):
    rows = [*STATEMENT, (60, 94, "Client name:  Mr Owain Pryce and Mrs Carys Pryce")]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mr", "Owain Pryce")


@pytest.mark.parametrize(
    "line",
    ["Policyholders       Miss Imogen Jessop; Dr Gareth Jessop", "Policyholders       Imogen Jessop; Gareth Jessop"],
)
def test_names_listed_with_semicolons(tmp_path, options, line):
    rows = [*STATEMENT, (60, 94, line)]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert record.client_name == "Imogen Jessop"


def test_a_pair_of_titles_before_one_name(tmp_path, options):
    rows = [*STATEMENT, (60, 94, "Policyholder:  Mr & Mrs Owain Pryce")]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mr", "Owain Pryce")


def test_a_joint_holders_line(tmp_path, options):
    rows = [*STATEMENT, (60, 94, "Joint holders:  Mrs Carys Pryce & Mr Owain Pryce")]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mrs", "Carys Pryce")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Plan holders:  Mr Neil Pennington and Ms Yvonne Pennington", ("Mr", "Neil Pennington")),
        ("Policyholders:  Dr Moira Oyelaran & Mr David Oyelaran", ("Dr", "Moira Oyelaran")),
        # a label naming both holders: two names are two people, titled or not
        ("Account holders:  Stuart Okafor and Callum Sandham", (None, "Stuart Okafor")),
        # under a label for one client, an untitled "and" may be one name: it stays whole
        ("Client name:  Stuart Okafor and Callum Sandham", (None, "Stuart Okafor and Callum Sandham")),
    ],
)
def test_a_label_naming_the_holders(tmp_path, options, line, want):
    rows = [*STATEMENT, (60, 94, line)]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == want


def test_the_address_block_titles_a_name_labelled_without_one(tmp_path, options):
    rows = [
        (60, 60, "Annual Statement", "Helvetica-Bold"),
        (60, 100, "Mr Stuart Okafor and Mr Callum Sandham"),
        (60, 113, "114 Ochil View"),
        (60, 126, "Truro"),
        (60, 139, "TR1 1HX"),
        (60, 170, "Account holders:  Stuart Okafor and Callum Sandham"),
        *[(x, top + 80, *rest) for x, top, *rest in STATEMENT[1:]],
    ]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mr", "Stuart Okafor")
    assert (record.client_address, record.client_postcode) == ("114 Ochil View, Truro", "TR1 1HX")


def test_an_address_block_with_two_names(tmp_path, options):
    rows = [
        (60, 60, "Annual Statement", "Helvetica-Bold"),
        (60, 100, "Mr O Pryce & Mrs C Pryce"),
        (60, 113, "14 Heol y Castell"),
        (60, 126, "Caernarfon"),
        (60, 139, "LL55 2AY"),
        *STATEMENT[1:],
    ]
    rows = [(x, top + (60 if i >= 5 else 0), *rest) for i, (x, top, *rest) in enumerate(rows)]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mr", "O Pryce")
    assert record.client_postcode == "LL55 2AY"


def test_client_1_and_client_2_sections(tmp_path, options):
    rows = [
        (60, 60, "Letter of Authority", "Helvetica-Bold"),
        (60, 95, "Client 1", "Helvetica-Bold"),
        (60, 111, "Full name:  Mr Owain Pryce"),
        (60, 127, "Date of birth:  04/02/1961"),
        (60, 143, "National Insurance number:  JT 12 34 56 A"),
        (60, 170, "Client 2", "Helvetica-Bold"),
        (60, 186, "Full name:  Mrs Carys Pryce"),
        (60, 202, "Date of birth:  19/09/1963"),
        (60, 218, "National Insurance number:  JT 65 43 21 B"),
        (60, 250, "Plan number:  JH55120094"),
        (60, 280, "We authorise Menai Financial Planning Ltd (FRN 612345) to obtain information about our plan."),
        (60, 320, "Signature:  ________________     Date:  3 March 2026"),
    ]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mr", "Owain Pryce")
    assert record.client_dob == "1961-02-04"
    assert record.ni_number == "JT123456A"


def test_client_2_first_in_the_reading_order_is_still_second(tmp_path, options):
    # the second holder's details side by side with the first's, on the same rows
    rows = [
        (60, 60, "Letter of Authority", "Helvetica-Bold"),
        (60, 95, "Client 1", "Helvetica-Bold"),
        (320, 95, "Client 2", "Helvetica-Bold"),
        (60, 111, "Full name:  Mr Owain Pryce"),
        (320, 111, "Full name:  Mrs Carys Pryce"),
        (60, 127, "Date of birth:  04/02/1961"),
        (320, 127, "Date of birth:  19/09/1963"),
        (60, 160, "Plan number:  JH55120094"),
        (60, 190, "We authorise Menai Financial Planning Ltd (FRN 612345) to obtain information about our plan."),
    ]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert record.client_name == "Owain Pryce" and record.client_dob == "1961-02-04"


def test_joint_names_in_the_authority_sentence(tmp_path, options):
    rows = [
        (60, 60, "Letter of Authority", "Helvetica-Bold"),
        (
            60,
            100,
            "We, Mr Owain Pryce and Mrs Carys Pryce, of 14 Heol y Castell, Caernarfon LL55 2AY, authorise",
        ),
        (60, 113, "Menai Financial Planning Ltd (FRN 612345) to obtain information about plan JH55120094."),
    ]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert (record.client_title, record.client_name) == ("Mr", "Owain Pryce")


def test_a_second_holders_details_are_not_the_clients(tmp_path, options):
    # the first holder prints no date of birth or NI number; the second holder's are not the record's
    rows = [
        (60, 60, "Letter of Authority", "Helvetica-Bold"),
        (60, 95, "Policyholder details", "Helvetica-Bold"),
        (60, 111, "Full name:  Mr Owain Pryce"),
        (60, 140, "Second policyholder", "Helvetica-Bold"),
        (60, 156, "Full name:  Mrs Carys Pryce"),
        (60, 172, "Date of birth:  19/09/1963"),
        (60, 188, "National Insurance number:  JT 65 43 21 B"),
        (60, 220, "Plan details", "Helvetica-Bold"),
        (60, 236, "Plan number:  JH55120094"),
        (60, 266, "We authorise Menai Financial Planning Ltd (FRN 612345) to obtain information about our plan."),
    ]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert record.client_name == "Owain Pryce"
    assert record.client_dob is None and record.ni_number is None
    assert record.policy_numbers == ["JH55120094"]


def test_a_sentence_under_the_second_holder_still_names_the_firm(tmp_path, options):
    rows = [
        (60, 60, "Letter of Authority", "Helvetica-Bold"),
        (60, 95, "Client 1", "Helvetica-Bold"),
        (60, 111, "Full name:  Mr Owain Pryce"),
        (60, 140, "Client 2", "Helvetica-Bold"),
        (60, 156, "Full name:  Mrs Carys Pryce"),
        (60, 172, "Plan number:  JH55120094"),
        (60, 200, "We authorise Menai Financial Planning Ltd (FRN 612345) to obtain information about our plan."),
        (60, 216, "I was born on 19 September 1963."),
    ]
    record = _record(_pdf(tmp_path / "a.pdf", rows), options)
    assert record.client_name == "Owain Pryce" and record.client_dob is None
    assert record.adviser_firm == "Menai Financial Planning Ltd" and record.fca_frn == "612345"
