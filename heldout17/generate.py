#!/usr/bin/env python3
"""heldout17: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout17/generate.py --out heldout17/docs --seed 20261217
"""

# ruff: noqa: D102, D103, B905  (small drawing helpers and layouts; column lists may outrun their headings)
from __future__ import annotations

import argparse
import io
import json
import random
import sys
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
import people as P  # noqa: E402
from people import dmy, long, money, q2  # noqa: E402

rl_config.invariant = 1
PORTRAIT = A4
LANDSCAPE = landscape(A4)
VARIANTS = {
    "loa-executors-estate": "loa",
    "loa-crm-plan-grid": "loa",
    "reply-landscape-plan-status": "loa_response",
    "reply-buyout-guarantees-letter": "loa_response",
    "statement-dfm-sector-valuation": "annual_statement",
    "statement-offshore-bond-currency": "annual_statement",
}
COUNTS = {
    "loa-executors-estate": 13,
    "loa-crm-plan-grid": 13,
    "reply-landscape-plan-status": 14,
    "reply-buyout-guarantees-letter": 13,
    "statement-dfm-sector-valuation": 14,
    "statement-offshore-bond-currency": 13,
}
SCANS = {
    "loa-executors-estate": 3,
    "loa-crm-plan-grid": 3,
    "reply-landscape-plan-status": 4,
    "reply-buyout-guarantees-letter": 3,
    "statement-dfm-sector-valuation": 4,
    "statement-offshore-bond-currency": 3,
}
MIXED_IN = ("reply-landscape-plan-status", "statement-dfm-sector-valuation")
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
    "ReAssure": "reassure.co.uk",
    "Utmost Life and Pensions": "utmost.co.uk",
    "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk",
    "Fidelity": "fidelity.co.uk",
    "Quilter": "quilter.com",
    "Wealthtime": "wealthtime.com",
    "Parmenion": "parmenion.co.uk",
    "7IM": "7im.co.uk",
    "Wesleyan": "wesleyan.co.uk",
    "LV=": "lv.com",
}
LOA_TO = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Zurich",
    "Prudential",
    "Canada Life",
    "Phoenix Life",
    "ReAssure",
    "Wesleyan",
    "LV=",
    "AJ Bell",
    "Fidelity",
]
SCHEDULE_FROM = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Zurich",
    "Prudential",
    "Canada Life",
    "Phoenix Life",
]
BUYOUT_FROM = [
    "Phoenix Life",
    "ReAssure",
    "Aviva",
    "Royal London",
    "Aegon",
    "Scottish Widows",
    "Standard Life",
    "Utmost Life and Pensions",
    "Prudential",
    "Canada Life",
]
DFM_FROM = ["7IM", "Parmenion", "Quilter", "Wealthtime"]
OFFSHORE_FROM = ["Canada Life", "Prudential", "Zurich"]
SIGN_STYLES = ["strokes", "bezier", "image", "typed"]


# ------------------------------------------------------------------ drawing helpers
class Doc:
    """A document as page-drawing functions, so a scan can redraw its first page with its text layer."""

    def __init__(self, provider: str, rng: random.Random, size=PORTRAIT, footer_web: bool = True):
        self.pages: list = []
        self.provider = provider
        self.size = size
        self.footer_web = footer_web
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)
        self.small = ""

    def page(self, fn):
        self.pages.append(fn)
        return fn

    def draw(self, c, i: int) -> None:
        self.r.seed(self.seed * 17 + i)
        c.setPageSize(self.size)
        self.pages[i](c)
        footer(c, self, i + 1, len(self.pages))


def footer(c, doc: Doc, n: int, total: int) -> None:
    w, _ = doc.size
    c.setFillGray(0.4)
    c.setFont("Helvetica", 6.5)
    if doc.small:
        c.drawString(40, 40, doc.small)
    c.setFont("Helvetica", 7)
    web = WEB.get(doc.provider)
    if doc.footer_web and web:
        c.drawString(40, 26, f"www.{web}")
    c.drawCentredString(w / 2, 26, f"Page {n} of {total}")
    c.setFillGray(0)


def para(c, text, x, y, width, font="Helvetica", size=9.5, lead=12.5) -> float:
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 3


def rule(c, x0, y, x1, width=0.5, gray=0.0):
    c.setStrokeGray(gray)
    c.setLineWidth(width)
    c.line(x0, y, x1, y)
    c.setStrokeGray(0)
    c.setLineWidth(1)


def lines_at(c, x, y, lines, font="Helvetica", size=9.5, lead=12.0) -> float:
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


def brand(c, provider: str, x: float, y: float, size=17) -> None:
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y, provider)


