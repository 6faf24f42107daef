#!/usr/bin/env python3
"""heldout3: a third held-out set of UK adviser paperwork, drawn with reportlab (see README.md).

Written apart from provcheck's extractor, sample generator and the other held-out sets: the layouts and
wordings are this file's own. Deterministic from --seed: the same command makes the same bytes.

    python heldout3/generate.py --seed 20261203 --out heldout3/docs
"""

from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

W, H = A4
TEXT_DOCS = 60
SCANNED_DOCS = 12
CENT = Decimal("0.01")

# ---------------------------------------------------------------- people, places, numbers (all synthetic)
MALE = [
    "David",
    "Peter",
    "Alan",
    "Graham",
    "Stuart",
    "Keith",
    "Rajesh",
    "Owen",
    "Callum",
    "Martin",
    "Hugh",
    "Ian",
    "Neil",
    "Adebayo",
    "Gareth",
    "Philip",
    "Colin",
    "Robert",
    "Tariq",
    "Fraser",
]
FEMALE = [
    "Susan",
    "Helen",
    "Joanne",
    "Priya",
    "Carol",
    "Fiona",
    "Bethan",
    "Moira",
    "Alison",
    "Nadia",
    "Gillian",
    "Rachel",
    "Siobhan",
    "Eleanor",
    "Wendy",
    "Amara",
    "Lesley",
    "Kirsty",
    "Yvonne",
    "Hazel",
]
MIDDLE_M = ["James", "Edward", "Thomas", "Arthur", "Kumar", "Lewis", "John"]
MIDDLE_F = ["Mary", "Louise", "Anne", "Elizabeth", "Rose", "Jane", "Catherine"]
SURNAMES = [
    "Haworth",
    "Pennington",
    "Oyelaran",
    "McAllister",
    "Thistlewood",
    "Ramsbottom",
    "Chaudhry",
    "Llewellyn",
    "Brackenbury",
    "Fairclough",
    "Dunmore",
    "Kettering",
    "Ashdown",
    "Whitcombe",
    "Gallagher",
    "Sandhu",
    "Treharne",
    "Ormerod",
    "Blackwood",
    "Kavanagh",
    "Merriman",
    "Lindqvist",
    "Oduya",
    "Cartwright",
]
STREETS = [
    "Sycamore",
    "Quarry",
    "Beacon",
    "Mill",
    "Orchard",
    "Chapel",
    "Heather",
    "Kingfisher",
    "Foxglove",
    "Castle",
    "Meadow",
    "Bramble",
    "Station",
    "Willow",
    "Harbour",
    "Rowan",
]
STREET_KINDS = ["Road", "Lane", "Close", "Avenue", "Crescent", "Drive", "Gardens", "Way"]
TOWNS = [
    ("Otley", "LS21"),
    ("Wymondham", "NR18"),
    ("Clevedon", "BS21"),
    ("Penicuik", "EH26"),
    ("Penarth", "CF64"),
    ("Didsbury", "M20"),
    ("Morden", "SM4"),
    ("Bearsden", "G61"),
    ("Solihull", "B91"),
    ("Malton", "YO17"),
    ("Tavistock", "PL19"),
    ("Ely", "CB7"),
    ("Abingdon", "OX14"),
    ("Wokingham", "RG40"),
    ("Hexham", "NE46"),
    ("Dronfield", "S18"),
    ("Formby", "L37"),
    ("Belper", "DE56"),
    ("Exmouth", "EX8"),
    ("Lewes", "BN7"),
]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_NI_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FUND_HOUSES = ["Brackley", "Ossory", "Tamarind", "Wexcombe", "Larchfield", "Corvel", "Ashgrove", "Pellow"]
FUND_KINDS = [
    "Global Equity Index",
    "UK Equity Income",
    "Sterling Corporate Bond",
    "Mixed Investment 40-85% Shares",
    "Mixed Investment 20-60% Shares",
    "Japan Growth",
    "Asia Pacific ex Japan",
    "Global Property Securities",
    "Index-Linked Gilt",
    "Emerging Markets Equity",
    "Sustainable Global Leaders",
    "Money Market",
    "North American Index",
    "European Smaller Companies",
    "Strategic Bond",
    "Multi-Asset Cautious",
    "UK Smaller Companies",
    "Global Infrastructure",
]
FUND_SUFFIX = ["Acc", "Inc", "Class C Acc", "S4", "Pension", "Series 2", "I Acc"]
ADVISER_FIRMS = [
    "Harrowgate Wealth Partners Ltd",
    "Fenwick & Lowe Financial Planning",
    "Northstack Advice LLP",
    "Glenrothy Independent Financial Advisers Limited",
    "Penhallow Chartered Planners",
    "Brightwater Retirement Planning Ltd",
    "Oakhurst Lane Wealth Management",
    "Carrick & Deane IFA",
]
ADVISERS = [
    "Tom Ashby",
    "Lucy Farrant",
    "Imran Qureshi",
    "Hannah Doyle",
    "Robert Venn",
    "Chloe Marsh",
    "Daniel Okafor",
    "Sarah Lintott",
]
STAFF = ["Amy Carr", "Ben Holroyd", "Claire Dunn", "Mark Ellery", "Jo Pritchard", "Sam Whitley"]

# Real UK brands, used only as letterheads; `name` is the provider registry's name for the brand
# (provcheck's providers data), which is the truth's `provider`. Nothing else about them is printed.
PROVIDERS = {
    "Aviva": ["personal_pension", "workplace_pension", "isa", "onshore_bond"],
    "Royal London": ["personal_pension", "onshore_bond", "workplace_pension"],
    "Scottish Widows": ["personal_pension", "stakeholder_pension", "onshore_bond", "workplace_pension"],
    "Standard Life": ["sipp", "personal_pension", "onshore_bond"],
    "Aegon": ["sipp", "isa", "gia", "workplace_pension"],
    "Legal & General": ["personal_pension", "workplace_pension", "stakeholder_pension"],
    "Canada Life": ["onshore_bond", "personal_pension"],
    "Zurich": ["personal_pension", "onshore_bond"],
    "Prudential": ["onshore_bond", "personal_pension"],
    "AJ Bell": ["sipp", "isa", "gia"],
    "Hargreaves Lansdown": ["sipp", "isa", "gia"],
    "Quilter": ["isa", "gia", "onshore_bond", "personal_pension"],
    "Fidelity": ["isa", "sipp", "gia"],
    "Transact": ["isa", "gia", "sipp"],
    "Utmost Wealth Solutions": ["offshore_bond"],
    "LV=": ["personal_pension", "onshore_bond"],
}
PLAN_NAMES = {
    "personal_pension": ["Personal Pension", "Personal Pension Plan", "Retirement Plan (personal pension)"],
    "sipp": ["Self-Invested Personal Pension", "SIPP", "Self Invested Personal Pension (SIPP)"],
    "stakeholder_pension": ["Stakeholder Pension", "Stakeholder Pension Plan"],
    "workplace_pension": ["Workplace Pension", "Workplace Pension Scheme (member plan)"],
    "isa": ["Stocks and Shares ISA", "Stocks & Shares ISA", "Investment ISA"],
    "gia": ["General Investment Account", "Investment Account (GIA)", "Fund and Share Account (general)"],
    "onshore_bond": ["Investment Bond", "Onshore Investment Bond", "Portfolio Bond (onshore)"],
    "offshore_bond": ["International Portfolio Bond (offshore)", "Offshore Investment Bond"],
}
PENSIONS = {"personal_pension", "sipp", "stakeholder_pension", "workplace_pension"}
BONDS = {"onshore_bond", "offshore_bond"}
JOINT_OK = {"gia", "onshore_bond", "offshore_bond"}  # an ISA or a pension is always in one name
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


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: date, style: int) -> str:
    """Dates as UK paperwork prints them."""
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
    ][style]


