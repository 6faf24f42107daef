"""A key/value table is no running text: a row's value never runs on into the next row's (sentences.py).

A drawdown reply prints "Transfer value      Please ask us for a quote" over "Current income
£1,924.00 gross, paid quarterly": the income is no transfer value. A grid's row of labels over its row
of values is still read label before value. Each page is drawn here with reportlab; names and numbers
are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 40, "Kestrel Life", "Helvetica-Bold"),
    (420, 60, "9 March 2026"),
    (60, 70, "Ridgeway Wealth Ltd"),
    (60, 82, "2 Mill Lane"),
    (60, 94, "Bath BA1 1AA"),
    (60, 110, "Thank you for your letter of authority. We set out below the information you asked for."),
    (60, 130, "Your plan details", "Helvetica-Bold"),
    (60, 150, "Plan holder"), (260, 150, "Mr Owen Pritchard"),
    (60, 164, "Plan number"), (260, 164, "DR4471902"),
    (60, 178, "Valuation date"), (260, 178, "01/03/2026"),
    (60, 192, "Total fund value"), (260, 192, "£148,137.00"),
]


def test_a_rows_value_does_not_run_on_into_the_next_rows(tmp_path, options):
    rows = [
        *HEAD,
        (60, 206, "Transfer value"), (260, 206, "Please ask us for a quote"),
        (60, 220, "Current income"), (260, 220, "£1,924.00 gross, paid quarterly"),
    ]
    record = record_of(tmp_path, options, rows)
    assert (record.plan_value, record.transfer_value) == ("148137.00", None)


def test_a_transfer_value_in_running_text_is_still_read(tmp_path, options):
    rows = [
        *HEAD,
        (60, 240, "If you wished to move your plan to another provider, its transfer value on that date"),
        (60, 252, "would be £146,902.55 before any adviser charge."),
    ]
    assert record_of(tmp_path, options, rows).transfer_value == "146902.55"