def sign(c, style: str, rng: random.Random, x: float, y: float, name: str, when: date) -> None:
    """Ink (or an e-signature mark) on a signature line at (x, y); four styles."""
    if style == "strokes":
        c.setStrokeColorRGB(0.08, 0.12, 0.45)
        c.setLineWidth(1.3)
        px, py = x + 4, y + 10
        path = c.beginPath()
        path.moveTo(px, py)
        for _ in range(rng.randrange(10, 18)):
            px += rng.uniform(4, 10)
            py = min(max(py + rng.uniform(-9, 9), y + 2), y + 24)
            path.lineTo(px, py)
        c.drawPath(path, stroke=1, fill=0)
        c.line(x + 8, y + 4, px - 10, y + 6)
    elif style == "bezier":
        c.setStrokeColorRGB(0.05, 0.05, 0.1)
        c.setLineWidth(1.1)
        path = c.beginPath()
        px, py = x + 6, y + 8
        path.moveTo(px, py)
        for _ in range(rng.randrange(4, 7)):
            nx = px + rng.uniform(14, 26)
            path.curveTo(
                px + rng.uniform(0, 8),
                py + rng.uniform(8, 22),
                nx - rng.uniform(0, 8),
                y + rng.uniform(-4, 6),
                nx,
                y + rng.uniform(4, 18),
            )
            px, py = nx, y + 10
        c.drawPath(path, stroke=1, fill=0)
    elif style == "image":
        w, h = 150, 40
        im = Image.new("RGB", (w * 3, h * 3), (252, 251, 247))
        d = ImageDraw.Draw(im)
        pts, px, py = [], 10.0, h * 1.5
        for _ in range(rng.randrange(12, 22)):
            px += rng.uniform(8, 24)
            py = min(max(py + rng.uniform(-30, 30), 12), h * 3 - 12)
            pts.append((px, py))
        d.line(pts, fill=(30, 40, 110), width=5, joint="curve")
        d.arc([20, 20, 120, h * 3 - 20], 90, 300, fill=(30, 40, 110), width=4)
        im = im.filter(ImageFilter.GaussianBlur(0.9))
        buf = io.BytesIO()
        im.save(buf, "PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), x, y - 2, 130, 34)
    else:  # typed e-signature mark
        c.setFont("Times-Italic", 15)
        c.setFillColorRGB(0.1, 0.1, 0.35)
        c.drawString(x + 4, y + 13, name)
        c.setFont("Helvetica", 5.5)
        c.drawString(
            x + 4,
            y + 4,
            f"Electronically signed {dmy(when)} {rng.randrange(8, 20):02d}:{rng.randrange(60):02d}"
            f" | signer verified by email | ref ES-{P.digits(rng, 8)}",
        )
    c.setFillGray(0)
    c.setStrokeGray(0)
    c.setLineWidth(1)


def pol(rng: random.Random, style: str) -> tuple[str, str]:
    """A plan number (as printed, and as the truth holds it: inner spaces removed)."""
    d = lambda n: P.digits(rng, n)  # noqa: E731
    printed = {
        "a": f"{rng.choice('ABDHKMPRT')}{d(8)}",
        "b": f"{d(4)} {d(4)}",
        "c": f"{rng.choice(['PP', 'SP', 'IB', 'RA'])}{d(6)}{rng.choice('XYZ')}",
        "d": f"{d(3)}-{d(5)}-{d(2)}",
        "e": f"S32/{d(6)}",
        "r": f"RAC/{d(6)}",
        "f": f"{d(10)}",
        "g": f"{rng.choice(['POR', 'DMP'])}{d(7)}",
        "h": f"{rng.choice(['IPB', 'EB'])} {d(4)} {d(4)}",
    }[style]
    return printed, printed.replace(" ", "")


def po_box(rng: random.Random) -> list[str]:
    town, outward = rng.choice(P.TOWNS)
    return ["Customer Services", f"PO Box {rng.randrange(100, 9999)}", town, P.postcode(rng, outward)]


def units_price_value(rng, pence: bool, price_range=(0.6, 6.0)):
    units = Decimal(rng.randrange(200000, 7000000)) / 1000
    if pence:
        price = Decimal(rng.randrange(6000, 480000)) / 100
        return units, price, q2(units * price / 100)
    price = Decimal(rng.randrange(int(price_range[0] * 10000), int(price_range[1] * 10000))) / 10000
    return units, price, q2(units * price)


def holding(name, isin, units: str, price: str, value: Decimal, pence: bool) -> dict:
    return {
        "fund_name": name,
        "isin": isin,
        "units": units,
        "unit_price": price,
        "value": f"{value:.2f}",
        "price_currency": "GBX" if pence else "GBP",
    }


def record(doc_type: str, **kv) -> dict:
    common = {
        "provider": None,
        "client_title": None,
        "client_name": None,
        "client_dob": None,
        "ni_number": None,
        "client_address": None,
        "client_postcode": None,
    }
    if doc_type == "loa":
        base = {
            "provider": None,
            "policy_numbers": [],
            **{k: v for k, v in common.items() if k != "provider"},
            "adviser_firm": None,
            "fca_frn": None,
            "adviser_name": None,
            "date_signed": None,
            "signature_present": False,
        }
    else:
        plan = {"plan_type": None, "valuation_date": None}
        if doc_type == "annual_statement":
            plan["period_start"] = None
        base = {
            "provider": None,
            "policy_number": None,
            **{k: v for k, v in common.items() if k != "provider"},
            **plan,
            "plan_value": None,
            "transfer_value": None,
            "regular_contribution": None,
            "contribution_frequency": None,
            "annual_charge_percent": None,
            "holdings": [],
        }
    for k, v in kv.items():
        assert k in base, k
        base[k] = v
    return base


def client_fields(p: dict, dob=True, ni=True, addr=True, title=True) -> dict:
    return {
        "client_title": p["title"] if title else None,
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat() if dob else None,
        "ni_number": p["ni"] if ni else None,
        "client_address": ", ".join(p["lines"]) if addr else None,
        "client_postcode": p["postcode"] if addr else None,
    }


# ------------------------------------------------------------------ LoA 1: executors of an estate
def loa_executors(rng, used, signed, style):
    prov = rng.choice(LOA_TO)
    dec = P.person(rng, used, born=(1931, 1958))
    died = date(2025, 6, 1) + timedelta(days=rng.randrange(0, 200))
    n_ex = rng.choice([1, 2, 2])
    execs = [P.person(rng, used, born=(1955, 1990)) for _ in range(n_ex)]
    rel = rng.sample(["Son", "Daughter", "Nephew", "Niece", "Friend", "Solicitor", "Brother", "Sister"], n_ex)
    firm, adv, firm_lines, firm_pc = P.adviser(rng)
    pols = [pol(rng, rng.choice("abcdf")) for _ in range(rng.choice([1, 1, 2, 3]))]
    when = died + timedelta(days=rng.randrange(30, 150)) if signed else None
    dob_shown = P.dob_text(rng, dec["dob"])
    ni_shown = P.ni_spaced(dec["ni"]) if rng.random() < 0.5 else dec["ni"]
    grant = rng.random() < 0.6
    doc = Doc(prov, rng, footer_web=False)
    doc.small = f"{firm} | Estate administration authority | Please retain a copy of this letter for the estate records"
    W, H = doc.size

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 55, firm)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 68, ", ".join(firm_lines + [firm_pc]))
        rule(c, 50, H - 76, W - 50, 1.0)
        y = lines_at(c, 50, H - 100, [prov] + po_box(doc.r), size=9.5)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(
            50, y - 12, f"LETTER OF AUTHORITY: ESTATE OF THE LATE {dec['title'].upper()} {dec['name'].upper()}"
        )
        y -= 32
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "1. Details of the deceased")
        y -= 16
        rows = [
            ("Full name of the deceased", dec["name"]),
            ("Title", dec["title"]),
            ("Last address", ", ".join(dec["lines"])),
            ("Postcode", dec["postcode"]),
            ("Date of birth", dob_shown),
            ("Date of death", long(died)),
            ("National Insurance number", ni_shown),
            ("Policy / plan number(s)", "; ".join(p for p, _ in pols)),
        ]
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(215, y, v)
            rule(c, 212, y - 3, W - 50, 0.3, 0.6)
            y -= 17
        y -= 6
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "2. The personal representatives (executors)")
        y -= 16
        for i, (e, r) in enumerate(zip(execs, rel)):
            c.setFont("Helvetica", 9)
            c.drawString(60, y, f"Executor {i + 1}: {e['title']} {e['name']} ({r} of the deceased)")
            c.drawString(60, y - 12, "Correspondence address: " + ", ".join(e["lines"]) + " " + e["postcode"])
            y -= 30
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "3. Authority")
        y -= 15
        names = " and ".join(f"{e['title']} {e['name']}" for e in execs)
        we = "I" if n_ex == 1 else "We"
        text = (
            f"{we}, {names}, being the executor{'s' if n_ex > 1 else ''} of the estate of the above-named, "
            f"authorise {adv} of {firm} to request and receive full details of the plan(s) listed above, "
            "including the value at the date of death, the current value, any death benefits payable and the "
            "documents needed to claim them. Please send all correspondence to the adviser at the address above. "
            + (
                "A certified copy of the death certificate and of the Grant of Probate is enclosed."
                if grant
                else "A certified copy of the death certificate is enclosed; the Grant of Probate will "
                "follow once it is issued."
            )
            + " This authority does not allow the adviser to surrender or transfer any plan."
        )
        y = para(c, text, 50, y, W - 100, size=9.2, lead=12)
        y -= 6
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "4. Signature" + ("s" if n_ex > 1 else "") + " of the executor" + ("s" if n_ex > 1 else ""))
        y -= 40
        for i, e in enumerate(execs):
            x = 50 + i * 255
            if signed:
                sign(c, style, doc.r, x, y, f"{e['first']} {e['surname']}", when)
            rule(c, x, y, x + 210, 0.6)
            c.setFont("Helvetica", 8)
            c.drawString(x, y - 11, f"Signature of executor {i + 1}: {e['name']}")
        y -= 36
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y, "Date:")
        if signed:
            c.drawString(82, y, dmy(when) if doc.r.random() < 0.6 else long(when))
        rule(c, 80, y - 3, 220, 0.5)

    pv = [p for _, p in pols]
    rec = record(
        "loa",
        provider=prov,
        policy_numbers=pv,
        **client_fields(dec),
        adviser_firm=firm,
        adviser_name=adv,
        date_signed=when.isoformat() if signed else None,
        signature_present=signed,
    )
    return doc, rec


