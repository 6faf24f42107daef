#!/usr/bin/env python3
"""Second held-out set: LoAs, provider LoA replies and annual statements with ground truth.

Written from the contract (shared/spec/record.md, domain.md) and public descriptions of real UK
paperwork only (see heldout2/README.md), never from provcheck's own sample generator or extractor.
Deterministic from --seed; writes heldout2/docs/h2-NNN.pdf and h2-NNN.truth.json.

    .venv/bin/python heldout2/generate.py [--seed 20261202] [--out heldout2/docs]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

W, H = A4
HERE = Path(__file__).resolve().parent

# Real UK brand names, used as letterheads only. No registration numbers are printed: the small
# print says "authorised and regulated" without any FRN or company number, so nothing is invented.
PROVIDERS = [
    "Aviva", "Royal London", "Scottish Widows", "Aegon", "Legal & General", "AJ Bell",
    "Hargreaves Lansdown", "Quilter", "Standard Life", "Canada Life", "Fidelity", "Zurich",
]
PLAN_TYPES = {
    "personal_pension": ["Personal Pension", "Personal Pension Plan", "Individual Pension"],
    "sipp": ["Self-Invested Personal Pension", "SIPP"],
    "stakeholder_pension": ["Stakeholder Pension"],
    "workplace_pension": ["Workplace Pension", "Company Pension Scheme (workplace)"],
    "isa": ["Stocks and Shares ISA", "Stocks & Shares ISA"],
    "gia": ["General Investment Account", "Investment Account (GIA)"],
    "onshore_bond": ["Investment Bond", "Onshore Investment Bond"],
    "offshore_bond": ["International Portfolio Bond", "Offshore Investment Bond"],
}
FIRST_M = ["Graham", "Nigel", "Ravi", "Owen", "Callum", "Desmond", "Imran", "Stuart", "Hugh", "Patrick", "Tomasz"]
FIRST_F = ["Moira", "Hannah", "Priya", "Gwen", "Fiona", "Leanne", "Bethan", "Ruth", "Marian", "Sadia", "Kirsty"]
MIDDLE_M = ["James", "Robert", "Edward", "", "", "", "Alun", "Kwame"]
MIDDLE_F = ["Louise", "Anne", "Elizabeth", "", "", "", "May", "Siân"]
SURNAMES = ["Ashworth", "Penhaligon", "McAllister", "Okafor", "Threlfall", "Bhattacharya", "Lloyd-Jones",
            "Quigley", "Harcourt", "Whitlock", "Ferreira", "O'Donnell", "Pryce", "Sandham", "Kowalczyk"]
STREETS = ["Mill Lane", "Beech Grove", "Station Road", "Cromwell Terrace", "Larkspur Close", "Abbey Walk",
           "Windmill Hill", "Fountain Street", "Heather Drive", "Ochil View", "Castle Wynd"]
TOWNS = [("Harrogate", "North Yorkshire"), ("Stirling", ""), ("Truro", "Cornwall"), ("Ludlow", "Shropshire"),
         ("Bangor", "Gwynedd"), ("Lichfield", "Staffordshire"), ("Morpeth", "Northumberland"),
         ("Ely", "Cambridgeshire"), ("Perth", ""), ("Hexham", ""), ("Frome", "Somerset")]
# Fictional adviser firms (not on any register); their FRNs are synthetic test numbers.
FIRMS = ["Tarnbrook Wealth Planning Ltd", "Kingsmead Financial Partners", "Blackthorn Private Clients LLP",
         "Ardent Lane Advisers Limited", "Saltmarsh & Rowe Financial Planning", "Copperfield IFA Ltd"]
ADVISERS = ["Daniel Moorcroft", "Aisha Rahman", "Clare Etherington", "Marcus Veil", "Joanna Strick"]
FUND_STEMS = ["UK Equity Index", "Global Equity Tracker", "Mixed Investment 40-85% Shares", "Corporate Bond",
              "Sterling Money Market", "Managed", "Ethical Global Equity", "Property", "Asia Pacific ex Japan",
              "Index-Linked Gilt", "Diversified Growth", "With Profits", "Cautious Managed", "North American Equity"]
FUND_SUFFIX = ["S6", "Pn", "Acc", "Series 4", "Class C Acc", "2", "ESG Pn", "Inc"]

LETTERS_1 = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]  # not D F I Q U V
LETTERS_2 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]  # not D F I O Q U V
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
INWARD = "ABDEFGHJLNPQRSTUWXYZ"  # inward letters never C I K M O V
OUTWARDS = ["HG1", "FK8", "TR1", "SY8", "LL57", "WS13", "NE61", "CB7", "PH2", "NE46", "BA11"]


def money(x: Decimal) -> str:
    """Money in the contract's form: two places, no symbol or commas."""
    return str(x.quantize(Decimal("0.01"), ROUND_HALF_UP))


