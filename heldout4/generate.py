#!/usr/bin/env python3
"""heldout4: a fourth held-out set of UK advice paperwork, drawn without sight of the extractor.

Writes docs/h4-NNN.pdf with docs/h4-NNN.truth.json beside each: 60 text documents (a text layer drawn
with reportlab) and 16 scanned ones (pages rendered to images with pypdfium2, degraded as office scanners
and phones do, wrapped into image-only PDFs). The truth is the record as the page prints it: a layout sets
a field in the truth only when it draws that field, so a field not printed stays null (spec/record.md).

    /work/main/.venv/bin/python heldout4/generate.py [--out heldout4/docs] [--seed 20261202]

Everything here is fictional except the provider brand names (the `name:` lines of the provider registry)
and two legal-entity lines quoted from the providers' own public pages (see README.md).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

W, H = A4
SEED = 20261202

# The record fields of each doc type, in the contract's order (spec/record.md; provcheck/models.py).
COMMON = ("provider", "client_title", "client_name", "client_dob", "ni_number", "client_address", "client_postcode")
FIELDS = {
    "loa": (
        "provider",
        "policy_numbers",
        *COMMON[1:],
        "adviser_firm",
        "fca_frn",
        "adviser_name",
        "date_signed",
        "signature_present",
    ),
    "loa_response": (
        "provider",
        "policy_number",
        *COMMON[1:],
        "plan_type",
        "valuation_date",
        "plan_value",
        "transfer_value",
        "regular_contribution",
        "contribution_frequency",
        "annual_charge_percent",
        "holdings",
    ),
    "annual_statement": (
        "provider",
        "policy_number",
        *COMMON[1:],
        "plan_type",
        "valuation_date",
        "period_start",
        "plan_value",
        "transfer_value",
        "regular_contribution",
        "contribution_frequency",
        "annual_charge_percent",
        "holdings",
    ),
}

# --------------------------------------------------------------------------------------------------------------
# fictional people, places and firms

FIRST = [
    "Eleanor",
    "Gareth",
    "Priya",
    "Callum",
    "Bronwen",
    "Tobias",
    "Aisling",
    "Desmond",
    "Harriet",
    "Rupert",
    "Morwenna",
    "Idris",
    "Felicity",
    "Lachlan",
    "Ngozi",
    "Declan",
    "Imogen",
    "Barnaby",
    "Saoirse",
    "Hamish",
    "Yasmin",
    "Crispin",
    "Rosalind",
    "Alasdair",
    "Temperance",
    "Jasper",
    "Winifred",
    "Oluwaseun",
    "Clement",
    "Maeve",
    "Anwen",
    "Percival",
    "Ottoline",
    "Ruaridh",
    "Delphine",
    "Kwabena",
    "Beatrix",
    "Ambrose",
]
MALE = {
    "Gareth",
    "Callum",
    "Tobias",
    "Desmond",
    "Rupert",
    "Idris",
    "Lachlan",
    "Declan",
    "Barnaby",
    "Hamish",
    "Crispin",
    "Alasdair",
    "Jasper",
    "Oluwaseun",
    "Clement",
    "Percival",
    "Ruaridh",
    "Kwabena",
    "Ambrose",
}
MIDDLE = ["Jane", "Louise", "Thomas", "Marie", "James", "Anne", "Rhys", "Claire", "Edward", "Grace", "Owen"]
LAST = [
    "Pennington",
    "Ashdown",
    "Mowbray",
    "Treharne",
    "Okonkwo",
    "Fairclough",
    "Lindqvist",
    "Haverstock",
    "McAllister",
    "Quarrie",
    "Bellingham",
    "Whitlock",
    "Chaudhry",
    "Vasquez-Hale",
    "Ormerod",
    "Tregarthen",
    "Dunmore",
    "Abernethy",
    "Castellan",
    "Rowntree",
    "Yardley",
    "Featherstone",
    "Oyelaran",
    "Blackwood",
    "Kingsley-Moore",
    "Hollings",
    "Darrow",
    "Pemberton",
    "Strachan",
    "Nightingale",
    "O'Loughlin",
    "Esterhuizen",
]
STREETS = [
    "Larkspur Close",
    "Millbrook Road",
    "Ferncliffe Avenue",
    "Coppergate Lane",
    "St Aldhelm's Walk",
    "Rowan Tree Drive",
    "Quarry Hill Terrace",
    "Harbour View",
    "Beacon Rise",
    "Tannery Row",
    "Orchard Mews",
    "Kestrel Way",
    "Gilliflower Street",
    "Pinfold Lane",
    "Sandpiper Crescent",
    "Chantry Gardens",
    "Weavers Court",
    "Old Forge Road",
    "Bishopsgate Place",
    "Heron Bank",
]
HOUSES = [
    "The Old Rectory",
    "Flat 4, Kingfisher House",
    "Rose Cottage",
    "Apartment 12, The Maltings",
    "Hillcrest",
    "2 Mill Cottages",
    "Flat B",
    "Wren House",
]
# (town, outward codes of that town's area)
TOWNS = [
    ("Leeds", ["LS6", "LS8", "LS17"]),
    ("Bristol", ["BS6", "BS7", "BS9"]),
    ("Norwich", ["NR2", "NR4"]),
    ("Exeter", ["EX2", "EX4"]),
    ("Cardiff", ["CF14", "CF23"]),
    ("Manchester", ["M20", "M21"]),
    ("Glasgow", ["G12", "G41"]),
    ("Edinburgh", ["EH10", "EH4"]),
    ("York", ["YO31", "YO24"]),
    ("Southampton", ["SO15", "SO17"]),
    ("Plymouth", ["PL4", "PL3"]),
    ("Derby", ["DE22", "DE3"]),
    ("Nottingham", ["NG5", "NG7"]),
    ("Shrewsbury", ["SY3", "SY1"]),
    ("Truro", ["TR1"]),
    ("Bangor", ["LL57"]),
    ("Ipswich", ["IP4", "IP1"]),
    ("Harrogate", ["HG1", "HG2"]),
    ("Cheltenham", ["GL50", "GL52"]),
    ("Lancaster", ["LA1"]),
]
COUNTIES = {
    "Truro": "Cornwall",
    "Shrewsbury": "Shropshire",
    "Bangor": "Gwynedd",
    "Harrogate": "North Yorkshire",
    "Cheltenham": "Gloucestershire",
    "Ipswich": "Suffolk",
    "Lancaster": "Lancashire",
}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# NI numbers: the valid format (spec/domain.md), random digits, on fictional people
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_UNALLOCATED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

ADVISERS = [
    "Brackenridge Wealth Planning",
    "Oakhurst & Vale Financial Ltd",
    "Tidewater Retirement Partners",
    "Kelsall Cooper Private Clients",
    "Northgate Lane Advisory LLP",
    "Marram Financial Planning",
    "Fernleigh & Brook Wealth Ltd",
    "Copperbeech Independent Advisers",
    "Saltmarsh Financial Partners",
    "Hollowell Garth Wealth Management",
    "Lanthorn Chartered Planners Ltd",
    "Quayside Pensions Advice",
]
ADVISER_PEOPLE = [
    "Morgan Ellery",
    "Sunita Varma",
    "Robert Caddick",
    "Fiona Lennox",
    "Adebayo Cole",
    "Catriona Weir",
    "Daniel Rees-Owen",
    "Hannah Kirkby",
    "Ewan Maclure",
    "Joanne Thackeray",
]
# Provider brand names exactly as the registry's `name:` lines spell them; two legal entities come from the
# providers' own public pages (README.md cites them). Fictional houses are printed with a legal suffix in the
# footer only: their truth is the name with the suffix removed (spec/record.md "More decisions").
PENSION_BRANDS = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Aegon",
    "Legal & General",
    "Zurich",
    "Prudential",
    "Canada Life",
    "Standard Life",
    "LV=",
    "Wesleyan",
    "PensionBee",
]
PLATFORM_BRANDS = [
    "AJ Bell",
    "Hargreaves Lansdown",
    "Fidelity",
    "Transact",
    "Quilter",
    "Nucleus",
    "interactive investor",
    "Vanguard",
    "7IM",
    "Novia",
]
BOND_BRANDS = ["Aviva", "Prudential", "Canada Life", "Quilter", "Zurich", "Legal & General"]
OFFSHORE_BRANDS = ["Utmost Wealth Solutions"]
LEGAL = {
    "Scottish Widows": "Scottish Widows Limited",
    "Royal London": "The Royal London Mutual Insurance Society Limited",
}
FICTIONAL = [
    ("Harrowby Life", "Harrowby Life Limited", "pension"),
    ("Calderwood Platform", "Calderwood Platform Services Ltd", "platform"),
    ("Penhallow Mutual", "Penhallow Mutual plc", "pension"),
    ("Ravensworth Investment Bonds", "Ravensworth Investment Bonds Limited", "bond"),
    ("Skerryvore International", "Skerryvore International Limited", "offshore"),
]

FUND_HOUSES = [
    "Kingsmead",
    "Arden Vale",
    "Halyard",
    "Bellweather",
    "Corrie & Strand",
    "Lowther",
    "Greyfriars",
    "Meridian Hill",
    "Tamar",
    "Sable Point",
    "Northwall",
    "Cairnmore",
]
SECTORS = {
    "UK Equities": ["UK Equity Index", "UK Smaller Companies", "UK Equity Income", "FTSE All-Share Tracker"],
    "Global Equities": [
        "Global Sustainable Growth",
        "North American Equity Tracker",
        "Japan Smaller Companies",
        "European Opportunities",
        "Asia Pacific ex Japan Income",
        "Emerging Markets Leaders",
    ],
    "Fixed Interest": ["Sterling Corporate Bond", "Strategic Bond", "Index-Linked Gilt", "Short Dated Gilt Index"],
    "Mixed Investment": [
        "Multi-Asset Cautious 20-60% Shares",
        "Managed Portfolio Growth 40-85% Shares",
        "Balanced Lifestyle Target Date 2041",
        "Dynamic Multi-Index Adventurous",
    ],
    "Property and Other": ["UK Commercial Property Trust", "Global Infrastructure", "Sterling Liquidity"],
}
CLASSES = [
    "Acc",
    "Inc",
    "B Acc",
    "Class C Accumulation",
    "I Accumulation GBP",
    "S4 Pension",
    "Pn",
    "(Life)",
    "R Acc",
    "Institutional Income",
]


def money(x: Decimal) -> str:
    """Money in the contract's form: two places, no symbol or commas."""
    return str(x.quantize(Decimal("0.01"), ROUND_HALF_UP))


