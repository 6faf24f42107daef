"""Fictional people, places, codes and funds for heldout23 (valid in form, invented in fact)."""

# ruff: noqa: D103
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

MEN = "Ambrose Barnaby Cedric Dorian Edmund Florian Godfrey Humphrey Ignatius Jolyon Lancelot Mortimer Nigel Orlando Percival Quentin Rupert Silas Thaddeus Vaughan".split()
WOMEN = "Araminta Beatrix Clementine Dulcie Esme Flavia Georgina Henrietta Isadora Jemima Leonora Marigold Octavia Prudence Rowena Seraphina Theodora Ursula Verity Wilhelmina".split()
SURNAMES = "Abernethy Braithwaite Cholmondeley Dalrymple Ellerby Fothergill Grimshaw Haverstock Illingworth Jarrold Kinnersley Lethbridge Mountjoy Nettleship Ormerod Pettigrew Ravenscroft Scattergood Thistlethwaite Underhill Wadsworth Yardley".split()
STREETS = ["Cobblers Row", "Foxglove Avenue", "Heronsgate", "Lambert's Yard", "Mallard Way", "Nightingale Crescent",
           "Old Forge Lane", "Pennyroyal Close", "Quayside Terrace", "Rookery Road", "Sandpiper Gardens", "Wharf Hill"]
TOWNS = [("Kendal", "LA9"), ("Ipswich", "IP4"), ("Durham", "DH1"), ("Worcester", "WR5"), ("Salisbury", "SP2"),
         ("Aberdeen", "AB15"), ("Swansea", "SA2"), ("Derby", "DE22"), ("Canterbury", "CT1"), ("Carlisle", "CA3"),
         ("Stirling", "FK8"), ("Hereford", "HR4"), ("Colchester", "CO3"), ("Lincoln", "LN2"), ("Taunton", "TA1")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = ["Wendover Vale Wealth Management", "Ashcombe & Pryor Financial Planning", "Brackenfield Private Wealth",
         "Coldharbour Financial Advisers", "Dunstable Reach Planning", "Elmsleigh Wealth Partners",
         "Fairlight Chartered Planners", "Greyfriars Retirement Planning"]
ADVISERS = ["Hollis Marchbank", "Philippa Dunn", "Oliver Treadwell", "Sunita Varma", "Gregor McAllister",
            "Rebecca Stott", "Tomasz Nowicki", "Anwen Price"]
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
    return luhn_isin(rng.choice(["IE00", "LU"]).ljust(4, "0")[:2] + "".join(rng.choice("0123456789") for _ in range(9)))


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
        pool = WOMEN if female else MEN
        first, sur = rng.choice(pool), rng.choice(SURNAMES)
        mid = rng.choice([m for m in pool if m != first]) if rng.random() < 0.3 else None
        name = " ".join(x for x in (first, mid, sur) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.08 else (rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr")
    town, outward = rng.choice(TOWNS)
    postcode = f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    lines = [f"{rng.randrange(1, 160)} {rng.choice(STREETS)}", town]
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(["Flat 2", "Flat 7", "The Coach House", "Rose Cottage", "Apartment 11"]))
    return {"title": title, "name": name, "first": first, "surname": sur, "female": female,
            "dob": date(1947, 1, 1) + timedelta(days=rng.randrange(0, 365 * 40)), "ni": ni(rng),
            "lines": lines, "postcode": postcode}


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def gbp(d) -> str:
    return f"{Decimal(d):,.2f}"


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def short_month(d: date) -> str:
    return f"{d.day:02d} {d:%b %Y}"


def uk(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def rand_date(rng: random.Random, start: date, days: int) -> date:
    return start + timedelta(days=rng.randrange(days))


def holdings(rng: random.Random, names: list[str], pence: bool = False, isins: bool = True, dp: int = 3) -> list[dict]:
    out = []
    for name in names:
        units = Decimal(rng.randrange(100 * 10**dp, 12000 * 10**dp)) / 10**dp
        if pence:
            price = Decimal(rng.randrange(4000, 160000)) / 100
            value = q2(units * price / 100)
            uprice = f"{price:.2f}"
        else:
            price = Decimal(rng.randrange(4000, 70000)) / 10000
            value = q2(units * price)
            uprice = f"{price:.4f}"
        out.append({"fund_name": name, "isin": isin(rng) if isins else None, "units": f"{units:.{dp}f}",
                    "unit_price": uprice, "value": f"{value:.2f}", "price_currency": "GBX" if pence else "GBP"})
    return out


PENSION_FUNDS = ["Managed Growth Pension", "UK Equity Index Pension", "Overseas Equity Pension", "Gilt Pension",
                 "Deposit Pension", "Sustainable Multi-Asset Pension", "Japan Equity Pension", "Corporate Bond Pension",
                 "Pre-Retirement Pension", "Emerging Markets Pension"]
LIFE_FUNDS = ["Managed Life", "Guaranteed 100 Fund", "Guaranteed 90 Fund", "Deposit Life", "UK Equity Life",
              "Cautious Distribution Life", "Global Property Life", "Fixed Interest Life"]
OEICS = [("Harbury Global Leaders Acc", "IA Global"), ("Wyvern UK Smaller Companies Acc", "IA UK Smaller Companies"),
         ("Cresswell Strategic Bond Inc", "IA Sterling Strategic Bond"), ("Penlee Asia Income Acc", "IA Asia Pacific Excluding Japan"),
         ("Stanwick UK Equity Income Inc", "IA UK Equity Income"), ("Marlpit North American Acc", "IA North America"),
         ("Tilsworth Mixed Investment 40-85% Acc", "IA Mixed Investment 40-85% Shares"),
         ("Broadwater European Opportunities Acc", "IA Europe Excluding UK"),
         ("Haddon Short Dated Gilt Inc", "IA UK Gilts"), ("Kelham Global Property Acc", "IA Property Other"),
         ("Ferriby Japan Growth Acc", "IA Japan"), ("Ludlow Money Market Acc", "IA Standard Money Market")]
