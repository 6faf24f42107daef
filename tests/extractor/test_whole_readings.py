"""Readings the document's other readings complete or correct (labelled.py, steps.py, resolve.py; issue 10).

- a surname alone ("Your client: Ms Nettleship") gives way to the whole name a later label prints;
- a pot's value at the period's end, and how often the contribution its label's own words name;
- how often a contribution is paid, read from the words after its sum whichever finder read it;
- a plan's own "Start date" years back is no statement period's start: the period runs a year at most
  to the valuation date (fields.yaml `period_length`).
Each page is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import label_rows, record_of

REPLY = [
    (60, 40, "Kestrel Life", "Helvetica-Bold"),
    (420, 60, "14 March 2026"),
    (60, 70, "Owain Pritchard"),
    (60, 82, "Tamar Valley Wealth"),
    (60, 94, "Tavistock PL19 0AA"),
    (380, 70, "Your client: Ms Nettleship"),
    (60, 120, "Thank you for your letter of authority. We set out below the information you asked for."),
]



def test_a_surname_alone_gives_way_to_the_whole_name(tmp_path, options):
    rows = [*REPLY, *label_rows(150, [("Policy number", "PP-7762296"), ("Policyholder", "Ms Dilys Nettleship"),
                                  ("Valuation date", "01/03/2026"), ("Plan value", "£12,000.00")])]
    record = record_of(tmp_path, options, rows)
    assert (record.client_title, record.client_name) == ("Ms", "Dilys Nettleship")


def test_a_pots_closing_value_and_the_frequency_its_label_names(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 70, "Miss Kezia Egerton"), (60, 82, "115 Swallow Rise"), (60, 94, "Derby DE22 1HW"),
        (60, 120, "Your annual benefit statement", "Helvetica-Bold"),
        (60, 134, "6 April 2025 to 5 April 2026"),
        *label_rows(160, [("Member number", "D99672367"),
                      ("Value of your pot at 6 April 2025", "£21,517.52"),
                      ("Value of your pot at 5 April 2026", "£23,592.64"),
                      ("Contributions now being paid each month", "£235.78")]),
    ]
    record = record_of(tmp_path, options, rows)
    got = (record.plan_value, record.regular_contribution, record.contribution_frequency)
    assert got == ("23592.64", "235.78", "monthly")


def test_the_frequency_after_the_sum_whichever_finder_read_it(tmp_path, options):
    # "Premiums" is no label wording (a total of premiums paid is no regular one); its nearness reads it
    rows = [*REPLY, *label_rows(150, [("Policy number", "RA835392X"), ("Policyholder", "Ms Dilys Nettleship"),
                                  ("Valuation date", "01/03/2026"), ("Fund value", "£42,555.98"),
                                  ("Premiums", "£1,500.00 a year by direct debit")])]
    record = record_of(tmp_path, options, rows)
    assert (record.regular_contribution, record.contribution_frequency) == ("1500.00", "annually")


def test_a_plans_own_start_date_is_no_period_start(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 60, "Investment bond annual statement", "Helvetica-Bold"),
        (60, 80, "Mrs Araminta Egerton"), (60, 92, "144 Viaduct Road"), (60, 104, "Worcester WR5 6SB"),
        (60, 130, "Your bond anniversary statement for the policy year 24 October 2024 to 23 October 2025"),
        *label_rows(150, [("Bond number", "OB2832736"), ("Start date", "24 October 2021"),
                      ("Value of your bond at 23 October 2025", "£82,412.66")]),
    ]
    record = record_of(tmp_path, options, rows)
    assert (record.period_start, record.valuation_date) == ("2024-10-24", "2025-10-23")