def fmt_money(x: Decimal, style: int) -> str:
    """Money as a page prints it, in one of four styles."""
    q = x.quantize(Decimal("0.01"), ROUND_HALF_UP)
    body = f"{q:,.2f}"
    return [f"£{body}", body, f"GBP {body}", f"£{q:.2f}"][style % 4]


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(d: date, style: int) -> str:
    """A date as a page prints it, in one of five UK styles."""
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d:%d/%m/%Y}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        f"{d.day}{suffix} {MONTHS[d.month - 1]} {d.year}",
        f"{d:%d.%m.%Y}",
    ][style % 5]


def luhn_isin_check(body: str) -> str:
    """The ISIN check digit of a country code plus nine characters."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def sedol(rng: random.Random) -> str:
    """A made-up SEDOL with a correct check digit."""
    chars = "BCDFGHJKLMNPQRSTVWXYZ0123456789"
    body = "B" + "".join(rng.choice(chars) for _ in range(5))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def make_isin(rng: random.Random) -> tuple[str, str | None]:
    """An ISIN with a correct check digit, and the SEDOL inside it when it is a GB one."""
    kind = rng.random()
    if kind < 0.55:
        s = sedol(rng)
        body = "GB00" + s
        return body + luhn_isin_check(body), s
    if kind < 0.8:
        body = "IE00" + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(7))
        return body + luhn_isin_check(body), None
    body = "LU" + "".join(rng.choice("0123456789") for _ in range(9))
    return body + luhn_isin_check(body), None


@dataclass
class Person:
    """A fictional client."""

    title: str
    first: str
    middle: str | None
    last: str
    dob: date
    ni: str
    lines: list[str]
    postcode: str

    @property
    def name(self) -> str:
        """The full name without title."""
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def person(
    rng: random.Random, last: str | None = None, lines: list[str] | None = None, postcode: str | None = None
) -> Person:
    """A fictional client; a second holder may share the first's surname and address."""
    first = rng.choice(FIRST)
    # titles follow the first name's usual reading; Dr for anyone
    title = rng.choice(["Mr", "Dr"] if first in MALE else ["Mrs", "Ms", "Miss", "Dr"])
    middle = rng.choice(MIDDLE) if rng.random() < 0.35 else None
    dob = date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28))
    prefix = "GB"
    while prefix in NI_UNALLOCATED:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
    ni = prefix + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD")
    if lines is None:
        town, outs = rng.choice(TOWNS)
        street = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        lines = ([rng.choice(HOUSES)] if rng.random() < 0.3 else []) + [street]
        if rng.random() < 0.3:
            lines.append(
                rng.choice(
                    [
                        "Headingley",
                        "Clifton",
                        "Eaton",
                        "Heavitree",
                        "Llandaff",
                        "Didsbury",
                        "Hyndland",
                        "Morningside",
                        "Heworth",
                        "Shirley",
                        "Mutley",
                        "Littleover",
                    ]
                )
            )
        lines.append(town)
        if town in COUNTIES and rng.random() < 0.6:
            lines.append(COUNTIES[town])
        postcode = f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return Person(title, first, middle, last or rng.choice(LAST), dob, ni, list(lines), postcode or "")


def ni_printed(ni: str, style: int) -> str:
    """An NI number printed with or without its spaces."""
    if style % 2:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    return ni


def fund_name(rng: random.Random, sector: str, long: bool) -> str:
    """A made-up fund name; long ones wrap in a table cell."""
    base = f"{rng.choice(FUND_HOUSES)} {rng.choice(SECTORS[sector])}"
    cls = rng.choice(CLASSES)
    if long:
        base = f"{base} Fund {rng.choice(['Series 3', 'Pension Series 2', 'Sub-Fund', 'Portfolio'])}"
    return f"{base} {cls}"


@dataclass
class Hold:
    """One fund holding as drawn: numbers and their printed text."""

    name: str
    sector: str
    isin: str | None
    sedol: str | None
    units: Decimal
    price: Decimal
    pence: bool
    value: Decimal
    units_text: str
    price_text: str


def holdings(rng: random.Random, n: int, pence: bool, long_names: bool, total_hint: float) -> list[Hold]:
    """Fund holdings whose values add up to roughly `total_hint`."""
    out = []
    sectors = list(SECTORS)
    weights = [rng.random() + 0.2 for _ in range(n)]
    for i in range(n):
        sector = rng.choice(sectors)
        name = fund_name(rng, sector, long_names and rng.random() < 0.6)
        while name in {h.name for h in out}:  # one row per fund
            name = fund_name(rng, sector, long_names and rng.random() < 0.6)
        isin, sd = make_isin(rng)
        udp = rng.choice([2, 3, 4])
        if pence:
            price = Decimal(rng.randint(5000, 98000)) / 100  # 50.00p .. 980.00p
            ptxt = f"{price:.2f}"
            pounds = price / 100
        else:
            pdp = rng.choice([2, 3, 4])
            price = Decimal(rng.randint(50, 9000)) / 100 + Decimal(rng.randint(0, 99)) / (10**pdp * 10)
            price = price.quantize(Decimal(1).scaleb(-pdp))
            ptxt = f"{price:.{pdp}f}"
            pounds = price
        target = total_hint * weights[i] / sum(weights)
        units = (Decimal(str(target)) / pounds).quantize(Decimal(1).scaleb(-udp))
        value = (units * pounds).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if value <= 0:
            units, value = Decimal("1").quantize(Decimal(1).scaleb(-udp)), pounds.quantize(Decimal("0.01"))
        utxt = f"{units:,.{udp}f}" if rng.random() < 0.5 else f"{units:.{udp}f}"
        out.append(Hold(name, sector, isin, sd, units, price, pence, value, utxt, ptxt))
    return out


