"""Fictional people, places, firms and identifiers for heldout20 (valid in form, invented in fact)."""

# ruff: noqa: D103  (small helpers named for what they make)
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

MEN = "Ambrose Barnaby Cedric Dominic Edmund Frederick Gideon Hamish Ignatius Jolyon Leopold Magnus Nathaniel Orlando Percival Quentin Rupert Sebastian Thaddeus Vaughan".split()
WOMEN = "Araminta Beatrix Clementine Dorothea Esme Flora Georgina Honoria Isadora Juliet Leonora Marigold Octavia Perdita Rowena Seraphina Theodora Ursula Verity Wilhelmina".split()
SURNAMES = [
    "Abernethy", "Bellingham", "Cartwright-Hale", "Drysdale", "Enderby", "Fotheringham", "Gorringe", "Haverstock",
    "Ingleby", "Jarrold", "Kilbride", "Lockwood", "Merriweather", "Netherton", "Ormerod", "Pettigrew", "Raikes",
    "Stallybrass", "Thistlewood", "Umfreville", "Varley", "Whitelaw", "Yelland", "Ashburner",
]
STREETS = [
    "Sandpiper Lane", "Cloister Road", "Hawthorn Terrace", "Ropewalk", "Bramble Crescent", "Foundry Street",
    "Priory Gardens", "Heron View", "Windmill Hill", "Coachmans Way", "Mulberry Row", "Glebe Avenue",
]
TOWNS = [
    ("Whitby", "YO21"), ("Ludlow", "SY8"), ("Kendal", "LA9"), ("Stirling", "FK8"), ("Aberystwyth", "SY23"),
    ("Canterbury", "CT1"), ("Salisbury", "SP1"), ("Durham", "DH1"), ("Dorchester", "DT1"), ("Lincoln", "LN2"),
    ("Perth", "PH2"), ("Swansea", "SA2"), ("Cheltenham", "GL50"), ("Hexham", "NE46"), ("Worcester", "WR1"),
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = [
    "Brackenfield Financial Planning", "Greystone Quay Wealth", "Millbeck & Orme Advisers", "Tarnside Private Wealth",
    "Hollin Bridge Planning", "Ashgrove Lane Financial", "Kirkstall Abbey Wealth Partners", "Swaledale Planning Ltd",
]
ADVISERS = [
    "Rachel Osgood", "Daniel Prentice", "Helena Marsh", "Owen Catterall", "Priya Lakhani", "Simon Threlfall",
    "Grace Oyelaran", "Martin Heseltine", "Fiona McAllister", "Tom Brierley",
]
SEDOL_CH = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def sedol(rng: random.Random) -> str:
    body = "".join(rng.choice(SEDOL_CH) for _ in range(6))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def luhn_isin(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return luhn_isin("GB00" + sedol(rng))
    return luhn_isin(rng.choice(["IE00", "LU0", "LU1"]).ljust(4, "0")[:4] + "".join(rng.choice(SEDOL_CH) for _ in range(7)))


def ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in BAD:
            return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def ni_spaced(n: str) -> str:
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def person(rng: random.Random, used: set) -> dict:
    while True:
        female = rng.random() < 0.5
        first = rng.choice(WOMEN if female else MEN)
        sur = rng.choice(SURNAMES)
        mid = rng.choice([m for m in (WOMEN if female else MEN) if m != first]) if rng.random() < 0.4 else None
        name = " ".join(x for x in (first, mid, sur) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.08 else (rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr")
    dob = date(1946, 1, 1) + timedelta(days=rng.randrange(0, 365 * 40))
    town, outward = rng.choice(TOWNS)
    pc = f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    lines = [f"{rng.randrange(1, 160)} {rng.choice(STREETS)}", town]
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(["Flat 2", "The Old Forge", "Rose Cottage", "Flat 14", "Ivy House"]))
    return {"title": title, "first": first, "middle": mid, "surname": sur, "name": name, "dob": dob,
            "ni": ni(rng), "lines": lines, "postcode": pc}


def money(d: Decimal) -> str:
    return f"{d:,.2f}"


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def in_year(rng: random.Random, start=date(2026, 1, 5), days=280) -> date:
    return start + timedelta(days=rng.randrange(days))


FUNDS = {
    "pension": ["Managed Growth Pension", "UK Index Tracker Pension", "Global Bond Pension", "Diversified Growth Pension",
                "Overseas Equity Pension", "Pre-Retirement Gilt Pension", "Deposit Pension", "Sustainable Future Pension",
                "Emerging Markets Pension", "Annuity Target Pension"],
    "bond": ["Distribution Bond Fund", "Balanced Portfolio Life", "Property Life", "Strategic Income Life",
             "Global Equity Life", "Money Market Life"],
    "platform": ["Helvellyn UK Equity Income Acc", "Skiddaw Global Technology Acc", "Blencathra Strategic Bond Inc",
                 "Catbells Japan Growth Acc", "Scafell Sterling Corporate Bond Inc", "Pillar All-World Index Acc",
                 "Haystacks Multi-Asset Balanced Acc", "Grisedale European Income Inc", "Coniston Smaller Companies Acc"],
}


def holdings(rng: random.Random, kind: str, n: int, pence: bool = False, isins: bool = True, names=None) -> list[dict]:
    names = names or rng.sample(FUNDS[kind], n)
    out = []
    for name in names:
        units = Decimal(rng.randrange(120000, 8000000)) / 1000
        if pence:
            price = Decimal(rng.randrange(6000, 95000)) / 100
            value = q2(units * price / 100)
        else:
            price = Decimal(rng.randrange(6000, 55000)) / 10000
            value = q2(units * price)
        out.append({"fund_name": name, "isin": isin(rng) if isins else None, "units": f"{units:.3f}",
                    "unit_price": f"{price:.2f}" if pence else f"{price:.4f}", "value": f"{value:.2f}",
                    "price_currency": "GBX" if pence else "GBP"})
    return out


def total(hold: list[dict]) -> Decimal:
    return sum((Decimal(h["value"]) for h in hold), Decimal("0"))
