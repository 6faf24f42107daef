"""Invented people, addresses and codes for heldout21: valid in form, fictional in fact."""

# ruff: noqa: D103  (small generators, named for what they make)

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

HIS = [
    "Ambrose",
    "Barnaby",
    "Cedric",
    "Dominic",
    "Edmund",
    "Frederick",
    "Gideon",
    "Hamish",
    "Ignatius",
    "Jolyon",
    "Leopold",
    "Magnus",
    "Nathaniel",
    "Orlando",
    "Peregrine",
    "Quentin",
    "Rupert",
    "Sebastian",
    "Thaddeus",
    "Vaughan",
]
HERS = [
    "Araminta",
    "Beatrix",
    "Clementine",
    "Dorothea",
    "Esme",
    "Felicity",
    "Georgiana",
    "Henrietta",
    "Isadora",
    "Juliet",
    "Leonora",
    "Marguerite",
    "Noelle",
    "Octavia",
    "Persephone",
    "Rowena",
    "Seraphina",
    "Theodora",
    "Verity",
    "Wilhelmina",
]
FAMILY = [
    "Abernethy",
    "Bramwell",
    "Cattermole",
    "Drinkwater",
    "Entwistle",
    "Fothergill",
    "Greatorex",
    "Haworth",
    "Illingworth",
    "Jagger",
    "Kershaw",
    "Lightfoot",
    "Marchbank",
    "Nettleship",
    "Ormerod",
    "Pickersgill",
    "Ramsbottom",
    "Sutcliffe",
    "Thwaite",
    "Uttley",
    "Waddington",
    "Younghusband",
    "Ackroyd",
    "Birtwistle",
]
ROADS = [
    "Heathercroft",
    "Bilberry Lane",
    "Stonechat Way",
    "Wharfedale Road",
    "Mossgiel Avenue",
    "Copper Beech Close",
    "Fulling Mill Lane",
    "Sandpiper Crescent",
    "Tithe Barn Street",
    "Hawthorn Terrace",
    "Lime Kiln Road",
    "Nightingale Gardens",
    "Clover Hill",
    "Riverside Walk",
]
PLACES = [
    ("Skipton", "BD23"),
    ("Ilkley", "LS29"),
    ("Kendal", "LA9"),
    ("Durham", "DH1"),
    ("Hexham", "NE46"),
    ("Ludlow", "SY8"),
    ("Stroud", "GL5"),
    ("Frome", "BA11"),
    ("Totnes", "TQ9"),
    ("Whitby", "YO21"),
    ("Perth", "PH2"),
    ("Inverness", "IV2"),
    ("Aberystwyth", "SY23"),
    ("Brecon", "LD3"),
    ("Lincoln", "LN2"),
    ("Colchester", "CO3"),
    ("Guildford", "GU1"),
    ("Reading", "RG4"),
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
NO_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_sedol(rng: random.Random) -> str:
    body = "".join(rng.choice(SEDOL_CHARS) for _ in range(6))
    s = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - s % 10) % 10)


def luhn_isin(body: str) -> str:
    ds = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def make_isin(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return luhn_isin("GB00" + make_sedol(rng))
    return luhn_isin(
        rng.choice(["IE00", "LU0", "LU1"]).ljust(4, "0")[:4] + "".join(rng.choice(SEDOL_CHARS) for _ in range(7))
    )


def make_ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI_A) + rng.choice(NI_B)
        if p not in NO_PREFIX:
            return p + digits(rng, 6) + rng.choice("ABCD")


def ni_spaced(ni: str) -> str:
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"


def make_person(rng: random.Random, used: set) -> dict:
    while True:
        woman = rng.random() < 0.5
        pool = HERS if woman else HIS
        first = rng.choice(pool)
        middle = rng.choice([x for x in pool if x != first]) if rng.random() < 0.3 else None
        last = rng.choice(FAMILY)
        name = " ".join(x for x in (first, middle, last) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.08 else (rng.choice(["Mrs", "Ms", "Miss"]) if woman else "Mr")
    town, out = rng.choice(PLACES)
    house = rng.choice(
        [str(rng.randrange(1, 160)), f"Flat {rng.randrange(1, 12)}, {rng.choice(['Ashby', 'Linden', 'Marlowe'])} House"]
    )
    return {
        "title": title,
        "first": first,
        "middle": middle,
        "last": last,
        "name": name,
        "forenames": " ".join(x for x in (first, middle) if x),
        "dob": date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 36)),
        "ni": make_ni(rng),
        "lines": [f"{house} {rng.choice(ROADS)}" if house[0].isdigit() else f"{house}, {rng.choice(ROADS)}"][:1]
        + [town],
        "postcode": f"{out} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}",
    }


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def gbp(d: Decimal) -> str:
    return f"£{d:,.2f}"


