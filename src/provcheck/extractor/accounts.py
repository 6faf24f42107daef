"""A valuation's summary of accounts: one line an account, its product, its number and its value.

A platform's consolidated valuation opens with a line per account ("Self-Invested Personal Pension
B232 791 68   £197,394.99"; "Stocks and Shares ISA   PP30813883   £98,106.58") and no "Plan number"
or "Value" label: the product names the plan type, the number is the plan's, the amount its value.
Platforms print their reports so (per-account values beside the overall total: the JPMorgan
Personal Investing help page "Your account valuation"; a summary table of plan type and value: the
Iress "Valuation at specified date report explained" page). When several accounts are listed, the
one whose value the holdings table adds up to is the one the statement's detail is about; else the
first. A line whose product is no plan type ("Cash account (not part of this valuation)") is none.

A two-level valuation prints the plan's line over its funds with no amount of its own ("Investment
Bond PW42376589      started 01/07/2008"), its total in a "Total for this plan" row: the line's first
run still gives the plan type and number, and no value. So does a plan's own heading of one run,
the product and the number set apart by a dash ("Self Invested Personal Pension - P8779186E").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from provcheck.extractor import parsers as P
from provcheck.extractor.found import Found
from provcheck.extractor.labels import LabelHit
from provcheck.extractor.layout import Line
from provcheck.extractor.sections import dated_row
from provcheck.extractor.values import parse_plan_type

_GROUP = re.compile(r"[A-Z0-9/\-]*\d[A-Z0-9/\-]*")  # one group of a plan number: capitals and digits, a digit in it
MAX_PRODUCT_WORDS = 6  # "Self-Invested Personal Pension", "Stocks and Shares ISA": a product name is short


@dataclass(frozen=True)
class AccountRow:
    """One account of a summary: plan type, number and value, with the page and words it was read from."""

    plan_type: str
    policy: str
    value: str | None  # None: a plan's line over its funds, valued by their total row
    page: int
    words: list


def account_row(pages: list[list[Line]], skip: set[int], totals: set[str]) -> AccountRow | None:
    """The summary line of the account the statement values, or None when no line reads as one.

    Args:
        pages: each page's lines.
        skip: ids of words to pass over (the holdings table's rows: a fund is no account).
        totals: the holdings table's printed total and its sum, as money: the account they make wins.
    """
    rows = [
        row
        for page_no, lines in enumerate(pages, start=1)
        for line in lines
        if not any(id(w) in skip for w in line.words)
        for row in [_row(line, page_no)]
        if row is not None
    ]
    if not rows:
        return None
    for row, amounts in rows:
        made = [a for a in amounts if a in totals]
        if made:
            return replace(row, value=made[-1])
    return rows[0][0]


def _row(line: Line, page_no: int) -> tuple[AccountRow, list[str]] | None:
    """The account a line reads as, valued at its last amount, and all its amounts; None if it is none.

    A summary may print the period's opening and closing value side by side ("194,800.03  191,636.45"
    under "Value at 01/07/2026" and "Value at 28/09/2026"): the amounts are the line's last segments,
    the closing one printed last, as time runs left to right; the holdings' sum may name another.
    """
    if dated_row(line):
        return None
    if len(line.segments) < 2:
        return _headed(line, page_no)
    amounts: list[str] = []
    for seg in reversed(line.segments[1:]):
        value = P.parse_money(seg.text)
        if value is None:
            break
        amounts.insert(0, value)
    # no amount: a two-level table's plan line, whose first run is the product and the number
    words = [w.text for s in (line.segments[: -len(amounts)] if amounts else line.segments[:1]) for w in s.words]
    # the product's words, then the number's: each of the number's groups has a digit ("B232 791 68")
    for k in range(1, min(len(words), MAX_PRODUCT_WORDS + 1)):
        product, number = " ".join(words[:k]), words[k:]
        if any(ch.isdigit() for ch in product) or not all(_GROUP.fullmatch(t) for t in number):
            continue
        plan_type, policy = parse_plan_type(product), P.parse_policy(" ".join(number))
        if plan_type is None or policy is None:
            return None  # a group has no comma or point: "1,234.56" is never read as a number here
        value = amounts[-1] if amounts else None
        return AccountRow(plan_type, policy, value, page_no, list(line.words)), amounts
    return None


_DASHES = ("-", "–", "—")
_NOT_A_NUMBER = re.compile(r"\d{4}/\d{2}(?:\d{2})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")  # a tax year, a date


def _headed(line: Line, page_no: int) -> tuple[AccountRow, list[str]] | None:
    """A plan's heading of one run, product and number set apart by a dash, or None.

    A reply giving one plan's details under its own heading ("Self Invested Personal Pension -
    P8779186E") prints no "Plan number" label: the heading names both, and no value.
    """
    words = [w.text for w in line.words]
    dash = next((i for i, t in enumerate(words) if t in _DASHES), None)
    if dash is None or not 0 < dash <= MAX_PRODUCT_WORDS or len(words) - dash - 1 > 3:
        return None
    product, number = " ".join(words[:dash]), words[dash + 1 :]
    if not number or any(ch.isdigit() for ch in product) or any(_NOT_A_NUMBER.fullmatch(t) for t in number):
        return None
    plan_type, policy = parse_plan_type(product), P.parse_policy(" ".join(number))
    if plan_type is None or policy != "".join(number):
        return None  # the number is the whole rest of the heading ("LB 2073 9410"), no word after it
    return AccountRow(plan_type, policy, None, page_no, list(line.words)), []


def product_after_number(hit: LabelHit, page_no: int, method: str) -> Found | None:
    """The product a plan number's label line names after the number, as a plan type reading, or None.

    A bond statement may print "Contract no.: B629 042 49 Onshore Investment Bond" with no "Plan type"
    label: the words after the number's last group name the product.
    """
    rest = hit.segment.words[hit.n_words :]
    last = max((i for i, w in enumerate(rest) if any(ch.isdigit() for ch in w.text)), default=None)
    tail = rest[last + 1 :] if last is not None else []
    plan_type = parse_plan_type(" ".join(w.text for w in tail)) if tail else None
    if plan_type is None:
        return None
    return Found(plan_type, page_no, tail, 0.9 * min(w.conf for w in tail) * hit.score / 100, method)
