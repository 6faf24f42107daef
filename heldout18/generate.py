#!/usr/bin/env python3
"""heldout18: 80 fictional UK provider documents and their truth (see README.md).

/work/main/.venv/bin/python heldout18/generate.py --out heldout18/docs --seed 20261218
"""

# ruff: noqa: D103, E501  (layouts, named for what they draw; long lines are the printed wording)
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import people as pp  # noqa: E402
from draw import Doc, H, W, barcode, para, rows, scan_pdf, signature, table, text_pdf, tick  # noqa: E402
from people import dmy, gbp, q2  # noqa: E402

VARIANTS = {
    "loa-deputy-court-order": "loa",
    "loa-portal-barcode-request": "loa",
    "reply-info-pack-split-summary": "loa_response",
    "reply-gar-retirement-annuity": "loa_response",
    "statement-bond-withdrawal-history": "annual_statement",
    "statement-employer-contribution-ledger": "annual_statement",
}
COUNTS = {
    "loa-deputy-court-order": 13,
    "loa-portal-barcode-request": 13,
    "reply-info-pack-split-summary": 14,
    "reply-gar-retirement-annuity": 13,
    "statement-bond-withdrawal-history": 13,
    "statement-employer-contribution-ledger": 14,
}
SCANS = {
    v: 4 if v in ("reply-info-pack-split-summary", "statement-employer-contribution-ledger") else 3 for v in COUNTS
}
UNSIGNED = {"loa-deputy-court-order": 3, "loa-portal-barcode-request": 3}
SITES = {
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
    "LV=": "lv.com",
    "Wesleyan": "wesleyan.co.uk",
    "Quilter": "quilter.com",
    "Nest": "nestpensions.org.uk",
    "The People's Pension": "thepeoplespension.co.uk",
    "Smart Pension": "smartpension.co.uk",
    "NOW: Pensions": "nowpensions.com",
    "AJ Bell": "ajbell.co.uk",
    "Fidelity": "fidelity.co.uk",
    "Transact": "transact-online.co.uk",
    "Hargreaves Lansdown": "hl.co.uk",
    "Scottish Friendly": "scottishfriendly.co.uk",
    "Vanguard": "vanguardinvestor.co.uk",
}
SIGN_STYLES = ["strokes", "bezier", "image", "estamp"]


def provider_footer(provider: str, small: str):
    def foot(c, n: int, total: int) -> None:
        c.setFillGray(0.4)
        c.setFont("Helvetica", 6.5)
        c.drawString(48, 38, small)
        c.setFont("Helvetica", 7.5)
        c.drawString(48, 26, f"www.{SITES[provider]}")
        c.drawRightString(W - 48, 26, f"Page {n} of {total}")
        c.setFillGray(0)

    return foot


def firm_footer(firm: tuple, web: str):
    def foot(c, n: int, total: int) -> None:
        c.setFillGray(0.4)
        c.setFont("Helvetica", 6.5)
        c.drawString(48, 38, f"{firm[0]} is authorised and regulated by the Financial Conduct Authority.")
        c.drawString(48, 30, f"{firm[1]}, {firm[2]} {firm[3]}  |  {web}")
        c.drawRightString(W - 48, 30, f"Page {n} of {total}")
        c.setFillGray(0)

    return foot


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def policy(rng: random.Random, style: str) -> str:
    return {
        "ra": f"RA{digits(rng, 6)}{rng.choice('ABCEHJ')}",
        "num": digits(rng, 10),
        "pp": f"PP-{digits(rng, 7)}",
        "isa": f"ISA{digits(rng, 7)}",
        "gia": f"GI{digits(rng, 8)}",
        "bond": f"{rng.choice(['OB', 'IB', 'PB'])}{digits(rng, 7)}",
        "sp": f"SP{digits(rng, 8)}",
        "mem": f"{rng.choice('ABCDEFGHJK')}{digits(rng, 8)}",
        "slash": f"{digits(rng, 4)}/{digits(rng, 6)}",
    }[style]


def sign_date(rng: random.Random) -> date:
    return date(2026, 1, 12) + timedelta(days=rng.randrange(0, 110))


def loa_record(provider, pols, p, firm, adviser, signed, when, with_title=True):
    return {
        "provider": provider,
        "policy_numbers": pols,
        "client_title": p["title"] if with_title else None,
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "adviser_firm": firm[0],
        "fca_frn": None,
        "adviser_name": adviser,
        "date_signed": when.isoformat() if signed else None,
        "signature_present": signed,
    }


def firm_letterhead(c, firm, adviser, y=H - 58):
    c.setFont("Helvetica-Bold", 15)
    c.drawString(48, y, firm[0])
    c.setFont("Helvetica", 8)
    c.drawString(48, y - 13, f"{firm[1]}  ·  {firm[2]}  ·  {firm[3]}")
    c.setLineWidth(1.2)
    c.line(48, y - 20, W - 48, y - 20)
    c.setLineWidth(0.5)


# ------------------------------------------------------------------ LoA 1: deputy under a Court of Protection order
LOA1_PROV = [
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "Standard Life",
    "Legal & General",
    "Aegon",
    "Prudential",
    "Phoenix Life",
    "Canada Life",
    "Zurich",
    "Quilter",
]


