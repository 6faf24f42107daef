"""Fictional people, places, identifiers and funds for heldout11 (nothing here is a real person or product)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

MEN = [
    "Graham",
    "Owen",
    "Declan",
    "Rupert",
    "Stuart",
    "Callum",
    "Neville",
    "Hamish",
    "Terence",
    "Ashok",
    "Wilfred",
    "Duncan",
    "Lionel",
    "Marcus",
    "Bernard",
    "Keiran",
    "Ivor",
    "Desmond",
]
WOMEN = [
    "Harriet",
    "Maureen",
    "Yvonne",
    "Philippa",
    "Rosalind",
    "Gwen",
    "Imogen",
    "Bethan",
    "Priya",
    "Lorna",
    "Hilary",
    "Celia",
    "Tamsin",
    "Fenella",
    "Moira",
    "Ingrid",
    "Judith",
    "Rowena",
]
MIDDLE_M = ["James", "Peter", "Edward", "John", "Thomas", "", ""]
MIDDLE_F = ["Anne", "Louise", "Mary", "Rose", "Claire", "", ""]
SURNAMES = [
    "Aldridge",
    "Pennock",
    "Rowbotham",
    "Fairclough",
    "Mcintyre",
    "Hargreave",
    "Thistlewood",
    "Okonjo",
    "Blamire",
    "Carrick",
    "Dunmore",
    "Ellwood",
    "Gatenby",
    "Haddow",
    "Iveson",
    "Jessop",
    "Kershaw",
    "Lumsden",
    "Merriman",
    "Nuttall",
    "Oldroyd",
    "Pickersgill",
    "Quarmby",
    "Rushworth",
    "Scargill",
    "Tolland",
    "Varley",
    "Whitelock",
    "Yeadon",
    "Brockbank",
    "Catterall",
    "Dewhirst",
]
STREETS = [
    "Larch Grove",
    "Mill Race Lane",
    "Tanner's Row",
    "Holly Bank",
    "Station Approach",
    "Beckside Close",
    "Quarry Hill Road",
    "Orchard Way",
    "Priory Walk",
    "Ferncliffe Drive",
    "Hawthorn Rise",
    "Cobble Wynd",
    "Kingfisher Court",
    "Moorview Terrace",
    "Chapel Fold",
    "Willow Garth",
]
TOWNS = [
    ("Harrogate", "HG2"),
    ("Lancaster", "LA1"),
    ("Shrewsbury", "SY3"),
    ("Taunton", "TA1"),
    ("Perth", "PH2"),
    ("Carlisle", "CA3"),
    ("Hereford", "HR4"),
    ("Truro", "TR1"),
    ("Bangor", "LL57"),
    ("Durham", "DH1"),
    ("Salisbury", "SP2"),
    ("Stirling", "FK8"),
    ("Ipswich", "IP4"),
    ("Lincoln", "LN6"),
    ("Bath", "BA2"),
    ("Leeds", "LS17"),
    ("Glasgow", "G12"),
    ("Manchester", "M20"),
    ("Bristol", "BS9"),
    ("Cardiff", "CF23"),
]
LOCALITIES = ["", "", "Upper Moor", "Westfield", "Kirkby End", "Nether Green", ""]
FIRMS = [
    "Calder Vale Wealth Ltd",
    "Ribblesdale Financial Planning",
    "Moorgate & Penn Advisers LLP",
    "Eastbrook Retirement Planning Ltd",
    "Harbour Lane Financial",
    "Greywell Chartered Planners",
    "Tarn House Wealth Management",
    "Kestrel Bridge Financial Ltd",
    "Oakhollow Independent Advisers",
]
FUND_HOUSES = [
    "Ashcombe",
    "Brightwater",
    "Corrie",
    "Dunlin",
    "Elmstead",
    "Fellgate",
    "Glenmoor",
    "Holmfirth",
    "Ingleby",
    "Juniper Row",
    "Kinder",
    "Loxley",
]
FUND_KINDS = [
    "UK Equity Income",
    "Global Growth",
    "Strategic Bond",
    "Sterling Corporate Bond",
    "Asia Pacific ex Japan",
    "Cautious Managed",
    "Balanced Managed",
    "Property",
    "North American",
    "European Select",
    "Index-Linked Gilt",
    "Emerging Markets",
    "Money Market",
    "Multi-Asset 60",
    "Smaller Companies",
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ0123456789"


def money(value: Decimal) -> str:
    """Money as the truth holds it: two places, no symbol or commas."""
    return f"{value:.2f}"


def shown(value: Decimal) -> str:
    """Money as a page prints it, with thousands separators."""
    return f"{value:,.2f}"


def q2(value: Decimal) -> Decimal:
    """Round half up to pence."""
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def person(rng: random.Random) -> dict:
    """A fictional client: title agrees with the first name."""
    male = rng.random() < 0.5
    first = rng.choice(MEN if male else WOMEN)
    middle = rng.choice(MIDDLE_M if male else MIDDLE_F)
    title = "Dr" if rng.random() < 0.08 else ("Mr" if male else rng.choice(["Mrs", "Ms", "Miss", "Mrs"]))
    surname = rng.choice(SURNAMES)
    name = " ".join(p for p in (first, middle, surname) if p)
    dob = dt.date(rng.randint(1952, 1992), rng.randint(1, 12), rng.randint(1, 28))
    town, outward = rng.choice(TOWNS)
    lines = [f"{rng.randint(1, 148)} {rng.choice(STREETS)}"]
    loc = rng.choice(LOCALITIES)
    if loc:
        lines.append(loc)
    lines.append(town)
    postcode = f"{outward} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    return {
        "title": title,
        "first": first,
        "surname": surname,
        "name": name,
        "dob": dob,
        "ni": ni_number(rng),
        "lines": lines,
        "postcode": postcode,
    }


def ni_number(rng: random.Random) -> str:
    """A National Insurance number valid in form (never QQ or an unallocated prefix)."""
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def spaced_ni(ni: str) -> str:
    """An NI number printed in pairs."""
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"


def sedol(rng: random.Random) -> str:
    """A seven-character SEDOL with its check digit (no vowels)."""
    body = "B" + "".join(rng.choice(CONSONANTS) for _ in range(5))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    """The ISIN check digit of an 11-character body (letters to numbers, then Luhn)."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def isin_for(rng: random.Random, sedol_code: str | None = None) -> str:
    """An ISIN: GB00 + SEDOL when given, else an Irish or Luxembourg one."""
    if sedol_code:
        body = "GB00" + sedol_code
    else:
        body = rng.choice(["IE00", "LU0"]) + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(8))
        body = body[:11]
    return body + isin_check(body)