# ------------------------------------------------------------------ LoA 2: a CRM's generated form, plan grid
PLAN_LABELS = [
    "Personal Pension",
    "Stakeholder Pension",
    "Stocks & Shares ISA",
    "Investment Bond",
    "SIPP",
    "Group Personal Pension",
    "Retirement Annuity",
    "Section 32 Buy-Out",
    "Unit Trust Account",
]


def loa_crm(rng, used, signed, style):
    prov = rng.choice(LOA_TO)
    cl = P.person(rng, used)
    firm, adv, firm_lines, firm_pc = P.adviser(rng)
    pols = [pol(rng, rng.choice("abcdfg")) for _ in range(rng.choice([1, 2, 2, 3, 4]))]
    kinds = [rng.choice(PLAN_LABELS) for _ in pols]
    scope = [rng.choice(["Information only", "Information and servicing"]) for _ in pols]
    when = date(2026, 1, 8) + timedelta(days=rng.randrange(0, 130)) if signed else None
    made = (when or date(2026, 2, 1)) - timedelta(days=rng.randrange(0, 9))
    crm_ref = f"CL-{P.digits(rng, 6)}"
    dob_shown = P.dob_text(rng, cl["dob"])
    ni_shown = P.ni_spaced(cl["ni"]) if rng.random() < 0.4 else cl["ni"]
    forenames = " ".join(x for x in (cl["first"], cl["middle"]) if x)
    doc = Doc(prov, rng, footer_web=False)
    doc.small = (
        f"Generated by AdviserDesk client records v4.2 | {crm_ref} | {dmy(made)} | Do not alter this form by hand"
    )
    W, H = doc.size

    @doc.page
    def p1(c):
        c.setFillGray(0.88)
        c.rect(40, H - 78, W - 80, 44, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 54, firm)
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 68, ", ".join(firm_lines) + " " + firm_pc)
        c.drawRightString(W - 50, H - 54, f"Client ref {crm_ref}")
        c.drawRightString(W - 50, H - 68, f"Form generated {dmy(made)}")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, H - 104, "CLIENT AUTHORITY TO RELEASE PLAN INFORMATION")
        c.setFont("Helvetica", 9.5)
        c.drawString(40, H - 122, f"To: {prov}")
        # client grid
        top = H - 140
        cells = [
            ("Title", cl["title"], 40, 90),
            ("Forename(s)", forenames, 130, 170),
            ("Surname", cl["surname"], 300, 130),
            ("Date of birth", dob_shown, 430, W - 470),
        ]
        cells2 = [
            ("NI number", ni_shown, 40, 130),
            ("Address", ", ".join(cl["lines"]), 170, 290),
            ("Postcode", cl["postcode"], 460, W - 500),
        ]
        for row_top, row in ((top, cells), (top - 38, cells2)):
            for label, val, x, w in row:
                c.setLineWidth(0.6)
                c.rect(x, row_top - 34, w, 34, stroke=1, fill=0)
                c.setFont("Helvetica", 7)
                c.drawString(x + 4, row_top - 10, label)
                c.setFont("Helvetica", 9.5 if len(val) < 48 else 8)
                c.drawString(x + 4, row_top - 26, val)
        y = top - 96
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Plans covered by this authority")
        y -= 8
        cols = [40, 170, 290, 420, W - 40]
        heads = ["Provider", "Plan number", "Plan type", "Scope"]
        c.setFillGray(0.2)
        c.rect(40, y - 16, W - 80, 16, fill=1, stroke=0)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 8.5)
        for x, h in zip(cols, heads):
            c.drawString(x + 4, y - 11, h)
        c.setFillGray(0)
        y -= 16
        for (printed, _), k, s in zip(pols, kinds, scope):
            c.setFont("Helvetica", 9)
            for x, v in zip(cols, [prov, printed, k, s]):
                c.drawString(x + 4, y - 12, v)
            y -= 17
            rule(c, 40, y, W - 40, 0.4)
        for x in cols:
            c.setLineWidth(0.4)
            c.line(x, y, x, y + 17 * len(pols) + 16)
        y -= 22
        text = (
            "I authorise the provider named above to release to my adviser, on request, full information about "
            "the plans listed, including current and transfer values, fund holdings, charges, contributions, "
            "guarantees and any benefits on death or retirement. Where the scope says servicing, I also appoint "
            "the firm as my agent for those plans in place of any previous adviser. This authority does not "
            "allow my adviser to move money or change my investments without my further instruction. A copy of "
            "this authority is as valid as the original."
        )
        y = para(c, text, 40, y, W - 80, size=9, lead=11.8)
        y -= 4
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Adviser details")
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 14, f"Adviser: {adv}")
        c.drawString(40, y - 27, f"Firm: {firm}")
        c.drawString(40, y - 40, "Firm reference number: see our website")
        y -= 62
        c.setLineWidth(0.8)
        c.rect(40, y - 74, W - 80, 74, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y - 12, "Client declaration and signature")
        if signed:
            sign(c, style, doc.r, 52, y - 50, f"{cl['first']} {cl['surname']}", when)
        rule(c, 52, y - 52, 280, 0.6)
        c.setFont("Helvetica", 8)
        c.drawString(52, y - 63, "Signature")
        c.drawString(310, y - 30, "Printed name:")
        c.setFont("Helvetica", 9.5)
        c.drawString(372, y - 30, cl["name"])
        c.setFont("Helvetica", 8)
        c.drawString(310, y - 52, "Date signed:")
        c.setFont("Helvetica", 9.5)
        if signed:
            c.drawString(372, y - 52, dmy(when))
        rule(c, 370, y - 55, W - 60, 0.5)

    rec = record(
        "loa",
        provider=prov,
        policy_numbers=[p for _, p in pols],
        **client_fields(cl),
        adviser_firm=firm,
        adviser_name=adv,
        date_signed=when.isoformat() if signed else None,
        signature_present=signed,
    )
    return doc, rec


