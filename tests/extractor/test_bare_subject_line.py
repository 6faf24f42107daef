"""A reply's subject printed bare, the client and the plans, gives the client's title (labels.yaml `patterns`).

A provider's reply may open "Dear Sir or Madam" and then, with no "Re:", "Mrs Catriona Yelland, plans
822486247 and 864773812", its plan details naming the policyholder without a title. The salutation
runs into the subject line in the text: its "Madam" is no title of the client. Each letter is drawn
here with reportlab; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _reply(salutation: str, subject: str) -> list[tuple]:
    return [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (420, 90, "12 July 2026"),
        (60, 100, "Ridgeway Wealth Ltd"),
        (60, 112, "2 Mill Lane"),
        (60, 124, "Bath BA1 1AA"),
        (60, 150, salutation),
        (60, 164, subject),
        (60, 178, "Your letter of authority lists two plans. The details of the first follow."),
        (60, 200, "Policyholder:  Catriona Yelland"),
        (60, 216, "Plan type:  Investment Account (GIA)"),
        (60, 232, "Valuation date:  12 July 2026"),
        (60, 248, "Total value of the plan:  £7,707.88"),
    ]


@pytest.mark.parametrize("salutation", ["Dear Sir or Madam", "Dear Sirs", "Dear Priya"])
@pytest.mark.parametrize(
    ("subject", "title"),
    [("Mrs Catriona Yelland, plans 822486247 and 864773812", "Mrs"),
     ("Dr Catriona Yelland, plan SIPP016372", "Dr")],
)
def test_the_title_in_a_bare_subject_line(tmp_path, options, salutation, subject, title):
    record = record_of(tmp_path, options, _reply(salutation, subject))
    assert (record.client_title, record.client_name) == (title, "Catriona Yelland")


def test_a_salutation_running_into_a_subject_with_no_title_gives_none(tmp_path, options):
    # "Dear Sir or Madam" then "Catriona Yelland, plans ...": the salutation's "Madam" is no title of hers
    rows = _reply("Dear Sir or Madam", "Catriona Yelland, plans 822486247 and 864773812")
    record = record_of(tmp_path, options, rows)
    assert (record.client_title, record.client_name) == (None, "Catriona Yelland")
