"""Text beside a label that is no value of it, and the row of amounts whose last is the whole (notvalues.py).

Drawn end to end with reportlab where the layout matters; names and amounts are invented.
"""

from __future__ import annotations

from provcheck.extractor.notvalues import breakdown, last_column
from tests.extractor.drawn_rows import record_of
from tests.extractor.tablelines import lines_of, row


def test_three_amounts_after_a_label_are_parts():
    assert breakdown("now: you £73.00, your employer £109.50, tax relief £18.25")
    assert not breakdown("£200.75 a month")


def test_the_last_of_a_row_of_amounts():
    line = lines_of([row((60, "Total policy value"), (330, "859.16"), (420, "11,283.60"), (520, "12,142.76"))])[0]
    assert last_column(line.segments[1:]).text == "12,142.76"
    line = lines_of([row((60, "Terminal bonus"), (330, "-"), (420, "188.59"), (520, "188.59"))])[0]
    assert last_column(line.segments[1:]).text == "188.59"
    line = lines_of([row((60, "Plan value"), (330, "£5,000.00"), (420, "as at 5 April 2026"))])[0]
    assert last_column(line.segments[1:]).text == "£5,000.00"


def test_a_workplace_statements_total_monthly_contribution(tmp_path, options):
    rows = [
        (60, 40, "Your annual pension statement", "Helvetica-Bold"),
        (60, 100, "Mrs Hazel Mistry"), (60, 113, "181 Quarry Lane, Manchester, M9 5PQ"),
        (60, 140, "Member number:  584774530"),
        (60, 170, "Your contributions now: you £73.00, your employer £109.50, tax relief £18.25."),
        (60, 184, "Total monthly contribution: £200.75"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (str(record.regular_contribution), record.contribution_frequency) == ("200.75", "monthly")


def test_a_ruled_with_profits_table_gives_the_total_column(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 80, "Thank you for your letter of authority. Your client's policy is valued below."),
        (60, 100, "Policyholder"), (250, 100, "Mr Desmond Dunsford"),
        (60, 114, "Policy number"), (250, 114, "WP/612097"),
        (60, 140, "Policy values at 10/10/2026", "Helvetica-Bold"),
        (330, 156, "Guaranteed (£)"), (420, 156, "Not guaranteed (£)"), (520, 156, "Total (£)"),
        (60, 170, "Total policy value"), (330, 170, "859.16"), (420, 170, "11,283.60"), (520, 170, "12,142.76"),
    ]  # fmt: skip
    assert str(record_of(tmp_path, options, rows).plan_value) == "12142.76"


def test_a_heading_label_over_a_row_of_its_own(tmp_path, options):
    # "Planholder" heads the client's rows; the row under it is "Name  Mrs ...", not the name "Name Mrs ..."
    rows = [
        (60, 40, "Change of agency - request to transfer servicing rights", "Helvetica-Bold"),
        (60, 100, "Our client, named below, has appointed Copperbeech Advice Partners (Christopher Vane) as"),
        (60, 113, "their financial adviser. I authorise you to release information to them."),
        (60, 140, "Planholder", "Helvetica-Bold"),
        (70, 155, "Name"), (250, 155, "Mrs Lorraine Devi Tranter"),
        (70, 169, "Date of birth"), (250, 169, "22 December 1963"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (record.client_title, record.client_name) == ("Mrs", "Lorraine Devi Tranter")
    assert record.adviser_name == "Christopher Vane"
