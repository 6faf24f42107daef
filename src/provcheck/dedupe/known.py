"""Read a CRM export (`--known FILE`) into the clients and plans already on file.

The file is CSV, read as `utf-8-sig` (crm.md: Excel writes a BOM). Headers are matched loosely:
case, spaces, hyphens and dots do not matter ("Date of Birth" is `date_of_birth`), and a few
common other names are accepted (`surname`, `dob`, `provider`, ...). A file with client columns
(crm.md clients.csv: title, first_name, middle_names, last_name, date_of_birth, ni_number,
postcode, client_ref) gives clients; one with plan columns (plans.csv: provider_name,
policy_number, valuation_date) gives plans; a combined export gives both. Dates may be ISO or
`DD/MM/YYYY` (UK CRM wizards write that); a blank cell is unknown.

Each row is named `known:<file>#<ref>`, the ref being the row's `client_ref` (`plan_ref` for a
plan) or, when blank, the number of the line it ends on in the file. A file that cannot be read, has no usable
columns or holds a date that is not a date raises `ConfigError` naming the file, line and value.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from provcheck.dedupe.clients import ClientKey, client_key, match_clients
from provcheck.errors import ConfigError

_ALIASES = {
    "surname": "last_name",
    "lastname": "last_name",
    "family_name": "last_name",
    "forename": "first_name",
    "forenames": "first_name",
    "firstname": "first_name",
    "given_name": "first_name",
    "middle_name": "middle_names",
    "name": "full_name",
    "client_name": "full_name",
    "dob": "date_of_birth",
    "d_o_b": "date_of_birth",
    "birth_date": "date_of_birth",
    "ni": "ni_number",
    "nino": "ni_number",
    "ni_no": "ni_number",
    "client_reference": "client_ref",
    "plan_reference": "plan_ref",
    "national_insurance_number": "ni_number",
    "post_code": "postcode",
    "provider": "provider_name",
    "policy_no": "policy_number",
    "plan_number": "policy_number",
    "valuation_amount_date": "valuation_date",
}
_CLIENT_NAME_COLUMNS = ("last_name", "full_name")
_PLAN_COLUMNS = ("provider_name", "policy_number", "valuation_date")


@dataclass(frozen=True, slots=True)
class KnownClient:
    """One client row: where it is and its identifying fields (name as one string)."""

    ref: str
    client_ref: str | None
    name: str | None
    dob: str | None
    ni: str | None
    postcode: str | None


@dataclass(frozen=True, slots=True)
class KnownPlan:
    """One plan row: where it is, its plan key and the client it belongs to."""

    ref: str
    client_ref: str | None
    provider: str
    policy_number: str
    valuation_date: str


@dataclass
class KnownRecords:
    """Everything read from one CRM export."""

    path: str
    clients: list[KnownClient]
    plans: list[KnownPlan]


def _header(name: str) -> str:
    key = re.sub(r"[\s\-.]+", "_", name.strip().casefold()).strip("_")
    return _ALIASES.get(key, key)


def _date(value: str, path: str, line: int, column: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    raise ConfigError(
        f"--known {path}: line {line}, {column} {value!r} is not a date; write it as YYYY-MM-DD or DD/MM/YYYY."
    )


def iter_known(path: Path) -> Iterator[KnownClient | KnownPlan]:
    """Read a CRM export of clients and/or plans row by row (a large export is never held whole).

    Args:
        path: the CSV file.

    Yields:
        A `KnownClient` and/or a `KnownPlan` per row, as the columns allow.

    Raises:
        ConfigError: the file cannot be read, is not UTF-8 CSV, has neither client nor plan columns,
            or holds a date that is not a date.
    """
    name = os.fspath(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                raise ConfigError(f"--known {name}: the file is empty; give a CRM export with a header row.")
            columns = _columns(name, header)
            for cells in reader:
                yield from _rows(name, reader.line_num, cells, columns)
    except OSError as exc:
        raise ConfigError(f"--known {name}: cannot be read ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise ConfigError(f"--known {name}: not UTF-8 text; export the CSV as UTF-8 and run again.") from None
    except csv.Error as exc:
        raise ConfigError(f"--known {name}: not a readable CSV file ({exc}).") from None


def _columns(name: str, header: list[str]) -> dict[str, int]:
    where: dict[str, int] = {}
    for i, column in enumerate(header):
        where.setdefault(_header(column), i)
    if not (any(c in where for c in (*_CLIENT_NAME_COLUMNS, "ni_number")) or all(c in where for c in _PLAN_COLUMNS)):
        raise ConfigError(
            f"--known {name}: no client columns (last_name or ni_number) and no plan columns "
            f"({', '.join(_PLAN_COLUMNS)}) in the header ({', '.join(header) or 'blank'}). "
            "Give a clients or plans export with a header row."
        )
    return where


def _rows(name: str, line: int, cells: list[str], where: dict[str, int]) -> Iterator[KnownClient | KnownPlan]:
    if not any(c.strip() for c in cells):
        return

    def cell(column: str) -> str:
        i = where.get(column)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    client_ref = cell("client_ref") or None
    if any(c in where for c in (*_CLIENT_NAME_COLUMNS, "ni_number")):
        full = cell("full_name") or " ".join(
            p for p in (cell("first_name"), cell("middle_names"), cell("last_name")) if p
        )
        yield KnownClient(
            ref=f"known:{name}#{client_ref or line}",
            client_ref=client_ref,
            name=full or None,
            dob=_date(cell("date_of_birth"), name, line, "date_of_birth"),
            ni=cell("ni_number") or None,
            postcode=cell("postcode") or None,
        )
    if all(c in where for c in _PLAN_COLUMNS):
        valuation = _date(cell("valuation_date"), name, line, "valuation_date")
        if cell("provider_name") and cell("policy_number") and valuation:
            yield KnownPlan(
                ref=f"known:{name}#{cell('plan_ref') or line}",
                client_ref=client_ref,
                provider=cell("provider_name"),
                policy_number=cell("policy_number"),
                valuation_date=valuation,
            )


def load_known(path: Path) -> KnownRecords:
    """Read a whole CRM export of clients and/or plans (`iter_known` row by row).

    Args:
        path: the CSV file.

    Returns:
        Its clients and plans.

    Raises:
        ConfigError: as `iter_known`.
    """
    known = KnownRecords(os.fspath(path), [], [])
    for row in iter_known(path):
        (known.clients if isinstance(row, KnownClient) else known.plans).append(row)
    return known


class KnownMatcher:
    """The clients of a CRM export, to name a document's client by its CRM reference (a match).

    spec/record.md: a client already in the CRM is a match, not a duplicate; the document's status is
    unaffected and the exports carry that client's CRM reference. A client row matches by the client
    rule of `provcheck.dedupe.clients` (NI number, else date of birth, name and postcode); a plans row
    matches a record of the same provider and policy number and gives its row's `client_ref`. Only rows
    with a `client_ref` are kept: a row without one has no reference to carry.
    """

    def __init__(self, rows: Iterable[KnownClient | KnownPlan]) -> None:
        self._clients: list[tuple[ClientKey, str]] = []
        self._blocks: dict[str, list[int]] = {}
        self._plans: dict[tuple[str, str], str] = {}
        for row in rows:
            if not row.client_ref:
                continue
            if isinstance(row, KnownPlan):
                self._plans.setdefault(_plan_key(row.provider, row.policy_number), row.client_ref)
                continue
            key = client_key(row.name, row.dob, row.ni, row.postcode)
            if key is not None:
                self._clients.append((key, row.client_ref))
                for block in _blocks(key):
                    self._blocks.setdefault(block, []).append(len(self._clients) - 1)

    @classmethod
    def load(cls, path: Path) -> KnownMatcher:
        """Read a CRM export (`iter_known`; the same errors)."""
        return cls(iter_known(path))

    def client_ref(
        self,
        *,
        name: str | None,
        dob: str | None,
        ni: str | None,
        postcode: str | None,
        plans: Iterable[tuple[str | None, str | None]] = (),
    ) -> str | None:
        """The CRM reference of the client these fields (or these provider/policy pairs) are, or None.

        The best-scoring client row wins, ties going to the earlier row; a plan row is asked only when
        no client row matches.
        """
        key = client_key(name, dob, ni, postcode)
        if key is not None:
            best: tuple[float, int] | None = None
            for i in sorted({i for block in _blocks(key) for i in self._blocks.get(block, ())}):
                score = match_clients(key, self._clients[i][0])
                if score is not None and (best is None or score > best[0]):
                    best = (score, i)
            if best is not None:
                return self._clients[best[1]][1]
        for provider, policy in plans:
            if provider and policy:
                ref = self._plans.get(_plan_key(provider, policy))
                if ref is not None:
                    return ref
        return None


def _blocks(key: ClientKey) -> list[str]:
    # The match rule needs the NI number or the date of birth with a name, so these blocks lose nothing.
    out = ["n:" + key.ni] if key.ni else []
    if key.dob and key.name:
        out.append("d:" + key.dob)
    return out


def _plan_key(provider: str, policy: str) -> tuple[str, str]:
    return " ".join(provider.casefold().split()), "".join(c for c in policy.upper() if c.isalnum())
