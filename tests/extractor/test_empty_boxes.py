"""An empty box on a form reads nothing from the row under it; a statement's closing value dates it (labels, values).

- "FCA firm reference" left blank over "Our reference  STO/1175": the reference is the next row's own, and
  a number inside a reference ("STO/1175") is no firm reference number.
- "Value at 30/09/2025" (the opening value) and "Value at 30/09/2026  £10,544.00" (the value the
  holdings add up to): the closing value's own date is the valuation date (fields.yaml valuation_date).
Drawn with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

from provcheck.extractor.values import VALUE_PARSERS
from tests.extractor.drawn_rows import record_of


def test_a_number_inside_a_reference_is_no_frn():
    assert VALUE_PARSERS["fca_frn"]("Our reference STO/1175") is None
    assert VALUE_PARSERS["fca_frn"]("612345") == "612345"
    assert VALUE_PARSERS["fca_frn"]("1175") == "1175"  # short, but what the box says: the FRN check calls it wrong


def test_an_empty_frn_box_over_the_firms_reference(tmp_path, options):
    rows = [
        (40, 40, "Letter of authority", "Helvetica-Bold"),
        (40, 80, "To: Kestrel Life"),
        (40, 110, "Your adviser (completed by the firm)", "Helvetica-Bold"),
        (40, 126, "Firm"), (200, 126, "Stonechat Financial Management"),
        (40, 140, "Adviser"), (200, 140, "Alys Penberthy"),
        (40, 154, "FCA firm reference"),
        (40, 168, "Our reference"), (200, 168, "STO/1175"),
        (40, 200, "I authorise Kestrel Life to give Stonechat Financial Management any information about my plans."),
        (40, 230, "Full name (print)"), (200, 230, "Barry Marchant"),
    ]  # fmt: skip
    assert record_of(tmp_path, options, rows).fca_frn is None


def test_the_closing_values_date_is_the_valuation_date(tmp_path, options):
    rows = [
        (60, 40, "Annual statement", "Helvetica-Bold"),
        (60, 90, "Mrs Ann Lee"), (60, 104, "4 Bryn Road, Conwy, LL32 8TT"),
        (60, 130, "Plan number:  KL55120094"),
        (60, 160, "Value at 30/09/2025"), (400, 160, "£9,870.10"),
        (60, 174, "Value at 30/09/2026"), (400, 174, "£10,544.00"),
        (60, 200, "Fund", "Helvetica-Bold"), (300, 200, "Units", "Helvetica-Bold"),
        (380, 200, "Price", "Helvetica-Bold"), (460, 200, "Value", "Helvetica-Bold"),
        (60, 216, "Alder Growth Acc"), (300, 216, "1,000.000"), (380, 216, "£10.5440"), (460, 216, "£10,544.00"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (str(record.plan_value), record.valuation_date) == ("10544.00", "2026-09-30")
