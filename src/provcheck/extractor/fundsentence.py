"""A fund held told in a line of arithmetic under its name: "1,918.097 units at £2.4567 = £4,712.19" (issue 10).

A short reply may give its one or two funds in words rather than a table: the fund's name (with
its ISIN in brackets, "Annuity Target Pension (ISIN GB0027K9D495)") on one line, the units, the
price and their product on the next. Only a document with no holdings table is read this way
(finders.py), and only a line whose units times price make its value (to the penny, or in pence)
is one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import parse_decimal, parse_isin
from provcheck.extractor.tables import Table
from provcheck.models import Holding

_SUM = re.compile(
    r"^(?P<units>\d[\d,]*\.\d+)\s+units?\s+at\s+(?P<price>£?\s?\d[\d,]*\.\d+\s?p?)\s*=\s*£\s?(?P<value>\d[\d,]*\.\d{2})$",
    re.I,
)
_ISIN_NOTE = re.compile(r"\s*\((?:ISIN:?\s*)?(?P<isin>[A-Z]{2}[A-Z0-9]{9}\d)\)\s*$")


def find_fund_sentences(pages: list[list[Line]]) -> Table | None:
    """The holdings told as "N units at P = V" under each fund's name, or None when there is none."""
    table: Table | None = None
    for page_no, lines in enumerate(pages, start=1):
        for i, line in enumerate(lines[1:], start=1):
            m = _SUM.match(" ".join(line.text.split()))
            if m is None:
                continue
            holding = _holding(lines[i - 1].text, m)
            if holding is None:
                continue
            table = table or Table(page=page_no)
            table.add_words(holding, page_no, [*lines[i - 1].words, *line.words])
    return table


def _holding(name_line: str, m: re.Match[str]) -> Holding | None:
    units, value = parse_decimal(m["units"]), parse_decimal(m["value"])
    pence = m["price"].strip().lower().endswith("p")
    price = parse_decimal(m["price"].replace("£", ""))
    if units is None or value is None or price is None:
        return None
    worth = Decimal(units) * Decimal(price) / (100 if pence else 1)
    if abs(worth - Decimal(value)) > max(Decimal("0.02"), Decimal(value) * Decimal("0.001")):
        return None  # no arithmetic of one holding: some other sum
    note = _ISIN_NOTE.search(name_line)
    name = name_line[: note.start()] if note else name_line
    isin = parse_isin(note["isin"]) if note else None
    return Holding(fund_name=" ".join(name.split()), isin=isin, units=units, unit_price=price, value=value,
                   price_currency="GBX" if pence else "GBP")
