"""Fictional people, identifiers and money for heldout8 (every value drawn from one seeded random.Random)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

MALE = ["Alistair", "Callum", "Eamon", "Gareth", "Ifan", "Kenneth", "Magnus", "Oswald", "Quentin", "Seamus", "Ulric",
        "Wilfred", "Zachary", "Percival", "Torquil"]
FEMALE = ["Bethany", "Delyth", "Fenella", "Harriet", "Jocasta", "Lowri", "Niamh", "Philippa", "Rhiannon", "Tamsin",
          "Verity", "Xanthe", "Yvonne", "Morag", "Imogen"]
FIRST = MALE + FEMALE
MIDDLE = {True: ["James", "Edward", "Rhys", "Thomas"], False: ["Anne", "Louise", "Mary", "Claire"]}
LAST = ["Abernethy", "Blackwood", "Carrow", "Dunmore", "Ellery", "Fairbairn", "Gillespie", "Holloway", "Inverarity",
        "Jessop", "Kilbride", "Lambourne", "McTavish", "Northcott", "Ormerod", "Pennington", "Quarrie", "Rowntree",
        "Strachan", "Tregothnan", "Underhill", "Vellacott", "Wetherell", "Yelland", "Ashcombe", "Brackenbury"]
STREETS = ["Rowan Close", "Mill Lane", "Harbour View", "Chapel Street", "Orchard Rise", "Beacon Road",
           "Kingfisher Way", "Station Approach", "Foxglove Drive", "The Paddocks", "Quarry Hill", "Tanners Row"]
TOWNS = [("Kendal", "LA9"), ("Truro", "TR1"), ("Ludlow", "SY8"), ("Whitby", "YO21"), ("Brecon", "LD3"),
         ("Oban", "PA34"), ("Stamford", "PE9"), ("Hexham", "NE46"), ("Dorchester", "DT1"), ("Ripon", "HG4"),
         ("Lewes", "BN7"), ("Malvern", "WR14"), ("Penrith", "CA11"), ("Bideford", "EX39")]
COUNTIES = {"Kendal": "Cumbria", "Truro": "Cornwall", "Ludlow": "Shropshire", "Whitby": "North Yorkshire",
            "Brecon": "Powys", "Oban": "Argyll", "Stamford": "Lincolnshire", "Hexham": "Northumberland",
            "Dorchester": "Dorset", "Ripon": "North Yorkshire", "Lewes": "East Sussex", "Malvern": "Worcestershire",
            "Penrith": "Cumbria", "Bideford": "Devon"}
FIRMS = ["Heatherbank Financial Planning", "Otterburn Wealth Partners", "Sandpiper Advice LLP",
         "Kestrel & Lyle Financial Services", "Greywether Planning", "Brightwater Chartered Planners"]
ADVISERS = ["Fiona Garroway", "Martin Okonjo", "Priya Lamont", "Declan Fitzroy", "Hannah Sowerby", "Owen Carradine"]
FUND_WORDS = ["Global Equity", "UK Smaller Companies", "Strategic Bond", "Cautious Managed", "Balanced Portfolio",
              "Asia Pacific ex Japan", "North American Growth", "Sterling Corporate Bond", "Property Income",
              "Emerging Markets", "Multi Asset Income", "European Select", "Index Linked Gilt", "Japan Tracker",
              "Sustainable Leaders", "Money Market"]
FUND_HOUSES = ["Ardmore", "Cairnside", "Tollgate", "Wensley", "Bramshaw", "Longstone", "Pitcairn", "Redesdale"]
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_NI = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CENT = Decimal("0.01")


def money(d: Decimal) -> str:
    """A truth money string: two places."""
    return str(d.quantize(CENT, ROUND_HALF_UP))


def gbp(d: Decimal | str, symbol: bool = True) -> str:
    """Money as printed: grouped, two places, with or without a pound sign."""
    s = f"{Decimal(d).quantize(CENT, ROUND_HALF_UP):,.2f}"
    return ("£" + s) if symbol else s


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_ordinal(d: dt.date) -> str:
    """'1st April 2026'."""
    return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"


def date_dots(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def date_abbrev(d: dt.date) -> str:
    """'01 Apr 26'-free form: '1-Apr-2026'."""
    return f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}"


def date_long_day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class Faker:
    """Fictional people, identifiers and funds from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def person(self) -> dict:
        r = self.r
        male = r.random() < 0.5
        title = r.choice(["Mr", "Mr", "Mr", "Dr"] if male else ["Mrs", "Ms", "Miss", "Mrs", "Dr"])
        first = r.choice(MALE if male else FEMALE)
        name = f"{first} {r.choice(MIDDLE[male])} {r.choice(LAST)}" if r.random() < 0.3 else f"{first} {r.choice(LAST)}"
        town, outward = r.choice(TOWNS)
        lines = [f"{r.randint(2, 188)} {r.choice(STREETS)}", town]
        if r.random() < 0.5:
            lines.append(COUNTIES[town])
        postcode = f"{outward} {r.randint(1, 9)}{r.choice(INWARD)}{r.choice(INWARD)}"
        dob = dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28))
        return {"title": title, "name": name, "lines": lines, "address": ", ".join(lines), "postcode": postcode,
                "dob": dob, "ni": self.ni()}

    def ni(self) -> str:
        while True:
            p = self.r.choice(NI_FIRST) + self.r.choice(NI_SECOND)
            if p not in BAD_NI:
                return p + f"{self.r.randint(0, 999999):06d}" + self.r.choice("ABCD")

    def policy(self, prefix: str) -> str:
        """A policy number with a provider-style prefix, e.g. 'IB-40718326' or 'WRP/0093412'."""
        r = self.r
        form = r.randrange(3)
        if form == 0:
            return f"{prefix}-{r.randint(10000000, 99999999)}"
        if form == 1:
            return f"{prefix}{r.randint(1000000, 9999999)}"
        return f"{prefix}/{r.randint(100000, 999999)}/{r.choice('ABCDEFGH')}"

    def isin(self) -> str:
        r = self.r
        if r.random() < 0.6:
            body = "".join(r.choice("BCDFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(6))
            if body[0].isdigit():
                body = "B" + body[1:]
            code = "GB00" + body + str(sedol_check(body))
        else:
            head = r.choice(["IE00", "LU0"])
            code = head + "".join(r.choice("0123456789") for _ in range(11 - len(head)))
        return code + str(isin_check(code))

    def funds(self, n: int, with_isin: bool, pence: bool = False) -> list[dict]:
        r = self.r
        seen, out = set(), []
        while len(out) < n:
            name = f"{r.choice(FUND_HOUSES)} {r.choice(FUND_WORDS)}"
            if name in seen:
                continue
            seen.add(name)
            kind = r.choice(["Acc", "Inc"])
            units = Decimal(r.randint(1000, 9_000_000)) / 1000
            price = Decimal(r.randint(5000, 95000)) / 100 if pence else Decimal(r.randint(8000, 65000)) / 10000
            per = price / 100 if pence else price
            value = (units * per).quantize(CENT, ROUND_HALF_UP)
            out.append({"fund_name": name, "kind": kind, "isin": self.isin() if with_isin else None,
                        "units": f"{units:.3f}", "unit_price": f"{price:.2f}" if pence else f"{price:.4f}",
                        "value": money(value), "price_currency": "GBX" if pence else "GBP"})
        return out


def sedol_check(six: str) -> int:
    total = sum(int(c, 36) * w for c, w in zip(six, (1, 3, 1, 7, 3, 9), strict=True))
    return (10 - total % 10) % 10


def isin_check(eleven: str) -> int:
    digits = "".join(str(int(c, 36)) for c in eleven)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def holding_truth(f: dict) -> dict:
    return {k: f[k] for k in ("fund_name", "isin", "units", "unit_price", "value", "price_currency")}
