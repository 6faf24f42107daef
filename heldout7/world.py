"""Fictional people, places, identifiers and funds for heldout7, drawn from one seeded random source.

Everything here is invented: names, streets, postcodes (valid in form only), NI numbers (valid in
form, never the placeholder QQ), policy numbers, fund names and ISINs (valid check digits).
Providers are real brand names; nothing about them but the brand (and, in a few footers, a
legal name from a cited public source, see README) is printed.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

FIRST_F = ["Margaret", "Eleanor", "Priya", "Siobhan", "Fiona", "Harriet", "Gwen", "Yasmin", "Beatrice", "Rosalind",
           "Niamh", "Catriona", "Imogen", "Lorraine", "Deborah", "Olwen", "Teresa", "Aisha", "Marion", "Josephine"]
FIRST_M = ["Gareth", "Desmond", "Rajesh", "Callum", "Bernard", "Alastair", "Kwame", "Duncan", "Leonard", "Hamish",
           "Trevor", "Ewan", "Nigel", "Rhodri", "Clive", "Tobias", "Malcolm", "Idris", "Graham", "Dominic"]
MIDDLE_F = ["Ann", "Louise", "Rose", "Mary", "Jane", "Claire", "May", "Elizabeth"]
MIDDLE_M = ["James", "Edward", "Thomas", "Alexander", "Owen", "John", "Robert", "Peter"]
SURNAMES = ["Ashworth", "Pennington", "Okonkwo", "Fairbairn", "Lindqvist", "Trevelyan", "Mcallister", "Haverford",
            "Crossley", "Bhattacharya", "Drummond", "Whitlock", "Kavanagh", "Rowntree", "Sutcliffe", "Ellwood",
            "Tremayne", "Blackadder", "Greenhalgh", "Osei", "Penhaligon", "Quarrie", "Villiers", "Wakefield",
            "Yardley", "Ibbotson", "Lockhart", "Marwood", "Nettleship", "Pryce"]
CHILD = ["Freya", "Oscar", "Isla", "Alfie", "Maisie", "Rory", "Elsie", "Reuben", "Poppy", "Arlo", "Ivy", "Jude"]
STREETS = ["Kestrel Way", "Orchard Rise", "Tanners Lane", "Belvedere Road", "Heron Close", "Mill Brow",
           "Quarry Hill", "St Aidan's Walk", "Larkfield Avenue", "Copper Beech Drive", "Station Terrace",
           "Glebe Crescent", "Foxhollow Gardens", "Wentworth Street", "Ashdown Court", "Rookery Lane"]
LOCALITIES = ["Hadleigh", "Thornbury", "Westbrook", "Little Haywood", "Newlands", "Kirkby Moor", "Upper Denton", ""]
TOWNS = ["Ipswich", "Harrogate", "Shrewsbury", "Carlisle", "Exeter", "Stirling", "Swansea", "Lancaster",
         "Chelmsford", "Lincoln", "Aberdeen", "Truro", "Durham", "Worcester", "Cheltenham", "Perth"]
FIRM_WORDS = ["Meridian", "Larchmont", "Ashgrove", "Kingfisher", "Northgate", "Brackenridge", "Harbourside",
              "Saltire", "Fernhill", "Oakmere", "Beacon Lane", "Whitestone"]
FIRM_TAILS = ["Wealth Planning Ltd", "Financial Advisers LLP", "Chartered Financial Planners", "Private Clients Ltd",
              "Independent Financial Advice Ltd", "Retirement Partners"]
EMPLOYERS = ["Brightwater Logistics Ltd", "Harrowgate Precision Engineering Ltd", "Calder Valley Foods plc",
             "Marlow & Finch Solicitors LLP", "Northern Lights Software Ltd", "Pennine Building Supplies Ltd"]
FUND_HOUSES = ["Arkwright", "Bellhaven", "Cairngorm", "Dunmore", "Elmstead", "Farrow", "Greystoke", "Holbrook"]
FUND_KINDS = ["UK Equity Income", "Global Equity Index", "Sterling Corporate Bond", "Strategic Bond",
              "Asia Pacific ex Japan", "European Smaller Companies", "Multi-Asset Balanced 40-85%",
              "Cautious Managed 20-60%", "Property Securities", "UK Gilt Index", "Emerging Markets Value",
              "North American Growth", "Global Sustainable Leaders", "Short Dated Money Market",
              "Japan Equity Tracker", "Index-Linked Gilt", "Global Infrastructure Income", "Adventurous Growth"]
FUND_CLASSES = ["Acc", "Inc", "B Acc", "I Acc", "Pension Fund S4", "Series 2", "C Inc", "Life Fund"]

NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    """Round to pence, half up."""
    return value.quantize(CENT, ROUND_HALF_UP)


def isin_check(body: str) -> str:
    """The ISIN check digit of an 11-character body (letters to numbers, then Luhn)."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def sedol_check(body: str) -> str:
    """The SEDOL check digit of a 6-character body."""
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return str((10 - total % 10) % 10)


