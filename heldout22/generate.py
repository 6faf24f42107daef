#!/usr/bin/env python3
"""heldout22: 80 documents and their truth, six layouts no earlier set used (see README.md).

/work/main/.venv/bin/python heldout22/generate.py --out heldout22/docs --seed 20261222
"""

# ruff: noqa: D103  (page-drawing helpers, named for what they draw)
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
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import people as P  # noqa: E402
from people import gbp, long_date, q2, slash  # noqa: E402

rl_config.invariant = 1
W, H = A4
VARIANTS = {
    "loa-fax-cover-form": "loa",
    "loa-crm-smallcaps-panel": "loa",
    "reply-closed-book-endowment": "loa_response",
    "reply-dated-value-rows": "loa_response",
    "statement-junior-sipp": "annual_statement",
    "statement-ptfc-lifestyle-phases": "annual_statement",
}
COUNTS = {
    "loa-fax-cover-form": 13,
    "loa-crm-smallcaps-panel": 13,
    "reply-closed-book-endowment": 14,
    "reply-dated-value-rows": 13,
    "statement-junior-sipp": 14,
    "statement-ptfc-lifestyle-phases": 13,
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
    "ReAssure": "reassure.co.uk",
    "Utmost Life and Pensions": "utmost.co.uk",
    "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk",
    "Fidelity": "fidelity.co.uk",
    "interactive investor": "ii.co.uk",
    "Wesleyan": "wesleyan.co.uk",
    "LV=": "lv.com",
    "Chesnara": "chesnara.co.uk",
    "Scottish Friendly": "scottishfriendly.co.uk",
    "Quilter": "quilter.com",
    "Transact": "transact-online.co.uk",
}
LOA_TO = [
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
    "ReAssure",
    "Quilter",
    "Transact",
    "AJ Bell",
    "Wesleyan",
]
CLOSED = [
    "Phoenix Life",
    "ReAssure",
    "Chesnara",
    "Utmost Life and Pensions",
    "Royal London",
    "Wesleyan",
    "LV=",
    "Scottish Friendly",
]
REPLY = [
    "Aviva",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Scottish Widows",
    "Zurich",
    "Canada Life",
    "Royal London",
    "Prudential",
]
JSIPP = ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor"]
PENSION = [
    "Aviva",
    "Standard Life",
    "Aegon",
    "Scottish Widows",
    "Royal London",
    "Legal & General",
    "Prudential",
    "Phoenix Life",
    "ReAssure",
]
AREAS = ["113", "114", "117", "118", "121", "131", "141", "151", "161"]


def PHONE(r: random.Random) -> str:  # noqa: N802
    """A number in Ofcom's range kept for drama (01xx 496 0xxx)."""
    return f"0{r.choice(AREAS)} 496 0{r.randrange(100, 999)}"


class Doc:
    """Pages as drawing functions, so a mixed scan can redraw page 1 with its text layer."""

    def __init__(self, provider: str, rng: random.Random, header=None, web=True):
        self.pages: list = []
        self.provider = provider
        self.web = web
        self.header = header
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)

    def page(self, fn):
        """Add a page-drawing function (used as a decorator)."""
        self.pages.append(fn)
        return fn

    def draw(self, c, i: int) -> None:
        """Draw page `i` with its own seeded randomness, then the fax header and the footer."""
        self.r.seed(self.seed * 17 + i)
        self.pages[i](c)
        if self.header:
            self.header(c, i + 1, len(self.pages))
        c.setFont("Helvetica", 6.8)
        c.setFillGray(0.4)
        if self.web and self.provider in WEB:
            c.drawString(48, 26, f"{WEB[self.provider]}")
        c.drawRightString(W - 48, 26, f"Page {i + 1} of {len(self.pages)}")
        c.setFillGray(0)


def wrap(c, text, x, y, width, font="Helvetica", size=9.2, lead=12.0):
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 3


def small_caps(c, text, x, y, size=7.2, grey=0.3):
    c.setFont("Helvetica-Bold", size)
    c.setFillGray(grey)
    c.drawString(x, y, text.upper())
    c.setFillGray(0)


# ------------------------------------------------------------------ signatures
def sign(c, rng: random.Random, style: str, name: str, when: date, x: float, y: float) -> None:
    """A mark on the signature line at (x, y): vector strokes, Bezier curves, a pasted image or an e-sign stamp."""
    if style == "strokes":
        c.setStrokeColorRGB(0.08, 0.12, 0.45)
        c.setLineWidth(1.3)
        p = c.beginPath()
        px, py = x + 4, y + 8
        p.moveTo(px, py)
        for _ in range(rng.randrange(10, 18)):
            px += rng.uniform(4, 11)
            py = min(max(py + rng.uniform(-9, 9), y + 2), y + 26)
            p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)
        c.line(x + 6, y + 3, px - 10, y + 5)
    elif style == "bezier":
        c.setStrokeColorRGB(0.05, 0.05, 0.1)
        c.setLineWidth(1.1)
        px = x + 5
        for _ in range(rng.randrange(3, 6)):
            w = rng.uniform(18, 34)
            c.bezier(
                px,
                y + 6,
                px + w * 0.3,
                y + rng.uniform(20, 34),
                px + w * 0.7,
                y - rng.uniform(2, 8),
                px + w,
                y + rng.uniform(5, 14),
            )
            px += w * 0.85
    elif style == "image":
        im = Image.new("RGB", (420, 110), (252, 251, 247))
        d = ImageDraw.Draw(im)
        pts, px, py = [], 10.0, 60.0
        for _ in range(rng.randrange(16, 26)):
            px += rng.uniform(8, 22)
            py = min(max(py + rng.uniform(-30, 30), 12), 98)
            pts.append((px, py))
        d.line(pts, fill=(30, 40, 110), width=4, joint="curve")
        im = im.filter(ImageFilter.GaussianBlur(0.9))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=65)
        buf.seek(0)
        c.drawImage(ImageReader(buf), x, y - 2, 150, 40)
    else:  # a typed e-signature stamp line
        c.setStrokeColorRGB(0.1, 0.3, 0.6)
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.rect(x, y - 1, 190, 24, stroke=1, fill=0)
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(x + 5, y + 12, f"/s/ {name}")
        c.setFont("Helvetica", 6)
        c.drawString(
            x + 5,
            y + 3,
            f"Signed electronically {when:%d/%m/%Y} {rng.randrange(8, 20):02d}:{rng.randrange(60):02d}"
            f"  ref {rng.randrange(10**7, 10**8)}",
        )
        c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1)


