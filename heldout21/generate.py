#!/usr/bin/env python3
"""heldout21: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout21/generate.py --out heldout21/docs --seed 20261221
"""

# ruff: noqa: D102, D103  (layouts and drawing helpers, named for what they draw)
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
from people import day_month_year as dmy  # noqa: E402
from people import gbp  # noqa: E402

rl_config.invariant = 1
PORTRAIT, LAND = A4, landscape(A4)
VARIANTS = {
    "loa-adviser-drafted-sentence": "loa",
    "loa-landscape-row-boxes": "loa",
    "reply-wrap-several-wrappers": "loa_response",
    "reply-transfer-quote-only": "loa_response",
    "statement-gpp-leaver": "annual_statement",
    "statement-dfm-model-report": "annual_statement",
}
COUNTS = {
    "loa-adviser-drafted-sentence": 13,
    "loa-landscape-row-boxes": 13,
    "reply-wrap-several-wrappers": 14,
    "reply-transfer-quote-only": 13,
    "statement-gpp-leaver": 14,
    "statement-dfm-model-report": 13,
}
SITES = {
    "Aviva": "aviva.co.uk",
    "Royal London": "royallondon.com",
    "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk",
    "Aegon": "aegon.co.uk",
    "Legal & General": "legalandgeneral.com",
    "Zurich": "zurich.co.uk",
    "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk",
    "ReAssure": "reassure.co.uk",
    "Utmost Life and Pensions": "utmost.co.uk",
    "Canada Life": "canadalife.co.uk",
    "AJ Bell": "ajbell.co.uk",
    "Transact": "transact-online.co.uk",
    "Quilter": "quilter.com",
    "Nucleus": "nucleusfinancial.com",
    "abrdn Wrap": "abrdn.com",
    "Parmenion": "parmenion.co.uk",
    "Fidelity": "fidelity.co.uk",
    "7IM": "7im.co.uk",
    "Wealthtime": "wealthtime.com",
    "Novia": "novia-global.com",
    "True Potential": "tpinvestor.com",
    "Fundment": "fundment.com",
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
    "Phoenix Life",
    "Canada Life",
    "AJ Bell",
    "Transact",
    "Quilter",
    "Fidelity",
    "Wesleyan",
    "LV=",
]
WRAPS = ["AJ Bell", "Transact", "Quilter", "Nucleus", "abrdn Wrap", "Parmenion", "Fidelity", "Wealthtime", "Novia"]
INSURERS = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Phoenix Life",
    "ReAssure",
    "Utmost Life and Pensions",
    "Prudential",
    "Zurich",
    "Canada Life",
]
GPP = ["Aviva", "Scottish Widows", "Standard Life", "Aegon", "Legal & General", "Royal London", "Zurich", "Fidelity"]
DFMS = ["7IM", "Parmenion", "Quilter", "True Potential", "Wealthtime", "Fundment"]
EMPLOYERS = [
    "Calder Valve Engineering Ltd",
    "Northgate Print Services Ltd",
    "Brimham Foods Limited",
    "Keswick Logistics Ltd",
    "Rombalds Software Ltd",
    "Airedale Care Homes Limited",
    "Fountains Joinery Ltd",
]


class Doc:
    """Pages as drawing functions (with their sizes), so a scan can redraw page 1 with its text layer."""

    def __init__(self, provider: str, rng: random.Random):
        self.provider = provider
        self.pages: list = []
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)

    def page(self, size=PORTRAIT):
        def add(fn):
            self.pages.append((fn, size))
            return fn

        return add

    def draw(self, c, i: int) -> None:
        fn, size = self.pages[i]
        c.setPageSize(size)
        self.r.seed(self.seed * 17 + i)
        fn(c, *size)
        footer(c, self.provider, i + 1, len(self.pages), size)


def footer(c, provider, n, total, size):
    w, _ = size
    c.setFont("Helvetica", 6.8)
    c.setFillGray(0.4)
    site = SITES.get(provider)
    if site:
        c.drawString(42, 24, f"{site}")
    c.drawCentredString(w / 2, 24, f"Page {n} of {total}")
    c.setFillGray(0)


def wrap(c, text, x, y, width, font="Helvetica", size=9.5, lead=12.6):
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 5


def small(c, text, x, y, width, size=6.8):
    c.setFillGray(0.3)
    y = wrap(c, text, x, y, width, size=size, lead=size + 1.6)
    c.setFillGray(0)
    return y


def lines(c, x, y, rows, font="Helvetica", size=9.5):
    c.setFont(font, size)
    for r in rows:
        c.drawString(x, y, r)
        y -= size + 3
    return y


def a_date(rng, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randrange((hi - lo).days))


def plan_no(rng, kind: str) -> str:
    d = lambda n: P.digits(rng, n)  # noqa: E731
    return {
        "pp": rng.choice([f"PP{d(8)}", f"{d(4)}{d(4)}-P", f"G{d(7)}"]),
        "isa": rng.choice([f"ISA{d(7)}", f"{d(8)}IS", f"S{d(7)}"]),
        "bond": rng.choice([f"BD{d(7)}", f"{d(9)}"]),
        "gpp": rng.choice([f"{d(7)}", f"M{d(8)}", f"GP{d(6)}"]),
        "wrap": rng.choice([f"{rng.choice('ABCDEFGH')}{d(7)}", f"{d(9)}", f"WR{d(8)}"]),
        "tv": rng.choice([f"{d(8)}", f"PP/{d(6)}", f"RA{d(6)}", f"{d(2)}-{d(6)}"]),
        "dfm": rng.choice([f"{d(6)}-{rng.choice(['ISA', 'GIA', 'SIP'])}", f"DP{d(7)}", f"{d(8)}"]),
    }[kind]


# ----------------------------------------------------------------- signatures
def sig_strokes(c, r, x, y):
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.1)
    pts, px, py = [], x, y + 10
    for _ in range(r.randrange(10, 18)):
        px += r.uniform(4, 11)
        py = min(max(py + r.uniform(-9, 9), y + 1), y + 24)
        pts.append((px, py))
    for a, b in zip(pts, pts[1:], strict=False):
        c.line(a[0], a[1], b[0], b[1])
    c.line(x + 6, y + 3, px - 8, y + 5)
    c.restoreState()


