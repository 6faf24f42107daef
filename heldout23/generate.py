#!/usr/bin/env python3
"""heldout23: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout23/generate.py --out heldout23/docs --seed 20261223
"""

# ruff: noqa: D102, D103  (small drawing helpers and layouts, named for what they draw)
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
from people import gbp, long_date, q2, short_month, uk  # noqa: E402

rl_config.invariant = 1
W, H = A4
VARIANTS = {
    "loa-typed-paragraph-envelope": "loa",
    "loa-pension-tracing-table": "loa",
    "reply-request-response-table": "loa_response",
    "reply-sidebox-valuation": "loa_response",
    "statement-guaranteed-bond-anniversary": "annual_statement",
    "statement-isa-sector-pence": "annual_statement",
}
COUNTS = {
    "loa-typed-paragraph-envelope": 13,
    "loa-pension-tracing-table": 13,
    "reply-request-response-table": 14,
    "reply-sidebox-valuation": 13,
    "statement-guaranteed-bond-anniversary": 14,
    "statement-isa-sector-pence": 13,
}
WEB = {
    "Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk", "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com",
    "Canada Life": "canadalife.co.uk", "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk", "ReAssure": "reassure.co.uk", "Utmost Life and Pensions": "utmost.co.uk",
    "AJ Bell": "ajbell.co.uk", "Hargreaves Lansdown": "hl.co.uk", "Fidelity": "fidelity.co.uk",
    "interactive investor": "ii.co.uk", "Quilter": "quilter.com", "LV=": "lv.com", "Wesleyan": "wesleyan.co.uk",
    "Scottish Friendly": "scottishfriendly.co.uk", "Vanguard": "vanguardinvestor.co.uk", "Novia": "novia-financial.co.uk",
    "True Potential": "truepotential.co.uk", "Sun Life of Canada (UK)": "sloc.co.uk", "Curtis Banks": "curtisbanks.co.uk",
    "Chesnara": "chesnara.co.uk", "Embark": "embarkgroup.co.uk",
}
LOA_PROVS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General", "Zurich",
             "Prudential", "Canada Life", "Phoenix Life", "ReAssure", "Utmost Life and Pensions", "Quilter", "AJ Bell"]
TRACE_PROVS = ["Phoenix Life", "ReAssure", "Aviva", "Scottish Widows", "Standard Life", "Royal London", "Aegon",
               "Legal & General", "Prudential", "Sun Life of Canada (UK)", "Chesnara", "Wesleyan"]
REPLY_PROVS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
               "Prudential", "Phoenix Life", "ReAssure", "Canada Life", "Zurich", "LV=", "Wesleyan"]
BOND_PROVS = ["Aviva", "Prudential", "Legal & General", "Canada Life", "Zurich", "Royal London", "LV=", "Quilter",
              "Utmost Life and Pensions", "Scottish Widows"]
ISA_PROVS = ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor", "Vanguard", "Novia",
             "True Potential", "Quilter", "Scottish Friendly"]
PROVS_BY_TYPE = {
    "personal_pension": ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                         "Prudential", "Phoenix Life", "ReAssure", "Canada Life", "Zurich", "LV=", "Wesleyan"],
    "stakeholder_pension": ["Aviva", "Scottish Widows", "Standard Life", "Legal & General", "Aegon", "Royal London"],
    "workplace_pension": ["Aviva", "Scottish Widows", "Standard Life", "Legal & General", "Aegon", "Royal London"],
    "sipp": ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "Curtis Banks", "Aviva", "Standard Life", "Quilter"],
    "onshore_bond": ["Aviva", "Prudential", "Legal & General", "Canada Life", "Zurich", "Royal London", "LV=",
                     "Phoenix Life", "ReAssure", "Utmost Life and Pensions"],
    "isa": ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor", "Quilter", "Transact", "Novia"],
    "gia": ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor", "Quilter", "Transact", "Novia"],
}
WEB["Transact"] = "transact-online.co.uk"
EMPLOYERS = ["Thornfield Engineering Ltd", "Castlegate Printing Co.", "Midshire County Council (AVC)",
             "Ridgeway Foods plc", "Harcourt & Lyle Solicitors", "Northgate Textiles", "Sellwood Haulage Ltd",
             "Penhallow Brewery", "Brightmoor Electronics", "Calverley Building Society"]


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
        left = self.footer or (f"www.{WEB[self.provider]}" if self.provider in WEB else "")
        c.drawString(48, 26, left)
        c.drawRightString(W - 48, 26, f"Page {i + 1} of {len(self.pages)}")
        c.setFillGray(0)


def para(c, text, x, y, width, font="Helvetica", size=9.5, lead=12.5):
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 4


def lines_at(c, x, y, lines, font="Helvetica", size=9.5, lead=12.5):
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


def polnum(rng, style):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if style == 0:
        return rng.choice(["PP", "GP", "IB", "SP"]) + d(7), None
    if style == 1:
        core = d(8)
        return core, f"{core[:4]} {core[4:]}"
    if style == 2:
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + d(6) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), None
    if style == 3:
        core = rng.choice(["AB", "IS", "SI"]) + d(8)
        return core, f"{core[:2]} {core[2:6]} {core[6:]}"
    return d(6) + "-" + d(3), None


def pol(rng, style=None):
    """(truth form, printed form)."""
    t, p = polnum(rng, rng.randrange(5) if style is None else style)
    return t, p or t


# ------------------------------------------------------------------ signatures
def sig_bezier(c, rng, x, y, w=150, colour=(0.08, 0.12, 0.45)):
    c.setStrokeColorRGB(*colour)
    c.setLineWidth(rng.uniform(0.9, 1.5))
    p = c.beginPath()
    cx, cy = x, y + rng.uniform(4, 12)
    p.moveTo(cx, cy)
    for _ in range(rng.randrange(4, 7)):
        nx = cx + rng.uniform(w / 8, w / 4.5)
        p.curveTo(cx + rng.uniform(-8, 20), cy + rng.uniform(8, 24), nx + rng.uniform(-20, 8),
                  y + rng.uniform(-6, 6), nx, y + rng.uniform(0, 18))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 4, y - 2, x + w * rng.uniform(0.5, 0.8), y + rng.uniform(-4, 2))
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1)