def pol(rng: random.Random, kind: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {
        "pp": f"PP{d(8)}",
        "end": f"E{d(7)}{rng.choice('ABCDJKW')}",
        "wp": f"{d(3)}/{d(6)}",
        "bond": f"IB{d(7)}",
        "isa": f"ISA-{d(7)}",
        "sipp": f"{rng.choice(['JS', 'JR'])}{d(7)}",
        "gp": f"{d(8)}{rng.choice('PXY')}",
    }[kind]


def printed_pol(rng: random.Random, p: str) -> str:
    """Some forms print a long number in groups of four."""
    if p.isalnum() and len(p) >= 9 and rng.random() < 0.3:
        return " ".join(p[i : i + 4] for i in range(0, len(p), 4))
    return p


def signed_on(rng):
    return date(2026, 1, 8) + timedelta(days=rng.randrange(0, 110))


def loa_record(prov, pols, cl, firm, adviser, when, signed):
    return {
        "provider": prov,
        "policy_numbers": pols,
        "client_title": cl["title"],
        "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(),
        "ni_number": cl["ni"],
        "client_address": ", ".join(cl["lines"]),
        "client_postcode": cl["postcode"],
        "adviser_firm": firm,
        "fca_frn": None,
        "adviser_name": adviser,
        "date_signed": when.isoformat() if signed else None,
        "signature_present": signed,
    }


# ------------------------------------------------------------------ LoA 1: fax cover sheet + form
def loa_fax(rng, used, signed):
    cl = P.person(rng, used)
    prov = rng.choice(LOA_TO)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    when = signed_on(rng)
    sent = when + timedelta(days=rng.randrange(0, 9))
    kinds = rng.sample(["pp", "wp", "bond", "isa", "gp", "end"], rng.randrange(1, 4))
    pols = [pol(rng, k) for k in kinds]
    style = rng.choice(["strokes", "bezier", "image", "esign"])
    our_fax, their_fax = PHONE(rng), PHONE(rng)
    stamp = f"{sent:%d-%b-%y}".upper() + f" {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    ni_shown = P.ni_printed(rng, cl["ni"])
    dob_shown = rng.choice([slash(cl["dob"]), long_date(cl["dob"]), f"{cl['dob']:%d.%m.%Y}"])
    doc = Doc(prov, rng, web=False)

    def header(c, n, total):
        c.setFont("Courier", 7.5)
        c.drawString(
            36, H - 20, f"{stamp}   FROM: {firm.upper()[:26]:<26}  {our_fax}   TO: {their_fax}   P.{n:03d}/{total:03d}"
        )

    doc.header = header

    @doc.page
    def cover(c):
        c.setFont("Helvetica-Bold", 30)
        c.drawString(60, H - 90, "FAX")
        c.setFont("Helvetica", 9)
        c.drawString(140, H - 78, firm)
        c.drawString(140, H - 90, f"Tel {PHONE(doc.r)}   Fax {our_fax}")
        y = H - 140
        c.setLineWidth(0.6)
        for label, value in [
            ("To", f"{prov}, Customer Services (Letters of Authority)"),
            ("Fax number", their_fax),
            ("From", f"{adviser}, {firm}"),
            ("Date", long_date(sent)),
            ("Number of pages", "2 (including this cover sheet)"),
            ("Subject", f"Letter of Authority - {cl['name']}"),
        ]:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(60, y, label)
            c.setFont("Helvetica", 9.5)
            c.drawString(170, y, value)
            c.line(165, y - 4, W - 60, y - 4)
            y -= 24
        for i, box in enumerate(["Urgent", "For review", "Please reply", "For your records"]):
            c.rect(60 + i * 120, y - 6, 9, 9)
            if box == "Please reply":
                c.drawString(62 + i * 120, y - 4, "X")
            c.drawString(74 + i * 120, y - 4, box)
        y -= 40
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, "Message")
        y = wrap(
            c,
            "Please find overleaf a signed Letter of Authority from our mutual client. We would be grateful "
            "if you could register our agency and send the plan information requested to the address above. "
            "The original is being retained on our client file; a copy can be posted on request.",
            60,
            y - 16,
            W - 120,
        )
        y = wrap(c, "We are not asking for any change to be made to the plans.", 60, y, W - 120)
        c.setFont("Helvetica", 6.8)
        c.setFillGray(0.35)
        wrap(
            c,
            "CONFIDENTIALITY: the information in this facsimile is confidential and intended only for the "
            "addressee. If you have received it in error, please telephone the sender and destroy the pages. "
            "Any review, copying or distribution by anyone else is prohibited.",
            60,
            90,
            W - 120,
            size=6.8,
            lead=8.5,
        )
        c.setFillGray(0)

    @doc.page
    def form(c):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(55, H - 70, "AUTHORITY TO RELEASE PLAN INFORMATION")
        c.setFont("Helvetica", 8.5)
        c.drawString(55, H - 84, f"To: {prov}")
        y = H - 112
        rows = [
            ("Title", cl["title"]),
            ("Forename(s)", " ".join(x for x in (cl["first"], cl["middle"]) if x)),
            ("Surname", cl["surname"]),
            ("Date of birth", dob_shown),
            ("National Insurance no.", ni_shown),
        ]
        rows += [("Address" if i == 0 else "", ln) for i, ln in enumerate(cl["lines"])] + [("Postcode", cl["postcode"])]
        for label, value in rows:
            c.setFont("Helvetica", 8.5)
            c.drawString(55, y, label)
            c.rect(190, y - 4, 300, 15)
            c.setFont("Courier", 10)
            c.drawString(195, y, value)
            y -= 19
        y -= 8
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(55, y, "Plan / policy number(s)")
        y -= 16
        for i in range(3):
            c.rect(55 + i * 150, y - 4, 140, 16)
            if i < len(pols):
                c.setFont("Courier", 10)
                c.drawString(60 + i * 150, y, printed_pol(doc.r, pols[i]))
        y -= 30
        y = wrap(
            c,
            f"I authorise {prov} to provide {firm}, and {adviser} of that firm, with any information they "
            "ask for about the plans above, including values, fund holdings, charges, transfer values and "
            "guarantees, and to accept them as my financial adviser for these plans. This authority covers "
            "information only and remains in force until I cancel it in writing.",
            55,
            y,
            W - 110,
        )
        y = wrap(
            c, "A photocopy or faxed copy of this authority is to be treated as valid as the original.", 55, y, W - 110
        )
        y -= 28
        c.setFont("Helvetica", 9)
        c.drawString(55, y, "Signature")
        c.line(115, y - 2, 320, y - 2)
        c.drawString(340, y, "Date")
        c.line(370, y - 2, 480, y - 2)
        if signed:
            sign(c, doc.r, style, cl["name"], when, 118, y)
            c.setFont("Helvetica", 10)
            c.drawString(375, y + 1, rng_date_form(when, doc.r))
        y -= 40
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(55, y, "Adviser details")
        c.setFont("Helvetica", 8.5)
        c.drawString(55, y - 13, f"Firm: {firm}     Adviser: {adviser}")
        c.drawString(
            55, y - 25, f"Fax: {our_fax}     Please quote our client reference {doc.r.randrange(10000, 99999)}"
        )

    return doc, loa_record(prov, pols, cl, firm, adviser, when, signed)