def sig_curves(c, r, x, y):
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.05, 0.1)
    c.setLineWidth(0.9)
    p = c.beginPath()
    cx, cy = x, y + 8
    p.moveTo(cx, cy)
    for _ in range(r.randrange(4, 7)):
        nx = cx + r.uniform(15, 28)
        p.curveTo(
            cx + r.uniform(2, 10),
            cy + r.uniform(8, 22),
            nx - r.uniform(2, 10),
            cy - r.uniform(6, 16),
            nx,
            y + r.uniform(4, 16),
        )
        cx, cy = nx, y + 8
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sig_picture(c, r, x, y):
    w, h = 150, 40
    im = Image.new("L", (w * 3, h * 3), 247)
    d = ImageDraw.Draw(im)
    px, py, pts = 10, h * 1.5, []
    for _ in range(r.randrange(12, 20)):
        px += r.uniform(12, 26)
        py = min(max(py + r.uniform(-30, 30), 12), h * 3 - 12)
        pts.append((px, py))
    d.line(pts, fill=30, width=5, joint="curve")
    im = im.filter(ImageFilter.GaussianBlur(1.3))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), x, y - 2, w, h)


def sig_typed(c, r, x, y, name, when: date):
    c.saveState()
    c.setStrokeColorRGB(0.2, 0.35, 0.6)
    c.setFillColorRGB(0.2, 0.35, 0.6)
    c.roundRect(x, y - 4, 200, 30, 4, stroke=1, fill=0)
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(x + 6, y + 14, f"/s/ {name}")
    c.setFont("Helvetica", 6.5)
    c.drawString(
        x + 6,
        y + 3,
        f"E-signed {when:%d/%m/%Y} {r.randrange(8, 20):02d}:{r.randrange(60):02d} ref {r.randrange(10**7, 10**8)}",
    )
    c.restoreState()


def signature(c, r, kind, x, y, name, when):
    if kind == "strokes":
        sig_strokes(c, r, x, y)
    elif kind == "curves":
        sig_curves(c, r, x, y)
    elif kind == "picture":
        sig_picture(c, r, x, y)
    elif kind == "typed":
        sig_typed(c, r, x, y, name, when)


def firm_details(rng):
    town, pc = rng.choice(P.FIRM_TOWNS)
    return {
        "firm": rng.choice(P.FIRMS),
        "adviser": rng.choice(P.ADVISERS),
        "addr": [
            f"{rng.randrange(2, 40)} {rng.choice(['Station Parade', 'Kirkgate', 'Market Place', 'Bond End'])}",
            town,
            pc,
        ],
        "tel": f"01{P.digits(rng, 3)} {P.digits(rng, 6)}",
    }


def loa_record(prov, plans, p, f, signed, when, title=True, address=True, dob=True, ni=True):
    return {
        "provider": prov,
        "policy_numbers": plans,
        "client_title": p["title"] if title else None,
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat() if dob else None,
        "ni_number": p["ni"] if ni else None,
        "client_address": ", ".join(p["lines"]) if address else None,
        "client_postcode": p["postcode"] if address else None,
        "adviser_firm": f["firm"],
        "fca_frn": None,
        "adviser_name": f["adviser"],
        "date_signed": when.isoformat() if signed else None,
        "signature_present": signed,
    }


# ----------------------------------------------------------------- LoA 1: adviser-drafted letter, plans in a sentence
KIND_WORDS = {"pp": "personal pension plan", "isa": "stocks and shares ISA", "bond": "investment bond"}


def loa_adviser_drafted(rng, used, signed, sig_kind):
    p = P.make_person(rng, used)
    f = firm_details(rng)
    prov = rng.choice(LOA_TO)
    kinds = rng.sample(["pp", "isa", "bond"], rng.choice([1, 2, 2, 3]))
    plans = [plan_no(rng, k) for k in kinds]
    when = a_date(rng, date(2026, 1, 5), date(2026, 10, 20))
    drafted = when - timedelta(days=rng.randrange(2, 12))
    ni_form = rng.choice(["plain", "spaced"])
    ni_text = p["ni"] if ni_form == "plain" else P.ni_spaced(p["ni"])
    dob_text = rng.choice([dmy(p["dob"]), p["dob"].strftime("%d/%m/%Y")])
    doc = Doc(prov, rng)
    phrase = [f"my {KIND_WORDS[k]} number {n}" for k, n in zip(kinds, plans, strict=True)]
    plan_sentence = phrase[0] if len(phrase) == 1 else ", ".join(phrase[:-1]) + " and " + phrase[-1]
    addr_text = ", ".join(p["lines"]) + " " + p["postcode"]

    @doc.page()
    def one(c, w, h):
        c.setFont("Times-Bold", 15)
        c.drawString(60, h - 62, f["firm"])
        c.setFont("Times-Roman", 8.5)
        c.drawString(60, h - 75, " | ".join(f["addr"]) + f" | Tel {f['tel']}")
        c.line(60, h - 82, w - 60, h - 82)
        y = lines(c, 60, h - 118, [f"{prov}", "Customer Services", "Letters of Authority team"], "Times-Roman", 10.5)
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(w - 60, h - 118, f"Prepared {dmy(drafted)}")
        y -= 18
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, f"Re: {p['title']} {p['name']}  -  Letter of Authority (information only)")
        y -= 26
        y = wrap(c, "Dear Sir or Madam,", 60, y, w - 120, "Times-Roman", 10.5, 14)
        body = (
            f"I, {p['title']} {p['name']}, of {addr_text}, born on {dob_text} "
            f"(National Insurance number {ni_text}), hereby authorise {f['firm']} and my adviser "
            f"{f['adviser']} to request and receive information about {plan_sentence} held with you."
        )
        y = wrap(c, body, 60, y, w - 120, "Times-Roman", 10.5, 14)
        y = wrap(
            c,
            "Please provide the current value, the transfer or surrender value, the funds held with their "
            "units and prices, the charges and any guarantees or special terms. This letter gives authority to "
            "release information only; it does not permit any change to my plans or any movement of money. "
            "It remains in force until I withdraw it in writing. A copy of this letter is as valid as the "
            "original.",
            60,
            y,
            w - 120,
            "Times-Roman",
            10.5,
            14,
        )
        y = wrap(c, "Yours faithfully,", 60, y - 4, w - 120, "Times-Roman", 10.5, 14)
        y -= 36
        if signed:
            signature(c, doc.r, sig_kind, 66, y + 2, p["name"], when)
        c.setDash(1, 2)
        c.line(60, y, 300, y)
        c.line(360, y, 500, y)
        c.setDash()
        c.setFont("Times-Roman", 9.5)
        c.drawString(60, y - 12, f"Signature of {p['title']} {p['name']}")
        c.drawString(360, y - 12, "Date")
        if signed:
            c.setFont("Times-Roman", 11)
            c.drawString(364, y + 4, rng_date_text(when, sig_kind))
        y -= 60
        small(
            c,
            f"Prepared by {f['firm']} for signature by the client. Please return the signed letter to us in "
            "the envelope provided or sign electronically. We will send it to the provider on your behalf. "
            "Information we receive is used only to advise you and is held in line with our privacy notice.",
            60,
            y,
            w - 120,
        )

    return doc, loa_record(prov, plans, p, f, signed, when)


