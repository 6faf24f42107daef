#!/usr/bin/env python3
"""heldout19: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout19/generate.py --out heldout19/docs --seed 20261219
"""

# ruff: noqa: D102, D103  (drawing helpers and layouts, named for what they draw)
from __future__ import annotations

import argparse
import io
import json
import random
import sys
import textwrap
import zlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fake  # noqa: E402
from fake import grouped, long_date, money, q2, spaced_ni  # noqa: E402

rl_config.invariant = 1
W, H = A4

VARIANTS = {
    "loa-tear-off-slip": "loa",
    "loa-continuation-sheet": "loa",
    "reply-wide-holdings-export": "loa_response",
    "reply-secure-message-print": "loa_response",
    "statement-newsletter-columns": "annual_statement",
    "statement-transposed-fund-grid": "annual_statement",
}
COUNTS = {
    "loa-tear-off-slip": 13,
    "loa-continuation-sheet": 13,
    "reply-wide-holdings-export": 14,
    "reply-secure-message-print": 13,
    "statement-newsletter-columns": 14,
    "statement-transposed-fund-grid": 13,
}
WEB = {
    "Aviva": "aviva.co.uk",
    "Royal London": "royallondon.com",
    "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk",
    "Aegon": "aegon.co.uk",
    "Legal & General": "legalandgeneral.com",
    "Canada Life": "canadalife.co.uk",
    "Zurich": "zurich.co.uk",
    "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk",
    "Utmost Life and Pensions": "utmostlife.co.uk",
    "LV=": "lv.com",
    "Scottish Friendly": "scottishfriendly.co.uk",
    "Wesleyan": "wesleyan.co.uk",
    "Nest": "nestpensions.org.uk",
    "The People's Pension": "thepeoplespension.co.uk",
    "NOW: Pensions": "nowpensions.com",
    "Smart Pension": "smartpension.co.uk",
    "Police Mutual": "policemutual.co.uk",
    "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk",
    "Transact": "transact-online.co.uk",
    "Fidelity": "fidelity.co.uk",
    "interactive investor": "ii.co.uk",
    "Nucleus": "nucleusfinancial.com",
    "Parmenion": "parmenion.co.uk",
    "Wealthtime": "wealthtime.com",
    "Novia": "novia-financial.co.uk",
    "7IM": "7im.co.uk",
    "Vanguard": "vanguardinvestor.co.uk",
    "OneFamily": "onefamily.com",
    "M&G Wealth": "mandg.com",
    "St. James's Place": "sjp.co.uk",
    "Quilter": "quilter.com",
    "True Potential": "truepotential.co.uk",
}
LOA_PROVIDERS = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Canada Life",
    "Zurich",
    "Prudential",
    "Phoenix Life",
    "Utmost Life and Pensions",
    "LV=",
    "AJ Bell",
    "Hargreaves Lansdown",
    "Transact",
    "Fidelity",
    "Quilter",
    "Wesleyan",
    "Scottish Friendly",
    "Vanguard",
]
PLATFORMS = [
    "AJ Bell",
    "Hargreaves Lansdown",
    "Transact",
    "Fidelity",
    "interactive investor",
    "Nucleus",
    "Parmenion",
    "Wealthtime",
    "Novia",
    "7IM",
    "Quilter",
    "True Potential",
]
LIFE_OFFICES = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Canada Life",
    "Zurich",
    "Prudential",
    "LV=",
    "Utmost Life and Pensions",
    "Phoenix Life",
]
PENSION_HOUSES = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Nest",
    "The People's Pension",
    "NOW: Pensions",
    "Smart Pension",
    "Scottish Friendly",
    "Wesleyan",
    "Police Mutual",
]
WORKPLACE_ONLY = {"Nest", "The People's Pension", "NOW: Pensions", "Smart Pension"}
SAVINGS_HOUSES = [
    "Vanguard",
    "Fidelity",
    "Scottish Friendly",
    "OneFamily",
    "M&G Wealth",
    "St. James's Place",
    "Royal London",
    "Quilter",
    "Standard Life",
    "Hargreaves Lansdown",
    "True Potential",
]
PLAN_LABEL = {
    "personal_pension": ["Personal Pension", "Individual Personal Pension Plan", "Flexible Retirement Plan"],
    "stakeholder_pension": ["Stakeholder Pension Plan", "Stakeholder Pension"],
    "sipp": ["Self-Invested Personal Pension", "SIPP"],
    "workplace_pension": ["Workplace Pension (Group Personal Pension)", "Workplace Pension"],
    "isa": ["Stocks and Shares ISA", "Stocks & Shares ISA"],
    "gia": ["General Investment Account", "Investment Account (GIA)"],
    "onshore_bond": ["Onshore Investment Bond", "Investment Bond"],
}
INK = (0.05, 0.12, 0.45)


class Doc:
    """A document as page-drawing functions (with their page sizes), so a scan can redraw page 1 as text."""

    def __init__(self, rng: random.Random, footer):
        self.pages: list = []
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)
        self.footer = footer

    def page(self, size=A4):
        def add(fn):
            self.pages.append((fn, size))
            return fn

        return add

    def draw(self, c, i: int) -> None:
        self.r.seed(self.seed * 37 + i)  # a page draws the same whether as text or for a scan
        fn, size = self.pages[i]
        c.setPageSize(size)
        fn(c)
        if self.footer:
            self.footer(c, i + 1, len(self.pages), size)


def web_footer(provider: str, note: str = ""):
    def foot(c, n, total, size):
        w = size[0]
        c.setFont("Helvetica", 6.8)
        c.setFillGray(0.4)
        c.drawString(40, 24, f"www.{WEB[provider]}" + (f"   {note}" if note else ""))
        c.drawRightString(w - 40, 24, f"Page {n} of {total}")
        c.setFillGray(0)

    return foot


def para(c, text, x, y, width, font="Helvetica", size=9.0, lead=None) -> float:
    lead = lead or size * 1.32
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - size * 0.45


def fmt_date(d: date, style: str) -> str:
    return {
        "slash": d.strftime("%d/%m/%Y"),
        "dot": d.strftime("%d.%m.%Y"),
        "long": long_date(d),
        "dash3": d.strftime("%d-%b-%Y"),
        "short": f"{d.day} {d:%b %Y}",
    }[style]