def truth_holding(h: Hold, isin_printed: bool, price_printed: bool = True, units_printed: bool = True) -> dict:
    """The truth row of a holding: only the cells the table prints."""
    row = {
        "fund_name": h.name,
        "isin": h.isin if isin_printed else None,
        "units": h.units_text.replace(",", "") if units_printed else None,
        "unit_price": h.price_text if price_printed else None,
        "value": money(h.value),
    }
    if price_printed:
        row["price_currency"] = "GBX" if h.pence else "GBP"
    return row


# --------------------------------------------------------------------------------------------------------------
# drawing


class Pdf:
    """A reportlab canvas with top-down coordinates and a few drawing helpers."""

    def __init__(self, buf: io.BytesIO, font: str = "Helvetica"):
        self.c = Canvas(buf, pagesize=A4, invariant=1)
        self.font = font
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
        self.pages = 1

    def t(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        bold: bool = False,
        align: str = "l",
        font: str | None = None,
    ) -> None:
        """Draw a string at top-down y, left, right or centre aligned."""
        f = font or (self.bold if bold else self.font)
        self.c.setFont(f, size)
        if align == "r":
            self.c.drawRightString(x, H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, H - y, s)
        else:
            self.c.drawString(x, H - y, s)

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, grey: float = 0.0) -> None:
        """Draw a line between two top-down points."""
        self.c.setStrokeGray(grey)
        self.c.setLineWidth(width)
        self.c.line(x0, H - y0, x1, H - y1)
        self.c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, width: float = 0.6) -> None:
        """Draw a box whose top-left corner is (x, y)."""
        self.c.setLineWidth(width)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def para(self, x: float, y: float, text: str, width: float, size: float = 10, lead: float = 1.35) -> float:
        """Wrap `text` into `width`; returns the y below the paragraph."""
        words, line = text.split(), ""
        for w in words:
            trial = f"{line} {w}".strip()
            if stringWidth(trial, self.font, size) > width and line:
                self.t(x, y, line, size)
                y += size * lead
                line = w
            else:
                line = trial
        if line:
            self.t(x, y, line, size)
            y += size * lead
        return y

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """Split `text` into lines that fit `width`."""
        words, lines, line = text.split(), [], ""
        for w in words:
            trial = f"{line} {w}".strip()
            if stringWidth(trial, self.font, size) > width and line:
                lines.append(line)
                line = w
            else:
                line = trial
        return lines + [line]

    def page(self) -> None:
        """Start a new page."""
        self.c.showPage()
        self.pages += 1

    def save(self) -> None:
        """Finish the PDF."""
        self.c.save()


def draw_signature(pdf: Pdf, rng: random.Random, x: float, y: float, kind: str, name: str, when: str) -> None:
    """A mark on the signature line whose baseline is at y: ink strokes, a curve, an image, or an e-sign stamp."""
    c = pdf.c
    c.setStrokeColorRGB(0.05, 0.1, 0.35)
    if kind == "strokes":
        c.setLineWidth(1.2)
        pts = [(x + i * rng.uniform(6, 11), y - rng.uniform(2, 16)) for i in range(rng.randint(9, 14))]
        path = c.beginPath()
        path.moveTo(pts[0][0], H - pts[0][1])
        for px, py in pts[1:]:
            path.lineTo(px, H - py)
        c.drawPath(path, stroke=1, fill=0)
    elif kind == "curves":
        c.setLineWidth(1.0)
        path = c.beginPath()
        cx, cy = x, y - 6
        path.moveTo(cx, H - cy)
        for _ in range(rng.randint(4, 6)):
            nx = cx + rng.uniform(14, 26)
            path.curveTo(cx + 4, H - (cy - rng.uniform(8, 22)), nx - 4, H - (cy + rng.uniform(2, 10)), nx, H - cy)
            cx = nx
        path.moveTo(x - 4, H - (y - 2))
        path.curveTo(x + 30, H - (y - 10), x + 70, H - (y + 2), cx + 10, H - (y - 8))
        c.drawPath(path, stroke=1, fill=0)
    elif kind == "image":
        img = Image.new("RGB", (420, 110), "white")
        d = ImageDraw.Draw(img)
        pts = []
        for i in range(60):
            t = i / 59
            pts.append(
                (20 + 380 * t, 60 + 30 * math.sin(t * rng.uniform(9, 15)) * (1 - t * 0.5) + 10 * math.sin(t * 37))
            )
        d.line(pts, fill=(20, 30, 90), width=4, joint="curve")
        d.line([(30, 85), (200, 78), (390, 88)], fill=(20, 30, 90), width=3)
        # a pasted image: its white paper is masked out, so the line shows through
        c.drawImage(ImageReader(img), x - 4, H - y - 4, width=140, height=36, mask=[235, 255, 235, 255, 235, 255])
    elif kind == "esign":
        c.setStrokeColorRGB(0.1, 0.3, 0.6)
        c.setLineWidth(0.8)
        c.roundRect(x - 2, H - y + 1, 200, 36, 4, stroke=1, fill=0)
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.setFont("Helvetica-Oblique", 12)
        c.drawString(x + 4, H - y + 22, name)
        c.setFont("Helvetica", 6.5)
        c.drawString(x + 4, H - y + 13, f"Electronically signed {when}")
        c.drawString(x + 4, H - y + 5, f"Signing ref {rng.randrange(16**8):08X}-{rng.randrange(16**4):04X}")
        c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def table(
    pdf: Pdf,
    x: float,
    y: float,
    cols: list[tuple[str, float, str]],
    rows: list[list[str]],
    size: float = 8.5,
    wrap_col: int | None = 0,
    head_fill: float = 0.88,
    kinds: list[str] | None = None,
    grid: bool = False,
) -> float:
    """Draw a table; `kinds[i]` is 'row', 'head' (a sector sub-heading) or 'sub' (a subtotal). Returns the y below."""
    total_w = sum(w for _, w, _ in cols)
    pdf.rect(x, y, total_w, size + 7, fill=head_fill, width=0.3)
    cx = x
    for title, w, al in cols:
        tx = cx + w - 3 if al == "r" else cx + 3
        pdf.t(tx, y + size + 2.5, title, size, bold=True, align=al)
        cx += w
    y += size + 7
    for i, row in enumerate(rows):
        kind = (kinds or [])[i] if kinds else "row"
        if kind == "head":
            y += size + 4
            pdf.t(x + 3, y, row[0], size, bold=True)
            y += 3
            continue
        cells = []
        for j, cell in enumerate(row):
            if j == wrap_col and kind == "row":
                cells.append(pdf.wrap(cell, cols[j][1] - 6, size))
            else:
                cells.append([cell])
        n = max(len(cl) for cl in cells)
        cx = x
        for j, (_, w, al) in enumerate(cols):
            for k, ln in enumerate(cells[j] if j < len(cells) else []):
                tx = cx + w - 3 if al == "r" else cx + 3
                pdf.t(tx, y + size + 2 + k * (size + 1.5), ln, size, bold=(kind == "sub"), align=al)
            cx += w
        y += n * (size + 1.5) + 4
        if grid or kind == "sub":
            pdf.line(x, y, x + total_w, y, 0.3, 0.5)
    return y + 2


# --------------------------------------------------------------------------------------------------------------
# the documents


@dataclass
class Truth:
    """A document's truth: every field of its type, null until the layout prints it."""

    doc_type: str
    variant: str
    record: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.record = {k: ([] if k in ("holdings", "policy_numbers") else None) for k in FIELDS[self.doc_type]}

    def set(self, key: str, value) -> None:
        """Record a field the layout has printed."""
        assert key in self.record, key
        self.record[key] = value


def pick_provider(rng: random.Random, kind: str) -> tuple[str, str, str | None, bool]:
    """(printed brand, truth name, legal entity line or None, fictional?)."""
    fict = [f for f in FICTIONAL if f[2] == kind]
    if fict and rng.random() < 0.25:
        brand, legal, _ = rng.choice(fict)
        return brand, brand, legal, True
    pool = {"pension": PENSION_BRANDS, "platform": PLATFORM_BRANDS, "bond": BOND_BRANDS, "offshore": OFFSHORE_BRANDS}[
        kind
    ]
    brand = rng.choice(pool)
    return brand, brand, LEGAL.get(brand), False


