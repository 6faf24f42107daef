"""A holdings row's own arithmetic as evidence: units x price = value mends one misread number.

OCR drops a decimal point ("4556" for 4.556), reads one for a thousands separator ("9.808.630")
or a comma for a point ("217,09"), splits a number at a misjudged gap ("1206. 1607"), and reads
look-alikes for digits ("$5642.88" for 55,642.88: vocabulary.yaml `ocr_lookalikes.as_digit`).
A row whose units x price (/ 100 for a price in pence) is not its value is mended when exactly
one reading, one such change in one of its three numbers, makes it agree to the penny (the value
is their product, rounded). Nothing is invented: a reading keeps every printed
digit and adds none but a look-alike's. A mended number carries at most `MENDED` of its
reading's confidence, so a check that rests on it is a warning, not an error; a row no reading
mends stays as read.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from provcheck.extractor.ocrfix import MENDED
from provcheck.extractor.tablebody import Body
from provcheck.rules.vocabulary import load_vocabulary

__all__ = ["FIELDS", "MENDED", "agrees", "mend", "mend_row", "readings", "scale_of", "table_currency"]

_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_MARKS = "£p€"  # marks a number's cell may carry that are no part of its digits; OCR reads "£" as "€" too
FIELDS = ("units", "price", "value")


@lru_cache(maxsize=1)
def _look_alikes() -> dict[str, str]:
    return dict(load_vocabulary().ocr_lookalikes.as_digit)


def _strict(text: str) -> str | None:
    """A number's digits as a decimal string when `text` is one well-formed number ("1,234.56"), else None."""
    return text.replace(",", "") if _NUMBER.match(text) else None


def readings(text: str) -> set[str]:
    """The numbers one change to a cell's printed `text` reads as.

    One change: a look-alike read as its digit, a point dropped or added between digits, a comma
    read as a point or a point as a comma, or the spaces of a split number closed.
    """
    t = text.strip().strip(_MARKS).replace(" ", "")
    out = set()
    variants = {t} if " " in text.strip() else set()
    look = _look_alikes()
    for i, ch in enumerate(t):
        if ch in look:
            variants.add(t[:i] + look[ch] + t[i + 1 :])
        if ch in ".,":
            variants.add(t[:i] + t[i + 1 :])
            variants.add(t[:i] + (".,"[ch == "."] if ch == "." else ".") + t[i + 1 :])
        if 0 < i and t[i - 1].isdigit() and ch.isdigit():
            variants.add(t[:i] + "." + t[i:])
    for v in variants:
        n = _strict(v)
        if n is not None:
            out.add(n)
    return out


def agrees(units: str, price: str, value: str, pence: bool) -> bool:
    """Units x price (/ 100 in pence) is the value to the penny: the value is their product, rounded."""
    try:
        u, p, v = Decimal(units), Decimal(price), Decimal(value)
    except InvalidOperation:
        return False
    return abs(u * p / (Decimal(100) if pence else Decimal(1)) - v) <= Decimal("0.01")


def scale_of(read: dict[str, str | None]) -> bool | None:
    """Whether a row's numbers agree with its price in pence (True), in pounds (False), or neither (None)."""
    if any(read.get(f) is None for f in FIELDS):
        return None
    for pence in (False, True):
        if agrees(str(read["units"]), str(read["price"]), str(read["value"]), pence):
            return pence
    return None


def mend(read: dict[str, str | None], texts: dict[str, str], currency: str | None) -> tuple[str, str, bool] | None:
    """The one mending that makes a row agree: (field, its new number, whether the price is in pence), or None.

    Args:
        read: the row's numbers as read, under `units`, `price`, `value` (decimal strings).
        texts: each number's cell text as printed, under the same names.
        currency: what the row, or the table's other rows, price in (`GBX`, `GBP`), or None to try both.

    Returns:
        None when two numbers are missing, or one with no cell text, when the row agrees as read, or when
        no reading (or more than one) mends it. A number missing because its cell did not parse ("§.8045")
        is mended from its own text alone.
    """
    missing = [f for f in FIELDS if read.get(f) is None]
    if len(missing) > 1 or (missing and not texts.get(missing[0])):
        return None
    scales = [currency == "GBX"] if currency in ("GBX", "GBP") else [False, True]
    numbers = {f: "" if read.get(f) is None else str(read[f]) for f in FIELDS}
    if not missing and any(agrees(numbers["units"], numbers["price"], numbers["value"], pence) for pence in scales):
        return None
    found = set()
    for f in missing or FIELDS:
        for n in readings(texts.get(f, "")) - {numbers[f]}:
            trial = {**numbers, f: n}
            for pence in scales:
                if agrees(trial["units"], trial["price"], trial["value"], pence):
                    found.add((f, n, pence))
    return found.pop() if len(found) == 1 else None


def table_currency(rows: list[Body]) -> str | None:
    """What most of a table's rows that agree as read price in (`GBX`, `GBP`); None when none agree."""
    votes = [scale_of({"units": b.units, "price": b.price, "value": b.value}) for b in rows if b.kind == "row"]
    pence, pounds = votes.count(True), votes.count(False)
    return None if pence == pounds == 0 else "GBX" if pence > pounds else "GBP"


def mend_row(row: Body, currency: str | None) -> None:
    """Mend a row by its arithmetic (`mend`), in place; the mended number and its confidence go to `row.mended`.

    Args:
        row: a body line read as a holding row.
        currency: the table's currency (`table_currency`), for a row that marks none.
    """
    read = {"units": row.units, "price": row.price, "value": row.value}
    found = mend(read, row.texts, row.price_currency if row.price_currency in ("GBX", "GBP") else currency)
    if found is None:
        return
    name, number, pence = found
    row.mended[name] = (read[name], MENDED * row.confs.get(name, 1.0))
    if name == "value":
        number = str(Decimal(number).quantize(Decimal("0.01")))
    setattr(row, name, number)
    if row.price_currency is None:
        row.price_currency = "GBX" if pence else "GBP"