def polnum(rng: random.Random, style: str) -> tuple[str, str]:
    """A plan number as printed and as the record holds it (inner spaces removed)."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    printed = {
        "pp": f"PP{d(7)}",
        "slash": f"{rng.choice('ABCKRT')}{d(6)}/{d(2)}",
        "spaced": f"{d(4)} {d(4)} {d(2)}",
        "sipp": f"SIPP-{d(6)}",
        "ul": f"UL{d(7)}{rng.choice('ABCDEFGH')}",
        "digits": d(10),
        "isa": f"ISA{d(8)}",
        "acct": f"{d(7)}-{rng.choice(['ISA', 'SIPP', 'GIA'])}",
        "bond": f"B{d(3)}-{d(5)}",
    }[style]
    return printed, printed.replace(" ", "")


# ------------------------------------------------------------------ signatures
def sig_strokes(c, rng, x, y, w, h):
    c.saveState()
    c.setStrokeColorRGB(*INK)
    c.setLineCap(1)
    c.setLineJoin(1)
    px, py = x + 4, y + h * 0.45
    for _ in range(rng.randrange(12, 20)):
        nx = min(px + rng.uniform(5, 13), x + w - 4)
        ny = min(max(py + rng.uniform(-h * 0.55, h * 0.55), y + 3), y + h - 3)
        c.setLineWidth(rng.uniform(0.9, 1.8))
        c.line(px, py, nx, ny)
        px, py = nx, ny
    c.setLineWidth(1.1)
    c.line(x + 6, y + h * 0.2, x + w * rng.uniform(0.5, 0.85), y + h * 0.28)
    c.restoreState()


def sig_bezier(c, rng, x, y, w, h):
    c.saveState()
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(rng.uniform(1.0, 1.6))
    p = c.beginPath()
    cx, cy = x + 5, y + h * 0.4
    p.moveTo(cx, cy)
    for _ in range(rng.randrange(4, 7)):
        nx = min(cx + rng.uniform(12, 30), x + w - 4)
        ny = y + rng.uniform(0.15, 0.85) * h
        p.curveTo(
            cx + rng.uniform(-6, 14),
            y + rng.uniform(0.6, 1.0) * h,
            nx + rng.uniform(-14, 6),
            y + rng.uniform(0.0, 0.4) * h,
            nx,
            ny,
        )
        cx, cy = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.circle(x + w * rng.uniform(0.3, 0.6), y + h * 0.75, 1.2, stroke=1, fill=1)
    c.restoreState()


def sig_image(c, rng, x, y, w, h):
    scale = 4
    im = Image.new("L", (int(w * scale), int(h * scale)), 255)
    d = ImageDraw.Draw(im)
    pts, px, py = [], 10.0, h * scale * 0.5
    for _ in range(rng.randrange(18, 30)):
        px += rng.uniform(6, 18)
        py = min(max(py + rng.uniform(-30, 30), 8), h * scale - 8)
        pts.append((px, py))
    d.line(pts, fill=20, width=5, joint="curve")
    for _ in range(2):
        bx = rng.uniform(20, w * scale * 0.6)
        d.arc([bx, h * scale * 0.2, bx + 60, h * scale * 0.8], rng.randrange(0, 180), 330, fill=30, width=4)
    im = im.filter(ImageFilter.GaussianBlur(1.3))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), x, y, w, h)


def sig_typed(c, rng, x, y, w, h, name, when):
    c.saveState()
    c.setStrokeGray(0.3)
    c.setLineWidth(0.6)
    c.rect(x, y + 2, w, h - 4, stroke=1, fill=0)
    c.setFont("Times-Italic", 13)
    c.drawString(x + 6, y + h - 17, name)
    c.setFont("Helvetica", 5.8)
    clock = f"{rng.randrange(8, 20):02d}:{rng.randrange(60):02d}"
    stamp = f"e-signed {when:%d/%m/%Y} {clock} GMT  ref {rng.randrange(16**8):08x}"
    c.drawString(x + 6, y + 7, stamp)
    c.restoreState()


def signature(c, rng, kind, x, y, w, h, name, when):
    if kind == "strokes":
        sig_strokes(c, rng, x, y, w, h)
    elif kind == "bezier":
        sig_bezier(c, rng, x, y, w, h)
    elif kind == "image":
        sig_image(c, rng, x, y, w, h)
    else:
        sig_typed(c, rng, x, y, w, h, name, when)


def firm_small_print(firm):
    def foot(c, n, total, size):
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.4)
        c.drawString(40, 24, f"{firm['name']} is authorised and regulated by the Financial Conduct Authority.")
        c.drawRightString(size[0] - 40, 24, f"Page {n} of {total}")
        c.setFillGray(0)

    return foot


def signed_day(rng) -> date:
    return date(2026, 1, 6) + timedelta(days=rng.randrange(0, 230))


def loa_record(p, prov, pols, f, when, signed):
    return {
        "provider": prov,
        "policy_numbers": pols,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "adviser_firm": f["name"],
        "fca_frn": None,
        "adviser_name": f["adviser"],
        "date_signed": when.isoformat() if signed else None,
        "signature_present": signed,
    }


# ------------------------------------------------------------------ LoA 1: covering letter with a tear-off slip
def loa_slip(rng, used, signed, sigkind):
    p, f = fake.person(rng, used), fake.firm(rng)
    prov = rng.choice(LOA_PROVIDERS)
    style = rng.choice(["pp", "slash", "spaced", "ul", "digits", "isa", "bond"])
    prints = [polnum(rng, style) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    when = signed_day(rng)
    letter_day = when - timedelta(days=rng.randrange(3, 25))
    sep = "; " if style == "spaced" else rng.choice(["   ", ", "])
    dstyle = rng.choice(["slash", "dot", "long", "short"])
    dob_style = rng.choice(["slash", "dot", "long"])
    ni_txt = spaced_ni(p["ni"]) if rng.random() < 0.5 else p["ni"]
    servicing = rng.random() < 0.5
    ref = f"{p['first'][0]}{p['surname'][0]}/{rng.randrange(100, 999)}"
    doc = Doc(rng, firm_small_print(f))

    @doc.page()
    def p1(c):
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(W - 45, H - 55, f["name"])
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 45, H - 68, ", ".join(f["lines"]) + " " + f["postcode"])
        c.drawRightString(W - 45, H - 79, f"01{doc.r.randrange(100, 999)} {doc.r.randrange(100000, 999999)}")
        y = H - 120
        c.setFont("Helvetica", 10)
        for ln in [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]:
            c.drawString(60, y, ln)
            y -= 13
        c.setFont("Helvetica", 9)
        c.drawString(60, y - 14, f"Our ref: {ref}")
        c.drawRightString(W - 60, y - 14, long_date(letter_day))
        y -= 44
        c.setFont("Helvetica", 10)
        c.drawString(60, y, f"Dear {p['title']} {p['surname']},")
        y -= 18
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"Your plan(s) with {prov}")
        y -= 16
        body = [
            f"Thank you for your time at our recent meeting. Before we can review your existing arrangements we "
            f"need up-to-date details from {prov}, and they will only speak to us with your written permission.",
            "Please check the details on the authority below. If they are right, sign and date it, then tear off "
            "the slip along the dotted line and return it to us in the prepaid envelope. Keep this part of the "
            "letter for your records. If anything is wrong, please correct it and initial the change.",
            "Most providers answer within two to four weeks; we will be in touch when we have heard from them.",
        ]
        for t in body:
            y = para(c, t, 60, y, W - 120, size=9.6)
        c.drawString(60, y - 2, "Yours sincerely,")
        c.drawString(60, y - 34, f["adviser"])
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y - 45, f"Financial Planner, {f['name']}")
        y -= 70
        c.setDash(3, 3)
        c.setLineWidth(0.7)
        c.line(40, y, W - 40, y)
        c.setDash()
        c.setFont("Helvetica-Oblique", 7)
        c.drawCentredString(W / 2, y + 4, "detach here and return the lower part")
        y -= 24
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "LETTER OF AUTHORITY")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 60, y, f"To: {prov}")
        y -= 8
        rows = [
            ("Full name", f"{p['title']} {p['name']}"),
            ("Date of birth", fmt_date(p["dob"], dob_style)),
            ("National Insurance no.", ni_txt),
            ("Address", ", ".join(p["lines"])),
            ("Postcode", p["postcode"]),
            ("Plan number(s)", sep.join(x for x, _ in prints)),
        ]
        c.setLineWidth(0.5)
        for label, value in rows:
            c.setFillGray(0.92)
            c.rect(60, y - 17, 130, 17, stroke=1, fill=1)
            c.setFillGray(0)
            c.rect(190, y - 17, W - 250, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(64, y - 12, label)
            c.setFont("Helvetica", 9.5)
            c.drawString(195, y - 12.5, value)
            y -= 17
        y -= 14
        scope = (
            f"I authorise {prov} to treat {f['name']} as my financial adviser for the plan(s) above, to accept their "
            "instructions and to send them any information they ask for, including by telephone and online."
            if servicing
            else f"I authorise {prov} to give {f['name']} (adviser: {f['adviser']}) any information they ask for about "
            "the plan(s) above. This is for information only and does not allow changes to my plan(s)."
        )
        y = para(
            c,
            scope + " This authority stays in force until I withdraw it in writing. A copy is as valid as "
            "the original.",
            60,
            y,
            W - 120,
            size=8.8,
        )
        y -= 6
        c.setFont("Helvetica", 8)
        c.drawString(60, y, "Signature")
        c.drawString(340, y, "Date")
        c.rect(60, y - 46, 250, 40, stroke=1, fill=0)
        c.rect(340, y - 46, 150, 40, stroke=1, fill=0)
        if signed:
            signature(c, doc.r, sigkind, 66, y - 44, 200, 36, p["name"], when)
            c.setFont("Helvetica-Oblique", 11)
            c.drawString(350, y - 31, fmt_date(when, dstyle))
        c.setFont("Helvetica", 7.5)
        c.drawString(60, y - 60, f"Return to: {f['name']}, {', '.join(f['lines'])} {f['postcode']}")

    return doc, loa_record(p, prov, [t for _, t in prints], f, when, signed)


# ------------------------------------------------------------------ LoA 2: details table, plans on a continuation sheet
def loa_continuation(rng, used, signed, sigkind):
    p, f = fake.person(rng, used), fake.firm(rng)
    prov = rng.choice(LOA_PROVIDERS)
    styles = rng.sample(["pp", "slash", "spaced", "ul", "digits", "isa", "sipp", "bond"], 3)
    n = rng.choice([1, 2, 2, 3])
    prints = [polnum(rng, styles[i % 3]) for i in range(n)]
    kind_of = {
        "pp": "Personal pension",
        "slash": "Stakeholder pension",
        "spaced": "Retirement account",
        "ul": "Unit-linked bond",
        "digits": "Personal pension",
        "isa": "ISA",
        "sipp": "SIPP",
        "bond": "Investment bond",
    }
    kinds = [kind_of[styles[i % 3]] for i in range(n)]
    unknown_row = rng.random() < 0.5  # a row asking the provider to search: no reference, so no policy number
    when = signed_day(rng)
    dstyle = rng.choice(["slash", "long", "dot", "dash3"])
    dob_style = rng.choice(["slash", "long", "dash3"])
    ni_txt = spaced_ni(p["ni"]) if rng.random() < 0.6 else p["ni"]
    case = f"CS-{rng.randrange(1000, 9999)}-{rng.choice('ABCDEFR')}"
    doc = Doc(rng, firm_small_print(f))

    @doc.page()
    def p1(c):
        c.setFillGray(0.2)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(45, H - 40, f["name"])
        c.setFont("Helvetica", 8)
        c.drawString(45, H - 55, f"{', '.join(f['lines'])}  {f['postcode']}   Adviser: {f['adviser']}")
        c.setFillGray(0)
        y = H - 100
        c.setFont("Helvetica", 9.5)
        for ln in [f"{prov}", "Existing Business / Servicing Team"]:
            c.drawString(50, y, ln)
            y -= 12.5
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 50, H - 100, f"Our case reference: {case}")
        y -= 18
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(50, y, "LETTER OF AUTHORITY AND REQUEST FOR INFORMATION")
        y -= 20
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "1. Policyholder")
        y -= 6
        addr = p["lines"]
        rows = [
            ("Title", [p["title"]]),
            ("Full name", [p["name"]]),
            ("Date of birth", [fmt_date(p["dob"], dob_style)]),
            ("National Insurance number", [ni_txt]),
            ("Residential address", addr),
            ("Postcode", [p["postcode"]]),
            ("Telephone", [f"07{doc.r.randrange(100, 999)} {doc.r.randrange(100000, 999999)}"]),
        ]
        for label, vals in rows:
            hgt = 8 + 12 * len(vals)
            c.setFillGray(0.9)
            c.rect(50, y - hgt, 170, hgt, stroke=1, fill=1)
            c.setFillGray(0)
            c.rect(220, y - hgt, W - 270, hgt, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(55, y - 13, label)
            c.setFont("Helvetica", 9.5)
            for k, v in enumerate(vals):
                c.drawString(226, y - 13 - 12 * k, v)
            y -= hgt
        y -= 16
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "2. Plans")
        y -= 13
        y = para(
            c,
            "The plans this authority covers are listed on the continuation sheet attached (page 2), which "
            "forms part of this letter.",
            50,
            y,
            W - 100,
            size=9,
        )
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "3. Authority")
        y -= 13
        y = para(
            c,
            f"I, the policyholder named above, authorise you to release to {f['name']} and its adviser "
            f"{f['adviser']} all information they request about my plans, now and in future, until I cancel this "
            "authority in writing. Please also tell them of any other plans you hold in my name.",
            50,
            y,
            W - 100,
            size=9,
        )
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "4. Information requested")
        y -= 13
        for item in [
            "current value and transfer value (with any exit charge or market value reduction)",
            "funds held, with units, prices and charges",
            "contributions being paid and their frequency",
            "any guarantees: guaranteed annuity rates, protected tax-free cash, loyalty bonuses",
        ]:
            c.setFont("Helvetica", 8.6)
            c.drawString(58, y, "\u2022  " + item)
            y -= 11.5
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y, "Signature of policyholder")
        c.drawString(330, y, "Date")
        c.line(50, y - 40, 300, y - 40)
        c.line(330, y - 40, 470, y - 40)
        if signed:
            signature(c, doc.r, sigkind, 55, y - 39, 190, 34, p["name"], when)
            c.setFont("Courier", 10)
            c.drawString(334, y - 34, fmt_date(when, dstyle))
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y - 54, f"Print name: {p['name']}")

    @doc.page()
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "CONTINUATION SHEET")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 50, H - 60, f"Case ref {case}")
        c.drawString(
            50, H - 76, f"Policyholder: {p['title']} {p['name']}   Date of birth: {fmt_date(p['dob'], 'slash')}"
        )
        c.drawString(50, H - 88, f"Plans held with {prov} to which the letter of authority (page 1) applies")
        cols = [50, 80, 230, 360, W - 50]
        y = H - 110
        heads = ["No.", "Plan type", "Plan / policy reference", "Notes"]
        c.setFillGray(0.85)
        c.rect(cols[0], y - 16, cols[-1] - cols[0], 16, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in zip(cols[:-1], heads, strict=True):
            c.drawString(x + 4, y - 11, t)
        y -= 16
        rows = [
            (
                str(i + 1),
                kinds[i],
                prints[i][0],
                doc.r.choice(["as on last statement", "", "held in own name", "regular payments by direct debit"]),
            )
            for i in range(len(prints))
        ]
        if unknown_row:
            rows.append((str(len(rows) + 1), "Any other plan", "not known", "please search under NI number and DOB"))
        for row in rows:
            c.setFont("Helvetica", 9)
            for x, t in zip(cols[:-1], row, strict=True):
                c.drawString(x + 4, y - 13, t)
            for x in cols:
                c.line(x, y, x, y - 19)
            c.line(cols[0], y - 19, cols[-1], y - 19)
            y -= 19
        y -= 24
        y = para(
            c,
            "Please reply to the adviser named on page 1 at the address above. Information may be sent by "
            "secure email. If any reference is wrong, please give details of every plan you can find for the "
            "policyholder.",
            50,
            y,
            W - 100,
            size=8.5,
        )
        c.setFont("Helvetica", 8)
        c.drawString(
            50,
            y - 10,
            f"Sheet 1 of 1. Policyholder's initials: {p['first'][0]}{p['surname'][0]}"
            if signed
            else "Sheet 1 of 1. Policyholder's initials: ______",
        )

    return doc, loa_record(p, prov, [t for _, t in prints], f, when, signed)


# ------------------------------------------------------------------ replies
def to_adviser(c, f, x, y, size=9.5):
    c.setFont("Helvetica", size)
    for ln in [f["adviser"], f["name"], *f["lines"], f["postcode"]]:
        c.drawString(x, y, ln)
        y -= size + 2.5
    return y


def plan_record(
    prov,
    pol,
    p,
    plan_type,
    val_day,
    value,
    transfer,
    contrib,
    freq,
    charge,
    rows,
    *,
    dob=True,
    ni=True,
    address=True,
    period_start=None,
    statement=False,
):
    rec = {
        "provider": prov,
        "policy_number": pol,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat() if dob else None,
        "ni_number": p["ni"] if ni else None,
        "client_address": ", ".join(p["lines"]) if address else None,
        "client_postcode": p["postcode"] if address else None,
        "plan_type": plan_type,
        "valuation_date": val_day.isoformat(),
    }
    if statement:
        rec["period_start"] = period_start.isoformat()
    rec |= {
        "plan_value": f"{value:.2f}",
        "transfer_value": None if transfer is None else f"{transfer:.2f}",
        "regular_contribution": None if contrib is None else f"{contrib:.2f}",
        "contribution_frequency": freq,
        "annual_charge_percent": charge,
        "holdings": rows,
    }
    return rec


def reply_wide_export(rng, used):
    p, f = fake.person(rng, used), fake.firm(rng)
    prov = rng.choice(PLATFORMS)
    plan_type = rng.choice(["isa", "sipp", "gia", "isa", "sipp"])
    label = rng.choice(PLAN_LABEL[plan_type])
    pol_print, pol = polnum(rng, rng.choice(["acct", "digits", "isa" if plan_type == "isa" else "sipp"]))
    val_day = date(2026, 1, 9) + timedelta(days=rng.randrange(0, 260))
    pence = rng.random() < 0.4
    funds = fake.holdings(rng, "platform", rng.randrange(3, 8), pence, True, udp=rng.choice([2, 3, 4]))
    cash_label = rng.choice(["Cash", "Product cash account", "Cash balance"])
    cash = q2(Decimal(rng.randrange(5000, 900000)) / 100)
    value = sum(Decimal(h["value"]) for h in funds) + cash
    transfer = value if plan_type == "sipp" else None
    contrib, freq = rng.choice(
        [
            (Decimal("250.00"), "monthly"),
            (Decimal("100.00"), "monthly"),
            (Decimal("1500.00"), "annually"),
            (None, None),
            (Decimal("400.00"), "monthly"),
        ]
    )
    charge = rng.choice(["0.25", "0.30", "0.20", "0.35", None])
    grouping = rng.random() < 0.5
    dob_style = rng.choice(["slash", "long"])
    show_ni = plan_type != "gia"
    opened = val_day - timedelta(days=rng.randrange(700, 5000))
    letter_day = val_day + timedelta(days=rng.randrange(1, 4))
    cash_rate = rng.choice(["1.95", "2.10", "2.40", "1.60"])
    doc = Doc(rng, web_footer(prov))

    @doc.page()
    def p1(c):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(50, H - 62, prov)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 76, "Adviser Support")
        to_adviser(c, f, 50, H - 120)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 50, H - 120, long_date(letter_day))
        c.drawRightString(W - 50, H - 133, f"Our reference: LOA/{doc.r.randrange(100000, 999999)}")
        y = H - 215
        c.drawString(50, y, f"Dear {f['adviser'].split()[0]},")
        y -= 18
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, f"Your client: {p['title']} {p['name']} - {label}")
        y -= 18
        y = para(
            c,
            f"Thank you for the letter of authority, which we have registered on the account below. "
            f"{f['name']} can now receive information about it. A holdings report as at "
            f"{fmt_date(val_day, 'long')} is on the next page; prices are the latest available at the close of "
            "that business day.",
            50,
            y,
            W - 100,
            size=9.5,
        )
        kv = [
            ("Account holder", f"{p['title']} {p['name']}"),
            ("Date of birth", fmt_date(p["dob"], dob_style)),
        ]
        if show_ni:
            kv.append(("National Insurance number", spaced_ni(p["ni"])))
        kv += [
            ("Registered address", ", ".join(p["lines"]) + ", " + p["postcode"]),
            ("Account type", label),
            ("Account number", pol_print),
            ("Account opened", fmt_date(opened, "slash")),
            ("Valuation date", fmt_date(val_day, "long")),
            ("Total account value (including cash)", f"\u00a3{money(value)}"),
            (
                "Transfer value",
                f"\u00a3{money(transfer)} (cash); in-specie transfer also possible"
                if transfer
                else "Not applicable - assets can be re-registered to a new provider",
            ),
            ("Regular contribution", f"\u00a3{money(contrib)} {freq} by direct debit" if contrib else "None in place"),
            ("Platform charge", f"{charge}% a year" if charge else "Tiered - see our charges schedule"),
        ]
        y -= 4
        c.setLineWidth(0.4)
        for k, v in kv:
            c.setFont("Helvetica", 8.8)
            c.drawString(58, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(250, y, v)
            c.setStrokeGray(0.75)
            c.line(50, y - 4, W - 50, y - 4)
            y -= 16
        c.setStrokeGray(0)
        y -= 10
        y = para(
            c,
            "Fund charges (OCF) are taken within each fund's price and are not deducted from the account. "
            "Our platform charge is taken monthly from the cash balance.",
            50,
            y,
            W - 100,
            size=8.5,
        )
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y - 8, "Yours sincerely,")
        c.drawString(50, y - 36, "Adviser Support Team")

    @doc.page(landscape(A4))
    def p2(c):
        lw, lh = landscape(A4)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, lh - 45, f"Holdings report - account {pol_print} - valued {fmt_date(val_day, 'slash')}")
        c.setFont("Helvetica", 8)
        c.drawString(36, lh - 58, f"Client: {p['name']}   Product: {label}   Adviser: {f['name']}")
        cols = [
            ("Asset name", 36, "l"),
            ("ISIN", 258, "l"),
            ("SEDOL", 330, "l"),
            ("Quantity", 430, "r"),
            ("Price", 490, "r"),
            ("Ccy", 498, "l"),
            ("Price date", 525, "l"),
            ("Book cost", 640, "r"),
            ("Market value", 715, "r"),
            ("Weight %", 762, "r"),
            ("OCF %", 805, "r"),
        ]
        y = lh - 82
        c.setFillGray(0.86)
        c.rect(32, y - 4, lw - 64, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 7.5)
        for t, x, a in cols:
            (c.drawRightString if a == "r" else c.drawString)(x, y, t)
        y -= 16
        fmtn = grouped if grouping else (lambda s: s)
        for i, h in enumerate(funds):
            if i % 2:
                c.setFillGray(0.95)
                c.rect(32, y - 4, lw - 64, 13, stroke=0, fill=1)
                c.setFillGray(0)
            book = q2(Decimal(h["value"]) * Decimal(doc.r.randrange(70, 115)) / 100)
            cells = [
                h["fund_name"],
                h["isin"],
                h["_sedol"] or "",
                fmtn(h["units"]),
                h["unit_price"],
                h["price_currency"],
                fmt_date(val_day - timedelta(days=doc.r.choice([0, 0, 1])), "slash"),
                fmtn(f"{book:.2f}"),
                fmtn(h["value"]),
                f"{Decimal(h['value']) * 100 / value:.2f}",
                doc.r.choice(["0.12", "0.85", "0.22", "0.64", "1.02"]),
            ]
            c.setFont("Helvetica", 7.5)
            for (_t, x, a), v in zip(cols, cells, strict=True):
                (c.drawRightString if a == "r" else c.drawString)(x, y, v)
            y -= 13
        c.line(32, y + 6, lw - 32, y + 6)
        y -= 6
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y, cash_label)
        c.drawString(258, y, "-")
        c.drawRightString(715, y, fmtn(f"{cash:.2f}"))
        c.drawRightString(762, y, f"{cash * 100 / value:.2f}")
        y -= 15
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "Total")
        c.drawRightString(715, y, fmtn(f"{value:.2f}"))
        c.drawRightString(762, y, "100.00")
        c.setFont("Helvetica", 7)
        c.drawString(
            36,
            y - 24,
            "Values in GBP. Prices in GBX are pence per unit. Book cost includes dealing charges "
            "and is shown for information; it is not a value of the account.",
        )

    @doc.page()
    def p3(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - 60, "Notes to the holdings report")
        y = H - 82
        for t in [
            "Quantity is the number of units or shares held at the valuation point. Price is the last published "
            "price; for funds with a single price this is the dealing price, otherwise the bid price.",
            "Book cost is the total amount paid to buy a holding, including any charges, less the cost of any "
            "units sold. It is used for capital gains calculations and is not a valuation.",
            f"Cash in the account earns interest, currently {cash_rate}% a year on the whole balance; this rate can "
            "change. Interest is credited monthly.",
            "OCF is the ongoing charges figure of each fund as published by its manager; it is already reflected "
            "in the fund price.",
            "The value of investments can fall as well as rise and your client may get back less than was "
            "invested. This information is provided under a letter of authority and is not advice.",
        ]:
            y = para(c, t, 50, y, W - 100, size=9)
            y -= 4

    truth_rows = fake.truth_holdings(funds) + [
        {"fund_name": cash_label, "isin": None, "units": None, "unit_price": None, "value": f"{cash:.2f}"}
    ]
    rec = plan_record(prov, pol, p, plan_type, val_day, value, transfer, contrib, freq, charge, truth_rows, ni=show_ni)
    return doc, rec


def reply_secure_message(rng, used):
    p, f = fake.person(rng, used), fake.firm(rng)
    prov = rng.choice(LIFE_OFFICES)
    plan_type = rng.choice(
        ["personal_pension", "stakeholder_pension", "sipp", "workplace_pension", "onshore_bond", "personal_pension"]
    )
    label = rng.choice(PLAN_LABEL[plan_type])
    pol_print, pol = polnum(rng, rng.choice(["pp", "slash", "ul", "digits", "spaced"]))
    val_day = date(2026, 1, 12) + timedelta(days=rng.randrange(0, 250))
    sent = val_day + timedelta(days=rng.randrange(0, 3))
    pence = rng.random() < 0.35
    kind = "bond" if plan_type == "onshore_bond" else "pension"
    funds = fake.holdings(rng, kind, rng.randrange(2, 6), pence, rng.random() < 0.5, udp=rng.choice([3, 4]))
    value = sum(Decimal(h["value"]) for h in funds)
    if plan_type == "onshore_bond":
        contrib, freq = Decimal(rng.randrange(10, 120) * 1000), "single"
        transfer = value - q2(value * Decimal(rng.choice([0, 0, 2, 3])) / 100)
        tv_label = "Surrender value"
    else:
        contrib, freq = rng.choice(
            [
                (Decimal("150.00"), "monthly"),
                (Decimal("75.50"), "monthly"),
                (Decimal("600.00"), "quarterly"),
                (None, None),
                (Decimal("2400.00"), "annually"),
            ]
        )
        transfer = value - (q2(value * Decimal("0.05")) if rng.random() < 0.25 else 0)
        tv_label = "Transfer value"
    charge = rng.choice(["1.00", "0.75", "0.50", "1.25", None])
    dstyle = rng.choice(["dash3", "slash"])
    ni_show = plan_type != "onshore_bond"
    start = val_day - timedelta(days=rng.randrange(1500, 8000))
    msg_id = rng.randrange(1000000, 9999999)
    stamp = f"{sent:%d/%m/%Y}, {rng.randrange(9, 17):02d}:{rng.randrange(60):02d}"
    namew = rng.choice([28, 32])
    isin_col = funds[0]["isin"] is not None

    def foot(c, n, total, size):
        c.setFont("Helvetica", 7)
        c.setFillGray(0.3)
        c.drawString(28, H - 20, stamp)
        c.drawCentredString(W / 2, H - 20, f"Secure messages | {prov} adviser centre")
        c.drawString(28, 18, f"https://adviser.{WEB[prov]}/secure-messages/view?id={msg_id}")
        c.drawRightString(W - 28, 18, f"{n}/{total}")
        c.setFillGray(0)

    doc = Doc(rng, foot)
    lines = [
        f"Dear {f['adviser']},",
        "",
        "Thank you for the letter of authority we received for our",
        "customer named below. The information you asked for is set",
        "out in this message.",
        "",
        f"Customer name ......... {p['title']} {p['name']}",
        f"Date of birth ......... {fmt_date(p['dob'], dstyle)}",
    ]
    if ni_show:
        lines.append(f"NI number ............. {p['ni']}")
    lines += [
        f"Policy number ......... {pol_print}",
        f"Product ............... {label}",
        f"Start date ............ {fmt_date(start, dstyle)}",
        f"Valuation date ........ {fmt_date(val_day, dstyle)}",
        f"Current value ......... GBP {money(value)}",
        f"{tv_label} {'.' * (21 - len(tv_label))} GBP {money(transfer)}",
    ]
    if freq == "single":
        lines.append(f"Premium ............... Single premium GBP {money(contrib)} (paid {fmt_date(start, dstyle)})")
    elif contrib:
        lines.append(f"Regular premium ....... GBP {money(contrib)} {freq}")
    else:
        lines.append("Regular premium ....... None - plan is paid up")
    lines.append(f"Annual mgmt charge .... {charge}%" if charge else "Annual mgmt charge .... see fund factsheets")
    if plan_type != "onshore_bond":
        lines.append(f"Selected ret. age ..... {rng.choice([60, 65, 66, 67, 68])}")
    if transfer < value:
        lines.append(f"Note: the {tv_label.lower()} is after an early exit charge.")
    lines += ["", "FUND BREAKDOWN", ""]
    ph = "Price(p)" if pence else "Price"
    head = f"{'Fund':<{namew}} " + (f"{'ISIN':<12} " if isin_col else "") + f"{'Units':>12} {ph:>9} {'Value GBP':>11}"
    lines += [head, "-" * len(head)]
    starts = []
    for h in funds:
        starts.append(len(lines))
        parts = textwrap.wrap(h["fund_name"], namew)
        tail = (
            f"{h['isin']:<12} " if isin_col else ""
        ) + f"{grouped(h['units']):>12} {h['unit_price']:>9} {money(h['value']):>11}"
        lines.append(f"{parts[0]:<{namew}} {tail}")
        lines += [f"  {x}" for x in parts[1:]]
    lines += ["-" * len(head), f"{'TOTAL':<{len(head) - 12}} {money(value):>11}", ""]
    split = starts[rng.randrange(1, len(funds))] if len(funds) > 1 and rng.random() < 0.5 else len(lines)

    def mono(c, block, y):
        c.setFont("Courier", 8.4)
        for ln in block:
            c.drawString(48, y, ln)
            y -= 10.6
        return y

    @doc.page()
    def p1(c):
        c.setFillGray(0.93)
        c.rect(28, H - 78, W - 56, 44, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, H - 56, prov)
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 70, "Adviser centre  >  Messages  >  Inbox")
        y = H - 100
        for k, v in [
            ("From", f"{prov} Adviser Services"),
            ("To", f"{f['adviser']} ({f['name']})"),
            ("Sent", stamp),
            ("Subject", f"LOA response - {pol_print} - {p['surname']}"),
            ("Attachments", "none"),
        ]:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(40, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(110, y, v)
            y -= 12
        c.line(28, y + 2, W - 28, y + 2)
        mono(c, lines[:split], y - 16)

    @doc.page()
    def p2(c):
        y = mono(c, lines[split:], H - 60)
        y -= 6
        for t in [
            "Values are not guaranteed and will change with fund prices. Where a market value reduction or an "
            "exit charge applies, the transfer or surrender value shown already allows for it.",
            "Kind regards,",
            f"Adviser Services Team, {prov}",
            "This message was sent through our secure messaging service. Please do not reply to the notification "
            "email; reply in the adviser centre instead.",
        ]:
            y = para(c, t, 48, y, W - 96, size=8.6)

    rec = plan_record(
        prov,
        pol,
        p,
        plan_type,
        val_day,
        value,
        transfer,
        contrib,
        freq,
        charge,
        fake.truth_holdings(funds),
        ni=ni_show,
        address=False,
    )
    return doc, rec


# ------------------------------------------------------------------ statements
def addr_block(c, p, x, y, size=9.5):
    c.setFont("Helvetica", size)
    for ln in [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]:
        c.drawString(x, y, ln)
        y -= size + 2.5
    return y


def statement_newsletter(rng, used):
    p = fake.person(rng, used)
    prov = rng.choice(PENSION_HOUSES)
    plan_type = (
        "workplace_pension"
        if prov in WORKPLACE_ONLY
        else rng.choice(["personal_pension", "stakeholder_pension", "workplace_pension", "personal_pension"])
    )
    label = rng.choice(PLAN_LABEL[plan_type])
    pol_print, pol = polnum(rng, rng.choice(["pp", "slash", "digits", "ul"]))
    end = rng.choice([date(2026, 3, 31), date(2026, 4, 5), date(2025, 12, 31), date(2026, 6, 30)])
    start = {
        (3, 31): date(end.year - 1, 4, 1),
        (4, 5): date(end.year - 1, 4, 6),
        (12, 31): date(end.year, 1, 1),
        (6, 30): date(end.year - 1, 7, 1),
    }[(end.month, end.day)]
    pence = rng.random() < 0.3
    funds = fake.holdings(rng, "pension", rng.randrange(2, 5), pence, rng.random() < 0.6)
    value = sum(Decimal(h["value"]) for h in funds)
    own = Decimal(rng.choice([50, 80, 100, 125, 150, 200, 250]))
    employer = Decimal(rng.choice([40, 60, 90, 120])) if plan_type == "workplace_pension" else Decimal(0)
    monthly = own + employer
    paid_in = monthly * 12
    charges = q2(value * Decimal(rng.randrange(30, 90)) / 10000)
    growth = q2(value * Decimal(rng.randrange(-40, 110)) / 1000)
    opening = value - paid_in + charges - growth
    transfer = value if rng.random() < 0.75 else value - q2(value * Decimal("0.03"))
    charge = rng.choice(["0.75", "0.50", "0.30", "1.00", "0.40"])
    show_ni = rng.random() < 0.7
    projection = q2(value * Decimal(rng.randrange(4, 9)) / 100)
    ret_age = rng.choice([65, 66, 67, 68])
    employer_name = rng.choice(
        ["Hallam Precision Castings Ltd", "Brindley Care Homes", "Northgate Print Works", "Kelso Veterinary Group"]
    )
    cl, cr, cw = 42, 306, 248
    doc = Doc(rng, web_footer(prov, "Please keep this review with your pension papers."))

    def heading(c, t, x, y):
        c.setFillColorRGB(0.1, 0.3, 0.5)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x, y, t)
        c.setFillGray(0)
        c.setStrokeColorRGB(0.1, 0.3, 0.5)
        c.line(x, y - 3, x + cw, y - 3)
        c.setStrokeGray(0)
        return y - 16

    def kv(c, rows, x, y, size=8.6):
        for k, v in rows:
            c.setFont("Helvetica", size)
            c.drawString(x, y, k)
            c.setFont("Helvetica-Bold", size)
            c.drawRightString(x + cw, y, v)
            y -= size + 4
        return y - 4

    @doc.page()
    def p1(c):
        c.setFillColorRGB(0.1, 0.3, 0.5)
        c.rect(0, H - 64, W, 64, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(cl, H - 38, prov)
        c.setFont("Helvetica", 10)
        c.drawRightString(W - 42, H - 34, "Your pension review")
        c.drawRightString(W - 42, H - 48, f"Year to {long_date(end)}")
        c.setFillGray(0)
        addr_block(c, p, cl + 8, H - 110)
        yl = H - 200
        yl = para(c, f"Hello {p['first']},", cl, yl, cw, size=9.2)
        yl = para(
            c,
            f"This is your yearly review of your {label}. It shows what has happened to your plan between "
            f"{long_date(start)} and {long_date(end)}, what it could be worth when you retire, and what you can do "
            "now.",
            cl,
            yl,
            cw,
            size=8.8,
        )
        yl = heading(c, "Your details", cl, yl - 4)
        rows = [("Name", p["name"]), ("Date of birth", fmt_date(p["dob"], "long"))]
        if show_ni:
            rows.append(("National Insurance number", spaced_ni(p["ni"])))
        rows += [("Plan number", pol_print), ("Selected retirement age", str(ret_age))]
        if plan_type == "workplace_pension":
            rows.append(("Employer", employer_name))
        yl = kv(c, rows, cl, yl)
        yl = heading(c, "Tell us if something has changed", cl, yl - 4)
        para(
            c,
            "If your address, name or health has changed, or you want to change who should receive your "
            "pension if you die, please let us know. You can do most of this online.",
            cl,
            yl,
            cw,
            size=8.4,
        )
        yr = H - 96
        c.setFont("Helvetica", 8)
        c.drawString(cr, yr, f"Plan number: {pol_print}")
        c.drawString(cr, yr - 11, f"Statement date: {fmt_date(end + timedelta(days=doc.r.randrange(10, 40)), 'slash')}")
        yr = H - 200
        c.setFillGray(0.94)
        c.rect(cr - 6, yr - 108, cw + 12, 122, stroke=0, fill=1)
        c.setFillGray(0)
        yr = heading(c, "Your plan at a glance", cr, yr)
        yr = kv(
            c,
            [
                (f"Value on {long_date(start)}", f"\u00a3{money(opening)}"),
                ("Payments in", f"\u00a3{money(paid_in)}"),
                ("Charges taken", f"-\u00a3{money(charges)}"),
                (
                    "Investment growth" if growth >= 0 else "Investment loss",
                    f"{'' if growth >= 0 else '-'}\u00a3{money(abs(growth))}",
                ),
            ],
            cr,
            yr,
        )
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(cr, yr, f"Value on {long_date(end)}")
        c.drawRightString(cr + cw, yr, f"\u00a3{money(value)}")
        yr -= 34
        yr = heading(c, "Your payments", cr, yr)
        if plan_type == "workplace_pension":
            t = (
                f"You pay \u00a3{money(own)} and {employer_name} pays \u00a3{money(employer)} each month, so "
                f"\u00a3{money(monthly)} a month in total goes into your plan, including tax relief."
            )
        else:
            t = f"You pay \u00a3{money(monthly)} each month by direct debit, including basic-rate tax relief."
        yr = para(c, t, cr, yr, cw, size=8.8)
        yr = heading(c, "What could I get?", cr, yr - 4)
        para(
            c,
            f"If you keep paying in, you could get about \u00a3{money(projection)} a year from age {ret_age}, in "
            "today's money. This is an estimate, not a promise: it assumes investment growth and inflation of "
            "2.5% a year, and it will change.",
            cr,
            yr,
            cw,
            size=8.6,
        )

    @doc.page()
    def p2(c):
        yl = H - 60
        yl = heading(c, f"Your investments on {long_date(end)}", cl, yl)
        c.setFont("Helvetica-Bold", 7.4)
        c.drawString(cl, yl, "Fund")
        c.drawRightString(cl + 150, yl, "Units")
        c.drawRightString(cl + 198, yl, "Price (p)" if pence else "Price (\u00a3)")
        c.drawRightString(cl + cw, yl, "Value (\u00a3)")
        yl -= 12
        for h in funds:
            parts = simpleSplit(h["fund_name"], "Helvetica", 7.6, 100)
            c.setFont("Helvetica", 7.6)
            c.drawString(cl, yl, parts[0])
            c.drawRightString(cl + 150, yl, grouped(h["units"]))
            c.drawRightString(cl + 198, yl, h["unit_price"])
            c.drawRightString(cl + cw, yl, money(h["value"]))
            for k, part in enumerate(parts[1:], 1):
                c.drawString(cl, yl - 9 * k, part)
            yl -= 9 * len(parts)
            if h["isin"]:
                c.setFont("Helvetica", 6.4)
                c.setFillGray(0.35)
                c.drawString(cl, yl, f"ISIN {h['isin']}")
                c.setFillGray(0)
                yl -= 8
            yl -= 5
        c.line(cl, yl + 6, cl + cw, yl + 6)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(cl, yl - 4, "Total")
        c.drawRightString(cl + cw, yl - 4, money(value))
        yl -= 28
        yl = heading(c, "How your money is invested", cl, yl)
        yl = para(
            c,
            "Your plan invests in the funds above. Fund prices can fall as well as rise. You can switch "
            "funds at any time without charge; ask us for the fund guide.",
            cl,
            yl,
            cw,
            size=8.4,
        )
        yl = heading(c, "Pension news", cl, yl - 6)
        para(
            c,
            "The minimum age at which most people can take money from a personal or workplace pension is due to "
            "rise from 55 to 57 in April 2028. If you were thinking of taking benefits around then, we will write to "
            "you before your plan is affected. Scams are on the rise: never agree to a free pension review from "
            "someone who calls you out of the blue.",
            cl,
            yl,
            cw,
            size=8.2,
        )
        yr = H - 60
        yr = heading(c, "If you want to move your pension", cr, yr)
        yr = para(
            c,
            f"The transfer value of your plan on {long_date(end)} was \u00a3{money(transfer)}."
            + (" This is less than its value because an early exit charge applies." if transfer < value else ""),
            cr,
            yr,
            cw,
            size=8.8,
        )
        yr = heading(c, "Charges", cr, yr - 4)
        yr = para(
            c,
            f"We take an annual management charge of {charge}% a year of the value of your plan. Fund "
            "charges are included. The charges taken this year are shown on page 1.",
            cr,
            yr,
            cw,
            size=8.8,
        )
        yr = heading(c, "Things you should know", cr, yr - 4)
        for t in [
            "You can usually take money from your pension from age 55 (57 from 2028).",
            "Free guidance is available from MoneyHelper's Pension Wise service.",
            "Past performance is not a guide to future returns.",
        ]:
            yr = para(c, "\u2022 " + t, cr, yr, cw, size=8.2)

    rec = plan_record(
        prov,
        pol,
        p,
        plan_type,
        end,
        value,
        transfer,
        monthly,
        "monthly",
        charge,
        fake.truth_holdings(funds),
        ni=show_ni,
        period_start=start,
        statement=True,
    )
    return doc, rec


def statement_transposed(rng, used):
    p = fake.person(rng, used)
    prov = rng.choice(SAVINGS_HOUSES)
    plan_type = rng.choice(["isa", "gia", "onshore_bond", "isa"])
    label = rng.choice(PLAN_LABEL[plan_type])
    pol_print, pol = polnum(rng, rng.choice(["isa" if plan_type == "isa" else "bond", "digits", "slash"]))
    half = rng.random() < 0.5
    end = rng.choice([date(2026, 4, 5), date(2026, 3, 31), date(2025, 12, 31), date(2026, 6, 30)])
    if end.month == 4:
        start = date(2025, 10, 6) if half else date(2025, 4, 6)
    elif end.month == 3:
        start = date(2025, 10, 1) if half else date(2025, 4, 1)
    elif end.month == 12:
        start = date(2025, 7, 1) if half else date(2025, 1, 1)
    else:
        start = date(2026, 1, 1) if half else date(2025, 7, 1)
    pence = rng.random() < 0.45
    kind = "bond" if plan_type == "onshore_bond" else "isa"
    funds = fake.holdings(rng, kind, rng.randrange(2, 5), pence, rng.random() < 0.7)
    value = sum(Decimal(h["value"]) for h in funds)
    if plan_type == "onshore_bond":
        contrib, freq = None, None
        withdrawn = q2(value * Decimal("0.025") if half else value * Decimal("0.05"))
    else:
        contrib, freq = rng.choice(
            [
                (Decimal("100.00"), "monthly"),
                (Decimal("250.00"), "monthly"),
                (None, None),
                (Decimal("50.00"), "monthly"),
            ]
        )
        withdrawn = Decimal(0)
    months = 6 if half else 12
    paid = (contrib or 0) * months
    change = q2(value * Decimal(rng.randrange(-30, 80)) / 1000)
    opening = value - paid + withdrawn - change
    charge = rng.choice(["0.45", "0.15", "1.00", None, "0.35"])
    show_dob = rng.random() < 0.5
    show_ni = plan_type == "isa" and rng.random() < 0.5
    doc = Doc(rng, web_footer(prov))

    @doc.page()
    def p1(c):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(48, H - 60, prov)
        c.setLineWidth(2)
        c.line(48, H - 68, W - 48, H - 68)
        c.setLineWidth(1)
        addr_block(c, p, 56, H - 120)
        c.setFont("Helvetica", 8.5)
        yr = H - 120
        rows = [
            ("Account number", pol_print),
            ("Product", label),
            ("Statement produced", fmt_date(end + timedelta(days=doc.r.randrange(7, 30)), "slash")),
        ]
        if show_dob:
            rows.append(("Date of birth", fmt_date(p["dob"], "slash")))
        if show_ni:
            rows.append(("NI number", spaced_ni(p["ni"])))
        for k, v in rows:
            c.drawString(340, yr, k)
            c.drawString(440, yr, v)
            yr -= 12
        y = H - 230
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, y, f"Your {'half-yearly' if half else 'annual'} statement")
        c.setFont("Helvetica", 10)
        c.drawString(48, y - 16, f"for the period {long_date(start)} to {long_date(end)}")
        y -= 46
        summary = [(f"Value on {long_date(start)}", opening), ("Money paid in", paid)]
        if withdrawn:
            summary.append(("Regular withdrawals paid to you", -withdrawn))
        summary += [("Change in value of investments", change)]
        c.setLineWidth(0.5)
        for k, v in summary:
            c.setFont("Helvetica", 9.5)
            c.drawString(56, y, k)
            c.drawRightString(W - 60, y, f"{'-' if v < 0 else ''}\u00a3{money(abs(v))}")
            c.line(48, y - 5, W - 48, y - 5)
            y -= 19
        c.setFillGray(0.9)
        c.rect(48, y - 7, W - 96, 20, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(56, y, f"Value on {long_date(end)}")
        c.drawRightString(W - 60, y, f"\u00a3{money(value)}")
        y -= 36
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Your regular savings and charges")
        y -= 15
        t = (
            f"You are saving \u00a3{money(contrib)} a month by direct debit on the 1st of each month."
            if contrib
            else "You are not paying regular savings into this account at the moment."
        )
        if withdrawn:
            t = (
                f"You take a regular withdrawal of {'2.5%' if half else '5%'} of the amount invested each "
                f"period; \u00a3{money(withdrawn)} was paid to you."
            )
        t += (
            f" Our annual management charge is {charge}% a year, taken monthly from your account."
            if charge
            else " Charges are shown in your separate costs and charges statement."
        )
        y = para(c, t, 48, y, W - 96, size=9.2)
        y -= 8
        para(
            c,
            "Your holdings on the valuation date are shown overleaf with one column for each fund. "
            "If you think anything in this statement is wrong, please contact us within 30 days.",
            48,
            y,
            W - 96,
            size=8.6,
        )

    @doc.page()
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 60, f"Your holdings on {long_date(end)}")
        lab = 100
        n = len(funds)
        cw = (W - 96 - lab) / n
        x0 = 48 + lab
        y = H - 84
        heads = [simpleSplit(h["fund_name"], "Helvetica-Bold", 8, cw - 8) for h in funds]
        hh = 11 * max(len(x) for x in heads) + 8
        c.setFillGray(0.88)
        c.rect(48, y - hh, W - 96, hh, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y - 12, "Fund")
        for i, lines_ in enumerate(heads):
            for k, ln in enumerate(lines_):
                c.drawString(x0 + i * cw + 4, y - 12 - 11 * k, ln)
        y -= hh
        rows = []
        if any(h["isin"] for h in funds):
            rows.append(("ISIN", [h["isin"] or "-" for h in funds]))
        rows += [
            ("Units held", [grouped(h["units"]) for h in funds]),
            ("Price (p)" if pence else "Price (\u00a3)", [h["unit_price"] for h in funds]),
            ("Value (\u00a3)", [money(h["value"]) for h in funds]),
        ]
        for label_, cells in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(52, y - 13, label_)
            c.setFont("Helvetica", 8.8)
            for i, v in enumerate(cells):
                c.drawRightString(x0 + (i + 1) * cw - 6, y - 13, v)
            c.line(48, y - 18, W - 48, y - 18)
            y -= 18
        for i in range(n + 1):
            c.line(x0 + i * cw, H - 84, x0 + i * cw, y)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(52, y - 18, "Total value of your holdings")
        c.drawRightString(W - 54, y - 18, f"\u00a3{money(value)}")
        y -= 52
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Transactions in the period")
        y -= 16
        c.setFont("Helvetica-Bold", 8)
        for x, t in [(52, "Date"), (120, "Description"), (380, "Amount (\u00a3)"), (470, "Units")]:
            c.drawString(x, y, t)
        y -= 12
        c.setFont("Helvetica", 8)
        d = start
        nt = months if contrib or withdrawn else doc.r.randrange(2, 4)
        for k in range(nt):
            d = start + timedelta(days=round((k + 0.5) * (end - start).days / nt))
            h = doc.r.choice(funds)
            if withdrawn:
                amt = q2(withdrawn / nt) if k < nt - 1 else withdrawn - q2(withdrawn / nt) * (nt - 1)
            else:
                amt = contrib if contrib else q2(Decimal(doc.r.randrange(500, 5000)) / 100)
            desc = (
                "Regular saving - purchase" if contrib else ("Withdrawal - sale" if withdrawn else "Income reinvested")
            )
            c.drawString(52, y, fmt_date(d, "slash"))
            c.drawString(120, y, f"{desc}: {h['fund_name'][:34]}")
            c.drawString(380, y, money(amt))
            c.drawString(470, y, f"{Decimal(doc.r.randrange(1000, 90000)) / 1000:.3f}")
            y -= 11
        y -= 16
        para(
            c,
            "The value of your investments and any income from them can go down as well as up. Prices are "
            "those at the valuation point on the last business day of the period.",
            48,
            y,
            W - 96,
            size=7.8,
        )

    rec = plan_record(
        prov,
        pol,
        p,
        plan_type,
        end,
        value,
        None,
        contrib,
        freq,
        charge,
        fake.truth_holdings(funds),
        dob=show_dob,
        ni=show_ni,
        period_start=start,
        statement=True,
    )
    return doc, rec


# ------------------------------------------------------------------ output
def text_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("document")
    for i in range(len(doc.pages)):
        doc.draw(c, i)
        c.showPage()
    c.save()
    return buf.getvalue()


def degrade(img: Image.Image, rng: random.Random, bilevel: bool) -> Image.Image:
    g = img.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(2.5, 6.5), a.shape)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(
        ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1))
    )
    return g.point(lambda v: 255 if v > 155 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool, bilevel: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    dpi = rng.choice([200, 240, 300]) if bilevel else rng.choice([200, 200, 240])
    quality = rng.randrange(30, 52)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("scan")
    for i in range(len(src)):
        if mixed and i == 0:
            doc.draw(c, 0)
        else:
            pw, ph = src[i].get_size()
            c.setPageSize((pw, ph))
            img = degrade(src[i].render(scale=dpi / 72).to_pil(), rng, bilevel)
            if bilevel:
                # a true 1-bit image: reportlab would widen it to 8-bit RGB, so its stream is replaced by the
                # packed bits (1 = white, as DeviceGray reads them), Flate-compressed as a PNG's are
                made = {"imgObj": None}
                c.drawImage(ImageReader(img.convert("L")), 0, 0, pw, ph, extraReturn=made)
                obj = made["imgObj"]
                obj.streamContent = zlib.compress(img.tobytes(), 9)
                obj._filters = ("FlateDecode",)
                obj.bitsPerComponent = 1
                obj.colorSpace = "DeviceGray"
            else:
                ib = io.BytesIO()
                img.save(ib, "JPEG", quality=quality)
                ib.seek(0)
                c.drawImage(ImageReader(ib), 0, 0, pw, ph)
        c.showPage()
    c.save()
    src.close()
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", required=True)
    args = ap.parse_args()
    rng = random.Random(int(args.seed))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("h19-*"):
        old.unlink()
    makers = {
        "loa-tear-off-slip": loa_slip,
        "loa-continuation-sheet": loa_continuation,
        "reply-wide-holdings-export": reply_wide_export,
        "reply-secure-message-print": reply_secure_message,
        "statement-newsletter-columns": statement_newsletter,
        "statement-transposed-fund-grid": statement_transposed,
    }
    unsigned = {("loa-tear-off-slip", i) for i in (1, 6, 10)} | {("loa-continuation-sheet", i) for i in (3, 8, 12)}
    nscan = {"reply-wide-holdings-export": 4, "statement-newsletter-columns": 4}  # 3 for each other variant: 20
    scans = {v: sorted(rng.sample(range(n), nscan.get(v, 3))) for v, n in COUNTS.items()}
    mixed = {
        ("reply-wide-holdings-export", scans["reply-wide-holdings-export"][0]),
        ("statement-newsletter-columns", scans["statement-newsletter-columns"][0]),
    }
    sigkinds = ["strokes", "bezier", "image", "typed"]
    items, used, nsig = [], set(), 0
    for v, n in COUNTS.items():
        for i in range(n):
            if VARIANTS[v] == "loa":
                signed = (v, i) not in unsigned
                doc, rec = makers[v](rng, used, signed, sigkinds[nsig % 4])
                nsig += signed
            else:
                doc, rec = makers[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    nbilevel = 0
    for k, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        if is_scan:
            nbilevel += 1
            data = scan_pdf(doc, rng, is_mixed, bilevel=nbilevel % 3 == 0)
        else:
            data = text_pdf(doc)
        name = f"h19-{k:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