def gbp(x: Decimal, style: int = 0) -> str:
    """Money as printed, in one of several styles."""
    s = f"{x.quantize(Decimal('0.01'), ROUND_HALF_UP):,}"
    return ["£" + s, "£ " + s, "GBP " + s, s][style]


def ordinal(d: int) -> str:
    """3 -> 3rd, 11 -> 11th."""
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(d: dt.date, style: int) -> str:
    """A date as UK paperwork prints it, in one of several styles."""
    if style == 0:
        return f"{ordinal(d.day)} {d:%B %Y}"
    if style == 1:
        return f"{d:%d/%m/%Y}"
    if style == 2:
        return f"{d.day} {d:%B %Y}"
    if style == 3:
        return f"{d.day} {d:%b %Y}"
    return f"{d:%d.%m.%Y}"


def isin_check(body: str) -> str:
    """Append the ISIN check digit (letters to numbers, then Luhn) to an 11-character body."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def sedol_check(six: str) -> str:
    """The SEDOL check digit: weights 1,3,1,7,3,9 over the six characters (A=10 ... Z=35)."""
    total = sum(int(ch, 36) * w for ch, w in zip(six, (1, 3, 1, 7, 3, 9), strict=True))
    return str((10 - total % 10) % 10)


class Person:
    """A synthetic client: title, name, date of birth, NI number, address and postcode."""
    def __init__(self, rng: random.Random) -> None:
        female = rng.random() < 0.5
        self.title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Dr"])
        first = rng.choice(FIRST_F if female else FIRST_M)
        mid = rng.choice(MIDDLE_F if female else MIDDLE_M)
        self.surname = rng.choice(SURNAMES)
        self.name = " ".join(p for p in (first, mid, self.surname) if p)
        self.dob = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
        while True:
            pre = rng.choice(LETTERS_1) + rng.choice(LETTERS_2)
            if pre not in BAD_PREFIX:
                break
        self.ni = pre + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")
        town, county = rng.choice(TOWNS)
        lines = [f"{rng.randrange(1, 140)} {rng.choice(STREETS)}", town]
        if county:
            lines.append(county)
        self.address_lines = lines
        self.postcode = f"{rng.choice(OUTWARDS)} {rng.randrange(10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"

    def ni_printed(self, style: int) -> str:
        """The NI number bare or spaced in pairs."""
        n = self.ni
        return n if style == 0 else f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def policy_number(rng: random.Random, provider: str) -> str:
    """A policy number whose shape depends on the provider (made up, like every number here)."""
    style = PROVIDERS.index(provider) % 4
    if style == 0:
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(rng.randrange(10**7, 10**8))
    if style == 1:
        return str(rng.randrange(10**8, 10**9)) + rng.choice("ABCDEFGH")
    if style == 2:
        return f"{rng.randrange(100, 999)}-{rng.randrange(100000, 999999)}"
    return "P" + str(rng.randrange(10**6, 10**7))


def holdings(rng: random.Random, provider: str, pence: bool) -> list[dict]:
    """Fund rows whose values are units times price (over 100 for pence)."""
    rows = []
    for stem in rng.sample(FUND_STEMS, rng.randint(2, 7)):
        name = f"{provider} {stem} {rng.choice(FUND_SUFFIX)}"
        units = Decimal(rng.randrange(10_000, 9_000_000)) / Decimal(1000)
        units = units.quantize(Decimal("0.001"))
        price = Decimal(rng.randrange(5_000, 900_000)) / Decimal(10_000) if not pence else \
            Decimal(rng.randrange(5_000, 90_000)) / Decimal(100)
        value = units * price / (100 if pence else 1)
        isin = None
        if rng.random() < 0.6:
            # a GB ISIN wraps a SEDOL, which has its own check digit (domain.md)
            sedol = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(6))
            isin = isin_check("GB00" + sedol + sedol_check(sedol))
        rows.append({"fund_name": name, "isin": isin, "units": str(units), "unit_price": str(price),
                     "value": money(value)})
    return rows


# ---------------------------------------------------------------- drawing helpers


class Doc:
    """One PDF being drawn, with y measured from the top of the page."""
    def __init__(self, rng: random.Random) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.rng = rng
        self.page = 1
        self.font = rng.choice(["Helvetica", "Times-Roman", "Courier"])
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[self.font]

    def t(self, x: float, y: float, s: str, size: float = 10, bold: bool = False, right: bool = False) -> None:
        """Draw one string at (x, y from top)."""
        self.c.setFont(self.bold if bold else self.font, size)
        if right:
            self.c.drawRightString(x, H - y, s)
        else:
            self.c.drawString(x, H - y, s)

    def para(self, x: float, y: float, text: str, width: float = 450, size: float = 10) -> float:
        """Draw wrapped text; return the y below it."""
        words, line = text.split(), ""
        for w in words:
            trial = (line + " " + w).strip()
            if self.c.stringWidth(trial, self.font, size) > width:
                self.t(x, y, line, size)
                y += size * 1.35
                line = w
            else:
                line = trial
        if line:
            self.t(x, y, line, size)
            y += size * 1.35
        return y + 4

    def leader(self, x: float, y: float, label: str, value: str, width: float = 300, size: float = 10) -> None:
        """Draw label ..... value on one line."""
        self.t(x, y, label, size)
        lw = self.c.stringWidth(label, self.font, size)
        vw = self.c.stringWidth(value, self.font, size)
        dots = "." * max(3, int((width - lw - vw - 8) / self.c.stringWidth(".", self.font, size)))
        self.t(x + lw + 4, y, dots, size)
        self.t(x + width, y, value, size, right=True)

    def banner(self, provider: str) -> None:
        """The provider's brand as a letterhead: a coloured band or a rule."""
        c = self.c
        g = self.rng.choice([(0.1, 0.2, 0.5), (0.0, 0.4, 0.3), (0.5, 0.1, 0.2), (0.2, 0.2, 0.2)])
        c.setFillColorRGB(*g)
        if self.rng.random() < 0.5:
            c.rect(0, H - 60, W, 60, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            self.t(40, 38, provider, 20, bold=True)
        else:
            self.t(W - 40, 50, provider, 18, bold=True, right=True)
            c.rect(40, H - 62, W - 80, 2, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)

    def footer(self, text: str, total: int | None = None) -> None:
        """Small print and page number."""
        self.c.setFont(self.font, 6.5)
        self.c.drawString(40, 30, text[:160])
        pg = f"Page {self.page}" + (f" of {total}" if total else "")
        self.c.drawRightString(W - 40, 30, pg)

    def next_page(self) -> None:
        """Start a new page."""
        self.c.showPage()
        self.page += 1

    def finish(self) -> bytes:
        """The PDF's bytes."""
        self.c.save()
        return self.buf.getvalue()


def signature(d: Doc, x: float, y: float, person: Person, kind: str) -> None:
    """Ink of several kinds on a signature line at (x, y) top-left coords."""
    c, rng = d.c, d.rng
    if kind == "curve":
        c.setStrokeColorRGB(0.05, 0.1, 0.45)
        c.setLineWidth(1.2)
        p = c.beginPath()
        p.moveTo(x, H - y)
        cx = x
        for _ in range(rng.randint(4, 7)):
            nx = cx + rng.uniform(15, 35)
            p.curveTo(cx + 5, H - y + rng.uniform(8, 20), nx - 5, H - y - rng.uniform(5, 15), nx, H - y)
            cx = nx
        c.drawPath(p, stroke=1, fill=0)
    elif kind == "strokes":
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.9)
        px, py = x, y
        for _ in range(rng.randint(5, 9)):
            nx, ny = px + rng.uniform(6, 18), y + rng.uniform(-12, 4)
            c.line(px, H - py, nx, H - ny)
            px, py = nx, ny
    elif kind == "image":
        im = Image.new("RGB", (360, 90), "white")
        dr = ImageDraw.Draw(im)
        pts = [(10 + i * 6, 45 + 25 * math.sin(i / 2.3 + rng.random())) for i in range(55)]
        dr.line(pts, fill=(20, 20, 90), width=3)
        c.drawImage(ImageReader(im), x, H - y - 6, width=130, height=32)
    elif kind == "esign":
        c.setStrokeColorRGB(0.1, 0.3, 0.6)
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.rect(x, H - y - 4, 200, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Oblique", 11)
        c.drawString(x + 6, H - y + 8, person.name)
        c.setFont("Helvetica", 6)
        c.drawString(x + 6, H - y - 1, f"Electronically signed  ref {rng.randrange(10**9):09d}")
        c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.5)