def policy_number(rng: random.Random, style: int) -> tuple[str, str]:
    """(as printed, as the truth holds it: inner spaces removed)."""
    d = rng.randint
    forms = [
        f"PP{d(10000000, 99999999)}",
        f"{d(1000000, 9999999)}-{d(1, 9):03d}",
        f"IS {d(1000, 9999)} {d(1000, 9999)}",
        f"G{d(100000, 999999)}X",
        f"AC/{d(100000, 999999)}",
        f"{d(10, 99)}{rng.choice('ABCDEFGH')}{d(100000, 999999)}",
        f"CN-{d(1000000, 9999999)}",
        f"B{d(1000, 9999)} {d(10000, 99999)}",
    ]
    shown = forms[style % len(forms)]
    return shown, shown.replace(" ", "")


def provider_phone(rng: random.Random) -> str:
    """A telephone number from Ofcom's drama ranges."""
    # Ofcom's numbers reserved for drama: never a real line
    return rng.choice(
        [
            f"0808 157 0{rng.randint(100, 999)}",
            f"0113 496 0{rng.randint(100, 999)}",
            f"020 7946 0{rng.randint(100, 999)}",
        ]
    )


def fict_address(rng: random.Random) -> tuple[list[str], str]:
    """A fictional PO Box address and postcode."""
    town, outs = rng.choice(TOWNS)
    return (
        [f"PO Box {rng.randint(1000, 9999)}", town],
        f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}",
    )


def adviser(rng: random.Random) -> tuple[str, str, list[str], str]:
    """A fictional adviser firm, adviser, address lines and postcode."""
    firm = rng.choice(ADVISERS)
    lines, pc = fict_address(rng)
    lines = [
        f"{rng.randint(2, 60)} {rng.choice(['Commercial', 'Market', 'Castle', 'Station', 'Bridge'])} Street",
        lines[1],
    ]
    return firm, rng.choice(ADVISER_PEOPLE), lines, pc


PLAN_WORDS = {
    "personal_pension": [
        "Personal Pension",
        "Individual Personal Pension Plan",
        "Retirement Account (personal pension)",
    ],
    "sipp": ["Self-Invested Personal Pension", "SIPP", "Self Invested Personal Pension (SIPP)"],
    "stakeholder_pension": ["Stakeholder Pension", "Stakeholder Pension Plan"],
    "workplace_pension": ["Workplace Pension", "Group Personal Pension (workplace scheme)"],
    "isa": ["Stocks and Shares ISA", "Stocks & Shares ISA", "Investment ISA"],
    "gia": ["General Investment Account", "Investment Account (GIA)", "Dealing Account (general investment account)"],
    "onshore_bond": ["Investment Bond", "Onshore Investment Bond", "Portfolio Bond (UK life assurance)"],
    "offshore_bond": ["International Portfolio Bond", "Offshore Investment Bond", "International Investment Bond"],
}


def kind_for(plan_type: str) -> str:
    """Which kind of provider issues a plan type."""
    if plan_type in ("isa", "gia", "sipp"):
        return "platform"
    if plan_type == "onshore_bond":
        return "bond"
    if plan_type == "offshore_bond":
        return "offshore"
    return "pension"


def address_block(pdf: Pdf, x: float, y: float, p: Person, with_title: bool, size: float = 10) -> float:
    """The client's window address block; returns the y below it."""
    name = f"{p.title} {p.name}" if with_title else p.name
    for ln in [name, *p.lines, p.postcode]:
        pdf.t(x, y, ln, size)
        y += size * 1.3
    return y


def set_client(t: Truth, p: Person, title: bool, address: bool = True, dob: bool = False, ni: bool = False) -> None:
    """Put the client's printed details into the truth."""
    t.set("client_name", p.name)
    if title:
        t.set("client_title", p.title)
    if address:
        t.set("client_address", ", ".join(p.lines))
        t.set("client_postcode", p.postcode)
    if dob:
        t.set("client_dob", p.dob.isoformat())
    if ni:
        t.set("ni_number", p.ni)


def footer(pdf: Pdf, legal: str | None, brand: str, rng: random.Random, page: int, of: int) -> None:
    """The page footer: the issuer's legal line (when known) and the page number."""
    pdf.line(40, H - 48, W - 40, H - 48, 0.3, 0.5)
    if legal:
        s = f"Issued by {legal}."
        if legal == LEGAL.get("Scottish Widows") or brand not in LEGAL:
            # the first as its own legal page words it (README.md); the fictional houses by the same pattern
            s += " Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority"
            s += " and the Prudential Regulation Authority."
    else:
        s = f"{brand}. Calls may be recorded. This document is for the named policyholder and their adviser."
    pdf.t(40, H - 38, s, 6.2)
    pdf.t(W - 40, H - 28, f"Page {page} of {of}", 6.5, align="r")


# ---------------------------------------------------------------------------------------- Letters of Authority


