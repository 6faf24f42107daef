"""Shared fictional data and drawing helpers for heldout14 (see README.md)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.utils import simpleSplit

FIELDS = {
    "loa": (
        "provider", "policy_numbers", "client_title", "client_name", "client_dob", "ni_number", "client_address",
        "client_postcode", "adviser_firm", "fca_frn", "adviser_name", "date_signed", "signature_present",
    ),
    "loa_response": (
        "provider", "policy_number", "client_title", "client_name", "client_dob", "ni_number", "client_address",
        "client_postcode", "plan_type", "valuation_date", "plan_value", "transfer_value", "regular_contribution",
        "contribution_frequency", "annual_charge_percent", "holdings",
    ),
    "annual_statement": (
        "provider", "policy_number", "client_title", "client_name", "client_dob", "ni_number", "client_address",
        "client_postcode", "plan_type", "valuation_date", "period_start", "plan_value", "transfer_value",
        "regular_contribution", "contribution_frequency", "annual_charge_percent", "holdings",
    ),
}

WOMEN = ["Eleanor", "Harriet", "Joanna", "Priya", "Fiona", "Rosalind", "Megan", "Aisha", "Bethany", "Catrin",
         "Gwen", "Imogen", "Lorna", "Nadia", "Philippa", "Sunita", "Tamsin", "Yvonne", "Moira", "Deborah"]
MEN = ["Alistair", "Bernard", "Callum", "Desmond", "Euan", "Gareth", "Hamish", "Idris", "Kieran", "Leonard",
       "Marcus", "Nigel", "Owain", "Rajesh", "Stuart", "Trevor", "Vikram", "Warren", "Duncan", "Graham"]
MIDDLE_W = ["Anne", "Louise", "Mary", "Claire", "Jane", "Ruth"]
MIDDLE_M = ["James", "Robert", "Peter", "John", "Alan", "Michael"]
SURNAMES = ["Ashworth", "Brindley", "Carmody", "Dunsford", "Ellery", "Fairbairn", "Gillow", "Hebden", "Ingleby",
            "Jessop", "Kershaw", "Lockwood", "Mottram", "Norbury", "Ockenden", "Pilling", "Quarmby", "Rushworth",
            "Sowerby", "Thwaite", "Underhill", "Varley", "Whitlock", "Yardley", "Bhattacharya", "MacLeod",
            "O'Rourke", "Pritchard", "Okonkwo", "Szymanski"]
STREETS = ["Alder Grove", "Beckside Road", "Cherry Tree Walk", "Dovecote Lane", "Elmfield Avenue", "Foxglove Close",
           "Granary Court", "Hawthorn Drive", "Ivy Bank", "Juniper Way", "Kestrel Rise", "Larch Crescent",
           "Millstone Road", "Nettleton Street", "Orchard Mews", "Pinfold Lane", "Quarry Hill", "Rowan Terrace",
           "Sycamore Gardens", "Tannery Row", "Upland Road", "Willow Bank"]
PLACES = [("LS6", "Headingley", "Leeds"), ("BS7", "Horfield", "Bristol"), ("M20", "Didsbury", "Manchester"),
          ("NE3", "Gosforth", "Newcastle upon Tyne"), ("EH10", "Morningside", "Edinburgh"),
          ("CF14", "Whitchurch", "Cardiff"), ("B13", "Moseley", "Birmingham"), ("NG5", "Sherwood", "Nottingham"),
          ("SO17", "Portswood", "Southampton"), ("YO24", "Dringhouses", "York"), ("GL50", None, "Cheltenham"),
          ("BA2", "Widcombe", "Bath"), ("EX4", None, "Exeter"), ("CB4", "Chesterton", "Cambridge"),
          ("OX4", "Cowley", "Oxford"), ("LE2", "Knighton", "Leicester"), ("S11", "Ecclesall", "Sheffield"),
          ("PR2", "Fulwood", "Preston"), ("DH1", None, "Durham"), ("CH2", "Upton", "Chester"),
          ("G12", "Hyndland", "Glasgow"), ("AB15", None, "Aberdeen"), ("TR1", None, "Truro"),
          ("NR2", None, "Norwich"), ("BT9", None, "Belfast"), ("HG1", None, "Harrogate")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
FIRMS = ["Marlowe Brook Financial Planning", "Tenterden Wealth Partners", "Greystone Quay Advisers",
         "Ashcombe & Reid Financial Management", "Northgate Meadow Wealth", "Calderwood Private Clients",
         "Fennick Lane Financial Advice", "Oriel Bridge Planning", "Stanway Hollow Wealth Management",
         "Pennant Row Financial Services"]
FUND_HOUSES = ["Larkfield", "Meridian Crest", "Oakwell", "Brightwater", "Hollins Bay", "Kingsmere", "Redlynch",
               "Silverdale", "Thornbury Park", "Westcombe"]
SECTORS = ["UK Equity Income", "Global Equity", "Sterling Corporate Bond", "Multi-Asset 40-60%", "Short Dated Gilt",
           "Asia Pacific ex Japan", "Global Property Securities", "North American Growth", "European Select",
           "Strategic Bond", "Global Smaller Companies", "Emerging Markets", "Sustainable Global Leaders",
           "Japan Equity", "Index-Linked Gilt", "Cautious Managed"]
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ0123456789"


def isin_check(body: str) -> str:
    """The ISIN `body` (11 characters) with its Luhn check digit appended."""
    digits = "".join(str(int(c, 36)) for c in body)
    for d in range(10):
        s = digits + str(d)
        total = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return body + str(d)
    raise AssertionError(body)


def sedol(rng: random.Random) -> str:
    """A fictional seven-character SEDOL (B + five consonants or digits) with its weighted check digit."""
    body = "B" + "".join(rng.choice(CONSONANTS) for _ in range(5))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> str:
    """A fictional ISIN with a valid check digit: GB00/IE00 on a SEDOL, or LU on nine digits."""
    kind = rng.random()
    if kind < 0.55:
        return isin_check("GB00" + sedol(rng))
    if kind < 0.8:
        return isin_check("IE00" + sedol(rng))
    return isin_check("LU" + "".join(rng.choice("0123456789") for _ in range(9)))


def person(rng: random.Random) -> dict:
    """A fictional person: title agreeing with the first name, DOB, NI number and address."""
    woman = rng.random() < 0.5
    first = rng.choice(WOMEN if woman else MEN)
    middle = rng.choice(MIDDLE_W if woman else MIDDLE_M) if rng.random() < 0.35 else None
    surname = rng.choice(SURNAMES)
    title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if woman else ["Mr", "Mr", "Mr", "Dr"])
    name = " ".join(x for x in (first, middle, surname) if x)
    dob = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 35))
    return {"title": title, "first": first, "surname": surname, "name": name, "dob": dob, "ni": ni(rng),
            **address(rng)}


def ni(rng: random.Random) -> str:
    """A National Insurance number valid in form (never QQ, no unallocated prefix)."""
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return a + b + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def address(rng: random.Random) -> dict:
    """Fictional address lines and a postcode valid in form."""
    out, district, town = rng.choice(PLACES)
    lines = [f"{rng.randint(1, 180)} {rng.choice(STREETS)}"]
    if rng.random() < 0.25:
        lines.insert(0, rng.choice(["Flat 3", "Flat 12", "The Old Forge", "Rose Cottage", "Apartment 7"]))
    if district:
        lines.append(district)
    lines.append(town)
    pc = f"{out} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    return {"lines": lines, "postcode": pc, "address": ", ".join(lines)}


def ni_print(rng: random.Random, n: str) -> str:
    """The NI number as printed: plain, in pairs, or `AB 123456 C`."""
    style = rng.randrange(3)
    if style == 0:
        return n
    if style == 1:
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    return f"{n[:2]} {n[2:8]} {n[8]}"


def ordinal(d: int) -> str:
    """1st, 2nd, 3rd, 4th ..."""
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fdate(d: date, style: str) -> str:
    """A date in one of the printed styles."""
    if style == "long":
        return f"{d.day} {d:%B %Y}"
    if style == "ord":
        return f"{ordinal(d.day)} {d:%B %Y}"
    if style == "slash":
        return f"{d:%d/%m/%Y}"
    if style == "dot":
        return f"{d:%d.%m.%Y}"
    if style == "short":
        return f"{d.day} {d:%b %Y}"
    return d.isoformat()


def money(v: Decimal, pound: bool = True) -> str:
    """Money with grouping, with or without a pound sign."""
    return ("£" if pound else "") + f"{v:,.2f}"


def q2(v: Decimal) -> Decimal:
    """Rounded half up to pence."""
    return v.quantize(Decimal("0.01"), ROUND_HALF_UP)


def holdings(rng: random.Random, n: int, pence_ok: bool = True, suffix: str | None = None) -> list[dict]:
    """Fund rows whose value is units times price (pence in pounds), as the truth holds them."""
    rows = []
    used = set()
    for _ in range(n):
        while True:
            name = f"{rng.choice(FUND_HOUSES)} {rng.choice(SECTORS)}"
            if name not in used:
                used.add(name)
                break
        name += " " + (suffix or rng.choice(["Acc", "Inc", "B Acc", "I Acc", "C Inc", "R Acc"]))
        units = Decimal(rng.randint(150_000, 9_500_000)) / 1000
        if pence_ok and rng.random() < 0.3:
            price = Decimal(rng.randint(5_000, 90_000)) / 100
            value = q2(units * price / 100)
            cur = "GBX"
        else:
            price = Decimal(rng.randint(6_000, 60_000)) / 10_000
            value = q2(units * price)
            cur = "GBP"
        shown = f"{price:.2f}" if cur == "GBX" else f"{price:.4f}"
        rows.append({"fund_name": name, "isin": isin(rng), "units": f"{units:.3f}", "unit_price": shown,
                     "value": f"{value:.2f}", "price_currency": cur})
    return rows


def units_print(u: str, sep: bool) -> str:
    """Units as printed, with or without thousands separators."""
    d = Decimal(u)
    return f"{d:,.3f}" if sep else f"{d:.3f}"


def price_print(h: dict, pound_sign: bool = False) -> str:
    """A price as printed: pence with `p`, pounds with four places."""
    if h["price_currency"] == "GBX":
        return f"{Decimal(h['unit_price']):.2f}p"
    return ("£" if pound_sign else "") + f"{Decimal(h['unit_price']):.4f}"


def total(rows: list[dict]) -> Decimal:
    """The sum of the rows' values."""
    return sum((Decimal(h["value"]) for h in rows), Decimal("0"))