def rng_date_text(when: date, kind: str) -> str:
    return {
        "strokes": when.strftime("%d/%m/%Y"),
        "curves": dmy(when),
        "picture": when.strftime("%d.%m.%Y"),
        "typed": when.strftime("%d/%m/%Y"),
    }[kind]


# ----------------------------------------------------------------- LoA 2: landscape form, details in a row of boxes
def loa_landscape_boxes(rng, used, signed, sig_kind):
    p = P.make_person(rng, used)
    f = firm_details(rng)
    prov = rng.choice(LOA_TO)
    plans = [plan_no(rng, rng.choice(["pp", "isa", "bond"])) for _ in range(rng.choice([1, 2, 3]))]
    when = a_date(rng, date(2026, 1, 5), date(2026, 10, 20))
    with_ni = rng.random() < 0.75
    dob_fmt = rng.choice(["%d/%m/%Y", "%d-%m-%Y"])
    ni_gap = rng.random() < 0.5
    doc = Doc(prov, rng)

    def boxes(c, x, y, cells, hgt=34):
        for label, width, _value in cells:
            c.setLineWidth(0.7)
            c.rect(x, y - hgt, width, hgt)
            c.setFont("Helvetica", 6.5)
            c.setFillGray(0.35)
            c.drawString(x + 3, y - 9, label)
            c.setFillGray(0)
            x += width
        return y - hgt

    def values(c, x, y, cells, hgt=34):
        c.setFont("Courier-Bold", 10)
        for _, width, value in cells:
            if value:
                c.drawString(x + 4, y - hgt + 8, value)
            x += width

    @doc.page(LAND)
    def one(c, w, h):
        c.setFillColorRGB(0.15, 0.25, 0.35)
        c.rect(0, h - 50, w, 50, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, h - 32, "AUTHORITY TO RELEASE PLAN INFORMATION")
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 40, h - 32, f"{f['firm']}  |  {f['tel']}")
        c.setFillGray(0)
        c.setFont("Helvetica", 9.5)
        c.drawString(40, h - 72, f"To: {prov}")
        c.drawString(300, h - 72, "Please write in capitals. One form per provider.")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, h - 94, "1  Your details")
        dob = p["dob"].strftime(dob_fmt)
        ni = (P.ni_spaced(p["ni"]) if ni_gap else p["ni"]) if with_ni else ""
        cells = [
            ("Title", 50, p["title"].upper()),
            ("Forename(s)", 190, p["forenames"].upper()),
            ("Surname", 160, p["last"].upper()),
            ("Date of birth", 95, dob),
            ("National Insurance number", 145, ni),
            ("Postcode", 95, p["postcode"]),
        ]
        yb = boxes(c, 40, h - 100, cells)
        values(c, 40, h - 100, cells)
        addr = [("Address (not postcode)", 735, ", ".join(p["lines"]).upper())]
        boxes(c, 40, yb - 6, addr)
        values(c, 40, yb - 6, addr)
        y = yb - 62
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, "2  Plans with this provider")
        pcells = [(f"Plan number {i + 1}", 245, plans[i] if i < len(plans) else "") for i in range(3)]
        boxes(c, 40, y - 6, pcells)
        values(c, 40, y - 6, pcells)
        y -= 62
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, "3  Adviser")
        acells = [("Firm", 300, f["firm"]), ("Adviser", 180, f["adviser"]), ("Firm address", 255, ", ".join(f["addr"]))]
        c.setFont("Helvetica", 8)
        boxes(c, 40, y - 6, acells)
        c.setFont("Helvetica", 8.5)
        xx = 40
        for _, width, value in acells:
            c.drawString(xx + 4, y - 32, value)
            xx += width
        y -= 56
        y = wrap(
            c,
            "I authorise the provider named above to give the adviser firm above any information it asks "
            "for about the plans listed, and any other plans I hold with you. This authority is for "
            "information only and does not allow the adviser to give instructions on my behalf.",
            40,
            y,
            w - 80,
            size=8.8,
            lead=11,
        )
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y - 4, "4  Signature")
        sc = [("Signature", 360, ""), ("Date signed (DD/MM/YYYY)", 160, "")]
        boxes(c, 40, y - 10, sc, hgt=44)
        if signed:
            signature(c, doc.r, sig_kind, 50, y - 48, p["name"], when)
            c.setFont("Courier-Bold", 10)
            c.drawString(404, y - 44, when.strftime("%d/%m/%Y"))
        small(
            c,
            "Forms received more than 12 months after signature cannot be accepted. Keep a copy for your "
            "records. We will hold your details in line with data protection law.",
            600,
            y - 20,
            200,
        )

    rec = loa_record(prov, plans, p, f, signed, when, ni=with_ni)
    rec["client_title"] = p["title"]
    rec["client_name"] = p["name"].upper()  # as printed: the form is filled in capitals
    rec["client_address"] = ", ".join(p["lines"]).upper()
    return doc, rec