def money(v: Decimal, sym: bool = True) -> str:
    s = f"{v:,.2f}"
    return f"£{s}" if sym else s


def sedol(rng: random.Random) -> str:
    chars = [rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6)]
    chars[0] = rng.choice("B0123456789")
    total = sum(int(c, 36) * w for c, w in zip(chars, (1, 3, 1, 7, 3, 9), strict=True))
    return "".join(chars) + str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def make_isin(rng: random.Random) -> tuple[str, str]:
    """(isin, sedol) — a GB00/IE00 ISIN built on a valid SEDOL, or a LU ISIN (then its SEDOL is invented apart)."""
    s = sedol(rng)
    kind = rng.random()
    if kind < 0.6:
        return isin_check("GB00" + s), s
    if kind < 0.85:
        return isin_check("IE00" + s), s
    return isin_check("LU" + "".join(rng.choice("0123456789") for _ in range(9))), s


@dataclass
class Person:
    title: str
    first: str
    middle: str | None
    last: str
    dob: date
    ni: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


@dataclass
class Address:
    lines: list[str]
    postcode: str


def make_person(rng: random.Random, last: str | None = None, female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    first = rng.choice(FEMALE if female else MALE)
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M) if rng.random() < 0.45 else None
    title = rng.choice(["Mrs", "Ms", "Miss", "Dr", "Mrs"] if female else ["Mr", "Mr", "Mr", "Dr"])
    dob = date(rng.randint(1950, 1988), rng.randint(1, 12), rng.randint(1, 28))
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in BAD_NI_PREFIX:
            break
    ni = prefix + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")
    return Person(title, first, middle, last or rng.choice(SURNAMES), dob, ni)


def make_address(rng: random.Random) -> Address:
    town, outward = rng.choice(TOWNS)
    lines = [f"{rng.randint(1, 140)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"]
    if rng.random() < 0.35:
        lines.insert(0, f"Flat {rng.randint(1, 12)}, {rng.choice(STREETS)} House")
    if rng.random() < 0.3:
        lines.append(rng.choice(["Upper Town", "West End", "Northfield", "Church End", "Bridge End"]))
    lines.append(town)
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return Address(lines, f"{outward} {inward}")


def fmt_ni(ni: str, spaced: bool) -> str:
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}" if spaced else ni


