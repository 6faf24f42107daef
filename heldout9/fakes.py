"""Fictional people, places, identifiers and funds for heldout9 (every value made up; check digits valid)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FIRST = {
    "Mr": ["Graham", "Owen", "Rhys", "Callum", "Desmond", "Ivor", "Niall", "Anthony", "Malcolm", "Stuart", "Hamish"],
    "Mrs": ["Brenda", "Lorna", "Gwen", "Sheila", "Rosalind", "Imogen", "Bethan", "Maureen", "Tessa", "Wendy"],
    "Ms": ["Kirsty", "Harriet", "Ffion", "Nadia", "Joanna", "Priya", "Siobhan", "Leonie"],
    "Miss": ["Elspeth", "Megan", "Rowena", "Tamsin", "Carys"],
    "Dr": ["Anand", "Felicity", "Gareth", "Morag", "Yusuf"],
}
MIDDLE = {"m": ["James", "Edward", "Thomas", "Glyn", "Alan"], "f": ["Louise", "Anne", "Rose", "Marie", "Catrin"]}
SURNAMES = [
    "Pendlebury", "Aldous", "Kettering", "Marchbank", "Oyelaran", "Tregunna", "Whitmore", "Blakeney", "Fairbairn",
    "Dunmore", "Haverstock", "Lumsden", "Quarrie", "Rattray", "Sowerby", "Tennant", "Ulverston", "Venables",
    "Wardlaw", "Yeardley", "Cheshire-Bond", "O'Halloran", "McCrindle", "Abernethy", "Gillespie", "Nkemelu",
]
STREETS = [
    "Larchfield Road", "Mill Brow", "Cobblers Lane", "Ashgrove Terrace", "Quarry Hill", "St Ninian's Way",
    "Beech Avenue", "Harebell Close", "Kingfisher Drive", "Old Forge Row", "Tannery Street", "Wellington Crescent",
    "Orchard Mews", "Linnet Gardens", "Pottery Lane", "Heather Bank",
]
TOWNS = [
    ("Harrogate", "HG"), ("Kendal", "LA"), ("Truro", "TR"), ("Llandudno", "LL"), ("Perth", "PH"), ("Bath", "BA"),
    ("Stockport", "SK"), ("Ipswich", "IP"), ("Lincoln", "LN"), ("Dundee", "DD"), ("Exeter", "EX"),
    ("Shrewsbury", "SY"), ("Norwich", "NR"), ("Durham", "DH"), ("Wakefield", "WF"), ("Salisbury", "SP"),
]
LOCALITIES = ["Low Moor", "Upper Hatherley", "Westfield", "Kirkby End", "Newlands", "Burnside", "Eastgate"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}

FIRMS = [
    "Calderbrook Financial Planning", "Heronsgate Wealth Partners", "Fellside Independent Advisers",
    "Marram & Co Financial Advice", "Tollbridge Private Clients", "Wyvern Lane Planning", "Greystone Meadow Wealth",
    "Saltire Compass Advisers", "Oakhollow Financial", "Bramwell Pryce Planning",
]
ADVISERS = ["Daniel Foyle", "Sarah Ingledew", "Martin Okafor", "Claire Benthall", "Ravi Tandon", "Fiona Lockhart",
            "Peter Castellan", "Amy Trethewey"]

FUND_HOUSES = ["Kestrel", "Harbourline", "Northmere", "Silverbirch", "Tidewater", "Ashcombe", "Pennine Vale",
               "Lowther", "Cairngorm", "Bellweather"]
FUND_KINDS = [
    "UK Equity Index", "Global Growth", "Corporate Bond", "Strategic Income", "Balanced Managed",
    "Emerging Markets", "Sterling Gilt", "Cautious Multi-Asset", "Japan Equity", "North American Index",
    "Property Securities", "Sustainable Leaders", "European Select", "Smaller Companies", "Money Market",
]


@dataclass
class Person:
    """A fictional client."""

    title: str
    first: str
    middle: str | None
    surname: str
    dob: dt.date
    ni: str
    lines: list[str]  # address lines without the postcode
    postcode: str

    @property
    def name(self) -> str:
        """Full name without title."""
        return " ".join(p for p in (self.first, self.middle, self.surname) if p)


def sedol(rng: random.Random) -> str:
    """A SEDOL (six non-vowel characters and a valid check digit)."""
    chars = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
    body = "B" + "".join(rng.choice(chars) for _ in range(5))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def _luhn_ok(code: str) -> bool:
    digits = "".join(str(int(c, 36)) for c in code)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def isin(rng: random.Random) -> str:
    """A GB ISIN over a SEDOL, or a Luxembourg / Irish one, with its check digit."""
    kind = rng.random()
    if kind < 0.6:
        body = "GB00" + sedol(rng)
    elif kind < 0.8:
        body = "LU" + "".join(rng.choice("0123456789") for _ in range(9))
    else:
        body = "IE00B" + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6))
    for d in "0123456789":
        if _luhn_ok(body + d):
            return body + d
    raise AssertionError("no check digit")


def postcode(rng: random.Random, area: str) -> str:
    """A postcode valid in form in the given area."""
    district = str(rng.randint(1, 29))
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return f"{area}{district} {inward}"


def ni_number(rng: random.Random) -> str:
    """An NI number valid in form (never a reserved prefix, never QQ)."""
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in NI_BANNED:
            break
    return prefix + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def address(rng: random.Random) -> tuple[list[str], str]:
    """Address lines (without postcode) and a postcode."""
    town, area = rng.choice(TOWNS)
    lines = [f"{rng.randint(1, 148)} {rng.choice(STREETS)}"]
    if rng.random() < 0.4:
        lines.append(rng.choice(LOCALITIES))
    lines.append(town)
    return lines, postcode(rng, area)


def person(rng: random.Random) -> Person:
    """A fictional client born 1950-1985."""
    title = rng.choice(["Mr", "Mr", "Mrs", "Mrs", "Ms", "Miss", "Dr"])
    first = rng.choice(FIRST[title])
    sex = "m" if title == "Mr" or first in ("Anand", "Gareth", "Yusuf") else "f"
    middle = rng.choice(MIDDLE[sex]) if rng.random() < 0.35 else None
    dob = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 35 * 365))
    lines, pc = address(rng)
    return Person(title, first, middle, rng.choice(SURNAMES), dob, ni_number(rng), lines, pc)


def money(x: Decimal) -> str:
    """Money as the truth holds it."""
    return str(x.quantize(Decimal("0.01"), ROUND_HALF_UP))


def gbp(x: Decimal | str, sign: str = "£") -> str:
    """Money as printed: £12,345.67."""
    return f"{sign}{Decimal(x):,.2f}"


def funds(rng: random.Random, n: int, total_hint: float, pence: bool = False, with_isin: bool = True) -> list[dict]:
    """Holdings whose values are units at price, as decimal strings (price in pence when `pence`)."""
    out = []
    names = set()
    for _ in range(n):
        while True:
            name = f"{rng.choice(FUND_HOUSES)} {rng.choice(FUND_KINDS)} {rng.choice(['Fund', 'Fund', 'Trust'])}"
            name += rng.choice([" Acc", " Inc", " A Acc", " I Acc", ""])
            if name not in names:
                names.add(name)
                break
        share = total_hint / n * rng.uniform(0.4, 1.6)
        if pence:
            price = Decimal(str(round(rng.uniform(55, 980), 2)))
            per = price / 100
        else:
            price = Decimal(str(round(rng.uniform(0.6, 14.5), 4)))
            per = price
        units = (Decimal(str(share)) / per).quantize(Decimal("0.001"))
        value = (units * per).quantize(Decimal("0.01"), ROUND_HALF_UP)
        out.append({"fund_name": name, "isin": isin(rng) if with_isin else None, "units": f"{units:.3f}",
                    "unit_price": f"{price:.2f}" if pence else f"{price:.4f}", "value": money(value),
                    "price_currency": "GBX" if pence else "GBP"})
    return out


def total(holdings: list[dict]) -> Decimal:
    """The holdings' values added up."""
    return sum((Decimal(h["value"]) for h in holdings), Decimal("0"))


def long_date(d: dt.date) -> str:
    """4 March 2026."""
    return f"{d.day} {d:%B %Y}"


def ordinal_date(d: dt.date) -> str:
    """A date as 4th March 2026."""
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d:%B %Y}"