# ----------------------------------------------------------------- reply 1: wrap platform, several wrappers
WRAPPER = {"isa": "Stocks and Shares ISA", "gia": "General Investment Account", "sipp": "SIPP"}


def reply_wrap(rng, used):
    p = P.make_person(rng, used)
    f = firm_details(rng)
    prov = rng.choice(WRAPS)
    held = rng.sample(["isa", "gia", "sipp"], 3)[: rng.choice([2, 3, 3])]
    asked = rng.choice(held)
    funds = rng.sample(P.FUNDS["platform"], 9)
    accounts = {}
    for k in held:
        n = rng.randrange(2, 4)
        pence = rng.random() < 0.4
        rows = [P.holding(rng, funds.pop(), pence=pence, isin=True) for _ in range(n)]
        accounts[k] = {
            "no": plan_no(rng, "wrap"),
            "rows": rows,
            "value": sum(Decimal(r["value"]) for r in rows),
            "pence": pence,
        }
    val = a_date(rng, date(2025, 11, 1), date(2026, 10, 1))
    lra = val - timedelta(days=rng.randrange(10, 30))
    charge = rng.choice(["0.25", "0.30", "0.20", "0.35", "0.15"])
    contrib = None
    if asked in ("isa", "sipp") and rng.random() < 0.5:
        contrib = (Decimal(rng.randrange(5, 60) * 10), rng.choice(["monthly", "annually"]))
    show_addr = rng.random() < 0.5
    doc = Doc(prov, rng)

    @doc.page()
    def one(c, w, h):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(50, h - 60, prov)
        c.setFont("Helvetica", 8)
        c.drawString(50, h - 72, "Adviser Support | Platform Servicing")
        y = lines(c, 50, h - 110, [f["adviser"], f["firm"], *f["addr"]])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(w - 50, h - 110, dmy(val + timedelta(days=doc.r.randrange(1, 6))))
        c.drawRightString(w - 50, h - 124, f"Our ref: LOA/{P.digits(doc.r, 6)}")
        y -= 20
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(50, y, f"Your client: {p['title']} {p['name']}")
        c.drawString(50, y - 14, f"Account named in your letter of authority: {accounts[asked]['no']}")
        y -= 40
        y = wrap(c, f"Dear {f['adviser'].split()[0]},", 50, y, w - 100)
        others = [WRAPPER[k] for k in held if k != asked]
        y = wrap(
            c,
            f"Thank you for the letter of authority dated {dmy(lra)}, which we have now added to your "
            f"client's record. It names the {WRAPPER[asked]} above, and the information about that account "
            f"is set out on the following pages as at {dmy(val)}.",
            50,
            y,
            w - 100,
        )
        y = wrap(
            c,
            f"Our records show that your client also holds a {' and a '.join(others)} with us. Because the "
            "platform reports at client level, the summary on page 2 lists every account we hold, with its "
            "value. We can release the investment detail of those accounts once we receive an authority that "
            "names them; only the account named in your letter is shown in full.",
            50,
            y,
            w - 100,
        )
        y = wrap(
            c,
            "Values are based on the latest available prices and may change. Cash held within each account "
            "for charges is included in the fund holdings shown. If you have any questions please contact "
            "Adviser Support.",
            50,
            y,
            w - 100,
        )
        wrap(c, "Yours sincerely,", 50, y - 4, w - 100)
        c.drawString(50, y - 40, "Platform Servicing Team")

    @doc.page()
    def two(c, w, h):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, h - 60, "Client summary")
        rows = [
            ("Client name", f"{p['title']} {p['name']}"),
            ("Date of birth", p["dob"].strftime("%d/%m/%Y")),
            ("National Insurance number", P.ni_spaced(p["ni"])),
        ]
        if show_addr:
            rows.append(("Address", ", ".join(p["lines"])))
            rows.append(("Postcode", p["postcode"]))
        rows.append(("Valuation date", val.strftime("%d/%m/%Y")))
        y = h - 86
        for k, v in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(50, y, k)
            c.drawString(220, y, v)
            y -= 15
        y -= 12
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, "Account")
        c.drawString(230, y, "Account number")
        c.drawString(360, y, "Covered by LoA")
        c.drawRightString(w - 50, y, "Value")
        c.line(50, y - 4, w - 50, y - 4)
        y -= 18
        total = Decimal(0)
        for k in held:
            a = accounts[k]
            total += a["value"]
            c.setFont("Helvetica", 9.5)
            c.drawString(50, y, WRAPPER[k])
            c.drawString(230, y, a["no"])
            c.drawString(360, y, "Yes" if k == asked else "No - summary only")
            c.drawRightString(w - 50, y, gbp(a["value"]))
            y -= 16
        c.line(50, y + 8, w - 50, y + 8)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y - 4, "Total across all accounts")
        c.drawRightString(w - 50, y - 4, gbp(total))
        y -= 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, f"{WRAPPER[asked]} - account {accounts[asked]['no']}")
        y -= 18
        facts = [("Account value", gbp(accounts[asked]["value"])), ("Platform charge", f"{charge}% a year")]
        if contrib:
            facts.append(
                ("Regular payment in", f"{gbp(contrib[0])} {'per month' if contrib[1] == 'monthly' else 'per year'}")
            )
        else:
            facts.append(("Regular payment in", "None set up"))
        for k, v in facts:
            c.setFont("Helvetica", 9.5)
            c.drawString(50, y, k)
            c.drawString(220, y, v)
            y -= 15
        small(
            c,
            "The platform charge is taken monthly from the cash in each account. Fund managers' ongoing charges "
            "are reflected in the fund prices and are not included in the figure above.",
            50,
            y - 10,
            w - 100,
        )

    @doc.page()
    def three(c, w, h):
        a = accounts[asked]
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, h - 60, f"Holdings in the {WRAPPER[asked]} at {dmy(val)}")
        y = h - 90
        cols = [
            (50, "Investment", "l"),
            (300, "ISIN", "l"),
            (430, "Units", "r"),
            (485, "Price (p)" if a["pence"] else "Price (£)", "r"),
            (w - 50, "Value", "r"),
        ]
        c.setFont("Helvetica-Bold", 8.5)
        for x, t, al in cols:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(50, y - 4, w - 50, y - 4)
        y -= 17
        for r in a["rows"]:
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, r["fund_name"])
            c.drawString(300, y, r["isin"])
            c.drawRightString(430, y, f"{Decimal(r['units']):,.3f}")
            c.drawRightString(485, y, r["unit_price"])
            c.drawRightString(w - 50, y, gbp(Decimal(r["value"])))
            y -= 15
        c.line(50, y + 8, w - 50, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 4, "Total")
        c.drawRightString(w - 50, y - 4, gbp(a["value"]))
        small(
            c,
            "Past performance is not a guide to the future. The value of investments and any income from them "
            "can fall as well as rise. Tax treatment depends on individual circumstances and may change.",
            50,
            y - 40,
            w - 100,
        )

    plan_type = {"isa": "isa", "gia": "gia", "sipp": "sipp"}[asked]
    rec = {
        "provider": prov,
        "policy_number": accounts[asked]["no"],
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]) if show_addr else None,
        "client_postcode": p["postcode"] if show_addr else None,
        "plan_type": plan_type,
        "valuation_date": val.isoformat(),
        "plan_value": f"{accounts[asked]['value']:.2f}",
        "transfer_value": None,
        "regular_contribution": f"{contrib[0]:.2f}" if contrib else None,
        "contribution_frequency": contrib[1] if contrib else None,
        "annual_charge_percent": charge,
        "holdings": accounts[asked]["rows"],
    }
    return doc, rec