def loa_deputy(rng, used, signed, style):
    provider = rng.choice(LOA1_PROV)
    p = pp.person(rng, used, born=(1932, 1960))
    if rng.random() < 0.6:  # P lives in a care home: the home's name is the first address line
        p["lines"] = [rng.choice(pp.HOMES), *p["lines"]]
    deputy = pp.person(rng, used, born=(1955, 1985))
    firm = rng.choice(pp.FIRMS)
    adviser = rng.choice(pp.ADVISERS)
    pols = [policy(rng, rng.choice(["num", "pp", "slash", "bond"])) for _ in range(rng.randrange(1, 4))]
    when = sign_date(rng)
    order = when - timedelta(days=rng.randrange(90, 900))
    case_no = f"{digits(rng, 8)}"
    dstyle = rng.choice(["slash", "long", "dot"])
    web = "www." + firm[0].split()[0].lower() + "-planning.co.uk"
    doc = Doc(rng, firm_footer(firm, web))
    rel = rng.choice(
        ["daughter", "niece", "sister", "friend"] if deputy["female"] else ["son", "nephew", "brother", "friend"]
    )

    @doc.page
    def p1(c):
        firm_letterhead(c, firm, adviser)
        y = H - 100
        c.setFont("Helvetica", 9)
        for ln in [
            f"{provider}",
            "Customer Services",
            f"PO Box {digits(doc.r, 4)}",
            "Sheffield",
            f"S{doc.r.randrange(1, 40)} {doc.r.randrange(1, 10)}{doc.r.choice(pp.INWARD)}{doc.r.choice(pp.INWARD)}",
        ]:
            c.drawString(48, y, ln)
            y -= 11.5
        c.drawRightString(W - 48, H - 100, f"Our ref: {deputy['surname'][:3].upper()}/{digits(doc.r, 4)}")
        y -= 14
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(48, y, "Letter of Authority given by a Deputy for Property and Financial Affairs")
        y -= 22
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "1.  The person the deputy acts for")
        y -= 6
        y = rows(
            c,
            48,
            y,
            [
                ("Title", p["title"]),
                ("Full name", p["name"]),
                ("Date of birth", dmy(p["dob"], dstyle)),
                ("National Insurance number", pp.spaced_ni(p["ni"]) if doc.r.random() < 0.5 else p["ni"]),
                ("Address", list(p["lines"])),
                ("Postcode", p["postcode"]),
            ],
            150,
            W - 96 - 150,
            size=8.8,
        )
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "2.  The deputy and the order")
        y -= 6
        y = rows(
            c,
            48,
            y,
            [
                ("Deputy", f"{deputy['title']} {deputy['name']} ({rel})"),
                ("Deputy's address", f"{', '.join(deputy['lines'])} {deputy['postcode']}"),
                ("Court of Protection case no.", case_no),
                ("Date of the order", dmy(order, "long")),
            ],
            150,
            W - 96 - 150,
            size=8.8,
            shade=0.93,
        )
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, f"3.  Plans held with {provider}")
        y -= 13
        c.setFont("Courier", 9.5)
        for k, pol in enumerate(pols, 1):
            c.drawString(66, y, f"({k})  {pol}")
            y -= 12
        y -= 6
        text = (
            f"I was appointed deputy for property and financial affairs of the person named in section 1 by an order of "
            f"the Court of Protection, an official copy of which is enclosed; please return it once you have noted your "
            f"records. Acting under that order, I authorise you to give {adviser} of {firm[0]}, and anyone else in that "
            f"firm, any information they ask for about the plans above and any other plan you hold in that name: values, "
            f"transfer values, funds, charges and benefits. This authority is for information only and does not allow any "
            f"change to the plans. It remains in force until I or the Court withdraw it."
        )
        y = para(c, text, 48, y, W - 96, size=8.8)
        y -= 8
        c.setFont("Helvetica", 8.5)
        c.drawString(48, y, f"Signed by the deputy on behalf of {p['title']} {p['name']}")
        y -= 40
        if signed:
            stamp = f"signed {when:%d %b %Y} {doc.r.randrange(8, 18):02d}:{doc.r.randrange(0, 60):02d} UTC  id {digits(doc.r, 6)}"
            signature(c, doc.r, 60, y - 2, style, deputy["name"], stamp)
        c.line(56, y - 4, 290, y - 4)
        c.setFont("Helvetica", 8)
        c.drawString(56, y - 14, f"{deputy['name']}, Deputy")
        c.drawString(330, y, "Date:")
        c.line(356, y - 2, 470, y - 2)
        if signed:
            c.setFont("Helvetica", 9.5)
            c.drawString(362, y + 1, dmy(when, "slash"))

    return doc, loa_record(provider, pols, p, firm, adviser, signed, when)


# ------------------------------------------------------------------ LoA 2: printed from a provider's adviser portal
LOA2_PROV = [
    "Aviva",
    "Royal London",
    "Standard Life",
    "Aegon",
    "Legal & General",
    "Scottish Widows",
    "AJ Bell",
    "Fidelity",
    "Transact",
    "Quilter",
    "Canada Life",
    "Zurich",
]
PRODUCTS = [
    "Personal Pension",
    "Stocks and Shares ISA",
    "Self-Invested Personal Pension",
    "General Investment Account",
    "Investment Bond",
    "Group Personal Pension",
]
WANTED = [
    "Current value",
    "Transfer value",
    "Fund holdings and prices",
    "Charges (product and fund)",
    "Regular payments",
    "Death benefits and nominations",
    "Guarantees and protected tax-free cash",
    "Adviser charges being paid",
]


