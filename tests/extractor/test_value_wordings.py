"""Projections are no values; surrender and cash-in wordings are the transfer value (issue 10).

Each statement is drawn here with reportlab. A projection or illustration prints amounts a plan
value label could head ("Projected value at age 65", "What you might get", "assuming growth of
5%"); none of them is the plan's value or its transfer value. The names, numbers and amounts are
invented; the expected values are written in the test.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Annual Pension Statement", "Helvetica-Bold"),
    (60, 95, "Client name:  Mrs Carys Pryce"),
    (60, 111, "Plan number:  JH55120094"),
    (60, 127, "Plan type:  Personal pension"),
    (60, 143, "Statement period:  1 April 2025 to 31 March 2026"),
]




def test_a_projected_value_beside_the_plan_value(tmp_path, options):
    rows = [(60, 175, "Projected value at age 65:  £182,400.00"), (60, 191, "Plan value:  £21,450.00")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).plan_value == "21450.00"


def test_a_projected_value_alone_is_no_plan_value(tmp_path, options):
    rows = [(60, 175, "Projected value at age 65:  £182,400.00"), (60, 191, "Selected retirement age:  65")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).plan_value is None


def test_an_illustration_sentence_is_no_value(tmp_path, options):
    rows = [
        (60, 175, "Your plan value on 31 March 2026 was £21,450.00."),
        (60, 200, "Illustration: assuming growth of 5% a year, the value of your plan at age 65 could be £96,300.00."),
    ]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert record.plan_value == "21450.00" and record.transfer_value is None


def test_an_illustration_sentence_alone_is_no_value(tmp_path, options):
    rows = [
        (60, 175, "Illustration: assuming growth of 5% a year, the value of your plan at age 65 could be £96,300.00."),
    ]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert record.plan_value is None and record.transfer_value is None


def test_amounts_under_a_what_you_might_get_heading(tmp_path, options):
    rows = [
        (60, 175, "Your plan today", "Helvetica-Bold"),
        (60, 191, "Fund value:  £21,450.00"),
        (60, 207, "Transfer value:  £20,980.00"),
        (60, 240, "What you might get", "Helvetica-Bold"),
        (60, 256, "Fund value:  £96,300.00"),
        (60, 272, "Transfer value:  £95,100.00"),
        (60, 288, "Yearly income:  £3,850.00"),
    ]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.plan_value, record.transfer_value) == ("21450.00", "20980.00")


def test_a_what_you_might_get_section_before_the_values(tmp_path, options):
    rows = [
        (60, 175, "What you might get", "Helvetica-Bold"),
        (60, 191, "Fund value:  £96,300.00"),
        (60, 207, "Transfer value:  £95,100.00"),
        (60, 240, "Your plan today", "Helvetica-Bold"),
        (60, 256, "Fund value:  £21,450.00"),
        (60, 272, "Transfer value:  £20,980.00"),
    ]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.plan_value, record.transfer_value) == ("21450.00", "20980.00")


@pytest.mark.parametrize(
    "label",
    [
        "Cash-in value",
        "Cash in value",
        "Surrender value",
        "Encashment value",
        "CETV",
        "Cash equivalent transfer value",
        "Current cash-in value",
        "Surrender value today",
    ],
)
def test_surrender_and_cash_in_labels_are_the_transfer_value(tmp_path, options, label):
    rows = [(60, 175, "Plan value:  £21,450.00"), (60, 191, f"{label}:  £20,980.00")]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.plan_value, record.transfer_value) == ("21450.00", "20980.00")


@pytest.mark.parametrize(
    "sentence",
    [
        "If you cashed in your plan on 31 March 2026 you would have received £20,980.00.",
        "The cash-in value of your plan on 31 March 2026 was £20,980.00.",
        "Your surrender value on 31 March 2026 was £20,980.00.",
        "The encashment value of your bond at 31 March 2026 was £20,980.00.",
        "Your cash equivalent transfer value (CETV) on 31 March 2026 was £20,980.00.",
        "If you had transferred your plan on 31 March 2026 its value would have been £20,980.00.",
        "If you had cashed in the whole bond on 31 March 2026, you would have received £20,980.00, after a charge.",
    ],
)
def test_surrender_and_cash_in_sentences_are_the_transfer_value(tmp_path, options, sentence):
    rows = [(60, 175, "Plan value:  £21,450.00"), (60, 200, sentence)]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.plan_value, record.transfer_value) == ("21450.00", "20980.00")


def test_a_projected_transfer_value_is_none(tmp_path, options):
    rows = [(60, 175, "Plan value:  £21,450.00"), (60, 191, "Projected transfer value at age 65:  £95,100.00")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).transfer_value is None
