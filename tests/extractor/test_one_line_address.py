"""An address printed on one line under the client's labelled name is the client's (addressblock.py).

A bond statement may print "Policyholder: Mr Huw Bevan" and, on the line under it, the whole address
with its postcode ("Flat 8, 72 Quarry Bank, Hexham NE46 5LE"), no label. Each statement is drawn here
with reportlab; names and addresses are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

BODY = [
    (60, 60, "Bond anniversary statement", "Helvetica-Bold"),
    (60, 143, "Policy number:  331058-32"),
    (60, 159, "Valuation date:  14 March 2025"),
    (60, 175, "Bond value:  £100,345.47"),
]


@pytest.mark.parametrize(
    ("name", "address", "want"),
    [
        ("Policyholder: Mr Huw Bevan", "Flat 8, 72 Quarry Bank, Hexham NE46 5LE",
         ("Flat 8, 72 Quarry Bank, Hexham", "NE46 5LE")),
        ("Bondholder:  Mrs Elen Hughes", "117 St Brannock Close, Frome, BA11 3UR",
         ("117 St Brannock Close, Frome", "BA11 3UR")),
        ("Client name: Dr Rhodri Morgan", "3 Harbour View, Tenby, Pembrokeshire SA70 7BX",
         ("3 Harbour View, Tenby, Pembrokeshire", "SA70 7BX")),
    ],
)
def test_the_line_under_the_name_is_the_address(tmp_path, options, name, address, want):
    record = record_of(tmp_path, options, [*BODY, (60, 95, name), (60, 107, address)])
    assert (record.client_address, record.client_postcode) == want


def test_a_one_line_address_under_another_persons_name_is_not_the_clients(tmp_path, options):
    rows = [(60, 95, "Policyholder: Mr Huw Bevan"), (60, 120, "Adviser: Ms Carys Pugh"),
            (60, 132, "2 Bridge Street, Conwy LL32 8TT")]
    record = record_of(tmp_path, options, [*BODY, *rows])
    assert (record.client_address, record.client_postcode) == (None, None)
