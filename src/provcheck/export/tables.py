"""Build the neutral CRM tables (clients, plans, holdings) and the exceptions list from results.

A pure function over results: no I/O. Only `clean` documents feed the CRM tables (spec/record.md
"Exports"); every other current document becomes one exceptions row with its reasons, unless a later
clean run has superseded it. Grain (spec/crm.md): one row per client, per plan (provider + policy number),
per (plan, instrument). Rows are sorted on stable keys, so the same results always give the same bytes.

Client matching, strongest key first (spec/crm.md): the NI number; then date of birth + surname + postcode.
Records sharing either key are one client. `match_status` says how sure that is: `matched` (two or more
documents agree on a strong key and on the forename), `new` (one document with a strong key), `review` (no
strong key, conflicting NI numbers, or forenames that disagree).

Addresses end in the town, unless a county or the country follows it (rules data `places.yaml`): the town of
"1 High Street, Harrogate, North Yorkshire" is Harrogate, and the county has a column of its own. A
`product_name` is the plan type as the document prints it ("Stocks and Shares ISA" for `isa`). A CRM id
(`crm_client_id`) is only ever the CRM's own, from a `--known` match: provcheck's `client_ref` is not one.
A client already in the CRM (`--known`, spec/record.md "Decisions") is a match: its row, and its plans'
rows, carry the CRM's `client_ref` instead of the hash, and `match_status` is `matched` (unless the
documents' own evidence asks for `review`). No row holds a run time or a ledger id; rows sort on stable
keys (provider, policy number, valuation date, then the content hash), so the same documents always give
the same bytes whatever order or run they came from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from provcheck.export.reasons import EarlierLookup, reasons
from provcheck.extractor.labels import norm
from provcheck.models import DocumentResult, Record
from provcheck.rules import load_labels
from provcheck.rules.places import is_country, is_county

if TYPE_CHECKING:
    from provcheck.dedupe.known import KnownMatcher

PLAN_DOC_TYPES = ("loa_response", "annual_statement")


@dataclass(frozen=True)
class ExportItem:
    """A document's current result, and whether a later clean run has superseded it.

    A client's CRM id comes only from the `--known` CRM export (`build_tables(known=...)`).
    """

    result: DocumentResult
    superseded: bool = False


@dataclass
class Tables:
    """Rows of each neutral table, as dicts keyed by neutral column name (None = blank)."""

    clients: list[dict[str, str | None]] = field(default_factory=list)
    plans: list[dict[str, str | None]] = field(default_factory=list)
    holdings: list[dict[str, str | None]] = field(default_factory=list)
    exceptions: list[dict[str, str | None]] = field(default_factory=list)


def doc_id(result: DocumentResult) -> str:
    """The short, stable id a row carries back to its source document (the start of its sha256)."""
    return result.source.sha256[:16] if result.source.sha256 else Path(result.source.path).name


def _ref(prefix: str, key: str) -> str:
    return prefix + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _norm_policy(policy: str) -> str:
    return "".join(policy.split()).upper()


def plan_ref(provider: str | None, policy: str) -> str:
    """A stable reference for a plan: provider and policy number (case and spaces ignored)."""
    return _ref("P", f"{(provider or '').casefold()}|{_norm_policy(policy)}")


def _split_name(name: str | None) -> tuple[str | None, str | None, str | None]:
    parts = (name or "").split()
    if not parts:
        return None, None, None
    if len(parts) == 1:
        return None, None, parts[0]
    return parts[0], " ".join(parts[1:-1]) or None, parts[-1]


def _split_address(address: str | None) -> tuple[list[str | None], str | None, str | None]:
    """Address lines 1-3, town and county of an address joined by ", " (record.md `client_address`)."""
    parts = [p.strip() for p in (address or "").split(",") if p.strip()]
    while len(parts) > 1 and is_country(parts[-1]):
        parts.pop()  # the country says nothing a UK postcode does not
    county = parts.pop() if len(parts) > 1 and is_county(parts[-1]) else None
    town = parts.pop() if len(parts) > 1 else None
    lines: list[str | None] = parts[:2] + [", ".join(parts[2:]) or None]
    while len(lines) < 3:
        lines.append(None)
    return lines[:3], town, county


@lru_cache(maxsize=1)
def _plan_type_labels() -> tuple[frozenset[str], int]:
    labels = frozenset(norm(s) for s in load_labels().fields.get("plan_type", []))
    return labels, max((len(s.split()) for s in labels), default=0)


def product_name(result: DocumentResult) -> str | None:
    """The product as printed where the plan type was read: its evidence text without the label."""
    ev = result.evidence.get("plan_type")
    if ev is None:
        return None
    labels, longest = _plan_type_labels()
    words = ev.text.split()
    for n in range(min(longest + 1, len(words)), 0, -1):  # the longest label first ("plan type" over "plan")
        if norm(" ".join(words[:n])) in labels:
            words = words[n:]
            break
    text = " ".join(words).strip(" :-–|")
    return text or None


def _page(result: DocumentResult, *fields: str) -> str | None:
    for name in fields:
        ev = result.evidence.get(name)
        if ev is not None:
            return str(ev.page)
    return None


def _dec(value: str | None) -> Decimal | None:
    try:
        return Decimal(value) if value not in (None, "") else None
    except InvalidOperation:
        return None


def price_currency(units: str | None, price: str | None, value: str | None) -> str | None:
    """`GBP` or `GBX` (pence) by the document's own arithmetic (units x price = value), else None."""
    u, p, v = _dec(units), _dec(price), _dec(value)
    if u is None or p is None or v is None or v == 0:
        return None
    tolerance = max(abs(v) * Decimal("0.005"), Decimal("0.02"))
    if abs(u * p - v) <= tolerance:
        return "GBP"
    if abs(u * p / 100 - v) <= tolerance:
        return "GBX"
    return None


