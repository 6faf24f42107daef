"""An LoA written as a short numbered letter: the plan and the firm in running text (labels.yaml patterns).

An adviser's LoA template names the client's plans, the firm appointed and what the provider may
release (wealthr.co.uk/blog/letters-of-authority-uk-adviser-guide); here each is a numbered
sentence: "I ... hold the plan with you numbered 48640581", "I have appointed Tarnbrook Wealth Ltd
as my financial adviser", "Please give Tarnbrook Wealth Ltd any information ...". Drawn with
reportlab; names, numbers and addresses are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _letter(plans: str, firm: str) -> list[tuple]:
    return [
        (60, 60, "Colin Dunstable"), (60, 74, "67 Lark Rise, Harrogate, HG17 6WR"),
        (360, 100, "Kestrel Life"), (360, 114, "PO Box 3756, Peterborough, PE99 1DJ"),
        (60, 150, "Letter of authority - please release information to my financial adviser", "Helvetica-Bold"),
        (60, 175, "Dear Sir or Madam"),
        (60, 195, "1."), (85, 195, f"I, Colin Dunstable, born on 2nd May 1950, hold {plans}."),
        (60, 211, "2."), (85, 211, f"I have appointed {firm} as my financial adviser. My adviser there is Owen Pryce."),
        (60, 227, "3."), (85, 227, f"Please give {firm} any information they ask for about my plans."),
        (60, 260, "Yours faithfully"),
    ]


@pytest.mark.parametrize(
    ("plans", "want"),
    [("the plan with you numbered 48640581", ["48640581"]),
     ("my plans with you numbered 70788599 and KL26843576", ["70788599", "KL26843576"])],
)  # fmt: skip
@pytest.mark.parametrize("firm", ["Tarnbrook Wealth Ltd", "Greyfell Capital Planning", "Corrie & Dalgleish Financial"])
def test_the_plans_and_the_firm_appointed(tmp_path, options, plans, want, firm):
    record = record_of(tmp_path, options, _letter(plans, firm))
    assert record.policy_numbers == want
    assert record.adviser_firm == firm
