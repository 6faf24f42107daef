"""Fictional people, places and identifiers for heldout16 (valid in form, invented in fact)."""

# ruff: noqa: D102, D103  (small drawing helpers and layouts, named for what they draw)
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

MEN = [
    "Alistair",
    "Bernard",
    "Callum",
    "Desmond",
    "Euan",
    "Fergus",
    "Gareth",
    "Huw",
    "Ivor",
    "Jasper",
    "Kenneth",
    "Lionel",
    "Malcolm",
    "Neville",
    "Oswald",
    "Piers",
    "Rhodri",
    "Stanley",
    "Tobias",
    "Warren",
]
WOMEN = [
    "Agnes",
    "Bethan",
    "Cerys",
    "Delyth",
    "Eleanor",
    "Fenella",
    "Gwendolen",
    "Harriet",
    "Imogen",
    "Judith",
    "Kirsty",
    "Lorna",
    "Maureen",
    "Nerys",
    "Ottilie",
    "Philippa",
    "Rosalind",
    "Sian",
    "Tamsin",
    "Winifred",
]
SURNAMES = [
    "Ashdown",
    "Blethyn",
    "Carrodus",
    "Dunmore",
    "Elphick",
    "Farquhar",
    "Gilchrist",
    "Hollingworth",
    "Inchbald",
    "Jellicoe",
    "Kettlewell",
    "Lomax",
    "Macready",
    "Northcott",
    "Oldroyd",
    "Pendlebury",
    "Quennell",
    "Rushworth",
    "Sowerby",
    "Treharne",
    "Urquhart",
    "Venables",
    "Wintringham",
    "Yeoward",
]
STREETS = [
    "Larkspur Close",
    "Ferngate Road",
    "Quarry Bank",
    "Tanner's Lane",
    "Alder Grove",
    "Millrace Way",
    "Harebell Drive",
    "Chantry Walk",
    "Beacon Rise",
    "Orchard Mews",
    "Kestrel Court",
    "Weir Street",
]
TOWNS = [
    ("Harrogate", "HG2"),
    ("Leeds", "LS6"),
    ("Bristol", "BS8"),
    ("Manchester", "M20"),
    ("Edinburgh", "EH10"),
    ("Cardiff", "CF23"),
    ("Nottingham", "NG7"),
    ("Exeter", "EX4"),
    ("Norwich", "NR2"),
    ("York", "YO31"),
    ("Bath", "BA2"),
    ("Shrewsbury", "SY3"),
    ("Lancaster", "LA1"),
    ("Chester", "CH2"),
    ("Truro", "TR1"),
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = [
    "Thornbury Lane Wealth",
    "Kilnsey Financial Planning",
    "Ravensworth & Hale Advisers",
    "Blackthorn Ridge Planning",
    "Cottingley Private Clients",
    "Marlow Bridge Financial",
    "Ouseburn Wealth Partners",
    "Saltaire Planning Co.",
]
SEDOL_CH = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def sedol(rng: random.Random) -> str:
    body = "".join(rng.choice(SEDOL_CH) for _ in range(6))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return isin_check("GB00" + sedol(rng))
    country = rng.choice(["IE", "LU"])
    return isin_check(country + "00" + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(7)))


def ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in BAD:
            return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def person(rng: random.Random, used: set) -> dict:
    while True:
        female = rng.random() < 0.5
        first = rng.choice(WOMEN if female else MEN)
        sur = rng.choice(SURNAMES)
        mid = rng.choice([m for m in (WOMEN if female else MEN) if m != first]) if rng.random() < 0.35 else None
        name = " ".join(x for x in (first, mid, sur) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.1 else (rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr")
    dob = date(1948, 1, 1) + timedelta(days=rng.randrange(0, 365 * 38))
    town, outward = rng.choice(TOWNS)
    pc = f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    lines = [f"{rng.randrange(2, 140)} {rng.choice(STREETS)}", town]
    return {
        "title": title,
        "first": first,
        "middle": mid,
        "surname": sur,
        "name": name,
        "dob": dob,
        "ni": ni(rng),
        "lines": lines,
        "postcode": pc,
    }


def money(d: Decimal) -> str:
    return f"{d:,.2f}"


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


ORD = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
]


def words_date(d: date) -> str:
    return f"the {ORD[d.day - 1]} of {d:%B} {d.year}"


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


FUNDS = {
    "pension": [
        "Balanced Managed Pension",
        "Global Equity Tracker Pension",
        "UK Corporate Bond Pension",
        "Cautious Managed Pension",
        "Property Pension",
        "Cash Pension",
        "Pacific Basin Pension",
        "Ethical Growth Pension",
        "Index-Linked Gilt Pension",
        "Adventurous Lifestyle Pension",
    ],
    "life": [
        "With-Profits Fund",
        "Mixed Investment 20-60% Life",
        "Distribution Life",
        "UK Equity Life",
        "Secure Cash Life",
        "International Growth Life",
    ],
    "platform": [
        "Hartside UK Income Fund Acc",
        "Merebrook Global Smaller Companies Inc",
        "Lowther Strategic Bond Acc",
        "Calder Asia Pacific ex Japan Acc",
        "Rydal Sterling Short Dated Gilt Inc",
        "Keld World Equity Index Acc",
        "Sedbergh Multi-Asset Growth Acc",
        "Bowland European Select Inc",
    ],
}


def holdings(rng: random.Random, kind: str, n: int, pence: bool = False, isins: bool = True) -> list[dict]:
    names = rng.sample(FUNDS[kind], n)
    out = []
    for name in names:
        units = Decimal(rng.randrange(150000, 9000000)) / 1000
        if pence:
            price = Decimal(rng.randrange(5000, 90000)) / 100
            value = q2(units * price / 100)
        else:
            price = Decimal(rng.randrange(5000, 60000)) / 10000
            value = q2(units * price)
        out.append(
            {
                "fund_name": name,
                "isin": isin(rng) if isins else None,
                "units": f"{units:.3f}",
                "unit_price": f"{price:.2f}" if pence else f"{price:.4f}",
                "value": f"{value:.2f}",
                "price_currency": "GBX" if pence else "GBP",
            }
        )
    return out