# ---------------------------------------------------------------- LoA


def make_loa(rng: random.Random, n: int) -> tuple[bytes, dict]:
    """A Letter of Authority from the client to a provider, naming the adviser firm."""
    d = Doc(rng)
    p = Person(rng)
    provider = rng.choice(PROVIDERS)
    firm, adviser = rng.choice(FIRMS), rng.choice(ADVISERS)
    frn = str(rng.randrange(400000, 999999)) if rng.random() < 0.85 else str(rng.randrange(1000000, 1099999))
    pols = [policy_number(rng, provider) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    signed = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    kind = rng.choice(["curve", "strokes", "image", "esign", "curve", "none"])
    layout = n % 3
    ds = rng.choice([0, 1, 2, 1])
    # a jointly held plan needs both holders' signatures (wealthr.co.uk LoA guide); the first is the record's
    joint = Person(rng) if layout == 0 and rng.random() < 0.3 else None
    # firm letterhead
    d.t(40, 50, firm, 15, bold=True)
    d.t(40, 64, f"{rng.randrange(1, 90)} {rng.choice(STREETS)}, {rng.choice(TOWNS)[0]}", 8)
    d.t(W - 40, 50, "Letter of Authority" if layout != 1 else "AUTHORITY TO RELEASE INFORMATION", 11, bold=True,
        right=True)
    y = 110.0
    if layout == 0:
        # a letter from the client, addresses at the top
        names = f"{p.title} {p.name}" + (f" and {joint.title} {joint.name}" if joint else "")
        for i, line in enumerate([names, *p.address_lines, p.postcode]):
            d.t(40, y + i * 13, line)
        y += 13 * (len(p.address_lines) + 2) + 14
        d.t(40, y, f"{provider}, Customer Services")
        d.t(W - 40, y, fmt_date(signed, ds), right=True)
        y += 30
        d.t(40, y, "Dear Sir or Madam")
        y += 22
        ref = ", ".join(pols)
        d.t(40, y, f"Re: my plan{'s' if len(pols) > 1 else ''} {ref}", bold=True)
        y += 14
        if joint:
            d.t(40, y, f"{p.name}: born {fmt_date(p.dob, 1)}, NI number {p.ni_printed(0)}")
            d.t(40, y + 13, f"{joint.name}: born {fmt_date(joint.dob, 1)}, NI number {joint.ni_printed(0)}")
            y += 13
        else:
            d.t(40, y, f"Date of birth: {fmt_date(p.dob, 1)}     National Insurance number: "
                f"{p.ni_printed(rng.randrange(2))}")
        y += 24
    else:
        y = d.para(40, y, f"To: {provider}", size=10)
        rows = [("Full name", f"{p.title} {p.name}"), ("Date of birth", fmt_date(p.dob, rng.choice([1, 2]))),
                ("NI number", p.ni_printed(rng.randrange(2))), ("Home address", ", ".join(p.address_lines)),
                ("Postcode", p.postcode), ("Plan number(s)", ", ".join(pols))]
        for k, v in rows:
            if layout == 1:
                d.c.rect(40, H - y - 5, 150, 17, stroke=1, fill=0)
                d.c.rect(190, H - y - 5, 340, 17, stroke=1, fill=0)
                d.t(45, y + 7, k, 9)
                d.t(195, y + 7, v, 9)
                y += 17
            else:
                d.t(40, y, k.upper(), 7)
                d.t(40, y + 12, v, 10)
                y += 28
        y += 20
    scope = rng.choice([
        "for information only; it does not permit any change to the plan or any movement of money",
        "and I also appoint them as my servicing agent for the plan(s) above",
        "until I withdraw it in writing",
    ])
    text = (f"I authorise you to release to {firm} (FCA FRN {frn}), and in particular to my adviser "
            f"{adviser}, any information they request about the plan(s) listed, {scope}. Please treat a "
            f"copy of this letter as valid as the original.")
    if joint:
        text = text.replace("I authorise", "We authorise").replace("my adviser", "our adviser")
    elif rng.random() < 0.5:
        text = (f"This letter is my authority for {adviser} of {firm}, a firm authorised and regulated by the "
                f"Financial Conduct Authority under firm reference number {frn}, to obtain details of my "
                f"plan(s) with {provider}, {scope}.")
    y = d.para(40, y, text, 500)
    y += 30
    d.t(40, y, "Yours faithfully" if layout == 0 else "Signed by the planholder", 10)
    y += 44
    d.c.line(40, H - y - 3, 260, H - y - 3)
    if kind != "none":
        signature(d, 48, y - 6, p, kind)
    d.t(40, y + 12, "Signature" + (f" ({p.name})" if joint else ""), 7)
    if joint:
        y2 = y + 50
        d.c.line(40, H - y2 - 3, 260, H - y2 - 3)
        if kind != "none":
            signature(d, 48, y2 - 6, joint, rng.choice(["curve", "strokes"]))
        d.t(40, y2 + 12, f"Signature ({joint.name})", 7)
    d.c.line(320, H - y - 3, 520, H - y - 3)
    date_text = fmt_date(signed, ds)
    if kind != "none" or rng.random() < 0.5:
        d.t(325, y - 6, date_text)
    else:
        date_text = ""
    d.t(320, y + 12, "Date", 7)
    d.footer(f"{firm} is authorised and regulated by the Financial Conduct Authority. FRN {frn}.")
    rec = {
        "provider": provider, "policy_numbers": pols, "client_title": p.title, "client_name": p.name,
        "client_dob": p.dob.isoformat(), "ni_number": p.ni, "client_address": ", ".join(p.address_lines),
        "client_postcode": p.postcode, "adviser_firm": firm, "fca_frn": frn, "adviser_name": adviser,
        "date_signed": signed.isoformat() if date_text else None, "signature_present": kind != "none",
    }
    variant = f"loa-{layout}-{kind}" + ("-joint" if joint else "")
    return d.finish(), {"doc_type": "loa", "record": rec, "variant": variant}


# ---------------------------------------------------------------- shared plan data


def plan_data(rng: random.Random, provider: str) -> dict:
    """One plan's figures, shared by the reply and statement makers."""
    plan_type = rng.choice(list(PLAN_TYPES))
    pence = rng.random() < 0.35
    rows = holdings(rng, provider, pence)
    total = sum(Decimal(r["value"]) for r in rows)
    tv = total if rng.random() < 0.6 else (total * Decimal("0.97")).quantize(Decimal("0.01"))
    end = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(0, 700))
    start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
    contrib = Decimal(rng.choice([50, 100, 150, 250, 400, 1000])) if rng.random() < 0.6 else None
    freq = rng.choice(["monthly", "monthly", "quarterly", "annually"]) if contrib else None
    amc = Decimal(rng.choice([35, 45, 50, 75, 100, 125])) / 100 if rng.random() < 0.7 else None
    return {"plan_type": plan_type, "label": rng.choice(PLAN_TYPES[plan_type]), "pence": pence, "rows": rows,
            "total": total, "tv": tv, "end": end, "start": start, "contrib": contrib, "freq": freq, "amc": amc,
            "opening": (total * Decimal(rng.uniform(0.8, 1.05))).quantize(Decimal("0.01"))}


