"""Plan numbers listed one a line under their heading, each after its item number ("(1)  PP-1260496").

A deputy's LoA heads its plans "3. Plans held with Phoenix Life" and numbers them (1), (2), (3) in
a column of their own: every plan is the LoA's, none carries its item number (places.more_policies,
parsers.parse_policy). Each page is drawn here with reportlab; names and numbers are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def test_every_numbered_plan_under_the_heading_is_listed(tmp_path, options):
    rows = [
        (60, 40, "Severnside Chartered Planners", "Helvetica-Bold"),
        (60, 90, "Letter of Authority", "Helvetica-Bold"),
        (60, 110, "Full name"), (250, 110, "Nesta Braithwaite"),
        (60, 124, "Date of birth"), (250, 124, "07/09/1951"),
        (60, 150, "3. Plans held with Phoenix Life"),
        (66, 164, "(1)"), (100, 164, "PP-1260496"),
        (66, 176, "(2)"), (100, 176, "8270/529908"),
        (66, 188, "(3)"), (100, 188, "1207520827"),
        (60, 210, "I authorise you to give Severnside Chartered Planners any information about the plans above."),
        (60, 250, "Signature"), (300, 250, "Date: 03/03/2026"),
    ]
    assert record_of(tmp_path, options, rows).policy_numbers == ["PP-1260496", "8270/529908", "1207520827"]
