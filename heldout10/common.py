"""Fictional people, codes, funds and drawing helpers for heldout10 (see README.md)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

MALE = ["Alastair", "Gareth", "Nigel", "Rhys", "Duncan", "Malcolm", "Trevor", "Colin", "Hamish", "Declan", "Bernard"]
FEMALE = ["Morag", "Sian", "Gillian", "Lorna", "Bethan", "Fiona", "Yvonne", "Carys", "Rosalind", "Maureen", "Hazel"]
MIDDLE_M = ["James", "Owen", "Peter", "Hugh", "Neil"]
MIDDLE_F = ["Ann", "Mary", "Louise", "Jane", "Ruth"]
SURNAMES = [
    "Pendlebury",
    "Ashcombe",
    "Trevithick",
    "Maclaren",
    "Gethin",
    "Ollerton",
    "Brackley",
    "Fairweather",
    "Kinloch",
    "Penhaligon",
    "Westrop",
    "Haverford",
    "Cardew",
    "Lathom",
    "Renwick",
    "Dunstable",
    "Ormerod",
    "Tremlett",
    "Blakiston",
    "Quarrie",
]
STREETS = [
    "Lark Rise",
    "Chapel Brow",
    "Sycamore Close",
    "Old Forge Lane",
    "Mill Race Road",
    "Kiln Street",
    "Heather Bank",
    "Tannery Walk",
    "Windmill Crescent",
    "Orchard Garth",
    "Bridle Way",
    "Ferry Road",
]
# town, area letters of its postcode (real postcode areas; districts and units invented)
TOWNS = [
    ("Harrogate", "HG"),
    ("Exeter", "EX"),
    ("Bangor", "LL"),
    ("Perth", "PH"),
    ("Lincoln", "LN"),
    ("Shrewsbury", "SY"),
    ("Kendal", "LA"),
    ("Truro", "TR"),
    ("Stirling", "FK"),
    ("Norwich", "NR"),
    ("Worcester", "WR"),
    ("Carlisle", "CA"),
    ("Swansea", "SA"),
    ("Colchester", "CO"),
]
LOCALITIES = ["Upper Denby", "Northgate", "St Judes", "Westfield", "Abbey Hey", "Low Moor"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}

FIRMS = [
    ("Tarnbrook Wealth Ltd", "Truro"),
    ("Wenlow Financial Planning LLP", "Kendal"),
    ("Saltmarsh & Pryor Advisers", "Norwich"),
    ("Greyfell Capital Planning", "Carlisle"),
    ("Linnet Hill Financial Ltd", "Worcester"),
    ("Corrie & Dalgleish Financial", "Stirling"),
]
ADVISERS = ["Owen Pryce", "Harriet Lomax", "Callum Ferrier", "Priya Sandhu", "Ewan Dobbie", "Tessa Marchbank"]

FAMILIES = [
    "Kestrel Vale",
    "Marlstone",
    "Ashgrove",
    "Pennant Bay",
    "Coldharbour",
    "Brightwater",
    "Tolland",
    "Redwing",
    "Quayside",
    "Fellgate",
]
# asset class, fund descriptions of that class
CLASSES = {
    "Equities": [
        "UK Equity Income",
        "Global Index",
        "Japan Growth",
        "European Select",
        "Emerging Markets",
        "North American Index",
        "UK Smaller Companies",
    ],
    "Fixed interest": ["Sterling Corporate Bond", "Strategic Bond", "Index-Linked Gilt", "Global Bond"],
    "Property": ["UK Property", "Global Property Securities"],
    "Multi-asset": ["Balanced Managed", "Cautious Multi-Asset", "Dynamic 60", "Adventurous Portfolio"],
}
CLASSES_ALL = [d for v in CLASSES.values() for d in v]
SHARE = ["B Acc", "C Acc", "I Inc", "Acc", "R Acc", "S Inc"]
SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def money(x: Decimal) -> str:
    """Money."""
    return str(x.quantize(Decimal("0.01"), ROUND_HALF_UP))


def gbp(x: Decimal, sign: bool = True) -> str:
    """Gbp."""
    s = f"{x.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"
    return ("£" + s) if sign else s


def person(rng):
    """Person."""
    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M) if rng.random() < 0.4 else None
    surname = rng.choice(SURNAMES)
    title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Mr", "Dr"])
    dob = dt.date(rng.randint(1948, 1984), rng.randint(1, 12), rng.randint(1, 28))
    town, area = rng.choice(TOWNS)
    lines = [f"{rng.randint(2, 140)} {rng.choice(STREETS)}"]
    if rng.random() < 0.5:
        lines.append(rng.choice(LOCALITIES))
    lines.append(town)
    return {
        "title": title,
        "first": first,
        "middle": middle,
        "surname": surname,
        "forenames": f"{first} {middle}" if middle else first,
        "name": " ".join(p for p in (first, middle, surname) if p),
        "dob": dob,
        "ni": ni(rng),
        "lines": lines,
        "postcode": postcode(rng, area),
    }


def postcode(rng, area: str) -> str:
    """Postcode."""
    return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


def ni(rng) -> str:
    """Ni."""
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def ni_print(rng, code: str) -> str:
    """Ni print."""
    k = rng.random()
    if k < 0.45:
        return f"{code[:2]} {code[2:4]} {code[4:6]} {code[6:8]} {code[8]}"
    if k < 0.6:
        return f"{code[:2]} {code[2:8]} {code[8]}"
    return code


STREETS_FIRM = ["Quay Street", "Market Place", "Highgate", "Bank Chambers, King Street"]


def firm(rng):
    """Firm."""
    name, town = rng.choice(FIRMS)
    area = dict(TOWNS)[town]
    return {
        "name": name,
        "adviser": rng.choice(ADVISERS),
        "lines": [
            f"{rng.randint(1, 40)} {rng.choice(STREETS_FIRM)}",
            town,
        ],
        "postcode": postcode(rng, area),
        "phone": f"01632 {rng.randint(100000, 999999)}",
    }


def sedol(rng) -> str:
    """Sedol."""
    body = "B" + "".join(rng.choice(SEDOL_CHARS) for _ in range(5))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    """Isin check."""
    for d in "0123456789":
        digits = "".join(str(int(c, 36)) for c in body + d)
        total = 0
        for i, ch in enumerate(reversed(digits)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return body + d
    raise AssertionError(body)


def isin(rng) -> str:
    """Isin."""
    if rng.random() < 0.7:
        return isin_check("GB00" + sedol(rng))
    if rng.random() < 0.5:
        return isin_check("IE00" + sedol(rng))
    return isin_check("LU" + "".join(str(rng.randint(0, 9)) for _ in range(9)))


def fund_name(rng, desc: str | None = None) -> str:
    """Fund name."""
    return f"{rng.choice(FAMILIES)} {desc or rng.choice(CLASSES_ALL)} {rng.choice(SHARE)}"


def holding(rng, name: str, pence: bool, with_isin: bool = True, big: bool = False):
    """Holding."""
    units = Decimal(rng.randint(80_000, 9_000_000 if big else 4_000_000)) / 1000
    if pence:
        price = Decimal(rng.randint(4_000, 98_000)) / 100
        value = (units * price / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    else:
        price = Decimal(rng.randint(5_000, 60_000)) / 10_000
        value = (units * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return {
        "fund_name": name,
        "isin": isin(rng) if with_isin else None,
        "units": f"{units:.3f}",
        "unit_price": f"{price:.2f}" if pence else f"{price:.4f}",
        "value": money(value),
        "price_currency": "GBX" if pence else "GBP",
    }


def units_print(h, commas: bool = True) -> str:
    """Units print."""
    d = Decimal(h["units"])
    return f"{d:,.3f}" if commas else f"{d:.3f}"


def price_print(h, style: str = "sym") -> str:
    """Price print."""
    if h["price_currency"] == "GBX":
        return f"{h['unit_price']}p" if style == "sym" else h["unit_price"]
    return f"£{h['unit_price']}" if style == "sym" else h["unit_price"]


def total(hs) -> Decimal:
    """Total."""
    return sum((Decimal(h["value"]) for h in hs), Decimal(0))


def d_long(d: dt.date) -> str:
    """D long."""
    return f"{d.day} {d:%B %Y}"


def d_ord(d: dt.date) -> str:
    """D ord."""
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {d:%B %Y}"


def d_slash(d: dt.date) -> str:
    """D slash."""
    return f"{d:%d/%m/%Y}"


def d_dash(d: dt.date) -> str:
    """D dash."""
    return f"{d:%d-%m-%Y}"


def d_short(d: dt.date) -> str:
    """D short."""
    return f"{d.day} {d:%b %Y}"


def d_any(rng, d: dt.date) -> str:
    """D any."""
    return rng.choice([d_long, d_ord, d_slash, d_short])(d)


def signature(c, rng, x: float, y: float, w: float = 120) -> None:
    """A fictional ink scrawl: a few bezier strokes in dark blue or black."""
    c.saveState()
    c.setStrokeColorRGB(*rng.choice([(0.05, 0.1, 0.45), (0.1, 0.1, 0.1), (0.0, 0.15, 0.55)]))
    c.setLineWidth(rng.uniform(0.8, 1.4))
    px, py = x, y + rng.uniform(2, 8)
    for _ in range(rng.randint(3, 5)):
        nx = px + rng.uniform(w / 6, w / 3)
        ny = y + rng.uniform(0, 16)
        c.bezier(
            px,
            py,
            px + rng.uniform(-10, 25),
            py + rng.uniform(-14, 22),
            nx - rng.uniform(-10, 25),
            ny + rng.uniform(-22, 14),
            nx,
            ny,
        )
        px, py = nx, ny
        if px > x + w:
            break
    c.line(x + rng.uniform(0, 20), y - 2, x + w * rng.uniform(0.6, 1.0), y + rng.uniform(-3, 3))
    c.restoreState()


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def para(
    c, text: str, x: float, y: float, width: float, font: str = "Helvetica", size: float = 10, lead: float | None = None
) -> float:
    """Draw wrapped text from baseline y downwards; returns the y below it."""
    lead = lead or size * 1.35
    c.setFont(font, size)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y
