#!/usr/bin/env python3
"""heldout16: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout16/generate.py --out heldout16/docs --seed 20261209
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
import fake  # noqa: E402
from fake import long_date, money, words_date  # noqa: E402

rl_config.invariant = 1
W, H = A4
VARIANTS = {
    "loa-wet-ink-words-date": "loa",
    "loa-trust-trustees": "loa",
    "reply-policy-particulars": "loa_response",
    "reply-part-declined": "loa_response",
    "statement-stakeholder-glance": "annual_statement",
    "statement-tax-valuation-pack": "annual_statement",
}
COUNTS = {
    "loa-wet-ink-words-date": 13,
    "loa-trust-trustees": 13,
    "reply-policy-particulars": 14,
    "reply-part-declined": 13,
    "statement-stakeholder-glance": 14,
    "statement-tax-valuation-pack": 13,
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
    "Transact": "transact-online.co.uk",
    "Quilter": "quilter.com",
    "Nucleus": "nucleusfinancial.com",
    "Wesleyan": "wesleyan.co.uk",
    "LV=": "lv.com",
    "Chesnara": "chesnara.co.uk",
    "Parmenion": "parmenion.co.uk",
    "Wealthtime": "wealthtime.com",
    "7IM": "7im.co.uk",
}
LOA_PROVIDERS = [
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
    "AJ Bell",
    "Fidelity",
    "Quilter",
]
LIFE = [
    "Phoenix Life",
    "ReAssure",
    "Utmost Life and Pensions",
    "Royal London",
    "Prudential",
    "Wesleyan",
    "LV=",
    "Chesnara",
    "Canada Life",
    "Scottish Widows",
]
REPLY2 = ["Aviva", "Aegon", "Standard Life", "Legal & General", "Zurich", "Scottish Widows", "Royal London"]
STAKE = ["Aviva", "Scottish Widows", "Legal & General", "Standard Life", "Aegon", "Royal London", "Zurich"]
PLATFORM = [
    "AJ Bell",
    "Hargreaves Lansdown",
    "Fidelity",
    "interactive investor",
    "Transact",
    "Quilter",
    "Nucleus",
    "Parmenion",
    "Wealthtime",
    "7IM",
]


class Doc:
    """A document as page-drawing functions, so a scan can redraw its first page as text."""

    def __init__(self, provider: str, rng: random.Random):
        self.pages: list = []
        self.provider = provider
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)

    def page(self, fn):
        self.pages.append(fn)
        return fn

    def draw(self, c, i: int) -> None:
        self.r.seed(self.seed * 31 + i)  # the same page draws the same, whether as text or for a scan
        self.pages[i](c)
        foot(c, self.provider, i + 1, len(self.pages))


def foot(c, provider: str, n: int, total: int) -> None:
    c.setFont("Helvetica", 7)
    c.setFillGray(0.35)
    web = WEB.get(provider)
    if web:
        c.drawString(50, 28, f"www.{web}")
    c.drawRightString(W - 50, 28, f"Page {n} of {total}")
    c.setFillGray(0)


def para(c, text: str, x: float, y: float, width: float, font="Helvetica", size=9.5, lead=12.5) -> float:
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 4


def ink(rng: random.Random, w=170, h=48, blue=True) -> ImageReader:
    """A wet signature scanned in: ragged strokes on off-white paper."""
    im = Image.new("RGB", (w * 3, h * 3), (250, 249, 244))
    d = ImageDraw.Draw(im)
    colour = (20, 35, 120) if blue else (25, 25, 25)
    x, y = 12, h * 1.6
    pts = []
    for _ in range(rng.randrange(14, 24)):
        x += rng.uniform(10, 30)
        y = min(max(y + rng.uniform(-40, 40), 15), h * 3 - 15)
        pts.append((x, y))
    d.line(pts, fill=colour, width=4, joint="curve")
    d.line([(pts[0][0], pts[0][1] + 25), (pts[-1][0] * 0.8, pts[-1][1] + 18)], fill=colour, width=3)
    im = im.filter(ImageFilter.GaussianBlur(1.1))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    buf.seek(0)
    return ImageReader(buf)


def dash(c, x, y, w):
    c.setDash(1, 2)
    c.line(x, y, x + w, y)
    c.setDash()


def addr_block(c, x, y, lines, size=10):
    c.setFont("Helvetica", size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= size + 3
    return y


def pol(rng: random.Random, style: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {
        "a": f"P{d(7)}{rng.choice('ABCDEHKT')}",
        "b": f"SH/{d(7)}",
        "c": f"{d(2)}-{d(6)}-{d(1)}",
        "d": f"LB{d(8)}",
        "e": f"{rng.choice(['WP', 'EN', 'PB'])}{d(6)}/{d(2)}",
        "f": f"{d(9)}",
    }[style]


def signed_date(rng):
    return date(2026, 1, 5) + timedelta(days=rng.randrange(0, 120))


# ------------------------------------------------------------------ LoAs
def loa_wet_ink(rng, used, signed):
    cl = fake.person(rng, used)
    prov = rng.choice(LOA_PROVIDERS)
    firm = rng.choice(fake.FIRMS)
    adviser = fake.person(rng, used)
    pols = [pol(rng, rng.choice("abcdef")) for _ in range(rng.choice([1, 1, 2, 3]))]
    when = signed_date(rng) if signed else None
    doc = Doc("", rng)
    ni_print = rng.choice([cl["ni"], f"{cl['ni'][:2]} {cl['ni'][2:4]} {cl['ni'][4:6]} {cl['ni'][6:8]} {cl['ni'][8]}"])

    @doc.page
    def p1(c):
        y = H - 60
        c.setFont("Times-Roman", 11)
        for ln in [f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]]:
            c.drawRightString(W - 60, y, ln)
            y -= 14
        y = H - 150
        c.setFont("Times-Roman", 11)
        for ln in ["Customer Services", prov, f"PO Box {doc.r.randrange(100, 9999)}"]:
            c.drawString(60, y, ln)
            y -= 14
        y -= 20
        c.setFont("Times-Bold", 12)
        c.drawString(60, y, "Re: my plans with you - authority to release information")
        y -= 26
        body = [
            "Dear Sir or Madam,",
            f"I, {cl['title']} {cl['name']}, born {long_date(cl['dob'])}, National Insurance number {ni_print}, "
            f"hereby authorise {adviser['first']} {adviser['surname']} of {firm}, my financial adviser, to request and "
            "receive any information they may need about the plans listed below.",
            "Please give them full details of values, transfer values, fund choices, charges, contributions and any "
            "guarantees or special terms. This authority is for information only and does not change who services "
            "my plans. It remains in force until I withdraw it in writing.",
            "Plan number(s): " + "; ".join(pols),
            f"Please send your reply to {firm}, who will pass a copy to me. A photocopy of this letter should be "
            "treated as valid as the original.",
        ]
        for b in body:
            y = para(c, b, 60, y, W - 120, font="Times-Roman", size=11, lead=14)
        y -= 6
        c.setFont("Times-Roman", 11)
        c.drawString(60, y, "Yours faithfully,")
        y -= 56
        if signed:
            c.drawImage(ink(doc.r), 60, y, 150, 44)
        dash(c, 60, y - 2, 190)
        c.drawString(60, y - 16, f"{cl['title']} {cl['name']}")
        y -= 44
        c.drawString(
            60,
            y,
            "Signed and dated "
            + (words_date(when) if signed else "this ........ day of ....................  20....."),
        )
        c.setFont("Times-Italic", 8)
        c.drawString(60, 60, f"Adviser use: received by {firm} - please quote the plan numbers above on any reply.")

    rec = {
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
        "adviser_name": f"{adviser['first']} {adviser['surname']}",
        "date_signed": when.isoformat() if when else None,
        "signature_present": signed,
    }
    return doc, rec


def loa_trust(rng, used, signed):
    settlor = fake.person(rng, used)
    t1, t2 = fake.person(rng, used), fake.person(rng, used)
    prov = rng.choice(LOA_PROVIDERS)
    firm = rng.choice(fake.FIRMS)
    adviser = fake.person(rng, used)
    pols = [pol(rng, rng.choice("abdf")) for _ in range(rng.choice([1, 2]))]
    trust = f"The {settlor['surname']} {rng.choice(['Family', 'Discretionary', 'Bare', 'Gift'])} Trust"
    when = signed_date(rng) if signed else None
    dfmt = rng.choice(["%d/%m/%Y", "%d.%m.%Y"])
    doc = Doc("", rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, H - 60, firm)
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 72, "Authorised and regulated by the Financial Conduct Authority")
        c.setFont("Helvetica", 10)
        y = addr_block(
            c, 50, H - 110, [f"To: {prov}", "Trust and Estates Team", f"PO Box {doc.r.randrange(100, 9999)}"]
        )
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(50, y - 14, "LETTER OF AUTHORITY FROM THE TRUSTEES OF A TRUST")
        y -= 40
        y = para(
            c,
            f"Trust name: {trust}. The policies below are held under this trust. We, the trustees, "
            f"authorise {firm} (contact: {adviser['first']} {adviser['surname']}) to obtain information about "
            "the policies from you. Information only: no change of agency.",
            50,
            y,
            W - 100,
        )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Part A - Settlor and life assured")
        y -= 16
        rows = [
            ("Name", f"{settlor['title']} {settlor['name']}"),
            ("Date of birth", settlor["dob"].strftime(dfmt)),
            ("National Insurance no.", settlor["ni"]),
            ("Home address", ", ".join(settlor["lines"])),
            ("Postcode", settlor["postcode"]),
        ]
        for k, v in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, k)
            c.drawString(200, y, v)
            c.setStrokeGray(0.7)
            c.line(195, y - 3, W - 60, y - 3)
            y -= 17
        c.setStrokeGray(0)
        y -= 6
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Part B - Policies held in trust")
        y -= 16
        c.setFont("Helvetica", 9.5)
        for p in pols:
            c.drawString(60, y, f"Policy number  {p}")
            y -= 15
        y -= 6
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Part C - Trustees (all trustees must sign)")
        y -= 18
        for t in (t1, t2):
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, f"Trustee: {t['title']} {t['name']}")
            c.rect(260, y - 30, 160, 40)
            c.setFont("Helvetica", 7)
            c.drawString(262, y + 3, "Signature")
            if signed:
                c.drawImage(ink(doc.r, blue=doc.r.random() < 0.6), 270, y - 28, 130, 34)
            c.setFont("Helvetica", 9.5)
            c.drawString(435, y, "Date")
            c.drawString(435, y - 16, when.strftime(dfmt) if signed else "____/____/______")
            y -= 56
        y = para(
            c,
            f"Note: {settlor['title']} {settlor['surname']} is the settlor. The settlor does not sign this "
            "authority unless also a trustee; the trustees are the legal owners of the policies.",
            50,
            y - 4,
            W - 100,
            size=8,
            lead=10,
        )

    rec = {
        "provider": prov,
        "policy_numbers": pols,
        "client_title": settlor["title"],
        "client_name": settlor["name"],
        "client_dob": settlor["dob"].isoformat(),
        "ni_number": settlor["ni"],
        "client_address": ", ".join(settlor["lines"]),
        "client_postcode": settlor["postcode"],
        "adviser_firm": firm,
        "fca_frn": None,
        "adviser_name": f"{adviser['first']} {adviser['surname']}",
        "date_signed": when.isoformat() if when else None,
        "signature_present": signed,
    }
    return doc, rec


# ------------------------------------------------------------------ replies
def letterhead(c, prov, y=H - 55):
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, y, prov)
    c.setLineWidth(2)
    c.line(50, y - 8, W - 50, y - 8)
    c.setLineWidth(1)


def to_adviser(c, rng, firm, adviser, y):
    town, outward = rng.choice(fake.TOWNS)
    pc = f"{outward} {rng.randrange(1, 10)}{rng.choice(fake.INWARD)}{rng.choice(fake.INWARD)}"
    return addr_block(
        c,
        50,
        y,
        [
            f"{adviser['first']} {adviser['surname']}",
            firm,
            f"{rng.randrange(1, 60)} {rng.choice(['King Street', 'Market Place', 'Station Parade'])}",
            town,
            pc,
        ],
    )


def fund_table(c, rows, y, cols, total_label):
    xs = [50, 250, 335, 410, 480]
    c.setFont("Helvetica-Bold", 8.5)
    for x, h in zip(xs, cols, strict=True):
        c.drawString(x, y, h)
    y -= 4
    c.line(50, y, W - 50, y)
    y -= 12
    c.setFont("Helvetica", 8.5)
    for r in rows:
        c.drawString(xs[0], y, r["fund_name"])
        c.drawString(xs[1], y, r["isin"] or "")
        c.drawString(xs[2], y, f"{Decimal(r['units']):,.3f}")
        c.drawString(xs[3], y, r["unit_price"])
        c.drawRightString(W - 50, y, money(Decimal(r["value"])))
        y -= 13
    c.line(50, y + 8, W - 50, y + 8)
    total = sum(Decimal(r["value"]) for r in rows)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(50, y - 4, total_label)
    c.drawRightString(W - 50, y - 4, money(total))
    return y - 20


def reply_particulars(rng, used):
    cl = fake.person(rng, used)
    prov = rng.choice(LIFE)
    firm = rng.choice(fake.FIRMS)
    adviser = fake.person(rng, used)
    ptype = rng.choice(["personal_pension", "onshore_bond", "other", "personal_pension"])
    label = {
        "personal_pension": "Personal Pension Plan",
        "onshore_bond": "Single Premium Investment Bond",
        "other": "Low Cost Endowment Assurance",
    }[ptype]
    number = pol(rng, rng.choice("ace"))
    vdate = date(2026, 1, 10) + timedelta(days=rng.randrange(0, 150))
    hold = fake.holdings(rng, "life", rng.randrange(1, 4), pence=rng.random() < 0.5, isins=rng.random() < 0.5)
    value = sum(Decimal(h["value"]) for h in hold)
    surrender = fake.q2(value * Decimal(rng.choice(["1", "0.97", "0.955", "1"])))
    contrib = None if ptype == "onshore_bond" else Decimal(rng.choice(["25.00", "40.00", "62.50", "100.00"]))
    freq = "monthly" if contrib else None
    amc = rng.choice(["1.00", "0.75", "1.25", None])
    show_addr = rng.random() < 0.5
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        letterhead(c, prov)
        y = to_adviser(c, doc.r, firm, adviser, H - 110)
        c.setFont("Helvetica", 10)
        c.drawRightString(W - 50, H - 110, long_date(vdate + timedelta(days=doc.r.randrange(1, 6))))
        c.drawRightString(W - 50, H - 124, f"Our ref: {number}")
        y -= 18
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(50, y, f"Policyholder: {cl['title']} {cl['name']}")
        y -= 22
        for b in [
            f"Dear {adviser['first']} {adviser['surname']},",
            "Thank you for your letter and the signed authority from your client, which we have placed on our "
            "records. The enclosed pages give the policy particulars as they stand on our systems and the "
            "current position of the policy.",
            "Values are not guaranteed and can fall as well as rise. The surrender value is what would be paid "
            "if the policy were cashed in on the date shown and may change daily.",
            "Yours sincerely,",
            "Customer Servicing, Life and Pensions",
        ]:
            y = para(c, b, 50, y, W - 100, size=10, lead=13)
        c.setFont("Helvetica", 7)
        c.drawString(50, 48, "Enclosures: Policy particulars (page 2); Current position (page 3).")

    @doc.page
    def p2(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 95, "POLICY PARTICULARS")
        rows = [
            ("Policy number", number),
            ("Type of contract", label),
            ("Policyholder", f"{cl['title']} {cl['name']}"),
            ("Date of birth", long_date(cl["dob"])),
            ("National Insurance number", cl["ni"] if ptype == "personal_pension" else "Not held"),
        ]
        if show_addr:
            rows.append(("Correspondence address", ", ".join(cl["lines"]) + ", " + cl["postcode"]))
        rows += [
            ("Commencement date", long_date(date(doc.r.randrange(1992, 2012), doc.r.randrange(1, 13), 1))),
            ("Premium", f"£{contrib:.2f} {freq}" if contrib else "Single premium - no further premiums"),
            ("Annual management charge", f"{amc}% a year" if amc else "See key features document"),
            ("Selected retirement / maturity age", str(doc.r.choice([60, 65, 67]))),
        ]
        y = H - 125
        for k, v in rows:
            c.setFillGray(0.93)
            c.rect(50, y - 6, 190, 20, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(56, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(250, y, v)
            c.setStrokeGray(0.8)
            c.line(50, y - 6, W - 50, y - 6)
            c.setStrokeGray(0)
            y -= 22

    @doc.page
    def p3(c):
        letterhead(c, prov)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 95, "CURRENT POSITION")
        c.setFont("Helvetica", 10)
        c.drawString(50, H - 118, f"Figures as at {vdate:%d/%m/%Y} for policy {number}")
        y = H - 150
        for k, v in [("Current value of units", money(value)), ("Surrender (cash-in) value", money(surrender))]:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, k)
            c.drawRightString(W - 60, y, "£" + v)
            y -= 18
        y -= 14
        price_h = "Price (p)" if hold[0]["price_currency"] == "GBX" else "Price (£)"
        y = fund_table(c, hold, y, ["Fund", "ISIN", "Units", price_h, "Value (£)"], "Total value of units")
        para(
            c,
            "Where the surrender value is lower than the value of units, an early cash-in charge or market value "
            "reduction applies on the date shown.",
            50,
            y - 10,
            W - 100,
            size=8,
            lead=10,
        )

    rec = {
        "provider": prov,
        "policy_number": number,
        "client_title": cl["title"],
        "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(),
        "ni_number": cl["ni"] if ptype == "personal_pension" else None,
        "client_address": ", ".join(cl["lines"]) if show_addr else None,
        "client_postcode": cl["postcode"] if show_addr else None,
        "plan_type": ptype,
        "valuation_date": vdate.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{surrender:.2f}",
        "regular_contribution": f"{contrib:.2f}" if contrib else None,
        "contribution_frequency": freq,
        "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


def reply_declined(rng, used):
    cl = fake.person(rng, used)
    prov = rng.choice(REPLY2)
    firm = rng.choice(fake.FIRMS)
    adviser = fake.person(rng, used)
    ptype = rng.choice(["personal_pension", "sipp", "isa", "personal_pension"])
    label = {
        "personal_pension": "Personal Pension",
        "sipp": "Self Invested Personal Pension",
        "isa": "Stocks and Shares ISA",
    }[ptype]
    found = pol(rng, rng.choice("adf"))
    missing = pol(rng, rng.choice("bc"))
    vdate = date(2026, 2, 1) + timedelta(days=rng.randrange(0, 120))
    hold = fake.holdings(
        rng, "platform" if ptype == "isa" else "pension", rng.randrange(2, 5), isins=True, pence=rng.random() < 0.3
    )
    value = sum(Decimal(h["value"]) for h in hold)
    tv = None if ptype == "isa" else fake.q2(value * Decimal(rng.choice(["1", "0.985"])))
    contrib = Decimal(rng.choice(["150.00", "200.00", "75.00", "1200.00"])) if rng.random() < 0.6 else None
    freq = ("annually" if contrib == Decimal("1200.00") else "monthly") if contrib else None
    amc = rng.choice(["0.45", "0.60", "0.90"]) if rng.random() < 0.6 else None
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(W - 50, H - 55, prov)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 50, H - 67, "Adviser Information Requests")
        y = to_adviser(c, doc.r, firm, adviser, H - 110)
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y - 10, f"Date: {vdate + timedelta(days=2):%d %b %Y}")
        y -= 36
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, f"Your information request for {cl['title']} {cl['name']}")
        y -= 14
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y, f"Date of birth {cl['dob']:%d/%m/%Y}")
        y -= 22
        c.setFillGray(0.95)
        c.rect(50, y - 58, W - 100, 66, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(58, y - 6, "What we could and could not do")
        c.setFont("Helvetica", 9.5)
        c.drawString(58, y - 22, f"{found}  -  {label}: information enclosed")
        c.drawString(58, y - 36, f"{missing}  -  not found: we hold no plan under this number for your client")
        c.drawString(58, y - 50, "Please check the number with your client; we will not search further without it.")
        y -= 82
        for b in [
            "We have received the letter of authority signed by your client. We could trace only one of the two "
            "plans it lists. For the other number we have no record linked to this customer's name and date of "
            "birth; it may be held with another company.",
            "The details of the plan we hold follow overleaf. Figures are at the date shown and are not guaranteed.",
            "Kind regards,",
            "Adviser Support Team",
        ]:
            y = para(c, b, 50, y, W - 100)

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, f"{label} - {found}")
        c.setFont("Helvetica", 9.5)
        y = H - 86
        lines = [f"Plan holder: {cl['title']} {cl['name']}"]
        if ptype != "isa":
            lines.append(f"NI number on our records: {cl['ni']}")
        lines += [f"Valuation date: {long_date(vdate)}", f"Total plan value: £{money(value)}"]
        if tv is not None:
            lines.append(f"Transfer value: £{money(tv)}")
        lines.append(
            "Regular contribution: "
            + (f"£{contrib:.2f} {'per month' if freq == 'monthly' else 'per year'}" if contrib else "none being paid")
        )
        lines.append("Annual product charge: " + (f"{amc}%" if amc else "not applicable - see fund charges"))
        for ln in lines:
            c.drawString(50, y, ln)
            y -= 15
        y -= 16
        price_h = "Price (p)" if hold[0]["price_currency"] == "GBX" else "Price (£)"
        fund_table(c, hold, y, ["Fund", "ISIN", "Units", price_h, "Value £"], "Total")

    rec = {
        "provider": prov,
        "policy_number": found,
        "client_title": cl["title"],
        "client_name": cl["name"],
        "client_dob": cl["dob"].isoformat(),
        "ni_number": cl["ni"] if ptype != "isa" else None,
        "client_address": None,
        "client_postcode": None,
        "plan_type": ptype,
        "valuation_date": vdate.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{tv:.2f}" if tv is not None else None,
        "regular_contribution": f"{contrib:.2f}" if contrib else None,
        "contribution_frequency": freq,
        "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ statements
def statement_stakeholder(rng, used):
    cl = fake.person(rng, used)
    prov = rng.choice(STAKE)
    number = pol(rng, rng.choice("abf"))
    end = date(rng.choice([2025, 2026]), rng.choice([1, 3, 4, 6]), rng.choice([5, 30, 1, 15]))
    start = date(end.year - 1, end.month, end.day) + timedelta(days=1)
    hold = fake.holdings(rng, "pension", rng.randrange(1, 4), isins=rng.random() < 0.6)
    value = sum(Decimal(h["value"]) for h in hold)
    tv = value
    contrib = Decimal(rng.choice(["50.00", "80.00", "120.00", "250.00"]))
    amc = rng.choice(["1.00", "0.95", "1.50", "0.80"])
    opening = fake.q2(value * Decimal("0.93") - contrib * 12)
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, H - 55, prov)
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 68, "Stakeholder Pension - yearly statement")
        addr_block(c, 50, H - 110, [f"{cl['title']} {cl['first']} {cl['surname']}", *cl["lines"], cl["postcode"]])
        c.drawString(360, H - 110, f"Plan number: {number}")
        c.drawString(360, H - 124, f"Statement date: {end:%d/%m/%Y}")
        c.setFillColorRGB(0.88, 0.94, 0.98)
        c.roundRect(50, H - 420, W - 100, 215, 10, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(66, H - 228, "Your pension at a glance")
        c.setFont("Helvetica", 10)
        y = H - 254
        for k, v in [
            ("Statement period", f"{long_date(start)} to {long_date(end)}"),
            ("Value at the start of the period", f"£{money(opening)}"),
            ("Payments in this year", f"£{money(contrib * 12)}"),
            (f"Value on {long_date(end)}", f"£{money(value)}"),
            ("Transfer value", f"£{money(tv)}"),
            ("Your regular payment", f"£{contrib:.2f} every month"),
            ("Annual management charge", f"{amc}% of your fund each year"),
            ("Estimated yearly income from age 68", f"£{money(fake.q2(value / 19))} (see page 3)"),
        ]:
            c.drawString(66, y, k)
            c.drawRightString(W - 66, y, v)
            y -= 20
        para(
            c,
            f"Dear {cl['title']} {cl['surname']}, this statement tells you how your stakeholder pension has "
            "changed over the year. Please check the details we hold about you and tell us if anything is wrong.",
            50,
            H - 450,
            W - 100,
        )
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 500, f"Date of birth on our records: {cl['dob']:%d/%m/%Y}")

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "Where your money is invested")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 76, f"Plan {number}, valued on {long_date(end)}")
        y = fund_table(c, hold, H - 105, ["Fund", "ISIN", "Units", "Price (£)", "Value (£)"], "Total fund value")
        para(
            c,
            "The stakeholder charge cap of 1.5% a year for the first ten years applies to this plan. Unit prices "
            "are bid prices at the close of business on the statement date.",
            50,
            y - 10,
            W - 100,
            size=8,
            lead=10,
        )

    @doc.page
    def p3(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "Statutory Money Purchase Illustration (SMPI)")
        y = para(
            c,
            "This illustration shows what your pension might be worth when you reach the retirement age "
            "shown, in today's money. It is not guaranteed. It assumes inflation of 2.5% a year, that payments "
            "continue at the current rate and that you buy a level annuity with no tax-free cash.",
            50,
            H - 84,
            W - 100,
        )
        c.setFont("Helvetica", 10)
        for k, v in [
            ("Retirement age", "68"),
            ("Projected fund in today's money", f"£{money(fake.q2(value * 2))}"),
            ("Estimated yearly income", f"£{money(fake.q2(value / 19))}"),
            ("Assumed growth rate (volatility group 3)", "4.0% a year"),
        ]:
            c.drawString(60, y, k)
            c.drawRightString(W - 60, y, v)
            y -= 18

    rec = {
        "provider": prov,
        "policy_number": number,
        "client_title": cl["title"],
        "client_name": f"{cl['first']} {cl['surname']}",
        "client_dob": cl["dob"].isoformat(),
        "ni_number": None,
        "client_address": ", ".join(cl["lines"]),
        "client_postcode": cl["postcode"],
        "plan_type": "stakeholder_pension",
        "valuation_date": end.isoformat(),
        "period_start": start.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{tv:.2f}",
        "regular_contribution": f"{contrib:.2f}",
        "contribution_frequency": "monthly",
        "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


def statement_tax_pack(rng, used):
    cl = fake.person(rng, used)
    prov = rng.choice(PLATFORM)
    number = f"{rng.choice(['GIA', 'GA', 'INV'])}{rng.randrange(1000000, 9999999)}"
    client_ref = f"C{rng.randrange(100000, 999999)}"
    yr = rng.choice([2025, 2026])
    start, end = date(yr - 1, 4, 6), date(yr, 4, 5)
    pence = rng.random() < 0.5
    hold = fake.holdings(rng, "platform", rng.randrange(2, 6), pence=pence)
    value = sum(Decimal(h["value"]) for h in hold)
    doc = Doc(prov, rng)

    @doc.page
    def p1(c):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, H - 55, f"{prov}")
        c.setFont("Helvetica", 10)
        c.drawString(50, H - 70, f"Consolidated tax certificate and valuation, tax year {yr - 1}/{str(yr)[2:]}")
        addr_block(c, 50, H - 110, [f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]])
        c.setFont("Helvetica", 9)
        c.drawString(380, H - 110, f"Client reference {client_ref}")
        c.drawString(380, H - 123, f"Account: General Investment Account {number}")
        c.drawString(380, H - 136, f"Period {start:%d/%m/%Y} - {end:%d/%m/%Y}")
        y = para(
            c,
            "This pack brings together the tax information for your General Investment Account for the tax "
            "year and a valuation of the account at the end of it. Keep it with your tax records. ISA and "
            "pension accounts are not taxable and are not shown.",
            50,
            H - 200,
            W - 100,
        )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Contents")
        c.setFont("Helvetica", 9.5)
        for i, t in enumerate(
            [
                "Section 1  Dividend distributions",
                "Section 2  Interest distributions",
                "Section 3  Disposals and realised gains",
                "Section 4  Valuation at the end of the tax year",
                "Section 5  Notes for your tax return",
            ]
        ):
            c.drawString(60, y - 16 - 14 * i, t)

    divs = [
        (h["fund_name"], fake.q2(Decimal(h["value"]) * Decimal(rng.choice(["0.021", "0.034", "0.012"]))))
        for h in hold
        if not h["fund_name"].startswith("Rydal") and "Bond" not in h["fund_name"]
    ]

    @doc.page
    def p2(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - 60, "Section 1  Dividend distributions")
        y = H - 80
        c.setFont("Helvetica", 9)
        for name, amt in divs:
            c.drawString(60, y, name)
            c.drawRightString(W - 60, y, money(amt))
            y -= 13
        c.drawString(60, y, "Total dividends (no tax deducted)")
        c.drawRightString(W - 60, y, money(sum((a for _, a in divs), Decimal(0))))
        y -= 30
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "Section 2  Interest distributions")
        y -= 18
        c.setFont("Helvetica", 9)
        c.drawString(60, y, "Cash interest, gross")
        c.drawRightString(W - 60, y, money(Decimal(doc.r.randrange(300, 9000)) / 100))
        y -= 30
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "Section 3  Disposals and realised gains")
        y -= 18
        c.setFont("Helvetica", 9)
        y = para(
            c,
            doc.r.choice(
                [
                    "There were no disposals in the tax year.",
                    "One sale in the year: proceeds and the allowable cost are shown on the capital gains "
                    "schedule available online; the gain is within the annual exempt amount.",
                ]
            ),
            60,
            y,
            W - 120,
        )

    @doc.page
    def p3(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - 60, f"Section 4  Valuation at {long_date(end)}")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 76, f"General Investment Account {number} - prices at close of business")
        y = fund_table(
            c,
            hold,
            H - 104,
            ["Investment", "ISIN", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"],
            "Total investments",
        )
        c.setFont("Helvetica", 9)
        c.drawString(50, y, "Cash held in the account at the date is shown in the cash statement and is not included.")
        y -= 36
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "Section 5  Notes for your tax return")
        para(
            c,
            "Dividends are shown in the tax year they were paid. Equalisation on a first distribution is a return "
            "of capital and reduces your base cost. Speak to your adviser or HMRC if unsure.",
            50,
            y - 18,
            W - 100,
            size=8.5,
            lead=11,
        )

    rec = {
        "provider": prov,
        "policy_number": number,
        "client_title": cl["title"],
        "client_name": cl["name"],
        "client_dob": None,
        "ni_number": None,
        "client_address": ", ".join(cl["lines"]),
        "client_postcode": cl["postcode"],
        "plan_type": "gia",
        "valuation_date": end.isoformat(),
        "period_start": start.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": None,
        "regular_contribution": None,
        "contribution_frequency": None,
        "annual_charge_percent": None,
        "holdings": hold,
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
    g = img.convert("L").rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(3, 7), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
    return g.point(lambda v: 255 if v > 150 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    bilevel = rng.random() < 0.35
    dpi = rng.choice([200, 240, 300]) if bilevel else 200
    quality = rng.randrange(30, 55)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("scan")
    for i in range(len(src)):
        if mixed and i == 0:
            doc.draw(c, 0)
        else:
            img = degrade(src[i].render(scale=dpi / 72).to_pil(), rng, bilevel)
            ib = io.BytesIO()
            if bilevel:
                img.save(ib, "PNG")
            else:
                img.save(ib, "JPEG", quality=quality)
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
        "loa-wet-ink-words-date": loa_wet_ink,
        "loa-trust-trustees": loa_trust,
        "reply-policy-particulars": reply_particulars,
        "reply-part-declined": reply_declined,
        "statement-stakeholder-glance": statement_stakeholder,
        "statement-tax-valuation-pack": statement_tax_pack,
    }
    plan = [v for v, n in COUNTS.items() for _ in range(n)]
    unsigned = {("loa-wet-ink-words-date", i) for i in (2, 7, 11)} | {("loa-trust-trustees", i) for i in (1, 6, 10)}
    # 20 scans: 3-4 per variant; two of them mixed (a particulars reply and a stakeholder statement)
    nscan = {"reply-policy-particulars": 4, "statement-stakeholder-glance": 4}  # 3 for each other variant: 20
    scans = {v: set(rng.sample(range(n), nscan.get(v, 3))) for v, n in COUNTS.items()}
    mixed = {
        ("reply-policy-particulars", min(scans["reply-policy-particulars"])),
        ("statement-stakeholder-glance", min(scans["statement-stakeholder-glance"])),
    }
    items = []
    seen: dict[str, int] = {}
    used: set = set()
    for v in plan:
        i = seen.get(v, 0)
        seen[v] = i + 1
        if VARIANTS[v] == "loa":
            doc, rec = makers[v](rng, used, (v, i) not in unsigned)
        else:
            doc, rec = makers[v](rng, used)
        items.append((v, i, doc, rec))
    rng.shuffle(items)
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        data = scan_pdf(doc, rng, is_mixed) if is_scan else text_pdf(doc)
        name = f"h16-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