def loa(rng: random.Random, style: int, sig: str | None, joint: bool) -> tuple[bytes, Truth]:
    """A Letter of Authority on the adviser's letterhead, in one of four layouts."""
    t = Truth(
        "loa",
        f"loa-{['letter', 'form-boxes', 'right-labels', 'schedule'][style]}"
        f"{'-joint' if joint else ''}-{sig or 'unsigned'}",
    )
    buf = io.BytesIO()
    pdf = Pdf(buf, rng.choice(["Helvetica", "Times-Roman"]))
    p = person(rng)
    p2 = person(rng, last=p.last if rng.random() < 0.7 else None, lines=p.lines, postcode=p.postcode) if joint else None
    # ISAs and pensions have one owner; jointly held plans are investment accounts and bonds
    plan_type = rng.choice(["gia", "onshore_bond", "offshore_bond"] if joint else list(PLAN_WORDS))
    brand, truth_brand, legal, _ = pick_provider(rng, kind_for(plan_type))
    firm, adv, alines, apc = adviser(rng)
    signed = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    nums = [policy_number(rng, rng.randrange(8)) for _ in range(rng.randint(1, 3))]
    t.set("provider", truth_brand)
    t.set("policy_numbers", [b for _, b in nums])
    t.set("adviser_firm", firm)
    ds = rng.randrange(5)
    ns = rng.randrange(2)
    title = rng.random() < 0.7
    addressee = legal if legal and rng.random() < 0.5 else brand

    # the adviser's letterhead: its address is not the client's
    pdf.t(40, 50, firm, 15, bold=True)
    pdf.t(40, 64, " | ".join([*alines, apc]), 8)
    pdf.t(40, 75, "Authorised and regulated by the Financial Conduct Authority", 7)
    if style in (0, 3):
        pdf.t(W - 40, 50, f"Our ref: {p.last[:3].upper()}{rng.randint(100, 999)}/LOA", 8, align="r")
        pdf.t(40, 110, addressee, 10)
        pdf.t(40, 123, "Customer Services / Adviser Support", 10)
        y = 160
        pdf.t(40, y, "LETTER OF AUTHORITY" + (" - INFORMATION ONLY" if rng.random() < 0.5 else ""), 12, bold=True)
        y += 24
        pdf.t(40, y, "Dear Sir or Madam,", 10)
        y += 20
        label_x, val_x = 40, 175
        rows = [
            ("Policyholder" + (" 1" if joint else ""), f"{p.title} {p.name}" if title else p.name),
            ("Date of birth", fmt_date(p.dob, ds)),
            ("National Insurance no.", ni_printed(p.ni, ns)),
        ]
        if joint:
            rows += [
                ("Policyholder 2", f"{p2.title} {p2.name}" if title else p2.name),
                ("Date of birth", fmt_date(p2.dob, ds)),
                ("National Insurance no.", ni_printed(p2.ni, ns)),
            ]
        rows.append(("Address", ", ".join(p.lines) + ", " + p.postcode))
        for k, v in rows:
            pdf.t(label_x, y, k + ":", 10, bold=True)
            pdf.t(val_x, y, v, 10)
            y += 15
        y += 8
        if style == 0:
            y = pdf.para(
                40,
                y,
                f"{'We' if joint else 'I'} hereby authorise {firm}, and {adv} in particular, to "
                f"request and receive any information about the {'plans' if len(nums) > 1 else 'plan'} "
                f"listed here, policy {'numbers' if len(nums) > 1 else 'number'} "
                f"{', '.join(a for a, _ in nums[:-1])}{' and ' if len(nums) > 1 else ''}{nums[-1][0]}, "
                f"and any other plans {'we' if joint else 'I'} hold with you. Please treat this letter "
                "as remaining in force until withdrawn in writing.",
                W - 80,
            )
        else:
            y = pdf.para(
                40,
                y,
                f"Please release to {firm} (adviser: {adv}) full details of the plans in the "
                "schedule below: current and transfer values, fund holdings, charges and any guarantees.",
                W - 80,
            )
            y += 6
            y = table(
                pdf,
                40,
                y,
                [("Provider", 150, "l"), ("Plan type", 170, "l"), ("Plan number", 140, "l")],
                [[brand, rng.choice(PLAN_WORDS[plan_type]), a] for a, _ in nums],
                9,
                wrap_col=None,
                grid=True,
            )
        y += 16
        y = pdf.para(
            40,
            y,
            "This authority is for information only and does not allow any change to the plans "
            "or any payment out of them.",
            W - 80,
        )
    else:
        # a boxed form: fields in a grid, right-aligned labels in style 2
        pdf.t(W / 2, 105, f"Client authority to release information - {addressee}", 12, bold=True, align="c")
        y = 125
        items = [
            ("Title", p.title if title else ""),
            ("Full name", p.name),
            ("Date of birth", fmt_date(p.dob, ds)),
            ("NI number", ni_printed(p.ni, ns)),
        ]
        if joint:
            items += [
                ("Second holder", f"{p2.title} {p2.name}" if title else p2.name),
                ("Their date of birth", fmt_date(p2.dob, ds)),
                ("Their NI number", ni_printed(p2.ni, ns)),
            ]
        items += [("Home address", ", ".join(p.lines)), ("Postcode", p.postcode)]
        for k, v in items:
            if style == 1:
                pdf.rect(40, y, W - 80, 20, width=0.4)
                pdf.t(46, y + 13, k, 8, bold=True)
                pdf.t(170, y + 14, v, 10)
                y += 22
            else:
                pdf.t(160, y + 12, k, 9, bold=True, align="r")
                pdf.line(168, y + 15, W - 40, y + 15, 0.4, 0.6)
                pdf.t(172, y + 12, v, 10)
                y += 19
        y += 12
        pdf.t(40, y, "Plans covered by this authority", 10, bold=True)
        y += 6
        y = table(
            pdf,
            40,
            y,
            [("Plan / policy number", 200, "l"), ("Product", 200, "l")],
            [[a, rng.choice(PLAN_WORDS[plan_type])] for a, _ in nums],
            9,
            wrap_col=None,
        )
        y += 14
        pdf.t(40, y, "Adviser firm:", 9, bold=True)
        pdf.t(130, y, firm, 10)
        y += 14
        pdf.t(40, y, "Adviser:", 9, bold=True)
        pdf.t(130, y, adv, 10)
        y += 20
        y = pdf.para(
            40,
            y,
            "I/we authorise the provider named above to give the adviser firm any information it "
            "asks for about these plans. This does not allow the firm to change the plans.",
            W - 80,
            9,
        )
    if style in (0, 3):
        y += 6
        pdf.t(40, y, f"Adviser: {adv}, {firm}", 9)
        y += 6
    t.set("adviser_name", adv)
    # signature lines
    y += 40
    holders = [p, p2] if joint else [p]
    when = fmt_date(signed, rng.randrange(5))
    for who in holders:
        pdf.line(40, y, 250, y, 0.5)
        pdf.t(40, y + 11, f"Signature of {who.name}" if joint else "Signed", 8)
        pdf.line(320, y, 470, y, 0.5)
        pdf.t(320, y + 11, "Date", 8)
        if sig:
            draw_signature(pdf, rng, 48, y - 3, sig, who.name, when)
            pdf.t(325, y - 4, when, 11, font="Helvetica-Oblique" if sig != "esign" else "Helvetica")
        y += 55
    t.set("signature_present", sig is not None)
    if sig:
        t.set("date_signed", signed.isoformat())
    set_client(t, p, title, dob=True, ni=True)
    pdf.t(40, H - 40, f"{firm} - client authority form LOA/{rng.randint(2, 9)}", 6.5)
    pdf.save()
    return buf.getvalue(), t


# ------------------------------------------------------------------------------------ plan data (shared)


@dataclass
class Plan:
    """One plan's facts, drawn by the replies and statements."""

    plan_type: str
    brand: str
    truth_brand: str
    legal: str | None
    number: tuple[str, str]
    holder: Person
    valued: date
    start: date
    holds: list[Hold]
    value: Decimal
    transfer: Decimal | None
    contrib: Decimal | None
    freq: str | None
    charge: str | None
    opening: Decimal


def plan(
    rng: random.Random,
    plan_type: str | None = None,
    pence: bool | None = None,
    n: int | None = None,
    long_names: bool = False,
) -> Plan:
    """A fictional plan with holdings whose total is the plan value."""
    plan_type = plan_type or rng.choice(list(PLAN_WORDS))
    brand, truth_brand, legal, _ = pick_provider(rng, kind_for(plan_type))
    valued = date(2026, rng.randint(1, 9), rng.randint(1, 28))
    if plan_type in ("isa", "gia") and rng.random() < 0.5:
        valued = date(2026, 4, 5)
    start = valued - timedelta(days=364 if rng.random() < 0.7 else 181)
    pence = (rng.random() < 0.3) if pence is None else pence
    holds = holdings(rng, n or rng.randint(3, 7), pence, long_names, rng.uniform(8000, 420000))
    value = sum((h.value for h in holds), Decimal("0"))
    transfer = None
    if plan_type.endswith("pension") or plan_type == "sipp":
        transfer = (
            value
            if rng.random() < 0.6
            else (value * Decimal(str(rng.uniform(0.9, 0.99)))).quantize(Decimal("0.01"), ROUND_HALF_UP)
        )
    elif plan_type.endswith("bond"):
        transfer = (value * Decimal(str(rng.uniform(0.95, 1.0)))).quantize(Decimal("0.01"), ROUND_HALF_UP)
    contrib = freq = None
    if not plan_type.endswith("bond") and rng.random() < 0.6:
        freq = rng.choice(["monthly", "monthly", "quarterly", "annually"])
        contrib = Decimal(rng.randint(50, 1500)) * (3 if freq == "quarterly" else 12 if freq == "annually" else 1)
        contrib = Decimal(contrib).quantize(Decimal("0.01"))
    charge = rng.choice(["0.75", "0.45", "1.00", "0.30", "0.25", "0.95", "0.60", "1.25", "0.50"])
    opening = (value * Decimal(str(rng.uniform(0.85, 1.05)))).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return Plan(
        plan_type,
        brand,
        truth_brand,
        legal,
        policy_number(rng, rng.randrange(8)),
        person(rng),
        valued,
        start,
        holds,
        value,
        transfer,
        contrib,
        freq,
        charge,
        opening,
    )


FREQ_WORDS = {
    "monthly": ["a month", "per month", "monthly"],
    "quarterly": ["a quarter", "per quarter", "quarterly"],
    "annually": ["a year", "per annum", "annually"],
}


def provider_head(pdf: Pdf, pl: Plan, rng: random.Random, refs: list[tuple[str, str]], fict: bool) -> None:
    """The provider's letterhead with a reference block at the top right."""
    pdf.t(40, 52, pl.brand, 18, bold=True)
    if pl.legal and pl.brand not in LEGAL:  # a fictional house prints its postal address
        lines, pc = fict_address(rng)
        pdf.t(40, 66, ", ".join([*lines, pc]), 7.5)
    pdf.t(40, 76 if fict else 66, f"Telephone {provider_phone(rng)}", 7.5)
    y = 44
    for k, v in refs:
        pdf.t(W - 150, y, k, 7.5, align="r")
        pdf.t(W - 145, y, v, 8, bold=True)
        y += 11


def fund_rows(pl: Plan, rng: random.Random, isin_col: str, sectors: bool, pstyle: int) -> tuple[list, list, list]:
    """Rows and kinds for a fund table, and the truth holdings. isin_col: 'isin', 'sedol' or 'none'."""
    rows, kinds, truth = [], [], []
    groups: dict[str, list[Hold]] = {}
    for h in pl.holds:
        groups.setdefault(h.sector if sectors else "", []).append(h)
    for sector, hs in groups.items():
        if sectors:
            rows.append([sector])
            kinds.append("head")
        for h in hs:
            code = {"isin": h.isin or "", "sedol": h.sedol or "-", "none": None}[isin_col]
            r = (
                [h.name]
                + ([code] if code is not None else [])
                + [h.units_text, h.price_text, fmt_money(h.value, pstyle)]
            )
            rows.append(r)
            kinds.append("row")
            truth.append(truth_holding(h, isin_printed=(isin_col == "isin")))
        if sectors:
            sub = sum((h.value for h in hs), Decimal("0"))
            rows.append(
                [f"{sector} subtotal"] + ([""] if isin_col != "none" else []) + ["", "", fmt_money(sub, pstyle)]
            )
            kinds.append("sub")
    return rows, kinds, truth