# ------------------------------------------------------------------ reply 1: landscape schedule, one plan in force
SCHED_TYPES = [
    ("Personal Pension", "personal_pension"),
    ("Stakeholder Pension", "stakeholder_pension"),
    ("Stocks & Shares ISA", "isa"),
    ("Investment Bond", "onshore_bond"),
    ("Self-Invested Personal Pension", "sipp"),
]
ENDED = ["Transferred out", "Surrendered", "Matured", "Paid out", "Cancelled", "Transferred out"]
FUND_WORDS = [
    "Managed",
    "Global Equity",
    "UK Equity Index",
    "Corporate Bond",
    "Cautious Managed",
    "Property",
    "Deposit",
    "Asia Pacific",
    "Sustainable Growth",
    "Gilt",
    "North American",
    "European Index",
    "Multi-Asset 40-60",
    "Strategic Income",
    "Emerging Markets",
    "Balanced Lifestyle",
]


def fund_list(rng, prov, suffix, n):
    words = rng.sample(FUND_WORDS, n)
    style = rng.choice(["{p} {w} {s}", "{w} {s}", "{p} {w}"])
    short = prov.replace("=", "")
    return [style.format(p=short, w=w, s=suffix).strip() for w in words]


def reply_landscape(rng, used):
    prov = rng.choice(SCHEDULE_FROM)
    cl = P.person(rng, used)
    firm, adv, firm_lines, firm_pc = P.adviser(rng)
    label, ptype = rng.choice(SCHED_TYPES)
    vdate = date(2026, 1, 12) + timedelta(days=rng.randrange(0, 120))
    letter = vdate + timedelta(days=rng.randrange(0, 6))
    n_plans = rng.randrange(3, 6)
    live = rng.randrange(n_plans)
    suffix = {"isa": "ISA", "onshore_bond": "Life", "sipp": "Pension"}.get(ptype, "Pension")
    names = fund_list(rng, prov, suffix, rng.randrange(2, 6))
    pence = rng.random() < 0.3
    hold = []
    for nm in names:
        u, pr, v = units_price_value(rng, pence)
        hold.append(
            holding(
                nm,
                P.isin_any(rng) if rng.random() < 0.7 else None,
                f"{u:.3f}",
                f"{pr:.2f}" if pence else f"{pr:.4f}",
                v,
                pence,
            )
        )
    total = sum(Decimal(h["value"]) for h in hold)
    if ptype in ("personal_pension", "onshore_bond") and rng.random() < 0.5:
        tv = q2(total * Decimal(rng.choice(["0.95", "0.97", "0.98"])))
    else:
        tv = total
    if ptype == "onshore_bond":
        contrib, freq, shown_contrib = None, None, "n/a (single premium)"
    elif rng.random() < 0.3:
        contrib, freq, shown_contrib = None, None, "None"
    else:
        contrib = Decimal(rng.choice([50, 75, 100, 125, 150, 200, 250, 300, 400]))
        if rng.random() < 0.75:
            freq, shown_contrib = "monthly", f"£{money(contrib)} monthly"
        else:
            contrib *= 12
            freq, shown_contrib = "annually", f"£{money(contrib)} yearly"
    amc = rng.choice(["0.50", "0.75", "1.00", "0.65", "1.20", "0.45"])
    amc_shown = amc.rstrip("0").rstrip(".") if rng.random() < 0.5 else amc
    plans = []
    for i in range(n_plans):
        if i == live:
            printed, tv_pol = pol(rng, rng.choice("abcf"))
            plans.append(
                (printed, label, "In force", f"£{money(total)}", f"£{money(tv)}", shown_contrib, f"{amc_shown}%")
            )
            policy = tv_pol
        else:
            printed, _ = pol(rng, rng.choice("abcf"))
            lab, _ = rng.choice(SCHED_TYPES)
            ended = date(2008, 1, 1) + timedelta(days=rng.randrange(0, 5500))
            plans.append((printed, lab, f"{rng.choice(ENDED)} {dmy(ended)}", "Nil", "Nil", "-", "-"))
    starts = [date(1999, 4, 6) + timedelta(days=rng.randrange(0, 7000)) for _ in range(n_plans)]
    cust_ref = f"{rng.choice(['CR', 'CUS', 'REF'])}{P.digits(rng, 7)}"
    doc = Doc(prov, rng, size=LANDSCAPE)
    doc.small = (
        f"{prov} plan schedule issued in reply to a letter of authority. Values are not guaranteed and "
        "may go down as well as up."
    )
    W, H = doc.size

    @doc.page
    def p1(c):
        brand(c, prov, 40, H - 50)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 40, H - 44, f"Our reference: {cust_ref}")
        c.drawRightString(W - 40, H - 56, f"Date: {long(letter)}")
        y = lines_at(c, 40, H - 80, [adv, firm] + firm_lines + [firm_pc], size=9)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y - 10, "SCHEDULE OF PLANS HELD")
        c.setFont("Helvetica", 9)
        c.drawString(300, y - 10, f"Client: {cl['title']} {cl['name']}")
        y -= 26
        dob_line = f"Date of birth: {P.dob_text(doc.r, cl['dob'])}     NI number: {cl['ni']}     Address held: "
        dob_line += ", ".join(cl["lines"]) + ", " + cl["postcode"]
        c.drawString(40, y, dob_line)
        y -= 16
        y = para(
            c,
            "Thank you for your letter of authority. We have searched our records and found the plans below "
            "in your client's name. Only one of them is still in force; the others have ended and are listed so "
            "that your records are complete. Values are shown as at " + long(vdate) + ".",
            40,
            y,
            W - 80,
            size=9,
        )
        cols = [40, 130, 272, 336, 486, 566, 642, 730]
        heads = [
            "Plan number",
            "Product",
            "Start date",
            "Status",
            "Value",
            "Transfer value",
            "Regular payment",
            "Annual charge",
        ]
        y -= 4
        c.setFillGray(0.85)
        c.rect(40, y - 18, W - 80, 18, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        for x, h in zip(cols, heads):
            c.drawString(x + 3, y - 12, h)
        y -= 18
        for row, st in zip(plans, starts):
            cells = [row[0], row[1], dmy(st), row[2], row[3], row[4], row[5], row[6]]
            c.setFont("Helvetica-Bold" if row[2] == "In force" else "Helvetica", 8.3)
            for x, v in zip(cols, cells):
                c.drawString(x + 3, y - 13, v)
            y -= 19
            rule(c, 40, y, W - 40, 0.3)
        y -= 16
        para(
            c,
            "The fund holdings of the plan in force are shown overleaf. If your client wishes to transfer, "
            "please ask the receiving scheme to contact us; the transfer value is not guaranteed until we receive "
            "the completed discharge forms.",
            40,
            y,
            W - 80,
            size=8.5,
        )

    @doc.page
    def p2(c):
        brand(c, prov, 40, H - 50, 13)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 80, f"Fund holdings for plan {plans[live][0]} at {long(vdate)}")
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 95, f"Plan holder: {cl['name']}     Product: {label}")
        cols = [40, 360, 470, 560, 650, 740]
        heads = ["Fund", "ISIN", "Units held", "Unit price (p)" if pence else "Unit price (£)", "Value (£)", "Share"]
        y = H - 115
        c.setFont("Helvetica-Bold", 8.5)
        for x, h in zip(cols, heads):
            c.drawString(x, y, h)
        rule(c, 40, y - 4, W - 40, 0.8)
        y -= 18
        c.setFont("Helvetica", 8.8)
        for h in hold:
            share = (Decimal(h["value"]) / total * 100).quantize(Decimal("0.1"))
            vals = [
                h["fund_name"],
                h["isin"] or "-",
                f"{Decimal(h['units']):,.3f}",
                h["unit_price"],
                money(Decimal(h["value"])),
                f"{share}%",
            ]
            for x, v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 16
        rule(c, 40, y + 10, W - 40, 0.5)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y - 4, "Total value of plan")
        c.drawString(650, y - 4, money(total))
        y -= 30
        para(
            c,
            "Units are priced on a single-price basis at the valuation point on the date shown. The annual charge "
            "is taken by cancelling units each month and is not shown as a deduction above.",
            40,
            y,
            W - 80,
            size=8,
        )

    rec = record(
        "loa_response",
        provider=prov,
        policy_number=policy,
        **client_fields(cl),
        plan_type=ptype,
        valuation_date=vdate.isoformat(),
        plan_value=f"{total:.2f}",
        transfer_value=f"{tv:.2f}",
        regular_contribution=f"{contrib:.2f}" if contrib is not None else None,
        contribution_frequency=freq,
        annual_charge_percent=amc,
        holdings=hold,
    )
    return doc, rec


