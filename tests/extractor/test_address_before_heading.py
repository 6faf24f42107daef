"""A form's address ends at the bold section heading that follows it (addresslines.multiline).

A provider's authority form boxes "Address" and "Postcode" side by side and numbers its sections in
bold ("2 Policies this authority covers"), the heading set close below the address where it
starts: the heading is no line of the address, while a plain line under it is ("Edinburgh" under
"101 Park Road", its postcode level with the first line). Each form is drawn here with reportlab;
names, numbers and addresses are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _form(address: list[str], postcode: str, heading: str) -> list[tuple]:
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (400, 40, "Third party authority", "Helvetica-Bold"),
        (60, 90, "1 Your details", "Helvetica-Bold"),
        (60, 106, "Title"), (140, 106, "First name(s)"), (330, 106, "Surname"),
        (64, 122, "Mr"), (144, 122, "TOBIAS"), (334, 122, "QUARRIE"),
        (60, 142, "Address"), (470, 142, "Postcode"),
        (474, 158, postcode),
    ]
    rows += [(64, 158 + 13 * i, line) for i, line in enumerate(address)]
    top = 158 + 13 * len(address) + 5
    rows += [
        (60, top, heading, "Helvetica-Bold"),
        (60, top + 16, "Policy number 1"),
        (64, top + 32, "1631352A"),
        (60, top + 60, "5 Declaration", "Helvetica-Bold"),
        (60, top + 76, "I authorise the firm named in section 3 to receive information about my policies."),
        (60, top + 110, "Your signature:"), (330, top + 110, "Date:  05-Apr-2026"),
    ]
    return rows


@pytest.mark.parametrize("heading", ["2 Policies this authority covers", "2 Your plans"])
@pytest.mark.parametrize(
    ("address", "postcode"),
    [(["104 FOUNDRY TERRACE, LINCOLN"], "LN6 7FY"), (["FLAT 12, 36 MILL RACE LANE, TAUNTON"], "TA1 4UY"),
     (["101 Park Road", "Edinburgh"], "EH26 4WJ")],
)
def test_the_address_ends_at_the_heading_below_it(tmp_path, options, address, postcode, heading):
    record = record_of(tmp_path, options, _form(address, postcode, heading))
    assert (record.client_address, record.client_postcode) == (", ".join(address), postcode)
