"""A label no wording holds, read by its words' nearness to one field's wordings (extractor/nearlabel.py, issue 10).

Each statement is drawn here with reportlab (tests/extractor/drawn_rows.py). The labels are ones
labels.yaml does not hold as printed ("Full surrender value", "Value of your client's plan"); the
names, numbers and amounts are invented and the expected values are written in the test.
"""

from __future__ import annotations

from provcheck.explain import explain_file
from provcheck.extractor.nearlabel import nearest_field
from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Investment Bond Statement", "Helvetica-Bold"),
    (60, 95, "Client name:  Mr Oskar Lindqvist"),
    (60, 111, "Plan number:  QB70411928"),
    (60, 127, "Plan type:  Onshore investment bond"),
]


def test_an_unknown_value_label_nearest_the_plan_value(tmp_path, options):
    rows = [(60, 160, "Value of your client's plan ............ £48,210.55")]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert record.plan_value == "48210.55" and record.transfer_value is None


def test_a_surrender_value_under_an_extra_word(tmp_path, options):
    rows = [(60, 160, "Plan value:  £48,210.55"), (60, 176, "Full surrender value:  £47,002.10")]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.plan_value, record.transfer_value) == ("48210.55", "47002.10")


def test_a_label_cell_beside_its_value_cell(tmp_path, options):
    rows = [(60, 160, "Full surrender value"), (330, 160, "£47,002.10")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).transfer_value == "47002.10"


def test_an_exact_label_wins_over_a_near_one(tmp_path, options):
    # "Plan value" is a wording; "Value of your client's plan" only near one: the labelled reading wins
    rows = [(60, 160, "Value of your client's plan:  £51,000.00"), (60, 176, "Plan value:  £48,210.55")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).plan_value == "48210.55"


def _near(tmp_path, options, rows) -> list:
    record_of(tmp_path, options, [*HEAD, *rows])
    return [(r.field, r.value) for r in explain_file(tmp_path / "s.pdf", options).rows if r.finder == "near_label"]


def test_a_label_near_no_field_gives_nothing(tmp_path, options):
    # "market value" is a plan-value wording, "value" one as well: two words of three unknown say too little
    rows = [(60, 160, "Death benefit paid:  £48,692.66"), (60, 176, "Market value reduction:  £1,200.00")]
    assert _near(tmp_path, options, rows) == []


def test_a_payments_in_line_is_no_contribution(tmp_path, options):
    # a statement's money in over the period: "in" is no stop word, so the label is not "payments"
    assert _near(tmp_path, options, [(60, 160, "Payments in:  £3,572.87")]) == []


def test_a_projected_value_under_an_unknown_label_is_no_value(tmp_path, options):
    rows = [(60, 160, "Full surrender value projected at age 65:  £96,300.00")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).transfer_value is None


def test_a_projection_heading_over_a_near_label(tmp_path, options):
    rows = [(60, 160, "What you might get", "Helvetica-Bold"), (60, 176, "Value of your client's plan:  £96,300.00")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).plan_value is None


def test_explain_shows_the_near_label_candidate(tmp_path, options):
    rows = [(60, 160, "Value of your client's plan ............ £48,210.55")]
    record_of(tmp_path, options, [*HEAD, *rows])
    ex = explain_file(tmp_path / "s.pdf", options)
    won = [r for r in ex.rows if r.field == "plan_value" and r.won]
    assert (won[0].finder, won[0].value) == ("near_label", "48210.55")
    assert won[0].score < 1.0  # below every label hit


def test_nearest_field_by_words_and_value_shape():
    assert nearest_field("Full surrender value", "£9,120.00")[0] == "transfer_value"
    assert nearest_field("Value of your client's plan", "£9,120.00")[0] == "plan_value"
    # a word alone that a wording shares is too little: a fund row "Cash  £1,234.00"
    assert nearest_field("Cash", "£1,234.00") is None
    # as near to two fields (a policy's reference or an LoA's list of them): nothing
    assert nearest_field("Member reference", "KL284716") is None