# ------------------------------------------------------------------ reply 2: section 32 / RAC letter with guarantees
def reply_buyout(rng, used):
    prov = rng.choice(BUYOUT_FROM)
    cl = P.person(rng, used, born=(1956, 1972))
    firm, adv, firm_lines, firm_pc = P.adviser(rng)
    kind = rng.choice(["s32", "rac"])
    vdate = date(2026, 1, 20) + timedelta(days=rng.randrange(0, 110))
    letter = vdate + timedelta(days=rng.randrange(1, 8))
    printed, policy = pol(rng, rng.choice(["a", "b", "f", "e" if kind == "s32" else "r"]))
    names = fund_list(rng, prov, "Pension", rng.randrange(1, 4))
    hold = []
    for nm in names:
        u, pr, v = units_price_value(rng, False, (1.2, 9.5))
        hold.append(holding(nm, None, f"{u:.3f}", f"{pr:.4f}", v, False))
    total = sum(Decimal(h["value"]) for h in hold)
    tv = q2(total * Decimal(rng.choice(["1", "1", "0.96", "0.92"])))
    contrib = freq = None
    if kind == "rac" and rng.random() < 0.5:
        contrib, freq = Decimal(rng.choice([25, 30, 40, 50, 60])), "monthly"
    amc = rng.choice(["1.00", "0.85", "1.50", "0.75", None])
    gmp = q2(Decimal(rng.randrange(40000, 320000)) / 100)
    gar = rng.choice(["9.1", "10.25", "11.0", "8.6"])
    tfc = q2(total * Decimal("0.25"))
    start = date(1984, 1, 1) + timedelta(days=rng.randrange(0, 4500))
    product = "Section 32 Buy-Out Plan" if kind == "s32" else "Retirement Annuity Contract"
    doc = Doc(prov, rng)
    doc.small = f"{prov} | {product} | This letter is not a transfer pack. Figures are not guaranteed."
    W, H = doc.size

    @doc.page
    def p1(c):
        brand(c, prov, 50, H - 55)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 50, H - 50, long(letter))
        y = lines_at(c, 50, H - 95, [adv, firm] + firm_lines + [firm_pc], size=9.5)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 14, f"Your client: {cl['title']} {cl['name']}   {product} {printed}")
        y -= 36
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y, f"Dear {adv.split()[0]}")
        y -= 18
        sents = [
            f"Thank you for your recent letter of authority. I am writing with the information you asked for "
            f"about the above policy, which started on {long(start)}."
        ]
        sents.append(f"On {long(vdate)} the policy had a fund value of £{money(total)}.")
        if tv == total:
            sents.append(
                f"Its transfer value on the same date was also £{money(tv)}; no charge would apply on transfer."
            )
        else:
            sents.append(
                f"If your client transferred the policy, the transfer value would be £{money(tv)}, which "
                f"reflects a market value reduction applying on that date."
            )
        if kind == "s32":
            sents.append(
                f"The policy was set up with a transfer from a contracted-out occupational scheme and must "
                f"provide a Guaranteed Minimum Pension (GMP) of at least £{money(gmp)} a year from age 65. "
                "Tax-free cash can only be paid from any fund left after the cost of the GMP has been met."
            )
            sents.append("The policy cannot accept new contributions or further transfers in.")
        else:
            sents.append(
                f"The policy is a retirement annuity contract under section 226 and includes a guaranteed "
                f"annuity rate of {gar}% if benefits are taken as a level single-life annuity at age 65. "
                "This guarantee would be lost on transfer."
            )
            if contrib:
                sents.append(f"Contributions of £{money(contrib)} a month are being paid by direct debit.")
            else:
                sents.append("No contributions have been paid for some years and the policy is paid up.")
        sents.append(
            f"For illustration, tax-free cash of up to £{money(tfc)} may be available, subject to the "
            "rules that apply at the time."
        )
        for s in sents:
            y = para(c, s, 50, y, W - 100, size=9.5, lead=12.5)
        y -= 6
        c.setLineWidth(1)
        c.setFillGray(0.93)
        bh = 96
        c.rect(50, y - bh, W - 100, bh, fill=1, stroke=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y - 15, "Summary")
        rows = [
            ("Policy number", printed),
            ("Valuation date", dmy(vdate)),
            ("Fund value", f"£{money(total)}"),
            ("Transfer value", f"£{money(tv)}"),
            ("Guarantee", f"GMP £{money(gmp)} a year" if kind == "s32" else f"GAR {gar}% at 65"),
        ]
        yy = y - 30
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(60, yy, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(200, yy, v)
            yy -= 13
        y -= bh + 22
        para(
            c,
            "Please see the enclosed policy details and fund information. If you need anything else, please "
            "call our adviser support team quoting the policy number.",
            50,
            y,
            W - 100,
            size=9.5,
        )
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y - 40, "Yours sincerely")
        c.drawString(50, y - 70, "Customer Servicing Team")

    @doc.page
    def p2(c):
        brand(c, prov, 50, H - 55, 13)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(50, H - 85, "Policy details")
        rows = [
            ("Policyholder", cl["name"]),
            ("Date of birth", P.dob_text(doc.r, cl["dob"])),
            ("National Insurance number", P.ni_spaced(cl["ni"])),
            ("Address on our records", ", ".join(cl["lines"]) + ", " + cl["postcode"]),
            ("Type of policy", product),
            ("Start date", dmy(start)),
            ("Selected retirement age", str(doc.r.choice([60, 65]))),
            ("Regular contribution", f"£{money(contrib)} monthly" if contrib else "None"),
            ("Annual management charge", f"{amc}%" if amc else "Not applicable - with charges built into unit prices"),
        ]
        y = H - 105
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(50, y, k)
            c.drawString(220, y, v)
            rule(c, 50, y - 4, W - 50, 0.3, 0.6)
            y -= 17
        y -= 16
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(50, y, f"Fund information at {long(vdate)}")
        y -= 18
        cols = [50, 290, 380, 470]
        c.setFont("Helvetica-Bold", 8.5)
        for x, h in zip(cols, ["Fund", "Units", "Bid price", "Value"]):
            c.drawString(x, y, h)
        rule(c, 50, y - 4, W - 50, 0.8)
        y -= 18
        c.setFont("Helvetica", 9)
        for h in hold:
            for x, v in zip(
                cols,
                [
                    h["fund_name"],
                    f"{Decimal(h['units']):,.3f}",
                    f"£{h['unit_price']}",
                    f"£{money(Decimal(h['value']))}",
                ],
            ):
                c.drawString(x, y, v)
            y -= 15
        rule(c, 50, y + 9, W - 50, 0.5)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 4, "Total")
        c.drawString(470, y - 4, f"£{money(total)}")
        y -= 34
        para(
            c,
            "Guarantees: the figures above do not include the value of any guarantee. Where a guarantee applies "
            "we strongly recommend your client takes advice before giving it up.",
            50,
            y,
            W - 100,
            size=8.5,
        )

    rec = record(
        "loa_response",
        provider=prov,
        policy_number=policy,
        **client_fields(cl),
        plan_type="personal_pension",
        valuation_date=vdate.isoformat(),
        plan_value=f"{total:.2f}",
        transfer_value=f"{tv:.2f}",
        regular_contribution=f"{contrib:.2f}" if contrib else None,
        contribution_frequency=freq,
        annual_charge_percent=amc,
        holdings=hold,
    )
    return doc, rec