@dataclass
class Person:
    """A fictional client."""

    title: str
    first: str
    middle: str
    surname: str
    dob: dt.date
    ni: str
    lines: list[str]
    postcode: str

    @property
    def name(self) -> str:
        """Full name without title, single spaces."""
        return " ".join(p for p in (self.first, self.middle, self.surname) if p)

    @property
    def address(self) -> str:
        """Address lines joined by ', ', without the postcode (record.md)."""
        return ", ".join(self.lines)


@dataclass
class Fund:
    """One holding row as printed and as the truth holds it."""

    name: str
    isin: str | None
    units: str
    price: str
    value: Decimal
    currency: str = "GBP"

    def truth(self) -> dict:
        """The holding in the truth's shape."""
        return {"fund_name": self.name, "isin": self.isin, "units": self.units, "unit_price": self.price,
                "value": f"{self.value:.2f}", "price_currency": self.currency}


@dataclass
class World:
    """One document's random source and the fictional things drawn from it."""

    rng: random.Random
    used_isins: set[str] = field(default_factory=set)

    def pick(self, seq):
        """One element of a sequence."""
        return self.rng.choice(list(seq))

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        """A date in [start, end]."""
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def ni(self) -> str:
        """A National Insurance number valid in form (spec/domain.md)."""
        while True:
            prefix = self.pick(NI_FIRST) + self.pick(NI_SECOND)
            if prefix not in NI_BANNED:
                break
        return prefix + "".join(self.pick(string.digits) for _ in range(6)) + self.pick("ABCD")

    def postcode(self) -> str:
        """A postcode valid in form (one of the six outward patterns)."""
        L = string.ascii_uppercase.replace("Q", "").replace("V", "").replace("X", "")
        d = lambda: self.pick(string.digits)  # noqa: E731
        outward = self.pick([
            lambda: self.pick(L) + d(),
            lambda: self.pick(L) + d() + d(),
            lambda: self.pick(L) + self.pick(L.replace("I", "").replace("J", "").replace("Z", "")) + d(),
            lambda: self.pick(L) + self.pick(L.replace("I", "").replace("J", "").replace("Z", "")) + d() + d(),
            lambda: self.pick(L) + d() + self.pick("ABCDEFGHJKPSTUW"),
            lambda: self.pick(L) + self.pick("ABCDEFGHKLMNOPRSTUWY") + d() + self.pick("ABEHMNPRVWXY"),
        ])()
        return f"{outward} {d()}{self.pick(INWARD_LETTERS)}{self.pick(INWARD_LETTERS)}"

    def person(self, *, female: bool | None = None, born: tuple[int, int] = (1946, 1980)) -> Person:
        """A fictional adult client with an address."""
        female = self.rng.random() < 0.5 if female is None else female
        first = self.pick(FIRST_F if female else FIRST_M)
        title = self.pick(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Mr", "Dr"])
        middle = self.pick(MIDDLE_F if female else MIDDLE_M) if self.rng.random() < 0.45 else ""
        dob = self.date_between(dt.date(born[0], 1, 1), dt.date(born[1], 12, 28))
        return Person(title, first, middle, self.pick(SURNAMES), dob, self.ni(), self.address_lines(), self.postcode())

    def child(self, parent: Person) -> Person:
        """A child for a Junior ISA: same surname and address, no NI number printed."""
        dob = self.date_between(dt.date(2010, 1, 1), dt.date(2022, 12, 28))
        return Person("", self.pick(CHILD), "", parent.surname, dob, "", parent.lines, parent.postcode)

    def address_lines(self) -> list[str]:
        """Street, optional locality, town."""
        street = f"{self.rng.randint(1, 212)} {self.pick(STREETS)}"
        if self.rng.random() < 0.2:
            street = f"Flat {self.rng.randint(1, 24)}, {street}"
        locality = self.pick(LOCALITIES)
        return [street, *([locality] if locality else []), self.pick(TOWNS)]

    def firm(self) -> dict:
        """A fictional adviser firm (no FRN: none is printed)."""
        name = f"{self.pick(FIRM_WORDS)} {self.pick(FIRM_TAILS)}"
        adviser = f"{self.pick(FIRST_F + FIRST_M)} {self.pick(SURNAMES)}"
        lines = [f"{self.pick(['Suite', 'Unit', 'Floor'])} {self.rng.randint(1, 9)}",
                 f"{self.rng.randint(2, 90)} {self.pick(['High Street', 'Market Place', 'King Street'])}",
                 self.pick(TOWNS)]
        return {"name": name, "adviser": adviser, "lines": lines, "postcode": self.postcode(),
                "phone": f"01{self.rng.randint(100, 999)} {self.rng.randint(100000, 999999)}"}

    def policy(self, style: str) -> tuple[str, str]:
        """A policy number as printed and as the truth holds it (inner spaces removed)."""
        r, dg = self.rng, lambda n: "".join(self.pick(string.digits) for _ in range(n))
        printed = {
            "hyphen": lambda: f"{self.pick(['GPP', 'PP', 'DD', 'WP'])}-{dg(6)}-{dg(2)}",
            "slash": lambda: f"{self.pick('ABCDKLMT')}/{dg(8)}",
            "spaced": lambda: f"{dg(4)} {dg(4)} {dg(1)}",
            "letters": lambda: f"{self.pick(['IDD', 'FAD', 'SIP'])}{dg(7)}",
            "annuity": lambda: f"{self.pick(['LA', 'AN', 'PA'])}{dg(6)}{self.pick('ABCDEFGH')}",
            "protect": lambda: f"{self.pick(['T', 'W', 'IP'])}{dg(8)}",
            "jisa": lambda: f"JISA {dg(4)} {dg(4)}",
            "account": lambda: f"{dg(7)}{self.pick(['-ISA', '-GIA', '-SIPP'])}" if r.random() < 0.5 else dg(8),
            "plain": lambda: f"{self.pick('ZRKH')}{dg(9)}",
        }[style]()
        return printed, printed.replace(" ", "")

    def isin(self) -> str:
        """A fictional ISIN with a valid check digit: a GB SEDOL-based one, or IE/LU."""
        while True:
            if self.rng.random() < 0.6:
                body6 = self.pick("BCDFGHJKLMNPQRSTVWXYZ") + "".join(self.pick(SEDOL_CHARS) for _ in range(5))
                body = "GB00" + body6 + sedol_check(body6)
            else:
                body = self.pick(["IE00", "LU0", "LU1", "IE00B"])
                body += "".join(self.pick(string.digits + "BCDFGHJKLMNPQRSTVWXYZ") for _ in range(11 - len(body)))
            code = body + isin_check(body)
            if code not in self.used_isins:
                self.used_isins.add(code)
                return code

    def funds(self, n: int, *, isin: bool = True, unit_dp: int = 3, price_dp: int = 4, pence: bool = False,
              wrapper: str = "", most: int = 6_000_000) -> list[Fund]:
        """`n` holdings whose values are units x price, rounded half up (pence prices in pounds)."""
        out: list[Fund] = []
        kinds = self.rng.sample(FUND_KINDS, n)
        for kind in kinds:
            name = f"{self.pick(FUND_HOUSES)} {kind} {wrapper or self.pick(FUND_CLASSES)}".strip()
            units = Decimal(self.rng.randint(50_000, most)) / (10**unit_dp)
            if pence:
                price = Decimal(self.rng.randint(40, 900) * 10**price_dp + self.rng.randint(0, 10**price_dp - 1))
                price = price.scaleb(-price_dp)
                value = money(units * price / 100)
            else:
                price = Decimal(self.rng.randint(5_000, 600_000)) / (10**price_dp)
                value = money(units * price)
            out.append(Fund(name, self.isin() if isin else None, f"{units:.{unit_dp}f}", f"{price:.{price_dp}f}",
                            value, "GBX" if pence else "GBP"))
        return out


def grouped(value: str) -> str:
    """A decimal string with thousands separators: '1234.567' -> '1,234.567'."""
    whole, _, frac = value.partition(".")
    neg = whole.startswith("-")
    whole = f"{int(whole.lstrip('-')):,}"
    return ("-" if neg else "") + whole + (f".{frac}" if frac else "")


def gbp(value: Decimal, style: str = "pound") -> str:
    """Money as printed: '£12,345.67', '12,345.67', 'GBP 12,345.67'; negatives '-£1.23' or '(1.23)'."""
    text = grouped(f"{abs(value):.2f}")
    if style == "bare":
        body = text
    elif style == "code":
        body = f"GBP {text}"
    else:
        body = f"£{text}"
    if value < 0:
        return f"({text})" if style == "bracket" else f"-{body}"
    return body


def ordinal(day: int) -> str:
    """1 -> '1st', 22 -> '22nd'."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed forms."""
    return {
        "long": f"{d.day} {d:%B %Y}",
        "ordinal": f"{ordinal(d.day)} {d:%B %Y}",
        "dotted": f"{d:%d.%m.%Y}",
        "short_year": f"{d:%d/%m/%y}",
        "slash": f"{d:%d/%m/%Y}",
        "abbr": f"{d.day} {d:%b %Y}",
        "day_abbr": f"{d:%a} {d.day} {d:%b %Y}",
        "ordinal_of": f"{ordinal(d.day)} of {d:%B %Y}",
    }[style]
