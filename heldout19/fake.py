"""Invented people, places and codes for heldout19: valid in form, fictional in fact."""

# ruff: noqa: D103
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

FEMALE = [
    "Annabel",
    "Briony",
    "Clemency",
    "Dorothea",
    "Esme",
    "Flora",
    "Georgina",
    "Hermione",
    "Isla",
    "Jocasta",
    "Katrina",
    "Leonie",
    "Marguerite",
    "Nola",
    "Olwyn",
    "Primrose",
    "Rowena",
    "Sybil",
    "Thea",
    "Verity",
]
MALE = [
    "Ambrose",
    "Barnaby",
    "Cedric",
    "Dominic",
    "Ellis",
    "Frederick",
    "Gideon",
    "Hamish",
    "Ignatius",
    "Jolyon",
    "Lachlan",
    "Magnus",
    "Nathaniel",
    "Orrin",
    "Peregrine",
    "Roderick",
    "Septimus",
    "Tristram",
    "Vaughan",
    "Wilfred",
]
SURNAMES = [
    "Abernethy",
    "Birtwistle",
    "Cholmondley",
    "Dimmock",
    "Entwhistle",
    "Fothergill",
    "Grimshaw",
    "Hebblethwaite",
    "Illingworth",
    "Jagger",
    "Kershaw",
    "Longbottom",
    "Mottram",
    "Nuttall",
    "Ormerod",
    "Pilkington",
    "Ramsbottom",
    "Satterthwaite",
    "Thistlethwaite",
    "Uttley",
    "Whitworth",
    "Ackroyd",
    "Braithwaite",
    "Crowther",
]
STREETS = [
    "Hawthorn Rise",
    "Saddler's Row",
    "Copper Beech Lane",
    "Wheelwright Close",
    "Nettlebed Road",
    "Foxglove Way",
    "Cobblers Walk",
    "Bramble Hill",
    "Lime Kiln Lane",
    "Goldfinch Gardens",
    "Parsonage Street",
    "Mill Leat Drive",
    "Rookery Close",
    "Stonechat Avenue",
]
LOCALITIES = ["Upper Poppleton", "Hollingbourne", "Little Haywood", "Bishopthorpe", "Nether Edge", "Kings Norton"]
TOWNS = [
    ("Ripon", "HG4"),
    ("Huddersfield", "HD3"),
    ("Gloucester", "GL2"),
    ("Stockport", "SK4"),
    ("Dundee", "DD2"),
    ("Swansea", "SA2"),
    ("Derby", "DE22"),
    ("Plymouth", "PL3"),
    ("Ipswich", "IP4"),
    ("Durham", "DH1"),
    ("Winchester", "SO22"),
    ("Hereford", "HR1"),
    ("Kendal", "LA9"),
    ("Crewe", "CW2"),
    ("Aberdeen", "AB15"),
    ("Reading", "RG4"),
    ("Leicester", "LE2"),
    ("Canterbury", "CT1"),
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = [
    ("Harewood Vale Financial Planning", "Suite 2, Abbey Mews", "Knaresborough", "HG5"),
    ("Pennine Ledger Wealth", "14 Cloth Hall Street", "Halifax", "HX1"),
    ("Severnside Retirement Partners", "The Old Granary, Quay Street", "Tewkesbury", "GL20"),
    ("Brackenridge & Moor Advisers", "3 Chapel Yard", "Skipton", "BD23"),
    ("Tamar Estuary Planning", "Unit 7, Wharf Buildings", "Saltash", "PL12"),
    ("Calderbrook Private Wealth", "22 Westgate", "Wakefield", "WF1"),
    ("Lindisfarne Financial Ltd", "9 Bridge End", "Berwick-upon-Tweed", "TD15"),
    ("Wrekin Hill Wealth Management", "Kingsway House, 40 High Street", "Wellington", "TF1"),
]
ADVISERS = [
    "Imran Siddiqui",
    "Caroline Maddox",
    "Gavin Pritchard",
    "Helen Okafor",
    "Stuart Lennox",
    "Rebecca Thornley",
    "Owain Griffiths",
    "Deborah Kaur",
    "Marcus Ellery",
    "Fiona Raeburn",
]
SEDOL_CH = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def postcode(rng: random.Random, outward: str) -> str:
    return f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


def sedol(rng: random.Random) -> str:
    body = "".join(rng.choice(SEDOL_CH) for _ in range(6))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def with_isin_check(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> tuple[str, str | None]:
    """An ISIN and, for a GB one, the SEDOL inside it."""
    if rng.random() < 0.55:
        s = sedol(rng)
        return with_isin_check("GB00" + s), s
    country = rng.choice(["IE", "LU", "IE"])
    return with_isin_check(country + "000" + "".join(rng.choice("0123456789") for _ in range(6))), None


def ni(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in NI_BAD:
            return prefix + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def spaced_ni(n: str) -> str:
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def person(rng: random.Random, used: set) -> dict:
    while True:
        woman = rng.random() < 0.5
        pool = FEMALE if woman else MALE
        first = rng.choice(pool)
        middle = rng.choice([x for x in pool if x != first]) if rng.random() < 0.3 else None
        surname = rng.choice(SURNAMES)
        name = " ".join(x for x in (first, middle, surname) if x)
        if name not in used:
            used.add(name)
            break
    if rng.random() < 0.08:
        title = "Dr"
    else:
        title = rng.choice(["Mrs", "Ms", "Miss", "Mrs"]) if woman else "Mr"
    town, outward = rng.choice(TOWNS)
    lines = [f"{rng.randrange(1, 199)} {rng.choice(STREETS)}"]
    if rng.random() < 0.35:
        lines.append(rng.choice(LOCALITIES))
    lines.append(town)
    return {
        "title": title,
        "first": first,
        "middle": middle,
        "surname": surname,
        "name": name,
        "dob": date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 36)),
        "ni": ni(rng),
        "lines": lines,
        "postcode": postcode(rng, outward),
    }


def firm(rng: random.Random) -> dict:
    name, street, town, outward = rng.choice(FIRMS)
    return {"name": name, "lines": [street, town], "postcode": postcode(rng, outward), "adviser": rng.choice(ADVISERS)}


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def money(d: Decimal | str) -> str:
    return f"{Decimal(d):,.2f}"


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def grouped(s: str) -> str:
    """A decimal string with thousands separators: '12345.678' -> '12,345.678'."""
    whole, _, frac = s.partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")


FUNDS = {
    "pension": [
        "Managed Growth Pension Fund",
        "Global Equity Index Pension Fund",
        "Sterling Corporate Bond Pension Fund",
        "Diversified Assets Pension Fund",
        "UK Commercial Property Pension Fund",
        "Deposit Pension Fund",
        "Emerging Markets Equity Pension Fund",
        "Sustainable Future Pension Fund",
        "Over 15 Year Gilt Pension Fund",
        "Pre-Retirement Annuity Target Pension Fund",
        "Japan Equity Index Pension Fund",
        "Balanced Lifestyle Pension",
    ],
    "bond": [
        "Mixed Investment 40-85% Shares Life Fund",
        "Cautious Distribution Life Fund",
        "UK Smaller Companies Life Fund",
        "Money Market Life Fund",
        "North American Equity Life Fund",
        "Strategic Income Life Fund",
    ],
    "platform": [
        "Wharfedale UK Equity Income Fund Acc",
        "Borrowdale Global Technology Fund Inc",
        "Airedale Sterling Credit Acc",
        "Nidderdale Japan Opportunities Acc",
        "Swaledale Short Duration Gilt Inc",
        "Eskdale All-World Tracker Acc",
        "Teesdale Balanced Multi-Asset Acc",
        "Langdale European Growth Inc",
        "Coquetdale Global Property Securities Acc",
        "Weardale Emerging Asia Acc",
    ],
    "isa": [
        "Cautious Multi-Asset Fund Acc",
        "Worldwide Equity Index Fund Acc",
        "UK Income Builder Fund Inc",
        "Global Sustainable Leaders Fund Acc",
        "Strategic Bond Fund Inc",
        "Lifestrategy-style 60% Equity Fund Acc",
        "Pacific Growth Fund Acc",
        "Ethical Balanced Fund Acc",
    ],
}


def holdings(rng: random.Random, kind: str, n: int, pence: bool, isins: bool, udp: int = 3) -> list[dict]:
    out = []
    for name in rng.sample(FUNDS[kind], n):
        units = Decimal(rng.randrange(100 * 10**udp, 12000 * 10**udp)) / 10**udp
        if pence:
            price = Decimal(rng.randrange(4000, 95000)) / 100
            value = q2(units * price / 100)
        else:
            price = Decimal(rng.randrange(4000, 70000)) / 10000
            value = q2(units * price)
        code, sed = isin(rng) if isins else (None, None)
        out.append(
            {
                "fund_name": name,
                "isin": code,
                "units": f"{units:.{udp}f}",
                "unit_price": f"{price:.2f}" if pence else f"{price:.4f}",
                "value": f"{value:.2f}",
                "price_currency": "GBX" if pence else "GBP",
                "_sedol": sed,
            }
        )
    return out


def truth_holdings(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
