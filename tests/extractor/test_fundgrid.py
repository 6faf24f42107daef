"""Holdings in layouts a plain table finder misses (fundgrid.py, tablehead.py; issue 10).

- a grid turned on its side: a fund a column, a heading a row ("Fund", "ISIN", "Units held", "Value (£)");
- a plain-text table, its headings over a typed rule of dashes, as a secure message prints one;
- a wide export of ten columns or more, its headings past sixteen words.
Each page is drawn here with reportlab; funds, ISINs (valid check digits) and figures are invented.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from tests.extractor.drawn_rows import record_of

W = A4[0]
STATEMENT = [
    (60, 40, "Kestrel Life", "Helvetica-Bold"),
    (60, 70, "Ms Dorothea Mottram"), (60, 82, "87 Mill Leat Drive"), (60, 94, "Aberdeen AB15 9ZA"),
    (360, 70, "Account number"), (460, 70, "6399177426"),
    (60, 120, "Your half-yearly statement for the period 1 July 2025 to 31 December 2025", "Helvetica-Bold"),
    (60, 140, "Value on 31 December 2025"), (460, 140, "£15,543.95"),
]


def _rows(holdings):
    return sorted((h.fund_name, h.isin, h.units, h.unit_price, h.value, h.price_currency) for h in holdings)


def test_a_grid_of_funds_across_the_page_is_read_down_its_columns(tmp_path, options):
    rows = [
        *STATEMENT,
        (60, 180, "Your holdings on 31 December 2025", "Helvetica-Bold"),
        (60, 200, "Fund"), (200, 200, "Lifestrategy 60% Equity Fund Acc"), (400, 200, "UK Income Builder Fund Inc"),
        (60, 220, "ISIN"), (250, 220, "GB0002634946"), (450, 220, "GB0030913577"),
        (60, 240, "Units held"), (250, 240, "3,739.253"), (450, 240, "4,023.622"),
        (60, 260, "Price (p)"), (250, 260, "60.03"), (450, 260, "330.53"),
        (60, 280, "Value (£)"), (250, 280, "2,244.67"), (450, 280, "13,299.28"),
        (60, 300, "Total value of your holdings"), (450, 300, "£15,543.95"),
    ]
    assert _rows(record_of(tmp_path, options, rows).holdings) == [
        ("Lifestrategy 60% Equity Fund Acc", "GB0002634946", "3739.253", "60.03", "2244.67", "GBX"),
        ("UK Income Builder Fund Inc", "GB0030913577", "4023.622", "330.53", "13299.28", "GBX"),
    ]


def test_a_plain_text_table_under_a_typed_rule(tmp_path, options):
    dashes = "-" * 80
    rows = [
        *STATEMENT,
        (60, 180, "FUND BREAKDOWN", "Courier"),
        (60, 200, "Fund", "Courier"), (230, 200, "ISIN", "Courier"), (330, 200, "Units", "Courier"),
        (390, 200, "Price", "Courier"), (450, 200, "Value GBP", "Courier"),
        (60, 211, dashes, "Courier"),
        (60, 222, "Strategic Income Fund", "Courier"), (230, 222, "GB0002634946", "Courier"),
        (320, 222, "6,650.8450", "Courier"), (390, 222, "1.2000", "Courier"), (450, 222, "7,980.01", "Courier"),
        (60, 233, "Money Market Fund", "Courier"), (230, 233, "GB0030913577", "Courier"),
        (320, 233, "7,563.9400", "Courier"), (390, 233, "1.0000", "Courier"), (450, 233, "7,563.94", "Courier"),
        (60, 244, dashes, "Courier"),
        (60, 255, "TOTAL", "Courier"), (450, 255, "15,543.95", "Courier"),
    ]
    assert [h.value for h in record_of(tmp_path, options, rows).holdings] == ["7980.01", "7563.94"]


def test_a_wide_export_of_many_columns(tmp_path, options):
    heads = [(30, "Asset name"), (110, "ISIN"), (185, "SEDOL"), (232, "Quantity"), (282, "Price Ccy"),
             (340, "Price date"), (396, "Book cost"), (450, "Market value"), (515, "Weight %"), (560, "OCF %")]
    cells = [(30, "Eskdale Tracker"), (110, "GB0002634946"), (185, "0263494"), (232, "7,257.84"), (282, "2.1417 GBP"),
             (340, "30/01/2026"), (396, "14,167.31"), (450, "15,543.95"), (515, "100.00"), (560, "0.85")]
    rows = [*STATEMENT, *((x, 200, t) for x, t in heads), *((x, 215, t) for x, t in cells),
            (30, 235, "Total"), (450, 235, "15,543.95")]
    assert [h.units for h in record_of(tmp_path, options, rows).holdings] == ["7257.84"]
