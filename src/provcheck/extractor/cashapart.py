"""Cash printed under a holdings table, after its total: one more holding, as a cash line in the table is.

A platform's statement may total its funds ("Total investments  59,445.36") and print the cash
waiting to be invested on a line of its own below ("Cash park  1,907.19"); the account's value
is the two together ("Total account value  £61,352.55"). That cash is held in the plan as a cash
line inside a table is (tabletotals.py: a value and nothing else), so it joins the holdings, and
the holdings add up to the plan's value.
"""

from __future__ import annotations

from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import find_money
from provcheck.extractor.tablebody import cash, is_total
from provcheck.extractor.tables import Table
from provcheck.models import Holding

NEXT_LINES = 3  # the cash line follows the table's total within these lines


def add_cash_apart(table: Table, pages: list[list[Line]]) -> None:
    """Add the one cash line right under a totalled table to its holdings, if there is one."""
    if table.total is None or not table.rows:
        return
    page = table.rows[-1][0]
    bottom = max(w.bottom for p, words in table.rows if p == page for w in words)
    for line in [ln for ln in pages[page - 1] if ln.top > bottom][: NEXT_LINES + 1]:
        first = line.segments[0] if line.segments else None
        money = find_money(line.segments[-1].text) if len(line.segments) > 1 else None
        if first is None or money is None or not cash(first.text) or money[0] == table.total:
            continue
        if is_total(line):
            return  # "Total Cash & Money Market": a group's subtotal the table read, no cash apart
        table.add_words(Holding(fund_name=" ".join(first.text.split()), value=money[0]), page, list(line.words))
        table.total = None  # the printed total is the funds' alone: the holdings' sum now says what they are worth
        return