def make_policy(rng: random.Random, provider: str) -> tuple[str, str]:
    """(as printed, normal form) — each provider its own invented pattern; some printed with spaces."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    pattern = sum(map(ord, provider)) % 6
    if pattern == 0:
        core = "P" + d(8)
        printed = core if rng.random() < 0.6 else f"{core[:1]}{core[1:5]} {core[5:]}"
    elif pattern == 1:
        core = d(10)
        printed = core if rng.random() < 0.5 else f"{core[:4]} {core[4:7]} {core[7:]}"
    elif pattern == 2:
        core = rng.choice("ABCDEFGHJK") + rng.choice("ABCDEFGHJK") + d(7)
        printed = core if rng.random() < 0.6 else f"{core[:2]} {core[2:]}"
    elif pattern == 3:
        core = f"{d(6)}-{d(2)}"
        printed = core
    elif pattern == 4:
        core = rng.choice("SWXY") + d(7) + rng.choice("ABC")
        printed = core
    else:
        core = d(8)
        printed = core if rng.random() < 0.5 else f"{core[:4]} {core[4:]}"
    return printed, printed.replace(" ", "")


# ---------------------------------------------------------------- plan data
@dataclass
class FundRow:
    name: str
    isin: str | None  # truth
    code_printed: str | None  # what the table prints in its code column
    units: Decimal
    units_dp: int
    price: Decimal
    price_dp: int
    pence: bool
    value: Decimal

    def truth(self) -> dict:
        return {
            "fund_name": self.name,
            "isin": self.isin,
            "units": f"{self.units:.{self.units_dp}f}",
            "unit_price": f"{self.price:.{self.price_dp}f}",
            "value": f"{self.value:.2f}",
            "price_currency": "GBX" if self.pence else "GBP",
        }


def make_funds(rng: random.Random, n: int, pence: bool, code: str) -> list[FundRow]:
    rows, used = [], set()
    house = rng.choice(FUND_HOUSES)
    for _ in range(n):
        while True:  # 8 houses x 18 kinds: a long table never runs out of distinct names
            kind = rng.choice(FUND_KINDS)
            name = f"{house if rng.random() < 0.6 else rng.choice(FUND_HOUSES)} {kind} {rng.choice(FUND_SUFFIX)}"
            if (name.rsplit(" ", 1)[0], kind) not in used and kind + name.split()[0] not in used:
                used.add(kind + name.split()[0])
                break
        isin, sd = make_isin(rng)
        units_dp = rng.choice([2, 3, 4])
        units = Decimal(rng.randint(40 * 10**units_dp, 14000 * 10**units_dp)) / (10**units_dp)
        if pence:
            price_dp = rng.choice([2, 3])
            price = Decimal(rng.randint(45 * 10**price_dp, 980 * 10**price_dp)) / (10**price_dp)
            value = (units * price / 100).quantize(CENT, ROUND_HALF_UP)
        else:
            price_dp = rng.choice([3, 4])
            price = Decimal(rng.randint(int(0.45 * 10**price_dp), int(9.8 * 10**price_dp))) / (10**price_dp)
            value = (units * price).quantize(CENT, ROUND_HALF_UP)
        if code == "isin":
            rows.append(FundRow(name, isin, isin, units, units_dp, price, price_dp, pence, value))
        elif code == "sedol":  # a SEDOL is not an ISIN: the truth's isin stays null
            rows.append(FundRow(name, None, sd, units, units_dp, price, price_dp, pence, value))
        else:
            rows.append(FundRow(name, None, None, units, units_dp, price, price_dp, pence, value))
    return rows


@dataclass
class Plan:
    provider: str
    plan_type: str
    plan_name: str
    policy_printed: str
    policy: str
    holders: list[Person]
    address: Address
    funds: list[FundRow]
    valuation: date
    period_start: date | None
    transfer: Decimal | None
    transfer_label: str
    contribution: Decimal | None
    frequency: str | None
    charge: str | None
    start_date: date
    retire_age: int

    @property
    def value(self) -> Decimal:
        return sum((f.value for f in self.funds), Decimal("0"))


def make_plan(
    rng: random.Random, provider: str, plan_type: str, n_funds: int, pence: bool, code: str, joint: bool
) -> Plan:
    first = make_person(rng)
    holders = [first]
    if joint:
        holders.append(make_person(rng, last=first.last if rng.random() < 0.8 else None, female=first.title in ("Mr",)))
    funds = make_funds(rng, n_funds, pence, code)
    value = sum((f.value for f in funds), Decimal("0"))
    valuation = date(2025, 1, 1) + timedelta(days=rng.randint(0, 540))
    transfer, label = None, ""
    if plan_type in PENSIONS:
        label = rng.choice(["Transfer value", "Cash-in value", "Transfer value today"])
        transfer = (
            value if rng.random() < 0.55 else (value * Decimal(rng.choice(["0.95", "0.97", "0.98"]))).quantize(CENT)
        )
    elif plan_type in BONDS:
        label = rng.choice(["Surrender value", "Cash-in value", "Full surrender value"])
        transfer = (
            value if rng.random() < 0.4 else (value * Decimal(rng.choice(["0.96", "0.975", "0.99"]))).quantize(CENT)
        )
    elif rng.random() < 0.3:
        label = "Cash-in value"
        transfer = value
    contribution, frequency = None, None
    if plan_type not in BONDS and rng.random() < 0.75:
        frequency = rng.choice(["monthly", "monthly", "quarterly", "annually"])
        contribution = Decimal(
            rng.randint(25, 900) * (3 if frequency == "quarterly" else 12 if frequency == "annually" else 1)
        )
        contribution += Decimal(rng.choice([0, 0, 50])) / 100
    charge = rng.choice([None, "0.45", "0.75", "1.00", "0.35", "0.60", "1.25", "0.90"])
    policy_printed, policy = make_policy(rng, provider)
    return Plan(
        provider=provider,
        plan_type=plan_type,
        plan_name=rng.choice(PLAN_NAMES[plan_type]),
        policy_printed=policy_printed,
        policy=policy,
        holders=holders,
        address=make_address(rng),
        funds=funds,
        valuation=valuation,
        period_start=None,
        transfer=transfer,
        transfer_label=label,
        contribution=contribution,
        frequency=frequency,
        charge=charge,
        start_date=date(rng.randint(1998, 2019), rng.randint(1, 12), rng.randint(1, 28)),
        retire_age=rng.choice([60, 65, 66, 67, 68]),
    )


# ---------------------------------------------------------------- drawing
class Page:
    """A reportlab canvas with a cursor, a bottom margin and a callback that heads each new page."""

    def __init__(self, path: Path, font: str, header=None):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle("")
        self.font = font
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
        self.y = H - 60
        self.header = header
        self.pages = 1

    def new_page(self, continued: str | None = None) -> None:
        self.c.showPage()
        self.pages += 1
        self.y = H - 60
        if self.header:
            self.header(self, continued)

    def need(self, h: float, continued: str | None = None) -> bool:
        if self.y - h < 70:
            self.new_page(continued)
            return True
        return False

    def text(
        self,
        x: float,
        s: str,
        size: float = 10,
        bold: bool = False,
        y: float | None = None,
        right: bool = False,
        italic: bool = False,
    ) -> None:
        font = self.bold if bold else self.font
        if italic:
            font = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}[
                self.font
            ]
        self.c.setFont(font, size)
        yy = self.y if y is None else y
        (self.c.drawRightString if right else self.c.drawString)(x, yy, s)

    def line(self, s: str = "", size: float = 10, x: float = 56, bold: bool = False, gap: float | None = None) -> None:
        self.need(size + 4)
        if s:
            self.text(x, s, size, bold)
        self.y -= gap if gap is not None else size + 4

    def para(self, s: str, size: float = 10, x: float = 56, width: float = 480, gap: float = 4) -> None:
        words, cur = s.split(), ""
        font = self.font
        for w in words:
            trial = f"{cur} {w}".strip()
            if self.c.stringWidth(trial, font, size) > width and cur:
                self.line(cur, size, x, gap=size + 3)
                cur = w
            else:
                cur = trial
        if cur:
            self.line(cur, size, x, gap=size + 3)
        self.y -= gap

    def rule(self, x0: float = 56, x1: float = W - 56) -> None:
        self.c.setLineWidth(0.6)
        self.c.line(x0, self.y + 4, x1, self.y + 4)
        self.y -= 6

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def kv(p: Page, label: str, value: str, style: str, x: float = 56, col: float = 200, size: float = 10) -> None:
    """One label/value pair in a house style: colon, tab, above, dots or boxed."""
    if style == "colon":
        p.line(f"{label}: {value}", size, x)
    elif style == "tab":
        p.need(size + 4)
        p.text(x, label, size)
        p.text(x + col, value, size, bold=True)
        p.y -= size + 5
    elif style == "above":
        p.need(2 * size + 14)
        p.c.setLineWidth(0.5)
        p.c.rect(
            x - 4, p.y - size - 8, max(230, p.c.stringWidth(value, p.bold, size) + 12), 2 * size + 14, stroke=1, fill=0
        )
        p.text(x, label.upper(), size - 3)
        p.text(x, value, size, bold=True, y=p.y - size - 2)
        p.y -= 2 * size + 20
    elif style == "dots":
        p.need(size + 4)
        p.c.setFont(p.font, size)
        lw = p.c.stringWidth(label + " ", p.font, size)
        vw = p.c.stringWidth(" " + value, p.font, size)
        dot = p.c.stringWidth(".", p.font, size)
        n = max(3, int((x + 440 - x - lw - vw) / dot))
        p.c.drawString(x, p.y, label + " " + "." * n + " " + value)
        p.y -= size + 5
    else:
        raise ValueError(style)


def boxes(p: Page, label: str, value: str, n: int, x: float = 56, box: float = 15) -> None:
    """A form row: label, then one character a box."""
    p.need(box + 12)
    top = p.y + 8
    p.text(x, label, 8, y=top - box + 4)
    p.c.setLineWidth(0.6)
    for i in range(n):
        bx = x + 150 + i * box
        p.c.rect(bx, top - box, box, box, stroke=1, fill=0)
        if i < len(value) and value[i] != " ":
            p.c.setFont("Courier-Bold", 11)
            p.c.drawCentredString(bx + box / 2, top - box + 4, value[i])
    p.y -= box + 5


def two_columns(p: Page, left: list[tuple[str, str]], right: list[tuple[str, str]], size: float = 9.5) -> None:
    """Two key/value columns side by side; a value too long for its column gets a full-width row after them."""
    wide = [kvp for kvp in left + right if len(kvp[1]) > 24 or p.c.stringWidth(kvp[0], p.font, size) > 112]
    left = [kvp for kvp in left if kvp not in wide]
    right = [kvp for kvp in right if kvp not in wide]
    rows = max(len(left), len(right))
    for i in range(rows):
        p.need(size + 6)
        for pairs, x in ((left, 56), (right, 310)):
            if i < len(pairs):
                lab, val = pairs[i]
                p.text(x, lab, size)
                p.text(x + 120, val, size, bold=True)
        p.y -= size + 6
    for lab, val in wide:
        p.need(size + 6)
        p.text(56, lab, size)
        p.text(56 + max(120, p.c.stringWidth(lab, p.font, size) + 12), val, size, bold=True)
        p.y -= size + 6


# signatures -------------------------------------------------------
def sign(p: Page, rng: random.Random, kind: str, x: float, y: float, name: str, when: str) -> None:
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    if kind == "strokes":
        c.setLineWidth(1.3)
        pts = [(x + 4, y + 6)]
        for _ in range(rng.randint(5, 8)):
            pts.append((pts[-1][0] + rng.uniform(9, 20), y + rng.uniform(0, 22)))
        for a, b in zip(pts, pts[1:], strict=False):
            c.line(a[0], a[1], b[0], b[1])
        c.line(pts[0][0], y + 3, pts[-1][0] + 8, y + 5)
    elif kind == "curves":
        c.setLineWidth(1.1)
        path = c.beginPath()
        path.moveTo(x + 4, y + 8)
        cx = x + 4
        for _ in range(4):
            path.curveTo(
                cx + 8, y + rng.uniform(18, 28), cx + 16, y + rng.uniform(-4, 4), cx + 26, y + rng.uniform(6, 14)
            )
            cx += 26
        c.drawPath(path, stroke=1, fill=0)
    elif kind == "image":
        img = Image.new("L", (360, 90), 255)
        d = ImageDraw.Draw(img)
        pts = [(10 + i * 12, 45 + int(28 * ((-1) ** i) * rng.uniform(0.4, 1.0))) for i in range(26)]
        d.line(pts, fill=20, width=4)
        d.line([(20, 70), (330, 62)], fill=40, width=3)
        c.drawImage(ImageReader(img), x, y - 2, width=144, height=36)
    elif kind == "estamp":
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        c.setLineWidth(0.8)
        c.rect(x, y + 1, 168, 38, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(x + 4, y + 32, "Signed electronically by")
        c.setFont("Times-Italic", 13)
        c.drawString(x + 4, y + 19, name)
        c.setFont("Helvetica", 6.5)
        ref = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        c.drawString(x + 4, y + 11, f"{when} 10:{rng.randint(10, 59)} UTC  ref {ref}")
        c.drawString(x + 4, y + 4, "Identity checked by one-time passcode")
    c.restoreState()


# ---------------------------------------------------------------- LoAs
LOA_LAYOUTS = ["letter", "boxed", "sentence", "above", "dots"]
SIG_KINDS = ["strokes", "curves", "image", "estamp", "none"]


def adviser(rng: random.Random) -> tuple[str, str, str, Address]:
    firm = rng.choice(ADVISER_FIRMS)
    frn = str(9900000 + rng.randint(0, 99999))  # 99xxxxx: far past any number the FCA has issued
    return firm, frn, rng.choice(ADVISERS), make_address(rng)


def loa(path: Path, rng: random.Random, i: int) -> dict:
    layout = LOA_LAYOUTS[i % len(LOA_LAYOUTS)]
    sig = SIG_KINDS[(i // len(LOA_LAYOUTS) + i) % len(SIG_KINDS)]
    provider = rng.choice(sorted(PROVIDERS)) if rng.random() < 0.9 else None  # a few go to "any provider"
    firm, frn, adv, firm_addr = adviser(rng)
    client = make_person(rng)
    joint = rng.random() < 0.25
    second = make_person(rng, last=client.last, female=client.title == "Mr") if joint else None
    addr = make_address(rng)
    n_pol = rng.choice([1, 1, 2, 3])
    pols = [make_policy(rng, provider or "any") for _ in range(n_pol)]
    signed = date(2025, 1, 1) + timedelta(days=rng.randint(0, 560))
    dstyle = rng.randrange(6)
    spaced = rng.random() < 0.5
    show_title = layout != "sentence" or rng.random() < 0.5
    show_adviser = rng.random() < 0.8
    font = rng.choice(["Helvetica", "Times-Roman"])
    p = Page(path, font)
    c = p.c
    # firm letterhead
    p.text(56, firm, 15, bold=True)
    p.y -= 14
    p.text(56, ", ".join(firm_addr.lines) + " " + firm_addr.postcode, 8)
    p.y -= 11
    p.text(56, f"Authorised and regulated by the Financial Conduct Authority. Firm reference number {frn}.", 7.5)
    p.y -= 26
    full = f"{client.title} {client.name}" if show_title else client.name
    to = provider or "Any provider holding the plans below"
    if layout == "letter":
        if sig != "none":
            p.line(fmt_date(signed, dstyle))
        p.line(f"To: {provider} (sent by secure email)" if provider else "To whom it may concern")
        p.line("Dear Sir or Madam", gap=20)
        p.line("LETTER OF AUTHORITY", 12, bold=True, gap=18)
        kv(p, "Client", full, "tab", col=150)
        if second:
            kv(p, "Second client", f"{second.title} {second.name}", "tab", col=150)
        kv(p, "Date of birth", fmt_date(client.dob, dstyle), "tab", col=150)
        kv(p, "National Insurance no.", fmt_ni(client.ni, spaced), "tab", col=150)
        if second:
            kv(p, "Second client's date of birth", fmt_date(second.dob, dstyle), "tab", col=150)
            kv(p, "Second client's NI no.", fmt_ni(second.ni, spaced), "tab", col=150)
        kv(p, "Address", addr.lines[0], "tab", col=150)
        for ln in addr.lines[1:] + [addr.postcode]:
            kv(p, "", ln, "tab", col=150)
        kv(p, "Plan number(s)", ", ".join(pp for pp, _ in pols), "tab", col=150)
        p.y -= 8
        who = "We" if second else "I"
        p.para(
            f"{who} authorise you to release to {firm} (FRN {frn}) any information they ask for about the "
            f"plan(s) above and any other plans {'we' if second else 'I'} hold with you. This authority is for information "
            "only; it does not allow any change to the plans or any payment out. Please treat this letter as "
            "remaining in force until further notice."
        )
        if show_adviser:
            p.para(f"Please address replies for the attention of {adv}.")
    elif layout == "boxed":
        p.line("CLIENT AUTHORITY FORM - PLEASE COMPLETE IN CAPITALS", 11, bold=True, gap=12)
        p.line(f"Provider: {to}", 9, gap=16)
        boxes(p, "Title", client.title.upper() if show_title else "", 4)
        boxes(p, "Full name", client.name.upper(), 24)
        boxes(p, "Date of birth (DD MM YYYY)", f"{client.dob.day:02d}{client.dob.month:02d}{client.dob.year}", 8)
        boxes(p, "National Insurance number", client.ni, 9)
        for k, ln in enumerate(addr.lines):
            boxes(p, "Address" if k == 0 else "", ln.upper(), 24)
        boxes(p, "Postcode", addr.postcode, 8)
        for k, (pp, _) in enumerate(pols):
            boxes(p, f"Policy number {k + 1}", pp.replace(" ", ""), 14)
        if second:
            boxes(p, "Joint holder's full name", second.name.upper(), 24)
            boxes(p, "Joint holder's NI number", second.ni, 9)
        p.y -= 6
        c.rect(56, p.y - 2, 8, 8)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(57.5, p.y - 0.5, "X")
        p.text(70, "Information only (no servicing rights)", 9)
        c.rect(300, p.y - 2, 8, 8)
        p.text(314, "Appoint as agent / servicing rights", 9)
        p.y -= 20
        p.para(
            f"I authorise the provider to give {firm}, FCA firm reference {frn}, details of my plan(s) "
            "until I tell you otherwise in writing.",
            9,
        )
        if show_adviser:
            p.line(f"Adviser: {adv}", 9)
    elif layout == "sentence":
        if sig != "none":
            p.line(fmt_date(signed, dstyle), gap=18)
        p.line(f"For the attention of: {to}", gap=18)
        p.line("Authority to release information", 12, bold=True, gap=18)
        where = ", ".join(addr.lines) + " " + addr.postcode
        name = f"{client.title} {client.name}" if show_title else client.name
        extra = ""
        if second:
            extra = (
                f" and I, {second.title} {second.name}, born {fmt_date(second.dob, dstyle)}, National "
                f"Insurance number {fmt_ni(second.ni, spaced)},"
            )
        p.para(
            f"I, {name}, of {where}, born on {fmt_date(client.dob, dstyle)}, National Insurance number "
            f"{fmt_ni(client.ni, spaced)},{extra} give my permission for {firm}, whose FCA firm reference "
            f"number is {frn}, to obtain from you any information about "
            f"{'plan' if n_pol == 1 else 'plans'} {', '.join(pp for pp, _ in pols)}."
        )
        p.para(
            "This permission covers information only and stays in place until further notice. Please send "
            "copies of everything to the firm rather than to me."
        )
        if show_adviser:
            p.para(f"My adviser there is {adv}.")
    elif layout == "above":
        p.line("Letter of Authority", 14, bold=True, gap=14)
        p.line(f"Addressed to: {to}", 9, gap=14)
        kv(p, "Surname", client.last, "above")
        kv(p, "Forenames", " ".join(x for x in (client.first, client.middle) if x), "above")
        if show_title:
            kv(p, "Title", client.title, "above")
        kv(p, "Date of birth", fmt_date(client.dob, dstyle), "above")
        kv(p, "National Insurance number", fmt_ni(client.ni, spaced), "above")
        kv(p, "Home address", ", ".join(addr.lines), "above")
        kv(p, "Postcode", addr.postcode, "above")
        kv(p, "Policy numbers", "  /  ".join(pp for pp, _ in pols), "above")
        if second:
            kv(p, "Joint policyholder", f"{second.title} {second.name}", "above")
        p.para(
            f"I instruct you to provide {firm} (Financial Conduct Authority reference {frn}) with whatever "
            "information they request about the policies listed, for information purposes only, until "
            "further notice.",
            9.5,
        )
        if show_adviser:
            p.line(f"Contact at the firm: {adv}", 9)
    else:  # dots
        p.line("LETTER OF AUTHORITY (INFORMATION ONLY)", 12, bold=True, gap=14)
        kv(p, "To (provider)", to, "dots")
        kv(p, "Client's full name", full, "dots")
        kv(p, "Date of birth", fmt_date(client.dob, dstyle), "dots")
        kv(p, "NI number", fmt_ni(client.ni, spaced), "dots")
        kv(p, "Address", ", ".join(addr.lines), "dots")
        kv(p, "Postcode", addr.postcode, "dots")
        for k, (pp, _) in enumerate(pols):
            kv(p, f"Plan {k + 1}", pp, "dots")
        if second:
            kv(p, "Joint client", f"{second.title} {second.name}", "dots")
        kv(p, "Adviser firm", firm, "dots")
        kv(p, "FCA firm reference", frn, "dots")
        if show_adviser:
            kv(p, "Adviser", adv, "dots")
        p.y -= 6
        p.para("Please release information on the above plans to the adviser firm named until further notice.")
    # signature block(s)
    p.need(150)
    p.y -= 40
    holders = [client] + ([second] if second else [])
    for k, who in enumerate(holders):
        y0 = p.y
        p.text(56, "Signature" + (f" of client {k + 1}" if second else ""), 9)
        c.setLineWidth(0.5)
        c.line(150, y0 - 2, 330, y0 - 2)
        if sig != "none":
            sign(p, rng, sig, 155, y0 + 1, who.name, fmt_date(signed, 1))
        p.text(350, "Date", 9)
        c.line(380, y0 - 2, 500, y0 - 2)
        if sig != "none":
            p.text(385, fmt_date(signed, dstyle), 10)
        p.y -= 16
        p.text(150, f"Print name: {who.name}", 8)
        p.y -= 52
    p.c.setFont("Helvetica", 6.5)
    p.c.drawString(56, 40, f"{firm} - client authority - keep a copy for your records")
    p.save()
    truth = {
        "provider": provider,
        "policy_numbers": [n for _, n in pols],
        "client_title": client.title if show_title else None,
        "client_name": client.name,
        "client_dob": client.dob.isoformat(),
        "ni_number": client.ni,
        # the boxed form is filled in capitals and prints the address nowhere else
        "client_address": ", ".join(ln.upper() if layout == "boxed" else ln for ln in addr.lines),
        "client_postcode": addr.postcode,
        "adviser_firm": firm,
        "fca_frn": frn,
        "adviser_name": adv if show_adviser else None,
        "date_signed": signed.isoformat() if sig != "none" else None,
        "signature_present": sig != "none",
    }
    return {"doc_type": "loa", "record": truth, "variant": f"loa-{layout}-{sig}{'-joint' if second else ''}"}


# ---------------------------------------------------------------- provider paperwork
def letterhead(p: Page, provider: str, sub: str) -> None:
    c = p.c
    c.saveState()
    c.setFillColorRGB(0.12, 0.2, 0.42)
    c.rect(0, H - 44, W, 44, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, H - 30, provider)
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 40, H - 28, sub)
    c.restoreState()
    p.y = H - 74


def small_print(p: Page, provider: str) -> None:
    p.c.setFont("Helvetica", 6)
    p.c.drawString(
        40,
        30,
        f"{provider} is authorised and regulated by the Financial Conduct Authority. Calls may be "
        "recorded. Page " + str(p.pages),
    )


def fund_table(p: Page, rows: list[FundRow], style: int, title: str, provider: str) -> None:
    """The fund table, in pounds or pence, with or without a code column; repeats its header on a new page."""
    pence = rows[0].pence
    code = rows[0].code_printed is not None
    code_head = "ISIN" if rows[0].isin else "SEDOL"
    price_head = (
        ["Price (p)", "Unit price (pence)", "Bid price p"][style % 3]
        if pence
        else ["Price (£)", "Unit price", "Price"][style % 3]
    )
    heads = ["Fund"] + ([code_head] if code else []) + ["Units", price_head, "Value (£)" if style % 2 else "Value"]
    xs = [56] + ([268] if code else []) + [400 if code else 360, 470 if code else 440, W - 50]
    # fund names run long: the narrow table with a code column uses 7.5pt
    size = 7.5 if code else 8.5

    def head(cont: bool) -> None:
        p.need(30)
        p.text(56, title + (" (continued)" if cont else ""), 10.5, bold=True)
        p.y -= 15
        for k, h in enumerate(heads):
            p.text(xs[k], h, size, bold=True, right=k >= len(heads) - 3)
        p.y -= 4
        p.rule()
        p.y -= 4

    head(False)
    for r in rows:
        if p.y < 90:
            p.text(56, "Continued on the next page", 7.5, italic=True)
            small_print(p, provider)
            p.new_page()
            head(True)
        cells = [r.name] + ([r.code_printed] if code else [])
        units = f"{r.units:,.{r.units_dp}f}" if style % 2 == 0 else f"{r.units:.{r.units_dp}f}"
        price = f"{r.price:.{r.price_dp}f}" if pence or style % 3 else f"£{r.price:.{r.price_dp}f}"
        if pence and style == 4:
            price += "p"
        val = money(r.value, sym=not style % 2)
        cells += [units, price, val]
        for k, cell in enumerate(cells):
            p.text(xs[k], cell, size, right=k >= len(cells) - 3)
        p.y -= size + (9 if len(rows) > 15 else 6)  # long tables are set airier, as a long list of funds often is
    p.rule()
    total = sum((r.value for r in rows), Decimal("0"))
    p.text(56, "Total value of your funds" if style % 2 else "Total", size, bold=True)
    p.text(xs[-1], money(total), size, bold=True, right=True)
    p.y -= 20


def projection_text(rng: random.Random, plan: Plan) -> str:
    projected = (plan.value * Decimal(rng.choice(["1.8", "2.2", "1.45", "2.6"]))).quantize(Decimal("1"))
    income = (projected * Decimal("0.052")).quantize(Decimal("1"))
    return (
        f"What you might get: if you keep paying in and start taking benefits at age {plan.retire_age}, your "
        f"plan could be worth {money(projected)} in today's money, which might buy a yearly income of "
        f"{money(income)}. This is an illustration only, not a value, and it is not guaranteed."
    )


def bond_extras(rng: random.Random, plan: Plan) -> list[tuple[str, str]]:
    death = (plan.value * Decimal("1.01")).quantize(CENT)
    return [
        ("Death benefit (101% of value)", money(death)),
        ("Total withdrawals taken to date", money(Decimal(rng.randint(0, 12000)))),
    ]


def holder_line(plan: Plan, titled: bool = True) -> str:
    names = [f"{h.title} {h.name}" if titled else h.name for h in plan.holders]
    return " and ".join(names)


def plan_truth(plan: Plan, doc_type: str, title: bool, dob: bool, ni: bool, address: bool) -> dict:
    first = plan.holders[0]
    rec = {
        "provider": plan.provider,
        "policy_number": plan.policy,
        "client_title": first.title if title else None,
        "client_name": first.name,
        "client_dob": first.dob.isoformat() if dob else None,
        "ni_number": first.ni if ni else None,
        "client_address": ", ".join(plan.address.lines) if address else None,
        "client_postcode": plan.address.postcode if address else None,
        "plan_type": plan.plan_type,
        "valuation_date": plan.valuation.isoformat(),
    }
    if doc_type == "annual_statement":
        rec["period_start"] = plan.period_start.isoformat()
    rec.update(
        {
            "plan_value": f"{plan.value:.2f}",
            "transfer_value": f"{plan.transfer:.2f}" if plan.transfer is not None else None,
            "regular_contribution": f"{plan.contribution:.2f}" if plan.contribution is not None else None,
            "contribution_frequency": plan.frequency,
            "annual_charge_percent": plan.charge,
            "holdings": [f.truth() for f in plan.funds],
        }
    )
    return rec


FREQ_WORDS = {
    "monthly": ["per month", "a month", "monthly"],
    "quarterly": ["per quarter", "quarterly", "each quarter"],
    "annually": ["per year", "a year", "annually"],
}


def pick_plan(rng: random.Random, i: int, joint_share: float) -> tuple[Plan, dict]:
    provider = sorted(PROVIDERS)[(i * 7 + rng.randrange(3)) % len(PROVIDERS)]
    plan_type = rng.choice(PROVIDERS[provider])
    pence = rng.random() < 0.4
    code = rng.choice(["isin", "isin", "sedol", "none"])
    n_funds = rng.choice([2, 3, 4, 5, 6]) if rng.random() < 0.7 else rng.randint(22, 30)
    joint = plan_type in JOINT_OK and rng.random() < joint_share
    plan = make_plan(rng, provider, plan_type, n_funds, pence, code, joint)
    return plan, {"pence": pence, "code": code, "long": n_funds > 10, "joint": joint}


RESP_LAYOUTS = ["cover+single", "two-columns", "above", "dots", "cover+two-columns", "prose", "questionnaire"]
# the adviser's information request, answered question by question
QUESTIONS = {
    "Plan number": "Plan or policy number",
    "Product": "What type of plan is it?",
    "Plan holder": "Who owns the plan?",
    "Plan holders": "Who owns the plan?",
    "Start date": "When did the plan start?",
    "Regular contribution": "What regular payments are being made?",
    "Annual management charge": "What is the annual management charge?",
    "Selected retirement age": "What is the selected retirement age?",
    "Guaranteed annuity rate": "Does the plan have a guaranteed annuity rate?",
    "Protected tax-free cash": "Is any tax-free cash protected?",
    "Market value reduction": "Would a market value reduction apply today?",
}


def response(path: Path, rng: random.Random, i: int) -> dict:
    layout = RESP_LAYOUTS[i % len(RESP_LAYOUTS)]
    plan, flags = pick_plan(rng, i, 0.4)
    firm, _frn, adv, firm_addr = adviser(rng)
    first = plan.holders[0]
    letter_date = plan.valuation + timedelta(days=rng.randint(1, 9))
    loa_date = plan.valuation - timedelta(days=rng.randint(6, 40))
    dstyle = rng.randrange(6)
    spaced = rng.random() < 0.5
    show_dob = rng.random() < 0.9
    show_ni = rng.random() < 0.6
    show_addr = rng.random() < 0.55
    font = rng.choice(["Helvetica", "Times-Roman"])

    def header(pg: Page, cont: str | None) -> None:
        letterhead(pg, plan.provider, "Adviser information service")
        pg.text(56, f"Plan {plan.policy_printed} - {first.name}", 8)
        pg.y -= 18

    p = Page(path, font, header)
    letterhead(p, plan.provider, "Adviser information service")
    value_label = rng.choice(
        ["Current value", "Total plan value", "Fund value", "Value of your client's plan", "Plan value"]
    )
    asat = rng.choice(["Values as at", "Valuation date", "Figures correct as at", "Date of valuation"])
    holders = holder_line(plan, titled=True)
    details: list[tuple[str, str]] = [
        ("Plan number", plan.policy_printed),
        ("Product", plan.plan_name),
        ("Plan holder" if len(plan.holders) == 1 else "Plan holders", holders),
    ]
    if show_dob:
        details.append(("Date of birth", fmt_date(first.dob, dstyle)))
    if show_ni:
        details.append(("National Insurance number", fmt_ni(first.ni, spaced)))
    if show_addr:
        details.append(("Plan holder's address", ", ".join(plan.address.lines) + ", " + plan.address.postcode))
    details += [
        ("Start date", fmt_date(plan.start_date, dstyle)),
        (asat, fmt_date(plan.valuation, dstyle)),
        (value_label, money(plan.value)),
    ]
    if plan.transfer is not None:
        details.append((plan.transfer_label, money(plan.transfer)))
    if plan.contribution is not None:
        details.append(("Regular contribution", f"{money(plan.contribution)} {rng.choice(FREQ_WORDS[plan.frequency])}"))
    if plan.charge:
        details.append(("Annual management charge", f"{plan.charge}% a year"))
    if plan.plan_type in PENSIONS:
        details += [
            ("Selected retirement age", str(plan.retire_age)),
            ("Guaranteed annuity rate", "None"),
            ("Protected tax-free cash", "Not applicable"),
        ]
    if plan.plan_type in BONDS:
        details += bond_extras(rng, plan) + [("Market value reduction", "Not applicable")]
    cover = layout.startswith("cover") or layout == "prose"
    if cover:
        p.line(fmt_date(letter_date, dstyle), gap=16)
        for ln in [adv, firm] + firm_addr.lines + [firm_addr.postcode]:
            p.line(ln, 10, gap=12)
        p.y -= 10
        p.line(f"Our reference: {plan.policy_printed}    Your reference: CL{rng.randint(1000, 99999)}", 9, gap=18)
        p.line(f"Dear {adv.split()[0]}", gap=16)
        p.line(f"Your client: {holders}", bold=True, gap=16)
        p.para(
            f"Thank you for the letter of authority dated {fmt_date(loa_date, dstyle)}, which we have added to "
            f"our records. You asked about your client's {plan.plan_name.lower()}; the details are "
            + ("below." if layout == "prose" else "on the following page(s).")
            + " Values move with markets and the figures will be out of date once sent."
        )
        if layout == "prose":
            p.y -= 4
        else:
            p.para("If you would like anything else, please write to us quoting the plan number.")
            p.line("Yours sincerely", gap=30)
            p.line(rng.choice(STAFF), gap=12)
            p.line("Adviser Support Team", gap=12)
            small_print(p, plan.provider)
            p.new_page()
            p.line("Plan information", 14, bold=True, gap=18)
    else:
        p.line(f"Information requested by {firm}", 13, bold=True, gap=14)
        p.line(
            f"Prepared {fmt_date(letter_date, dstyle)} in reply to your letter of authority of "
            f"{fmt_date(loa_date, dstyle)}",
            8.5,
            gap=18,
        )
    if layout in ("cover+single",):
        for lab, val in details:
            kv(p, lab, val, "tab", col=190)
    elif layout in ("two-columns", "cover+two-columns"):
        half = (len(details) + 1) // 2
        two_columns(p, details[:half], details[half:])
    elif layout == "above":
        # short values two boxes to a row, long ones a box of their own
        queue = list(details)
        while queue:
            lab, val = queue.pop(0)
            if len(val) > 28 or not queue or len(queue[0][1]) > 28:
                kv(p, lab, val, "above", x=60)
                continue
            p.need(40)
            y0 = p.y
            kv(p, lab, val, "above", x=60)
            p.y = y0
            lab2, val2 = queue.pop(0)
            kv(p, lab2, val2, "above", x=310)
    elif layout == "prose":
        # everything in sentences: the parties and the figures are named in running text
        born = f", born {fmt_date(first.dob, dstyle)}" if show_dob else ""
        ni = f", National Insurance number {fmt_ni(first.ni, spaced)}" if show_ni else ""
        where = f", of {', '.join(plan.address.lines)} {plan.address.postcode}" if show_addr else ""
        p.para(
            f"We hold a {plan.plan_name}, number {plan.policy_printed}, for {holders}{born}{ni}{where}. It was "
            f"taken out on {fmt_date(plan.start_date, dstyle)}."
        )
        worth = f"On {fmt_date(plan.valuation, dstyle)} the plan was worth {money(plan.value)}"
        if plan.transfer is not None:
            worth += f" and its {plan.transfer_label.lower().replace(' today', '')} on the same day was {money(plan.transfer)}"
        p.para(worth + ".")
        extra = []
        if plan.contribution is not None:
            extra.append(f"Payments of {money(plan.contribution)} are made {rng.choice(FREQ_WORDS[plan.frequency])}.")
        if plan.charge:
            extra.append(f"Our annual management charge is {plan.charge}% of the fund.")
        if plan.plan_type in PENSIONS:
            extra.append(
                f"The selected retirement age is {plan.retire_age}; there is no guaranteed annuity rate and no "
                "protected tax-free cash."
            )
        if plan.plan_type in BONDS:
            death = (plan.value * Decimal("1.01")).quantize(CENT)
            extra.append(f"If the last life assured died today we would pay {money(death)} (101% of the value).")
        if extra:
            p.para(" ".join(extra))
    elif layout == "questionnaire":
        p.line("Your information request - our answers", 11, bold=True, gap=16)
        for k, (lab, val) in enumerate(details, 1):
            question = QUESTIONS.get(lab, lab)
            p.need(30)
            p.line(f"Q{k}. {question}", 9, gap=12)
            p.line(val, 10, x=80, bold=True, gap=16)
    else:
        for lab, val in details:
            kv(p, lab, val, "dots")
    p.y -= 10
    if plan.plan_type in PENSIONS and rng.random() < 0.7:
        p.para(projection_text(rng, plan), 9)
    fund_table(
        p,
        plan.funds,
        rng.randrange(6),
        rng.choice(["Your client's funds", "Fund breakdown", "Investments held"]),
        plan.provider,
    )
    p.need(60)
    p.para(
        "Notes: values are based on the bid prices of units on the valuation date. A transfer or cash-in may "
        "be reduced by any exit charge shown above. The Financial Services Compensation Scheme may cover up to "
        "£85,000 of an eligible claim.",
        7.5,
    )
    small_print(p, plan.provider)
    p.save()
    rec = plan_truth(plan, "loa_response", True, show_dob, show_ni, show_addr)
    variant = (
        f"resp-{layout}-{'pence' if flags['pence'] else 'pounds'}-{flags['code']}"
        + ("-long" if flags["long"] else "")
        + ("-joint" if flags["joint"] else "")
    )
    return {"doc_type": "loa_response", "record": rec, "variant": variant}


STMT_LAYOUTS = ["window+startend", "cover+openclose", "platform", "bond", "dots+notes"]


def statement(path: Path, rng: random.Random, i: int) -> dict:
    layout = STMT_LAYOUTS[i % len(STMT_LAYOUTS)]
    plan, flags = pick_plan(rng, i + 3, 0.5)
    if layout == "bond" and plan.plan_type not in BONDS:
        plan, flags = pick_plan(rng, 2, 0.5)  # a provider with bonds
        while plan.plan_type not in BONDS:
            plan, flags = pick_plan(rng, rng.randrange(16), 0.5)
    first = plan.holders[0]
    months = rng.choice([12, 12, 6, 3])
    end = plan.valuation
    start = end - timedelta(days=round(months * 30.44)) + timedelta(days=1)
    plan.period_start = start
    issue = end + timedelta(days=rng.randint(5, 25))
    dstyle = rng.randrange(6)
    show_dob = rng.random() < 0.4
    show_ni = plan.plan_type in PENSIONS and rng.random() < 0.4
    opening = (plan.value * Decimal(rng.choice(["0.91", "0.95", "1.03", "0.88", "0.97"]))).quantize(CENT)
    paid_in = Decimal("0")
    if plan.contribution is not None:
        per = {"monthly": 1, "quarterly": 3, "annually": 12}[plan.frequency]
        paid_in = plan.contribution * max(1, months // per) if months >= per else Decimal("0")
    charges = (plan.value * Decimal(plan.charge or "0.5") / 100 * months / 12).quantize(CENT)
    growth = plan.value - opening - paid_in + charges
    font = rng.choice(["Helvetica", "Times-Roman"]) if layout != "platform" else "Helvetica"
    title_word = {"platform": "Valuation statement", "bond": "Annual bond statement"}.get(layout, "Annual statement")

    def header(pg: Page, cont: str | None) -> None:
        letterhead(pg, plan.provider, title_word)
        pg.text(56, f"{plan.plan_name}  {plan.policy_printed}", 8)
        pg.y -= 18

    p = Page(path, font, header)
    names = holder_line(plan)
    period = f"{fmt_date(start, dstyle)} to {fmt_date(end, dstyle)}"
    if layout == "cover+openclose":
        letterhead(p, plan.provider, "Customer correspondence")
        p.y -= 30
        for ln in [names] + plan.address.lines + [plan.address.postcode]:
            p.line(ln, 10, x=70, gap=12)
        p.y -= 20
        p.line(fmt_date(issue, dstyle), gap=18)
        p.line(f"Dear {first.title} {first.last}", gap=16)
        p.line(f"Your {plan.plan_name} - {plan.policy_printed}", bold=True, gap=16)
        p.para(
            f"Please find enclosed your statement. It covers the period {period} and shows what happened to "
            "your plan in that time. You do not need to do anything, but it is worth checking that your "
            "details are right."
        )
        p.para("If you have an adviser, they can help you understand it.")
        p.line("Yours sincerely", gap=30)
        p.line(rng.choice(STAFF) + ", Customer Services", gap=12)
        small_print(p, plan.provider)
        p.new_page()
    else:
        letterhead(p, plan.provider, title_word)
        p.y -= 24
        for ln in [names] + plan.address.lines + [plan.address.postcode]:
            p.line(ln, 10, x=70, gap=12)
        p.y -= 24
    p.line(title_word if layout != "platform" else "Your portfolio valuation", 15, bold=True, gap=18)
    opening_label, closing_label = rng.choice(
        [
            ("Value at start of period", "Value at end of period"),
            ("Opening value", "Closing value"),
            (f"Value on {fmt_date(start, dstyle)}", f"Value on {fmt_date(end, dstyle)}"),
        ]
    )
    facts = [
        ("Plan number" if layout != "platform" else "Account number", plan.policy_printed),
        ("Plan type" if layout != "platform" else "Account type", plan.plan_name),
        ("Statement period", period),
        ("Date of issue", fmt_date(issue, dstyle)),
    ]
    if len(plan.holders) > 1:
        facts.append(("Holders", names))
    if show_dob:
        facts.append(("Date of birth", fmt_date(first.dob, dstyle)))
    if show_ni:
        facts.append(("NI number", fmt_ni(first.ni, rng.random() < 0.5)))
    summary = [
        (opening_label, money(opening)),
        ("Paid in", money(paid_in)),
        ("Charges taken", money(charges)),
        ("Investment growth" if growth >= 0 else "Investment loss", money(abs(growth))),
        (closing_label, money(plan.value)),
    ]
    if plan.transfer is not None:
        summary.append((plan.transfer_label + f" at {fmt_date(end, dstyle)}", money(plan.transfer)))
    if plan.contribution is not None:
        summary.append(("Your regular payment", f"{money(plan.contribution)} {rng.choice(FREQ_WORDS[plan.frequency])}"))
    if plan.charge:
        summary.append(("Annual charge", f"{plan.charge}%"))
    if layout == "window+startend":
        for lab, val in facts:
            kv(p, lab, val, "tab", col=150)
        p.y -= 8
        p.line("Summary", 11, bold=True, gap=14)
        for lab, val in summary:
            kv(p, lab, val, "tab", col=230)
    elif layout == "cover+openclose":
        two_columns(p, facts, summary[:4])
        p.y -= 4
        two_columns(p, summary[4:6], summary[6:])
    elif layout == "platform":
        two_columns(
            p,
            facts,
            [("Valuation as at", fmt_date(end, dstyle)), ("Total portfolio value", money(plan.value))] + summary[5:],
        )
        p.y -= 6
        p.line("Account summary", 11, bold=True, gap=14)
        for lab, val in summary[:5]:
            kv(p, lab, val, "tab", col=230)
    elif layout == "bond":
        for lab, val in facts:
            kv(p, lab, val, "above")
        p.y -= 4
        for lab, val in summary + bond_extras(rng, plan):
            kv(p, lab, val, "dots")
    else:
        for lab, val in facts + summary:
            kv(p, lab, val, "dots")
    p.y -= 10
    if plan.plan_type in PENSIONS and rng.random() < 0.5:
        p.para(projection_text(rng, plan), 9)
    elif plan.plan_type in PENSIONS or (plan.plan_type in BONDS and rng.random() < 0.5):
        p.need(70)
        age = f"at age {plan.retire_age}" if plan.plan_type in PENSIONS else "in ten years"
        p.line(f"Illustrated value {age} (not guaranteed, in today's money)", 10, bold=True, gap=14)
        for rate, mult in (("Lower growth", "1.2"), ("Middle growth", "1.6"), ("Higher growth", "2.1")):
            kv(p, rate, money((plan.value * Decimal(mult)).quantize(Decimal("1"))), "tab", col=150, size=9)
        p.y -= 6
    fund_table(
        p,
        plan.funds,
        rng.randrange(6),
        rng.choice([f"Your investments as at {fmt_date(end, dstyle)}", "Where your money is invested", "Holdings"]),
        plan.provider,
    )
    small_print(p, plan.provider)
    if layout in ("dots+notes", "window+startend", "bond") or rng.random() < 0.4:
        p.new_page()
        p.line("Notes to your statement", 12, bold=True, gap=16)
        notes = [
            f"1. Values on this statement use unit prices at the close of {fmt_date(end, dstyle)}.",
            "2. Past performance is not a guide to the future; the value of investments can fall as well as rise.",
            "3. A projection or illustration shows what might happen, not what will happen.",
            f"4. Charges are deducted by cancelling units each month. The figure shown as charges covers the whole "
            f"statement period beginning {fmt_date(start, dstyle)}.",
            "5. If you have a complaint you may refer it to the Financial Ombudsman Service.",
        ]
        if flags["pence"]:
            notes.append(
                "6. Unit prices are quoted in pence. Multiply the units by the price and divide by 100 "
                "to get the value in pounds."
            )
        for n in notes:
            p.para(n, 8.5)
        small_print(p, plan.provider)
    p.save()
    rec = plan_truth(plan, "annual_statement", True, show_dob, show_ni, True)
    variant = (
        f"stmt-{layout}-{'pence' if flags['pence'] else 'pounds'}-{flags['code']}"
        + ("-long" if flags["long"] else "")
        + ("-joint" if flags["joint"] else "")
        + f"-{months}m"
    )
    return {"doc_type": "annual_statement", "record": rec, "variant": variant}


# ---------------------------------------------------------------- scans
def scan(src: Path, dst: Path, rng: random.Random) -> None:
    """Print and scan: render at 150 dpi, skew, blur, speckle, JPEG, and wrap as an image-only PDF."""
    pdf = pdfium.PdfDocument(str(src))
    gen = np.random.default_rng(rng.randrange(2**32))
    out = canvas.Canvas(str(dst), pagesize=A4, invariant=1)
    for k in range(len(pdf)):
        img = pdf[k].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
        a = np.asarray(img, dtype=np.int16)
        a = a + gen.normal(0, 6, a.shape).astype(np.int16)
        dots = gen.random(a.shape) < 0.0006
        a[dots] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        buf = io.BytesIO()
        Image.fromarray(a).save(buf, "JPEG", quality=rng.randint(55, 72))
        buf.seek(0)
        out.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        out.showPage()
    pdf.close()
    out.save()


# ---------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20261203)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "docs")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    makers = [loa, response, statement]
    for n in range(TEXT_DOCS + SCANNED_DOCS):
        rng = random.Random(f"{args.seed}-{n}")
        scanned = n >= TEXT_DOCS
        name = f"h3-{n + 1:03d}"
        pdf = args.out / f"{name}.pdf"
        target = args.out / f".{name}.tmp.pdf" if scanned else pdf
        made = makers[n % 3](target, rng, n // 3)
        if scanned:
            scan(target, pdf, rng)
            target.unlink()
        truth = {"doc_type": made["doc_type"], "record": made["record"], "scanned": scanned, "variant": made["variant"]}
        (args.out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