FREQ_WORD = {"monthly": ["per month", "monthly"], "quarterly": ["per quarter", "quarterly"],
             "annually": ["per year", "yearly"]}


def fund_table(d: Doc, y: float, pd: dict, cont_at: int, provider: str) -> float:
    """Fund table; breaks to a new page after `cont_at` rows with a 'continued' header."""
    cols = [40, 300, 380, 460, W - 40]
    price_head = "Price (p)" if pd["pence"] else rd(["Unit price", "Price £", "Bid price"], d.rng)
    heads = ["Fund", "Units held", price_head, "Value £"]
    show_isin = any(r["isin"] for r in pd["rows"]) and d.rng.random() < 0.7
    if not show_isin:
        # truth holds what the page prints: a table drawn without its ISINs has none to read
        for r in pd["rows"]:
            r["isin"] = None

    def header(yy: float) -> float:
        d.c.setFillColorRGB(0.88, 0.88, 0.88)
        d.c.rect(36, H - yy - 4, W - 72, 16, fill=1, stroke=0)
        d.c.setFillColorRGB(0, 0, 0)
        d.t(cols[0], yy + 7, heads[0], 8.5, bold=True)
        for i, h in enumerate(heads[1:], 1):
            d.t(cols[i + 1] - 4 if i < 3 else cols[4], yy + 7, h, 8.5, bold=True, right=True)
        return yy + 22

    y = header(y)
    for i, r in enumerate(pd["rows"]):
        if i == cont_at:
            d.footer(f"{provider} - continued overleaf")
            d.next_page()
            d.t(40, 50, f"{provider}  Fund holdings (continued)", 11, bold=True)
            y = header(80)
        d.t(cols[0], y, r["fund_name"], 8.5)
        if show_isin and r["isin"]:
            d.t(cols[0] + 8, y + 10, f"ISIN {r['isin']}", 7)
        d.t(cols[2] - 4, y, f"{Decimal(r['units']):,}", 8.5, right=True)
        d.t(cols[3] - 4, y, r["unit_price"], 8.5, right=True)
        d.t(cols[4], y, f"{Decimal(r['value']):,.2f}", 8.5, right=True)
        y += 24 if show_isin else 16
    d.c.line(380, H - y + 8, W - 40, H - y + 8)
    d.t(cols[3] - 4, y + 4, "Total", 9, bold=True, right=True)
    d.t(cols[4], y + 4, f"{pd['total']:,.2f}", 9, bold=True, right=True)
    return y + 26


