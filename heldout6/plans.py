"""One plan's facts for heldout6 (provider, product, values, funds, dates), shared by replies and statements."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from world import Fund, Person, funds, person, policy_number, q2

PROVIDERS = {
    "personal_pension": ["Aviva", "Royal London", "Aegon", "Scottish Widows", "Standard Life", "Legal & General",
                         "Phoenix Life", "ReAssure", "Zurich", "LV=", "Canada Life", "Utmost Life and Pensions",
                         "Wesleyan", "PensionBee"],
    "sipp": ["AJ Bell", "Hargreaves Lansdown", "interactive investor", "Fidelity", "Vanguard", "Curtis Banks",
             "Transact", "Nucleus", "Wealthtime", "Parmenion", "Novia", "abrdn Wrap", "7IM", "Fundment", "Embark"],
    "stakeholder_pension": ["Scottish Widows", "Aviva", "Standard Life", "Legal & General", "Royal London"],
    "workplace_pension": ["Nest", "The People's Pension", "Smart Pension", "NOW: Pensions", "Aviva",
                          "Scottish Widows", "Legal & General"],
    "isa": ["AJ Bell", "Hargreaves Lansdown", "interactive investor", "Fidelity", "Vanguard", "Transact", "Nucleus",
            "Parmenion", "True Potential", "Scottish Friendly", "OneFamily", "St. James's Place", "M&G Wealth"],
    "gia": ["AJ Bell", "Hargreaves Lansdown", "interactive investor", "Fidelity", "Transact", "Wealthtime", "Novia",
            "7IM", "Quilter", "abrdn Wrap"],
    "onshore_bond": ["Aviva", "Royal London", "Canada Life", "Quilter", "Zurich", "Utmost Life and Pensions", "LV=",
                     "OneFamily"],
    "offshore_bond": ["Utmost Wealth Solutions", "Canada Life", "Quilter"],
    "with_profits": ["Prudential", "Wesleyan", "LV=", "Royal London"],
}
PRODUCTS = {
    "personal_pension": ["Personal Pension Plan", "Retirement Account (personal pension)", "Flexible Pension Plan"],
    "sipp": ["Self-Invested Personal Pension", "SIPP", "Pension Account (SIPP)"],
    "stakeholder_pension": ["Stakeholder Pension", "Stakeholder Personal Pension Plan"],
    "workplace_pension": ["Group Personal Pension", "Workplace Pension (master trust)", "Workplace Savings Pension"],
    "isa": ["Stocks and Shares ISA", "Investment ISA", "Stocks & Shares ISA"],
    "gia": ["General Investment Account", "Investment Account (GIA)", "Dealing Account"],
    "onshore_bond": ["Investment Bond", "Portfolio Investment Bond", "Flexible Investment Bond"],
    "offshore_bond": ["International Portfolio Bond", "Offshore Investment Bond", "International Wealth Bond"],
    "with_profits": ["With-Profits Bond", "Prudence Bond (with-profits)", "With Profits Investment Bond"],
}
POLICY_STYLE = {"personal_pension": ["pp", "hyph", "num", "spaced"], "sipp": ["sipp", "acct", "num"],
                "stakeholder_pension": ["pp", "hyph"], "workplace_pension": ["num", "acct", "spaced"],
                "isa": ["isa", "acct", "spaced"], "gia": ["acct", "num"], "onshore_bond": ["bond", "hyph"],
                "offshore_bond": ["bond"], "with_profits": ["bond", "hyph"]}
PENSIONS = ("personal_pension", "sipp", "stakeholder_pension", "workplace_pension")
CHARGES = ["0.35", "0.45", "0.62", "0.75", "0.85", "0.95", "1.15", "0.28", "0.42", "0.55"]


@dataclass
class Plan:
    kind: str  # plan_type, or with_profits (an onshore bond)
    plan_type: str
    provider: str
    product: str
    pol: tuple[str, str]
    who: Person
    funds: list[Fund]
    value: Decimal
    transfer: Decimal | None
    contrib: tuple[Decimal, str] | None
    charge: str | None
    valued: dt.date
    period_start: dt.date
    started: dt.date
    previous: Decimal
    pence: bool


def make(rng: random.Random, kind: str, nfunds: int, used: set[str], statement: bool) -> Plan:
    plan_type = "onshore_bond" if kind == "with_profits" else kind
    provider = rng.choice(PROVIDERS[kind])
    who = person(rng)
    pension = kind in PENSIONS and kind != "sipp"
    pence = kind in ("sipp", "isa", "gia", "offshore_bond") and rng.random() < 0.5
    size = rng.choice([8_000, 25_000, 60_000, 140_000, 310_000])
    if kind == "with_profits":
        fs = funds(rng, 1, size, False, False, used)
        fs[0].name = rng.choice(["With-Profits Fund", "With Profits Fund (Series 2)", "Smoothed Growth Fund"])
        fs[0].isin = None
        fs[0].sector = "With-Profits"
        if nfunds > 1:
            fs += funds(rng, nfunds - 1, size / 3, False, False, used)
    else:
        fs = funds(rng, nfunds, size, pence, pension, used)
    value = sum((x.value for x in fs), Decimal(0))
    if statement:
        if kind in ("isa", "gia") or (kind == "sipp" and rng.random() < 0.5):
            m = rng.choice([3, 6, 9])
            valued, period_start = dt.date(2026, m, {3: 31, 6: 30, 9: 30}[m]), dt.date(2026, m - 2, 1)
        elif kind in PENSIONS and rng.random() < 0.5:
            valued, period_start = dt.date(2026, 4, 5), dt.date(2025, 4, 6)
        else:
            valued = dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))
            period_start = dt.date(valued.year - 1, valued.month, valued.day) + dt.timedelta(days=1)
    else:
        valued = dt.date(2026, rng.randint(5, 10), rng.randint(1, 28))
        period_start = valued
    transfer = None
    if kind in PENSIONS and rng.random() < 0.6:
        transfer = value if rng.random() < 0.6 else q2(value * Decimal("0.97"))
    elif plan_type in ("onshore_bond", "offshore_bond"):
        transfer = q2(value * Decimal(str(rng.choice([1, 0.98, 0.95, 0.93]))))
    contrib = None
    if kind == "workplace_pension" or (kind in PENSIONS and rng.random() < 0.6):
        contrib = (Decimal(rng.choice([75, 120, 150, 240, 312.5, 400, 650])).quantize(Decimal("0.01")),
                   rng.choice(["monthly", "monthly", "monthly", "quarterly", "annually"])
                   if kind != "workplace_pension" else "monthly")
    elif kind == "isa" and rng.random() < 0.4:
        contrib = (Decimal(rng.choice([50, 100, 250, 500])).quantize(Decimal("0.01")), "monthly")
    charge = rng.choice(CHARGES) if rng.random() < 0.65 else None
    started = dt.date(rng.randint(1998, 2019), rng.randint(1, 12), rng.randint(1, 28))
    previous = q2(value * Decimal(str(round(rng.uniform(0.85, 1.05), 3))))
    pol = policy_number(rng, rng.choice(POLICY_STYLE[kind]))
    product = rng.choice(PRODUCTS[kind])
    return Plan(kind, plan_type, provider, product, pol, who, fs, value, transfer, contrib, charge, valued,
                period_start, started, previous, pence)


def truth(p: Plan, doc_type: str, holdings: list[dict], shown: dict) -> dict:
    """The record of what was printed; `shown` says which optional facts the layout printed."""
    rec = {
        "provider": p.provider,
        "policy_number": p.pol[1],
        "client_title": p.who.title if shown.get("title") else None,
        "client_name": shown.get("name", p.who.name),
        "client_dob": p.who.dob.isoformat() if shown.get("dob") else None,
        "ni_number": p.who.ni if shown.get("ni") else None,
        "client_address": ", ".join(p.who.lines) if shown.get("address") else None,
        "client_postcode": p.who.postcode if shown.get("address") else None,
        "plan_type": p.plan_type,
        "valuation_date": p.valued.isoformat(),
        "plan_value": f"{p.value:.2f}",
        "transfer_value": f"{p.transfer:.2f}" if p.transfer is not None and shown.get("transfer", True) else None,
        "regular_contribution": f"{p.contrib[0]:.2f}" if p.contrib else None,
        "contribution_frequency": p.contrib[1] if p.contrib else None,
        "annual_charge_percent": p.charge if shown.get("charge", True) else None,
        "holdings": holdings,
    }
    if doc_type == "annual_statement":
        rec["period_start"] = p.period_start.isoformat() if shown.get("period", True) else None
        order = ["provider", "policy_number", "client_title", "client_name", "client_dob", "ni_number",
                 "client_address", "client_postcode", "plan_type", "valuation_date", "period_start"]
        rec = {k: rec[k] for k in order} | {k: v for k, v in rec.items() if k not in order}
    return rec