# ----------------------------------------------------------------- reply 2: transfer value quotation only
TV_KINDS = [
    ("Personal Pension", "personal_pension"),
    ("Retirement Annuity Contract", "personal_pension"),
    ("Section 32 Buy Out Plan", "other"),
    ("Personal Pension", "personal_pension"),
]


def reply_transfer_quote(rng, used):
    p = P.make_person(rng, used)
    f = firm_details(rng)
    prov = rng.choice(INSURERS)
    label, ptype = rng.choice(TV_KINDS)
    pol = plan_no(rng, "tv")
    fund = Decimal(rng.randrange(900000, 42000000)) / 100
    exit_c = P.q2(fund * Decimal(rng.choice([0, 0, 0, 1, 2, 3, 5])) / 100)
    tv = fund - exit_c
    quote = a_date(rng, date(2025, 11, 1), date(2026, 9, 30))
    guard = quote + timedelta(days=rng.choice([28, 91, 92, 90]))
    contrib = None
    if rng.random() < 0.3 and label == "Personal Pension":
        contrib = Decimal(rng.randrange(4, 40) * 25)
    show_ni = rng.random() < 0.7
    doc = Doc(prov, rng)

    @doc.page()
    def one(c, w, h):
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(w - 50, h - 58, prov)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 50, h - 70, "Pensions Transfers Department")
        y = lines(c, 55, h - 110, [f"{f['adviser']}", f["firm"], *f["addr"]])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(w - 50, h - 110, f"Date of quotation: {quote.strftime('%d/%m/%Y')}")
        y -= 20
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(55, y, "TRANSFER VALUE QUOTATION")
        y -= 22
        y = wrap(c, f"Dear {f['adviser']},", 55, y, w - 110)
        y = wrap(
            c,
            f"Following your request under the authority signed by your client, we have calculated the "
            f"transfer value of the {label} below. We have not enclosed a fund breakdown with this quotation; "
            "please ask us separately if you need one.",
            55,
            y,
            w - 110,
        )
        rows = [
            ("Planholder", f"{p['title']} {p['name']}"),
            ("Date of birth", dmy(p["dob"])),
            ("National Insurance number", p["ni"] if show_ni else "Not held on our records"),
            ("Plan number", pol),
            ("Type of plan", label),
            ("Quotation date", dmy(quote)),
        ]
        y -= 4
        for k, v in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(70, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(250, y, v)
            y -= 15
        y -= 10
        c.setFillGray(0.93)
        c.rect(60, y - 66, w - 120, 76, stroke=0, fill=1)
        c.setFillGray(0)
        money_rows = [
            ("Value of the plan at the quotation date", gbp(fund)),
            ("Less early transfer charge", gbp(exit_c) if exit_c else "nil"),
            ("Transfer value payable", gbp(tv)),
        ]
        yy = y - 6
        for i, (k, v) in enumerate(money_rows):
            c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 10)
            c.drawString(72, yy, k)
            c.drawRightString(w - 72, yy, v)
            yy -= 20
        y -= 86
        y = wrap(
            c,
            f"This transfer value is guaranteed until {dmy(guard)}, provided we receive the receiving "
            "scheme's completed discharge forms and all our requirements by that date. After that date the "
            "value will be recalculated and may be higher or lower.",
            55,
            y,
            w - 110,
        )
        if contrib:
            y = wrap(
                c,
                f"Contributions of {gbp(contrib)} a month are currently being paid to this plan and will "
                "stop when the transfer is completed.",
                55,
                y,
                w - 110,
            )
        else:
            y = wrap(c, "No contributions are currently being paid to this plan.", 55, y, w - 110)
        y = wrap(c, "Yours sincerely,", 55, y - 4, w - 110)
        c.drawString(55, y - 26, "Transfers Team")

    @doc.page()
    def two(c, w, h):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(55, h - 60, "Important information about this quotation")
        y = h - 84
        for t in [
            "The transfer value is the amount we would pay to another registered pension scheme. It is not a "
            "statement of benefits and does not include any benefits that cannot be transferred.",
            "Where the plan includes guaranteed benefits, such as a guaranteed annuity rate or a guaranteed "
            "minimum pension, these will be lost on transfer. Your client should take advice before transferring.",
            "If the transfer value payable exceeds £30,000 and the plan includes safeguarded benefits, we will need "
            "confirmation that appropriate independent advice has been received.",
            "Transfers are paid by BACS to the receiving scheme within 10 working days of receipt of all "
            "requirements. We will check the receiving scheme for signs of a pension scam before paying.",
            "Charges shown are those applying at the quotation date. Only one guaranteed quotation is provided free "
            "of charge in any 12 month period.",
        ]:
            y = wrap(c, "- " + t, 55, y, w - 110, size=9)
        small(
            c,
            f"{prov} is a trading name. Calls may be recorded. This document is for the named adviser and "
            "planholder only.",
            55,
            y - 20,
            w - 110,
        )

    rec = {
        "provider": prov,
        "policy_number": pol,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"] if show_ni else None,
        "client_address": None,
        "client_postcode": None,
        "plan_type": ptype,
        "valuation_date": quote.isoformat(),
        "plan_value": f"{fund:.2f}",
        "transfer_value": f"{tv:.2f}",
        "regular_contribution": f"{contrib:.2f}" if contrib else None,
        "contribution_frequency": "monthly" if contrib else None,
        "annual_charge_percent": None,
        "holdings": [],
    }
    return doc, rec


