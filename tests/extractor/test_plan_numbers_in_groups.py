"""Plan numbers printed in digit groups, or with their capital prefix set apart (labels.yaml `PLAN_ID`).

A client's own letter of authority names the plans in its subject line as the client copies them
from the paperwork: "Re: my plan 7350 6494 72", "Re: my policy 7331 2568 8", "Re: my plans ISA 8302032
and ISA 9867789". Each letter is drawn here with reportlab; names, numbers and firms are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _letter(subject: str) -> list[tuple]:
    rows = [(60, 40, "Ridgeway Wealth Ltd", "Helvetica-Bold")]
    rows += [(380, 70 + 12 * i, line) for i, line in
             enumerate(["Emrys Thistlethwaite", "121 Heron Wharf", "York", "YO31 4ZR", "Date of birth: 15/05/1955"])]
    rows += [
        (60, 150, "FAO: Kestrel Life"),
        (60, 175, "Dear Sirs"),
        (60, 195, subject),
        (60, 215, "Please accept this letter as my authority for Ridgeway Wealth Ltd to obtain any information"),
        (60, 227, "they need about my plans with you. Please copy all correspondence to them until further notice."),
        (60, 250, "Yours faithfully"),
        (60, 290, "Signature:"), (330, 290, "Date:  27 January 2026"),
        (60, 306, "Print name: Emrys Thistlethwaite"),
    ]
    return rows


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Re: my plan 7350 6494 72", ["7350649472"]),
        ("Re: my plans 9065 1029 21 and 4749 5367 30", ["9065102921", "4749536730"]),
        ("Re: my plan ISA 1542568", ["ISA1542568"]),
        ("Re: my plans ISA 8302032 and ISA 9867789", ["ISA8302032", "ISA9867789"]),
        ("Re: my plans KL55120094 and KL55120095", ["KL55120094", "KL55120095"]),
        # a last group of one digit, a check digit, is the number's own
        ("Re: my policy 7331 2568 8", ["733125688"]),
        ("Re: my policy 1438 3438 5, R275136315", ["143834385", "R275136315"]),
    ],
)
def test_the_plans_a_letters_subject_line_names(tmp_path, options, subject, want):
    assert record_of(tmp_path, options, _letter(subject)).policy_numbers == want