# ------------------------------------------------------------------ statement 1: DFM valuation by sector
COMPANIES = [
    "Harrowgate Engineering plc",
    "Calder Valley Water plc",
    "Northern Spires REIT plc",
    "Tyne & Wear Logistics plc",
    "Brackenfield Pharmaceuticals plc",
    "Ashby Consumer Brands plc",
    "Kirkgate Bancorp plc",
    "Ravensdale Mining plc",
    "Lindisfarne Insurance plc",
    "Wolds Energy plc",
    "Skipton Software Group plc",
    "Malvern Homes plc",
]
TRUSTS = [
    "Fellgate Global Investment Trust plc",
    "Grassington Smaller Companies Trust plc",
    "Humber Income & Growth Trust plc",
]
SECTOR_FUNDS = {
    "Overseas Equities": [
        "Sedgefield US Equity Index Fund Acc",
        "Marsden Japan Growth Fund Inc",
        "Oakworth Global Emerging Markets Acc",
        "Kelham Europe ex UK Tracker Acc",
    ],
    "Fixed Interest": [
        "Crosby Sterling Corporate Bond Acc",
        "Thornton Short Dated Gilt Inc",
        "Halsall Strategic Bond Acc",
        "Ingleby Global Aggregate Bond Inc",
    ],
    "Alternatives": [
        "Pennington Infrastructure Income Acc",
        "Borrowdale Absolute Return Acc",
        "Kirkstall Physical Gold ETC",
    ],
}