# ----------------------------------------------------------------- statement 1: group personal pension leaver
def statement_gpp_leaver(rng, used):
    p = P.make_person(rng, used)
    prov = rng.choice(GPP)
    employer = rng.choice(EMPLOYERS)
    mem = plan_no(rng, "gpp")
    end = rng.choice([date(2026, 3, 31), date(2026, 4, 5), date(2025, 12, 31), date(2026, 6, 30)])
    start = date(end.year - 1, end.month, end.day) + timedelta(days=1)
    left = start - timedelta(days=rng.randrange(40, 700))
    rows = [
        P.holding(rng, n, isin=rng.random() < 0.5, udp=4)
        for n in rng.sample(P.FUNDS["workplace"], rng.choice([1, 2, 2, 3]))
    ]
    value = sum(Decimal(r["value"]) for r in rows)
    growth = P.q2(value * Decimal(rng.randrange(-30, 110)) / 1000)
    charges = P.q2(value * Decimal("0.0075"))
    opening = value - growth + charges
    old_amc, amc = rng.choice([("0.45", "0.75"), ("0.50", "0.80"), ("0.35", "0.65"), ("0.40", "0.70")])
    show_ni = rng.random() < 0.5
    show_tv = rng.random() < 0.7
    ee = Decimal(rng.randrange(40, 300))
    er = P.q2(ee * Decimal(rng.choice(["1", "1.5", "0.6"])))
    doc = Doc(prov, rng)

    @doc.page()
    def one(c, w, h):
        c.setFillColorRGB(0.9, 0.93, 0.96)
        c.rect(0, h - 92, w, 92, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(50, h - 48, prov)
        c.setFont("Helvetica", 10)
        c.drawString(50, h - 66, f"{employer} Group Personal Pension")
        c.drawString(50, h - 80, "Statement for members who have left")
        y = lines(c, 50, h - 130, [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]], size=10)
        info = [("Member number", mem), ("Date of birth", dmy(p["dob"]))]
        if show_ni:
            info.append(("NI number", P.ni_spaced(p["ni"])))
        info += [("Statement period", f"{dmy(start)} to {dmy(end)}"), ("Date you left the scheme", dmy(left))]
        yy = h - 130
        for k, v in info:
            c.setFont("Helvetica", 8.5)
            c.drawString(320, yy, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(430, yy, v)
            yy -= 13
        y = min(y, yy) - 20
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, "Your pot this year")
        y -= 20
        flow = [
            (f"Value on {dmy(start)}", gbp(opening)),
            ("Payments in by you and your employer", gbp(Decimal(0))),
            ("Charges taken", f"-{gbp(charges)}"),
            (
                "Investment growth" if growth >= 0 else "Investment loss",
                gbp(growth) if growth >= 0 else f"-{gbp(-growth)}",
            ),
            (f"Value on {dmy(end)}", gbp(value)),
        ]
        for i, (k, v) in enumerate(flow):
            c.setFont("Helvetica-Bold" if i == len(flow) - 1 else "Helvetica", 10)
            c.drawString(60, y, k)
            c.drawRightString(w - 60, y, v)
            y -= 17
        if show_tv:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, f"Transfer value on {dmy(end)}")
            c.drawRightString(w - 60, y, gbp(value))
            y -= 17
        y -= 10
        y = wrap(
            c,
            f"Because you left {employer} on {dmy(left)}, neither you nor your employer has paid into your "
            "pot since then. Your pot stays invested and you can still pay in yourself, transfer it to a new "
            "scheme, or take it from age 57.",
            50,
            y,
            w - 100,
        )
        y = wrap(
            c,
            f"While you were employed, {employer} paid part of the plan charge. Your annual management "
            f"charge was {old_amc}% while you were a member; it is now {amc}% a year.",
            50,
            y,
            w - 100,
        )

    @doc.page()
    def two(c, w, h):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, h - 60, f"Where your pot is invested on {dmy(end)}")
        y = h - 88
        c.setFont("Helvetica-Bold", 8.5)
        for x, t, r in [
            (50, "Fund", False),
            (290, "ISIN", False),
            (420, "Units", True),
            (480, "Unit price", True),
            (w - 50, "Value", True),
        ]:
            (c.drawRightString if r else c.drawString)(x, y, t)
        y -= 16
        for row in rows:
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, row["fund_name"])
            c.drawString(290, y, row["isin"] or "-")
            c.drawRightString(420, y, f"{Decimal(row['units']):,.4f}")
            c.drawRightString(480, y, f"£{row['unit_price']}")
            c.drawRightString(w - 50, y, gbp(Decimal(row["value"])))
            y -= 14
        c.line(50, y + 6, w - 50, y + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 6, "Total value")
        c.drawRightString(w - 50, y - 6, gbp(value))
        y -= 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "Your last payments before you left")
        y -= 18
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "Month")
        c.drawRightString(300, y, "You paid")
        c.drawRightString(420, y, f"{employer.split()[0]} paid")
        y -= 14
        m = date(left.year, left.month, 1)
        for _ in range(3):
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, f"{m:%B %Y}")
            c.drawRightString(300, y, gbp(ee))
            c.drawRightString(420, y, gbp(er))
            y -= 13
            m = (m - timedelta(days=1)).replace(day=1)
        small(
            c,
            "These payments were made before the statement period and are shown for your information only. "
            "No payments are due now.",
            50,
            y - 8,
            w - 100,
        )

    @doc.page()
    def three(c, w, h):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, h - 60, "Notes")
        y = h - 84
        for t in [
            "Your pot can go down as well as up. The value shown is not guaranteed.",
            "Keep your address up to date so that we can send you your yearly statement.",
            "If you want to bring your pot together with a new employer's scheme, ask the new scheme to "
            "contact us; we will provide a transfer value when asked.",
            "Free, impartial guidance on your options is available from MoneyHelper and Pension Wise.",
        ]:
            y = wrap(c, t, 50, y, w - 100, size=9)

    rec = {
        "provider": prov,
        "policy_number": mem,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"] if show_ni else None,
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": "workplace_pension",
        "valuation_date": end.isoformat(),
        "period_start": start.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{value:.2f}" if show_tv else None,
        "regular_contribution": None,
        "contribution_frequency": None,
        "annual_charge_percent": amc,
        "holdings": rows,
    }
    return doc, rec


