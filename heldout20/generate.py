#!/usr/bin/env python3
"""heldout20: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout20/generate.py --out heldout20/docs --seed 20261220
"""

# ruff: noqa: D103  (small drawing helpers and layouts, named for what they draw)
from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import reportlab
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fake  # noqa: E402
from fake import long_date, money, q2, total  # noqa: E402

rl_config.invariant = 1
W, H = A4
_FONTS = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
_face = pdfmetrics.EmbeddedType1Face(os.path.join(_FONTS, "callig15.afm"), os.path.join(_FONTS, "callig15.pfb"))
pdfmetrics.registerTypeFace(_face)
pdfmetrics.registerFont(pdfmetrics.Font("Script", _face.name, "WinAnsiEncoding"))

VARIANTS = {
    "loa-numbered-questions-script": "loa",
    "loa-client-agreement-annex": "loa",
    "reply-valuation-certificate": "loa_response",
    "reply-mvr-with-without": "loa_response",
    "statement-switch-history-lifestyle": "annual_statement",
    "statement-isa-cash-park": "annual_statement",
}
COUNTS = {
    "loa-numbered-questions-script": 13,
    "loa-client-agreement-annex": 13,
    "reply-valuation-certificate": 14,
    "reply-mvr-with-without": 13,
    "statement-switch-history-lifestyle": 13,
    "statement-isa-cash-park": 14,
}
WEB = {
    "Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk", "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com",
    "Canada Life": "canadalife.co.uk", "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk", "ReAssure": "reassure.co.uk", "Utmost Life and Pensions": "utmost.co.uk",
    "AJ Bell": "ajbell.co.uk", "Hargreaves Lansdown": "hl.co.uk", "Fidelity": "fidelity.co.uk",
    "interactive investor": "ii.co.uk", "Transact": "transact-online.co.uk", "Quilter": "quilter.com",
    "Wesleyan": "wesleyan.co.uk", "LV=": "lv.com", "Scottish Friendly": "scottishfriendly.co.uk",
    "Vanguard": "vanguardinvestor.co.uk", "Nucleus": "nucleusfinancial.com", "Novia": "novia-financial.co.uk",
    "True Potential": "tpinvest.co.uk", "Embark": "embarkgroup.co.uk", "Fundment": "fundment.com",
}
FORM_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                  "Canada Life", "Zurich", "Prudential", "Phoenix Life", "ReAssure", "LV="]
ANNEX_PROVIDERS = ["Aviva", "Royal London", "Aegon", "Standard Life", "AJ Bell", "Fidelity", "Quilter", "Transact",
                   "Hargreaves Lansdown", "Scottish Widows", "Legal & General", "Utmost Life and Pensions"]
CERT_PROVIDERS = ["Aviva", "Royal London", "Zurich", "Canada Life", "Legal & General", "Scottish Widows",
                  "Standard Life", "Wesleyan", "Utmost Life and Pensions"]
WP_PROVIDERS = ["Prudential", "Aviva", "Phoenix Life", "ReAssure", "Wesleyan", "LV=", "Royal London",
                "Utmost Life and Pensions", "Scottish Widows", "Canada Life", "Scottish Friendly"]
STAKE_PROVIDERS = ["Aviva", "Scottish Widows", "Legal & General", "Standard Life", "Aegon", "Royal London", "Zurich"]
ISA_PROVIDERS = ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor", "Vanguard", "Transact",
                 "Quilter", "Nucleus", "Novia", "True Potential", "Embark", "Fundment"]


class Doc:
    """A document as page-drawing functions, so a scan can redraw its first page as text."""

    def __init__(self, provider: str, rng: random.Random, footer: str | None = None):
        self.pages: list = []
        self.provider = provider
        self.footer = footer
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)

    def page(self, fn):
        self.pages.append(fn)
        return fn

    def draw(self, c, i: int) -> None:
        self.r.seed(self.seed * 17 + i)
        self.pages[i](c)
        c.setFont("Helvetica", 6.8)
        c.setFillGray(0.4)
        left = self.footer or (f"{WEB[self.provider]}" if self.provider in WEB else "")
        c.drawString(48, 26, left)
        c.drawRightString(W - 48, 26, f"Page {i + 1} of {len(self.pages)}")
        c.setFillGray(0)


def para(c, text, x, y, width, font="Helvetica", size=9, lead=11.8):
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 4


def pol(rng, style):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {
        "wp": f"WPB{d(7)}",
        "bond": f"{rng.choice('ABDJ')}{d(8)}",
        "pen": f"{d(4)}-{d(5)}{rng.choice('PRX')}",
        "sh": f"STK{d(6)}/{d(2)}",
        "isa": f"{rng.choice(['IS', 'SI', 'ISA'])}{d(7)}",
        "num": f"{d(10)}",
    }[style]


def signed_day(rng):
    return date(2026, 1, 6) + timedelta(days=rng.randrange(0, 270))


# ------------------------------------------------------------------ signatures
def sig_strokes(c, rng, x, y, w=150):
    """Vector ink: a flourish of straight strokes."""
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(rng.uniform(0.9, 1.5))
    p = c.beginPath()
    px, py = x, y + rng.uniform(2, 10)
    p.moveTo(px, py)
    for _ in range(rng.randrange(12, 22)):
        px += rng.uniform(4, w / 12)
        py = min(max(py + rng.uniform(-12, 12), y - 4), y + 22)
        p.lineTo(px, py)
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 4, y - 3, px * 0.9 + x * 0.1, y + rng.uniform(-5, 1))
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1)


def sig_bezier(c, rng, x, y, w=150):
    """Vector ink: loops drawn as Bezier curves."""
    c.setStrokeColorRGB(0.05, 0.05, 0.25)
    c.setLineWidth(rng.uniform(1.0, 1.6))
    p = c.beginPath()
    px, py = x, y + 6
    p.moveTo(px, py)
    for _ in range(rng.randrange(4, 8)):
        nx = px + rng.uniform(14, w / 5)
        p.curveTo(px + rng.uniform(-6, 10), py + rng.uniform(10, 28), nx + rng.uniform(-14, 4),
                  y + rng.uniform(-10, 0), nx, y + rng.uniform(0, 14))
        px, py = nx, y + 6
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1)