@dataclass
class _Client:
    members: list[tuple[Record, str]] = field(default_factory=list)


def _strong_keys(record: Record) -> list[str]:
    keys = []
    if record.ni_number:
        keys.append("ni:" + record.ni_number.upper())
    last = _split_name(record.client_name)[2]
    if record.client_dob and last and record.client_postcode:
        keys.append(f"dps:{record.client_dob}|{last.casefold()}|{record.client_postcode.upper()}")
    return keys


def _group_clients(records: list[tuple[Record, str]]) -> list[list[tuple[Record, str]]]:
    """Union records that share a strong key; records without one stand alone (or join by exact name+dob)."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, (record, _) in enumerate(records):
        keys = _strong_keys(record) or [
            f"name:{(record.client_name or '').casefold()}|{record.client_dob or ''}"
        ]
        for key in keys:
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[tuple[Record, str]]] = {}
    for i, item in enumerate(records):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())


def _crm_ref(group: list[tuple[Record, str]], known: KnownMatcher) -> str | None:
    """The CRM reference of a client group: the first member (by document id) the CRM export knows."""
    for record, _ in sorted(group, key=lambda item: item[1]):
        plans = [(record.provider, p) for p in (record.policy_number, *record.policy_numbers)]
        ref = known.client_ref(
            name=record.client_name,
            dob=record.client_dob,
            ni=record.ni_number,
            postcode=record.client_postcode,
            plans=plans,
        )
        if ref is not None:
            return ref
    return None


def _client_row(group: list[tuple[Record, str]], known: KnownMatcher | None = None) -> dict[str, str | None]:
    nis = sorted({r.ni_number.upper() for r, _ in group if r.ni_number})
    strong = [k for r, _ in group for k in _strong_keys(r)]
    key = (
        ("ni:" + nis[0])
        if nis
        else (sorted(strong)[0] if strong else "name:" + (group[0][0].client_name or ""))
    )
    # The record with the most fields speaks for the client; ties go to the lowest document id (stable).
    ordered = sorted(group, key=lambda item: item[1])
    best, source = max(
        ordered, key=lambda item: sum(v not in (None, "", []) for v in item[0].model_dump().values())
    )
    first, middle, last = _split_name(best.client_name)
    forenames = {(_split_name(r.client_name)[0] or "").casefold() for r, _ in group}
    forenames_agree = all(fuzz.ratio(a, b) >= 80 for a in forenames for b in forenames)
    if not strong or len(nis) > 1 or not forenames_agree:
        status = "review"
    else:
        status = "matched" if len(group) > 1 else "new"
    crm_ref = _crm_ref(group, known) if known is not None else None
    if crm_ref is not None and status != "review":
        status = "matched"  # the client is on file already
    lines, town, county = _split_address(best.client_address)
    return {
        "client_ref": crm_ref or _ref("C", key),
        "title": best.client_title,
        "first_name": first,
        "middle_names": middle,
        "last_name": last,
        "date_of_birth": best.client_dob,
        "ni_number": best.ni_number.upper() if best.ni_number else None,
        "postcode": best.client_postcode,
        "address_line1": lines[0],
        "address_line2": lines[1],
        "address_line3": lines[2],
        "town": town,
        "county": county,
        "crm_client_id": crm_ref,  # the CRM's own id, from a --known match; never provcheck's reference
        "match_status": status,
        "source_doc_id": source,
    }


def build_tables(
    items: Iterable[ExportItem], known: KnownMatcher | None = None, earlier: EarlierLookup | None = None
) -> Tables:
    """The neutral tables for a set of current document results.

    Args:
        items: each document's latest result, with its superseded flag; read once, so a stream will do
            (only clean results are held, for grouping clients and choosing one row per plan).
        known: the `--known` CRM export's clients; a client it knows carries its CRM reference.
        earlier: where the document a duplicate repeats is now (the ledger's), for the reasons of exceptions.csv
            (without its time: rows hold no run times).

    Returns:
        Sorted rows for clients, plans, holdings and exceptions.
    """
    tables = Tables()
    clean: list[DocumentResult] = []
    for item in items:
        if item.result.status == "clean" and item.result.record is not None:
            clean.append(item.result)
        elif item.result.status != "clean" and not item.superseded:
            tables.exceptions.append(_exception_row(item.result, earlier))
    people = [(r.record, doc_id(r)) for r in clean if r.record and r.record.client_name]
    client_of: dict[int, dict[str, str | None]] = {}
    for group in _group_clients(people):
        row = _client_row(group, known)
        tables.clients.append(row)
        for record, _ in group:
            client_of[id(record)] = row
    # One plan, one row: a valued document beats an LoA; then the latest valuation; then the document id,
    # so the choice never depends on the order results arrive in.
    chosen: dict[str, tuple[tuple[int, str, str], DocumentResult, str]] = {}
    for result in clean:
        record = result.record
        assert record is not None
        policies = (
            [record.policy_number] if result.doc_type in PLAN_DOC_TYPES else list(record.policy_numbers)
        )
        for policy in filter(None, policies):
            ref = plan_ref(record.provider, policy)
            rank = (int(result.doc_type in PLAN_DOC_TYPES), record.valuation_date or "", doc_id(result))
            if ref not in chosen or rank > chosen[ref][0]:
                chosen[ref] = (rank, result, policy)
    for ref, (_, result, policy) in chosen.items():
        _plan_rows(tables, ref, result, policy, client_of.get(id(result.record)))
    tables.clients.sort(
        key=lambda r: (r["last_name"] or "", r["first_name"] or "", r["client_ref"] or "", r["source_doc_id"] or "")
    )
    tables.plans.sort(key=_stable_key)
    tables.holdings.sort(key=lambda r: (*_stable_key(r), int(r.pop("_pos") or 0)))  # type: ignore[arg-type]
    for row in tables.holdings:
        row.pop("_provider", None)
    tables.exceptions.sort(key=lambda r: (*_stable_key(r), r["path"] or ""))
    for row in tables.exceptions:
        row.pop("_valuation", None)
    return tables


def _stable_key(row: dict[str, str | None]) -> tuple[str, ...]:
    """Provider, policy number, valuation date, then the content hash (spec/record.md "More decisions")."""
    provider = row.get("provider_name", row.get("_provider"))
    valuation = row.get("valuation_date", row.get("_valuation"))
    fields = (provider, row.get("policy_number"), valuation, row.get("source_doc_id"))
    return tuple(value or "" for value in fields)


def _plan_rows(
    tables: Tables, ref: str, result: DocumentResult, policy: str, client: dict[str, str | None] | None
) -> None:
    record = result.record
    assert record is not None
    valued = result.doc_type in PLAN_DOC_TYPES
    money = valued and any((record.plan_value, record.transfer_value, record.regular_contribution))
    tables.plans.append(
        {
            "plan_ref": ref,
            "client_ref": client["client_ref"] if client else None,
            "crm_client_id": client["crm_client_id"] if client else None,
            "provider_name": record.provider,
            "policy_number": policy,
            "plan_type": record.plan_type if valued else None,
            "product_name": product_name(result) if valued else None,
            "status": None,
            "start_date": None,
            "valuation_date": record.valuation_date if valued else None,
            "valuation_amount": record.plan_value if valued else None,
            "transfer_value": record.transfer_value if valued else None,
            "currency": "GBP" if money else None,
            "regular_contribution": record.regular_contribution if valued else None,
            "contribution_frequency": record.contribution_frequency if valued else None,
            "source_doc_id": doc_id(result),
            "source_page": _page(result, "policy_number", "policy_numbers", "plan_value"),
        }
    )
    if not valued:
        return
    seen: set[str] = set()
    for pos, holding in enumerate(record.holdings):
        key = (holding.isin or "").upper() or (holding.fund_name or "").casefold()
        if key in seen:  # one row per (plan, instrument): a fund printed twice is the same holding
            continue
        seen.add(key)
        tables.holdings.append(
            {
                "plan_ref": ref,
                "policy_number": policy,
                "fund_name": holding.fund_name,
                "isin": holding.isin,
                "sedol": None,
                "citicode": None,
                "units": holding.units,
                "unit_price": holding.unit_price,
                # as the document marks it; a result written before holdings carried it, by its arithmetic
                "price_currency": holding.price_currency
                or price_currency(holding.units, holding.unit_price, holding.value),
                "value": holding.value,
                "value_currency": "GBP" if holding.value else None,
                "valuation_date": record.valuation_date,
                "source_doc_id": doc_id(result),
                "source_page": _page(result, "holdings", "plan_value"),
                "_pos": str(pos),
                "_provider": record.provider,
            }
        )


def _exception_row(result: DocumentResult, earlier: EarlierLookup | None = None) -> dict[str, str | None]:
    record = result.record
    severities = [i.severity for i in result.issues]
    policy = None
    if record is not None:
        policy = record.policy_number or (", ".join(record.policy_numbers) or None)
    return {
        "source_doc_id": doc_id(result),
        "path": result.source.path,
        "doc_type": result.doc_type,
        "status": result.status,
        "provider_name": record.provider if record else None,
        "policy_number": policy,
        "client_name": record.client_name if record else None,
        "errors": str(severities.count("error")),
        "warnings": str(severities.count("warning")),
        "reasons": " | ".join(reasons(result, earlier)),
        "_valuation": record.valuation_date if record else None,  # a sort key only
    }
