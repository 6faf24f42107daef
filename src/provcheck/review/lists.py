"""List fields in the desk: one policy number, or one cell or row of the holdings, as a correction.

A correction of a list names its item the way the validators' issues do (spec/review.md): the field
`policy_numbers[1]` is the second policy number, `holdings[2].value` the third holding's value and
`holdings[2]` the whole row. An index one past the end adds an item (a number, or a row with that
cell); an empty value on a policy number, or on a whole row, removes it. The correction's `from`
and `to` are the item's values before and after (None where it did not exist, or no longer does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from provcheck.errors import InvalidCorrection
from provcheck.models import Evidence, Holding, Record

LIST_FIELDS = ("policy_numbers", "holdings")
CELLS = tuple(Holding.model_fields)  # fund_name, isin, units, unit_price, value, price_currency
_ITEM = re.compile(r"^(policy_numbers|holdings)\[(\d{1,4})\](?:\.([a-z_]+))?$")
_NUMBER_CELLS = ("units", "unit_price", "value")


@dataclass(frozen=True)
class Item:
    """One item of a list field: `holdings[2].value` is Item("holdings", 2, "value")."""

    field: str
    index: int
    cell: str | None = None

    @property
    def row(self) -> str:
        """The evidence key of the item's row (`holdings[2]`), or the list's own key for policy numbers."""
        return f"holdings[{self.index}]" if self.field == "holdings" else self.field


def parse(name: str) -> Item | None:
    """The item a correction's field names, None when it names no list item (a scalar field).

    Raises:
        InvalidCorrection: it looks like a list item but names no cell a holding has.
    """
    m = _ITEM.match(name)
    if m is None:
        return None
    field, index, cell = m.group(1), int(m.group(2)), m.group(3)
    if field == "policy_numbers" and cell is not None:
        raise InvalidCorrection(f"{name!r}: a policy number has no {cell!r}")
    if cell is not None and cell not in CELLS:
        raise InvalidCorrection(f"{name!r}: a holding has no {cell!r} (one of {', '.join(CELLS)})")
    return Item(field, index, cell)


def apply(record: Record, item: Item, value: Any) -> tuple[Record, Any, Any]:
    """`record` with the item set to a person's value: (new record, the item before, the item after).

    Raises:
        InvalidCorrection: no such item (an index past the end but one), or a value the item cannot hold.
    """
    text = "" if value is None else str(value).strip()
    if item.field == "policy_numbers":
        numbers = list(record.policy_numbers)
        before: Any = _at(numbers, item, "policy number")
        after: Any = text or None
        if before is None and after is None:
            raise InvalidCorrection("type the policy number to add")
        if after is not None and after in numbers and after != before:
            raise InvalidCorrection(f"{after} is already one of the policy numbers")
        if before is None:
            numbers.append(after)
        elif after is None:
            numbers.pop(item.index)
        else:
            numbers[item.index] = after
        return _validated(record, {"policy_numbers": numbers}), before, after
    rows = [h.model_dump() for h in record.holdings]
    row = _at(rows, item, "holding")
    if item.cell is None:  # the whole row: only removed, with an empty value
        if row is None or text:
            raise InvalidCorrection(f"{item.field}[{item.index}]: a row is removed with an empty value, "
                                    "and a cell is corrected by its own name (e.g. holdings[0].value)")  # fmt: skip
        rows.pop(item.index)
        return _validated(record, {"holdings": rows}), row, None
    cell = _cell(item.cell, text)
    if row is None:
        if cell is None:
            raise InvalidCorrection(f"type the {item.cell.replace('_', ' ')} of the row to add")
        rows.append({**dict.fromkeys(CELLS), item.cell: cell})
        return _validated(record, {"holdings": rows}), None, cell
    before = row[item.cell]
    row[item.cell] = cell
    return _validated(record, {"holdings": rows}), before, cell


def evidence(old: dict[str, Evidence], item: Item, before: Any, after: Any,
             page: int | None, bbox: list[float] | None) -> dict[str, Evidence]:  # fmt: skip
    """The evidence after the correction: the item's row marked `review`; a removed row's boxes gone.

    A row keeps its box on the page (the reviewer corrected a cell of it); a new row gets the box the
    reviewer pointed at, if any. Removing a row moves the later rows' evidence up by one, as their indexes do.
    """
    out = dict(old)
    if item.field == "holdings" and item.cell is None:  # a row removed
        n = item.index
        shifted = {k: v for k, v in out.items() if not k.startswith("holdings[")}
        for key, ev in out.items():
            m = re.match(r"^holdings\[(\d+)\](.*)$", key)
            if m and int(m.group(1)) != n:
                i = int(m.group(1))
                shifted[f"holdings[{i - 1 if i > n else i}]{m.group(2)}"] = ev
        return shifted
    prior = out.get(item.row)
    text = "" if after is None else str(after)
    if page is not None and bbox is not None and (prior is None or before is None):
        out[item.row] = Evidence(page=page, bbox=tuple(bbox), text=text, confidence=1.0, method="review")  # type: ignore[arg-type]
    elif prior is not None:
        out[item.row] = prior.model_copy(update={"confidence": 1.0, "method": "review"})
    return out


def _at(items: list[Any], item: Item, what: str) -> Any:
    if item.index < len(items):
        return items[item.index]
    if item.index == len(items):
        return None  # one past the end: an item to add
    raise InvalidCorrection(
        f"{item.field}[{item.index}]: there is no {what} {item.index + 1} (the document has {len(items)}); "
        f"{item.field}[{len(items)}] adds one"
    )


def _cell(cell: str, text: str) -> str | None:
    """A typed cell as a holding holds it: amounts without £ or thousands commas, a value with pence."""
    if text == "":
        return None
    if cell == "price_currency":
        if text.upper() not in ("GBP", "GBX"):
            raise InvalidCorrection(f"price_currency is GBP or GBX (pence), not {text!r}")
        return text.upper()
    if cell == "isin":
        return text.replace(" ", "").upper()
    if cell in _NUMBER_CELLS:
        plain = text.replace("£", "").replace(",", "").replace(" ", "")
        try:
            number = Decimal(plain)
        except InvalidOperation:
            raise InvalidCorrection(f"{cell.replace('_', ' ')} must be a number, not {text!r}") from None
        if not number.is_finite():
            raise InvalidCorrection(f"{cell.replace('_', ' ')} must be a number, not {text!r}")
        if cell == "value" and number.as_tuple().exponent >= -2:  # type: ignore[operator]
            return f"{number:.2f}"  # money is kept with pence (spec/record.md)
        return plain
    return text


def _validated(record: Record, update: dict[str, Any]) -> Record:
    try:
        return Record.model_validate({**record.model_dump(), **update})
    except ValidationError as exc:
        raise InvalidCorrection(f"not a value the record can hold: {exc.errors()[0]['msg']}") from None


def list_items(name: str, value: list[Any], result: Any) -> list[dict[str, Any]]:
    """What the document page shows of a list field: each item with its field name, evidence and issues."""
    out = []
    for i, item in enumerate(value):
        key = f"{name}[{i}]"
        out.append(
            {
                "index": i,
                "key": key,
                "anchor": f"f-{name}-{i}",
                "value": item.model_dump() if isinstance(item, Holding) else item,
                "evidence": result.evidence.get(key),
                "issues": [x for x in result.issues if x.field == key or (x.field or "").startswith(key + ".")],
            }
        )
    return out
