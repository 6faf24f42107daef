"""A workplace pension statement's running text: what goes into the pot, and the charge (labels.yaml).

A DC benefit statement details the contributions credited in the year (the Pensions Regulator's code
of practice, annual pension benefit statements (DC)) and speaks of "your pot"; these lines say it in
plain words. Drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Your annual pension statement", "Helvetica-Bold"),
    (60, 95, "Mrs Elin Castell"),
    (60, 111, "4 Bryn Road, Conwy, LL32 8TT"),
    (60, 150, "Plan number:  WP88120431"),
    (60, 166, "Your pot on 5 April 2026:  £18,240.11"),
]


def test_the_total_into_the_pot_and_how_often(tmp_path, options):
    rows = [*HEAD,
            (60, 200, "At the moment £121.55 is paid from your salary, Aldgate Joinery Ltd adds £121.55 and we claim"),
            (60, 212, "£30.39 tax relief, so £273.49 goes into your pot each month."),
            (60, 240, "We charge 0.30% a year of your pot to run it.")]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (str(record.regular_contribution), record.contribution_frequency) == ("273.49", "monthly")
    assert str(record.annual_charge_percent) == "0.30"


def test_a_charge_is_no_contribution(tmp_path, options):
    rows = [*HEAD, (60, 200, "We charge 0.30% a year of your pot to run it.")]
    record = record_of(tmp_path, options, rows)
    assert (record.regular_contribution, str(record.annual_charge_percent)) == (None, "0.30")


def test_a_platform_charge_in_a_sentence(tmp_path, options):
    rows = [*HEAD, (60, 200, "Our annual platform charge on this account is 0.45% of its value.")]
    assert str(record_of(tmp_path, options, rows).annual_charge_percent) == "0.45"