def rd(xs: list, rng: random.Random) -> str:
    """Pick one."""
    return rng.choice(xs)


def truth_plan(provider: str, pol: str, p: Person, pd: dict, dob: bool, statement: bool) -> dict:
    """The truth record of a reply or statement: null where the document does not print a field."""
    rec = {
        "provider": provider, "policy_number": pol, "client_title": p.title, "client_name": p.name,
        "client_dob": p.dob.isoformat() if dob else None, "ni_number": p.ni if pd.get("ni_shown") else None,
        "client_address": ", ".join(p.address_lines) if pd.get("addr_shown") else None,
        "client_postcode": p.postcode if pd.get("addr_shown") else None,
        "plan_type": pd["plan_type"], "valuation_date": pd["end"].isoformat(), "plan_value": money(pd["total"]),
        "transfer_value": money(pd["tv"]) if pd.get("tv_shown") else None,
        "regular_contribution": money(pd["contrib"]) if pd["contrib"] else None,
        "contribution_frequency": pd["freq"], "annual_charge_percent": f"{pd['amc']:.2f}" if pd["amc"] else None,
        "holdings": [{**r} for r in pd["rows"]],
    }
    if statement:
        rec["period_start"] = pd["start"].isoformat()
    return rec


# ---------------------------------------------------------------- LoA response