def loa_portal(rng, used, signed, style):
    provider = rng.choice(LOA2_PROV)
    p = pp.person(rng, used)
    firm = rng.choice(pp.FIRMS)
    adviser = rng.choice(pp.ADVISERS)
    pols = [policy(rng, rng.choice(["mem", "isa", "sp", "gia"])) for _ in range(rng.randrange(1, 4))]
    prods = [rng.choice(PRODUCTS) for _ in pols]
    when = sign_date(rng)
    printed = when - timedelta(days=rng.randrange(1, 12))
    req = f"LOA-{digits(rng, 4)}-{digits(rng, 5)}"
    wanted = [rng.random() < 0.6 for _ in WANTED]
    lines = list(p["lines"])
    addr = [lines[0], lines[1] if len(lines) == 3 else "", lines[-1]]
    dstyle = rng.choice(["abbr", "slash"])
    doc = Doc(
        rng,
        provider_footer(
            provider, f"{provider} adviser centre · printed copy of an online request · keep a copy for your file"
        ),
    )

    @doc.page
    def p1(c):
        c.setFillGray(0.2)
        c.rect(0, H - 46, W, 46, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, H - 30, f"{provider}  |  Adviser Centre")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(
            W - 40,
            H - 30,
            f"Printed {printed:%d/%m/%Y} {doc.r.randrange(8, 19):02d}:{doc.r.randrange(0, 60):02d} by {adviser}",
        )
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, H - 78, "Letter of authority: request for information")
        c.setFont("Helvetica", 8)
        c.drawString(
            40,
            H - 92,
            "Print this page, ask your customer to sign it, and upload it or post it to us with the reference below.",
        )
        barcode(c, doc.r, W - 190, H - 76, 150, 24, f"*{req}*")
        y = H - 122

        def heading(t, yy):
            c.setFillGray(0.88)
            c.rect(40, yy - 4, W - 80, 15, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(44, yy, t)
            return yy - 8

        y = heading("Section A  Customer", y)
        half = (W - 80) / 2
        left = [
            ("Title", p["title"]),
            ("Surname", p["surname"]),
            ("Forename(s)", p["forenames"]),
            ("Date of birth", dmy(p["dob"], dstyle)),
            ("National Insurance no.", p["ni"]),
        ]
        right = [
            ("Address line 1", addr[0]),
            ("Address line 2", addr[1]),
            ("Town", addr[2]),
            ("Postcode", p["postcode"]),
            ("Email", "-"),
        ]
        yl = rows(c, 40, y, left, 100, half - 100, size=8.5)
        rows(c, 40 + half, y, right, 90, half - 90, size=8.5)
        y = yl - 14
        y = heading("Section B  Plans this authority covers", y)
        y = table(
            c,
            40,
            y,
            ["Plan number", "Product", "Status"],
            [[pol, prod, "Found on our records"] for pol, prod in zip(pols, prods, strict=True)],
            [150, 230, W - 80 - 380],
            ["l", "l", "l"],
            size=8.5,
        )
        y -= 12
        y = heading("Section C  Information you are asking for (tick)", y)
        c.setFont("Helvetica", 8.5)
        for k, (label, on) in enumerate(zip(WANTED, wanted, strict=True)):
            cx = 48 + (k % 2) * half
            cy = y - 10 - (k // 2) * 14
            tick(c, cx, cy - 1, on)
            c.drawString(cx + 14, cy, label)
        y -= 10 + 14 * ((len(WANTED) + 1) // 2) + 6
        y = heading("Section D  Adviser", y)
        y = rows(
            c,
            40,
            y,
            [
                ("Firm", firm[0]),
                ("Adviser", adviser),
                ("Firm address", f"{firm[1]}, {firm[2]}, {firm[3]}"),
                ("Telephone", f"01{digits(doc.r, 3)} {digits(doc.r, 6)}"),
            ],
            100,
            W - 180,
            size=8.5,
        )
        y -= 14
        y = heading("Section E  Customer's declaration", y)
        y -= 6
        text = (
            f"I authorise {provider} to give the adviser and firm in Section D the information ticked in Section C about the "
            "plans in Section B. This is not an instruction to change my plans or to move any money. I can withdraw this "
            "authority at any time by writing to you."
        )
        y = para(c, text, 44, y, W - 88, size=8.5)
        y -= 8
        c.rect(40, y - 52, 300, 52, stroke=1, fill=0)
        c.rect(350, y - 52, W - 390, 52, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawString(44, y - 9, "Customer's signature")
        c.drawString(354, y - 9, "Date signed (DD/MM/YYYY)")
        if signed:
            stamp = f"e-signed {when:%d/%m/%Y} via {SITES[provider]}  ref {req}"
            signature(c, doc.r, 60, y - 44, style, p["name"], stamp)
            c.setFont("Helvetica", 11)
            c.drawString(362, y - 36, f"{when:%d/%m/%Y}")
        c.setFont("Helvetica", 8.5)
        c.drawString(44, y - 64, f"Customer's name (print): {p['name']}")
        y -= 82
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(
            40,
            y,
            f"Request {req}. We aim to reply to the adviser within 10 working days of receiving the signed authority.",
        )

    return doc, loa_record(provider, pols, p, firm, adviser, signed, when)


# ------------------------------------------------------------------ reply 1: information pack, policy summary over two pages
REPLY1 = {
    "personal_pension": (
        ["Aviva", "Royal London", "Aegon", "Scottish Widows", "Legal & General", "Standard Life"],
        "Personal Pension Plan",
        "pp",
        "pension",
    ),
    "stakeholder_pension": (
        ["Aviva", "Legal & General", "Scottish Widows", "Standard Life", "Royal London"],
        "Stakeholder Pension",
        "sp",
        "pension",
    ),
    "isa": (
        ["Fidelity", "AJ Bell", "Transact", "Quilter", "Scottish Friendly", "Vanguard"],
        "Stocks & Shares ISA",
        "isa",
        "collective",
    ),
    "gia": (
        ["Fidelity", "AJ Bell", "Transact", "Quilter", "Hargreaves Lansdown"],
        "General Investment Account",
        "gia",
        "collective",
    ),
    "onshore_bond": (
        ["Aviva", "Prudential", "Canada Life", "Quilter", "Zurich", "LV="],
        "Investment Bond",
        "bond",
        "bond",
    ),
}


def to_adviser(c, y, firm, adviser):
    c.setFont("Helvetica", 9)
    for ln in [adviser, firm[0], firm[1], firm[2], firm[3]]:
        c.drawString(48, y, ln)
        y -= 11.5
    return y


def provider_head(c, provider, sub):
    c.setFont("Helvetica-Bold", 17)
    c.drawString(48, H - 60, provider)
    c.setFont("Helvetica", 8)
    c.drawString(48, H - 72, sub)
    c.setLineWidth(2)
    c.line(48, H - 80, W - 48, H - 80)
    c.setLineWidth(0.5)


def reply_pack(rng, used):
    plan_type = rng.choice(list(REPLY1))
    provs, product, pstyle, fkind = REPLY1[plan_type]
    provider = rng.choice(provs)
    p = pp.person(rng, used)
    firm = rng.choice(pp.FIRMS)
    adviser = rng.choice(pp.ADVISERS)
    pol = policy(rng, pstyle)
    vdate = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 100))
    letter = vdate + timedelta(days=rng.randrange(1, 6))
    start = date(rng.randrange(2001, 2020), rng.randrange(1, 13), rng.randrange(1, 28))
    pence = fkind == "collective" and rng.random() < 0.4
    hold = pp.holdings(
        rng, fkind, rng.randrange(2, 6), pence=pence, isins=rng.random() < 0.7, target=rng.randrange(6000, 240000)
    )
    value = pp.total(hold)
    pension = plan_type.endswith("pension")
    if plan_type in ("isa", "gia"):
        tv = None
    elif rng.random() < 0.5:
        tv = value
    else:
        tv = q2(value * Decimal(rng.choice(["0.97", "0.98", "0.95"])))
    contrib = (
        None
        if plan_type == "onshore_bond" or rng.random() < 0.3
        else Decimal(rng.choice([50, 75, 100, 150, 200, 250, 400]))
    )
    freq = None
    if contrib is not None:
        freq = rng.choice(["monthly", "monthly", "annually"])
        if freq == "annually":
            contrib = contrib * 12
    amc = rng.choice(["0.75", "1.00", "0.45", "0.35", "1.25", "0.60"]) if rng.random() < 0.8 else None
    ni_shown = pension or rng.random() < 0.4
    split = rng.randrange(5, 9)
    dstyle = rng.choice(["slash", "long"])
    doc = Doc(
        rng,
        provider_footer(
            provider,
            f"{provider} · Information pack for financial advisers · the figures are not guaranteed and may change",
        ),
    )

    summary = [
        ("Policy number", pol),
        ("Product", product),
        ("Policyholder", f"{p['title']} {p['name']}"),
        ("Date of birth", dmy(p["dob"], dstyle)),
        ("National Insurance number", p["ni"] if ni_shown else "Not held"),
        ("Address", [*p["lines"], p["postcode"]]),
        ("Start date", dmy(start, "long")),
        ("Valuation date", dmy(vdate, "long")),
        ("Current value", gbp(value)),
        ("Transfer value", gbp(tv) if tv is not None else "Not applicable"),
        (
            "Regular payment",
            f"{gbp(contrib)} {'a month' if freq == 'monthly' else 'a year'}"
            if contrib
            else "No regular payments are being made",
        ),
        ("Annual management charge", f"{amc}% a year" if amc else "See the fund factsheets"),
        ("Adviser charges", "None being paid from this plan"),
    ]
    if pension:
        summary.append(("Selected retirement age", str(rng.choice([60, 65, 67, 68]))))

    @doc.page
    def p1(c):
        provider_head(c, provider, "Adviser information services")
        y = to_adviser(c, H - 110, firm, adviser)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 48, H - 110, dmy(letter, "long"))
        c.drawRightString(W - 48, H - 122, f"Your client: {p['title']} {p['surname']}")
        c.drawRightString(W - 48, H - 134, f"Reference: {pol}")
        y -= 24
        c.drawString(48, y, f"Dear {adviser.split()[0]}")
        y -= 20
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(48, y, "Your information pack")
        y -= 16
        body = [
            f"Thank you for the letter of authority from your client. We have added your details to the {product.lower()} "
            "and enclose the information you asked for.",
            "This pack contains:",
        ]
        for t in body:
            y = para(c, t, 48, y, W - 96, size=9.2)
        for k, t in enumerate(
            [
                "the policy summary (the next two pages)",
                "notes on how we work out the values",
                "where to find fund factsheets and key information documents",
            ],
            1,
        ):
            c.setFont("Helvetica", 9.2)
            c.drawString(64, y, f"{k}.  {t}")
            y -= 13
        y -= 6
        for t in [
            "The values shown in the summary are at the valuation date given there; they are not guaranteed and will go up "
            "and down with the price of the funds. If you would like a transfer pack or a new illustration, please ask us.",
            "If you have any questions, please call our adviser support team; calls may be recorded for training and quality purposes.",
            "Yours sincerely",
        ]:
            y = para(c, t, 48, y, W - 96, size=9.2)
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(48, y - 14, "Adviser Support Team")
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 40, "Enclosures: policy summary (2 pages), notes")

    def summary_head(c, cont):
        provider_head(c, provider, "Policy summary" + (" (continued)" if cont else ""))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 104, "POLICY SUMMARY" + ("  continued" if cont else ""))
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 48, H - 104, f"{p['name']}  ·  {pol}")

    @doc.page
    def p2(c):
        summary_head(c, False)
        y = rows(c, 48, H - 116, summary[:split], 170, W - 96 - 170, size=9, shade=0.94)
        c.setFont("Helvetica-Oblique", 8)
        c.drawRightString(W - 48, y - 14, "Summary continues overleaf")

    @doc.page
    def p3(c):
        summary_head(c, True)
        y = rows(c, 48, H - 116, summary[split:], 170, W - 96 - 170, size=9, shade=0.94)
        y -= 18
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(48, y, f"Funds held at {dmy(vdate, 'long')}")
        y -= 6
        unit = "Price (p)" if pence else "Price (£)"
        body = [
            [h["fund_name"], h["isin"] or "-", f"{Decimal(h['units']):,.3f}", h["unit_price"], gbp(Decimal(h["value"]))]
            for h in hold
        ]
        body.append(["Total", "", "", "", gbp(value)])
        y = table(
            c,
            48,
            y,
            ["Fund", "ISIN", "Units", unit, "Value"],
            body,
            [190, 85, 75, 60, W - 96 - 410],
            ["l", "l", "r", "r", "r"],
            zebra=0.96,
        )
        y -= 16
        y = para(
            c,
            "Notes: the current value is the number of units held in each fund multiplied by the bid price on the valuation date."
            + (
                " The transfer value is the amount we would pay to another provider after any exit charge."
                if tv is not None
                else ""
            ),
            48,
            y,
            W - 96,
            size=7.8,
        )

    rec = {
        "provider": provider,
        "policy_number": pol,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"] if ni_shown else None,
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": plan_type,
        "valuation_date": vdate.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{tv:.2f}" if tv is not None else None,
        "regular_contribution": f"{contrib:.2f}" if contrib is not None else None,
        "contribution_frequency": freq,
        "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ reply 2: a retirement annuity contract with a GAR
REPLY2 = [
    "Phoenix Life",
    "ReAssure",
    "Utmost Life and Pensions",
    "Aviva",
    "Royal London",
    "Prudential",
    "Scottish Widows",
    "Canada Life",
    "Standard Life",
    "LV=",
    "Wesleyan",
    "Aegon",
]


def reply_gar(rng, used):
    provider = rng.choice(REPLY2)
    p = pp.person(rng, used, born=(1955, 1968))
    firm = rng.choice(pp.FIRMS)
    adviser = rng.choice(pp.ADVISERS)
    pol = policy(rng, rng.choice(["ra", "num", "slash"]))
    vdate = date(2026, 1, 2) + timedelta(days=rng.randrange(0, 110))
    letter = vdate + timedelta(days=rng.randrange(0, 5))
    start = date(rng.randrange(1979, 1988), rng.randrange(1, 13), rng.randrange(1, 28))
    ages = [a for a in (60, 65, 70, 75) if date(p["dob"].year + a, p["dob"].month, min(p["dob"].day, 28)) > vdate]
    age = ages[0] if rng.random() < 0.7 else ages[min(1, len(ages) - 1)]
    nrd = date(p["dob"].year + age, p["dob"].month, min(p["dob"].day, 28))
    wp = pp.holdings(rng, "wp", 1, names=[rng.choice(pp.FUNDS["wp"])], isins=False, target=rng.randrange(15000, 160000))
    extra = pp.holdings(
        rng, "pension", rng.randrange(0, 3), isins=rng.random() < 0.5, target=rng.randrange(4000, 40000)
    )
    hold = wp + extra
    value = pp.total(hold)
    mvr = rng.random() < 0.5
    tv = q2(value * Decimal(rng.choice(["0.92", "0.94", "0.96"]))) if mvr else value
    gar = Decimal(rng.choice(["8.50", "9.20", "10.10", "11.00", "7.75"]))
    gar_income = q2(value * gar / 100)
    market_income = q2(value * Decimal(rng.choice(["5.10", "5.60", "6.05"])) / 100)
    contrib = None if rng.random() < 0.5 else Decimal(rng.choice([600, 900, 1200, 1500]))
    addr_shown = rng.random() < 0.5
    dstyle = rng.choice(["long", "slash", "dot"])
    doc = Doc(
        rng,
        provider_footer(
            provider,
            "Retirement annuity contract · approved under section 226 of the Income and Corporation Taxes Act 1970",
        ),
    )

    @doc.page
    def p1(c):
        provider_head(c, provider, "Pensions administration")
        y = to_adviser(c, H - 110, firm, adviser)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 48, H - 110, dmy(letter, "long"))
        y -= 22
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, f"Retirement annuity policy {pol}")
        c.drawString(48, y - 13, f"Policyholder: {p['title']} {p['name']}")
        y -= 34
        c.setFont("Helvetica", 9.2)
        c.drawString(48, y, "Dear Sir or Madam")
        y -= 18
        for t in [
            "Thank you for your letter and your client's authority. This policy is a retirement annuity contract. We have set "
            "out its current benefits on the following page.",
            f"Important: this policy includes a guaranteed annuity rate (GAR) of {gar}% a year, available if benefits are taken "
            f"at the normal retirement date on a single life, level annuity payable monthly in advance. A GAR is a safeguarded "
            f"benefit. It would be lost on a transfer, and if the transfer value is more than £30,000 your client must take "
            f"advice from a pension transfer specialist before we can pay it.",
            "Retirement annuity contracts may also allow a tax-free lump sum of more than 25%. Please ask us for a retirement "
            "quotation if your client is thinking of taking benefits.",
        ]:
            y = para(c, t, 48, y, W - 96, size=9.2)
            y -= 2
        c.drawString(48, y - 6, "Yours faithfully")
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(48, y - 24, "Retirement Services")

    @doc.page
    def p2(c):
        provider_head(c, provider, "Retirement annuity contract: benefit summary")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, H - 106, f"Benefit summary as at {dmy(vdate, 'long')}")
        items = [
            ("Policy number", pol),
            ("Policyholder", p["name"]),
            ("Date of birth", dmy(p["dob"], dstyle)),
            ("National Insurance number", pp.spaced_ni(p["ni"])),
        ]
        if addr_shown:
            items.append(("Address on our records", f"{', '.join(p['lines'])}, {p['postcode']}"))
        items += [
            ("Policy start date", dmy(start, "long")),
            ("Normal retirement date", dmy(nrd, "long")),
            (
                "Premiums",
                f"{gbp(contrib)} a year by direct debit" if contrib else "Premiums ceased; the policy is paid up",
            ),
        ]
        y = rows(c, 48, H - 118, items, 180, W - 96 - 180, size=9)
        y -= 16
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Values")
        y -= 6
        vals = [("Current fund value", gbp(value)), ("Transfer value", gbp(tv))]
        if mvr:
            vals.append(("Market value reduction included", gbp(value - tv)))
        y = rows(c, 48, y, vals, 180, W - 96 - 180, size=9.5, shade=0.92)
        y -= 16
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Guaranteed annuity rate quotation (illustrative)")
        y -= 6
        y = table(
            c,
            48,
            y,
            ["Basis", "Rate", "Yearly income"],
            [
                ["Guaranteed annuity rate at normal retirement date", f"{gar}%", gbp(gar_income)],
                ["Our current standard annuity rate", "-", gbp(market_income)],
            ],
            [290, 80, W - 96 - 370],
            ["l", "r", "r"],
        )
        y -= 10
        y = para(
            c,
            "The incomes above are based on the current fund value and are not guaranteed until benefits are taken. The GAR "
            "applies only at the normal retirement date shown. No tax-free cash has been taken into account.",
            48,
            y,
            W - 96,
            size=7.8,
        )

    @doc.page
    def p3(c):
        provider_head(c, provider, "Retirement annuity contract: investments")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 106, f"How the policy is invested at {dmy(vdate, 'slash')}")
        body = [
            [h["fund_name"], h["isin"] or "", f"{Decimal(h['units']):,.3f}", h["unit_price"], gbp(Decimal(h["value"]))]
            for h in hold
        ]
        body.append(["Total fund value", "", "", "", gbp(value)])
        y = table(
            c,
            48,
            H - 120,
            ["Fund", "ISIN", "Units", "Unit price (£)", "Value"],
            body,
            [180, 85, 75, 75, W - 96 - 415],
            ["l", "l", "r", "r", "r"],
            lead=15,
        )
        y -= 16
        y = para(
            c,
            "With-profits units are shown at their current unit price, which includes the regular bonuses added so far; "
            "a final bonus may be added on death or at the normal retirement date. A market value reduction may apply if "
            "with-profits units are cashed in or transferred at any other time.",
            48,
            y,
            W - 96,
            size=8,
        )

    rec = {
        "provider": provider,
        "policy_number": pol,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]) if addr_shown else None,
        "client_postcode": p["postcode"] if addr_shown else None,
        "plan_type": "personal_pension",
        "valuation_date": vdate.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{tv:.2f}",
        "regular_contribution": f"{contrib:.2f}" if contrib is not None else None,
        "contribution_frequency": "annually" if contrib is not None else None,
        "annual_charge_percent": None,
        "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ statement 1: onshore bond with its 5% withdrawal history
