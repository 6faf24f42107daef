"""Replies and statements worded as real ones are (labels.yaml, issuer.py, cashapart.py; issue 10).

- a valuation certificate's own number is no plan number beside the plan's ("Plan number");
- the plan's "Certified value";
- a statement naming the provider a transfer came from ("your previous ISA manager (Scottish Widows)")
  is still its own issuer's (fundment.com on every page);
- cash printed under a totalled holdings table ("Cash park  1,907.19") is a holding: the holdings add
  up to the account's value;
- a reply's subject may set the product apart with a comma; a regular payment in brackets beside the
  year's total ("Payments in (£200.00 a month)  £2,400.00").
Each page is drawn here with reportlab; names, numbers and figures are invented. Fundment and
Scottish Widows are registry providers (rules/data/providers/market.yaml).
"""

from __future__ import annotations

from functools import partial

from tests.extractor.drawn_rows import label_rows, record_of

_rows = partial(label_rows, step=15)  # this file's label and value columns

ADVISER = [
    (60, 70, "Martin Heseltine"), (60, 82, "Brackenfield Financial Planning"), (60, 94, "Dorchester DT1 1PY"),
]



def test_a_certificates_own_number_is_no_plan_number(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"), *ADVISER,
        (200, 120, "CERTIFICATE OF VALUATION", "Helvetica-Bold"),
        (200, 135, "Certificate number VC2026/516698"),
        (60, 160, "Issued in reply to your letter of authority. This is to certify the value of the plan below."),
        *_rows(180, [("Plan number", "4906-70299P"), ("Plan holder", "Ms Flora Jarrold"),
                      ("Valuation date", "18/04/2026")]),
        (60, 240, "Certified value of the plan"), (450, 240, "37,600.98"),
    ]
    record = record_of(tmp_path, options, rows)
    assert (record.policy_number, record.plan_value) == ("4906-70299P", "37600.98")


def test_the_provider_a_transfer_came_from_is_no_issuer_and_cash_apart_is_held(tmp_path, options):
    rows = [
        (60, 40, "Stocks & Shares ISA statement", "Helvetica-Bold"),
        (60, 70, "Ms Beatrix Stallybrass"), (60, 82, "66 Heron View"), (60, 94, "Aberystwyth SY23 7HX"),
        (360, 70, "Account number 1423095689"), (360, 82, "Period 01 Sep 2025 to 05 Mar 2026"),
        (60, 120, "Total account value"), (450, 120, "£61,352.55"),
        (60, 140, "We received £51,472.13 from your previous ISA manager (Scottish Widows) on 01/10/2025."),
        (60, 180, "Investment"), (300, 180, "Units"), (370, 180, "Price (£)"), (450, 180, "Value (£)"),
        (60, 195, "Pillar All-World Index Acc"), (300, 195, "3,781.584"), (370, 195, "5.9241"), (450, 195, "22,402.48"),
        (60, 210, "Blencathra Strategic Bond Inc"), (300, 210, "4,569.201"), (370, 210, "8.1064"),
        (450, 210, "37,040.18"),
        (60, 230, "Total investments"), (450, 230, "59,442.66"),
        (60, 250, "Cash park"), (450, 250, "1,909.89"),
        (60, 800, "fundment.com"), (480, 800, "Page 1 of 1"),
    ]
    record = record_of(tmp_path, options, rows)
    assert record.provider == "Fundment"
    assert [(h.fund_name, h.value) for h in record.holdings][-1] == ("Cash park", "1909.89")
    assert record.plan_value == "61352.55"


def test_a_subject_set_apart_by_a_comma_and_a_payment_in_brackets(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"), *ADVISER,
        (60, 120, "Re: Dr Leopold Yelland, With-Profits Bond WPB9073513"),
        (60, 140, "Thank you for your letter of authority. The details of the bond are below."),
        *_rows(160, [("Valuation date", "22/09/2026"), ("Value", "£61,020.11"),
                      ("Payments in (£200.00 a month)", "£2,400.00")]),
    ]
    record = record_of(tmp_path, options, rows)
    got = (record.plan_type, record.regular_contribution, record.contribution_frequency)
    assert got == ("onshore_bond", "200.00", "monthly")
