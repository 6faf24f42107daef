"""The product a document names is its plan type, wherever it is printed (labels.yaml `plan_types`, `patterns`).

A statement's title may name the product ("International Wealth Bond - anniversary statement"), a
reply's subject line names it between the client and the number ("Re: Mr Ian Lowther - Stakeholder
Pension B528460-047"), a product name may read like a label of its own ("Pension Account (SIPP)"),
and a bracketed wrapper or a "stakeholder" qualifier names the plan inside a longer wording. Each
page is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extractor.drawn_rows import record_of

STATEMENT = [
    (60, 110, "Policyholder:  Mr Huw Bevan"),
    (60, 126, "Plan number:  KB481220"),
    (60, 142, "Valuation date:  6 January 2026"),
    (60, 158, "Plan value:  £94,594.11"),
]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("International Wealth Bond - anniversary statement", "offshore_bond"),
        ("Offshore Investment Bond - anniversary statement", "offshore_bond"),
        ("Flexible Investment Bond - annual statement", "onshore_bond"),
        ("Pension Account (SIPP) - yearly statement", "sipp"),
        ("Junior ISA annual statement", "isa"),
        ("Annual benefit statement", "workplace_pension"),
        # a Child Trust Fund is neither an ISA nor a pension, the stakeholder kind no stakeholder pension
        ("Stakeholder Child Trust Fund annual statement", "other"),
        ("Investment Trust Share Plan - annual statement", "gia"),  # a trust's own plan outside an ISA
        ("International Investment Bond - Isle of Man - annual statement", "offshore_bond"),  # where it is issued
    ],
)
def test_the_product_a_title_names_is_the_plan_type(tmp_path, options, title, want):
    rows = [(60, 40, "Kestrel Life", "Helvetica-Bold"), (60, 75, title, "Helvetica-Bold"), *STATEMENT]
    assert record_of(tmp_path, options, rows).plan_type == want


@pytest.mark.parametrize("title", ["Heritage Choice - annual statement", "Your annual statement",
                                   "Heritage Choice - Calder Valley Foods plc"])
def test_a_title_naming_no_known_product_gives_no_plan_type(tmp_path, options, title):
    # running text names a product in passing: a name the vocabulary does not know is no plan type
    rows = [(60, 40, "Kestrel Life", "Helvetica-Bold"), (60, 75, title), *STATEMENT]
    assert record_of(tmp_path, options, rows).plan_type is None


@pytest.mark.parametrize(
    ("subject", "want", "number"),
    [
        ("Stakeholder Pension B528460-047", "stakeholder_pension", "B528460-047"),
        ("Stocks & Shares ISA ISA 6220683", "isa", "ISA6220683"),
        ("Pension Account (SIPP) SIPP523887", "sipp", "SIPP523887"),
        ("With Profits Investment Bond J485121-312", "onshore_bond", "J485121-312"),
        ("Personal Pension Plan 783347050", "personal_pension", "783347050"),
    ],
)
def test_a_replys_subject_line_names_the_product_and_its_number(tmp_path, options, subject, want, number):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (400, 100, "21 July 2026"),
        (60, 120, "Ridgeway Wealth Ltd"),
        (60, 132, "2 Mill Lane"),
        (60, 144, "Bath BA1 1AA"),
        (60, 180, "Dear Priya"),
        (60, 200, f"Re: Mr Ian Lowther - {subject}"),
        (60, 216, "Thank you for your recent letter of authority. Our answers to your questions follow."),
        (60, 232, "1. Plan value"),
        (72, 248, "The value of the plan on 21 July 2026 was £22,021.88."),
    ]
    record = record_of(tmp_path, options, rows)
    assert (record.plan_type, record.policy_number) == (want, number)


@pytest.mark.parametrize("label", ["Plan type", "Product"])
def test_a_product_that_reads_like_a_label_is_the_value_beside_its_label(tmp_path, options, label):
    # labels set right against a gutter, values left of it: "Pension Account" is also a plan number's label
    pairs = [("Policyholder", "Huw Bevan"), (label, "Pension Account (SIPP)"), ("Policy number", "SIPP016372"),
             ("Valuation date", "08/10/2026"), ("Total value of the plan", "£7,707.88")]
    rows = [(60, 40, "Kestrel Life", "Helvetica-Bold"), (60, 75, "Plan summary", "Helvetica-Bold"),
            (60, 92, "Prepared for Ridgeway Wealth Ltd under the authority of the plan holder.")]
    for i, (name, value) in enumerate(pairs):
        rows += [(250 - stringWidth(name, "Helvetica", 10), 110 + 16 * i, name), (262, 110 + 16 * i, value)]
    record = record_of(tmp_path, options, rows)
    assert (record.plan_type, record.policy_number) == ("sipp", "SIPP016372")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Your Stakeholder Personal Pension Plan annual statement", "stakeholder_pension"),
        ("Your Pension Account (SIPP) annual statement", "sipp"),
        ("Your Prudence Bond (with-profits) statement", "onshore_bond"),
        ("Total contributions are £120.00 a month, paid by you and your employer.", "workplace_pension"),
    ],
)
def test_a_qualifier_names_the_plan_inside_a_longer_wording(tmp_path, options, line, want):
    rows = [(60, 40, "Kestrel Life", "Helvetica-Bold"), (60, 75, "Annual statement", "Helvetica-Bold"),
            *STATEMENT, (60, 190, line)]
    assert record_of(tmp_path, options, rows).plan_type == want


def test_a_plan_type_label_wins_over_an_employer_paying_in(tmp_path, options):
    rows = [(60, 40, "Kestrel Life", "Helvetica-Bold"), (60, 75, "Annual statement", "Helvetica-Bold"), *STATEMENT,
            (60, 174, "Plan type:  Self-invested personal pension"),
            (60, 190, "Total contributions are £120.00 a month, paid by you and your employer.")]
    assert record_of(tmp_path, options, rows).plan_type == "sipp"