class Page:
    """A canvas page addressed from the top-left corner (y grows downwards)."""

    def __init__(self, c, w: float, h: float):
        self.c, self.w, self.h = c, w, h

    def t(self, x, y, s, font="Helvetica", size=9.0, color=(0, 0, 0), align="l"):
        """Text at (x, y) from the top-left corner."""
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)
        c.setFillColorRGB(0, 0, 0)

    def para(self, x, y, s, width, font="Helvetica", size=9.0, lead=None, color=(0, 0, 0)):
        """Wrapped text; returns the y below it."""
        lead = lead or size * 1.3
        for line in simpleSplit(s, font, size, width):
            self.t(x, y, line, font, size, color)
            y += lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        """A rectangle whose top-left corner is (x, y)."""
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.rect(x, self.h - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def line(self, x0, y0, x1, y1, lw=0.5, color=(0, 0, 0)):
        """A line between two top-left-based points."""
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.line(x0, self.h - y0, x1, self.h - y1)
        c.setStrokeColorRGB(0, 0, 0)

    def table(self, x, y, headers, rows, widths, aligns=None, size=8.5, head_fill=(0.88, 0.9, 0.93),
              font="Helvetica", bold="Helvetica-Bold", grid=False, row_h=None, bold_last=False, head_color=(0, 0, 0)):
        """A simple table; returns the y below it."""
        row_h = row_h or size * 1.9
        aligns = aligns or ["l"] * len(widths)
        tw = sum(widths)

        def draw_row(cells, yy, f, fill=None, col=(0, 0, 0)):
            if fill:
                self.rect(x, yy, tw, row_h, fill=fill, stroke=None)
            cx = x
            for cell, wdt, al in zip(cells, widths, aligns, strict=True):
                tx = cx + 3 if al == "l" else (cx + wdt - 3 if al == "r" else cx + wdt / 2)
                self.t(tx, yy + row_h * 0.68, cell, f, size, col, al)
                cx += wdt
            if grid:
                self.rect(x, yy, tw, row_h, stroke=(0.5, 0.5, 0.5), lw=0.4)
                cx = x
                for wdt in widths[:-1]:
                    cx += wdt
                    self.line(cx, yy, cx, yy + row_h, 0.4, (0.5, 0.5, 0.5))

        if headers:
            draw_row(headers, y, bold, head_fill, head_color)
            y += row_h
        for i, r in enumerate(rows):
            last = bold_last and i == len(rows) - 1
            draw_row(r, y, bold if last else font)
            if not grid:
                self.line(x, y + row_h, x + tw, y + row_h, 0.3, (0.7, 0.7, 0.7))
            y += row_h
        return y

    def ink(self, rng: random.Random, x, y, w=120, h=22):
        """A fictional hand signature: a few blue-black strokes."""
        c = self.c
        c.setStrokeColorRGB(0.08, 0.12, 0.38)
        c.setLineWidth(rng.uniform(0.9, 1.5))
        px, py = x, y + h * 0.6
        for _ in range(rng.randint(3, 5)):
            nx = px + rng.uniform(w * 0.15, w * 0.3)
            ny = y + rng.uniform(0.1, 0.95) * h
            c.bezier(px, self.h - py, px + rng.uniform(-10, 25), self.h - (y + rng.uniform(-4, h + 4)),
                     nx - rng.uniform(-10, 25), self.h - (y + rng.uniform(-4, h + 4)), nx, self.h - ny)
            px, py = nx, ny
        c.line(x + w * 0.1, self.h - (y + h * 0.8), x + w * rng.uniform(0.6, 0.95), self.h - (y + h * 0.75))
        c.setStrokeColorRGB(0, 0, 0)

    def footer(self, left: str, n: int, of: int, size=7.0):
        """The footer: a left-hand note and `Page n of m`."""
        self.line(40, self.h - 34, self.w - 40, self.h - 34, 0.4, (0.6, 0.6, 0.6))
        self.t(40, self.h - 24, left, "Helvetica", size, (0.35, 0.35, 0.35))
        self.t(self.w - 40, self.h - 24, f"Page {n} of {of}", "Helvetica", size, (0.35, 0.35, 0.35), "r")
