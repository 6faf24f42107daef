"""Invented people, places, plan numbers and fund codes for heldout22 (valid in form, fictional in fact)."""

# ruff: noqa: D103
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

FEMALE = [
    "Aurelia",
    "Bronwen",
    "Clemency",
    "Dorcas",
    "Elspeth",
    "Florence",
    "Georgina",
    "Henrietta",
    "Isolde",
    "Juniper",
    "Kathleen",
    "Lavinia",
    "Marigold",
    "Niamh",
    "Olwen",
    "Perpetua",
    "Rowena",
    "Seren",
    "Thomasina",
    "Verity",
]
MALE = [
    "Ambrose",
    "Barnaby",
    "Cedric",
    "Dafydd",
    "Evander",
    "Fabian",
    "Gideon",
    "Hamish",
    "Ignatius",
    "Jolyon",
    "Kit",
    "Leopold",
    "Mungo",
    "Nathaniel",
    "Orrin",
    "Percival",
    "Ruaridh",
    "Septimus",
    "Torquil",
    "Wilfred",
]
SURNAMES = [
    "Abernethy",
    "Braithwaite",
    "Cruickshank",
    "Delahaye",
    "Entwistle",
    "Fothergill",
    "Grimshaw",
    "Hetherington",
    "Ingleby",
    "Jessop",
    "Kinnaird",
    "Loxley",
    "Molyneux",
    "Nettleship",
    "Ormerod",
    "Postlethwaite",
    "Ramsbottom",
    "Scattergood",
    "Thistlethwaite",
    "Upjohn",
    "Vosper",
    "Whitelock",
    "Yarwood",
    "Zouche",
]
STREETS = [
    "Cowslip Lane",
    "Drovers Way",
    "Pinfold Street",
    "Sandpiper Crescent",
    "Tithe Barn Road",
    "Wheelwright Close",
    "Bellfounder Row",
    "Coppice Avenue",
    "Ropewalk",
    "Hayloft Gardens",
    "Foxglove Terrace",
    "Mill Leat",
]
TOWNS = [
    ("Ripon", "HG4"),
    ("Sheffield", "S11"),
    ("Gloucester", "GL1"),
    ("Stockport", "SK4"),
    ("Perth", "PH2"),
    ("Swansea", "SA2"),
    ("Derby", "DE22"),
    ("Taunton", "TA1"),
    ("Ipswich", "IP4"),
    ("Durham", "DH1"),
    ("Salisbury", "SP2"),
    ("Hereford", "HR1"),
    ("Kendal", "LA9"),
    ("Lichfield", "WS13"),
    ("Penzance", "TR18"),
    ("Aberdeen", "AB15"),
    ("Worcester", "WR5"),
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
NOT_ISSUED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = [
    "Wharfedale Oak Financial Planning",
    "Pennine Ledger Wealth",
    "Castlegate & Fenwick Advisers",
    "Hollins Brook Planning",
    "Ashlar Court Wealth Management",
    "Greyfriars Row Financial",
    "Tideway Meadow Planning",
    "Brindle & Coyle Associates",
]
ADVISERS = [
    "Rebecca Holroyd",
    "Imran Choudry",
    "Fiona McAllister",
    "Gethin Pryce",
    "Hannah Oyelaran",
    "Tomasz Wierzbicki",
    "Louise Fairbairn",
    "Declan Mulvey",
]
SEDOL_CH = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def sedol(rng: random.Random) -> str:
    body = "".join(rng.choice(SEDOL_CH) for _ in range(6))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def with_luhn(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return with_luhn("GB00" + sedol(rng))
    return with_luhn(
        rng.choice(["IE00", "LU0", "LU1"]).ljust(4, "0")[:4] + "".join(rng.choice("0123456789") for _ in range(7))
    )


def ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in NOT_ISSUED:
            return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def ni_printed(rng: random.Random, code: str) -> str:
    if rng.random() < 0.5:
        return code
    return f"{code[:2]} {code[2:4]} {code[4:6]} {code[6:8]} {code[8]}"


def person(rng: random.Random, used: set, born=(1950, 1985)) -> dict:
    while True:
        female = rng.random() < 0.5
        pool = FEMALE if female else MALE
        first = rng.choice(pool)
        middle = rng.choice([m for m in pool if m != first]) if rng.random() < 0.4 else None
        surname = rng.choice(SURNAMES)
        name = " ".join(x for x in (first, middle, surname) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.08 else (rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr")
    start = date(born[0], 1, 1)
    dob = start + timedelta(days=rng.randrange(0, 365 * (born[1] - born[0])))
    town, outward = rng.choice(TOWNS)
    postcode = f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    street = f"{rng.randrange(1, 160)} {rng.choice(STREETS)}"
    lines = [street, town] if rng.random() < 0.6 else [f"Flat {rng.randrange(1, 12)}", street, town]
    return {
        "title": title,
        "first": first,
        "middle": middle,
        "surname": surname,
        "name": name,
        "dob": dob,
        "ni": ni(rng),
        "lines": lines,
        "postcode": postcode,
        "female": female,
    }


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def gbp(d: Decimal) -> str:
    return f"-£{-d:,.2f}" if d < 0 else f"£{d:,.2f}"


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def slash(d: date) -> str:
    return f"{d:%d/%m/%Y}"


FUNDS = {
    "pension": [
        "Managed Growth Pension",
        "Global Equity Index Pension",
        "Sterling Corporate Bond Pension",
        "Over 15 Year Gilt Pension",
        "Deposit Pension",
        "UK Smaller Companies Pension",
        "Diversified Assets Pension",
        "Pre-Retirement Pension",
        "Emerging Markets Pension",
        "Responsible Global Equity Pension",
        "Annuity Target Pension",
        "Cash Lump Sum Pension",
    ],
    "platform": [
        "Loweswater Global Index Acc",
        "Blencathra UK Equity Income Inc",
        "Skiddaw Strategic Bond Acc",
        "Thirlmere Sustainable Growth Acc",
        "Haweswater Japan Tracker Acc",
        "Ennerdale Short Gilt Inc",
        "Crummock Multi-Asset 60 Acc",
        "Buttermere US Equity Index Acc",
        "Derwent Emerging Markets Acc",
    ],
    "life": ["With-Profits Fund", "Unitised With-Profits Fund", "Managed Life Fund", "Property Life Fund"],
}


def fund_rows(rng: random.Random, names: list[str], pence: bool, isins: bool, big=(80000, 6000000)) -> list[dict]:
    out = []
    for name in names:
        units = Decimal(rng.randrange(*big)) / 1000
        if pence:
            price = Decimal(rng.randrange(6000, 85000)) / 100
            value = q2(units * price / 100)
            shown = f"{price:.2f}"
        else:
            price = Decimal(rng.randrange(6000, 55000)) / 10000
            value = q2(units * price)
            shown = f"{price:.4f}"
        out.append(
            {
                "fund_name": name,
                "isin": isin(rng) if isins else None,
                "units": f"{units:.3f}",
                "unit_price": shown,
                "value": f"{value:.2f}",
                "price_currency": "GBX" if pence else "GBP",
            }
        )
    return out
