"""A portfolio bond its qualifier names onshore is `onshore_bond` (labels.yaml plan_types, longest wording wins).

A bare "Portfolio Bond" is the offshore personal portfolio bond; "Portfolio Bond (UK life)" or
"(onshore)" is a UK life policy, an onshore bond, beside a label or said in a wrapped sentence.
Each statement is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from provcheck.pipeline import CheckOptions
from tests.extractor.drawn_rows import record_of

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
HEAD = [
    (60, 60, "Bond Valuation", "Helvetica-Bold"),
    (60, 95, "Client name:  Mrs Carys Pryce"),
    (60, 111, "Policy number:  JH55120094"),
    (60, 143, "Valuation date:  12 June 2026"),
    (60, 159, "Bond value:  £21,450.00"),
]


@pytest.mark.parametrize(
    ("label", "product", "want"),
    [
        ("Plan type:", "Portfolio Bond (UK life)", "onshore_bond"),
        ("Product", "Portfolio Bond (onshore)", "onshore_bond"),
        ("Plan type:", "Portfolio Bond - UK Life", "onshore_bond"),
        ("Product:", "UK Portfolio Bond", "onshore_bond"),
        ("Plan type:", "Portfolio Bond (offshore)", "offshore_bond"),
        ("Product:", "Portfolio Bond", "offshore_bond"),
    ],
)
def test_a_labelled_bond_is_read_with_its_qualifier(tmp_path, label: str, product: str, want: str) -> None:
    record = record_of(tmp_path, OPTIONS, [*HEAD, (60, 127, label), (160, 127, product)])
    assert record.plan_type == want


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        ("We can confirm that the policy is a Portfolio Bond", "(UK life) and that it is in force.", "onshore_bond"),
        ("We can confirm that your plan is a Portfolio Bond (onshore)", "and that it is in force.", "onshore_bond"),
        ("We can confirm that the policy is a Portfolio Bond", "and that it is in force.", "offshore_bond"),
    ],
)
def test_a_bond_said_in_a_wrapped_sentence_is_read_with_its_qualifier(tmp_path, first, second, want) -> None:
    record = record_of(tmp_path, OPTIONS, [*HEAD, (60, 200, first), (60, 213, second)])
    assert record.plan_type == want
