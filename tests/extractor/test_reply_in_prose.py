"""A provider's reply that gives the plan's details in running text (labels.yaml sentence phrases and patterns).

"Our records show that Mr Rupert Nuttall ... holds a Stocks and Shares ISA with us", "The address we
hold is 40 Mill Race Lane, Durham, DH1 5RT." Drawn with reportlab; names, numbers and addresses are
invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def test_the_product_and_the_address_in_sentences(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 100, "Keiran Carrick"), (60, 113, "Eastbrook Retirement Planning Ltd"), (60, 126, "Carlisle"),
        (60, 139, "CA3 1PN"),
        (60, 170, "Dear Keiran"),
        (60, 190, "Mr Rupert Nuttall - plan 202603332"),
        (60, 210, "Our records show that Mr Rupert Nuttall, born on 18th April 1959, holds a Stocks and Shares ISA"),
        (60, 223, "with us under plan number 202603332, which started on 18 January 2015."),
        (60, 243, "The address we hold is 40 Mill Race Lane, Nether Green, Durham, DH1 5RT."),
        (60, 263, "The current value of the plan is £121,938.32 as at 7 September 2026."),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert record.plan_type == "isa"
    assert (record.client_address, record.client_postcode) == ("40 Mill Race Lane, Nether Green, Durham", "DH1 5RT")
