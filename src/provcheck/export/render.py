"""Render neutral rows into a CSV file's bytes under a mapping profile: cells, dates, delimiter, BOM.

Formula injection (OWASP "CSV Injection", spec/crm.md): a TEXT cell starting with `=`, `+`, `-`, `@`, tab,
CR or LF gets a leading `'` so a spreadsheet shows it instead of running it. NUMBER cells are never escaped,
so `-12.50` stays a number; a number cell that is not a plain decimal is treated as text, so a stray value
cannot smuggle a formula through a numeric column. A profile with `raw: true` (for API targets that store
the apostrophe literally) writes every cell as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from provcheck.export.columns import TABLES

if TYPE_CHECKING:  # rules.crm imports export.columns: keep the import one-way at run time
    from provcheck.rules.crm import Column, CrmProfile, FileMapping

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CHUNK_ROWS = 200  # rows rendered between writes: a file's bytes are never all in memory at once


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet: a leading `'` when it could start a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def render_cell(value: str | None, kind: str, profile: CrmProfile) -> str:
    """One cell as written: blank for None, dates in the profile's format, text neutralised unless raw.

    Args:
        value: the neutral value (ISO dates, plain decimals, text) or None for unknown.
        kind: `text`, `number` or `date` (export.columns).
        profile: the mapping profile.

    Returns:
        The cell's text.
    """
    if value is None or value == "":
        return ""
    if kind == "number" and _DECIMAL.match(value):
        return value
    if kind == "date" and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value).strftime(profile.strftime)
        except ValueError:
            pass
    return value if profile.raw else neutralise(value)


def _column_cell(
    row: Mapping[str, str | None], col: Column, kinds: Mapping[str, str], profile: CrmProfile
) -> str:
    if col.source is None:
        return col.value if profile.raw or col.value is None else neutralise(col.value)
    raw = row.get(col.source)
    if col.value is not None:  # a constant written only beside a present source value
        return "" if raw in (None, "") else (col.value if profile.raw else neutralise(col.value))
    if raw not in (None, "") and col.map:
        raw = col.map.get(raw, raw)
        return raw if profile.raw else neutralise(raw)
    return render_cell(raw, kinds[col.source], profile)


def render_file(rows: Iterable[Mapping[str, str | None]], mapping: FileMapping, profile: CrmProfile) -> bytes:
    """The bytes of one profile file: header, then one line per row, UTF-8 (with a BOM if the profile says).

    Args:
        rows: neutral rows of `mapping.table`.
        mapping: which columns to write.
        profile: delimiter, date format, BOM and raw settings.

    Returns:
        The file's content.
    """
    return b"".join(file_chunks(rows, mapping, profile))


def file_chunks(
    rows: Iterable[Mapping[str, str | None]], mapping: FileMapping, profile: CrmProfile
) -> Iterator[bytes]:
    """`render_file`'s bytes in pieces of a few hundred rows, so a large table is never whole in memory."""
    kinds = TABLES[mapping.table]
    header = [col.header for col in mapping.columns]
    cells = ([_column_cell(row, col, kinds, profile) for col in mapping.columns] for row in rows)
    return _csv_chunks(header, cells, profile)


def render_table(rows: Iterable[Mapping[str, str | None]], table: str, profile: CrmProfile) -> bytes:
    """A neutral table (every column, neutral headers) under the profile's cell and encoding rules."""
    return b"".join(table_chunks(rows, table, profile))


def table_chunks(rows: Iterable[Mapping[str, str | None]], table: str, profile: CrmProfile) -> Iterator[bytes]:
    """`render_table`'s bytes in pieces, as `file_chunks`."""
    kinds = TABLES[table]
    cells = ([render_cell(row.get(name), kind, profile) for name, kind in kinds.items()] for row in rows)
    return _csv_chunks(list(kinds), cells, profile)


def _csv_chunks(header: list[str], lines: Iterable[list[str]], profile: CrmProfile) -> Iterator[bytes]:
    # The writer keeps no state between rows and writes each row in one call, so collecting its lines
    # and joining them every few hundred rows gives the bytes of one buffer for the whole file. Not a
    # StringIO: one non-ASCII character turns its buffer into four bytes a character. The BOM goes
    # before the first piece only.
    pending: list[str] = []
    writer = csv.writer(_Collect(pending), delimiter=profile.delimiter, lineterminator="\r\n")
    writer.writerow(header)
    first = True
    for n, line in enumerate(lines, 1):
        writer.writerow(line)
        if n % CHUNK_ROWS == 0:
            yield encode("".join(pending), profile.bom and first)
            first = False
            pending.clear()
    yield encode("".join(pending), profile.bom and first)


class _Collect:
    """A file for `csv.writer` that keeps what is written in a list."""

    def __init__(self, into: list[str]) -> None:
        self.write = into.append


def encode(text: str, bom: bool) -> bytes:
    """UTF-8 bytes, with a byte-order mark when asked (Excel on Windows needs one to read UTF-8)."""
    return ("\ufeff" + text if bom else text).encode("utf-8")


def blank_cells(rows: Iterable[Mapping[str, str | None]], mapping: FileMapping) -> dict[str, int]:
    """How many cells of each mapped column would be written blank, by header, in file order.

    A CRM that clears a stored value on a blank cell would erase those; only columns with a blank are listed.
    """
    columns = [c for c in mapping.columns if c.source is not None and c.value is None]
    counts = dict.fromkeys((c.header for c in columns), 0)
    for row in rows:
        for col in columns:
            if row.get(col.source) in (None, ""):  # type: ignore[arg-type]
                counts[col.header] += 1
    return {header: n for header, n in counts.items() if n}
