"""Fictional people, firms, funds and identifiers for heldout18 (valid in form, invented in fact)."""

# ruff: noqa: D103, E501  (small helpers, named for what they make)
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

MEN = "Ambrose Barnaby Cedric Dougal Edmund Fraser Godfrey Hamish Ingram Jolyon Kit Leopold Magnus Niall Orrin Percival Quentin Rufus Sebastian Torquil Vaughan Wilfred".split()
WOMEN = "Araminta Blodwen Clemency Dilys Elspeth Florence Georgina Hermione Isolde Jessamy Kezia Leonie Marigold Nesta Olwen Perpetua Romilly Seren Theodora Una Verity Wenna".split()
SURNAMES = (
    "Abernethy Braithwaite Cattermole Daintith Egerton Fothergill Gildersleeve Hebblethwaite Ibbotson Jagger "
    "Killick Lightowler Mawdsley Nettleship Ogilvie Pickersgill Ramsbottom Scattergood Thwaites Uttley "
    "Vavasour Whitworth Yelland Ackroyd Brocklehurst Cowperthwaite"
).split()
STREETS = [
    "Sorrel Lane",
    "Buttercross Street",
    "Ropewalk",
    "Foundry Road",
    "Hawthorn Crescent",
    "Glebe Terrace",
    "Pinfold Close",
    "Swallow Rise",
    "Corn Exchange Row",
    "Rectory Gardens",
    "Viaduct Road",
    "Heron Bank",
    "Tithebarn Way",
]
TOWNS = [
    ("Durham", "DH1"),
    ("Taunton", "TA1"),
    ("Ipswich", "IP4"),
    ("Lincoln", "LN2"),
    ("Carlisle", "CA3"),
    ("Worcester", "WR5"),
    ("Aberdeen", "AB15"),
    ("Swansea", "SA2"),
    ("Hereford", "HR1"),
    ("Salisbury", "SP2"),
    ("Kendal", "LA9"),
    ("Perth", "PH2"),
    ("Colchester", "CO3"),
    ("Derby", "DE22"),
    ("Canterbury", "CT1"),
    ("Stirling", "FK8"),
]
HOMES = ["Elmfield House", "The Laurels Care Home", "Brookside Lodge", "Larchwood Court", "St Aidan's Nursing Home"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = [
    ("Wharfedale Lantern Financial Planning", "Lantern House, 9 Bridge End", "Otley", "LS21 3AJ"),
    ("Corbridge & Vane Wealth Management", "2nd Floor, 41 Grainger Street", "Newcastle upon Tyne", "NE1 5JE"),
    ("Severnside Chartered Planners", "Unit 4, Riverside Court", "Gloucester", "GL1 2SH"),
    ("Millstone Grit Financial Advice", "17 Church Street", "Hebden Bridge", "HX7 8AD"),
    ("Tamar Valley Wealth", "The Old Chapel, Fore Street", "Tavistock", "PL19 0AB"),
    ("Ochil Hills Financial Partners", "6 Allan Park", "Stirling", "FK8 2QG"),
    ("Kingfisher Reach Advisers", "88 High Street", "Marlborough", "SN8 1HF"),
    ("Brecon Beacon Planning", "3 The Bulwark", "Brecon", "LD3 7LB"),
]
ADVISERS = [
    "Rowena Castell",
    "Declan Fairweather",
    "Priya Mistry-Hale",
    "Owain Pritchard",
    "Harriet Lund",
    "Tomasz Nowicki",
    "Bryony Ashe",
]
SEDOL_CH = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


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


def isin(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return with_isin_check("GB00" + sedol(rng))
    if rng.random() < 0.5:
        return with_isin_check("IE00B" + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6)))
    return with_isin_check("LU0" + "".join(rng.choice("0123456789") for _ in range(8)))


def ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in BAD:
            return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def spaced_ni(n: str) -> str:
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def postcode(rng: random.Random, outward: str) -> str:
    return f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


