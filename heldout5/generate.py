#!/usr/bin/env python3
"""heldout5: a fifth independent held-out set (80 text + 20 scanned UK advice documents) with truth.

Written without reading the extractor, the sample generator, the rules data (bar brand names) or the
earlier held-out sets; layouts invented from public descriptions cited in heldout5/README.md.

    /work/main/.venv/bin/python heldout5/generate.py --out heldout5/docs --seed 20261203
"""

from __future__ import annotations

import argparse
import io
import json
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

W, H = A4
BRANDS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General", "Zurich",
          "Prudential", "Quilter", "Fidelity", "AJ Bell", "Hargreaves Lansdown", "Transact", "Nucleus",
          "Canada Life", "Utmost Wealth Solutions", "7IM", "Novia", "Wealthtime", "Scottish Friendly"]
FIRMS = ["Pennant & Rowe Financial Planning", "Kittiwake Wealth Partners", "Old Quay Advisory",
         "Brindle House Financial", "Hawthorn Lane Planning", "Marram Grass Wealth"]
ADVISERS = ["Imogen Thwaite", "Rashid Kendal", "Fergus Oyelaran", "Bethan Marlowe", "Colm Ashdown"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr"]
FIRST = ["Annabel", "Torquil", "Priya", "Desmond", "Wilhelmina", "Kwame", "Rosalind", "Gethin", "Siobhan",
         "Barnaby", "Oona", "Lachlan", "Hermione", "Tobias", "Marguerite", "Idris"]
MIDDLE = ["", "", "Jane", "Edward", "Louise", "Ahmed", "Mary", "", "Rhys"]
LAST = ["Featherstonehaugh", "Okonkwo-Banks", "Pemberton", "Quayle", "Rudd", "Vasquez-Hale", "Trelawney",
        "Abernethy", "Fairweather", "Lindqvist", "MacAskill", "Penhaligon"]
STREETS = ["Cobble Wynd", "Larch Avenue", "Old Tannery Row", "Pilgrims Way", "Ferncliffe Road", "Mill Lade",
           "St Brannock Close", "Quarry Bank"]
TOWNS = [("Kendal", "LA9"), ("Truro", "TR1"), ("Ludlow", "SY8"), ("Perth", "PH2"), ("Hexham", "NE46"),
         ("Bangor", "LL57"), ("Whitby", "YO21"), ("Frome", "BA11")]
HOUSES = ["Harbourside", "Kestrel", "Tamarind", "Lindenhall", "Brackley Vale", "Oakfield Park"]
STRATS = [("UK Equity Index", "UK Equities"), ("UK Smaller Companies Growth", "UK Equities"),
          ("Global Sustainable Equity Leaders", "Global Equities"), ("Japan Growth", "Global Equities"),
          ("Emerging Markets Opportunities", "Global Equities"), ("Sterling Corporate Bond", "Fixed Interest"),
          ("Short Dated Gilt Index", "Fixed Interest"), ("Mixed Investment 40-85% Shares", "Mixed Assets"),
          ("Cautious Managed Portfolio", "Mixed Assets"), ("Commercial Property Feeder", "Property")]
CLASSES = ["Acc", "Inc", "B Acc", "Pn S4", "I Acc GBP", "Retail Accumulation"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(iso: str, style: int) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    return [f"{ordinal(d)} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{MONTHS[m - 1]} {d}, {y}",
            f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{d:02d}/{m:02d}/{y}"][style]


def fmt_money(v: Decimal, style: int) -> str:
    s = f"{v:,.2f}"
    return [f"£{s}", f"GBP {v:.2f}", f"{s} GBP", f"£{v:.2f}", f"£ {s}"][style]


def sedol(rng: random.Random) -> str:
    chars = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
    body = "".join(rng.choice(chars) for _ in range(6))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin_from(sed: str) -> str:
    base = "GB00" + sed
    digits = "".join(str(int(c, 36)) for c in base)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return base + str((10 - total % 10) % 10)


def iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def client(rng: random.Random) -> dict:
    town, out = rng.choice(TOWNS)
    mid = rng.choice(MIDDLE)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    ni = rng.choice("ABCEHJKLMNPRSTWXY") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    ni += "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")
    line1 = f"{rng.randint(2, 140)} {rng.choice(STREETS)}"
    lines = [line1, town] if rng.random() < 0.6 else [f"Flat {rng.randint(1, 9)}", line1, town]
    return {"title": rng.choice(TITLES), "name": " ".join(p for p in (first, mid, last) if p),
            "dob": iso(rng.randint(1948, 1990), rng.randint(1, 12), rng.randint(1, 28)), "ni": ni,
            "lines": lines, "postcode": f"{out} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"}


def funds(rng: random.Random, n: int, pence: bool, with_isin: bool) -> list[dict]:
    out = []
    for strat, sector in rng.sample(STRATS, n):
        name = f"{rng.choice(HOUSES)} {strat} Fund {rng.choice(CLASSES)}"
        units = Decimal(rng.randint(50_000, 9_000_000)) / Decimal(1000)
        if pence:
            price = Decimal(rng.randint(5_000, 150_000)) / Decimal(100)
            value = q2(units * price / 100)
        else:
            price = Decimal(rng.randint(5_000, 90_000)) / Decimal(10_000)
            value = q2(units * price)
        out.append({"fund_name": name, "isin": isin_from(sedol(rng)) if with_isin else None,
                    "units": f"{units:.3f}", "unit_price": f"{price}", "value": f"{value:.2f}",
                    "price_currency": "GBX" if pence else "GBP", "sector": sector})
    return out


PLAN_KINDS = {
    "personal_pension": ["Personal Pension Plan", "Retirement Account"],
    "sipp": ["Self-Invested Personal Pension", "SIPP"],
    "stakeholder_pension": ["Stakeholder Pension"],
    "workplace_pension": ["Group Personal Pension (workplace)", "Workplace Pension Plan"],
    "isa": ["Stocks and Shares ISA", "Investment ISA"],
    "gia": ["General Investment Account", "Investment Account (GIA)"],
    "onshore_bond": ["Onshore Investment Bond", "Portfolio Bond (UK life)"],
    "offshore_bond": ["International Portfolio Bond (offshore)"],
}


def policy_no(rng: random.Random) -> tuple[str, str]:
    d = "".join(rng.choice("0123456789") for _ in range(8))
    style = rng.randrange(4)
    printed = [f"PP{d}", f"{d[:4]} {d[4:]}", f"{d[:6]}-{d[6:]}", f"B{d[:3]} {d[3:6]} {d[6:]}"][style]
    return printed, printed.replace(" ", "")


class Pen:
    """A reportlab canvas with a cursor and the few drawing verbs the layouts need."""

    def __init__(self, buf: io.BytesIO, rng: random.Random):
        self.c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        self.rng = rng
        self.font = rng.choice(["Helvetica", "Times-Roman"])
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[self.font]
        self.y = H - 60
        self.page = 1
        self.footer = ""

    def text(self, x, s, size=9.5, bold=False, right=False, dy=None):
        self.c.setFont(self.bold if bold else self.font, size)
        (self.c.drawRightString if right else self.c.drawString)(x, self.y, s)
        if dy is not None:
            self.y -= dy

    def para(self, s, x=60, width=470, size=9.5):
        for line in simpleSplit(s, self.font, size, width):
            self.need(14)
            self.text(x, line, size, dy=size + 3.5)
        self.y -= 5

    def need(self, h):
        if self.y - h < 70:
            self.newpage()

    def newpage(self):
        self.end_page()
        self.c.showPage()
        self.page += 1
        self.y = H - 60

    def end_page(self):
        self.c.setFont(self.font, 6.5)
        for i, line in enumerate(simpleSplit(self.footer, self.font, 6.5, 480)):
            self.c.drawString(58, 40 - i * 8, line)
        self.c.drawRightString(W - 50, 52, f"Page {self.page}")

    def done(self):
        self.end_page()
        self.c.save()


def signature(pen: Pen, x: float, y: float, kind: str, name: str, date_txt: str):
    c, rng = pen.c, pen.rng
    if kind == "strokes":
        c.setLineWidth(1.1)
        px, py = x, y + 4
        for _ in range(9):
            nx, ny = px + rng.uniform(6, 16), y + rng.uniform(0, 16)
            c.line(px, py, nx, ny)
            px, py = nx, ny
    elif kind == "curves":
        c.setLineWidth(0.9)
        p = c.beginPath()
        p.moveTo(x, y + 6)
        for i in range(4):
            p.curveTo(x + 20 * i + 8, y + 22, x + 20 * i + 14, y - 4, x + 20 * i + 20, y + rng.uniform(2, 12))
        c.drawPath(p, stroke=1, fill=0)
    elif kind == "image":
        img = Image.new("L", (240, 60), 255)
        d = ImageDraw.Draw(img)
        pts = [(10 + i * 11, 30 + rng.randint(-18, 18)) for i in range(20)]
        d.line(pts, fill=20, width=3)
        c.drawImage(ImageReader(img), x, y - 4, width=120, height=30)
    elif kind == "stamp":
        c.setLineWidth(0.6)
        c.rect(x - 2, y - 8, 200, 30)
        c.setFont("Courier", 7)
        c.drawString(x + 2, y + 12, f"Electronically signed by {name}")
        c.drawString(x + 2, y + 3, f"on {date_txt} - identity verified by email code")
        c.drawString(x + 2, y - 5, f"Envelope ref {rng.randint(10**7, 10**8 - 1)}")
    c.setLineWidth(0.5)


def addr_block(pen: Pen, cl: dict, x: float, with_title=True):
    name = f"{cl['title']} {cl['name']}" if with_title else cl["name"]
    for line in [name, *cl["lines"], cl["postcode"]]:
        pen.text(x, line, dy=12)


# ---------------------------------------------------------------- letters of authority
def loa_letter(pen: Pen, rng, d):
    cl, firm = d["client"], d["firm"]
    pen.text(60, firm, 15, bold=True, dy=14)
    pen.text(60, f"{rng.randint(3, 60)} Chapel Street, {rng.choice(TOWNS)[0]}  -  planning@example.org", 8, dy=30)
    pen.text(W - 60, f"Our ref: {rng.choice('ABCDE')}{rng.randint(1000, 9999)}/LOA", 8, right=True, dy=12)
    pen.text(60, f"{d['provider']} - Adviser Services", dy=12)
    pen.text(60, "Correspondence Unit", dy=26)
    pen.text(60, "Dear Sir or Madam", dy=18)
    pen.text(60, "LETTER OF AUTHORITY - INFORMATION ONLY", 11, bold=True, dy=20)
    rows = [("Policyholder", f"{cl['title']} {cl['name']}"), ("Date of birth", fmt_date(cl["dob"], d["ds"])),
            ("National Insurance no.", cl["ni"]), ("Address", ", ".join(cl["lines"])), ("Postcode", cl["postcode"]),
            ("Plan number(s)", ", ".join(d["printed_policies"]))]
    for k, v in rows:
        pen.text(200, k + ":", right=True)
        pen.text(210, v, dy=14)
    pen.y -= 6
    pen.para(f"I authorise you to release to {firm}, on request and until further notice, any information they ask "
             "for about the plans above and any other plans I hold with you. This does not authorise changes to "
             "the plans or the movement of money.")
    pen.para(f"Please send all information to {d['adviser']} at the address above.")
    sig_block(pen, d, 60)


def sig_block(pen: Pen, d, x):
    pen.need(90)
    pen.y -= 20
    y = pen.y
    if d["sig"]:
        signature(pen, x + 70, y, d["sig"], d["client"]["name"], d["signed_txt"] or "")
    pen.c.line(x + 60, y - 6, x + 280, y - 6)
    pen.text(x, "Signed", dy=0)
    pen.y = y - 22
    pen.text(x, "Date", dy=0)
    if d["signed_txt"]:
        pen.text(x + 70, d["signed_txt"])
    pen.c.line(x + 60, pen.y - 4, x + 200, pen.y - 4)
    pen.y -= 22


def loa_form(pen: Pen, rng, d):
    cl = d["client"]
    pen.c.setFillGray(0.85)
    pen.c.rect(50, H - 80, W - 100, 30, fill=1, stroke=0)
    pen.c.setFillGray(0)
    pen.y = H - 70
    pen.text(60, f"{d['provider']}  |  Authority to release plan information", 12, bold=True, dy=34)
    pen.text(60, "Section 1  About the plan holder", 10, bold=True, dy=18)
    grid = [("Title", cl["title"]), ("Full name", cl["name"]), ("Date of birth (DD MM YYYY)",
            " ".join(fmt_date(cl["dob"], 5).replace("/", ""))), ("NI number", " ".join(cl["ni"])),
            ("Home address", ", ".join(cl["lines"])), ("Postcode", cl["postcode"])]
    for k, v in grid:
        pen.c.rect(60, pen.y - 5, 475, 17)
        pen.text(64, k, 7.5)
        pen.text(200, v, 9.5, dy=19)
    pen.y -= 8
    pen.text(60, "Section 2  Plans covered", 10, bold=True, dy=16)
    for p in d["printed_policies"]:
        pen.c.rect(60, pen.y - 5, 240, 17)
        pen.text(64, p, dy=19)
    pen.y -= 8
    pen.text(60, "Section 3  Type of authority (tick one)", 10, bold=True, dy=16)
    for label, ticked in (("Information only", True), ("Transfer of servicing rights", False)):
        pen.c.rect(62, pen.y - 2, 9, 9)
        if ticked:
            pen.text(63.5, "X", 9, bold=True)
        pen.text(78, label, dy=15)
    pen.text(60, "Section 4  Adviser firm", 10, bold=True, dy=16)
    pen.text(64, f"Firm: {d['firm']}", dy=13)
    pen.text(64, f"Adviser: {d['adviser']}", dy=13)
    pen.text(64, "Firm reference number: applied for - not yet on register", 8, dy=18)
    pen.text(60, "Section 5  Declaration", 10, bold=True, dy=14)
    pen.para("I agree that you may give the adviser firm named above information about the plans listed.", 64)
    sig_block(pen, d, 64)


def loa_joint(pen: Pen, rng, d):
    cl, c2 = d["client"], d["client2"]
    pen.text(W - 60, d["firm"], 13, bold=True, right=True, dy=13)
    pen.text(W - 60, "Independent financial planning", 8, right=True, dy=30)
    pen.text(60, f"To: {d['provider']}", dy=14)
    pen.text(60, "Joint letter of authority", 12, bold=True, dy=22)
    pen.text(200, "First holder", bold=True)
    pen.text(380, "Second holder", bold=True, dy=15)
    for k, a, b in (("Name", f"{cl['title']} {cl['name']}", f"{c2['title']} {c2['name']}"),
                    ("Born", fmt_date(cl["dob"], d["ds"]), fmt_date(c2["dob"], d["ds"])),
                    ("NI number", cl["ni"], c2["ni"])):
        pen.text(190, k, right=True)
        pen.text(200, a)
        pen.text(380, b, dy=14)
    pen.text(190, "Address", right=True)
    pen.text(200, ", ".join(cl["lines"]) + " " + cl["postcode"], dy=14)
    pen.text(190, "Policies", right=True)
    pen.text(200, "; ".join(d["printed_policies"]), dy=20)
    pen.para(f"We, the holders named above, authorise {d['firm']} ({d['adviser']}) to obtain information about "
             "our jointly held plans. Both holders sign below.")
    sig_block(pen, d, 60)
    c2d = dict(d, client=c2)
    sig_block(pen, c2d, 60)


def loa_multi(pen: Pen, rng, d):
    cl = d["client"]
    pen.text(60, d["firm"].upper(), 11, bold=True, dy=12)
    pen.c.line(60, pen.y + 4, W - 60, pen.y + 4)
    pen.y -= 16
    pen.text(60, "To whom it may concern", dy=18)
    pen.para(f"Client: {cl['title']} {cl['name']}, born {fmt_date(cl['dob'], d['ds'])}, of "
             f"{', '.join(cl['lines'])}, {cl['postcode']}. National Insurance number {cl['ni']}.")
    pen.text(60, "Provider", bold=True)
    pen.text(220, "Plan type", bold=True)
    pen.text(400, "Reference", bold=True, dy=14)
    for p in d["printed_policies"]:
        pen.text(60, d["provider"])
        pen.text(220, rng.choice(["Pension", "ISA", "Bond"]))
        pen.text(400, p, dy=13)
    pen.y -= 8
    pen.para(f"I hereby give {d['firm']} authority to request and receive details of the plans listed. My adviser "
             f"is {d['adviser']}.")
    sig_block(pen, d, 60)


# ---------------------------------------------------------------- fund tables
def fund_table(pen: Pen, rows: list[dict], d, sectors: bool, narrow: bool):
    ms = d["ms"]
    cols = (60, 300, 370, 440, 535) if not narrow else (60, 230, 320, 410, 535)
    name_w = (cols[1] - cols[0] - 8) if not narrow else 150
    pence = rows[0]["price_currency"] == "GBX"

    def head():
        pen.text(cols[0], "Fund", 8.5, bold=True)
        pen.text(cols[2], "Units", 8.5, bold=True, right=True)
        pen.text(cols[3], "Price (p)" if pence else "Price (£)", 8.5, bold=True, right=True)
        pen.text(cols[4], "Value", 8.5, bold=True, right=True, dy=4)
        pen.c.line(60, pen.y, 535, pen.y)
        pen.y -= 11

    head()
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["sector"] if sectors else "", []).append(r)
    for sector, items in groups.items():
        if sector:
            pen.need(30)
            pen.text(60, sector, 8.5, bold=True, dy=12)
        for r in items:
            lines = simpleSplit(r["fund_name"], pen.font, 8.5, name_w)
            pen.need(12 * len(lines) + 12)
            if pen.y > H - 70:
                pen.text(60, "Your funds (continued)", 9, bold=True, dy=14)
                head()
            y0 = pen.y
            for i, line in enumerate(lines):
                pen.text(cols[0] + (8 if sector else 0), line, 8.5, dy=10)
            if r["isin"]:
                pen.text(cols[0] + (8 if sector else 0), f"ISIN {r['isin']}", 7, dy=10)
            yy = pen.y
            pen.y = y0
            pen.text(cols[2], f"{Decimal(r['units']):,.3f}", 8.5, right=True)
            pen.text(cols[3], r["unit_price"], 8.5, right=True)
            pen.text(cols[4], fmt_money(Decimal(r["value"]), ms), 8.5, right=True)
            pen.y = yy - 3
        if sector:
            sub = sum(Decimal(r["value"]) for r in items)
            pen.text(cols[3], f"{sector} subtotal", 8, right=True)
            pen.text(cols[4], fmt_money(sub, ms), 8, bold=True, right=True, dy=14)
    pen.c.line(380, pen.y + 8, 535, pen.y + 8)
    pen.text(cols[3], "Total", 9, bold=True, right=True)
    pen.text(cols[4], fmt_money(Decimal(d["plan_value"]), ms), 9, bold=True, right=True, dy=20)


def head_provider(pen: Pen, d, title):
    pen.text(60, d["provider"], 18, bold=True)
    pen.text(W - 60, title, 10, right=True, dy=12)
    if pen.rng.random() < 0.5:
        pen.text(W - 60, f"Plan reference  {d['printed_policy']}", 8.5, right=True, dy=10)
        pen.text(W - 60, f"Customer since {pen.rng.randint(1996, 2019)}", 8.5, right=True, dy=10)
    pen.y -= 20


# ---------------------------------------------------------------- LoA responses
def resp_prose(pen: Pen, rng, d):
    cl = d["client"]
    head_provider(pen, d, "Adviser enquiry response")
    pen.text(60, d["firm"], dy=12)
    pen.text(60, f"For the attention of {d['adviser']}", dy=24)
    pen.text(60, fmt_date(d["letter_date"], d["ds"]), dy=20)
    pen.text(60, f"Re: {cl['title']} {cl['name']}  (born {fmt_date(cl['dob'], d['ds'])})", bold=True, dy=14)
    pen.text(60, f"{d['label']}: {d['printed_policy']}", bold=True, dy=20)
    pen.para("Thank you for your letter of authority, which we have now registered. We can confirm that "
             f"the policy is a {d['plan_label']} and that it remains in force.")
    pen.para(f"The current value of the plan is {fmt_money(Decimal(d['plan_value']), d['ms'])} as at "
             f"{fmt_date(d['valuation_date'], d['ds'])}. " + (
                 f"Were the plan to be transferred today, the transfer value would be "
                 f"{fmt_money(Decimal(d['transfer_value']), d['ms'])}." if d["transfer_value"] else ""))
    if d["regular_contribution"]:
        pen.para(f"Contributions of {fmt_money(Decimal(d['regular_contribution']), d['ms'])} are currently "
                 f"paid {d['freq_word']}.")
    if d["charge"]:
        pen.para(f"The annual management charge is {d['charge']}% a year.")
    pen.para("The funds held are set out on the following page. Prices are those at the valuation date.")
    pen.para("Yours faithfully,  Adviser Support Team")
    pen.newpage()
    pen.text(60, "Fund holdings", 12, bold=True, dy=20)
    fund_table(pen, d["holdings"], d, sectors=rng.random() < 0.5, narrow=rng.random() < 0.5)


def resp_twocol(pen: Pen, rng, d):
    cl = d["client"]
    head_provider(pen, d, "Plan information for your adviser")
    left = [("Plan holder", cl["name"]), ("Date of birth", fmt_date(cl["dob"], d["ds"])),
            ("NI number", cl["ni"]), ("Postcode", cl["postcode"]), (d["label"], d["printed_policy"]),
            ("Product", d["plan_label"])]
    right = [("Valuation date", fmt_date(d["valuation_date"], d["ds"])),
             ("Plan value", fmt_money(Decimal(d["plan_value"]), d["ms"]))]
    if d["transfer_value"]:
        right.append(("Cash-in value", fmt_money(Decimal(d["transfer_value"]), d["ms"])))
    if d["regular_contribution"]:
        right.append(("Regular payment", f"{fmt_money(Decimal(d['regular_contribution']), d['ms'])} "
                                         f"{d['freq_word']}"))
    if d["charge"]:
        right.append(("Product charge", f"{d['charge']}% p.a."))
    y0 = pen.y
    for k, v in left:
        pen.text(150, k, 8.5, right=True)
        pen.text(158, v, 9, dy=14)
    pen.y = y0
    for k, v in right:
        pen.text(400, k, 8.5, right=True)
        pen.text(408, v, 9, dy=14)
    pen.y = y0 - 14 * max(len(left), len(right)) - 16
    pen.text(60, "Where the plan is invested", 11, bold=True, dy=16)
    fund_table(pen, d["holdings"], d, sectors=True, narrow=rng.random() < 0.5)
    pen.need(80)
    pen.text(60, "Other information", 10, bold=True, dy=14)
    pen.para("No guaranteed annuity rate applies. No protected tax-free cash is recorded. Death benefit: the "
             "value of the units. Selected retirement age: 65.")


def resp_qa(pen: Pen, rng, d):
    cl = d["client"]
    pen.text(60, f"{d['provider']} response to your information request", 12, bold=True, dy=18)
    pen.text(60, f"Customer: {cl['title']} {cl['name']}, {', '.join(cl['lines'])}, {cl['postcode']}", dy=13)
    pen.text(60, f"Date of birth {fmt_date(cl['dob'], d['ds'])}   NI {cl['ni']}", dy=20)
    qa = [("Plan number", d["printed_policy"]), ("Type of plan", d["plan_label"]),
          ("Current fund value", f"{fmt_money(Decimal(d['plan_value']), d['ms'])} "
                                 f"(as at {fmt_date(d['valuation_date'], d['ds'])})"),
          ("Transfer value", fmt_money(Decimal(d["transfer_value"]), d["ms"]) if d["transfer_value"]
           else "Not available on request - please ask us for a quotation"),
          ("Contributions", f"{fmt_money(Decimal(d['regular_contribution']), d['ms'])} {d['freq_word']}"
           if d["regular_contribution"] else "None being paid"),
          ("Charges", f"Annual management charge {d['charge']}%" if d["charge"] else "See key features"),
          ("Exit charges", "None"), ("Market value reduction", "Not applicable")]
    for i, (qn, an) in enumerate(qa, 1):
        pen.text(60, f"{i}. {qn}", bold=True, dy=12)
        pen.text(76, an, dy=16)
    pen.text(60, f"{len(qa) + 1}. Fund holdings", bold=True, dy=14)
    fund_table(pen, d["holdings"], d, sectors=False, narrow=True)


# ---------------------------------------------------------------- annual statements
def stmt_pension(pen: Pen, rng, d):
    cl = d["client"]
    head_provider(pen, d, "Your annual statement")
    addr_block(pen, cl, 60)
    pen.y -= 14
    pen.text(60, f"Statement for the period {fmt_date(d['period_start'], d['ds'])} to "
             f"{fmt_date(d['valuation_date'], d['ds'])}", bold=True, dy=20)
    pen.c.rect(60, pen.y - 62, 475, 74)
    pen.text(70, "Your plan at a glance", 10, bold=True, dy=14)
    pen.text(70, f"{d['label']}  {d['printed_policy']}   ({d['plan_label']})", dy=14)
    pen.text(70, f"Total plan value on {fmt_date(d['valuation_date'], d['ds'])}: "
             f"{fmt_money(Decimal(d['plan_value']), d['ms'])}", bold=True, dy=14)
    if d["transfer_value"]:
        pen.text(70, f"Transfer value: {fmt_money(Decimal(d['transfer_value']), d['ms'])}", dy=14)
    pen.y -= 30
    pen.text(60, "Money in and out this year", 10, bold=True, dy=14)
    for when, what, amt in d["transactions"]:
        pen.text(60, fmt_date(when, d["ds"]), 8.5)
        pen.text(160, what, 8.5)
        pen.text(535, fmt_money(amt, d["ms"]), 8.5, right=True, dy=12)
    if d["regular_contribution"]:
        pen.para(f"Your regular contribution is {fmt_money(Decimal(d['regular_contribution']), d['ms'])} "
                 f"{d['freq_word']}.")
    pen.newpage()
    pen.text(60, "Your investments in detail", 12, bold=True, dy=20)
    fund_table(pen, d["holdings"], d, sectors=rng.random() < 0.6, narrow=rng.random() < 0.4)
    pen.newpage()
    pen.text(60, "What your plan might be worth at retirement", 12, bold=True, dy=18)
    proj = q2(Decimal(d["plan_value"]) * Decimal("1.6"))
    pen.para(f"If you retire at 67 your fund could be worth {fmt_money(proj, d['ms'])} in today's money, which "
             f"might buy an income of {fmt_money(q2(proj / 22), d['ms'])} a year. This is an illustration, not a "
             "guarantee.")
    pen.text(60, "Charges", 12, bold=True, dy=16)
    if d["charge"]:
        pen.para(f"Your annual management charge is {d['charge']}% of the plan value.")
    pen.para(f"Charges taken this year: {fmt_money(q2(Decimal(d['plan_value']) / 140), d['ms'])}.")
    pen.text(60, "Notes", 12, bold=True, dy=16)
    pen.para("Unit prices can fall as well as rise. Values shown are at the statement date and may differ from "
             "the amount you would receive on transfer.")


def stmt_platform(pen: Pen, rng, d):
    cl = d["client"]
    pen.text(W - 60, d["provider"], 16, bold=True, right=True, dy=16)
    pen.text(W - 60, "Consolidated valuation", 9, right=True, dy=30)
    addr_block(pen, cl, 60, with_title=d["title_printed"])
    pen.y -= 10
    pen.text(60, f"Valuation as at {fmt_date(d['valuation_date'], d['ds'])}", 11, bold=True, dy=14)
    pen.text(60, f"Reporting period from {fmt_date(d['period_start'], d['ds'])}", 9, dy=20)
    pen.text(60, "Summary of your accounts", 10, bold=True, dy=14)
    other = q2(Decimal(rng.randint(50_000, 900_000)) / 100)
    pen.text(60, f"{d['plan_label']}  {d['printed_policy']}")
    pen.text(535, fmt_money(Decimal(d["plan_value"]), d["ms"]), right=True, dy=13)
    pen.text(60, f"Cash account (not part of this valuation)  C{rng.randint(10**6, 10**7 - 1)}")
    pen.text(535, fmt_money(other, d["ms"]), right=True, dy=22)
    pen.para("The detail that follows covers the first account only. Your cash account has its own statement.")
    if d["charge"]:
        pen.para(f"Platform charge: {d['charge']}% a year, taken monthly from cash.")
    pen.text(60, f"{d['plan_label']} - holdings", 11, bold=True, dy=16)
    fund_table(pen, d["holdings"], d, sectors=rng.random() < 0.5, narrow=rng.random() < 0.5)
    pen.need(100)
    pen.text(60, "Transactions in the period", 10, bold=True, dy=14)
    for when, what, amt in d["transactions"]:
        pen.text(60, fmt_date(when, d["ds"]), 8.5)
        pen.text(160, what, 8.5)
        pen.text(535, fmt_money(amt, d["ms"]), 8.5, right=True, dy=12)


def stmt_bond(pen: Pen, rng, d):
    cl = d["client"]
    head_provider(pen, d, "Bond anniversary statement")
    pen.text(60, f"Policyholder: {cl['title']} {cl['name']}", dy=13)
    pen.text(60, f"{', '.join(cl['lines'])}  {cl['postcode']}", dy=13)
    pen.text(60, f"{d['label']}: {d['printed_policy']}   {d['plan_label']}", dy=18)
    pen.para(f"This statement covers the bond year from {fmt_date(d['period_start'], d['ds'])} to "
             f"{fmt_date(d['valuation_date'], d['ds'])}. On that date the bond was worth "
             f"{fmt_money(Decimal(d['plan_value']), d['ms'])}" + (
                 f" and its surrender value was {fmt_money(Decimal(d['transfer_value']), d['ms'])}."
                 if d["transfer_value"] else "."))
    pen.para(f"The bond is written as {rng.randint(5, 100)} identical segments. Withdrawals of 5% a year are "
             "within the tax-deferred allowance.")
    fund_table(pen, d["holdings"], d, sectors=rng.random() < 0.5, narrow=False)
    pen.text(60, "Withdrawals paid", 10, bold=True, dy=14)
    for when, what, amt in d["transactions"]:
        pen.text(60, fmt_date(when, d["ds"]), 8.5)
        pen.text(160, what, 8.5)
        pen.text(535, fmt_money(amt, d["ms"]), 8.5, right=True, dy=12)


LOA = {"letter": loa_letter, "form": loa_form, "joint": loa_joint, "multi": loa_multi}
RESP = {"prose": resp_prose, "twocol": resp_twocol, "qa": resp_qa}
STMT = {"pension": stmt_pension, "platform": stmt_platform, "bond": stmt_bond}
STMT_KINDS = {"pension": ["personal_pension", "sipp", "stakeholder_pension", "workplace_pension"],
              "platform": ["isa", "gia", "sipp"], "bond": ["onshore_bond", "offshore_bond"]}
FREQ_WORDS = {"monthly": "each month", "quarterly": "every quarter", "annually": "once a year"}


def build(rng: random.Random, kind: str, variant: str):
    """One document's drawing data and truth record."""
    cl = client(rng)
    d = {"client": cl, "provider": rng.choice(BRANDS), "firm": rng.choice(FIRMS), "adviser": rng.choice(ADVISERS),
         "ds": rng.randrange(6), "ms": rng.randrange(5), "title_printed": rng.random() < 0.5}
    common = {"provider": d["provider"], "client_title": cl["title"], "client_name": cl["name"],
              "client_dob": cl["dob"], "ni_number": cl["ni"], "client_address": ", ".join(cl["lines"]),
              "client_postcode": cl["postcode"]}
    if kind == "loa":
        pols = [policy_no(rng) for _ in range(rng.randint(1, 3))]
        signed = iso(2026, rng.randint(1, 9), rng.randint(1, 28))
        sig = rng.choice(["strokes", "curves", "image", "stamp", None, "strokes"])
        if variant == "joint" and sig == "stamp":
            sig = "curves"
        dated = sig is not None or rng.random() < 0.5
        d.update(printed_policies=[p for p, _ in pols], sig=sig, signed_txt=fmt_date(signed, d["ds"]) if dated
                 else None)
        if variant == "joint":
            d["client2"] = client(rng)
        rec = {"provider": d["provider"], "policy_numbers": [t for _, t in pols], **{k: v for k, v in common.items()
               if k != "provider"}, "adviser_firm": d["firm"], "fca_frn": None, "adviser_name": d["adviser"],
               "date_signed": signed if dated else None, "signature_present": sig is not None}
        if variant == "multi":  # no addressee: the provider is named in the plan table only
            pass
        return d, rec
    plan_type = rng.choice(STMT_KINDS[variant] if kind == "annual_statement" else list(PLAN_KINDS))
    printed, pol = policy_no(rng)
    vy = rng.choice([2025, 2026])
    vdate = iso(vy, rng.randint(1, 9) if vy == 2026 else rng.randint(3, 12), rng.randint(1, 28))
    pstart = iso(int(vdate[:4]) - 1, int(vdate[5:7]), int(vdate[8:]))
    pence = rng.random() < 0.35
    hold = funds(rng, rng.randint(2, 7), pence, rng.random() < 0.5)
    value = sum(Decimal(h["value"]) for h in hold)
    tv = None if rng.random() < 0.3 else f"{(value if rng.random() < 0.6 else q2(value * Decimal('0.97'))):.2f}"
    freq = rng.choice(["monthly", "quarterly", "annually", None, None]) if not plan_type.endswith("bond") else None
    contrib = f"{Decimal(rng.randint(50, 900)) * (3 if freq == 'quarterly' else 1):.2f}" if freq else None
    if freq == "annually":
        contrib = f"{Decimal(rng.randint(1000, 20000)):.2f}"
    charge = rng.choice([None, "0.35", "0.45", "0.62", "0.75", "0.89", "1.15"])
    txs = [(iso(int(pstart[:4]) + (1 if int(pstart[5:7]) > 8 else 0), (int(pstart[5:7]) + 3) % 12 + 1, 15),
            rng.choice(["Contribution received", "Regular withdrawal", "Switch in", "Dividend reinvested"]),
            q2(Decimal(rng.randint(2000, 300000)) / 100)) for _ in range(rng.randint(2, 4))]
    d.update(printed_policy=printed, plan_value=f"{value:.2f}", transfer_value=tv, regular_contribution=contrib,
             freq_word=FREQ_WORDS.get(freq or "", ""), charge=charge, holdings=hold, valuation_date=vdate,
             period_start=pstart, plan_label=rng.choice(PLAN_KINDS[plan_type]), transactions=txs,
             label=rng.choice(["Policy number", "Plan number", "Contract no.", "Account reference"]),
             letter_date=vdate)
    rec = {"provider": d["provider"], "policy_number": pol, **{k: v for k, v in common.items() if k != "provider"},
           "plan_type": plan_type, "valuation_date": vdate}
    if kind == "annual_statement":
        rec["period_start"] = pstart
    rec.update(plan_value=f"{value:.2f}", transfer_value=tv, regular_contribution=contrib,
               contribution_frequency=freq, annual_charge_percent=charge,
               holdings=[{k: h[k] for k in ("fund_name", "isin", "units", "unit_price", "value", "price_currency")}
                         for h in hold])
    return d, rec


def truth_fixups(kind: str, variant: str, d: dict, rec: dict) -> None:
    """Fields a layout does not print are absent from its truth (record.md: never guessed)."""
    if kind == "loa":
        if variant == "multi":
            rec["client_title"] = d["client"]["title"]
        return
    if kind == "loa_response" and variant == "prose":  # name and birth date only
        rec.update(ni_number=None, client_address=None, client_postcode=None)
    if kind == "loa_response" and variant == "twocol":
        rec["client_title"] = None
        rec["client_address"] = None
    if kind == "annual_statement":
        rec["client_dob"] = None
        rec["ni_number"] = None
    if variant == "platform" and not d["title_printed"]:
        rec["client_title"] = None
    # corrected 2026-12-03: a platform valuation prints no contribution and no transfer value, a bond
    # statement no charge, so none of them is in those documents' truth
    if variant == "platform":
        rec.update(regular_contribution=None, contribution_frequency=None, transfer_value=None)
    if variant == "bond":
        rec["annual_charge_percent"] = None


def render(kind: str, variant: str, d: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    pen = Pen(buf, rng)
    legal = f"{d['provider']} is a trading name used in this document. Registered office and regulatory details "
    pen.footer = legal + "are given on our website. Calls may be recorded. This document is for the named customer."
    if kind == "loa":
        pen.footer = f"{d['firm']} is a fictional adviser firm used for testing; it has no FCA reference number."
        LOA[variant](pen, rng, d)
    elif kind == "loa_response":
        RESP[variant](pen, rng, d)
    else:
        STMT[variant](pen, rng, d)
    pen.done()
    return buf.getvalue()


def scan(pdf: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Rasterise and degrade every page as a scanner or phone would; wrap the images in an image-only PDF."""
    dpi = rng.choice([150, 200, 240, 300])
    mode = rng.choice(["grey", "grey", "bilevel"])
    quality = rng.randint(40, 80)
    skew = rng.uniform(0.3, 2.0) * rng.choice([-1, 1])
    nrng = np.random.default_rng(rng.randrange(2**32))
    doc = pdfium.PdfDocument(pdf)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
        a = np.asarray(img, dtype=np.float32)
        ramp = np.linspace(rng.uniform(0.85, 0.95), 1.0, a.shape[1], dtype=np.float32)[None, :]
        a = a * ramp + nrng.normal(0, 6, a.shape).astype(np.float32)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if mode == "bilevel":  # thresholded as a fax-mode scanner does, then stored as the scanner's JPEG
            img = img.point(lambda v: 255 if v > 150 else 0)
        out = io.BytesIO()
        img.save(out, format="JPEG", quality=quality)
        out.seek(0)
        c.drawImage(ImageReader(out), 0, 0, width=W, height=H)  # the JPEG passes through untouched
        c.showPage()
    c.save()
    doc.close()
    return buf.getvalue(), f"{dpi}dpi-{mode}-q{quality}-skew{skew:.1f}"


def plan() -> list[tuple[str, str]]:
    items = [("loa", v) for v in ["letter"] * 9 + ["form"] * 9 + ["joint"] * 6 + ["multi"] * 6]
    items += [("loa_response", v) for v in ["prose"] * 10 + ["twocol"] * 10 + ["qa"] * 9]
    items += [("annual_statement", v) for v in ["pension"] * 17 + ["platform"] * 14 + ["bond"] * 10]
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "docs")
    ap.add_argument("--seed", type=int, default=20261203)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    items = plan()
    rng.shuffle(items)
    scanned = set(rng.sample(range(len(items)), 20))
    args.out.mkdir(parents=True, exist_ok=True)
    for n, (kind, variant) in enumerate(items):
        d, rec = build(rng, kind, variant)
        truth_fixups(kind, variant, d, rec)
        pdf = render(kind, variant, d, rng)
        label = variant
        if n in scanned:
            pdf, how = scan(pdf, rng)
            label = f"{variant}/{how}"
        stem = f"h5-{n + 1:03d}"
        (args.out / f"{stem}.pdf").write_bytes(pdf)
        truth = {"doc_type": kind, "scanned": n in scanned, "variant": label, "record": rec}
        (args.out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