# ----------------------------------------------------------------- statement 2: DFM model portfolio report
MODELS = ["Cautious", "Defensive", "Balanced", "Moderate Growth", "Growth", "Adventurous"]
BENCH = [
    "ARC Sterling Cautious PCI",
    "ARC Sterling Balanced Asset PCI",
    "ARC Sterling Steady Growth PCI",
    "IA Mixed Investment 40-85% Shares",
    "IA Mixed Investment 20-60% Shares",
]


def statement_dfm(rng, used):
    p = P.make_person(rng, used)
    prov = rng.choice(DFMS)
    wrapper = rng.choice(
        [
            ("Stocks and Shares ISA", "isa"),
            ("General Investment Account", "gia"),
            ("SIPP", "sipp"),
            ("General Investment Account", "gia"),
        ]
    )
    pno = plan_no(rng, "dfm")
    model = f"{rng.choice(MODELS)} {rng.randrange(3, 8)} Model Portfolio"
    end = rng.choice([date(2026, 3, 31), date(2026, 6, 30), date(2025, 12, 31), date(2026, 9, 30)])
    start = date(end.year - 1, end.month, end.day) + timedelta(days=1)
    classes = {}
    allrows = []
    for cls, names in P.DFM_CLASSES.items():
        chosen = rng.sample(names, rng.choice([1, 2]) if len(names) > 1 else 1)
        rs = [P.holding(rng, n, pence=rng.random() < 0.6, udp=rng.choice([2, 3])) for n in chosen]
        classes[cls] = rs
        allrows += rs
    value = sum(Decimal(r["value"]) for r in allrows)
    fee = rng.choice(["0.20", "0.25", "0.30", "0.15"])
    net_in = Decimal(rng.randrange(0, 40) * 500)
    gain = P.q2(value * Decimal(rng.randrange(-40, 120)) / 1000)
    opening = value - gain - net_in
    show_dob = rng.random() < 0.4
    doc = Doc(prov, rng)

    @doc.page()
    def one(c, w, h):
        c.setFont("Times-Bold", 22)
        c.drawString(60, h - 120, "Annual Portfolio Report")
        c.setFont("Times-Roman", 13)
        c.drawString(60, h - 142, f"{dmy(start)} to {dmy(end)}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, h - 60, f"{prov}  |  Managed Portfolio Service")
        y = h - 200
        rows = [
            ("Prepared for", f"{p['title']} {p['name']}"),
            ("Portfolio number", pno),
            ("Account type", wrapper[0]),
            ("Investment strategy", model),
        ]
        if show_dob:
            rows.append(("Date of birth", p["dob"].strftime("%d %b %Y")))
        for k, v in rows:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(200, y, v)
            y -= 17
        y -= 20
        y = lines(
            c,
            60,
            y,
            [
                f"{p['title']} {p['first']} {p['last']}" if not p["middle"] else f"{p['title']} {p['name']}",
                *p["lines"],
                p["postcode"],
            ],
            size=10,
        )
        small(
            c,
            "This report is prepared for the client and their financial adviser. The portfolio is managed on a "
            "discretionary basis: the manager makes investment decisions within the model's risk mandate without "
            "asking you first. Past performance is not a reliable indicator of future returns.",
            60,
            90,
            w - 120,
        )

    @doc.page()
    def two(c, w, h):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, h - 60, "Portfolio summary")
        y = h - 86
        for k, v in [
            (f"Portfolio value on {dmy(start - timedelta(days=1))}", gbp(opening)),
            ("Net money added", gbp(net_in)),
            ("Investment return after charges", gbp(gain) if gain >= 0 else f"-{gbp(-gain)}"),
            (f"Portfolio value on {dmy(end)}", gbp(value)),
        ]:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, k)
            c.drawRightString(w - 60, y, v)
            y -= 16
        y -= 20
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "Performance (after charges)")
        y -= 16
        periods = ["3 months", "6 months", "1 year", "3 years", "Since start"]
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(60, y, "")
        for i, t in enumerate(periods):
            c.drawRightString(260 + i * 65, y, t)
        y -= 14
        for label in (model, BENCH[doc.r.randrange(len(BENCH))]):
            c.setFont("Helvetica", 8.5)
            c.drawString(60, y, label[:34])
            for i in range(len(periods)):
                c.drawRightString(260 + i * 65, y, f"{doc.r.uniform(-4, 18):.1f}%")
            y -= 13
        y -= 22
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "Asset allocation")
        y -= 16
        for cls, rs in classes.items():
            v = sum(Decimal(r["value"]) for r in rs)
            c.setFont("Helvetica", 9)
            c.drawString(60, y, cls)
            c.drawRightString(300, y, f"{(v / value * 100):.1f}%")
            c.setFillGray(0.6)
            c.rect(310, y - 1, float(v / value) * 200, 8, stroke=0, fill=1)
            c.setFillGray(0)
            y -= 14
        y -= 20
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "Charges")
        y -= 16
        y = wrap(
            c,
            f"Discretionary management charge: {fee}% a year, taken monthly from the portfolio. "
            "Platform and adviser charges, where they apply, are shown on the separate costs and charges "
            "statement.",
            60,
            y,
            w - 120,
            size=9,
        )

    @doc.page()
    def three(c, w, h):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, h - 60, f"Holdings at {dmy(end)}")
        y = h - 86
        heads = [
            (50, "Holding", 0),
            (255, "ISIN", 0),
            (390, "Quantity", 1),
            (455, "Price", 1),
            (515, "Market value", 1),
            (w - 40, "Weight", 1),
        ]
        c.setFont("Helvetica-Bold", 8)
        for x, t, r in heads:
            (c.drawRightString if r else c.drawString)(x, y, t)
        c.line(50, y - 4, w - 40, y - 4)
        y -= 18
        for cls, rs in classes.items():
            c.setFont("Helvetica-BoldOblique", 8.5)
            c.drawString(50, y, cls)
            y -= 13
            sub = Decimal(0)
            for r in rs:
                sub += Decimal(r["value"])
                c.setFont("Helvetica", 8)
                c.drawString(58, y, r["fund_name"])
                c.drawString(255, y, r["isin"])
                c.drawRightString(390, y, f"{Decimal(r['units']):,}")
                c.drawRightString(
                    455, y, f"{r['unit_price']}p" if r["price_currency"] == "GBX" else f"£{r['unit_price']}"
                )
                c.drawRightString(515, y, f"{Decimal(r['value']):,.2f}")
                c.drawRightString(w - 40, y, f"{Decimal(r['value']) / value * 100:.2f}%")
                y -= 12
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(58, y, f"Subtotal {cls}")
            c.drawRightString(515, y, f"{sub:,.2f}")
            y -= 18
        c.line(50, y + 8, w - 40, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 4, "Total portfolio")
        c.drawRightString(515, y - 4, f"{value:,.2f}")
        c.drawRightString(w - 40, y - 4, "100.00%")
        small(
            c,
            "Market values in pounds sterling at closing prices on the report date. Weights may not add to "
            "100% because of rounding.",
            50,
            y - 30,
            w - 100,
        )

    rec = {
        "provider": prov,
        "policy_number": pno,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat() if show_dob else None,
        "ni_number": None,
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": wrapper[1],
        "valuation_date": end.isoformat(),
        "period_start": start.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": None,
        "regular_contribution": None,
        "contribution_frequency": None,
        "annual_charge_percent": fee,
        "holdings": allrows,
    }
    return doc, rec


