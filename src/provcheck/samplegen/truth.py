"""Ground truth first: a sample's record is drawn before anything is rendered.

`make_truth` draws a fictional client and plan for one provider and doc type and decides which
fields the document will print; a field it will not print is null (or `[]`) in the truth, because
the truth describes only what is on the page. The renderer prints every non-null field and nothing
that contradicts the truth.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from provcheck.models import Holding, Record
from provcheck.rules.registry import Provider, load_providers
from provcheck.samplegen import fmt, ids, people
from provcheck.samplegen.houses import fund_names, house_of

LAYOUTS: dict[str, tuple[str, ...]] = {
    "loa": ("loa-letter", "loa-form", "loa-twocol", "loa-boxed"),
    "loa_response": ("resp-letter", "resp-schedule", "resp-boxed", "resp-prose", "resp-twocol"),
    "annual_statement": ("stmt-labelleft", "stmt-labelabove", "stmt-boxed", "stmt-prose", "stmt-twocol"),
}
_BONDS = ("onshore_bond", "offshore_bond")
_EARLIEST = dt.date(2025, 1, 6)
_LATEST = dt.date(2026, 10, 30)


@dataclass
class Truth:
    """One sample's ground truth; `record` may be mutated (to inject a defect) before rendering."""

    doc_type: str
    record: Record
    layout: str
    seed: int
    scanned: bool = False
    provider_in_registry: bool = True

    def to_json(self) -> dict[str, Any]:
        """The NAME.truth.json object: the record trimmed to the doc type's fields, as spec'd."""
        return {
            "doc_type": self.doc_type,
            "record": self.record.for_type(self.doc_type),
            "scanned": self.scanned,
            "layout": self.layout,
            "provider_in_registry": self.provider_in_registry,
            "seed": self.seed,
        }


def make_truth(
    rng: random.Random, provider: Provider, doc_type: str, layout: str | None = None, seed: int = 0
) -> Truth:
    """Draw the truth of one document.

    Args:
        rng: the only source of randomness; the same state gives the same truth.
        provider: a registry provider (its canonical name becomes `record.provider`).
        doc_type: `loa`, `loa_response` or `annual_statement`.
        layout: a layout id from `LAYOUTS[doc_type]`; drawn from `rng` when None.
        seed: recorded in the truth so the renderer can derive its own style choices.

    Returns:
        The truth, with fields the document will not print set to null / [].

    Raises:
        ValueError: an unknown doc type or layout.
    """
    if doc_type not in LAYOUTS:
        raise ValueError(f"doc type {doc_type!r}: expected one of {', '.join(LAYOUTS)}")
    layout = layout or rng.choice(LAYOUTS[doc_type])
    if layout not in LAYOUTS[doc_type]:
        raise ValueError(f"layout {layout!r}: expected one of {', '.join(LAYOUTS[doc_type])}")
    client = people.client(rng)
    rec = Record(provider=provider.name, client_name=client.name)
    loa = doc_type == "loa"
    # How often a document prints each optional client field (what real forms and letters tend to show).
    p_title, p_dob, p_ni, p_addr = {
        "loa": (0.85, 0.95, 0.9, 1.0),
        "loa_response": (0.8, 0.85, 0.55, 0.7),
        "annual_statement": (0.85, 0.45, 0.35, 0.95),
    }[doc_type]
    if rng.random() < p_title:
        rec.client_title = client.title
    if rng.random() < p_dob:
        rec.client_dob = client.dob.isoformat()
    if rng.random() < p_ni:
        rec.ni_number = client.ni_number
    if rng.random() < p_addr:
        rec.client_address = ", ".join(client.address_lines)
        rec.client_postcode = client.postcode
    if loa:
        _loa_fields(rng, provider, rec)
    else:
        _plan_fields(rng, provider, rec, doc_type)
    known = any(p.name == provider.name for p in load_providers())
    return Truth(doc_type=doc_type, record=rec, layout=layout, seed=seed, provider_in_registry=known)