def rng_date_form(d: date, r: random.Random) -> str:
    return r.choice([slash(d), long_date(d), f"{d:%d.%m.%y}", f"{d:%d %b %Y}"])


# ------------------------------------------------------------------ LoA 2: CRM-printed letter, shaded small-caps panel
def loa_crm(rng, used, signed):
    cl = P.person(rng, used)
    prov = rng.choice(LOA_TO)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    when = signed_on(rng)
    printed = when - timedelta(days=rng.randrange(1, 12))
    n = rng.randrange(1, 5)
    kinds = [rng.choice(["pp", "wp", "bond", "isa", "gp", "end"]) for _ in range(n)]
    plans = [(k, pol(rng, k)) for k in kinds]
    names = {
        "pp": "Personal Pension",
        "wp": "With-Profits Bond",
        "bond": "Investment Bond",
        "isa": "Stocks & Shares ISA",
        "gp": "Group Personal Pension",
        "end": "Endowment",
    }
    style = rng.choice(["strokes", "bezier", "image", "esign"])
    crm_ref = f"C{rng.randrange(100000, 999999)}"
    dob_shown = rng.choice([slash(cl["dob"]), long_date(cl["dob"]), f"{cl['dob']:%d %b %Y}"])
    one_line = rng.random() < 0.5
    doc = Doc(prov, rng, web=False)

    @doc.page
    def letter(c):
        c.setFillColorRGB(0.16, 0.27, 0.36)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(48, H - 36, firm)
        c.setFont("Helvetica", 8)
        c.drawString(48, H - 50, f"Chartered financial planners   |   {PHONE(doc.r)}")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9.5)
        y = H - 92
        for ln in [f"{prov}", "Customer Services", "Letters of Authority team"]:
            c.drawString(48, y, ln)
            y -= 12
        c.drawRightString(W - 48, H - 92, long_date(printed))
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.45)
        c.drawRightString(W - 48, H - 104, f"Generated from client record {crm_ref} on {slash(printed)}")
        c.setFillGray(0)
        # the shaded client panel
        top = H - 150
        rows = 4 + (0 if one_line else 1)
        ph = 20 + rows * 24
        c.setFillGray(0.9)
        c.rect(48, top - ph, W - 96, ph, stroke=0, fill=1)
        c.setFillGray(0)
        small_caps(c, "Client details", 58, top - 14, 8, 0.15)
        y = top - 34
        cells = [
            ("Client", f"{cl['title']} {cl['name']}"),
            ("Date of birth", dob_shown),
            ("National insurance no.", P.ni_printed(doc.r, cl["ni"])),
            ("Client ref", crm_ref),
        ]
        for i, (lab, val) in enumerate(cells):
            x = 58 + (i % 2) * 250
            yy = y - (i // 2) * 24
            small_caps(c, lab, x, yy + 8)
            c.setFont("Helvetica", 9.5)
            c.drawString(x, yy - 3, val)
        yy = y - 48
        small_caps(c, "Home address", 58, yy + 8)
        c.setFont("Helvetica", 9.5)
        if one_line:
            c.drawString(58, yy - 3, ", ".join(cl["lines"]) + ", " + cl["postcode"])
        else:
            c.drawString(58, yy - 3, ", ".join(cl["lines"]))
            small_caps(c, "Postcode", 58, yy - 16)
            c.setFont("Helvetica", 9.5)
            c.drawString(58, yy - 27, cl["postcode"])
        y = top - ph - 26
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(48, y, "Letter of Authority")
        y = wrap(
            c,
            f"I, the client named above, authorise you to release to {firm} (my financial adviser, "
            f"{adviser}) full details of the plans listed below and of any other plans I hold with you, and to "
            "deal with them as my adviser. Please send the information to the firm, not to me. This letter "
            "does not authorise any withdrawal, switch or change of ownership.",
            48,
            y - 16,
            W - 96,
        )
        small_caps(c, "Plan type", 52, y - 4)
        small_caps(c, "Policy number", 250, y - 4)
        small_caps(c, "Provider", 400, y - 4)
        c.line(48, y - 8, W - 48, y - 8)
        y -= 22
        for k, p in plans:
            c.setFont("Helvetica", 9.5)
            c.drawString(52, y, names[k])
            c.drawString(250, y, printed_pol(doc.r, p))
            c.drawString(400, y, prov)
            y -= 15
        c.line(48, y + 8, W - 48, y + 8)
        y -= 24
        y = wrap(
            c,
            "Please also include any guaranteed annuity rates, protected tax-free cash, exit charges and the "
            "current transfer value.",
            48,
            y,
            W - 96,
            size=8.5,
        )
        y -= 30
        small_caps(c, "Signature of client", 48, y + 30)
        c.setDash(1, 2)
        c.line(48, y - 2, 260, y - 2)
        c.line(320, y - 2, 450, y - 2)
        c.setDash()
        small_caps(c, "Date", 320, y + 30)
        if signed:
            sign(c, doc.r, style, cl["name"], when, 50, y)
            c.setFont("Helvetica", 10)
            c.drawString(324, y + 2, rng_date_form(when, doc.r))
        c.setFont("Helvetica", 8.5)
        c.drawString(48, y - 14, f"{cl['title']} {cl['name']}")
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.4)
        wrap(
            c,
            f"{firm} is authorised and regulated by the Financial Conduct Authority. We hold your personal data "
            "under our privacy notice, a copy of which is available on request.",
            48,
            60,
            W - 96,
            size=6.5,
            lead=8,
        )
        c.setFillGray(0)

    return doc, loa_record(prov, [p for _, p in plans], cl, firm, adviser, when, signed)


