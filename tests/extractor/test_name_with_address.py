"""A client's name printed with the address after it on one line, and a bare "NI" beside other details.

A provider's reply may head its answers with "Customer: Ms Ann Lee, Flat 8, 63 Cobble Wynd, Kendal,
LA9 5QR" and "Date of birth 02/11/1971 NI EK823958D". Each reply is drawn here with reportlab;
names, numbers and addresses are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

BODY = [
    (60, 60, "Response to your information request", "Helvetica-Bold"),
    (60, 150, "1. Plan number"),
    (80, 166, "PP31183470"),
    (60, 182, "2. Current fund value"),
    (80, 198, "£40,351.20 (as at 24 March 2026)"),
]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Customer: Ms Nia Rowlands, Flat 8, 63 Cobble Wynd, Kendal, LA9 5QR",
         ("Ms", "Nia Rowlands", "Flat 8, 63 Cobble Wynd, Kendal", "LA9 5QR")),
        ("Policyholder:  Dr Emrys Vaughan, 34 Ferncliffe Road, Truro TR1 5ZB",
         ("Dr", "Emrys Vaughan", "34 Ferncliffe Road, Truro", "TR1 5ZB")),
        ("Client name: Mr Idris Jones, 7 Quarry Bank, Bangor, Gwynedd, LL57 4EG.",
         ("Mr", "Idris Jones", "7 Quarry Bank, Bangor, Gwynedd", "LL57 4EG")),
    ],
)
def test_the_address_after_the_name_is_the_clients(tmp_path, options, line, want):
    record = record_of(tmp_path, options, [*BODY, (60, 95, line)])
    assert (record.client_title, record.client_name, record.client_address, record.client_postcode) == want


def test_a_name_with_no_address_after_it_keeps_no_address(tmp_path, options):
    record = record_of(tmp_path, options, [*BODY, (60, 95, "Customer: Mr Idris Jones, Director")])
    assert (record.client_address, record.client_postcode) == (None, None)


@pytest.mark.parametrize(
    "line",
    ["Date of birth 02/11/1971 NI EK823958D", "Born 2 November 1971   N.I. EK 82 39 58 D",
     "DOB 02/11/71, NI: EK823958D"],
)
def test_a_bare_ni_before_an_ni_shaped_number(tmp_path, options, line):
    record = record_of(tmp_path, options, [*BODY, (60, 95, "Customer: Ms Nia Rowlands"), (60, 111, line)])
    assert record.ni_number == "EK823958D"