def statement_dfm(rng, used):
    prov = rng.choice(DFM_FROM)
    cl = P.person(rng, used)
    ptype = rng.choice(["gia", "gia", "isa"])
    q = rng.choice(
        [
            (date(2025, 10, 1), date(2025, 12, 31)),
            (date(2026, 1, 1), date(2026, 3, 31)),
            (date(2025, 7, 1), date(2025, 9, 30)),
            (date(2025, 4, 6), date(2026, 4, 5)),
        ]
    )
    start, end = q
    printed, policy = pol(rng, "g")
    risk = rng.choice(["Cautious", "Balanced", "Growth", "Adventurous"])
    sectors = []
    uk = []
    for nm in rng.sample(COMPANIES, rng.randrange(3, 6)) + rng.sample(TRUSTS, rng.randrange(0, 2)):
        shares = Decimal(rng.randrange(100, 3200))
        price = Decimal(rng.randrange(8000, 260000)) / 100
        uk.append(holding(nm, P.isin_gb(rng), f"{shares}", f"{price:.2f}", q2(shares * price / 100), True))
    sectors.append(("UK Equities", uk))
    for sec, pool in SECTOR_FUNDS.items():
        rows = []
        for nm in rng.sample(pool, rng.randrange(1, min(4, len(pool)) + 1)):
            u, pr, v = units_price_value(rng, False, (0.9, 4.5))
            u = u * 4
            v = q2(u * pr)
            rows.append(holding(nm, P.isin_any(rng), f"{u:.3f}", f"{pr:.4f}", v, False))
        sectors.append((sec, rows))
    hold = [h for _, rows in sectors for h in rows]
    total = sum(Decimal(h["value"]) for h in hold)
    start_val = q2(total * Decimal(rng.randrange(930, 1040)) / 1000)
    fee = rng.choice(["0.75", "0.60", "0.90", None])
    doc = Doc(prov, rng)
    doc.small = (
        f"{prov} discretionary portfolio service. Past performance is not a guide to the future. "
        "Cash is reported separately."
    )
    W, H = doc.size
    account = "Stocks and Shares ISA" if ptype == "isa" else "General Investment Account"
    # lay the holdings out over pages of about 24 lines
    lines = []
    for sec, rows in sectors:
        lines.append(("head", sec, None))
        lines += [("row", sec, h) for h in rows]
        lines.append(("sub", sec, sum(Decimal(h["value"]) for h in rows)))
    chunks, cur, room = [], [], 22
    for ln in lines:
        cur.append(ln)
        if len(cur) >= room and ln[0] != "head":
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)

    @doc.page
    def cover(c):
        brand(c, prov, 50, H - 60, 20)
        c.setFont("Helvetica", 10)
        c.drawString(50, H - 78, "Discretionary Portfolio Service")
        lines_at(c, 50, H - 130, [f"{cl['title']} {cl['name']}"] + cl["lines"] + [cl["postcode"]], size=10, lead=13)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(50, H - 270, "Portfolio Valuation Report")
        c.setFont("Helvetica", 11)
        c.drawString(50, H - 290, f"For the period {long(start)} to {long(end)}")
        rows = [
            ("Portfolio number", printed),
            ("Account type", account),
            ("Investment strategy", f"{risk} Portfolio"),
            ("Value at " + long(start), f"£{money(start_val)}"),
            ("Value at " + long(end), f"£{money(total)}"),
            (
                "Change in value over the period",
                f"£{money(abs(total - start_val))} " + ("increase" if total >= start_val else "decrease"),
            ),
        ]
        if fee:
            rows.append(("Annual management fee", f"{fee}% a year, plus VAT where applicable"))
        y = H - 330
        for k, v in rows:
            c.setFont("Helvetica", 10)
            c.drawString(50, y, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(260, y, v)
            rule(c, 50, y - 5, W - 50, 0.3, 0.5)
            y -= 20
        y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Asset allocation")
        y -= 16
        for sec, rows in sectors:
            sv = sum(Decimal(h["value"]) for h in rows)
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, sec)
            c.drawRightString(330, y, f"{(sv / total * 100).quantize(Decimal('0.1'))}%")
            y -= 14

    def holdings_page(chunk, first):
        def draw(c):
            brand(c, prov, 50, H - 50, 12)
            c.setFont("Helvetica", 8.5)
            c.drawRightString(W - 50, H - 50, f"{cl['name']} | {printed} | valuation at {dmy(end)}")
            c.setFont("Helvetica-Bold", 12)
            c.drawString(50, H - 80, "Portfolio holdings" + ("" if first else " (continued)"))
            cols = [50, 232, 312, 375, 450, 522]
            y = H - 102
            c.setFont("Helvetica-Bold", 8)
            for x, h in zip(cols, ["Holding", "ISIN", "Quantity", "Price", "Market value £", "% of total"]):
                c.drawString(x, y, h)
            rule(c, 50, y - 4, W - 50, 0.8)
            y -= 18
            for kind, sec, item in chunk:
                if kind == "head":
                    c.setFont("Helvetica-Bold", 9)
                    c.drawString(50, y, sec.upper())
                    y -= 15
                elif kind == "row":
                    h = item
                    pence = h["price_currency"] == "GBX"
                    u = Decimal(h["units"])
                    qty = (
                        f"{u:,.0f}"
                        if "." not in h["units"]
                        else (f"{u:,.2f}" if h["units"].endswith(".00") else f"{u:,.3f}")
                    )
                    pr = f"{Decimal(h['unit_price']):,.2f}p" if pence else f"£{h['unit_price']}"
                    c.setFont("Helvetica", 8.3)
                    for x, v in zip(
                        cols,
                        [
                            h["fund_name"],
                            h["isin"],
                            qty,
                            pr,
                            money(Decimal(h["value"])),
                            f"{(Decimal(h['value']) / total * 100).quantize(Decimal('0.01'))}",
                        ],
                    ):
                        c.drawString(x, y, v)
                    y -= 14
                else:
                    rule(c, 450, y + 10, 515, 0.4)
                    c.setFont("Helvetica-Oblique", 8.5)
                    c.drawString(232, y, f"Total {sec}")
                    c.drawString(450, y, money(item))
                    c.drawString(522, y, f"{(item / total * 100).quantize(Decimal('0.01'))}")
                    y -= 20
            if chunk is chunks[-1]:
                rule(c, 50, y + 8, W - 50, 1.0)
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(50, y - 6, "Total portfolio value")
                c.drawString(450, y - 6, money(total))
                c.drawString(522, y - 6, "100.00")

        return draw

    for i, ch in enumerate(chunks):
        doc.page(holdings_page(ch, i == 0))

    @doc.page
    def notes(c):
        brand(c, prov, 50, H - 50, 12)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 80, "Notes to your valuation")
        y = H - 100
        for t in [
            "Listed securities are valued at the closing mid-market price on the valuation date. Prices of "
            "shares and investment trusts are shown in pence; prices of funds in pounds.",
            "Collective investment schemes are valued at the last published single price, or at the bid "
            "price where a fund prices on a bid/offer basis.",
            "Subtotals by asset class are given for information and are included in the total portfolio value "
            "once only.",
            "Cash held in your portfolio's cash account is shown on the separate cash statement and is not "
            "included in this valuation.",
            "The value of investments and the income from them can fall as well as rise and you may get back "
            "less than you invested.",
        ]:
            y = para(c, "- " + t, 50, y, W - 100, size=9, lead=12)

    rec = record(
        "annual_statement",
        provider=prov,
        policy_number=policy,
        **client_fields(cl, dob=False, ni=False),
        plan_type=ptype,
        valuation_date=end.isoformat(),
        period_start=start.isoformat(),
        plan_value=f"{total:.2f}",
        annual_charge_percent=fee,
        holdings=hold,
    )
    return doc, rec


# ------------------------------------------------------------------ statement 2: offshore bond with a currency note
OFF_FUNDS = [
    ("Global Equity Fund", "USD"),
    ("Sterling Managed Fund", "GBP"),
    ("US Dollar Bond Fund", "USD"),
    ("Euro Equity Fund", "EUR"),
    ("International Property Fund", "GBP"),
    ("Sterling Deposit Fund", "GBP"),
    ("Far East Growth Fund", "USD"),
    ("Balanced Portfolio Fund", "GBP"),
    ("European Bond Fund", "EUR"),
]