# ------------------------------------------------------------------ replies
def to_adviser(c, r, firm, adviser, y):
    c.setFont("Helvetica", 9.5)
    town, outward = r.choice(P.TOWNS)
    for ln in [
        adviser,
        firm,
        f"{r.randrange(2, 60)} {r.choice(['Market Place', 'Station Road', 'King Street'])}",
        town,
        f"{outward} {r.randrange(1, 10)}{r.choice(P.INWARD)}{r.choice(P.INWARD)}",
    ]:
        c.drawString(60, y, ln)
        y -= 12
    return y


def letterhead(c, prov, strap):
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, H - 58, prov)
    c.setFont("Helvetica", 8)
    c.setFillGray(0.35)
    c.drawString(50, H - 70, strap)
    c.setFillGray(0)
    c.setLineWidth(1.4)
    c.line(50, H - 76, W - 50, H - 76)
    c.setLineWidth(1)


def reply_record(prov, number, cl, addr, plan_type, when, holds, transfer, contrib, freq, charge, ni_known=True):
    plan_value = sum(Decimal(h["value"]) for h in holds)
    return {
        "provider": prov,
        "policy_number": number,
        "client_title": cl["title"],
        "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(),
        "ni_number": cl["ni"] if ni_known else None,
        "client_address": ", ".join(cl["lines"]) if addr else None,
        "client_postcode": cl["postcode"] if addr else None,
        "plan_type": plan_type,
        "valuation_date": when.isoformat(),
        "plan_value": f"{plan_value:.2f}",
        "transfer_value": None if transfer is None else f"{transfer:.2f}",
        "regular_contribution": None if contrib is None else f"{contrib:.2f}",
        "contribution_frequency": freq,
        "annual_charge_percent": charge,
        "holdings": holds,
    }


def reply_endowment(rng, used):
    cl = P.person(rng, used, born=(1952, 1978))
    prov = rng.choice(CLOSED)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    number = pol(rng, rng.choice(["end", "wp"]))
    when = date(2026, 2, 1) + timedelta(days=rng.randrange(0, 90))
    start = date(rng.randrange(1994, 2004), rng.randrange(1, 13), 1)
    term = rng.choice([20, 25, 30])
    maturity = date(start.year + term, start.month, 1)
    if maturity <= when:
        maturity = date(when.year + rng.randrange(1, 6), start.month, 1)
    premium = Decimal(rng.randrange(2500, 12000)) / 100
    sum_assured = Decimal(rng.randrange(15, 60)) * 1000
    names = ["With-Profits Fund"] + (
        rng.sample(["Managed Life Fund", "Property Life Fund"], 1) if rng.random() < 0.35 else []
    )
    holds = P.fund_rows(rng, names, pence=rng.random() < 0.5, isins=False, big=(500000, 9000000))
    value = sum(Decimal(h["value"]) for h in holds)
    mvr_pct = Decimal(rng.choice([0, 0, 2, 3.5, 5, 7])).quantize(Decimal("0.1"))
    surrender = q2(value * (100 - mvr_pct) / 100)
    bonuses = []
    acc = Decimal(0)
    for yr in range(when.year - rng.randrange(4, 7), when.year):
        rate = Decimal(rng.choice(["0.50", "0.75", "1.00", "1.25", "1.50", "2.00"]))
        amt = q2((sum_assured + acc) * rate / 100)
        acc += amt
        bonuses.append((yr, rate, amt))
    addr = rng.random() < 0.5
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        letterhead(c, prov, "Closed book policy servicing")
        y = to_adviser(c, doc.r, firm, adviser, H - 110)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 50, H - 110, long_date(when + timedelta(days=doc.r.randrange(1, 6))))
        c.drawRightString(W - 50, H - 122, f"Our reference: {number}")
        y -= 20
        c.drawString(60, y, f"Dear {adviser.split()[0]}")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y - 18, f"Policyholder: {cl['title']} {cl['name']}")
        y = wrap(
            c,
            f"Thank you for the Letter of Authority from your client, which we have now registered. The policy "
            f"was taken out with a company whose business has since transferred to {prov}; it is no longer open "
            "to new business but continues on its original terms. The details you asked for are below and on "
            "the following page.",
            60,
            y - 36,
            W - 120,
        )
        rows = [
            ("Type of policy", "Low cost with-profits endowment" if "With" in names[0] else "Endowment"),
            ("Life assured", f"{cl['title']} {cl['name']}"),
            ("Date of birth", doc.r.choice([slash(cl["dob"]), long_date(cl["dob"])])),
            ("Commencement date", long_date(start)),
            ("Maturity date", long_date(maturity)),
            ("Basic sum assured", gbp(sum_assured)),
            ("Premium", f"{gbp(premium)} per month, collected by direct debit"),
        ]
        if addr:
            rows.append(("Address on our records", ", ".join(cl["lines"]) + " " + cl["postcode"]))
        rows.append(("National Insurance number", "Not held for this policy"))
        y -= 6
        for lab, val in rows:
            c.setFont("Helvetica", 9)
            c.drawString(70, y, lab)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(240, y, val)
            y -= 15
        y -= 10
        y = wrap(
            c,
            "The policy was assigned to a mortgage lender at outset; our records show the assignment was "
            "released. Please ask if you need a copy of the deed of reassignment.",
            60,
            y,
            W - 120,
            size=8.5,
        )
        c.drawString(60, y - 16, "Yours sincerely")
        c.drawString(60, y - 44, "Policy Servicing Team")

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, f"Policy values at {long_date(when)}")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 74, f"Policy {number}   {cl['name']}")
        y = H - 104
        for x, t in [(52, "Fund"), (260, "Units"), (360, "Unit price"), (470, "Value")]:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y, t)
        c.line(50, y - 4, W - 50, y - 4)
        y -= 18
        for h in holds:
            c.setFont("Helvetica", 9)
            c.drawString(52, y, h["fund_name"])
            c.drawRightString(330, y, f"{Decimal(h['units']):,.3f}")
            c.drawRightString(440, y, f"{h['unit_price']}p" if h["price_currency"] == "GBX" else f"£{h['unit_price']}")
            c.drawRightString(W - 52, y, gbp(Decimal(h["value"])))
            y -= 15
        c.line(50, y + 10, W - 50, y + 10)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(52, y - 2, "Current policy value")
        c.drawRightString(W - 52, y - 2, gbp(value))
        y -= 28
        lines = [
            ("Basic sum assured", gbp(sum_assured)),
            ("Reversionary bonuses attaching", gbp(acc)),
            ("Guaranteed amount at maturity", gbp(sum_assured + acc)),
        ]
        if mvr_pct:
            lines.append(("Market value reduction applied on surrender", f"{mvr_pct}%"))
        lines.append(("Surrender value (cash-in value today)", gbp(surrender)))
        for lab, val in lines:
            c.setFont("Helvetica", 9)
            c.drawString(52, y, lab)
            c.drawRightString(W - 52, y, val)
            y -= 14
        y -= 14
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Bonus history")
        y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in [(52, "Declared 31 December"), (220, "Regular bonus rate"), (400, "Bonus added")]:
            c.drawString(x, y, t)
        y -= 14
        for yr, rate, amt in bonuses:
            c.setFont("Helvetica", 9)
            c.drawString(52, y, str(yr))
            c.drawString(220, y, f"{rate}% of sum assured and bonuses")
            c.drawRightString(470, y, gbp(amt))
            y -= 13
        y -= 12
        wrap(
            c,
            "Bonus rates are not guaranteed for the future. A terminal bonus may be added when the policy "
            "matures or on a death claim, but not on surrender. The surrender value is not guaranteed and may be "
            "lower or higher if the policy is cashed in at a later date. The maturity value depends on the bonuses "
            "still to be declared.",
            50,
            y,
            W - 100,
            size=8,
        )

    rec = reply_record(
        prov, number, cl, addr, "other", when, holds, surrender, premium, "monthly", None, ni_known=False
    )
    return doc, rec


