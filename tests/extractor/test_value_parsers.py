"""Field values as their parsers read them beside a label (extractor/values.py; issue 10)."""

from __future__ import annotations

import pytest

from provcheck.extractor.values import VALUE_PARSERS
from tests.extractor.drawn_rows import record_of


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a title and the firm under a letter's signature, read beside an adviser label, name no adviser
        (", Wrekin Hill Wealth Management", None),
        ("Rebecca Thornley, Wrekin Hill Wealth Management", "Rebecca Thornley"),
        ("Rebecca Thornley", "Rebecca Thornley"),
    ],
)
def test_an_adviser_is_a_person_not_a_firm(text, want):
    assert VALUE_PARSERS["adviser_name"](text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("B382-03087 B517-80323", ["B382-03087", "B517-80323"]),  # two whole numbers a space apart
        ("AL 1234 5678", ["AL12345678"]),  # one number in groups
        ("IB64 2361 6", ["IB6423616"]),
        ("ISA-0480413 032/696572", ["ISA-0480413", "032/696572"]),
        ("636/512767 PP96533333", ["636/512767", "PP96533333"]),
        ("AB123, AB124 and AB125", ["AB123", "AB124", "AB125"]),
    ],
)
def test_plan_numbers_a_space_apart_when_each_is_whole(text, want):
    assert VALUE_PARSERS["policy_numbers"](text) == want


def test_a_later_plan_named_in_words_but_no_list_opening_with_words():
    both = VALUE_PARSERS["policy_numbers"]("81095774IS and my investment bond number BD8864084")
    assert both == ["81095774IS", "BD8864084"]
    # a provider's name and one number under a "Plan numbers" label: no list, the sentence finders read it
    assert VALUE_PARSERS["policy_numbers"]("interactive investor 26788364") is None


def test_a_withdrawal_under_a_savings_heading_is_no_contribution(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 70, "Ms Dorothea Mottram"), (60, 82, "87 Mill Leat Drive"), (60, 94, "Aberdeen AB15 9ZA"),
        (60, 120, "Your annual bond statement for the period 1 July 2025 to 30 June 2026", "Helvetica-Bold"),
        (60, 140, "Bond number: OB2832736"),
        (60, 156, "Value on 30 June 2026:  £110,145.40"),
        (60, 180, "Your regular savings and charges", "Helvetica-Bold"),
        (60, 196, "You take a regular withdrawal of 5% of the amount invested each year; £5,507.27 was paid to you."),
    ]
    assert record_of(tmp_path, options, rows).regular_contribution is None


def test_a_plan_or_policy_reference_column_lists_the_plans(tmp_path, options):
    rows = [
        (60, 40, "Severnside Retirement Partners", "Helvetica-Bold"),
        (60, 80, "Letter of authority", "Helvetica-Bold"),
        (60, 100, "Full name: Sybil Entwhistle"),
        (60, 114, "Date of birth: 12/03/1956"),
        (60, 140, "No."), (90, 140, "Plan type"), (240, 140, "Plan / policy reference"), (380, 140, "Notes"),
        (60, 158, "1"), (90, 158, "Personal pension"), (240, 158, "0029741771"), (380, 158, "held in own name"),
        (60, 176, "2"), (90, 176, "Unit-linked bond"), (240, 176, "UL6117726F"), (380, 176, "held in own name"),
        (60, 194, "3"), (90, 194, "Any other plan"), (240, 194, "not known"), (380, 194, "please search"),
        (60, 220, "I authorise you to release to Severnside Retirement Partners all information about my plans."),
        (60, 260, "Signature"), (300, 260, "Date: 03/03/2026"),
    ]
    assert record_of(tmp_path, options, rows).policy_numbers == ["0029741771", "UL6117726F"]