def day_month_year(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


FIRMS = [
    "Greyfriars Lane Financial Planning",
    "Harewood Court Wealth",
    "Pennine Ridge Advisers",
    "Swaledale Private Wealth",
    "Calverley & Moss Planning",
    "Bramham Park Financial",
    "Wensley Fold Wealth LLP",
    "Otterburn Financial Partners",
]
ADVISERS = [
    "Graham Pettigrew",
    "Lucinda Haigh",
    "Owain Prothero",
    "Catriona Baird",
    "Simon Ackerley",
    "Nadia Ferrante",
    "Hugo Lethbridge",
    "Ruth Okonedo",
]
FIRM_TOWNS = [
    ("Harrogate", "HG1 2PW"),
    ("Leeds", "LS1 4DT"),
    ("York", "YO1 7HH"),
    ("Ripon", "HG4 1DB"),
    ("Otley", "LS21 3AQ"),
    ("Wetherby", "LS22 6NA"),
]

FUNDS = {
    "pension": [
        "Managed Growth Pension",
        "Global Equity Index Pension",
        "Sterling Corporate Bond Pension",
        "Diversified Assets Pension",
        "UK Smaller Companies Pension",
        "Deposit Pension",
        "Emerging Markets Equity Pension",
        "Responsible Global Equity Pension",
        "Long Gilt Pension",
    ],
    "workplace": [
        "Default Lifestyle Growth Phase",
        "Default Lifestyle Consolidation Phase",
        "Shariah Global Equity",
        "Ethical Global Equity",
        "Pre-Retirement Bond",
        "Money Market",
    ],
    "platform": [
        "Ashgill Global Income Acc",
        "Brantwood UK Equity Index Acc",
        "Coniston Strategic Bond Inc",
        "Dunnerdale Japan Growth Acc",
        "Eskdale Sterling Liquidity Acc",
        "Fellside Multi-Asset 60 Acc",
        "Grisedale US Equity Tracker Acc",
        "Helvellyn Global Property Inc",
        "Kirkstone Emerging Markets Acc",
        "Langdale Index-Linked Gilt Acc",
        "Mardale Absolute Return Acc",
        "Nab Scar European Index Acc",
    ],
}
DFM_CLASSES = {
    "UK Equities": ["Ravenglass UK Equity Income Acc", "Muncaster FTSE All-Share Index Acc", "Irton UK Mid Cap Acc"],
    "Overseas Equities": [
        "Wasdale North American Index Acc",
        "Seascale Global Quality Acc",
        "Drigg Asia ex Japan Acc",
        "Gosforth Europe ex UK Acc",
    ],
    "Fixed Income": [
        "Bootle Global Aggregate Bond Hedged Acc",
        "Silecroft UK Gilt Index Acc",
        "Haverigg Short Dated Credit Inc",
    ],
    "Alternatives": ["Millom Infrastructure Income Acc", "Kirksanton Global Property Securities Acc"],
}


def holding(rng: random.Random, name: str, pence: bool = False, isin: bool = True, udp: int = 3) -> dict:
    units = Decimal(rng.randrange(80 * 10**udp, 6000 * 10**udp)) / 10**udp
    if pence:
        price = Decimal(rng.randrange(6000, 85000)) / 100
        value = q2(units * price / 100)
        p = f"{price:.2f}"
    else:
        price = Decimal(rng.randrange(6000, 70000)) / 10000
        value = q2(units * price)
        p = f"{price:.4f}"
    return {
        "fund_name": name,
        "isin": make_isin(rng) if isin else None,
        "units": f"{units:.{udp}f}",
        "unit_price": p,
        "value": f"{value:.2f}",
        "price_currency": "GBX" if pence else "GBP",
    }