def reply_dated(rng, used):
    cl = P.person(rng, used)
    prov = rng.choice(REPLY)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    kind = rng.choice(["personal_pension", "personal_pension", "stakeholder_pension", "onshore_bond", "isa"])
    number = pol(
        rng, {"personal_pension": "pp", "stakeholder_pension": "gp", "onshore_bond": "bond", "isa": "isa"}[kind]
    )
    latest = date(2026, 1, 15) + timedelta(days=rng.randrange(0, 100))
    fund = rng.choice(P.FUNDS["platform" if kind == "isa" else "pension"])
    if kind == "onshore_bond":
        fund = rng.choice(["Cautious Managed Life", "Balanced Portfolio Life", "Distribution Life Fund"])
    pence = rng.random() < 0.4
    hold = P.fund_rows(rng, [fund], pence, isins=rng.random() < 0.6)
    units_now = Decimal(hold[0]["units"])
    value = Decimal(hold[0]["value"])
    exit_pct = Decimal(rng.choice([0, 0, 0, 1, 2, 3]))
    transfer = q2(value * (100 - exit_pct) / 100) if kind != "isa" else None
    n = rng.randrange(4, 7)
    dates = [date(latest.year - k, latest.month, min(latest.day, 28)) for k in range(n)]
    dates[0] = latest
    history = []
    u, v = units_now, value
    for k, d in enumerate(dates):
        if k:
            u = (u * Decimal(rng.uniform(0.88, 0.99))).quantize(Decimal("0.001"))
            v = q2(v * Decimal(rng.uniform(0.85, 1.02)))
        tv = None if kind == "isa" else (q2(v * (100 - exit_pct) / 100) if k else transfer)
        history.append((d, v, tv, u))
    if kind == "onshore_bond":
        contrib, freq = Decimal(rng.randrange(20, 150)) * 500, "single"
        cline = f"Single premium {gbp(contrib)} paid on {long_date(dates[-1] - timedelta(days=200))}"
    elif rng.random() < 0.25:
        contrib, freq = None, None
        cline = "Regular payments: none currently being paid"
    else:
        contrib = Decimal(rng.randrange(50, 600)) * 1
        freq = rng.choice(["monthly", "monthly", "annually"])
        cline = f"Regular payment {gbp(contrib)} {'each month' if freq == 'monthly' else 'each year'}"
    charge = rng.choice([None, "0.75", "1.00", "0.50", "1.25"])
    newest_first = rng.random() < 0.5
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        letterhead(c, prov, "Adviser servicing")
        y = to_adviser(c, doc.r, firm, adviser, H - 108)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 50, H - 108, long_date(latest + timedelta(days=doc.r.randrange(1, 8))))
        y -= 18
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"Your client: {cl['title']} {cl['name']}   Plan number: {number}")
        y = wrap(
            c,
            "We have received your client's authority and are happy to provide the information below. The "
            "values table shows the plan on each anniversary we hold, with the most recent valuation "
            + ("first." if newest_first else "last."),
            60,
            y - 18,
            W - 120,
        )
        det = [
            (
                "Plan type",
                {
                    "personal_pension": "Personal Pension",
                    "stakeholder_pension": "Stakeholder Pension",
                    "onshore_bond": "Investment Bond (onshore)",
                    "isa": "Stocks and Shares ISA",
                }[kind],
            ),
            ("Plan holder", f"{cl['title']} {cl['name']}"),
            ("Date of birth", slash(cl["dob"])),
            ("National Insurance", P.ni_printed(doc.r, cl["ni"])),
            ("Address", ", ".join(cl["lines"]) + ", " + cl["postcode"]),
            ("Contributions", cline),
        ]
        if charge:
            det.append(("Annual management charge", f"{charge}% a year"))
        for lab, val in det:
            c.setFont("Helvetica", 9)
            c.drawString(70, y, lab)
            c.drawString(220, y, val)
            y -= 14
        y -= 14
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(60, y, "Plan values")
        y -= 18
        cols = [
            (62, "Date", False),
            (250, "Plan value", True),
            (370, "Transfer value", True),
            (500, "Units held", True),
        ]
        c.setFillGray(0.88)
        c.rect(58, y - 4, W - 112, 15, stroke=0, fill=1)
        c.setFillGray(0)
        for x, t, right in cols:
            c.setFont("Helvetica-Bold", 8.5)
            (c.drawRightString if right else c.drawString)(x, y, t)
        y -= 16
        for d, v, tv, u in history if newest_first else list(reversed(history)):
            c.setFont("Helvetica", 9)
            c.drawString(62, y, slash(d))
            c.drawRightString(250, y, f"{v:,.2f}")
            c.drawRightString(370, y, "n/a" if tv is None else f"{tv:,.2f}")
            c.drawRightString(500, y, f"{u:,.3f}")
            y -= 14
        c.setFont("Helvetica", 7.5)
        c.drawString(62, y - 2, "Values in pounds sterling.")
        y -= 26
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"Fund held at {long_date(latest)}")
        y -= 15
        h = hold[0]
        c.setFont("Helvetica", 9)
        price = f"{h['unit_price']}p" if h["price_currency"] == "GBX" else f"£{h['unit_price']}"
        c.drawString(62, y, f"{h['fund_name']}" + (f"  (ISIN {h['isin']})" if h["isin"] else ""))
        c.drawString(62, y - 13, f"{Decimal(h['units']):,.3f} units at {price} = {gbp(Decimal(h['value']))}")
        y -= 40
        if exit_pct and transfer is not None:
            y = wrap(
                c,
                f"The transfer value is after an early exit charge of {exit_pct}% of the plan value.",
                60,
                y,
                W - 120,
                size=8.5,
            )
        wrap(
            c,
            "Past values are not a guide to the future. Transfer values are not guaranteed and may change "
            "daily with the price of units. If you need anything else please call our adviser support line.",
            60,
            y,
            W - 120,
            size=8,
        )

    rec = reply_record(prov, number, cl, True, kind, latest, hold, transfer, contrib, freq, charge)
    return doc, rec