def statement_offshore(rng, used):
    prov = rng.choice(OFFSHORE_FROM)
    cl = P.person(rng, used, born=(1945, 1980))
    spouse = P.person(rng, used, born=(1945, 1980)) if rng.random() < 0.5 else None
    anniv = date(2024, 10, 1) + timedelta(days=rng.randrange(0, 340))
    start, end = anniv, date(anniv.year + 1, anniv.month, anniv.day) - timedelta(days=1)
    printed, policy = pol(rng, "h")
    usd = Decimal(rng.randrange(12400, 13900)) / 10000
    eur = Decimal(rng.randrange(11200, 12100)) / 10000
    hold, shown = [], []
    for nm, cur in rng.sample(OFF_FUNDS, rng.randrange(2, 6)):
        full = f"{prov} {nm}" if rng.random() < 0.5 else nm
        units = Decimal(rng.randrange(300000, 9000000)) / 1000
        local = Decimal(rng.randrange(9000, 48000)) / 10000
        rate = {"GBP": Decimal(1), "USD": usd, "EUR": eur}[cur]
        gbp = (local / rate).quantize(Decimal("0.0001"))
        value = q2(units * gbp)
        hold.append(
            holding(full, P.isin_any(rng) if rng.random() < 0.6 else None, f"{units:.3f}", f"{gbp:.4f}", value, False)
        )
        shown.append((cur, local))
    total = sum(Decimal(h["value"]) for h in hold)
    early = rng.random() < 0.5
    cash_in = q2(total * Decimal(rng.choice(["0.97", "0.98", "0.985"]))) if early else total
    premium = q2(total * Decimal(rng.randrange(70, 95)) / 100)
    withdrawn = q2(premium * Decimal("0.05")) if rng.random() < 0.6 else Decimal(0)
    amc = rng.choice(["0.60", "0.85", "1.00", None])
    show_dob = rng.random() < 0.6
    doc = Doc(prov, rng)
    doc.small = f"{prov} international investment bond. UK FSCS protection does not apply; see the notes."
    W, H = doc.size

    @doc.page
    def p1(c):
        brand(c, prov, 50, H - 58, 18)
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 72, "International Investment Bond - Isle of Man")
        lines_at(c, 50, H - 120, [f"{cl['title']} {cl['name']}"] + cl["lines"] + [cl["postcode"]], size=10, lead=13)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, H - 230, "Your annual bond statement")
        c.setFont("Helvetica", 10)
        c.drawString(50, H - 247, f"Statement period: {dmy(start)} to {dmy(end)}")
        rows = [("Bond number", printed), ("Policyholder", cl["name"])]
        if show_dob:
            rows.append(("Date of birth", P.dob_text(doc.r, cl["dob"])))
        rows.append(("Lives assured", cl["name"] + (f" and {spouse['name']}" if spouse else "")))
        rows += [
            ("Currency of the bond", "Pounds sterling (GBP)"),
            ("Total premiums paid", f"£{money(premium)}"),
            ("Withdrawals taken in the period", f"£{money(withdrawn)}"),
            (f"Bond value at {long(end)}", f"£{money(total)}"),
            (f"Cash-in value at {long(end)}", f"£{money(cash_in)}"),
        ]
        if amc:
            rows.append(("Annual management charge", f"{amc}% of bond value"))
        y = H - 280
        for k, v in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(50, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(260, y, v)
            rule(c, 50, y - 5, W - 50, 0.3, 0.55)
            y -= 19
        y -= 14
        c.setFillGray(0.92)
        c.rect(50, y - 70, W - 100, 70, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y - 15, "A note on currencies")
        para(
            c,
            "Your bond is denominated in sterling, but some of the funds it holds are priced in US dollars or "
            f"euros. We have converted their prices to sterling at the exchange rates on {long(end)}: "
            f"£1 = US${usd} and £1 = EUR {eur}. Exchange rate movements can change the sterling value of those "
            "funds.",
            60,
            y - 29,
            W - 120,
            size=8.8,
            lead=11.5,
        )
        y -= 92
        if early:
            para(
                c,
                "The cash-in value is lower than the bond value because an early cash-in charge applies during "
                "the first five years of the bond.",
                50,
                y,
                W - 100,
                size=8.8,
            )

    @doc.page
    def p2(c):
        brand(c, prov, 50, H - 50, 12)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 80, f"Fund holdings at {long(end)}")
        cols = [50, 222, 300, 345, 405, 468]
        y = H - 102
        c.setFont("Helvetica-Bold", 7.8)
        for x, h in zip(cols, ["Fund", "ISIN", "Currency", "Units", "Price (fund", "Price (GBP)"]):
            c.drawString(x, y, h)
        c.drawString(405, y - 9, "currency)")
        c.drawString(522, y, "Value (GBP)")
        rule(c, 50, y - 13, W - 50, 0.8)
        y -= 28
        for h, (cur, local) in zip(hold, shown):
            c.setFont("Helvetica", 7.9)
            for x, v in zip(
                cols,
                [h["fund_name"], h["isin"] or "", cur, f"{Decimal(h['units']):,.3f}", f"{local:.4f}", h["unit_price"]],
            ):
                c.drawString(x, y, v)
            c.drawString(522, y, money(Decimal(h["value"])))
            y -= 15
        rule(c, 50, y + 9, W - 50, 0.5)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 4, "Total bond value")
        c.drawString(522, y - 4, money(total))
        y -= 36
        para(
            c,
            "Where a fund is priced in a currency other than sterling, its sterling price is its price in fund "
            "currency divided by the exchange rate shown on the first page, rounded to four decimal places.",
            50,
            y,
            W - 100,
            size=8.5,
        )

    @doc.page
    def p3(c):
        brand(c, prov, 50, H - 50, 12)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 80, "Important information")
        y = H - 100
        for t in [
            "Withdrawals of up to 5% of the premiums paid can be taken each policy year without an immediate "
            "UK tax charge; unused allowance carries forward. Amounts above this may give rise to a chargeable "
            "event gain.",
            "This statement is not a chargeable event certificate. If a chargeable event occurred in the period "
            "we will send a separate certificate.",
            "Income and gains within the bond roll up largely free of tax, but some funds may suffer "
            "withholding tax on their underlying investments that cannot be reclaimed.",
            "If you have moved abroad or your circumstances have changed, please tell us so that we can keep "
            "our records up to date.",
        ]:
            y = para(c, "- " + t, 50, y, W - 100, size=9, lead=12)

    rec = record(
        "annual_statement",
        provider=prov,
        policy_number=policy,
        **client_fields(cl, dob=show_dob, ni=False),
        plan_type="offshore_bond",
        valuation_date=end.isoformat(),
        period_start=start.isoformat(),
        plan_value=f"{total:.2f}",
        transfer_value=f"{cash_in:.2f}",
        annual_charge_percent=amc,
        holdings=hold,
    )
    return doc, rec


# ------------------------------------------------------------------ output
def text_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc.size, invariant=1)
    c.setTitle("document")
    for i in range(len(doc.pages)):
        doc.draw(c, i)
        c.showPage()
    c.save()
    return buf.getvalue()


def degrade(img: Image.Image, rng: random.Random, bilevel: bool) -> Image.Image:
    g = img.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3, 8), a.shape)
    a = np.clip(a + noise, 0, 255).astype(np.uint8)
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    return g.point(lambda v: 255 if v > 145 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    bilevel = rng.random() < 0.4
    dpi = rng.choice([200, 250, 300]) if bilevel else rng.choice([200, 200, 220])
    quality = rng.randrange(30, 50)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc.size, invariant=1)
    c.setTitle("scan")
    for i in range(len(src)):
        if mixed and i == 0:
            doc.draw(c, 0)
        else:
            c.setPageSize(doc.size)
            img = degrade(src[i].render(scale=dpi / 72).to_pil(), rng, bilevel)
            ib = io.BytesIO()
            if bilevel:
                img.save(ib, "PNG", optimize=True)
            else:
                img.save(ib, "JPEG", quality=quality)
            ib.seek(0)
            c.drawImage(ImageReader(ib), 0, 0, doc.size[0], doc.size[1])
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
    makers = {
        "loa-executors-estate": loa_executors,
        "loa-crm-plan-grid": loa_crm,
        "reply-landscape-plan-status": reply_landscape,
        "reply-buyout-guarantees-letter": reply_buyout,
        "statement-dfm-sector-valuation": statement_dfm,
        "statement-offshore-bond-currency": statement_offshore,
    }
    unsigned = {("loa-executors-estate", i) for i in (1, 6, 10)} | {("loa-crm-plan-grid", i) for i in (3, 7, 12)}
    scans = {v: set(rng.sample(range(n), SCANS[v])) for v, n in COUNTS.items()}
    mixed = {(v, min(scans[v])) for v in MIXED_IN}
    items, used, k = [], set(), 0
    for v, n in COUNTS.items():
        for i in range(n):
            if VARIANTS[v] == "loa":
                signed = (v, i) not in unsigned
                style = SIGN_STYLES[k % 4]
                k += signed
                doc, rec = makers[v](rng, used, signed, style)
            else:
                doc, rec = makers[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        data = scan_pdf(doc, rng, is_mixed) if is_scan else text_pdf(doc)
        name = f"h17-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
