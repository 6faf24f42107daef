"""Replies about a plan with no fund: an annuity in payment, a protection policy (labels.yaml, extractor/fields.py).

An annuity reply heads its letter "Annuity  AN353746B", names the kind ("Type of annuity  Joint life
annuity") and says how the income is paid ("Paid monthly in arrears"): the kind is a product the
spec's list does not name (`other`), the heading's number is the plan's, and an income's frequency is
no contribution's. A protection reply names its cover ("Type of cover  Income protection") and its
premium is the contribution. A group pension reply heads its letter with the product and the employer and prints the
member's number above the plan's.
A reply's subject may be printed bare, with a dash: "Miss Ann Roe - plan WP-561493-38". Each letter
is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extractor.drawn_rows import label_rows, record_of

_rows = partial(label_rows, x=230)  # this file's label and value columns

HEAD = [
    (60, 40, "Kestrel Life", "Helvetica-Bold"),
    (420, 90, "19 May 2026"),
    (60, 100, "Ridgeway Wealth Ltd"),
    (60, 112, "2 Mill Lane"),
    (60, 124, "Bath BA1 1AA"),
    (60, 142, "Thank you for your letter of authority. We set out below the information you asked for."),
]



def _annuity(kind: str) -> list[tuple]:
    return [
        *HEAD,
        (60, 166, "Annuity KL284716C", "Helvetica-Bold"),
        *_rows(200, [("Annuitant", "Mrs Carys Pendle"), ("Date of birth", "14/03/1944"),
                      ("Type of annuity", kind), ("Purchase price", "£88,412.50"),
                      ("Annual income (gross)", "£5,210.44"),
                      ("Paid", "monthly in arrears, £434.20 each month")]),
        (60, 320, "The information above is correct as at 19 May 2026."),
    ]


@pytest.mark.parametrize("kind", ["Joint life annuity", "Enhanced annuity"])
def test_an_annuity_reply_is_read_with_its_number_and_no_contribution(tmp_path, options, kind):
    record = record_of(tmp_path, options, _annuity(kind))
    assert (record.policy_number, record.plan_type) == ("KL284716C", "other")
    assert (record.regular_contribution, record.contribution_frequency) == (None, None)


@pytest.mark.parametrize(("cover", "premium", "frequency"),
                         [("Income protection", "£96.09 a month", "monthly"),
                          ("Level term assurance", "£412.80 a year", "annually")])
def test_a_protection_reply_names_its_cover_and_its_premium(tmp_path, options, cover, premium, frequency):
    rows = [
        *HEAD,
        (60, 166, "Policy number T36905679", "Helvetica-Bold"),
        *_rows(190, [("Life assured", "Miss Rosa Whitlock"), ("Date of birth", "30 Sep 1961"),
                      ("Type of cover", cover), ("Premium", premium)]),
    ]
    record = record_of(tmp_path, options, rows)
    assert (record.plan_type, record.regular_contribution, record.contribution_frequency) == (
        "other", premium[1:].split()[0].replace(",", ""), frequency)


def test_a_group_pension_reply_its_product_and_its_plan_number_not_the_members(tmp_path, options):
    rows = [
        *HEAD,
        (60, 166, "Group Personal Pension - Pennine Supplies Ltd", "Helvetica-Bold"),
        *_rows(190, [("Member", "Clive Crossley"), ("Member number", "M8800986"),
                      ("Plan number", "1162 1229 8"), ("Date of birth", "26.01.1979")]),
    ]
    record = record_of(tmp_path, options, rows)
    # the heading names the product and the employer whose scheme it is
    assert (record.policy_number, record.plan_type) == ("116212298", "workplace_pension")


@pytest.mark.parametrize(("printed", "want"), [("M8800986", "M8800986"), ("5833 8591 23", "5833859123")])
def test_a_members_number_is_the_plans_when_no_plan_number_is_printed(tmp_path, options, printed, want):
    rows = [*HEAD, *_rows(170, [("Member", "Clive Crossley"), ("Member number", printed),
                                 ("Date of birth", "26.01.1979")])]
    assert record_of(tmp_path, options, rows).policy_number == want


@pytest.mark.parametrize("sep", [" -", ","])
def test_a_bare_subject_with_one_plan_names_the_client_and_the_plan(tmp_path, options, sep):
    rows = [
        *HEAD,
        (60, 166, f"Miss Teresa Wakefield{sep} plan WP-561493-38", "Helvetica-Bold"),
        *_rows(200, [("Date of birth", "27 September 1952"), ("Plan", "Personal Pension")]),
    ]
    record = record_of(tmp_path, options, rows)
    assert (record.client_title, record.client_name, record.policy_number) == ("Miss", "Teresa Wakefield",
                                                                             "WP-561493-38")