# ------------------------------------------------------------------ statements
def statement_record(
    prov, number, cl, addr, plan_type, start, end, holds, transfer, contrib, freq, charge, ni_known=True, title=True
):
    rec = reply_record(prov, number, cl, addr, plan_type, end, holds, transfer, contrib, freq, charge, ni_known)
    out = {}
    for k, v in rec.items():
        out[k] = v
        if k == "valuation_date":
            out["period_start"] = start.isoformat()
    if not title:
        out["client_title"] = None
    return out


def statement_junior_sipp(rng, used):
    child = P.person(rng, used, born=(2009, 2022))
    parent = P.person(rng, used, born=(1975, 1992))
    parent["surname"] = child["surname"]
    parent["lines"], parent["postcode"] = child["lines"], child["postcode"]
    prov = rng.choice(JSIPP)
    number = pol(rng, "sipp")
    end = date(2026, 4, 5) if rng.random() < 0.6 else date(2025, 12, 31)
    start = date(2025, 4, 6) if end.month == 4 else date(2025, 1, 1)
    holds = P.fund_rows(
        rng,
        rng.sample(P.FUNDS["platform"], rng.randrange(1, 4)),
        pence=rng.random() < 0.5,
        isins=True,
        big=(300000, 4000000),
    )
    value = sum(Decimal(h["value"]) for h in holds)
    net = Decimal(rng.choice([50, 80, 100, 120, 200, 240]))
    gross = q2(net * Decimal("1.25"))
    freq = "monthly" if rng.random() < 0.7 else "annually"
    if freq == "annually":
        net = Decimal(2880)
        gross = Decimal(3600)
    per = 12 if freq == "monthly" else 1
    paid_net, relief = net * per, (gross - net) * per
    opening = q2(value - gross * per - Decimal(rng.randrange(-800, 1500)))
    if opening < 0:
        opening = Decimal("0.00")
    fee = rng.choice([None, "0.25", "0.35", "0.45"])
    has_ni = (end.year - child["dob"].year) >= 17
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, H - 60, prov)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 50, H - 58, "Junior SIPP annual statement")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 50, H - 72, f"{long_date(start)} to {long_date(end)}")
        y = H - 110
        c.setFont("Helvetica", 9.5)
        for ln in [f"{parent['title']} {parent['first']} {parent['surname']}", *parent["lines"], parent["postcode"]]:
            c.drawString(60, y, ln)
            y -= 12
        bx = 330
        c.setFillGray(0.93)
        c.rect(bx, H - 228, W - 50 - bx, 126, stroke=0, fill=1)
        c.setFillGray(0)
        yy = H - 116
        for lab, val in [
            ("Account holder (child)", child["name"]),
            ("Date of birth", long_date(child["dob"])),
            ("Account number", number),
            ("National Insurance", P.ni_printed(doc.r, child["ni"]) if has_ni else "Not yet issued"),
            ("Registered contact", f"{parent['first']} {parent['surname']} (parent)"),
        ]:
            c.setFont("Helvetica", 7.5)
            c.drawString(bx + 8, yy, lab)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(bx + 8, yy - 10, val)
            yy -= 24
        y = H - 250
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y, f"Dear {parent['title']} {parent['surname']}")
        y = wrap(
            c,
            f"This statement is for the Junior SIPP you look after for {child['first']}. You manage the "
            f"account until {child['first']}'s 18th birthday, when it passes to them. The money cannot normally "
            "be taken until the minimum pension age, currently 57 from 2028.",
            60,
            y - 16,
            W - 120,
        )
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y - 6, "Your year at a glance")
        y -= 26
        rows = [
            (f"Value on {long_date(start - timedelta(days=1))}", gbp(opening)),
            ("Payments you made (net)", gbp(paid_net)),
            ("Basic-rate tax relief claimed from HMRC", gbp(relief)),
            ("Investment growth after charges", gbp(value - opening - paid_net - relief)),
            (f"Value on {long_date(end)}", gbp(value)),
        ]
        for lab, val in rows:
            c.setFont("Helvetica-Bold" if lab == f"Value on {long_date(end)}" else "Helvetica", 9.5)
            c.drawString(70, y, lab)
            c.drawRightString(W - 70, y, val)
            y -= 16
        y -= 10
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, "Regular payment")
        y -= 15
        c.setFont("Helvetica", 9.5)
        how = "each month" if freq == "monthly" else "once a year"
        c.drawString(70, y, f"You pay {gbp(net)} {how}; with tax relief {gbp(gross)} is added to the account {how}.")
        y -= 15
        if fee:
            c.drawString(70, y, f"Account charge: {fee}% a year of the value of your funds.")
            y -= 15
        wrap(
            c,
            "The most that can be paid in for a child each tax year is £2,880, which becomes £3,600 with tax "
            "relief. Anyone can pay in, but the payments count towards this limit.",
            60,
            y - 10,
            W - 120,
            size=8.2,
        )

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, f"Investments held at {long_date(end)}")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 73, f"{child['name']} - Junior SIPP {number}")
        y = H - 102
        heads = [(52, "Investment", False), (330, "Quantity", True), (420, "Price", True), (W - 52, "Value (£)", True)]
        for x, t, right in heads:
            c.setFont("Helvetica-Bold", 8.5)
            (c.drawRightString if right else c.drawString)(x, y, t)
        c.line(50, y - 4, W - 50, y - 4)
        y -= 18
        for h in holds:
            c.setFont("Helvetica", 9)
            c.drawString(52, y, h["fund_name"])
            c.setFont("Helvetica", 7)
            c.drawString(52, y - 9, f"ISIN {h['isin']}")
            c.setFont("Helvetica", 9)
            c.drawRightString(330, y, f"{Decimal(h['units']):,.3f}")
            c.drawRightString(420, y, f"{h['unit_price']}p" if h["price_currency"] == "GBX" else f"£{h['unit_price']}")
            c.drawRightString(W - 52, y, f"{Decimal(h['value']):,.2f}")
            y -= 24
        c.line(50, y + 12, W - 50, y + 12)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(52, y, "Total value of investments")
        c.drawRightString(W - 52, y, f"{value:,.2f}")
        y -= 30
        wrap(
            c,
            "Prices are mid or single prices at the close of business on the statement date. The value of "
            "investments can fall as well as rise and the account may be worth less than was paid in.",
            50,
            y,
            W - 100,
            size=8,
        )

    @doc.page
    def p3(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "Important information")
        y = H - 84
        for t in [
            "Tax relief: we claim basic-rate relief from HMRC on each payment; it usually reaches the account "
            "six to eleven weeks later.",
            "Changing investments: you can switch funds online or by post at any time; dealing charges may apply.",
            "At 18: we will write to your child before their birthday to explain how they can take over the account.",
            "Complaints: if you are unhappy with our service, contact us first. You may then refer your "
            "complaint to the Financial Ombudsman Service.",
            "Compensation: the Financial Services Compensation Scheme may cover you if we cannot meet our obligations.",
        ]:
            y = wrap(c, t, 50, y, W - 100, size=8.8)
            y -= 4

    rec = statement_record(
        prov, number, child, True, "sipp", start, end, holds, None, gross, freq, fee, ni_known=has_ni, title=False
    )
    return doc, rec