def sig_strokes(c, rng, x, y, w=140):
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.setLineWidth(1.1)
    pts = [(x, y + 6)]
    while pts[-1][0] < x + w:
        px, _ = pts[-1]
        pts.append((px + rng.uniform(4, 14), y + rng.uniform(-3, 22)))
    for a, b in zip(pts, pts[1:], strict=False):
        c.line(*a, *b)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1)


def sig_image(rng, w=160, h=44):
    im = Image.new("RGB", (w * 3, h * 3), (252, 251, 246))
    d = ImageDraw.Draw(im)
    x, y, pts = 10.0, h * 1.5, []
    for _ in range(rng.randrange(12, 22)):
        x += rng.uniform(12, 32)
        y = min(max(y + rng.uniform(-36, 36), 12), h * 3 - 12)
        pts.append((x, y))
    d.line(pts, fill=(30, 30, 95), width=5, joint="curve")
    d.arc([pts[0][0] - 10, pts[0][1] - 30, pts[0][0] + 40, pts[0][1] + 20], 90, 320, fill=(30, 30, 95), width=4)
    im = im.filter(ImageFilter.GaussianBlur(1.0))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=65)
    buf.seek(0)
    return ImageReader(buf)


# ------------------------------------------------------------------ LoA 1: typed paragraph + envelope certificate
def loa_envelope(rng, used, signed):
    p = P.person(rng, used)
    prov = rng.choice(LOA_PROVS)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    npol = rng.choice([1, 1, 2, 3])
    pols = [pol(rng) for _ in range(npol)]
    sent = P.rand_date(rng, date(2026, 1, 5), 150)
    when = sent + timedelta(days=rng.randrange(0, 4)) if signed else None
    kind = rng.choice(["bezier", "stamp"])
    env = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    ni_style = rng.random() < 0.5
    doc = Doc(prov, rng, footer=f"{firm}  |  Envelope ID: {env}")
    r = doc.r
    email = f"{p['first'].lower()}.{p['surname'].lower()}@example.co.uk"
    addr = ", ".join(p["lines"]) + " " + p["postcode"]

    @doc.page
    def _(c):
        c.setFont("Helvetica", 7)
        c.setFillGray(0.45)
        c.drawString(48, H - 30, f"Envelope ID: {env}")
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, H - 70, firm)
        c.setFont("Helvetica", 8.5)
        c.drawString(60, H - 84, "Independent financial advice  |  client services team")
        y = lines_at(c, 60, H - 130, [f"{prov}", "Customer Services", "Letters of Authority team"], size=10)
        c.setFont("Helvetica", 10)
        c.drawRightString(W - 60, H - 130, "Date: as signed below")
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "Authority to release plan information")
        y -= 22
        dob = long_date(p["dob"]) if r.random() < 0.6 else uk(p["dob"])
        ni_txt = P.ni_spaced(p["ni"]) if ni_style else p["ni"]
        text = (f"I, {p['title']} {p['name']}, born on {dob}, of {addr}, National Insurance number {ni_txt}, "
                f"authorise you to release to {firm} and to its adviser {adviser} any information they ask for about "
                "the plan or plans named below, including values, fund details, charges, guarantees and transfer "
                "values, and to discuss them with the firm by telephone or in writing.")
        y = para(c, text, 60, y, W - 120, size=10, lead=13.5)
        if npol == 1:
            text = f"This authority covers my plan with you numbered {pols[0][1]}."
        else:
            text = ("This authority covers my plans with you numbered "
                    + ", ".join(q[1] for q in pols[:-1]) + f" and {pols[-1][1]}.")
        y = para(c, text, 60, y, W - 120, size=10, lead=13.5)
        y = para(c, "It is for information only: it does not transfer servicing rights or agency, and it lets nobody "
                 "make changes to my plans. A copy of this letter is as valid as the original. It remains in force "
                 "until I withdraw it in writing.", 60, y, W - 120, size=10, lead=13.5)
        y = para(c, f"Please send your reply to {firm} quoting their reference for me.", 60, y, W - 120, size=10)
        y -= 20
        c.setFont("Helvetica", 9)
        c.drawString(60, y, "Signature of plan holder")
        c.drawString(330, y, "Date signed")
        box_y = y - 52
        c.setStrokeGray(0.6)
        c.rect(60, box_y, 220, 44)
        c.rect(330, box_y, 150, 44)
        c.setStrokeGray(0)
        if signed:
            if kind == "bezier":
                c.setFont("Helvetica", 6.5)
                c.setFillGray(0.35)
                c.drawString(64, box_y + 36, "Signed by:")
                c.setFillGray(0)
                sig_bezier(c, r, 80, box_y + 10, 160)
                c.setFont("Helvetica", 6.5)
                c.drawString(64, box_y + 3, "".join(r.choice("0123456789ABCDEF") for _ in range(16)) + "...")
            else:
                c.setFont("Times-Italic", 16)
                c.setFillColorRGB(0.05, 0.15, 0.5)
                c.drawString(70, box_y + 20, p["name"])
                c.setFillColorRGB(0, 0, 0)
                c.setFont("Helvetica", 6.5)
                c.drawString(66, box_y + 6, f"Electronically signed by {p['name']} {when:%Y-%m-%d} {r.randrange(8, 21):02d}:{r.randrange(60):02d} GMT")
            c.setFont("Helvetica", 10)
            c.drawString(340, box_y + 18, uk(when) if r.random() < 0.5 else long_date(when))
        else:
            c.setFillColorRGB(1.0, 0.85, 0.2)
            c.rect(66, box_y + 12, 58, 20, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(72, box_y + 19, "SIGN HERE")
        c.setFont("Helvetica", 9)
        c.drawString(60, box_y - 14, f"{p['title']} {p['name']}")
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.4)
        para(c, f"{firm} is an independent financial adviser. We hold your personal data to give you advice and "
             "will keep it for as long as the law requires. This letter was sent to you for electronic signature.",
             60, 80, W - 120, size=7.5, lead=9.5)
        c.setFillGray(0)

    @doc.page
    def _(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, H - 70, "Certificate Of Completion")
        rows = [("Envelope Id:", env), ("Subject:", f"Please sign: authority for {prov}"),
                ("Source Envelope:", ""), ("Document Pages: 2", "Signatures: " + ("1" if signed else "0")),
                ("Envelope Originator:", f"{adviser}, {firm}"),
                ("Status:", "Completed" if signed else "Sent")]
        y = H - 100
        for k, v in rows:
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, k)
            c.drawString(170, y, v)
            y -= 13
        y -= 10
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, "Record Tracking")
        y -= 14
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y, f"Status: Original  {uk(sent)} | {r.randrange(8, 18):02d}:{r.randrange(60):02d}")
        c.drawString(300, y, f"Holder: {adviser}")
        y -= 24
        c.setFillGray(0.9)
        c.rect(48, y - 4, W - 96, 16, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in ((52, "Signer Events"), (250, "Signature"), (400, "Timestamp")):
            c.drawString(x, y, t)
        y -= 20
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, p["name"])
        c.drawString(52, y - 11, email)
        c.drawString(52, y - 22, "Security Level: Email, Account Authentication (None)")
        c.drawString(400, y, f"Sent: {uk(sent)} | {r.randrange(9, 12):02d}:{r.randrange(60):02d}")
        if signed:
            c.drawString(250, y, "Signature Adoption: " + ("Drawn on Device" if kind == "bezier" else "Pre-selected Style"))
            c.drawString(400, y - 11, f"Viewed: {uk(when)} | {r.randrange(12, 15):02d}:{r.randrange(60):02d}")
            c.drawString(400, y - 22, f"Signed: {uk(when)} | {r.randrange(15, 18):02d}:{r.randrange(60):02d}")
            c.drawString(250, y - 11, f"Using IP Address: 81.{r.randrange(2, 250)}.{r.randrange(250)}.{r.randrange(250)}")
        else:
            c.drawString(250, y, "")
            c.drawString(400, y - 11, "Viewed: -")
            c.drawString(400, y - 22, "Signed: -")
        y -= 50
        for sec in ("In Person Signer Events", "Editor Delivery Events", "Agent Delivery Events",
                    "Intermediary Delivery Events", "Certified Delivery Events", "Carbon Copy Events"):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(52, y, sec)
            c.setFont("Helvetica", 8.5)
            c.drawString(400, y, "")
            y -= 18
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "Envelope Summary Events")
        y -= 13
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "Envelope Sent")
        c.drawString(250, y, "Hashed/Encrypted")
        c.drawString(400, y, uk(sent))
        if signed:
            for lab in ("Certified Delivered", "Signing Complete", "Completed"):
                y -= 12
                c.drawString(52, y, lab)
                c.drawString(250, y, "Security Checked")
                c.drawString(400, y, uk(when))
        y -= 26
        para(c, "Electronic Record and Signature Disclosure: the signer agreed to use electronic records and "
             "signatures for this envelope. This certificate records the envelope's events; it is not the signed "
             "document.", 50, y, W - 100, size=7.5, lead=9.5)

    rec = {"provider": prov, "policy_numbers": [q[0] for q in pols], "client_title": p["title"],
           "client_name": p["name"], "client_dob": p["dob"].isoformat(), "ni_number": p["ni"],
           "client_address": ", ".join(p["lines"]), "client_postcode": p["postcode"], "adviser_firm": firm,
           "fca_frn": None, "adviser_name": adviser, "date_signed": when.isoformat() if signed else None,
           "signature_present": signed}
    return doc, rec