def make_response(rng: random.Random, n: int) -> tuple[bytes, dict]:
    """A provider's reply to an LoA: often a covering letter, then plan details and funds."""
    d = Doc(rng)
    p = Person(rng)
    provider = rng.choice(PROVIDERS)
    pol = policy_number(rng, provider)
    pd = plan_data(rng, provider)
    firm, adviser = rng.choice(FIRMS), rng.choice(ADVISERS)
    ds = rng.choice([0, 1, 2, 3])
    pd["ni_shown"] = rng.random() < 0.5
    pd["addr_shown"] = rng.random() < 0.6
    pd["tv_shown"] = rng.random() < 0.8
    dob_shown = rng.random() < 0.85
    small = f"{provider} is a trading name. Authorised and regulated by the Financial Conduct Authority."
    # covering letter
    if rng.random() < 0.75:
        d.banner(provider)
        y = 100.0
        for i, line in enumerate([adviser, firm, f"{rng.randrange(1, 90)} {rng.choice(STREETS)}",
                                  rng.choice(TOWNS)[0]]):
            d.t(40, y + i * 13, line)
        d.t(W - 40, 100, fmt_date(pd["end"] + dt.timedelta(days=rng.randrange(1, 9)), ds), right=True)
        d.t(W - 40, 114, f"Our ref: {rng.randrange(10**6, 10**7)}", 8, right=True)
        y = 180
        d.t(40, y, f"Dear {adviser.split()[0]}", 10)
        y += 22
        d.t(40, y, f"Your client: {p.title} {p.name}", 10, bold=True)
        y += 22
        y = d.para(40, y, "Thank you for your letter of authority, which we have now registered. As requested we "
                   "enclose details of the plan shown overleaf. The values quoted are not guaranteed and will "
                   "change with the price of the units held.", 500)
        y = d.para(40, y, "If you need anything else, please contact our adviser support team and quote the plan "
                   "number.", 500)
        d.t(40, y + 20, "Yours sincerely")
        d.t(40, y + 60, "Adviser Servicing Team")
        d.footer(small)
        d.next_page()
    d.banner(provider)
    title = rng.choice(["Plan information", "Policy details for your client", "Information you requested"])
    d.t(40, 95, title, 14, bold=True)
    value_label = rng.choice(["Current value", "Total plan value", "Fund value", "Value of your client's plan"])
    tv_label = rng.choice(["Transfer value", "Cash-in value", "Surrender value"])
    kv = [(rng.choice(["Plan number", "Policy number", "Contract number"]), pol),
          ("Planholder", f"{p.title} {p.name}")]
    if dob_shown:
        kv.append(("Date of birth", fmt_date(p.dob, rng.choice([1, 2]))))
    if pd["ni_shown"]:
        kv.append(("National Insurance number", p.ni_printed(rng.randrange(2))))
    if pd["addr_shown"]:
        kv.append(("Address", ", ".join(p.address_lines) + ", " + p.postcode))
    kv += [("Plan type", pd["label"]), ("Valuation date", fmt_date(pd["end"], ds)),
           (value_label, gbp(pd["total"], rng.randrange(3)))]
    if pd["tv_shown"]:
        kv.append((tv_label, gbp(pd["tv"], rng.randrange(3))))
    if pd["contrib"]:
        kv.append(("Regular contribution", f"{gbp(pd['contrib'])} {rng.choice(FREQ_WORD[pd['freq']])}"))
    if pd["amc"]:
        kv.append((rng.choice(["Annual management charge", "Annual charge"]), f"{pd['amc']:.2f}%"))
    if rng.random() < 0.4:
        kv.append(("Guaranteed annuity rate", "None"))
        kv.append(("Market value reduction", "Not applicable at the valuation date"))
    kv.append(("Projected value at age 65 (not guaranteed)",
               gbp((pd["total"] * Decimal("1.9")).quantize(Decimal("0.01")))))
    y = 125.0
    two_col = rng.random() < 0.5
    cell = 0
    for k, v in kv:
        if two_col:
            if k == "Address" and cell % 2:
                cell += 1  # the address takes a whole row of the grid
            yy = y + (cell // 2) * 30
            d.t(40 + (cell % 2) * 270, yy, k, 7.5)
            d.t(40 + (cell % 2) * 270, yy + 12, v, 10, bold=True)
            cell += 2 if k == "Address" else 1
        else:
            d.t(40, y, k, 9.5)
            d.t(250, y, v, 9.5)
            y += 17
    if two_col:
        y += (cell + 1) // 2 * 30
    y += 18
    d.t(40, y, "Where your client's money is invested", 11, bold=True)
    y += 20
    cont = rng.choice([99, 99, 2, 3])
    y = fund_table(d, y, pd, cont, provider)
    if pd["pence"]:
        d.t(40, y, "Unit prices are shown in pence. Values are in pounds sterling.", 7.5)
    d.footer(small)
    rec = truth_plan(provider, pol, p, pd, dob_shown, statement=False)
    return d.finish(), {"doc_type": "loa_response", "record": rec, "variant": f"resp-{int(two_col)}-{cont}"}


# ---------------------------------------------------------------- annual statement


def make_statement(rng: random.Random, n: int) -> tuple[bytes, dict]:
    """An annual statement: period, opening and closing values, funds, sometimes notes."""
    d = Doc(rng)
    p = Person(rng)
    provider = rng.choice(PROVIDERS)
    pol = policy_number(rng, provider)
    pd = plan_data(rng, provider)
    ds = rng.choice([0, 1, 2, 3])
    pd["ni_shown"] = rng.random() < 0.3
    pd["addr_shown"] = True
    pd["tv_shown"] = rng.random() < 0.7
    joint = pd["plan_type"] in ("gia", "onshore_bond", "offshore_bond") and rng.random() < 0.6
    other = Person(rng)
    covering = rng.random() < 0.35
    if covering:
        d.banner(provider)
        for i, line in enumerate([f"{p.title} {p.name}", *p.address_lines, p.postcode]):
            d.t(50, 110 + i * 12.5, line, 10)
        d.t(W - 40, 110, f"Client number: {rng.randrange(10**6, 10**7)}", 9, right=True)
        d.t(W - 40, 124, fmt_date(pd["end"] + dt.timedelta(days=rng.randrange(5, 25)), 2), 9, right=True)
        y = 220.0
        d.t(40, y, f"Dear {p.title} {p.surname}", 10)
        y = d.para(40, y + 22, f"Your statement is enclosed. It covers the period {fmt_date(pd['start'], 2)} to "
                   f"{fmt_date(pd['end'], 2)} and shows what your plan was worth at the start and at the end of "
                   "that period, the payments made and the charges taken.", 500)
        y = d.para(40, y, "Please keep it with your plan documents. If your circumstances have changed, you may "
                   "wish to speak to a financial adviser.", 500)
        d.t(40, y + 24, "Yours sincerely")
        d.t(40, y + 64, "Customer Services")
        d.footer(f"{provider}. Authorised and regulated by the Financial Conduct Authority.")
        d.next_page()
    d.banner(provider)
    # window-envelope address block
    y = 110.0
    names = f"{p.title} {p.name}" + (f" and {other.title} {other.name}" if joint else "")
    for i, line in enumerate([names, *p.address_lines, p.postcode]):
        d.t(50, y + i * 12.5, line, 10)
    heading = rng.choice(["Your annual statement", "Annual Plan Statement", "Yearly statement for your plan"])
    d.t(W - 40, 84, heading, 13, bold=True, right=True)
    d.t(W - 40, 98, pd["label"], 10, right=True)
    y = 230.0
    period = f"{fmt_date(pd['start'], ds)} to {fmt_date(pd['end'], ds)}"
    layout = n % 3
    summary = [(rng.choice(["Plan number", "Account number", "Policy reference"]), pol),
               ("Statement period", period)]
    if joint:
        summary.append(("Account holders", f"{p.name} and {other.name}"))
    if pd["ni_shown"]:
        summary.append(("NI number", p.ni_printed(rng.randrange(2))))
    money_rows = [("Value at start of period", gbp(pd["opening"], 0)),
                  ("Value at end of period", gbp(pd["total"], 0))]
    if pd["tv_shown"]:
        money_rows.append((rng.choice(["Transfer value", "Cash-in value"]), gbp(pd["tv"], 0)))
    if pd["contrib"]:
        money_rows.append((f"Your regular payment ({pd['freq']})", gbp(pd["contrib"], 0)))
    if pd["amc"]:
        money_rows.append(("Annual product charge", f"{pd['amc']:.2f}% a year"))
    if layout == 0:
        # two key/value columns side by side
        for i, (k, v) in enumerate(summary):
            d.t(40, y + i * 16, k, 9)
            d.t(140, y + i * 16, v, 9, bold=True)
        for i, (k, v) in enumerate(money_rows):
            d.t(320, y + i * 16, k, 9)
            d.t(W - 40, y + i * 16, v, 9, bold=True, right=True)
        y += 16 * max(len(summary), len(money_rows)) + 20
    elif layout == 1:
        # label above value, in boxes of three across
        for i, (k, v) in enumerate(summary + money_rows):
            col, row = i % 3, i // 3
            x, yy = 40 + col * 175, y + row * 44
            d.c.rect(x, H - yy - 28, 168, 40, stroke=1, fill=0)
            d.t(x + 6, yy, k, 7.5)
            d.t(x + 6, yy + 18, v, 10 if len(v) < 28 else 7.5 if len(v) < 38 else 5.5, bold=True)
        y += 44 * ((len(summary) + len(money_rows) + 2) // 3) + 16
    else:
        for k, v in summary + money_rows:
            d.leader(40, y, k, v, width=480)
            y += 17
        y += 16
    d.t(40, y, rng.choice(["Your investments", "Fund breakdown at the end of the period", "Holdings"]), 11,
        bold=True)
    y += 20
    y = fund_table(d, y, pd, rng.choice([99, 99, 3]), provider)
    y = d.para(40, y, f"Illustration: if payments continue, your plan might be worth "
               f"{gbp((pd['total'] * Decimal('1.6')).quantize(Decimal('0.01')))} at your selected retirement "
               f"date in today's money. This is not guaranteed.", 500, 8)
    d.footer(f"{provider}. Authorised and regulated by the Financial Conduct Authority.")
    if rng.random() < 0.6:
        d.next_page()
        d.t(40, 60, "Notes and important information", 12, bold=True)
        y = 90.0
        for note in [
            "Values are based on the unit prices on the last working day of the period and may go down as well as up.",
            "The transfer value is the amount we would pay to another provider if you moved your plan today; it may "
            "be lower than the plan value where an exit charge applies.",
            "The illustration uses growth assumptions set by regulators and allows for inflation at 2% a year.",
            "Please check your personal details and tell us if anything is wrong.",
        ]:
            y = d.para(40, y, "- " + note, 500, 8)
        d.footer(f"{provider}. Calls may be recorded.")
    rec = truth_plan(provider, pol, p, pd, dob=False, statement=True)
    variant = f"stmt-{layout}-{int(joint)}-{int(covering)}"
    return d.finish(), {"doc_type": "annual_statement", "record": rec, "variant": variant}


# ---------------------------------------------------------------- scans


def scan(pdf: bytes, rng: random.Random) -> bytes:
    """Rasterise every page with pdfium, add skew, blur and speckle, wrap as an image-only PDF."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(pdf)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for page in src:
        im = page.render(scale=200 / 72).to_pil().convert("L")
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BILINEAR, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice([0, 90, 255])
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(60, 80))
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return out.getvalue()


def main() -> None:
    """Write the set."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--out", type=Path, default=HERE / "docs")
    ap.add_argument("--text", type=int, default=60)
    ap.add_argument("--scanned", type=int, default=12)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    makers = [make_loa, make_response, make_statement]
    for i in range(args.text + args.scanned):
        is_scan = i >= args.text
        pdf, truth = makers[i % 3](rng, i // 3)
        if is_scan:
            pdf = scan(pdf, rng)
        truth["scanned"] = is_scan
        stem = f"h2-{i + 1:03d}"
        (args.out / f"{stem}.pdf").write_bytes(pdf)
        (args.out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")
    print(f"wrote {args.text} text and {args.scanned} scanned documents to {args.out}")


if __name__ == "__main__":
    main()
