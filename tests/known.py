"""The `--known` file tests hand to provcheck: a CRM export written as a user's CRM would write one."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path


def write_known(path: Path, rows: Sequence[Mapping[str, str]]) -> Path:
    """A CRM export at `path`: a header from the first row's keys, then one line per row (UTF-8)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def crm_knowing(path: Path, record: Mapping[str, str], ref: str = "CRM-0042") -> Path:
    """A clients export that knows the client of `record` (a truth record) as `ref`, and one other (CRM-0043)."""
    first, _, last = record["client_name"].partition(" ")
    return write_known(
        path,
        [
            {"client_ref": ref, "first_name": first, "last_name": last, "date_of_birth": record["client_dob"],
             "postcode": record["client_postcode"]},
            {"client_ref": "CRM-0043", "first_name": "Someone", "last_name": "Else", "date_of_birth": "1980-01-01",
             "postcode": "LS1 1AA"},
        ],
    )  # fmt: skip