# ------------------------------------------------------------------ LoA 2: pension tracing form with a scheme table
def loa_tracing(rng, used, signed):
    p = P.person(rng, used)
    prov = rng.choice(TRACE_PROVS)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    prev = rng.choice([s for s in P.SURNAMES if s != p["surname"]]) if p["female"] and rng.random() < 0.6 else None
    nrows = rng.randrange(2, 5)
    emps = rng.sample(EMPLOYERS, nrows)
    rows = []
    known = []
    for k, emp in enumerate(emps):
        start = rng.randrange(1978, 2012)
        end = start + rng.randrange(2, 12)
        if k == 0 or rng.random() < 0.6:
            t, printed = pol(rng, rng.choice([0, 1, 2, 4]))
            known.append(t)
        else:
            printed = rng.choice(["Not known", "Unknown", "not known - please search"])
        rows.append((emp, f"{start} - {end}", printed))
    when = P.rand_date(rng, date(2026, 1, 12), 140) if signed else None
    kind = rng.choice(["strokes", "image", "bezier"])
    ink = sig_image(rng) if signed and kind == "image" else None
    doc = Doc(prov, rng, footer=f"{firm}  -  pension tracing service  -  form PT/LA v3")
    r = doc.r

    @doc.page
    def _(c):
        c.setFillGray(0.15)
        c.rect(0, H - 78, W, 78, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(44, H - 40, "PENSION TRACING REQUEST AND LETTER OF AUTHORITY")
        c.setFont("Helvetica", 9)
        c.drawString(44, H - 58, f"{firm}  ·  on behalf of the member named in Section 1")
        c.setFillGray(0)
        c.setFont("Helvetica", 9.5)
        y = lines_at(c, 44, H - 104, [f"To: {prov}", "Customer Services / Pension Administration"], size=9.5)
        y = para(c, "We are helping the member below to find pension benefits built up with former employers. "
                 "The member believes you may hold the plans or scheme memberships listed in Section 2. Please "
                 "search your records under every name and number given, and send what you find to us.",
                 44, y - 6, W - 88, size=9)
        def sect(y, t):
            c.setFillGray(0.85)
            c.rect(44, y - 4, W - 88, 15, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(48, y, t)
            return y - 20
        y = sect(y - 4, "Section 1  Member details")
        dob = r.choice([uk(p["dob"]), p["dob"].strftime("%d.%m.%Y"), long_date(p["dob"])])
        fields = [("Title", p["title"]), ("Full name", p["name"]),
                  ("Previous surname(s)", prev or "None"), ("Date of birth", dob),
                  ("National Insurance no.", P.ni_spaced(p["ni"]) if r.random() < 0.5 else p["ni"]),
                  ("Current address", ", ".join(p["lines"])), ("Postcode", p["postcode"])]
        for k, v in fields:
            c.setFont("Helvetica", 8.5)
            c.drawString(48, y, k)
            c.setStrokeGray(0.55)
            c.rect(175, y - 4, W - 219, 15)
            c.setStrokeGray(0)
            c.setFont("Helvetica", 9.5)
            c.drawString(180, y, v)
            y -= 19
        y = sect(y - 6, "Section 2  Plans and schemes to search for")
        cols = [48, 220, 330]
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in zip(cols, ["Employer / arrangement", "Dates of membership", "Policy or membership number"],
                        strict=True):
            c.drawString(x, y, t)
        y -= 4
        c.line(44, y, W - 44, y)
        for emp, dates, printed in rows:
            y -= 14
            c.setFont("Helvetica", 9)
            c.drawString(cols[0], y, emp)
            c.drawString(cols[1], y, dates)
            c.drawString(cols[2], y, printed)
            y -= 5
            c.setStrokeGray(0.7)
            c.line(44, y, W - 44, y)
            c.setStrokeGray(0)
        y = sect(y - 20, "Section 3  Adviser")
        for k, v in (("Firm", firm), ("Adviser", adviser), ("Reply to", "Tracing team, " + firm)):
            c.setFont("Helvetica", 8.5)
            c.drawString(48, y, k)
            c.setFont("Helvetica", 9.5)
            c.drawString(175, y, v)
            y -= 15
        y = sect(y - 6, "Section 4  Member's authority and signature")
        y = para(c, f"I authorise {prov} to give {firm} full details of any pension benefits you hold for me, "
                 "including transfer values and fund information. This is an information-only authority.",
                 48, y, W - 96, size=8.5, lead=11)
        sy = y - 34
        c.setFont("Helvetica", 8.5)
        c.drawString(48, sy, "Signed")
        c.drawString(330, sy, "Date")
        dash_y = sy - 2
        c.setDash(1, 2)
        c.line(85, dash_y, 300, dash_y)
        c.line(358, dash_y, 500, dash_y)
        c.setDash()
        if signed:
            if kind == "strokes":
                sig_strokes(c, r, 95, dash_y + 2, 150)
            elif kind == "bezier":
                sig_bezier(c, r, 95, dash_y + 2, 150, colour=(0.1, 0.1, 0.1))
            else:
                c.drawImage(ink, 92, dash_y - 4, 160, 44)
            c.setFont("Courier", 10)
            c.drawString(364, dash_y + 3, r.choice([uk(when), when.strftime("%d-%m-%Y"), short_month(when)]))

    rec = {"provider": prov, "policy_numbers": known, "client_title": p["title"], "client_name": p["name"],
           "client_dob": p["dob"].isoformat(), "ni_number": p["ni"], "client_address": ", ".join(p["lines"]),
           "client_postcode": p["postcode"], "adviser_firm": firm, "fca_frn": None, "adviser_name": adviser,
           "date_signed": when.isoformat() if signed else None, "signature_present": signed}
    return doc, rec


# ------------------------------------------------------------------ shared reply / statement pieces
def letterhead(c, prov, y=H - 56, sub=None):
    c.setFont("Helvetica-Bold", 17)
    c.setFillColorRGB(0.05, 0.2, 0.4)
    c.drawString(48, y, prov)
    c.setFillColorRGB(0, 0, 0)
    if sub:
        c.setFont("Helvetica", 8)
        c.drawString(48, y - 13, sub)


def fund_rows(c, y, hs, cols, heads, fmt, total=None, size=8.5):
    c.setFont("Helvetica-Bold", size)
    for (x, al), t in zip(cols, heads, strict=True):
        (c.drawRightString if al == "r" else c.drawString)(x, y, t)
    y -= 4
    c.line(cols[0][0] - 4, y, W - 44, y)
    y -= 12
    c.setFont("Helvetica", size)
    for h in hs:
        for (x, al), t in zip(cols, fmt(h), strict=True):
            (c.drawRightString if al == "r" else c.drawString)(x, y, t)
        y -= 14
    if total:
        c.line(cols[0][0] - 4, y + 8, W - 44, y + 8)
        c.setFont("Helvetica-Bold", size)
        c.drawString(cols[0][0], y - 4, total[0])
        c.drawRightString(cols[-1][0], y - 4, total[1])
        y -= 18
    return y


def plan_total(hs):
    return sum(Decimal(h["value"]) for h in hs)


def to_firm(c, firm, adviser, y):
    town, outward = random.Random(firm).choice(P.TOWNS)
    pc = f"{outward} {len(firm) % 9 + 1}{P.INWARD[len(adviser) % 20]}{P.INWARD[len(firm) % 20]}"
    return lines_at(c, 48, y, [adviser, firm, f"{len(firm) + 3} Market Street", town, pc], size=9.5)


# ------------------------------------------------------------------ reply 1: 'Information requested / Our response'
def reply_request_table(rng, used):
    p = P.person(rng, used)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    ptype = rng.choice(["personal_pension", "personal_pension", "stakeholder_pension", "onshore_bond", "sipp"])
    prov = rng.choice(PROVS_BY_TYPE[ptype])
    pno, pprinted = pol(rng)
    vdate = P.rand_date(rng, date(2026, 2, 2), 120)
    start = date(rng.randrange(1994, 2016), rng.randrange(1, 13), 1)
    names = rng.sample(P.LIFE_FUNDS if ptype == "onshore_bond" else P.PENSION_FUNDS, rng.randrange(1, 5))
    hs = P.holdings(rng, names, pence=rng.random() < 0.3, isins=rng.random() < 0.6, dp=rng.choice([3, 4]))
    value = plan_total(hs)
    exitc = q2(value * Decimal(rng.choice(["0", "0", "0.01", "0.025", "0.04"])))
    tv = value - exitc
    contrib = None
    if ptype == "onshore_bond":
        contrib = (q2(Decimal(rng.randrange(10000, 150000))), "single")
    elif rng.random() < 0.65:
        freq = rng.choice(["monthly", "monthly", "annually"])
        contrib = (Decimal(rng.randrange(25, 900)) * (12 if freq == "annually" else 1), freq)
    amc = rng.choice(["0.75", "1.00", "0.50", "1.25", None])
    addr_held = rng.random() < 0.7
    tname = {"personal_pension": "Personal Pension", "stakeholder_pension": "Stakeholder Pension",
             "onshore_bond": "Investment Bond", "sipp": "Self Invested Personal Pension"}[ptype]
    doc = Doc(prov, rng)
    r = doc.r

    @doc.page
    def _(c):
        letterhead(c, prov, sub="Adviser support")
        y = to_firm(c, firm, adviser, H - 120)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 48, H - 120, long_date(vdate + timedelta(days=r.randrange(1, 6))))
        c.drawRightString(W - 48, H - 134, f"Our reference: {pprinted}")
        y -= 16
        c.drawString(48, y, f"Dear {adviser.split()[0]},")
        y -= 20
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, f"Your client: {p['title']} {p['name']}")
        y -= 18
        y = para(c, "Thank you for your letter of authority. We have answered each of the questions you asked in "
                 "the table below, in the order you asked them. Where we have not given an answer, the item does "
                 "not apply to this plan.", 48, y, W - 96)
        amt = lambda d: f"£{gbp(d)}"  # noqa: E731
        pairs = [("Plan / policy number", pprinted), ("Type of plan", tname),
                 ("Name of plan holder", f"{p['title']} {p['name']}"), ("Date of birth", long_date(p["dob"])),
                 ("National Insurance number", p["ni"] if ptype != "onshore_bond" else "Not held for this plan")]
        if addr_held:
            pairs.append(("Address we hold", ", ".join(p["lines"]) + ", " + p["postcode"]))
        pairs += [("Start date", uk(start)),
                  ("Current value", f"{amt(value)} at {uk(vdate)}"),
                  ("Transfer / surrender value", f"{amt(tv)}" + (f" (after an exit charge of {amt(exitc)})" if exitc else "")),
                  ("Payments being made", (f"{amt(contrib[0])} " + {"monthly": "each month", "annually": "each year",
                                                                     "single": "single premium paid at outset"}[contrib[1]])
                   if contrib else "No regular payments are being made"),
                  ("Annual management charge", f"{amc}% a year" if amc else "See the fund factsheets"),
                  ("Funds held", "See the fund schedule on the next page"),
                  ("Guaranteed annuity rate", "None"),
                  ("Protected tax-free cash", "No" if ptype != "onshore_bond" else "Not applicable"),
                  ("Selected retirement age", str(r.choice([60, 65, 67, 70])) if ptype != "onshore_bond" else "Not applicable")]
        c.setFillGray(0.88)
        c.rect(48, y - 6, W - 96, 16, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(52, y - 1, "Information requested")
        c.drawString(235, y - 1, "Our response")
        y -= 22
        for k, v in pairs:
            c.setFont("Helvetica", 8.8)
            c.drawString(52, y, k)
            vl = simpleSplit(v, "Helvetica", 8.8, W - 290)
            for j, ln in enumerate(vl):
                c.drawString(235, y - 11 * j, ln)
            y -= 11 * len(vl) + 4
            c.setStrokeGray(0.75)
            c.line(48, y + 6, W - 48, y + 6)
            c.setStrokeGray(0)
        y -= 8
        y = para(c, "Values are not guaranteed and can fall as well as rise. The transfer value is correct at the "
                 "date shown only.", 48, y, W - 96, size=8)
        c.drawString(48, y - 8, "Yours sincerely,")
        c.drawString(48, y - 40, "Adviser Support Team")

    @doc.page
    def _(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 90, f"Fund schedule for plan {pprinted} at {uk(vdate)}")
        pence = hs[0]["price_currency"] == "GBX"
        cols = [(52, "l"), (300, "r"), (380, "r"), (460, "r"), (W - 48, "r")]
        heads = ["Fund", "ISIN" if hs[0]["isin"] else "", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"]
        if hs[0]["isin"]:
            cols[1] = (240, "l")
        fmt = lambda h: [h["fund_name"], h["isin"] or "", f"{Decimal(h['units']):,}", h["unit_price"], gbp(h["value"])]  # noqa: E731
        y = fund_rows(c, H - 120, hs, cols, heads, fmt, total=("Total", gbp(value)))
        y = para(c, "Unit prices are those of the valuation date. Where a fund is priced in pence, the value is "
                 "shown in pounds.", 52, y - 10, W - 100, size=8)
        para(c, f"If you have questions, please contact Adviser Support quoting {pprinted}.", 52, y, W - 100, size=8)

    rec = {"provider": prov, "policy_number": pno, "client_title": p["title"], "client_name": p["name"],
           "client_dob": p["dob"].isoformat(), "ni_number": p["ni"] if ptype != "onshore_bond" else None,
           "client_address": ", ".join(p["lines"]) if addr_held else None,
           "client_postcode": p["postcode"] if addr_held else None, "plan_type": ptype,
           "valuation_date": vdate.isoformat(), "plan_value": f"{value:.2f}", "transfer_value": f"{tv:.2f}",
           "regular_contribution": f"{contrib[0]:.2f}" if contrib else None,
           "contribution_frequency": contrib[1] if contrib else None, "annual_charge_percent": amc, "holdings": hs}
    return doc, rec


# ------------------------------------------------------------------ reply 2: letter with a 'Valuation summary' side box
def reply_sidebox(rng, used):
    p = P.person(rng, used)
    firm, adviser = rng.choice(P.FIRMS), rng.choice(P.ADVISERS)
    ptype = rng.choice(["personal_pension", "isa", "gia", "onshore_bond", "workplace_pension"])
    prov = rng.choice(PROVS_BY_TYPE[ptype])
    pno, pprinted = pol(rng)
    vdate = P.rand_date(rng, date(2026, 1, 20), 130)
    names = rng.sample(P.LIFE_FUNDS if ptype == "onshore_bond" else
                       ([n for n, _ in P.OEICS] if ptype in ("isa", "gia") else P.PENSION_FUNDS), rng.randrange(2, 5))
    hs = P.holdings(rng, names, isins=ptype in ("isa", "gia") or rng.random() < 0.4)
    value = plan_total(hs)
    tv = None if ptype in ("isa", "gia") else value - q2(value * Decimal(rng.choice(["0", "0", "0.02", "0.05"])))
    contrib = None
    if rng.random() < 0.55:
        freq = rng.choice(["monthly", "quarterly", "annually"]) if ptype != "onshore_bond" else "single"
        contrib = (Decimal(rng.randrange(30, 1500)) * (1 if freq == "monthly" else 3 if freq == "quarterly" else 12), freq)
        if freq == "single":
            contrib = (Decimal(rng.randrange(5000, 120000)), "single")
    amc = rng.choice([None, "0.45", "0.60", "0.90", "1.00"])
    tname = {"personal_pension": "Personal Pension", "isa": "Stocks and Shares ISA", "gia": "Investment Account",
             "onshore_bond": "Onshore Investment Bond", "workplace_pension": "Group Personal Pension"}[ptype]
    dob_shown = rng.random() < 0.75
    doc = Doc(prov, rng)
    r = doc.r

    @doc.page
    def _(c):
        letterhead(c, prov, sub="Customer correspondence")
        y = to_firm(c, firm, adviser, H - 118)
        c.setFont("Helvetica", 9.5)
        c.drawString(48, y - 10, long_date(vdate + timedelta(days=r.randrange(2, 9))))
        y -= 36
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, f"{tname}: {p['title']} {p['name']}")
        y -= 20
        bx, bw = 372, W - 48 - 372
        text_w = bx - 48 - 16
        c.setFont("Helvetica", 9.5)
        c.drawString(48, y, f"Dear {adviser},")
        y -= 18
        body = [
            f"We have received your request, made under the letter of authority signed by our customer, for "
            f"information about the {tname} shown in the summary on the right.",
            (("We can confirm that the policyholder's date of birth on our records is "
              f"{long_date(p['dob'])}. ") if dob_shown else "")
            + "For security we have not included contact details we hold for our customer.",
            "The value in the summary is the value of the units held on the valuation date. It is not guaranteed: "
            "it will go up and down with the prices of the funds. A breakdown of the funds is on the enclosed page.",
            "If your client is thinking of moving this plan, please ask for a new figure first: values change daily "
            "and any exit charge is applied at the date we receive the instruction.",
            "We have sent a copy of this letter to our customer.",
        ]
        for t in body:
            if t:
                y = para(c, t, 48, y, text_w, size=9.3, lead=12.2)
        c.drawString(48, y - 8, "Yours faithfully,")
        c.drawString(48, y - 44, "Customer Services")
        # the side box
        top = H - 250
        c.setFillColorRGB(0.92, 0.95, 0.98)
        c.setStrokeColorRGB(0.05, 0.2, 0.4)
        c.rect(bx, top - 214, bw, 214, stroke=1, fill=1)
        c.setFillColorRGB(0.05, 0.2, 0.4)
        c.rect(bx, top - 18, bw, 18, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(bx + 6, top - 13, "Valuation summary")
        c.setFillGray(0)
        c.setStrokeColorRGB(0, 0, 0)
        items = [("Plan number", pprinted), ("Valuation date", short_month(vdate)), ("Plan value", f"£{gbp(value)}")]
        if tv is not None:
            items.append(("Cash-in value" if ptype == "onshore_bond" else "Transfer value", f"£{gbp(tv)}"))
        if contrib:
            items.append(("Premium" if contrib[1] == "single" else "Payments",
                          f"£{gbp(contrib[0])} " + {"monthly": "per month", "quarterly": "per quarter",
                                                     "annually": "per annum", "single": "single"}[contrib[1]]))
        if amc:
            items.append(("Annual charge", f"{amc}%"))
        yy = top - 34
        for k, v in items:
            c.setFont("Helvetica", 7.5)
            c.drawString(bx + 6, yy, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(bx + 6, yy - 11, v)
            yy -= 28

    @doc.page
    def _(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 92, "Enclosure: fund breakdown")
        c.setFont("Helvetica", 9)
        c.drawString(48, H - 106, f"Plan {pprinted}  ·  {p['name']}  ·  prices at {short_month(vdate)}")
        cols = [(52, "l"), (270, "l"), (400, "r"), (470, "r"), (W - 48, "r")]
        fmt = lambda h: [h["fund_name"], h["isin"] or "-", h["units"], h["unit_price"], gbp(h["value"])]  # noqa: E731
        y = fund_rows(c, H - 134, hs, cols, ["Fund name", "ISIN", "Units held", "Unit price £", "Value £"], fmt,
                      total=("Total value", gbp(value)))
        para(c, "Past performance is not a guide to the future. Fund charges are taken from within the unit price "
             "and are not shown above.", 52, y - 10, W - 100, size=8)

    rec = {"provider": prov, "policy_number": pno, "client_title": p["title"], "client_name": p["name"],
           "client_dob": p["dob"].isoformat() if dob_shown else None, "ni_number": None, "client_address": None,
           "client_postcode": None, "plan_type": ptype, "valuation_date": vdate.isoformat(),
           "plan_value": f"{value:.2f}", "transfer_value": f"{tv:.2f}" if tv is not None else None,
           "regular_contribution": f"{contrib[0]:.2f}" if contrib else None,
           "contribution_frequency": contrib[1] if contrib else None, "annual_charge_percent": amc, "holdings": hs}
    return doc, rec


# ------------------------------------------------------------------ statement 1: guaranteed bond anniversary
def statement_bond(rng, used):
    p = P.person(rng, used)
    prov = rng.choice(BOND_PROVS)
    pno, pprinted = pol(rng, rng.choice([0, 2, 4]))
    years = rng.randrange(1, 5)
    vdate = date(2025, 7, 1) + timedelta(days=rng.randrange(0, 360))
    if vdate.month == 2 and vdate.day == 29:
        vdate = vdate - timedelta(days=1)
    start = date(vdate.year - years, vdate.month, vdate.day)
    pstart = date(vdate.year - 1, vdate.month, vdate.day)
    premium = Decimal(rng.randrange(10, 200)) * 1000
    gfund = rng.choice(["Guaranteed 100 Fund", "Guaranteed 90 Fund"])
    pct = Decimal("1.00") if "100" in gfund else Decimal("0.90")
    gshare = Decimal(rng.choice(["1", "0.7", "0.5", "0.6"]))
    others = [] if gshare == 1 else rng.sample([f for f in P.LIFE_FUNDS if not f.startswith("Guaranteed")],
                                              rng.randrange(1, 3))
    shares = [gshare] + ([(1 - gshare) / len(others)] * len(others) if others else [])
    hs = []
    for name, share in zip([gfund] + others, shares, strict=True):
        price = Decimal(rng.randrange(8000, 30000)) / 10000
        target = premium * share * Decimal(rng.randrange(940, 1160)) / 1000
        units = (target / price).quantize(Decimal("0.001"))
        hs.append({"fund_name": name, "isin": None, "units": f"{units:.3f}", "unit_price": f"{price:.4f}",
                   "value": f"{q2(units * price):.2f}", "price_currency": "GBP"})
    value = plan_total(hs)
    guaranteed = q2(premium * gshare * pct)
    gdate = date(start.year + 5, start.month, start.day)
    ecr = Decimal(["0.05", "0.04", "0.03", "0.02", "0.01"][years])
    surrender = value - q2(value * ecr)
    withdrawals = rng.random() < 0.4
    wamt = q2(premium * Decimal("0.05") / 12) if withdrawals else None
    doc = Doc(prov, rng)
    r = doc.r

    @doc.page
    def _(c):
        letterhead(c, prov, sub="Investment bonds")
        lines_at(c, 48, H - 110, [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]], size=10)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 48, H - 110, f"Bond number: {pprinted}")
        c.drawRightString(W - 48, H - 123, f"Statement produced: {short_month(vdate + timedelta(days=r.randrange(3, 12)))}")
        y = H - 210
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, y, "Your bond anniversary statement")
        y -= 16
        c.setFont("Helvetica", 10)
        c.drawString(48, y, f"For the year {long_date(pstart)} to {long_date(vdate)}")
        y -= 30
        # two boxes: guarantee and today's position
        for bx, head, items in (
            (48, "Your guarantee", [(f"Guaranteed value on {long_date(gdate)}", f"£{gbp(guaranteed)}"),
                                    ("Amount of your bond in the guaranteed fund", f"{int(gshare * 100)}%"),
                                    ("Guarantee level", f"{int(pct * 100)}% of the money invested")]),
            (W / 2 + 6, "Your bond today", [(f"Value on {long_date(vdate)}", f"£{gbp(value)}"),
                                            ("Surrender value today", f"£{gbp(surrender)}"),
                                            ("Early exit charge if you cash in now", f"{ecr * 100:.0f}%")]),
        ):
            bw = W / 2 - 54
            c.setStrokeGray(0.4)
            c.rect(bx, y - 120, bw, 120)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(bx + 8, y - 16, head)
            yy = y - 36
            for k, v in items:
                c.setFont("Helvetica", 8)
                c.drawString(bx + 8, yy, k)
                c.setFont("Helvetica-Bold", 11)
                c.drawString(bx + 8, yy - 13, v)
                yy -= 29
        y -= 146
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Your bond at a glance")
        y -= 16
        facts = [("Start date", long_date(start)), ("Single premium", f"£{gbp(premium)}"),
                 ("Lives assured", p["name"]), ("Date of birth", uk(p["dob"]))]
        if withdrawals:
            facts.append(("Regular withdrawals", f"£{gbp(wamt)} a month (5% a year of the premium)"))
        for k, v in facts:
            c.setFont("Helvetica", 9)
            c.drawString(48, y, k)
            c.drawString(210, y, v)
            y -= 14
        y -= 10
        para(c, "The guarantee applies only on the guarantee date. If you take money out of the guaranteed fund at "
             "any other time, the guarantee does not apply to that money and you may get back less than you put in. "
             "The surrender value is what you would receive if you cashed in the whole bond today.",
             48, y, W - 96, size=8.5, lead=11)

    @doc.page
    def _(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 92, f"Where your bond is invested on {long_date(vdate)}")
        cols = [(52, "l"), (330, "r"), (420, "r"), (W - 48, "r")]
        fmt = lambda h: [h["fund_name"], f"{Decimal(h['units']):,}", h["unit_price"], gbp(h["value"])]  # noqa: E731
        y = fund_rows(c, H - 122, hs, cols, ["Fund", "Units", "Unit price (£)", "Value (£)"], fmt,
                      total=("Total value of your bond", gbp(value)))
        y -= 16
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Transactions this year")
        y -= 16
        c.setFont("Helvetica", 8.8)
        if withdrawals:
            for m in range(0, 12, r.choice([3, 4])):
                d = date(pstart.year + (pstart.month + m - 1) // 12, (pstart.month + m - 1) % 12 + 1, 1)
                c.drawString(52, y, uk(d))
                c.drawString(140, y, "Regular withdrawal")
                c.drawRightString(W - 48, y, f"-{gbp(wamt)}")
                y -= 12
            c.drawString(52, y, "(sample of monthly withdrawals shown)")
        else:
            c.drawString(52, y, "There were no payments in or out of your bond this year.")
        y -= 30
        para(c, "Tax: this is a non-qualifying life insurance policy. Gains may be liable to income tax when you cash "
             "it in. Withdrawals of up to 5% a year of the premium can be deferred for tax.", 48, y, W - 96, size=8)

    @doc.page
    def _(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 92, "Important information")
        y = H - 116
        for t in ("Your options at the guarantee date: we will write to you three months before it. If you do "
                  "nothing, your money will stay in a guaranteed fund of the same kind.",
                  "Charges: the annual management charge is taken from within the unit prices of each fund.",
                  "Complaints: if you are unhappy with our service, please contact us first; you may then be able "
                  "to refer your complaint to the Financial Ombudsman Service.",
                  "Compensation: this bond is covered by the Financial Services Compensation Scheme."):
            y = para(c, t, 48, y, W - 96, size=9)

    rec = {"provider": prov, "policy_number": pno, "client_title": p["title"], "client_name": p["name"],
           "client_dob": p["dob"].isoformat(), "ni_number": None, "client_address": ", ".join(p["lines"]),
           "client_postcode": p["postcode"], "plan_type": "onshore_bond", "valuation_date": vdate.isoformat(),
           "period_start": pstart.isoformat(), "plan_value": f"{value:.2f}", "transfer_value": f"{surrender:.2f}",
           "regular_contribution": f"{premium:.2f}", "contribution_frequency": "single",
           "annual_charge_percent": None, "holdings": hs}
    return doc, rec


# ------------------------------------------------------------------ statement 2: ISA with a Sector column, prices in p
def statement_isa(rng, used):
    p = P.person(rng, used)
    prov = rng.choice(ISA_PROVS)
    pno, pprinted = pol(rng, rng.choice([1, 3, 0]))
    half = rng.random() < 0.5
    vdate = rng.choice([date(2026, 4, 5), date(2025, 10, 5), date(2026, 3, 31), date(2025, 12, 31)])
    starts = {date(2026, 4, 5): (date(2025, 4, 6), date(2025, 10, 6)),
              date(2025, 10, 5): (date(2024, 10, 6), date(2025, 4, 6)),
              date(2026, 3, 31): (date(2025, 4, 1), date(2025, 10, 1)),
              date(2025, 12, 31): (date(2025, 1, 1), date(2025, 7, 1))}
    pstart = starts[vdate][1 if half else 0]
    funds = rng.sample(P.OEICS, rng.randrange(3, 7))
    hs = P.holdings(rng, [n for n, _ in funds], pence=True, isins=rng.random() < 0.6, dp=rng.choice([2, 3, 4]))
    sector = dict(funds)
    value = plan_total(hs)
    contrib = None
    if rng.random() < 0.6:
        contrib = (Decimal(rng.choice([50, 100, 150, 200, 250, 400, 500, 1000])), "monthly")
    fee = rng.choice(["0.45", "0.35", "0.25", "0.40", None])
    subs = q2(Decimal(rng.randrange(0, 20000)))
    doc = Doc(prov, rng)
    r = doc.r

    @doc.page
    def _(c):
        letterhead(c, prov, sub="Stocks and Shares ISA")
        lines_at(c, 48, H - 112, [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]], size=10)
        c.setFont("Helvetica", 9)
        for j, (k, v) in enumerate((("Account number", pprinted), ("Statement period",
                                    f"{short_month(pstart)} to {short_month(vdate)}"),
                                   ("Client since", str(r.randrange(2004, 2022))))):
            c.drawString(360, H - 112 - 13 * j, k)
            c.drawRightString(W - 48, H - 112 - 13 * j, v)
        y = H - 210
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, y, ("Half-yearly" if half else "Annual") + " ISA statement")
        y -= 26
        c.setFont("Helvetica", 9.5)
        summary = [("Value of investments", f"£{gbp(value)}"), ("Cash balance", "£0.00"),
                   ("Total account value", f"£{gbp(value)}"),
                   ("Subscriptions this tax year", f"£{gbp(subs)}")]
        if contrib:
            summary.append(("Regular investment", f"£{gbp(contrib[0])} per month by direct debit"))
        if fee:
            summary.append(("Platform charge", f"{fee}% a year, taken monthly from cash"))
        for k, v in summary:
            c.drawString(48, y, k)
            c.drawRightString(330, y, v)
            y -= 14
        y -= 16
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(48, y, f"Your investments at {long_date(vdate)}")
        y -= 18
        cols = [(48, "l"), (222, "l"), (398, "r"), (470, "r"), (W - 44, "r")]
        fmt = lambda h: [h["fund_name"], sector[h["fund_name"]], f"{Decimal(h['units']):,}",  # noqa: E731
                         f"{Decimal(h['unit_price']):,}p", f"£{gbp(h['value'])}"]
        y = fund_rows(c, y, hs, cols, ["Investment", "Sector", "Quantity", "Price", "Value"], fmt,
                      total=("Total", f"£{gbp(value)}"), size=7.6)
        if any(h["isin"] for h in hs):
            c.setFont("Helvetica", 7)
            for h in hs:
                if h["isin"]:
                    c.drawString(52, y, f"{h['fund_name']}: ISIN {h['isin']}")
                    y -= 9
        y -= 10
        para(c, "Prices are mid prices in pence at the close of business on the statement date; values are in "
             "pounds. Sectors are those of the Investment Association.", 48, y, W - 96, size=7.5, lead=9.5)

    @doc.page
    def _(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 92, "Account activity")
        y = H - 116
        c.setFont("Helvetica", 8.5)
        d = pstart
        for _ in range(r.randrange(4, 9)):
            d = d + timedelta(days=r.randrange(10, 30))
            if d >= vdate:
                break
            c.drawString(52, y, uk(d))
            what = r.choice(["Direct debit received", "Purchase", "Platform charge", "Dividend reinvested"])
            c.drawString(130, y, what)
            c.drawRightString(W - 48, y, gbp(q2(Decimal(r.randrange(500, 60000)) / 100)))
            y -= 13
        y -= 20
        para(c, "Your ISA allowance for the tax year is £20,000. This statement is not a tax certificate.",
             48, y, W - 96, size=8.5)

    rec = {"provider": prov, "policy_number": pno, "client_title": p["title"], "client_name": p["name"],
           "client_dob": None, "ni_number": None, "client_address": ", ".join(p["lines"]),
           "client_postcode": p["postcode"], "plan_type": "isa", "valuation_date": vdate.isoformat(),
           "period_start": pstart.isoformat(), "plan_value": f"{value:.2f}", "transfer_value": None,
           "regular_contribution": f"{contrib[0]:.2f}" if contrib else None,
           "contribution_frequency": contrib[1] if contrib else None, "annual_charge_percent": fee, "holdings": hs}
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
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(2.5, 7.5), a.shape)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    return g.point(lambda v: 255 if v > 145 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    bilevel = rng.random() < 0.4
    dpi = rng.choice([200, 250, 300]) if bilevel else rng.choice([200, 220, 240])
    quality = rng.randrange(30, 56)
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


MAKERS = {
    "loa-typed-paragraph-envelope": loa_envelope,
    "loa-pension-tracing-table": loa_tracing,
    "reply-request-response-table": reply_request_table,
    "reply-sidebox-valuation": reply_sidebox,
    "statement-guaranteed-bond-anniversary": statement_bond,
    "statement-isa-sector-pence": statement_isa,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", required=True)
    args = ap.parse_args()
    rng = random.Random(int(args.seed))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    unsigned = {("loa-typed-paragraph-envelope", i) for i in (1, 5, 10)} | \
        {("loa-pension-tracing-table", i) for i in (3, 8, 12)}
    nscan = {"reply-request-response-table": 4, "statement-guaranteed-bond-anniversary": 4}  # 3 for the others: 20
    scans = {v: set(rng.sample(range(n), nscan.get(v, 3))) for v, n in COUNTS.items()}
    mixed = {(v, min(scans[v])) for v in nscan}
    items, used = [], set()
    for v, n in COUNTS.items():
        for i in range(n):
            if VARIANTS[v] == "loa":
                doc, rec = MAKERS[v](rng, used, (v, i) not in unsigned)
            else:
                doc, rec = MAKERS[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        data = scan_pdf(doc, rng, is_mixed) if is_scan else text_pdf(doc)
        name = f"h23-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")


if __name__ == "__main__":
    main()