BONDS = [
    "Aviva",
    "Prudential",
    "Canada Life",
    "Quilter",
    "Royal London",
    "Legal & General",
    "Zurich",
    "Standard Life",
    "LV=",
]


def statement_bond(rng, used):
    provider = rng.choice(BONDS)
    p = pp.person(rng, used, born=(1940, 1975))
    pol = policy(rng, "bond")
    start = date(rng.randrange(2012, 2023), rng.randrange(1, 13), rng.randrange(1, 28))
    end_year = 2026 if (start.month, start.day) <= (4, 10) else 2025
    anniv = date(end_year, start.month, start.day)
    pstart = date(anniv.year - 1, anniv.month, anniv.day)
    pend = anniv - timedelta(days=1)
    premium = Decimal(rng.choice([25000, 40000, 50000, 75000, 100000, 150000]))
    hold = pp.holdings(
        rng, "bond", rng.randrange(2, 5), isins=rng.random() < 0.4, target=float(premium) * rng.uniform(0.85, 1.45)
    )
    value = pp.total(hold)
    years = pend.year - start.year + (1 if (pend.month, pend.day) >= (start.month, start.day) else 0)
    years = max(years, 1)
    rate = rng.choice([Decimal("0"), Decimal("0.03"), Decimal("0.05")])
    early = (pend - start).days < 5 * 365
    sv = q2(value * Decimal("0.98")) if early and rng.random() < 0.7 else value
    amc = rng.choice(["1.00", "0.85", "1.20", None])
    opening = q2(value * Decimal(rng.choice(["0.93", "0.97", "1.02", "1.05"])))
    wd_year = q2(premium * rate)
    doc = Doc(
        rng,
        provider_footer(
            provider,
            "Onshore investment bond · the fund pays tax on its income and gains · the value is not guaranteed",
        ),
    )

    @doc.page
    def p1(c):
        provider_head(c, provider, "Investment bond annual statement")
        y = H - 118
        c.setFont("Helvetica", 9.5)
        for ln in [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]:
            c.drawString(64, y, ln)
            y -= 12
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 48, H - 118, f"Bond number  {pol}")
        c.drawRightString(W - 48, H - 130, f"Statement date  {dmy(anniv, 'slash')}")
        y -= 26
        c.setFont("Helvetica-Bold", 13)
        c.drawString(48, y, "Your bond anniversary statement")
        y -= 15
        c.setFont("Helvetica", 9)
        c.drawString(48, y, f"for the policy year {dmy(pstart, 'long')} to {dmy(pend, 'long')}")
        y -= 14
        items = [
            ("Bond owner", p["name"]),
            ("Life assured", p["name"]),
            ("Start date", dmy(start, "long")),
            ("Single premium invested", f"{gbp(premium)} (paid {dmy(start, 'slash')})"),
            (f"Value at {dmy(pstart, 'long')}", gbp(opening)),
            ("Withdrawals paid in the year", gbp(wd_year) if wd_year else "None"),
            (f"Value of your bond at {dmy(pend, 'long')}", gbp(value)),
            ("Surrender value on that date", gbp(sv) + ("  (after an early surrender charge)" if sv != value else "")),
        ]
        if amc:
            items.append(("Annual management charge", f"{amc}%"))
        y = rows(c, 48, y, items, 220, W - 96 - 220, size=9, shade=0.95)
        y -= 16
        y = para(
            c,
            "The value of your bond is the value of the units in your funds. Any withdrawals you take within your 5% "
            "allowance are not taxed now; the history on page 3 shows how much allowance you have used. Please keep this "
            "statement with your bond documents.",
            48,
            y,
            W - 96,
            size=8.5,
        )

    @doc.page
    def p2(c):
        provider_head(c, provider, "Your funds")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 106, f"Funds held at {dmy(pend, 'long')}")
        body = [
            [h["fund_name"], h["isin"] or "", f"{Decimal(h['units']):,.3f}", h["unit_price"], gbp(Decimal(h["value"]))]
            for h in hold
        ]
        body.append(["Total", "", "", "", gbp(value)])
        y = table(
            c,
            48,
            H - 120,
            ["Fund", "ISIN", "Units held", "Unit price £", "Value £"],
            body,
            [170, 85, 80, 75, W - 96 - 410],
            ["l", "l", "r", "r", "r"],
            zebra=0.95,
        )
        y -= 18
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(48, y, "Fund switches in the year")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, y - 13, "You made no switches between funds in this policy year.")

    @doc.page
    def p3(c):
        provider_head(c, provider, "Withdrawals and your 5% tax-deferred allowance")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 106, "Withdrawal history")
        body = []
        unused = Decimal("0")
        for k in range(1, years + 1):
            allow = q2(premium * Decimal("0.05"))
            taken = wd_year if k > years - 3 else Decimal("0")
            unused = unused + allow - taken
            body.append([str(k), gbp(allow), gbp(taken), gbp(unused)])
        y = table(
            c,
            48,
            H - 120,
            ["Policy year", "Allowance added", "Withdrawals taken", "Unused allowance carried forward"],
            body[-10:],
            [80, 120, 120, W - 96 - 320],
            ["l", "r", "r", "r"],
            size=8.2,
            lead=13,
        )
        y -= 14
        y = para(
            c,
            "Each policy year you can take up to 5% of the premiums paid without an immediate tax charge, for up to 20 years; "
            "allowance you do not use is carried forward. Withdrawals above the allowance, or cashing the bond in, may give a "
            "chargeable gain. This page is information, not tax advice.",
            48,
            y,
            W - 96,
            size=8,
        )
        if wd_year:
            y = para(
                c,
                f"Your regular withdrawal is {gbp(q2(wd_year / 12))} a month, paid to your bank account.",
                48,
                y,
                W - 96,
                size=8.5,
            )

    rec = {
        "provider": provider,
        "policy_number": pol,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": None,
        "ni_number": None,
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": "onshore_bond",
        "valuation_date": pend.isoformat(),
        "period_start": pstart.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{sv:.2f}",
        "regular_contribution": f"{premium:.2f}",
        "contribution_frequency": "single",
        "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ statement 2: workplace scheme, contributions by month
WORK = [
    "Nest",
    "The People's Pension",
    "Smart Pension",
    "NOW: Pensions",
    "Aviva",
    "Scottish Widows",
    "Legal & General",
    "Royal London",
    "Aegon",
    "Standard Life",
]
EMPLOYERS = [
    "Hallam Steel Fabrications Ltd",
    "Glenmorangie Road Haulage",
    "Penrose Dental Group",
    "Castlegate Joinery",
    "Northern Loom Textiles",
    "Bluebell Nurseries",
    "Kestrel Logistics",
    "Fenland Fresh Produce",
]
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]