def person(rng: random.Random, used: set, born=(1940, 1990)) -> dict:
    while True:
        female = rng.random() < 0.5
        pool = WOMEN if female else MEN
        first = rng.choice(pool)
        sur = rng.choice(SURNAMES)
        mid = rng.choice([m for m in pool if m != first]) if rng.random() < 0.4 else None
        name = " ".join(x for x in (first, mid, sur) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.08 else (rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr")
    start = date(born[0], 1, 1)
    dob = start + timedelta(days=rng.randrange(0, 365 * (born[1] - born[0])))
    town, outward = rng.choice(TOWNS)
    lines = [f"{rng.randrange(1, 160)} {rng.choice(STREETS)}", town]
    if rng.random() < 0.3:
        lines.insert(1, rng.choice(["Low Moor", "Westfield", "Northgate", "St Leonards", "Burnside"]))
    return {
        "title": title,
        "first": first,
        "middle": mid,
        "surname": sur,
        "forenames": " ".join(x for x in (first, mid) if x),
        "name": name,
        "female": female,
        "dob": dob,
        "ni": ni(rng),
        "lines": lines,
        "postcode": postcode(rng, outward),
    }


def gbp(d: Decimal) -> str:
    return f"£{d:,.2f}"


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def dmy(d: date, style: str) -> str:
    return {
        "slash": f"{d:%d/%m/%Y}",
        "long": f"{d.day} {d:%B %Y}",
        "abbr": f"{d:%d-%b-%Y}",
        "dot": f"{d:%d.%m.%Y}",
    }[style]


FUNDS = {
    "pension": [
        "Lifestyle Growth Pension",
        "Global Equity Index Pension",
        "Sterling Corporate Bond Pension",
        "Managed Pension",
        "Deposit Pension",
        "North American Equity Pension",
        "Responsible Global Pension",
        "Over 15 Year Gilt Index Pension",
        "Diversified Growth Pension",
        "Japan Equity Pension",
        "Commercial Property Pension",
    ],
    "workplace": [
        "Default Lifestyle Fund",
        "Shariah Fund",
        "Ethical Global Equity Fund",
        "Pre-Retirement Fund",
        "Higher Risk Fund",
        "Lower Growth Fund",
        "Sterling Liquidity Fund",
        "Climate Transition Equity Fund",
    ],
    "bond": [
        "Cautious Managed Life",
        "Balanced Portfolio Life",
        "Global Dynamic Life",
        "Money Market Life",
        "UK Equity Income Life",
        "Strategic Bond Life",
        "Asia Pacific Life",
    ],
    "wp": ["With-Profits Pension (RAC)", "Unitised With-Profits Series 2", "With-Profits 2 Fund"],
    "collective": [
        "Harkstow Global Income Fund Acc",
        "Penhallow UK Mid Cap Fund Inc",
        "Ravenglass Sustainable Bond Fund Acc",
        "Tolpuddle European Opportunities Acc",
        "Wendover Emerging Markets Fund Acc",
        "Kirkstone Global Index Tracker Acc",
        "Brancaster Absolute Return Fund Inc",
        "Dunstanburgh Multi-Asset Balanced Acc",
    ],
}


def holdings(
    rng: random.Random, kind: str, n: int, pence: bool = False, isins: bool = True, names=None, target=None
) -> list[dict]:
    """Fund rows; with `target`, units are chosen so the rows come to about that many pounds."""
    chosen = names or rng.sample(FUNDS[kind], n)
    weights = [rng.uniform(0.3, 1.0) for _ in chosen]
    out = []
    for name, wt in zip(chosen, weights, strict=True):
        if pence:
            price = Decimal(rng.randrange(6000, 85000)) / 100
        else:
            price = Decimal(rng.randrange(6000, 58000)) / 10000
        if target is None:
            units = Decimal(rng.randrange(80000, 6500000)) / 1000
        else:
            share = Decimal(str(target)) * Decimal(str(wt / sum(weights)))
            units = (share / (price / 100 if pence else price)).quantize(Decimal("0.001"))
        value = q2(units * price / 100) if pence else q2(units * price)
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


def total(rows: list[dict]) -> Decimal:
    return sum((Decimal(h["value"]) for h in rows), Decimal("0"))