def sig_image(rng, w=160, h=44) -> ImageReader:
    """A wet signature photographed and pasted in: a grey-paper JPEG."""
    im = Image.new("RGB", (w * 3, h * 3), (244, 243, 236))
    d = ImageDraw.Draw(im)
    pts, x, y = [], 10.0, h * 1.5
    for _ in range(rng.randrange(10, 18)):
        x += rng.uniform(14, 34)
        y = min(max(y + rng.uniform(-38, 38), 12), h * 3 - 12)
        pts.append((x, y))
    d.line(pts, fill=(15, 15, 70), width=5, joint="curve")
    d.arc([pts[1][0] - 30, pts[1][1] - 40, pts[1][0] + 30, pts[1][1] + 20], 20, 330, fill=(15, 15, 70), width=4)
    im = im.filter(ImageFilter.GaussianBlur(1.0))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=65)
    buf.seek(0)
    return ImageReader(buf)


# ------------------------------------------------------------------ LoA 1: provider form, numbered questions
def loa_questions(rng, used, signed):
    prov = rng.choice(FORM_PROVIDERS)
    cl = fake.person(rng, used)
    firm, adviser = rng.choice(fake.FIRMS), rng.choice(fake.ADVISERS)
    style = rng.choice(["pen", "bond", "num"])
    pols = [pol(rng, style) for _ in range(rng.choice([1, 1, 2, 3]))]
    day = signed_day(rng) if signed else None
    form_ref = f"{rng.choice(['LOA', 'AUTH', 'ADV'])}{rng.randrange(100, 999)} {rng.choice(['01', '03', '06', '09'])}.{rng.randrange(21, 26)}"
    sig = rng.choice(["strokes", "bezier"])
    agent = rng.random() < 0.5
    doc = Doc(prov, rng)
    dob_txt = cl["dob"].strftime(rng.choice(["%d/%m/%Y", "%d / %m / %Y", "%d-%m-%Y"]))
    ni_txt = fake.ni_spaced(cl["ni"]) if rng.random() < 0.6 else cl["ni"]

    def answer(c, x, y, text, size=16):
        c.setFillColorRGB(0.06, 0.1, 0.42)
        c.setFont("Script", size)
        c.drawString(x, y, text)
        c.setFillGray(0)

    def box(c, x, y, w, h=18):
        c.setStrokeGray(0.55)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setStrokeGray(0)

    def yesno(c, x, y, yes):
        c.setFont("Helvetica", 8.5)
        for i, lab in enumerate(("Yes", "No")):
            bx = x + i * 52
            box(c, bx, y - 2, 11, 11)
            c.drawString(bx + 15, y, lab)
            if (yes and i == 0) or (not yes and i == 1):
                c.setStrokeColorRGB(0.06, 0.1, 0.42)
                c.setLineWidth(1.4)
                c.line(bx + 1, y + 4, bx + 4, y - 1)
                c.line(bx + 4, y - 1, bx + 12, y + 10)
                c.setLineWidth(1)
                c.setStrokeGray(0)

    @doc.page
    def p1(c):
        c.setFillGray(0.15)
        c.rect(0, H - 74, W, 74, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(48, H - 40, prov)
        c.setFont("Helvetica", 10.5)
        c.drawString(48, H - 58, "Giving your financial adviser authority to deal with us")
        c.setFillGray(0)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 48, H - 88, f"Form {form_ref}")
        y = para(c, "Please answer every question in BLOCK CAPITALS or clear handwriting, using black or blue ink. "
                 "If you need more room for plan numbers, attach a separate sheet and sign it. Return the form to "
                 "your adviser, who will send it to us.", 48, H - 104, W - 96, size=8.5)
        qs = [
            ("1", "Your title", cl["title"]),
            ("2", "Your full name (as shown on your plan documents)", cl["name"]),
            ("3", "Your date of birth", dob_txt),
            ("4", "Your National Insurance number", ni_txt),
            ("5", "Your current home address", ", ".join(cl["lines"])),
            ("6", "Postcode", cl["postcode"]),
            ("7", "Plan or policy number(s) this authority covers", ",  ".join(pols)),
        ]
        y -= 6
        for n, q, a in qs:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(48, y, n + ".")
            c.setFont("Helvetica", 9)
            c.drawString(64, y, q)
            box(c, 64, y - 26, W - 112, 20)
            answer(c, 70, y - 20, a)
            y -= 44
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "8.")
        c.setFont("Helvetica", 9)
        c.drawString(64, y, "May we give your adviser information about the plan(s) above, including values and funds?")
        yesno(c, 64, y - 18, True)
        y -= 42
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "9.")
        c.setFont("Helvetica", 9)
        c.drawString(64, y, "Do you also want the adviser's firm to become the agent on your plan(s) (servicing rights)?")
        yesno(c, 64, y - 18, agent)
        y -= 42
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "10.")
        c.setFont("Helvetica", 9)
        c.drawString(64, y, "Name of your adviser's firm")
        box(c, 64, y - 26, W - 112, 20)
        answer(c, 70, y - 20, firm)
        y -= 44
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "11.")
        c.setFont("Helvetica", 9)
        c.drawString(64, y, "Name of the individual adviser (optional)")
        box(c, 64, y - 26, W - 112, 20)
        answer(c, 70, y - 20, adviser)

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 60, "12.  Your declaration")
        y = para(c, f"I authorise {prov} to release to the adviser named in question 10 and 11 any information they ask "
                 "for about the plan(s) listed in question 7. This authority stays in force until I cancel it in writing. "
                 "If I answered Yes to question 9, I also ask that the firm named becomes the agent on those plans and "
                 "that any previous agency is cancelled.", 48, H - 80, W - 96, size=9)
        y = para(c, "Please note that an authority we receive more than 12 months after it was signed may be returned "
                 "to your adviser for a new signature.", 48, y, W - 96, size=8, lead=10.5)
        y -= 10
        c.setFont("Helvetica", 9)
        c.drawString(48, y, "Your signature")
        c.drawString(330, y, "Date (DD MM YYYY)")
        c.rect(48, y - 56, 250, 46, stroke=1, fill=0)
        for k in range(8):
            c.rect(330 + k * 20 + (8 if k > 1 else 0) + (8 if k > 3 else 0), y - 36, 18, 22, stroke=1, fill=0)
        if signed:
            (sig_strokes if sig == "strokes" else sig_bezier)(c, doc.r, 62, y - 40, 200)
            digits = day.strftime("%d%m%Y")
            c.setFillColorRGB(0.06, 0.1, 0.42)
            c.setFont("Script", 14)
            for k, ch in enumerate(digits):
                c.drawString(334 + k * 20 + (8 if k > 1 else 0) + (8 if k > 3 else 0), y - 30, ch)
            c.setFillGray(0)
        y -= 92
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "For office use only")
        c.setFont("Helvetica", 8)
        c.drawString(48, y - 14, "Received ............   Agency code ............   Scanned ............   Checked ............")
        y -= 50
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "How we use your information")
        para(c, f"{prov} will use the details on this form to identify your plans and to deal with your adviser. We may "
             "check the details against our records. Please tell us if you change your adviser. Calls may be recorded. "
             "You can read our privacy notice on our website.", 48, y - 16, W - 96, size=8, lead=10.5)

    rec = {
        "provider": prov, "policy_numbers": pols, "client_title": cl["title"], "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(), "ni_number": cl["ni"], "client_address": ", ".join(cl["lines"]),
        "client_postcode": cl["postcode"], "adviser_firm": firm, "fca_frn": None, "adviser_name": adviser,
        "date_signed": day.isoformat() if day else None, "signature_present": bool(signed),
    }
    return doc, rec