def statement_workplace(rng, used):
    provider = rng.choice(WORK)
    p = pp.person(rng, used, born=(1962, 2000))
    employer = rng.choice(EMPLOYERS)
    pol = policy(rng, rng.choice(["mem", "num"]))
    tax_year = rng.random() < 0.6
    if tax_year:
        pstart, pend = date(2025, 4, 6), date(2026, 4, 5)
        months = [f"{m} {2025 if k < 9 else 2026}" for k, m in enumerate(MONTHS)]
    else:
        pstart, pend = date(2025, 1, 1), date(2025, 12, 31)
        months = [
            f"{m} 2025" for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        ]
    pay = Decimal(rng.randrange(1800, 4200))
    rise = rng.randrange(3, 10)
    er_rate = Decimal(rng.choice(["0.03", "0.03", "0.05", "0.06"]))
    ledger = []
    for k in range(12):
        monthly_pay = pay if k < rise else q2(pay * Decimal("1.04"))
        ledger.append([q2(monthly_pay * Decimal("0.04")), q2(monthly_pay * Decimal("0.01")), q2(monthly_pay * er_rate)])
    last = ledger[-1]
    now_total = last[0] + last[1] + last[2]
    fund_names = [rng.choice(pp.FUNDS["workplace"][:2])] + (rng.sample(pp.FUNDS["workplace"][2:], rng.randrange(0, 2)))
    paid_in = sum((sum(r) for r in ledger), Decimal("0"))
    hold = pp.holdings(
        rng, "workplace", len(fund_names), names=fund_names, isins=False, target=float(paid_in) * rng.uniform(1.3, 9.0)
    )
    value = pp.total(hold)
    opening = q2(max(value - paid_in - Decimal(rng.randrange(-800, 2500)), Decimal("100")))
    amc = rng.choice(["0.30", "0.50", "0.35", "0.45", "0.75"])
    ni_style = rng.choice(["plain", "spaced"])
    dstyle = rng.choice(["long", "slash"])
    scheme = f"{employer.replace(' Ltd', '')} Retirement Savings Plan"
    sra = rng.choice([65, 66, 67, 68])
    proj = q2(value * Decimal(rng.choice(["2.4", "3.1", "4.6"])))
    doc = Doc(rng, provider_footer(provider, f"{scheme} · provided by {provider} · your annual benefit statement"))

    @doc.page
    def p1(c):
        provider_head(c, provider, scheme)
        y = H - 116
        c.setFont("Helvetica", 9.5)
        for ln in [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]:
            c.drawString(64, y, ln)
            y -= 12
        y -= 22
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, y, "Your annual benefit statement")
        c.setFont("Helvetica", 9)
        c.drawString(48, y - 14, f"{dmy(pstart, 'long')} to {dmy(pend, 'long')}")
        y -= 30
        y = rows(
            c,
            48,
            y,
            [
                ("Member number", pol),
                ("Date of birth", dmy(p["dob"], dstyle)),
                ("National Insurance number", p["ni"] if ni_style == "plain" else pp.spaced_ni(p["ni"])),
                ("Employer", employer),
                ("Scheme retirement age", str(sra)),
            ],
            170,
            W - 96 - 170,
            size=9,
        )
        y -= 16
        c.setFillGray(0.9)
        c.rect(48, y - 96, W - 96, 96, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(58, y - 16, "Your pot at a glance")
        c.setFont("Helvetica", 9)
        lines = [
            (f"Value of your pot at {dmy(pstart, 'long')}", gbp(opening)),
            ("Paid in during the year (you, your employer and tax relief)", gbp(paid_in)),
            (f"Value of your pot at {dmy(pend, 'long')}", gbp(value)),
            ("Transfer value", gbp(value)),
            ("Contributions now being paid each month", gbp(now_total)),
        ]
        yy = y - 32
        for a, b in lines:
            c.drawString(58, yy, a)
            c.drawRightString(W - 58, yy, b)
            yy -= 13
        y -= 110
        y = para(
            c,
            "Your contributions are worked out on your qualifying earnings. Tax relief at the basic rate is claimed for "
            "you and added to your pot. The value of your pot can go down as well as up.",
            48,
            y,
            W - 96,
            size=8.5,
        )

    @doc.page
    def p2(c):
        provider_head(c, provider, scheme)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 106, "Money paid in, month by month")
        body = []
        for m, (you, relief, er) in zip(months, ledger, strict=True):
            body.append([m, gbp(you), gbp(relief), gbp(er), gbp(you + relief + er)])
        tot = [sum((r[i] for r in ledger), Decimal("0")) for i in range(3)]
        body.append(["Total", gbp(tot[0]), gbp(tot[1]), gbp(tot[2]), gbp(paid_in)])
        y = table(
            c,
            48,
            H - 120,
            ["Month", "Your contribution", "Tax relief", "Employer", "Total"],
            body,
            [90, 110, 90, 100, W - 96 - 390],
            ["l", "r", "r", "r", "r"],
            size=8.5,
            lead=14,
            zebra=0.95,
        )
        y -= 14
        y = para(
            c,
            f"Your pay rose in {months[rise]}; contributions from then on are on your new pay. Your employer pays "
            f"{er_rate * 100:.0f}% of your qualifying earnings and you pay 5% including tax relief.",
            48,
            y,
            W - 96,
            size=8.5,
        )

    @doc.page
    def p3(c):
        provider_head(c, provider, scheme)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, H - 106, f"Where your pot is invested at {dmy(pend, 'long')}")
        body = [
            [h["fund_name"], f"{Decimal(h['units']):,.3f}", h["unit_price"], gbp(Decimal(h["value"]))] for h in hold
        ]
        body.append(["Total", "", "", gbp(value)])
        y = table(
            c,
            48,
            H - 120,
            ["Fund", "Units", "Unit price (£)", "Value"],
            body,
            [220, 90, 90, W - 96 - 400],
            ["l", "r", "r", "r"],
        )
        y -= 18
        y = rows(
            c,
            48,
            y,
            [("Annual management charge", f"{amc}% of your pot each year"), ("Other charges", "None")],
            170,
            W - 96 - 170,
            size=9,
        )
        y -= 16
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "What you might get at retirement")
        y -= 14
        y = para(
            c,
            f"If you keep paying in at today's rate, your pot might be worth {gbp(proj)} in today's money at your scheme "
            "retirement age. This is an illustration, not a promise; it assumes 2.5% a year inflation.",
            48,
            y,
            W - 96,
            size=8.5,
        )

    rec = {
        "provider": provider,
        "policy_number": pol,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": "workplace_pension",
        "valuation_date": pend.isoformat(),
        "period_start": pstart.isoformat(),
        "plan_value": f"{value:.2f}",
        "transfer_value": f"{value:.2f}",
        "regular_contribution": f"{now_total:.2f}",
        "contribution_frequency": "monthly",
        "annual_charge_percent": amc,
        "holdings": hold,
    }
    return doc, rec