def fund_cols(isin_col: str, pence: bool, name_w: float = 210) -> list[tuple[str, float, str]]:
    """The fund table's columns."""
    cols = [("Fund", name_w, "l")]
    if isin_col == "isin":
        cols.append(("ISIN", 82, "l"))
    elif isin_col == "sedol":
        cols.append(("SEDOL", 55, "l"))
    cols += [("Units", 70, "r"), ("Price (p)" if pence else "Price (£)", 60, "r"), ("Value", 75, "r")]
    return cols


def plan_facts(pl: Plan, t: Truth, ds: int, ms: int, statement: bool) -> list[tuple[str, str]]:
    """Label/value pairs for the plan, each setting its field in the truth."""
    facts = [("Plan type", rng_word(pl)), ("Plan number", pl.number[0])]
    t.set("plan_type", pl.plan_type)
    t.set("policy_number", pl.number[1])
    if statement:
        facts.append(("Statement period", f"{fmt_date(pl.start, ds)} to {fmt_date(pl.valued, ds)}"))
        t.set("period_start", pl.start.isoformat())
    else:
        facts.append(("Valuation date", fmt_date(pl.valued, ds)))
    t.set("valuation_date", pl.valued.isoformat())
    facts.append(("Total value" if statement else "Current value", fmt_money(pl.value, ms)))
    t.set("plan_value", money(pl.value))
    if pl.transfer is not None:
        facts.append(
            ("Surrender value" if pl.plan_type.endswith("bond") else "Transfer value", fmt_money(pl.transfer, ms))
        )
        t.set("transfer_value", money(pl.transfer))
    if pl.contrib is not None:
        facts.append(("Regular payment", f"{fmt_money(pl.contrib, ms)} {FREQ_WORDS[pl.freq][ds % 3]}"))
        t.set("regular_contribution", money(pl.contrib))
        t.set("contribution_frequency", pl.freq)
    if pl.charge:
        facts.append(("Annual management charge", f"{pl.charge}%"))
        t.set("annual_charge_percent", pl.charge)
    return facts


def rng_word(pl: Plan) -> str:
    """The plan's product name, fixed per plan."""
    words = PLAN_WORDS[pl.plan_type]
    return words[sum(map(ord, pl.number[1])) % len(words)]


# ---------------------------------------------------------------------------------------------- LoA responses


def response(rng: random.Random, style: int) -> tuple[bytes, Truth]:
    """A provider's reply to an LoA, in one of four layouts."""
    names = ["cover-table", "two-column", "sentences", "sectors-pence"]
    pl = plan(rng, pence=True if style == 3 else None, long_names=style in (0, 3))
    fict = pl.brand in [f[0] for f in FICTIONAL]
    t = Truth("loa_response", f"resp-{names[style]}")
    t.set("provider", pl.truth_brand)
    buf = io.BytesIO()
    pdf = Pdf(buf, rng.choice(["Helvetica", "Times-Roman"]))
    firm, adv, alines, apc = adviser(rng)
    p = pl.holder
    ds, ms = rng.randrange(5), rng.randrange(4)
    title = rng.random() < 0.6
    reply = pl.valued + timedelta(days=rng.randint(1, 12))
    pages = 1 if style in (1, 2) else 2
    provider_head(
        pdf,
        pl,
        rng,
        [
            ("Our reference", f"LOA{rng.randint(100000, 999999)}"),
            ("Your reference", f"{p.last[:3].upper()}/{rng.randint(10, 99)}"),
            ("Plan number", pl.number[0]),
            ("Date", fmt_date(reply, ds)),
        ],
        fict,
    )
    # addressed to the adviser firm: that address block is not the client's
    y = 120
    for ln in [adv, firm, *alines, apc]:
        pdf.t(40, y, ln, 10)
        y += 13
    y += 18
    pdf.t(40, y, f"Dear {adv.split()[0]},", 10)
    y += 20
    who = f"{p.title} {p.name}" if title else p.name
    pdf.t(40, y, f"Re: {who} - {rng_word(pl)} {pl.number[0]}", 10, bold=True)
    t.set("policy_number", pl.number[1])
    t.set("plan_type", pl.plan_type)
    set_client(t, p, title, address=False)
    y += 20
    y = pdf.para(
        40,
        y,
        f"Thank you for your letter of authority. We have recorded {firm} as entitled to receive "
        "information about this plan, and we set out the details you asked for below.",
        W - 80,
    )
    y += 6
    if style == 2:
        # values in sentences, then the funds
        when = fmt_date(pl.valued, ds)
        s = f"On {when} the plan was worth {fmt_money(pl.value, ms)}."
        t.set("valuation_date", pl.valued.isoformat())
        t.set("plan_value", money(pl.value))
        if pl.transfer is not None:
            word = "surrender" if pl.plan_type.endswith("bond") else "transfer"
            s += f" Its {word} value on the same day was {fmt_money(pl.transfer, ms)}."
            t.set("transfer_value", money(pl.transfer))
        if pl.contrib is not None:
            s += (
                f" Contributions of {fmt_money(pl.contrib, ms)} are being paid {FREQ_WORDS[pl.freq][2]} by "
                "direct debit."
            )
            t.set("regular_contribution", money(pl.contrib))
            t.set("contribution_frequency", pl.freq)
        s += f" The annual management charge is {pl.charge}% of the fund value."
        t.set("annual_charge_percent", pl.charge)
        s += f" The planholder's date of birth on our records is {fmt_date(p.dob, ds)}."
        t.set("client_dob", p.dob.isoformat())
        y = pdf.para(40, y, s, W - 80)
        y += 8
        rows, kinds, th = fund_rows(pl, rng, "isin", False, ms)
        y = table(pdf, 40, y, fund_cols("isin", pl.holds[0].pence, 180), rows, 8, kinds=kinds)
        t.set("holdings", th)
        pdf.t(40, y + 18, "Yours sincerely,", 10)
        pdf.t(40, y + 48, "Adviser Information Team", 10)
        footer(pdf, pl.legal, pl.brand, rng, 1, 1)
        pdf.save()
        return buf.getvalue(), t
    if style == 1:
        # one page: two columns of facts under the letter
        pdf.line(40, y, W - 40, y, 0.4, 0.4)
        y += 16
        left = [
            ("Planholder", who),
            ("Date of birth", fmt_date(p.dob, ds)),
            ("NI number", ni_printed(p.ni, 1)),
            ("Address", ", ".join(p.lines)),
            ("Postcode", p.postcode),
        ]
        set_client(t, p, title, address=True, dob=True, ni=True)
        right = plan_facts(pl, t, ds, ms, statement=False)
        y0 = y
        for k, v in left:
            pdf.t(40, y, k, 7.5, bold=True)
            for i, ln in enumerate(pdf.wrap(v, 180, 9)):
                pdf.t(40, y + 10 + i * 11, ln, 9)
            y += 14 + 11 * len(pdf.wrap(v, 180, 9))
        y1 = y0
        for k, v in right:
            pdf.t(360, y1, k, 8, align="r")
            for i, ln in enumerate(pdf.wrap(v, 175, 9.5)):
                pdf.t(368, y1 + i * 11, ln, 9, bold=True)
            y1 += 5 + 11 * len(pdf.wrap(v, 175, 9.5))
        y = max(y, y1) + 10
        isin_col = rng.choice(["isin", "sedol"])
        rows, kinds, th = fund_rows(pl, rng, isin_col, False, ms)
        y = table(pdf, 40, y, fund_cols(isin_col, pl.holds[0].pence, 190), rows, 8, kinds=kinds, grid=True)
        t.set("holdings", th)
        footer(pdf, pl.legal, pl.brand, rng, 1, 1)
        pdf.save()
        return buf.getvalue(), t
    # styles 0 and 3: a covering letter, then a data page
    y = pdf.para(
        40,
        y + 4,
        "The plan details and fund breakdown are on the next page. Values are not guaranteed "
        "and may go down as well as up.",
        W - 80,
    )
    pdf.t(40, y + 20, "Yours sincerely,", 10)
    pdf.t(40, y + 52, f"{pl.brand} Adviser Services", 10)
    footer(pdf, pl.legal, pl.brand, rng, 1, pages)
    pdf.page()
    pdf.t(40, 50, f"Plan information - {pl.brand}", 14, bold=True)
    y = 76
    facts = [("Name", who), ("Date of birth", fmt_date(p.dob, ds))]
    set_client(t, p, title, address=False, dob=True)
    if rng.random() < 0.6:
        facts.append(("Correspondence address", ", ".join([*p.lines, p.postcode])))
        set_client(t, p, title, address=True, dob=True)
    facts += plan_facts(pl, t, ds, ms, statement=False)
    for k, v in facts:
        pdf.t(190, y, k, 9, align="r")
        pdf.t(200, y, v, 9.5, bold=(k == "Current value"))
        y += 14
    y += 10
    sectors = style == 3
    isin_col = "isin" if style == 0 else rng.choice(["isin", "sedol", "none"])
    rows, kinds, th = fund_rows(pl, rng, isin_col, sectors, ms)
    pdf.t(40, y, "Fund holdings", 11, bold=True)
    cols = fund_cols(isin_col, pl.holds[0].pence, 200 if isin_col != "none" else 260)
    y = table(pdf, 40, y + 6, cols, rows, 8, kinds=kinds)
    pdf.t(40 + sum(w for _, w, _ in cols) - 3, y + 8, f"Total {fmt_money(pl.value, ms)}", 9, bold=True, align="r")
    t.set("holdings", th)
    if pl.holds[0].pence:
        pdf.t(40, y + 26, "Unit prices are shown in pence; values in pounds sterling.", 7.5)
    footer(pdf, pl.legal, pl.brand, rng, 2, pages)
    pdf.save()
    return buf.getvalue(), t