# ------------------------------------------------------------------ LoA 2: appendix of a client agreement
def loa_annex(rng, used, signed):
    prov = rng.choice(ANNEX_PROVIDERS)
    cl = fake.person(rng, used)
    firm, adviser = rng.choice(fake.FIRMS), rng.choice(fake.ADVISERS)
    style = rng.choice(["pen", "isa", "bond", "num"])
    plans = [(rng.choice(["Personal pension", "Stocks and shares ISA", "Investment bond", "SIPP", "GIA"]), pol(rng, style))
             for _ in range(rng.choice([1, 2, 2, 3]))]
    day = signed_day(rng) if signed else None
    sig = rng.choice(["image", "esign"])
    version_day = date(2025, rng.randrange(1, 13), 1)
    fee = rng.choice(["0.50", "0.75", "1.00"])
    dob_txt = cl["dob"].strftime(rng.choice(["%d/%m/%Y", "%d %B %Y", "%d.%m.%Y"]))
    doc = Doc(prov, rng, footer=f"{firm}  |  Client Agreement v{rng.randrange(2, 6)}.{rng.randrange(0, 9)}")
    esign_id = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    sig_img = sig_image(rng) if signed and sig == "image" else None
    tm = f"{rng.randrange(8, 20):02d}:{rng.randrange(60):02d}"

    def head(c, title):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, H - 56, firm)
        c.setFont("Helvetica", 9)
        c.drawString(48, H - 70, "Independent financial planning")
        c.setLineWidth(2)
        c.line(48, H - 78, W - 48, H - 78)
        c.setLineWidth(1)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 100, title)

    @doc.page
    def p1(c):
        head(c, "Client Agreement: our terms of business")
        y = H - 120
        sections = [
            ("1. About us", f"{firm} gives independent advice on investments and pensions. We are authorised and "
             "regulated by the Financial Conduct Authority; you can check our entry on the Financial Services Register."),
            ("2. Our services", "We will review your existing plans, recommend what to keep, change or transfer and, "
             "if you ask, review your plans once a year. To review plans you already hold we need information from "
             "their providers, which is why Appendix A asks for your authority."),
            ("3. What you will pay", f"Our initial advice fee is agreed with you before work starts. Our ongoing "
             f"service costs {fee}% a year of the value we look after, taken from your plans where the provider allows."),
            ("4. Your information", "We hold your personal data to give you advice and keep records the regulator "
             "requires. We pass it to providers only to arrange or review your plans."),
            ("5. Complaints", "If you are unhappy, write to our compliance officer. You may be able to refer your "
             "complaint to the Financial Ombudsman Service."),
        ]
        for t, body in sections:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(48, y, t)
            y = para(c, body, 48, y - 13, W - 96, size=8.8) - 4
        c.setFont("Helvetica", 8)
        c.drawString(48, y - 6, f"This version of our agreement took effect on {version_day:%d/%m/%Y}.")

    @doc.page
    def p2(c):
        head(c, f"Appendix A: Letter of Authority to {prov}")
        y = H - 124
        c.setFont("Helvetica", 9)
        c.drawString(48, y, f"To: {prov}, Customer Services")
        y = para(c, f"I, the undersigned, authorise {firm} and its adviser {adviser} to request and receive any "
                 "information about the plans listed below, including current and transfer values, fund holdings, "
                 "charges and benefits, and to discuss them with you. Please accept a copy of this letter as if it "
                 "were the original.", 48, y - 18, W - 96, size=9)
        y -= 6
        rows = [("Full name", f"{cl['title']} {cl['name']}"), ("Date of birth", dob_txt),
                ("National Insurance number", cl["ni"] if doc.r.random() < 0.5 else fake.ni_spaced(cl["ni"])),
                ("Address", ", ".join(cl["lines"])), ("Postcode", cl["postcode"])]
        for k, v in rows:
            c.setFillGray(0.92)
            c.rect(48, y - 6, 160, 18, stroke=0, fill=1)
            c.setFillGray(0)
            c.rect(48, y - 6, W - 96, 18, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(54, y, k)
            c.setFont("Helvetica", 9.5)
            c.drawString(216, y, v)
            y -= 18
        y -= 20
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "Plans covered by this authority")
        y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        for x, lab in ((54, "Provider"), (200, "Type of plan"), (360, "Plan number")):
            c.drawString(x, y, lab)
        c.line(48, y - 4, W - 48, y - 4)
        c.setFont("Helvetica", 9)
        for typ, number in plans:
            y -= 16
            c.drawString(54, y, prov)
            c.drawString(200, y, typ)
            c.drawString(360, y, number)
        y -= 40
        c.setFont("Helvetica", 9)
        c.drawString(48, y, "Signed by the client")
        c.line(48, y - 44, 300, y - 44)
        c.drawString(330, y, "Date")
        c.line(330, y - 44, W - 48, y - 44)
        if signed and sig == "image":
            c.drawImage(sig_img, 60, y - 42, 150, 40)
            c.setFont("Helvetica", 10)
            c.drawString(336, y - 38, day.strftime(doc.r.choice(["%d/%m/%Y", "%d %B %Y"])))
        elif signed:
            c.setFont("Courier", 8.5)
            c.drawString(52, y - 22, f"/s/ {cl['name']}")
            c.setFont("Courier", 7)
            c.drawString(52, y - 38, f"e-signed {day:%d/%m/%Y} {tm} GMT  ID {esign_id}")
            c.setFont("Helvetica", 10)
            c.drawString(336, y - 38, day.strftime("%d/%m/%Y"))
        c.setFont("Helvetica", 8)
        c.drawString(48, y - 56, f"{cl['title']} {cl['name']}")
        para(c, "Adviser's note: please send replies to us at the address on our letterhead. We do not ask you to "
             "change the agency on these plans.", 48, y - 90, W - 96, size=8, lead=10.5)

    @doc.page
    def p3(c):
        head(c, "Appendix B: Your acknowledgement of our services")
        y = para(c, "This page records which services you have chosen. It is not part of the letter of authority "
                 "and providers do not need to see it.", 48, H - 124, W - 96, size=9)
        for item in ("Initial review of existing plans", "Annual review meeting", "Cash-flow planning",
                     "Inheritance tax planning"):
            c.rect(48, y - 2, 10, 10, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(66, y, item)
            y -= 18

    rec = {
        "provider": prov, "policy_numbers": [p for _, p in plans], "client_title": cl["title"],
        "client_name": cl["name"], "client_dob": cl["dob"].isoformat(), "ni_number": cl["ni"],
        "client_address": ", ".join(cl["lines"]), "client_postcode": cl["postcode"], "adviser_firm": firm,
        "fca_frn": None, "adviser_name": adviser, "date_signed": day.isoformat() if day else None,
        "signature_present": bool(signed),
    }
    return doc, rec


# ------------------------------------------------------------------ shared reply/statement bits
def fund_table(c, rows, y, heads, total_label, pence=False, show_isin=True, x0=48):
    xs = [x0, 290, 372, 446, W - 48]
    c.setFont("Helvetica-Bold", 8.3)
    c.drawString(xs[0], y, heads[0])
    if show_isin:
        c.drawString(xs[1] - 80, y, heads[1])
    for x, h in zip(xs[2:], heads[2:], strict=True):
        c.drawRightString(x, y, h)
    c.line(x0, y - 4, W - 48, y - 4)
    c.setFont("Helvetica", 8.3)
    for h in rows:
        y -= 14
        c.drawString(xs[0], y, h["fund_name"])
        if show_isin:
            c.drawString(xs[1] - 80, y, h["isin"] or "")
        c.drawRightString(xs[2], y, f"{Decimal(h['units']):,.3f}")
        c.drawRightString(xs[3], y, h["unit_price"])
        c.drawRightString(xs[4], y, money(Decimal(h["value"])))
    c.line(x0, y - 5, W - 48, y - 5)
    y -= 17
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(xs[0], y, total_label)
    c.drawRightString(xs[4], y, money(total(rows)))
    return y - 24


def simple_table(c, rows, y, heads, widths):
    xs = [48]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    c.setFont("Helvetica-Bold", 8.3)
    for x, h in zip(xs, heads, strict=True):
        c.drawString(x, y, h)
    c.line(48, y - 4, W - 48, y - 4)
    c.setFont("Helvetica", 8.3)
    for r in rows:
        y -= 14
        for x, v in zip(xs, r, strict=True):
            c.drawString(x, y, v)
    return y - 20


def to_adviser(c, rng, firm, adviser, y):
    town, outward = rng.choice(fake.TOWNS)
    pc = f"{outward} {rng.randrange(1, 10)}{rng.choice(fake.INWARD)}{rng.choice(fake.INWARD)}"
    c.setFont("Helvetica", 9.5)
    for ln in (adviser, firm, f"{rng.randrange(1, 90)} {rng.choice(['Market Place', 'Bridge Street', 'High Row'])}", town, pc):
        c.drawString(48, y, ln)
        y -= 12.5
    return y


# ------------------------------------------------------------------ reply 1: valuation certificate
def reply_certificate(rng, used):
    prov = rng.choice(CERT_PROVIDERS)
    cl = fake.person(rng, used)
    kind = rng.choice(["onshore_bond", "personal_pension", "isa", "onshore_bond"])
    number = pol(rng, {"onshore_bond": "bond", "personal_pension": "pen", "isa": "isa"}[kind])
    cert_no = f"VC{rng.randrange(2025, 2027)}/{rng.randrange(100000, 999999)}"
    when = fake.in_year(rng)
    pence = rng.random() < 0.3
    hold = fake.holdings(rng, "bond" if kind == "onshore_bond" else ("platform" if kind == "isa" else "pension"),
                         rng.randrange(2, 5), pence=pence, isins=rng.random() < 0.6)
    value = total(hold)
    tv = None
    if kind != "isa":
        tv = value if rng.random() < 0.4 else q2(value * Decimal(rng.choice(["0.97", "0.985", "0.95"])))
    firm, adviser = rng.choice(fake.FIRMS), rng.choice(fake.ADVISERS)
    start = date(rng.randrange(1998, 2020), rng.randrange(1, 13), rng.randrange(1, 28))
    label = {"onshore_bond": "Investment Bond", "personal_pension": "Personal Pension Plan", "isa": "Stocks and Shares ISA"}[kind]
    show_ni = kind == "personal_pension" and rng.random() < 0.7
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setLineWidth(3)
        c.rect(30, 40, W - 60, H - 70, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.rect(36, 46, W - 72, H - 82, stroke=1, fill=0)
        c.setLineWidth(1)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, H - 80, prov)
        c.setFont("Times-Bold", 20)
        c.drawCentredString(W / 2, H - 112, "CERTIFICATE OF VALUATION")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 130, f"Certificate number {cert_no}")
        c.setFont("Helvetica", 8.5)
        c.drawString(60, H - 160, f"Issued to: {adviser}, {firm} (at the request of the policyholder)")
        y = para(c, f"This is to certify that on {long_date(when)} the {label} described below, held by "
                 f"{cl['title']} {cl['name']}, had the value shown. The certificate is issued for information and "
                 "does not change the terms of the contract.", 60, H - 182, W - 120, font="Times-Roman", size=11, lead=14)
        rows = [("Plan number", number), ("Type of plan", label), ("Plan holder", f"{cl['title']} {cl['name']}"),
                ("Date of birth", long_date(cl["dob"])), ("Start date", start.strftime("%d/%m/%Y"))]
        if show_ni:
            rows.append(("National Insurance number", cl["ni"]))
        rows.append(("Valuation date", when.strftime("%d/%m/%Y")))
        y -= 4
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(70, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(240, y, v)
            y -= 14
        y -= 8
        y = fund_table(c, hold, y, ["Fund", "ISIN", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"],
                       "Certified value of the plan", pence=pence, show_isin=any(h["isin"] for h in hold), x0=60)
        c.setFont("Helvetica", 9.5)
        if tv is not None:
            c.drawString(70, y, "Value if the plan were cashed in or transferred on that date")
            c.drawRightString(W - 60, y, f"£{money(tv)}")
            y -= 14
        else:
            c.drawString(70, y, "Cash-in value: not shown on this certificate (see note 3 overleaf)")
            y -= 14
        cx, cy = W - 130, 110
        c.setDash(2, 2)
        c.circle(cx, cy, 42, stroke=1, fill=0)
        c.setDash()
        c.circle(cx, cy, 34, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawCentredString(cx, cy + 8, prov.upper())
        c.drawCentredString(cx, cy - 2, "CERTIFIED")
        c.drawCentredString(cx, cy - 12, when.strftime("%d.%m.%Y"))
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 120, "Signed for the company")
        sig_bezier(c, doc.r, 60, 92, 110)
        c.line(60, 86, 240, 86)
        c.drawString(60, 74, f"{doc.r.choice(['A. Whitcombe', 'J. Farrant', 'M. Gilmour', 'S. Okafor'])}, Certifying Officer")

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 60, "Notes to this certificate")
        notes = [
            "1. Values are calculated using the unit prices on the valuation date and will change with markets.",
            "2. The certificate number identifies this certificate only. Please quote the plan number in any letter.",
            "3. A cash-in or transfer value may be lower than the plan value because of exit charges or adjustments."
            if kind != "isa" else "3. An ISA may be transferred to another manager at the value of its investments.",
            "4. Past performance is not a guide to the future. Tax rules may change.",
            f"5. If you have questions about this certificate, please contact us and quote {cert_no}.",
        ]
        y = H - 82
        for n in notes:
            y = para(c, n, 48, y, W - 96, size=9)

    rec = {
        "provider": prov, "policy_number": number, "client_title": cl["title"], "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(), "ni_number": cl["ni"] if show_ni else None, "client_address": None,
        "client_postcode": None, "plan_type": kind, "valuation_date": when.isoformat(), "plan_value": f"{value:.2f}",
        "transfer_value": f"{tv:.2f}" if tv is not None else None, "regular_contribution": None,
        "contribution_frequency": None, "annual_charge_percent": None, "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ reply 2: with-profits bond, with and without MVR
def reply_mvr(rng, used):
    prov = rng.choice(WP_PROVIDERS)
    cl = fake.person(rng, used)
    number = pol(rng, rng.choice(["wp", "bond"]))
    when = fake.in_year(rng)
    firm, adviser = rng.choice(fake.FIRMS), rng.choice(fake.ADVISERS)
    start = date(rng.randrange(2003, 2019), rng.randrange(1, 13), rng.randrange(1, 28))
    premium = Decimal(rng.choice([10000, 15000, 20000, 25000, 40000, 50000, 75000]))
    wp_units = Decimal(rng.randrange(800000, 6000000)) / 1000
    wp_price = Decimal(rng.randrange(12000, 26000)) / 10000
    wp = {"fund_name": "With-Profits Fund", "isin": None, "units": f"{wp_units:.3f}", "unit_price": f"{wp_price:.4f}",
          "value": f"{q2(wp_units * wp_price):.2f}", "price_currency": "GBP"}
    hold = [wp]
    if rng.random() < 0.5:
        hold += fake.holdings(rng, "bond", rng.randrange(1, 3), isins=False)
    value = total(hold)
    mvr_pct = Decimal(rng.choice(["0", "2.5", "4.0", "6.5", "8.0"]))
    mvr = q2(Decimal(wp["value"]) * mvr_pct / 100)
    final_bonus = q2(Decimal(wp["value"]) * Decimal(rng.randrange(3, 15)) / 100)
    early = Decimal("0") if start.year < 2020 else q2(value * Decimal("0.01"))
    tv = value - mvr - early
    amc = rng.choice([None, "1.00", "0.75", "1.25"])
    show_ni = rng.random() < 0.3
    mvr_free = date(start.year + 10, start.month, start.day)
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(48, H - 56, prov)
        c.setFont("Helvetica", 8)
        c.drawString(48, H - 68, "Bond Servicing Team")
        y = to_adviser(c, doc.r, firm, adviser, H - 110)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 48, H - 110, f"Date  {long_date(when + timedelta(days=doc.r.randrange(1, 6)))}")
        c.drawRightString(W - 48, H - 124, f"Our reference  {number}")
        y -= 20
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(48, y, f"Re: {cl['title']} {cl['name']}, With-Profits Bond {number}")
        y = para(c, f"Dear {adviser.split()[0]}", 48, y - 22, W - 96, size=9.5)
        y = para(c, "Thank you for your letter and the letter of authority signed by your client. Details of the bond "
                 "are below and the current value is on the next page. A market value reduction (MVR) may be applied "
                 "if money is taken out of the with-profits fund; we show the value both before and after it.",
                 48, y, W - 96, size=9.5, lead=12.5)
        rows = [("Policyholder", f"{cl['title']} {cl['name']}"), ("Date of birth", cl["dob"].strftime("%d/%m/%Y")),
                ("Start date", start.strftime("%d/%m/%Y")), ("Single premium paid", f"£{money(premium)}")]
        if show_ni:
            rows.append(("NI number", fake.ni_spaced(cl["ni"])))
        rows.append(("Correspondence address", ", ".join(cl["lines"]) + ", " + cl["postcode"]))
        if amc:
            rows.append(("Annual management charge", f"{amc}% a year"))
        rows.append(("Regular withdrawals", doc.r.choice(["None", "None set up"])))
        y -= 4
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, k)
            c.drawString(220, y, v)
            y -= 13.5
        y = para(c, "Yours sincerely", 48, y - 14, W - 96, size=9.5)
        c.drawString(48, y - 18, doc.r.choice(["K. Ashworth", "P. Delaney", "R. Moyo"]))
        c.drawString(48, y - 30, "Customer Service Consultant")

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 60, f"Value of your bond at {long_date(when)}")
        y = fund_table(c, hold, H - 86, ["Fund", "", "Units", "Unit price (£)", "Value (£)"],
                       "Value before any market value reduction", show_isin=False)
        c.setFillGray(0.93)
        c.rect(48, y - 70, W - 96, 84, stroke=0, fill=1)
        c.setFillGray(0)
        lines = [
            ("Final bonus included in the with-profits value above", f"£{money(final_bonus)}"),
            (f"Market value reduction if cashed in today ({mvr_pct}%)", f"£{money(mvr)}" if mvr else "nil"),
            ("Early cash-in charge", f"£{money(early)}" if early else "nil"),
            ("Cash-in value after MVR and charges", f"£{money(tv)}"),
        ]
        yy = y
        for k, v in lines:
            c.setFont("Helvetica-Bold" if k.startswith("Cash-in") else "Helvetica", 9.5)
            c.drawString(58, yy, k)
            c.drawRightString(W - 58, yy, v)
            yy -= 18
        y = yy - 20
        y = para(c, "An MVR will not be applied on policy anniversaries from "
                 f"{mvr_free:%d/%m/%Y} onwards, on death, or on regular withdrawals of up to 5% a year of the "
                 "premium. The final bonus is not guaranteed and may change or be removed without notice.",
                 48, y, W - 96, size=8.5, lead=11)
        y = para(c, f"Bonus history: annual bonus added {when.year - 1}: {doc.r.choice(['1.25', '1.50', '2.00'])}%; "
                 f"{when.year - 2}: {doc.r.choice(['1.00', '1.25', '1.75'])}%.", 48, y, W - 96, size=8.5, lead=11)

    rec = {
        "provider": prov, "policy_number": number, "client_title": cl["title"], "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(), "ni_number": cl["ni"] if show_ni else None,
        "client_address": ", ".join(cl["lines"]), "client_postcode": cl["postcode"], "plan_type": "onshore_bond",
        "valuation_date": when.isoformat(), "plan_value": f"{value:.2f}", "transfer_value": f"{tv:.2f}",
        "regular_contribution": f"{premium:.2f}", "contribution_frequency": "single", "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ statement 1: stakeholder, switches and lifestyle
def statement_switches(rng, used):
    prov = rng.choice(STAKE_PROVIDERS)
    cl = fake.person(rng, used)
    number = pol(rng, rng.choice(["sh", "pen"]))
    end = date(2026, rng.choice([3, 4, 6, 9]), rng.choice([5, 30]) if rng.random() < 0.5 else 1) - timedelta(days=1)
    start = date(end.year - 1, end.month, end.day) + timedelta(days=1)
    names = rng.sample(fake.FUNDS["pension"], 3)
    hold = fake.holdings(rng, "pension", 3, names=names, isins=rng.random() < 0.5)
    value = total(hold)
    monthly = Decimal(rng.choice([50, 75, 100, 150, 200, 250, 325]))
    paid = monthly * 12
    opening = q2(value * Decimal(rng.uniform(0.78, 0.93)) - paid * Decimal("0.8"))
    amc = rng.choice(["1.00", "0.95", "0.75", "0.60"])
    sra = rng.choice([60, 65, 66, 67])
    ret_date = date(cl["dob"].year + sra, cl["dob"].month, min(cl["dob"].day, 28))
    old = rng.choice([f for f in fake.FUNDS["pension"] if f not in names])
    tv_equal = rng.random() < 0.6
    tv = value if tv_equal else None
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(48, H - 56, prov)
        c.setFont("Helvetica", 10)
        c.drawString(48, H - 72, "Stakeholder Pension: your annual statement")
        c.setFont("Helvetica", 9.5)
        y = H - 110
        for ln in [f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]]:
            c.drawString(48, y, ln)
            y -= 12.5
        c.drawRightString(W - 48, H - 110, f"Plan number: {number}")
        c.drawRightString(W - 48, H - 124, f"Statement date: {long_date(end + timedelta(days=doc.r.randrange(7, 30)))}")
        c.drawRightString(W - 48, H - 138, f"Date of birth: {cl['dob']:%d/%m/%Y}")
        y -= 24
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, y, f"Your plan from {start:%d/%m/%Y} to {end:%d/%m/%Y}")
        y -= 20
        rows = [(f"Value on {start:%d/%m/%Y}", f"£{money(opening)}"),
                ("Payments in (£%s a month)" % money(monthly), f"£{money(paid)}"),
                ("Investment growth less charges", f"£{money(value - opening - paid)}"),
                (f"Value on {end:%d/%m/%Y}", f"£{money(value)}")]
        if tv_equal:
            rows.append(("Transfer value (no exit charge applies)", f"£{money(value)}"))
        for k, v in rows:
            c.setFont("Helvetica-Bold" if k.startswith(f"Value on {end:%d}") else "Helvetica", 9.5)
            c.drawString(60, y, k)
            c.drawRightString(360, y, v)
            y -= 15
        y -= 10
        y = para(c, f"Annual management charge: {amc}% a year, taken by adjusting unit prices. Your selected "
                 f"retirement age is {sra} ({ret_date:%d/%m/%Y}).", 48, y, W - 96, size=9)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y - 8, "Lifestyle investing")
        para(c, f"Your plan is invested in our lifestyle strategy. From ten years before your selected retirement "
             f"date we gradually move your money out of higher-risk funds into funds aimed at the way you may take "
             f"your benefits. This year some money was switched automatically: see page 3.",
             48, y - 24, W - 96, size=9)

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 60, f"Where your money is invested on {end:%d/%m/%Y}")
        y = fund_table(c, hold, H - 86, ["Fund", "ISIN", "Units", "Price (£)", "Value (£)"], "Total",
                       show_isin=any(h["isin"] for h in hold))
        para(c, "Unit prices are bid prices at the close of business on the statement end date.", 48, y, W - 96, size=8.5)

    @doc.page
    def p3(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 60, "Fund switches during the year")
        rows = []
        d = start + timedelta(days=doc.r.randrange(20, 60))
        for k in range(doc.r.randrange(2, 5)):
            sold = Decimal(doc.r.randrange(20000, 400000)) / 1000
            frm = old if k == 0 else names[0]
            to = names[1 + k % 2]
            rows.append([d.strftime("%d/%m/%Y"), frm, to, f"{sold:,.3f}", doc.r.choice(["Lifestyle", "Lifestyle", "Your request"])])
            d += timedelta(days=doc.r.randrange(40, 90))
        y = simple_table(c, rows, H - 86, ["Date", "Switched from", "Switched to", "Units sold", "Reason"],
                         [64, 150, 150, 64, 60])
        y = para(c, f"Lifestyle switches move part of your fund each quarter. By your selected retirement date all of "
                 f"your plan will be in the {names[2]} and {names[1]}. If you plan to retire at a different age, tell "
                 "us so that the switches happen at the right time.", 48, y, W - 96, size=9)
        y = para(c, f"Illustration: at age {sra} your plan might buy a pension of £{doc.r.randrange(1500, 9000):,} a "
                 "year in today's money. This is only an example and is not guaranteed.", 48, y - 6, W - 96, size=9)

    rec = {
        "provider": prov, "policy_number": number, "client_title": cl["title"], "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(), "ni_number": None, "client_address": ", ".join(cl["lines"]),
        "client_postcode": cl["postcode"], "plan_type": "stakeholder_pension", "valuation_date": end.isoformat(),
        "period_start": start.isoformat(), "plan_value": f"{value:.2f}",
        "transfer_value": f"{tv:.2f}" if tv is not None else None, "regular_contribution": f"{monthly:.2f}",
        "contribution_frequency": "monthly", "annual_charge_percent": amc, "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ statement 2: ISA transfer-in with a cash park
def statement_isa_cash(rng, used):
    prov = rng.choice(ISA_PROVIDERS)
    cl = fake.person(rng, used)
    number = pol(rng, rng.choice(["isa", "num"]))
    end = date(2026, rng.choice([3, 6, 9]), rng.choice([30, 5]))
    if end.month == 3 and end.day == 30:
        end = date(2026, 4, 5)
    start = date(end.year, end.month, 1) - timedelta(days=rng.choice([89, 181])) if rng.random() < 0.5 else date(end.year - 1, end.month, end.day) + timedelta(days=1)
    pence = rng.random() < 0.4
    hold = fake.holdings(rng, "platform", rng.randrange(3, 6), pence=pence)
    invested = total(hold)
    cash = q2(Decimal(rng.randrange(2000, 900000)) / 100)
    value = invested + cash
    ceding = rng.choice(["Aviva", "Aegon", "Standard Life", "Scottish Widows", "Legal & General"])
    transfer_in = q2(invested * Decimal(rng.uniform(0.6, 0.95)))
    pend = rng.sample([h["fund_name"] for h in hold], 1)[0]
    pend_amt = q2(cash * Decimal(rng.uniform(0.3, 0.9)))
    fee = rng.choice(["0.25", "0.35", "0.45", None])
    monthly = Decimal(rng.choice([100, 200, 250, 500])) if rng.random() < 0.5 else None
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFillColorRGB(0.1, 0.2, 0.35)
        c.rect(48, H - 70, W - 96, 28, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(58, H - 61, f"{prov}  Stocks & Shares ISA statement")
        c.setFillGray(0)
        c.setFont("Helvetica", 9.5)
        y = H - 100
        for ln in [f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]]:
            c.drawString(48, y, ln)
            y -= 12.5
        c.drawRightString(W - 48, H - 100, f"Account number {number}")
        c.drawRightString(W - 48, H - 114, f"Period {start:%d %b %Y} to {end:%d %b %Y}")
        y -= 24
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, y, f"Your account at {long_date(end)}")
        y -= 20
        rows = [("Investments", invested), ("Cash park (cash awaiting investment)", cash),
                ("Total account value", value)]
        for k, v in rows:
            c.setFont("Helvetica-Bold" if k.startswith("Total") else "Helvetica", 10)
            c.drawString(60, y, k)
            c.drawRightString(380, y, f"£{money(v)}")
            y -= 16
        y -= 10
        c.setFillGray(0.94)
        c.rect(48, y - 46, W - 96, 58, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(58, y, "ISA transfer in")
        para(c, f"We received £{money(transfer_in)} from your previous ISA manager ({ceding}) on "
             f"{(start + timedelta(days=doc.r.randrange(5, 40))):%d/%m/%Y}. Transferred money does not use your "
             "ISA allowance for this tax year.", 58, y - 14, W - 116, size=9)
        y -= 70
        if monthly:
            c.setFont("Helvetica", 9.5)
            c.drawString(48, y, f"Regular savings: £{money(monthly)} a month by direct debit")
            y -= 14
        if fee:
            c.setFont("Helvetica", 9.5)
            c.drawString(48, y, f"Platform charge: {fee}% a year of the account value, taken monthly from cash")
            y -= 14
        para(c, "Your date of birth and National Insurance number are held on our records for ISA reporting to HMRC "
             "and are not shown on statements.", 48, y - 6, W - 96, size=8, lead=10.5)

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 60, f"Holdings at {end:%d/%m/%Y}")
        y = fund_table(c, hold, H - 86, ["Investment", "ISIN", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"],
                       "Total investments", pence=pence)
        c.setFont("Helvetica", 9)
        c.drawString(48, y, "Cash park")
        c.drawRightString(W - 48, y, money(cash))
        y -= 30
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Pending trades (not included in the values above)")
        y = simple_table(c, [[(end - timedelta(days=1)).strftime("%d/%m/%Y"), "Buy", pend, f"£{money(pend_amt)}", "Awaiting price"]],
                         y - 18, ["Instructed", "Type", "Investment", "Amount", "Status"], [70, 40, 230, 80, 80])
        para(c, "Pending trades are settled at the next valuation point; the units bought will appear on your next "
             "statement.", 48, y, W - 96, size=8.5)

    @doc.page
    def p3(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 60, "Cash account activity")
        rows = [[(start + timedelta(days=3)).strftime("%d/%m/%Y"), f"Transfer in from {ceding}", money(transfer_in)],
                [(start + timedelta(days=9)).strftime("%d/%m/%Y"), "Purchases on transfer", f"-{money(transfer_in - q2(transfer_in * Decimal('0.02')))}"],
                [(end - timedelta(days=20)).strftime("%d/%m/%Y"), "Income received", money(q2(cash / 7))]]
        if fee:
            rows.append([(end - timedelta(days=2)).strftime("%d/%m/%Y"), "Platform charge", f"-{money(q2(value * Decimal(fee) / 1200))}"])
        simple_table(c, rows, H - 86, ["Date", "Description", "Amount (£)"], [90, 280, 100])

    rec = {
        "provider": prov, "policy_number": number, "client_title": cl["title"], "client_name": cl["name"],
        "client_dob": None, "ni_number": None, "client_address": ", ".join(cl["lines"]),
        "client_postcode": cl["postcode"], "plan_type": "isa", "valuation_date": end.isoformat(),
        "period_start": start.isoformat(), "plan_value": f"{value:.2f}", "transfer_value": None,
        "regular_contribution": f"{monthly:.2f}" if monthly else None,
        "contribution_frequency": "monthly" if monthly else None, "annual_charge_percent": fee, "holdings": hold,
        "_cash": f"{cash:.2f}",
    }
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
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(3, 8), a.shape)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    return g.point(lambda v: 255 if v > 145 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    bilevel = rng.random() < 0.4
    dpi = rng.choice([200, 250, 300]) if bilevel else rng.choice([200, 200, 240])
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
        "loa-numbered-questions-script": loa_questions,
        "loa-client-agreement-annex": loa_annex,
        "reply-valuation-certificate": reply_certificate,
        "reply-mvr-with-without": reply_mvr,
        "statement-switch-history-lifestyle": statement_switches,
        "statement-isa-cash-park": statement_isa_cash,
    }
    unsigned = {("loa-numbered-questions-script", i) for i in (1, 5, 10)} | {("loa-client-agreement-annex", i) for i in (3, 8, 12)}
    nscan = {"reply-valuation-certificate": 4, "statement-isa-cash-park": 4}
    scans = {v: set(rng.sample(range(n), nscan.get(v, 3))) for v, n in COUNTS.items()}
    mixed = {("reply-valuation-certificate", min(scans["reply-valuation-certificate"])),
             ("statement-isa-cash-park", min(scans["statement-isa-cash-park"]))}
    items, used = [], set()
    for v, n in COUNTS.items():
        for i in range(n):
            if VARIANTS[v] == "loa":
                doc, rec = makers[v](rng, used, (v, i) not in unsigned)
            else:
                doc, rec = makers[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        data = scan_pdf(doc, rng, is_mixed) if is_scan else text_pdf(doc)
        name = f"h20-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        extra = {}
        if "_cash" in rec:
            rec = dict(rec)
            extra["cash_outside_holdings"] = rec.pop("_cash")
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec, **extra}
        (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