# ------------------------------------------------------------------ main
MAKERS = {
    "loa-deputy-court-order": loa_deputy,
    "loa-portal-barcode-request": loa_portal,
    "reply-info-pack-split-summary": reply_pack,
    "reply-gar-retirement-annuity": reply_gar,
    "statement-bond-withdrawal-history": statement_bond,
    "statement-employer-contribution-ledger": statement_workplace,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", required=True)
    args = ap.parse_args()
    rng = random.Random(int(args.seed))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("h18-*")):
        old.unlink()
    scans = {v: set(rng.sample(range(n), SCANS[v])) for v, n in COUNTS.items()}
    mixed = {
        ("reply-info-pack-split-summary", min(scans["reply-info-pack-split-summary"])),
        ("statement-employer-contribution-ledger", min(scans["statement-employer-contribution-ledger"])),
    }
    unsigned = {(v, i) for v, k in UNSIGNED.items() for i in rng.sample(range(COUNTS[v]), k)}
    items, used = [], set()
    for v, n in COUNTS.items():
        for i in range(n):
            if VARIANTS[v] == "loa":
                doc, rec = MAKERS[v](rng, used, (v, i) not in unsigned, SIGN_STYLES[i % 4])
            else:
                doc, rec = MAKERS[v](rng, used)
            items.append((v, i, doc, rec))
    rng.shuffle(items)
    for n, (v, i, doc, rec) in enumerate(items, 1):
        is_scan, is_mixed = i in scans[v], (v, i) in mixed
        data = scan_pdf(doc, rng, is_mixed) if is_scan else text_pdf(doc)
        name = f"h18-{n:03d}"
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": VARIANTS[v], "variant": v, "scanned": is_scan, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
