"""The fictional world of heldout6: people, addresses, firms, funds, identifiers, and how values are printed.

Every person, address, firm, fund, NI number and policy number here is invented. Provider brands are the
registry's `name:` lines only.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FIRST = {
    "m": ["Gareth", "Rohan", "Callum", "Desmond", "Tobias", "Ifeanyi", "Lachlan", "Mervyn", "Aldous", "Kieran",
          "Stellan", "Fergus", "Hamish", "Jasper", "Nikhil", "Osian", "Emrys", "Piotr", "Alistair", "Barnaby"],
    "f": ["Philippa", "Anwen", "Rosalind", "Imogen", "Catriona", "Yasmin", "Marguerite", "Hollie", "Eilidh",
          "Bethan", "Saoirse", "Tamsin", "Oluwaseun", "Henrietta", "Lorna", "Delyth", "Priyanka", "Vivienne",
          "Agnieszka", "Morag"],
}
MIDDLE = {"m": ["James", "Rhys", "Thomas", "John", "Owen"], "f": ["Louise", "Anne", "Mary", "Elizabeth", "Grace"]}
SURNAMES = ["Treharne", "Abernethy", "Okonkwo-Bell", "Pendleton", "Strachan", "Vasquez", "Llewellyn", "Marchbank",
            "Fairbairn", "Oduya", "Kilbride", "Thistlethwaite", "Penhaligon", "Rutherglen", "Devereux", "Ashworth",
            "Nwachukwu", "Carmody", "Blackadder", "Sandiford", "Yelland", "Quarrie", "Hollingworth", "Ferreira",
            "MacAskill", "Trelawney", "Wojcik", "Greatorex", "Iredale", "Munro-Kerr"]
STREETS = ["Quarry Bank", "Tanners Row", "Mill Race Lane", "Sheepwash Close", "Rookery Gardens", "Coopers Walk",
           "Beacon View", "Ropewalk", "Glebe Meadow", "Foundry Terrace", "Lark Rise", "Pennyroyal Drive",
           "Cobbler's Yard", "Saltings Way", "Heron Wharf", "Ferrers Crescent", "Priory Orchard", "Weavers Court"]
LOCALITIES = ["Upper Stanbridge", "Little Hensall", "Nether Colby", "Kirkby Ashfield", "Westleigh", "Old Marston",
              "Church Eaton", "Brampford Speke"]
TOWNS = [("Harrogate", "HG2", "North Yorkshire"), ("Shrewsbury", "SY3", "Shropshire"), ("Truro", "TR1", "Cornwall"),
         ("Lincoln", "LN6", "Lincolnshire"), ("Kendal", "LA9", "Cumbria"), ("Colchester", "CO4", "Essex"),
         ("Perth", "PH2", None), ("Bangor", "LL57", "Gwynedd"), ("Taunton", "TA1", "Somerset"),
         ("Dorchester", "DT1", "Dorset"), ("Stirling", "FK8", None), ("Hereford", "HR4", "Herefordshire"),
         ("Salisbury", "SP2", "Wiltshire"), ("Ipswich", "IP4", "Suffolk"), ("Carlisle", "CA3", "Cumbria"),
         ("Newport", "NP20", None), ("Derby", "DE22", "Derbyshire"), ("Bath", "BA2", None), ("York", "YO31", None),
         ("Inverness", "IV2", None), ("Leamington Spa", "CV32", "Warwickshire"), ("Glasgow", "G12", None)]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
FIRMS = ["Brackenridge Financial Planning Ltd", "Tollgate Wealth Partners LLP", "Hazelmere Independent Advisers Ltd",
         "Kestrel Lane Financial Ltd", "Ashdown & Pryor Wealth Management", "Meridale Chartered Financial Planners",
         "Copperbeech Financial Services Ltd", "Northolme Private Clients LLP", "Stannary Wealth Ltd",
         "Quayside Retirement Planning Ltd"]
ADVISERS = ["Priya Natarajan", "Owain Pritchard", "Siobhan Kavanagh", "Marcus Oyelaran", "Fenella Dunmore",
            "Ruaridh Baxter", "Charlotte Ingleby", "Daniel Achterberg"]
HOUSES = ["Larchfield", "Greyfriars Lane", "Ottery", "Morven", "Bellhaven", "Corrie Street", "Pennant", "Whinmoor",
          "Stanegate", "Eskdale", "Harcourt Vale", "Saltire Bridge"]
FUND_KINDS = [("UK Equity Income", "UK Equities"), ("UK Smaller Companies", "UK Equities"),
              ("UK Opportunities", "UK Equities"), ("Global Equity", "Global Equities"),
              ("North American Growth", "Global Equities"), ("European Select", "Global Equities"),
              ("Japan Focus", "Global Equities"), ("Asia Pacific ex Japan", "Global Equities"),
              ("Emerging Markets Leaders", "Global Equities"), ("Sterling Corporate Bond", "Fixed Interest"),
              ("Strategic Bond", "Fixed Interest"), ("Index-Linked Gilt", "Fixed Interest"),
              ("Short Dated Gilt", "Fixed Interest"), ("Global Property Securities", "Property"),
              ("Cautious Managed", "Mixed Assets"), ("Balanced Managed", "Mixed Assets"),
              ("Multi-Asset Growth 60", "Mixed Assets"), ("Sustainable Global", "Global Equities"),
              ("Sterling Money Market", "Cash & Money Market")]
SHARE_CLASSES = ["Acc", "Inc", "B Acc", "I Acc GBP", "C Inc", "Z Acc", "R Acc", "Accumulation"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


@dataclass
class Person:
    title: str | None
    first: str
    middle: str | None
    surname: str
    dob: dt.date
    ni: str
    lines: list[str]  # address lines without the postcode
    postcode: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.surname) if p)

    def titled(self, title: str | None = None) -> str:
        t = title if title is not None else self.title
        return f"{t} {self.name}" if t else self.name


def ni_number(rng: random.Random) -> str:
    first = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"):
            break
    return pre + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def person(rng: random.Random) -> Person:
    sex = rng.choice("mf")
    title = rng.choice({"m": ["Mr", "Mr", "Dr", None], "f": ["Mrs", "Ms", "Miss", "Dr", None]}[sex])
    first = rng.choice(FIRST[sex])
    middle = rng.choice(MIDDLE[sex]) if rng.random() < 0.35 else None
    surname = rng.choice(SURNAMES)
    dob = dt.date(rng.randint(1952, 1991), rng.randint(1, 12), rng.randint(1, 28))
    town, outward, county = rng.choice(TOWNS)
    lines = [f"{rng.randint(2, 148)} {rng.choice(STREETS)}"]
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(["Flat 3", "Flat 12", "The Old Forge", "Rowan Cottage", "Apartment 7"]))
    if rng.random() < 0.4:
        lines.append(rng.choice(LOCALITIES))
    lines.append(town)
    if county and rng.random() < 0.5:
        lines.append(county)
    postcode = f"{outward} {rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return Person(title, first, middle, surname, dob, ni_number(rng), lines, postcode)


# ---- identifiers
def _isin_ok(isin: str) -> bool:
    digits = "".join(str(int(c, 36)) for c in isin)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _sedol(rng: random.Random) -> str:
    body = "B" + "".join(rng.choice(SEDOL_CHARS) for _ in range(5))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> tuple[str, str | None]:
    """A fictional, well-formed ISIN and its SEDOL when it has one."""
    kind = rng.choice(["GB", "GB", "IE", "LU"])
    if kind == "LU":
        body = "LU" + "".join(rng.choice("0123456789") for _ in range(9))
        sedol = None
    else:
        sedol = _sedol(rng)
        body = ("GB00" if kind == "GB" else "IE00") + sedol
    for d in "0123456789":
        if _isin_ok(body + d):
            return body + d, sedol
    raise AssertionError(body)


# ---- how values are printed
def money(v: Decimal, style: str = "gbp") -> str:
    s = f"{v:,.2f}"
    return {
        "gbp": f"£{s}",
        "bare": s,
        "code": f"GBP {s}",
        "nocomma": f"£{v:.2f}",
        "spaced": f"£ {s}",
        "suffix": f"{s} GBP",
    }[style]


def date(d: dt.date, style: str) -> str:
    month = MONTHS[d.month - 1]
    return {
        "long": f"{d.day} {month} {d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmon": f"{d.day:02d}-{month[:3]}-{d.year}",
        "iso": d.isoformat(),
        "wd": f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}",
        "up": f"{d.day:02d} {month[:3].upper()} {d.year}",
        "short": f"{d.day} {month[:3]} {d.year}",
    }[style]


def q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Fund:
    name: str
    sector: str
    isin: str | None
    sedol: str | None
    units: Decimal
    units_dp: int
    price: Decimal  # as printed, in the document's price unit
    price_dp: int
    pence: bool
    value: Decimal
    cost: Decimal

    def units_s(self, commas: bool = False) -> str:
        return f"{self.units:,.{self.units_dp}f}" if commas else f"{self.units:.{self.units_dp}f}"

    def price_s(self) -> str:
        return f"{self.price:,.{self.price_dp}f}" if self.price >= 1000 else f"{self.price:.{self.price_dp}f}"

    def truth(self, show_isin: bool) -> dict:
        return {"fund_name": self.name, "isin": self.isin if show_isin else None, "units": self.units_s(),
                "unit_price": f"{self.price:.{self.price_dp}f}", "value": f"{self.value:.2f}",
                "price_currency": "GBX" if self.pence else "GBP"}


def funds(rng: random.Random, n: int, total_hint: float, pence: bool, pension: bool, used: set[str]) -> list[Fund]:
    out: list[Fund] = []
    # one table prints its units and prices to one number of places
    units_dp = rng.choice([2, 3, 4]) if not pension else rng.choice([3, 4])
    price_dp = rng.choice([2, 3]) if pence else rng.choice([4, 4, 3])
    while len(out) < n:
        kind, sector = rng.choice(FUND_KINDS)
        house = rng.choice(HOUSES)
        if pension:
            name = f"{house} {kind} Pension {rng.choice(['Fund', 'S2', 'Series 4', 'Fund P'])}"
        else:
            name = f"{house} {kind} {rng.choice(SHARE_CLASSES)}"
        if name in used:
            continue
        used.add(name)
        code, sedol = isin(rng)
        price = Decimal(str(round(rng.uniform(60, 900) if pence else rng.uniform(0.6, 9.5), price_dp)))
        share = total_hint * rng.uniform(0.4, 1.6) / n
        per_unit = price / 100 if pence else price
        units = Decimal(str(round(share / float(per_unit), units_dp)))
        value = q2(units * per_unit)
        cost = q2(value * Decimal(str(round(rng.uniform(0.7, 1.15), 3))))
        out.append(Fund(name, sector, code, sedol, units, units_dp, price, price_dp, pence, value, cost))
    return out


def policy_number(rng: random.Random, style: str) -> tuple[str, str]:
    """(as printed, truth form: inner spaces removed)."""
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    printed = {
        "pp": f"PP{d(8)}",
        "spaced": f"{d(4)} {d(4)} {d(2)}",
        "hyph": f"{rng.choice('ABCDEFGHJK')}{d(6)}-{d(3)}",
        "sipp": f"SIPP{d(6)}",
        "isa": f"ISA {d(7)}",
        "bond": f"{rng.choice(['IPB', 'WPB', 'OB'])}/{d(6)}",
        "num": d(9),
        "acct": f"{d(7)}{rng.choice('ABCD')}",
    }[style]
    return printed, printed.replace(" ", "")
