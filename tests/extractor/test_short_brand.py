"""A brand whose short name its mark sets apart ("LV=") is the provider (extractor/registry_names.py).

LV= heads its paperwork with its two letters and the equals sign (lv.com). Names under three letters
are otherwise left out of the registry's name table, so "LV" alone, a word inside a SEDOL or a
product title names no provider. Each statement is drawn here with reportlab; the rest is invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

BODY = [
    (60, 110, "Policyholder:  Mr Huw Bevan"),
    (60, 126, "Policy number:  WPB/471123"),
    (60, 142, "Statement date:  16/09/2026"),
    (60, 158, "Bond value:  £68,132.56"),
    (60, 180, "With Profits Fund (Series 2)  BPB5LV6"),
]


@pytest.mark.parametrize("head", [[(60, 40, "LV=", "Helvetica-Bold")],
                                  [(60, 40, "LV=", "Helvetica-Bold"), (380, 40, "PO Box 6610, Edgecombe EC9 4ZZ")]])
def test_the_brand_with_its_mark_is_the_provider(tmp_path, options, head):
    rows = [*head, (60, 75, "Your With-Profits Bond statement", "Helvetica-Bold"), *BODY]
    assert record_of(tmp_path, options, rows).provider == "LV="


def test_the_letters_without_the_mark_name_no_provider(tmp_path, options):
    rows = [(60, 40, "LV Holdings", "Helvetica-Bold"), (60, 75, "Your With-Profits Bond statement", "Helvetica-Bold"),
            *BODY]
    assert record_of(tmp_path, options, rows).provider != "LV="