# --------------------------------------------------------------------------------------------- statements


def statement(rng: random.Random, style: int) -> tuple[bytes, Truth]:
    """An annual statement or valuation: a summary page, then the detail."""
    names = ["pension-summary", "platform-wrappers", "bond", "long-table", "workplace", "two-dates"]
    plan_type = {
        0: rng.choice(["personal_pension", "sipp", "stakeholder_pension"]),
        1: rng.choice(["isa", "gia"]),
        2: rng.choice(["onshore_bond", "offshore_bond"]),
        3: rng.choice(["sipp", "isa", "personal_pension", "gia"]),
        4: "workplace_pension",
        5: rng.choice(["gia", "isa", "sipp"]),
    }[style]
    pl = plan(
        rng,
        plan_type,
        pence=True if style == 1 and rng.random() < 0.6 else None,
        n=rng.randint(14, 20) if style == 3 else None,
        long_names=style in (0, 3),
    )
    if style == 4:
        pl.freq, pl.contrib = "monthly", Decimal(rng.randint(120, 900)).quantize(Decimal("0.01"))
    # each holding's value a period ago, printed beside today's (style 5); their total is the opening value
    then = [(h.value * Decimal(str(rng.uniform(0.8, 1.1)))).quantize(Decimal("0.01"), ROUND_HALF_UP) for h in pl.holds]
    if style == 5:
        pl.opening = sum(then, Decimal("0"))
    fict = pl.brand in [f[0] for f in FICTIONAL]
    t = Truth("annual_statement", f"stmt-{names[style]}-{plan_type}")
    t.set("provider", pl.truth_brand)
    buf = io.BytesIO()
    pdf = Pdf(buf, rng.choice(["Helvetica", "Times-Roman", "Helvetica"]))
    p = pl.holder
    ds, ms = rng.randrange(5), rng.randrange(4)
    title = rng.random() < 0.75
    pages = {0: 3, 1: 2, 2: 2, 3: 3, 4: 2, 5: 2}[style]
    provider_head(
        pdf,
        pl,
        rng,
        [("Plan number", pl.number[0]), ("Statement date", fmt_date(pl.valued + timedelta(days=9), ds))],
        fict,
    )
    y = address_block(pdf, 60, 130, p, title)
    set_client(t, p, title)
    t.set("policy_number", pl.number[1])
    t.set("plan_type", pl.plan_type)
    heading = {
        0: "Your annual pension statement",
        1: "Your valuation statement",
        2: "Your yearly bond statement",
        3: "Your portfolio statement",
        4: "Your workplace pension statement",
        5: "Your periodic valuation",
    }[style]
    y = max(y, 220) + 10
    pdf.t(40, y, heading, 15, bold=True)
    y += 18
    pdf.t(40, y, f"{rng_word(pl)} - plan {pl.number[0]}", 10)
    y += 14
    pdf.t(40, y, f"For the period {fmt_date(pl.start, ds)} to {fmt_date(pl.valued, ds)}", 10)
    t.set("period_start", pl.start.isoformat())
    t.set("valuation_date", pl.valued.isoformat())
    y += 24
    if style == 4 or rng.random() < 0.3:
        pdf.t(40, y, f"National Insurance number: {ni_printed(p.ni, ds)}", 9)
        t.set("ni_number", p.ni)
        y += 16
    # summary page: boxes of the main figures, with the opening value as a decoy
    boxes = [
        ("Value at the start of the period", fmt_money(pl.opening, ms)),
        ("Value at the end of the period", fmt_money(pl.value, ms)),
    ]
    t.set("plan_value", money(pl.value))
    if pl.transfer is not None:
        boxes.append(("Surrender value" if style == 2 else "Transfer value today", fmt_money(pl.transfer, ms)))
        t.set("transfer_value", money(pl.transfer))
    bw = (W - 80 - 10 * (len(boxes) - 1)) / len(boxes)
    for i, (k, v) in enumerate(boxes):
        bx = 40 + i * (bw + 10)
        pdf.rect(bx, y, bw, 52, fill=0.93, width=0.4)
        pdf.t(bx + 8, y + 16, k, 8)
        pdf.t(bx + 8, y + 38, v, 15, bold=True)
    y += 72
    lines = []
    if pl.contrib is not None:
        if style == 4:
            emp = (pl.contrib * Decimal("0.4")).quantize(Decimal("0.01"))
            lines.append(
                f"You pay {fmt_money(emp, ms)} and your employer pays {fmt_money(pl.contrib - emp, ms)} "
                f"each month: total regular contributions {fmt_money(pl.contrib, ms)} a month."
            )
        else:
            lines.append(f"Your regular contribution is {fmt_money(pl.contrib, ms)} {FREQ_WORDS[pl.freq][ds % 3]}.")
        t.set("regular_contribution", money(pl.contrib))
        t.set("contribution_frequency", pl.freq)
    if style == 2:
        wd = (pl.value * Decimal("0.05") / 12).quantize(Decimal("0.01"))
        lines.append(f"Regular withdrawals of {fmt_money(wd, ms)} a month were paid to you during the year.")
    lines.append(f"Our annual management charge is {pl.charge}% a year, taken monthly from the fund.")
    t.set("annual_charge_percent", pl.charge)
    for s in lines:
        y = pdf.para(40, y, s, W - 80) + 4
    if style == 1:
        # the other wrappers this client holds: summarised here, detailed in their own statements
        other = "General Investment Account" if pl.plan_type == "isa" else "Stocks and Shares ISA"
        ov = Decimal(rng.randint(2000, 90000)) + Decimal(rng.randint(0, 99)) / 100
        y += 8
        pdf.t(40, y, "All your accounts with us", 10, bold=True)
        y = table(
            pdf,
            40,
            y + 4,
            [("Account", 250, "l"), ("Number", 110, "l"), ("Value", 100, "r")],
            [
                [f"{rng_word(pl)} (this statement)", pl.number[0], fmt_money(pl.value, ms)],
                [f"{other} (statement sent separately)", policy_number(rng, rng.randrange(8))[0], fmt_money(ov, ms)],
                ["Total across accounts", "", fmt_money(pl.value + ov, ms)],
            ],
            8.5,
            wrap_col=None,
            kinds=["row", "row", "sub"],
        )
    if style == 0:
        y += 10
        proj = (pl.value * Decimal(str(rng.uniform(1.3, 2.2)))).quantize(Decimal("1"))
        y = pdf.para(
            40,
            y,
            f"If you keep paying in until your selected retirement age of {rng.choice([60, 65, 67])},"
            f" your plan could be worth {fmt_money(proj, 1)} in today's money. This is only an example "
            "and is not guaranteed.",
            W - 80,
            9,
        )
    footer(pdf, pl.legal, pl.brand, rng, 1, pages)
    pdf.page()
    # detail: fund table, possibly running over two pages
    pdf.t(40, 50, f"Your investments on {fmt_date(pl.valued, ds)}", 13, bold=True)
    sectors = style in (0, 3) and rng.random() < 0.7
    isin_col = rng.choice(["isin", "sedol", "isin", "none"])
    if style == 1 and pl.holds[0].pence:
        isin_col = "sedol"
    rows, kinds, th = fund_rows(pl, rng, isin_col, sectors, ms)
    t.set("holdings", th)
    cols = fund_cols(isin_col, pl.holds[0].pence, 220 if isin_col != "none" else 280)
    if style == 5:
        # two value columns: the start of the period and its end; units and prices are today's
        cols = [
            ("Fund", 190, "l"),
            ("Units", 68, "r"),
            ("Price (p)" if pl.holds[0].pence else "Price", 55, "r"),
            (f"Value {fmt_date(pl.start, 1)}", 76, "r"),
            (f"Value {fmt_date(pl.valued, 1)}", 76, "r"),
        ]
        rows = [
            [h.name, h.units_text, h.price_text, fmt_money(v0, ms), fmt_money(h.value, ms)]
            for h, v0 in zip(pl.holds, then, strict=True)
        ]
        th = [truth_holding(h, isin_printed=False) for h in pl.holds]
        t.set("holdings", th)
        kinds = ["row"] * len(rows)
        rows.append(["Total", "", "", fmt_money(pl.opening, ms), fmt_money(pl.value, ms)])
        kinds.append("sub")
        y = table(pdf, 40, 64, cols, rows, 8, kinds=kinds, grid=True)
    elif style == 3:
        half = len(rows) // 2
        while kinds[half] == "sub" or kinds[half - 1] == "head":
            half += 1
        y = table(pdf, 40, 64, cols, rows[:half], 8, kinds=kinds[:half])
        pdf.t(W - 40, y + 10, "continued overleaf", 7.5, align="r")
        footer(pdf, pl.legal, pl.brand, rng, 2, pages)
        pdf.page()
        pdf.t(40, 50, "Your investments (continued)", 13, bold=True)
        y = table(pdf, 40, 64, cols, rows[half:], 8, kinds=kinds[half:])
    else:
        y = table(pdf, 40, 64, cols, rows, 8, kinds=kinds)
    pdf.line(40, y, 40 + sum(w for _, w, _ in cols), y, 0.8)
    pdf.t(
        40 + sum(w for _, w, _ in cols) - 3, y + 14, f"Total value {fmt_money(pl.value, ms)}", 9.5, bold=True, align="r"
    )
    if pl.holds[0].pence:
        pdf.t(40, y + 30, "Prices are bid prices in pence per unit or share.", 7.5)
    footer(pdf, pl.legal, pl.brand, rng, pdf.pages, pages)
    if style == 0:
        pdf.page()
        pdf.t(40, 50, "Important information", 12, bold=True)
        pdf.para(
            40,
            72,
            "The transfer value is what we would pay to another pension scheme today. It may be less "
            "than the plan value where an exit charge applies. Projections use the growth rates set by the "
            "regulator and are not guaranteed. Please contact your financial adviser before making any "
            "decision about your plan.",
            W - 80,
            9,
        )
        footer(pdf, pl.legal, pl.brand, rng, 3, pages)
    pdf.save()
    return buf.getvalue(), t