def statement_ptfc(rng, used):
    cl = P.person(rng, used, born=(1962, 1975))
    prov = rng.choice(PENSION)
    number = pol(rng, rng.choice(["pp", "gp"]))
    end = date(2026, rng.choice([1, 2, 3, 4]), rng.choice([1, 5, 15, 28]))
    start = date(end.year - 1, end.month, end.day) + timedelta(days=1)
    growth = P.fund_rows(
        rng,
        rng.sample(
            [
                "Managed Growth Pension",
                "Global Equity Index Pension",
                "Diversified Assets Pension",
                "Responsible Global Equity Pension",
            ],
            rng.randrange(1, 3),
        ),
        False,
        rng.random() < 0.5,
    )
    pre = P.fund_rows(
        rng,
        rng.sample(
            [
                "Pre-Retirement Pension",
                "Over 15 Year Gilt Pension",
                "Cash Lump Sum Pension",
                "Deposit Pension",
                "Annuity Target Pension",
            ],
            rng.randrange(1, 3),
        ),
        False,
        rng.random() < 0.5,
    )
    holds = growth + pre
    value = sum(Decimal(h["value"]) for h in holds)
    ptfc = q2(value * Decimal(rng.uniform(0.27, 0.40)))
    exit_pct = Decimal(rng.choice([0, 0, 1, 2]))
    transfer = q2(value * (100 - exit_pct) / 100)
    contrib = Decimal(rng.randrange(40, 500)) if rng.random() < 0.7 else None
    freq = rng.choice(["monthly", "monthly", "quarterly", "annually"]) if contrib is not None else None
    charge = rng.choice(["1.00", "0.90", "0.65", "1.15"])
    retire = date(cl["dob"].year + rng.choice([65, 66, 67]), cl["dob"].month, min(cl["dob"].day, 28))
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        letterhead(c, prov, "Personal pension - annual statement")
        y = H - 110
        c.setFont("Helvetica", 9.5)
        for ln in [f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica", 8.5)
        yy = H - 110
        for lab, val in [
            ("Plan number", printed_pol(doc.r, number)),
            ("Statement period", f"{slash(start)} - {slash(end)}"),
            ("Date of birth", slash(cl["dob"])),
            ("NI number", P.ni_printed(doc.r, cl["ni"])),
            ("Selected retirement date", long_date(retire)),
        ]:
            c.drawString(340, yy, lab)
            c.drawRightString(W - 50, yy, val)
            yy -= 12
        y = H - 200
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "Your plan summary")
        y -= 18
        rows = [(f"Plan value at {long_date(end)}", gbp(value)), ("Transfer value", gbp(transfer))]
        if contrib is not None:
            rows.append(
                (
                    "Your regular contribution",
                    f"{gbp(contrib)} {({'monthly': 'monthly', 'quarterly': 'quarterly', 'annually': 'yearly'})[freq]}",
                )
            )
        else:
            rows.append(("Your regular contribution", "None - contributions have stopped"))
        rows.append(("Annual management charge", f"{charge}%"))
        for lab, val in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(70, y, lab)
            c.drawRightString(W - 70, y, val)
            y -= 15
        if exit_pct:
            y = wrap(
                c,
                f"The transfer value reflects an exit charge of {exit_pct}% that applies before your selected "
                "retirement date.",
                60,
                y - 4,
                W - 120,
                size=8.3,
            )
        y -= 16
        c.setStrokeColorRGB(0.2, 0.4, 0.2)
        c.setLineWidth(1.2)
        c.rect(55, y - 74, W - 110, 82)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(65, y - 8, "Protected tax-free cash")
        wrap(
            c,
            f"Your plan holds a right to tax-free cash above the usual 25%, carried over from a scheme transfer. "
            f"Based on the current value, the protected tax-free cash would be {gbp(ptfc)}. You may lose this "
            "protection if you transfer the plan on its own or take benefits in certain ways: please speak to a "
            "financial adviser before making changes.",
            65,
            y - 24,
            W - 130,
            size=8.6,
        )

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, f"Where your money is invested at {long_date(end)}")
        y = wrap(
            c,
            "Your plan follows a lifestyle strategy: as your selected retirement date gets closer, your "
            "money moves gradually from the growth phase into the pre-retirement phase funds.",
            50,
            H - 80,
            W - 100,
            size=8.6,
        )
        y -= 8
        for phase, rows in [("Growth phase", growth), ("Pre-retirement phase", pre)]:
            c.setFillGray(0.9)
            c.rect(48, y - 4, W - 96, 15, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(52, y, phase)
            y -= 16
            for x, t in [(52, "Fund"), (238, "ISIN"), (360, "Units"), (440, "Price"), (W - 52, "Value")]:
                c.setFont("Helvetica-Oblique", 7.8)
                (c.drawString if x in (52, 238) else c.drawRightString)(x, y, t)
            y -= 13
            for h in rows:
                c.setFont("Helvetica", 9)
                c.drawString(52, y, h["fund_name"])
                c.setFont("Helvetica", 8)
                c.drawString(238, y, h["isin"] or "-")
                c.setFont("Helvetica", 9)
                c.drawRightString(360, y, f"{Decimal(h['units']):,.3f}")
                c.drawRightString(440, y, f"£{h['unit_price']}")
                c.drawRightString(W - 52, y, gbp(Decimal(h["value"])))
                y -= 14
            sub = sum(Decimal(h["value"]) for h in rows)
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(52, y, f"{phase} subtotal")
            c.drawRightString(W - 52, y, gbp(sub))
            y -= 24
        c.line(48, y + 12, W - 48, y + 12)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(52, y, "Total plan value")
        c.drawRightString(W - 52, y, gbp(value))

    @doc.page
    def p3(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "Your projected pension")
        proj = q2(value * Decimal(rng_uniform(doc.r, 1.1, 1.6)))
        y = wrap(
            c,
            f"If contributions continue as now and investments grow as assumed, your plan could be worth "
            f"{gbp(proj)} at your selected retirement date in today's money, which might buy an income of "
            f"{gbp(q2(proj * Decimal('0.055')))} a year. These figures are illustrations, not guarantees.",
            50,
            H - 82,
            W - 100,
        )
        wrap(
            c,
            "Projections assume inflation of 2.5% a year and follow the FCA's rules for statutory money "
            "purchase illustrations. Your actual pension will depend on investment returns, charges and annuity "
            "rates when you retire.",
            50,
            y,
            W - 100,
            size=8.2,
        )

    rec = statement_record(
        prov, number, cl, True, "personal_pension", start, end, holds, transfer, contrib, freq, charge
    )
    return doc, rec


def rng_uniform(r: random.Random, a: float, b: float) -> str:
    return f"{r.uniform(a, b):.4f}"


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
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3, 8), a.shape)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(
        ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9))
    )
    return g.point(lambda v: 255 if v > 145 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool, bilevel: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    dpi = rng.choice([200, 240, 300]) if bilevel else rng.choice([200, 220, 250])
    quality = rng.randrange(30, 52)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("scan")
    for i in range(len(src)):
        if mixed and i == 0:
            doc.draw(c, 0)
        else:
            img = degrade(src[i].render(scale=dpi / 72).to_pil(), rng, bilevel)
            ib = io.BytesIO()
            img.save(ib, "PNG") if bilevel else img.save(ib, "JPEG", quality=quality)
            ib.seek(0)
            c.drawImage(ImageReader(ib), 0, 0, W, H)
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
        "loa-fax-cover-form": loa_fax,
        "loa-crm-smallcaps-panel": loa_crm,
        "reply-closed-book-endowment": reply_endowment,
        "reply-dated-value-rows": reply_dated,
        "statement-junior-sipp": statement_junior_sipp,
        "statement-ptfc-lifestyle-phases": statement_ptfc,
    }
    nscan = {"reply-closed-book-endowment": 4, "statement-junior-sipp": 4}  # 3 for each other variant: 20
    scans = {v: set(rng.sample(range(n), nscan.get(v, 3))) for v, n in COUNTS.items()}
    mixed = {(v, min(scans[v])) for v in nscan}
    unsigned = {("loa-fax-cover-form", i) for i in (1, 5, 10)} | {("loa-crm-smallcaps-panel", i) for i in (3, 8, 12)}
    items, used = [], set()
    for v, n in COUNTS.items():
        for i in range(n):
            if VARIANTS[v] == "loa":
                doc, rec = makers[v](rng, used, (v, i) not in unsigned)
            else:
                doc, rec = makers[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    bilevel_turn = 0
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        if is_scan:
            bilevel_turn += 1
            data = scan_pdf(doc, rng, is_mixed, bilevel_turn % 3 == 0)
        else:
            data = text_pdf(doc)
        name = f"h22-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