def _loa_fields(rng: random.Random, provider: Provider, rec: Record) -> None:
    pattern = provider.policy_pattern or r"^[A-Z]{2}\d{8}$"
    rec.policy_numbers = [ids.from_pattern(rng, pattern) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
    firm = people.firm(rng)
    rec.adviser_firm = firm.name
    rec.fca_frn = firm.frn
    if rng.random() < 0.85:
        rec.adviser_name = firm.adviser
    rec.date_signed = _date_between(rng, _EARLIEST, _LATEST).isoformat()
    rec.signature_present = rng.random() < 0.85


def _plan_fields(rng: random.Random, provider: Provider, rec: Record, doc_type: str) -> None:
    house = house_of(provider)
    rec.policy_number = ids.from_pattern(rng, provider.policy_pattern or r"^[A-Z]{2}\d{8}$")
    rec.plan_type = rng.choice(house.plan_types)
    if doc_type == "annual_statement":
        end = _date_between(rng, _EARLIEST, dt.date(2026, 9, 30))
        if rng.random() < 0.4:  # many pension and ISA statements run to the tax year end
            end = dt.date(rng.choice((2025, 2026)), 4, 5)
        quarterly = house.fund_houses and rng.random() < 0.25
        start = _months_before(end, 3 if quarterly else 12) + dt.timedelta(days=1)
        rec.valuation_date, rec.period_start = end.isoformat(), start.isoformat()
    else:
        rec.valuation_date = _date_between(rng, _EARLIEST, _LATEST).isoformat()

    rec.holdings = _holdings(rng, provider, house)
    total = sum(Decimal(h.value or "0") for h in rec.holdings)
    rec.plan_value = f"{total:.2f}"
    p_transfer = 0.8 if doc_type == "loa_response" else 0.65
    if rng.random() < p_transfer:
        # A transfer value below the pot signals an exit charge (spec/domain.md); keep it sometimes.
        factor = Decimal(1) if rng.random() < 0.6 else Decimal(rng.randint(900, 995)) / 1000
        rec.transfer_value = f"{fmt.round_money(total * factor):.2f}"
    if rng.random() < 0.6:
        if rec.plan_type in _BONDS:
            rec.contribution_frequency = "single"
            rec.regular_contribution = f"{rng.randint(20, 250) * 500}.00"
        else:
            rec.contribution_frequency = rng.choice(("monthly",) * 6 + ("quarterly", "annually"))
            scale = {"monthly": 1, "quarterly": 3, "annually": 12}[rec.contribution_frequency]
            rec.regular_contribution = f"{rng.randint(25, 800) * scale}.{rng.choice(('00', '00', '50'))}"
    if rng.random() < 0.65:
        rec.annual_charge_percent = f"{Decimal(rng.randint(15, 150)) / 100:.2f}"


def _holdings(rng: random.Random, provider: Provider, house) -> list[Holding]:
    lo, hi = house.holdings
    count = rng.randint(lo, hi)
    with_isin = rng.random() < 0.6
    out = []
    for name in fund_names(rng, provider, house, count):
        # Insurers' own unitised funds price near 0.5-6 pounds; platform funds range more widely.
        low, high = (5000, 60000) if not house.fund_houses else (5000, 3500000)
        price = Decimal(rng.randint(low, high)) / 10000
        price = price.quantize(Decimal(1).scaleb(-house.price_dp))
        if price <= 0:
            price = Decimal(1).scaleb(-house.price_dp)
        target = Decimal(rng.randint(50000, 9000000)) / 100
        units = (target / price).quantize(Decimal(1).scaleb(-house.units_dp))
        value = fmt.round_money(units * price)
        out.append(
            Holding(
                fund_name=name,
                isin=ids.isin_for_fund(name) if with_isin else None,
                units=str(units),
                unit_price=str(price),
                value=f"{value:.2f}",
            )
        )
    return out


def _date_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def _months_before(d: dt.date, months: int) -> dt.date:
    month = d.month - months
    year = d.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    day = d.day
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1