def fund_name(rng: random.Random, used: set) -> str:
    """A fictional fund name, unique within a document."""
    while True:
        name = f"{rng.choice(FUND_HOUSES)} {rng.choice(FUND_KINDS)} {rng.choice(['Fund', 'Pension Fund', 'Fund'])}"
        name += rng.choice([" Acc", " Inc", " Class A Acc", " S4", ""])
        if name not in used:
            used.add(name)
            return name


def holdings(
    rng: random.Random, count: int, pence: bool | None = None, with_isin: bool = True, with_sedol: bool = False
) -> list[dict]:
    """Fund rows whose values are units at price (pence in pounds); `pence` None picks per row."""
    used: set = set()
    rows = []
    for _ in range(count):
        in_pence = rng.random() < 0.3 if pence is None else pence
        units = Decimal(rng.randint(200_000, 9_000_000)) / 1000
        if in_pence:
            price = Decimal(rng.randint(5_000, 60_000)) / 100
            value = q2(units * price / 100)
        else:
            price = Decimal(rng.randint(5_000, 60_000)) / 10000
            value = q2(units * price)
        code = sedol(rng) if with_sedol else None
        rows.append(
            {
                "fund_name": fund_name(rng, used),
                "sedol": code,
                "isin": isin_for(rng, code if code and rng.random() < 0.8 else None) if with_isin else None,
                "units": f"{units:.3f}",
                "unit_price": f"{price:.2f}" if in_pence else f"{price:.4f}",
                "value": value,
                "currency": "GBX" if in_pence else "GBP",
            }
        )
    return rows


def truth_holdings(rows: list[dict]) -> list[dict]:
    """Holdings in the contract's shape."""
    return [
        {
            "fund_name": r["fund_name"],
            "isin": r["isin"],
            "units": r["units"],
            "unit_price": r["unit_price"],
            "value": money(r["value"]),
            "price_currency": r["currency"],
        }
        for r in rows
    ]


def long_date(d: dt.date) -> str:
    """'4 March 2026'."""
    return f"{d.day} {d.strftime('%B %Y')}"


def ordinal_date(d: dt.date) -> str:
    """'4th March 2026'."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def slash_date(d: dt.date) -> str:
    """'04/03/2026'."""
    return d.strftime("%d/%m/%Y")


def any_date(rng: random.Random, d: dt.date) -> str:
    """One of the printed date forms."""
    return rng.choice([long_date, ordinal_date, slash_date, lambda x: x.strftime("%d %b %Y")])(d)