# ------------------------------------------------------------------------------------------------ scanning


def scan(pdf_bytes: bytes, rng: random.Random, dpi: int, mode: str, quality: int) -> bytes:
    """Render each page, degrade it as a scanner or phone would, and wrap the images into an image-only PDF."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    doc = pdfium.PdfDocument(pdf_bytes)
    images = []
    for page in doc:
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        arr = np.asarray(img, dtype=np.float32)
        h, w = arr.shape
        # uneven lighting: a gentle gradient across and down the page, and a slightly grey paper
        gx = np.linspace(rng.uniform(0.86, 1.0), rng.uniform(0.9, 1.0), w, dtype=np.float32)
        gy = np.linspace(rng.uniform(0.9, 1.0), rng.uniform(0.85, 1.0), h, dtype=np.float32)
        paper = rng.uniform(225, 245)
        arr = arr / 255.0 * paper * gy[:, None] * gx[None, :]
        arr += nrng.normal(0, rng.uniform(3, 9), arr.shape).astype(np.float32)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9) * dpi / 200))
        angle = rng.uniform(0.3, 2.0) * rng.choice([-1, 1])
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(paper * 0.9))
        if mode == "bilevel":
            thr = rng.randint(135, 170)
            img = img.point(lambda v, thr=thr: 255 if v > thr else 0).convert("1")
        images.append(img)
    doc.close()
    out = io.BytesIO()
    kw = {
        "resolution": float(dpi),
        "save_all": True,
        "append_images": images[1:],
        "creationDate": time.gmtime(0),
        "modDate": time.gmtime(0),
    }
    if mode != "bilevel":
        kw["quality"] = quality
    images[0].save(out, "PDF", **kw)
    return out.getvalue()


# ------------------------------------------------------------------------------------------------ the set


def build(out: Path, seed: int) -> None:
    """Write the whole set into `out`."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    plan_text: list[tuple] = []
    sigs = ["strokes", "curves", "image", "esign"]
    # 60 text documents: 20 LoAs, 18 LoA replies, 22 statements
    for i in range(20):
        # four of the twenty are unsigned; the signed ones cycle through the kinds of mark
        plan_text.append(("loa", i % 4, [*sigs, None][i % 5], i in (2, 7, 13, 18)))
    for i in range(18):
        plan_text.append(("resp", i % 4))
    for i in range(22):
        plan_text.append(("stmt", i % 6))
    # 16 scanned: 5 LoAs, 5 replies, 6 statements; dpi/mode/quality spread over what offices produce
    scan_plan = [
        ("loa", 0, "strokes", False),
        ("loa", 1, "image", True),
        ("loa", 2, None, False),
        ("loa", 3, "esign", False),
        ("loa", 0, "curves", False),
        ("resp", 0),
        ("resp", 1),
        ("resp", 2),
        ("resp", 3),
        ("resp", 1),
        ("stmt", 0),
        ("stmt", 1),
        ("stmt", 2),
        ("stmt", 4),
        ("stmt", 3),
        ("stmt", 5),
    ]
    scan_settings = [
        (150, "grey", 55),
        (200, "bilevel", 0),
        (240, "grey", 70),
        (300, "grey", 40),
        (200, "grey", 80),
        (300, "bilevel", 0),
        (150, "grey", 65),
        (240, "grey", 45),
    ]
    items = [(s, False, 0) for s in plan_text] + [(s, True, j) for j, s in enumerate(scan_plan)]
    order = list(range(len(items)))
    rng.shuffle(order)
    for n, k in enumerate(order, start=1):
        spec, scanned, j = items[k]
        drng = random.Random(rng.randrange(2**32))
        if spec[0] == "loa":
            data, truth = loa(drng, spec[1], spec[2], spec[3])
        elif spec[0] == "resp":
            data, truth = response(drng, spec[1])
        else:
            data, truth = statement(drng, spec[1])
        if scanned:
            dpi, mode, q = scan_settings[j % len(scan_settings)]
            data = scan(data, drng, dpi, mode, q)
            truth.variant = f"scan-{truth.variant}-{dpi}dpi-{mode}" + (f"-q{q}" if q else "")
        name = f"h4-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        payload = {"doc_type": truth.doc_type, "record": truth.record, "scanned": scanned, "variant": truth.variant}
        (out / f"{name}.truth.json").write_text(
            json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


def main() -> None:
    """Command line: --out and --seed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "docs")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    build(args.out, args.seed)


if __name__ == "__main__":
    main()
