"""A valuation in two levels: the plan's line over its funds, then "Total for this plan" (accounts, labels, fields).

The plan's line gives the product and the number and no amount ("Group Personal Pension 147-729347
... started 01/09/2003"); its funds' total row is the plan value. A reply's "Our reference" is the
provider's case number, which the plan's own line outranks (fields.yaml). Drawn with reportlab;
names, numbers and funds are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def test_the_plan_line_and_its_total(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (360, 100, "Our reference"), (450, 100, "LOA/572695"),
        (60, 130, "Valuation statement", "Helvetica-Bold"),
        (60, 150, "Planholder"), (200, 150, "Mr Graham Dimmock"),
        (60, 164, "Valuation date"), (200, 164, "16 September 2026"),
        (60, 195, "Plan / fund", "Helvetica-Bold"), (300, 195, "ISIN", "Helvetica-Bold"),
        (390, 195, "Units", "Helvetica-Bold"), (450, 195, "Price", "Helvetica-Bold"),
        (505, 195, "Value (£)", "Helvetica-Bold"),
        (60, 211, "Group Personal Pension 147-729347"), (450, 211, "started 01/09/2003"),
        (75, 225, "Alder UK Equity Income Acc"), (300, 225, "GB00B0C0D017"), (390, 225, "3,728.256"),
        (450, 225, "£5.6607"), (505, 225, "21,104.54"),
        (75, 239, "Birch Short Dated Gilt Acc"), (390, 239, "8,181.679"), (450, 239, "£2.8036"),
        (505, 239, "22,938.16"),
        (75, 255, "Total for this plan", "Helvetica-Bold"), (505, 255, "44,042.70", "Helvetica-Bold"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (record.plan_type, record.policy_number) == ("workplace_pension", "147-729347")
    assert str(record.plan_value) == "44042.70"
    assert [h.fund_name for h in record.holdings] == ["Alder UK Equity Income Acc", "Birch Short Dated Gilt Acc"]
