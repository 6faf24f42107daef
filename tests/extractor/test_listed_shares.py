"""Listed shares beside funds: a "Ticker | Company" table names each holding by its company (labels.yaml columns).

A SIPP's statement may list shares by stock-exchange code and company ("DWL  Dunwell Engineering plc
Ordinary shares"); the code is an identifier like a SEDOL, the company the holding's name. Drawn
with reportlab; the companies and codes are invented (ISINs with valid check digits of no real share).
The title right above the header ("Your investments on 28 September 2026") is no heading line of it
(tablehead.py `_title_over`): read as one, it made "Your investments ... Ticker" the name column.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def _rows() -> list[tuple]:
    return [
        (60, 40, "Kestrel Wrap", "Helvetica-Bold"),
        (60, 100, "Account number:  S1898216"), (60, 114, "Mrs Tessa Brearley"),
        (60, 130, "Your SIPP annual statement", "Helvetica-Bold"),
        (60, 150, "Your investments on 28 September 2026", "Helvetica-Bold"),
        (60, 170, "Ticker", "Helvetica-Bold"), (110, 170, "Company", "Helvetica-Bold"),
        (300, 170, "ISIN", "Helvetica-Bold"),
        (380, 170, "Quantity", "Helvetica-Bold"), (450, 170, "Price (p)", "Helvetica-Bold"),
        (510, 170, "Value (£)", "Helvetica-Bold"),
        (60, 186, "DWL"), (110, 186, "Dunwell Engineering plc"), (300, 186, "GB00B0C0D017"), (380, 186, "1,051"),
        (450, 186, "1451.36"), (510, 186, "15,253.79"),
        (60, 200, "MRN"), (110, 200, "Marrington Telecom plc"), (300, 200, "GB00B0C0D025"), (380, 200, "1,288"),
        (450, 200, "510.72"), (510, 200, "6,578.07"),
        (60, 220, "Total value"), (510, 220, "£21,831.86"),
    ]  # fmt: skip


def test_a_share_is_named_by_its_company(tmp_path, options):
    # the "Company" column is the name column: before it was a heading of one, the ticker alone named the share
    names = [h.fund_name for h in record_of(tmp_path, options, _rows()).holdings]
    assert len(names) == 2 and "Dunwell Engineering plc" in names[0] and "Marrington Telecom plc" in names[1]


def test_the_ticker_is_no_part_of_the_name(tmp_path, options):
    names = [h.fund_name for h in record_of(tmp_path, options, _rows()).holdings]
    assert names == ["Dunwell Engineering plc", "Marrington Telecom plc"]