# ----------------------------------------------------------------- output
def text_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PORTRAIT, invariant=1)
    c.setTitle("document")
    for i in range(len(doc.pages)):
        doc.draw(c, i)
        c.showPage()
    c.save()
    return buf.getvalue()


def degrade(img: Image.Image, rng: random.Random, bilevel: bool) -> Image.Image:
    g = img.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3, 8), a.shape)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(
        ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1))
    )
    return g.point(lambda v: 255 if v > 148 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    bilevel = rng.random() < 0.4
    dpi = rng.choice([200, 250, 300]) if bilevel else rng.choice([200, 220])
    quality = rng.randrange(30, 56)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PORTRAIT, invariant=1)
    c.setTitle("scan")
    for i in range(len(src)):
        if mixed and i == 0:
            doc.draw(c, 0)
        else:
            size = doc.pages[i][1]
            c.setPageSize(size)
            img = degrade(src[i].render(scale=dpi / 72).to_pil(), rng, bilevel)
            ib = io.BytesIO()
            img.save(ib, "PNG") if bilevel else img.save(ib, "JPEG", quality=quality)
            ib.seek(0)
            c.drawImage(ImageReader(ib), 0, 0, size[0], size[1])
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
        "loa-adviser-drafted-sentence": loa_adviser_drafted,
        "loa-landscape-row-boxes": loa_landscape_boxes,
        "reply-wrap-several-wrappers": reply_wrap,
        "reply-transfer-quote-only": reply_transfer_quote,
        "statement-gpp-leaver": statement_gpp_leaver,
        "statement-dfm-model-report": statement_dfm,
    }
    unsigned = {("loa-adviser-drafted-sentence", i) for i in (1, 6, 10)} | {
        ("loa-landscape-row-boxes", i) for i in (3, 8, 12)
    }
    sig_cycle = ["strokes", "curves", "picture", "typed"]
    nscan = {"reply-wrap-several-wrappers": 4, "statement-gpp-leaver": 4}
    scans = {v: set(rng.sample(range(n), nscan.get(v, 3))) for v, n in COUNTS.items()}
    mixed = {(v, min(scans[v])) for v in ("reply-wrap-several-wrappers", "statement-gpp-leaver")}
    used: set = set()
    items = []
    for v, n in COUNTS.items():
        k = 0
        for i in range(n):
            if VARIANTS[v] == "loa":
                signed = (v, i) not in unsigned
                doc, rec = makers[v](rng, used, signed, sig_cycle[k % 4] if signed else None)
                k += signed
            else:
                doc, rec = makers[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        data = scan_pdf(doc, rng, is_mixed) if is_scan else text_pdf(doc)
        name = f"h21-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
