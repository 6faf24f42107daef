"""The six layouts of heldout10 (README.md). Each returns (record, pagesize, footer, pages)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from common import (
    CLASSES,
    d_any,
    d_dash,
    d_long,
    d_ord,
    d_short,
    d_slash,
    firm,
    fund_name,
    gbp,
    holding,
    money,
    ni_print,
    para,
    person,
    price_print,
    signature,
    total,
    units_print,
)
from reportlab.lib.pagesizes import A4, landscape

W, H = A4
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
    "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk",
    "Quilter": "quilter.com",
    "Fidelity": "fidelity.co.uk",
    "Transact": "transact-online.co.uk",
    "interactive investor": "ii.co.uk",
    "Vanguard": "vanguardinvestor.co.uk",
    "Curtis Banks": "curtisbanks.co.uk",
    "LV=": "lv.com",
    "Wesleyan": "wesleyan.co.uk",
    "Scottish Friendly": "scottishfriendly.co.uk",
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
    "LV=",
    "Wesleyan",
]


def blank(doc_type: str) -> dict:
    """Blank."""
    from provcheck.models import FIELDS_BY_TYPE

    return {f: ([] if f in ("policy_numbers", "holdings") else None) for f in FIELDS_BY_TYPE[doc_type]}


def pol(rng, style: str | None = None) -> tuple[str, str]:
    """(printed, truth) policy number."""
    style = style or rng.choice(["digits", "letters", "spaced", "slash", "dash"])
    n = "".join(str(rng.randint(0, 9)) for _ in range(8))
    if style == "digits":
        return n, n
    if style == "letters":
        p = rng.choice(["PP", "SP", "IB", "GP", "RA"]) + n
        return p, p
    if style == "spaced":
        return f"{n[:4]} {n[4:]}", n
    if style == "slash":
        p = f"{rng.choice(['T', 'K', 'M'])}/{n[:6]}/{rng.randint(1, 9)}"
        return p, p
    p = f"{n[:3]}-{n[3:]}"
    return p, p


def po_box(rng, brand: str) -> list[str]:
    """Po box."""
    town, pc = rng.choice(
        [
            ("Sheffield", "S98"),
            ("Bristol", "BS99"),
            ("Peterborough", "PE99"),
            ("Edinburgh", "EH99"),
            ("Darlington", "DL98"),
        ]
    )
    return [
        brand,
        "Customer Service Centre",
        f"PO Box {rng.randint(1100, 9800)}",
        town,
        f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPRSTUWXYZ')}{rng.choice('ABDEFGHJLNPRSTUWXYZ')}",
    ]


def lines_at(c, lines, x, y, font="Helvetica", size=10, lead=13):
    """Lines at."""
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


# ---------------------------------------------------------------- LoA 1: numbered letter from the client
def loa_numbered_letter(rng, signed: bool):
    """Loa numbered letter."""
    p, f = person(rng), firm(rng)
    provider = rng.choice(LOA_PROVIDERS)
    plans = [pol(rng, rng.choice(["digits", "letters", "slash"])) for _ in range(rng.choice([1, 2, 2, 3]))]
    with_title = rng.random() < 0.6
    signed_on = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    rec = blank("loa") | {
        "provider": provider,
        "policy_numbers": [t for _, t in plans],
        "client_title": p["title"] if with_title else None,
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "adviser_firm": f["name"],
        "adviser_name": f["adviser"],
        "date_signed": signed_on.isoformat() if signed else None,
        "signature_present": signed,
    }
    printed = [a for a, _ in plans]
    if len(printed) == 1:
        plan_txt = f"the plan with you numbered {printed[0]}"
    else:
        plan_txt = "my plans with you numbered " + ", ".join(printed[:-1]) + " and " + printed[-1]
    these = "these plans" if len(printed) > 1 else "this plan"
    dob_txt = rng.choice([d_long, d_ord, d_slash])(p["dob"])
    ni_txt = ni_print(rng, p["ni"])
    font = rng.choice(["Helvetica", "Times-Roman"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"

    def page1(c):
        y = H - 70
        head = ([f"{p['title']} {p['name']}"] if with_title else [p["name"]]) + p["lines"] + [p["postcode"]]
        lines_at(c, head, 60, y, font, 10.5, 14)
        lines_at(c, po_box(rng, provider), W - 230, y - 100, font, 10, 13)
        y -= 190
        c.setFont(bold, 11)
        c.drawString(60, y, "Letter of authority - please release information to my financial adviser")
        y -= 24
        c.setFont(font, 10.5)
        c.drawString(60, y, "Dear Sir or Madam")
        y -= 22
        points = [
            f"I, {p['name']}, born on {dob_txt}, National Insurance number {ni_txt}, hold {plan_txt}.",
            f"I have appointed {f['name']} as my financial adviser. My adviser there is {f['adviser']}.",
            f"Please give {f['name']} any information they ask for about {these}"
            " and about any other plan I hold with you: values, transfer values, funds, charges, contributions and"
            " any guarantees or special terms.",
            "This letter is for information only. It does not allow anyone to change my plans or move my money.",
            "It stays in force until I cancel it in writing. Please accept a scanned or photocopied copy as if it"
            " were the original.",
        ]
        if rng.random() < 0.5:
            points.insert(
                3,
                f"Please send your reply to {f['name']}, {', '.join(f['lines'])} {f['postcode']}"
                f" (telephone {f['phone']}), and not to me.",
            )
        for i, t in enumerate(points, 1):
            c.setFont(bold, 10.5)
            c.drawString(60, y, f"{i}.")
            y = para(c, t, 80, y, W - 150, font, 10.5) - 6
        y -= 10
        c.setFont(font, 10.5)
        c.drawString(60, y, "Yours faithfully")
        y -= 50
        if signed:
            signature(c, rng, 70, y + 4, 130)
        c.setLineWidth(0.5)
        c.line(60, y, 250, y)
        c.setFont(font, 9)
        c.drawString(60, y - 12, "Signed")
        c.line(330, y, 480, y)
        c.drawString(330, y - 12, "Dated")
        if signed:
            c.setFont(font, 10.5)
            c.drawString(335, y + 4, rng.choice([d_long, d_ord, d_slash, d_dash])(signed_on))
        c.setFont(font, 10.5)
        c.drawString(60, y - 30, p["name"])
        c.setFont(font, 7.5)
        c.setFillGray(0.35)
        para(
            c,
            "If you have any questions about this letter please contact my adviser on the number above. "
            "Keep a copy of this letter with your plan records.",
            60,
            70,
            W - 120,
            font,
            7.5,
        )
        c.setFillGray(0)

    return rec, A4, None, [page1]


# ---------------------------------------------------------------- LoA 2: portrait form, client left, adviser right
def loa_two_column(rng, signed: bool):
    """Loa two column."""
    p, f = person(rng), firm(rng)
    provider = rng.choice(LOA_PROVIDERS)
    plans = [pol(rng) for _ in range(rng.choice([1, 2, 3]))]
    signed_on = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    caps = rng.random() < 0.25
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    rec = blank("loa") | {
        "provider": provider,
        "policy_numbers": [t for _, t in plans],
        "client_title": p["title"],
        "client_name": up(p["name"]),
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": up(", ".join(p["lines"])),
        "client_postcode": p["postcode"],
        "adviser_firm": f["name"],
        "adviser_name": f["adviser"],
        "date_signed": signed_on.isoformat() if signed else None,
        "signature_present": signed,
    }
    plan_types = ["Personal pension", "Stakeholder pension", "Investment bond", "Stocks and shares ISA", "SIPP"]

    def cell(c, x, y, w, label, value, h=30):
        c.setFont("Helvetica", 7.5)
        c.setFillColorRGB(0.2, 0.3, 0.35)
        c.drawString(x, y - 9, label)
        c.setFillGray(0)
        c.setStrokeColorRGB(0.55, 0.65, 0.7)
        c.rect(x, y - h, w, h - 12, stroke=1, fill=0)
        c.setFont("Helvetica", 10)
        vals = value if isinstance(value, list) else [value]
        for i, v in enumerate(vals):
            c.drawString(x + 4, y - 24 - i * 12, v)
        return y - h - 6

    def page1(c):
        c.setFillColorRGB(0.12, 0.3, 0.36)
        c.rect(0, H - 64, W, 64, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, H - 34, f["name"])
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 50, "Authority to obtain plan information")
        c.drawRightString(W - 40, H - 34, f"Tel {f['phone']}")
        c.setFillGray(0)
        y0 = H - 90
        c.setFont("Helvetica", 9.5)
        c.drawString(40, y0, f"To: {provider}")
        c.drawRightString(W - 40, y0, "Please complete in black ink and return to your adviser")
        colw = (W - 100) / 2
        lx, rx = 40, 60 + colw
        for x, t in ((lx, "A  About you (the planholder)"), (rx, "B  About your adviser")):
            c.setFillColorRGB(0.86, 0.92, 0.93)
            c.rect(x, y0 - 30, colw, 18, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 5, y0 - 25, t)
        y = y0 - 40
        y = cell(c, lx, y, 60, "Title", p["title"])
        y = cell(c, lx, y, colw, "Forename(s)", up(p["forenames"]))
        y = cell(c, lx, y, colw, "Surname", up(p["surname"]))
        y = cell(c, lx, y, colw, "Date of birth", rng.choice([d_slash, d_dash, d_long])(p["dob"]))
        y = cell(c, lx, y, colw, "National Insurance number", ni_print(rng, p["ni"]))
        y = cell(c, lx, y, colw, "Home address", [up(s) for s in p["lines"]], h=18 + 12 * len(p["lines"]) + 6)
        yl = cell(c, lx, y, 110, "Postcode", p["postcode"])
        y = y0 - 40
        y = cell(c, rx, y, colw, "Firm name", f["name"])
        y = cell(c, rx, y, colw, "Adviser", f["adviser"])
        y = cell(c, rx, y, colw, "FCA firm reference number", "")
        y = cell(c, rx, y, colw, "Firm address", f["lines"], h=18 + 12 * len(f["lines"]) + 6)
        y = cell(c, rx, y, 110, "Postcode", f["postcode"])
        y = cell(c, rx, y, colw, "Telephone", f["phone"])
        y = min(y, yl) - 6
        c.setFillColorRGB(0.86, 0.92, 0.93)
        c.rect(40, y - 18, W - 80, 18, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(45, y - 13, f"C  Plans held with {provider}")
        y -= 34
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(45, y, "Plan type")
        c.drawString(260, y, "Plan number")
        c.setFont("Helvetica", 10)
        for a, _ in plans:
            y -= 15
            c.drawString(45, y, rng.choice(plan_types))
            c.drawString(260, y, a)
        y -= 26
        c.setFillColorRGB(0.86, 0.92, 0.93)
        c.rect(40, y - 4, W - 80, 18, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(45, y + 1, "D  Your authority")
        y -= 20
        y = para(
            c,
            f"I, {up(p['name'])}, authorise {provider} to give the adviser named in Part B any information "
            "they ask for about the plans in Part C and any other plan I hold with you. This is an authority "
            "for information only and lasts until I withdraw it in writing.",
            45,
            y,
            W - 90,
            "Helvetica",
            9,
        )
        y -= 34
        if signed:
            signature(c, rng, 60, y + 4, 140)
            c.setFont("Helvetica", 10)
            c.drawString(360, y + 4, d_dash(signed_on) if rng.random() < 0.5 else d_slash(signed_on))
        c.setLineWidth(0.6)
        c.setStrokeGray(0)
        c.line(45, y, 300, y)
        c.line(350, y, W - 45, y)
        c.setFont("Helvetica", 7.5)
        c.drawString(45, y - 10, "Signature of planholder")
        c.drawString(350, y - 10, "Date")
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawString(40, 40, f"{f['name']}, {', '.join(f['lines'])} {f['postcode']}. Form LA/2 - information only.")
        c.setFillGray(0)

    return rec, A4, None, [page1]


# ---------------------------------------------------------------- reply 1: single-plan summary, label-above-value boxes
PRODUCTS_SUMMARY = [
    ("Personal Pension", "personal_pension"),
    ("Stakeholder Pension", "stakeholder_pension"),
    ("Stocks & Shares ISA", "isa"),
    ("Investment Bond", "onshore_bond"),
    ("Self-Invested Personal Pension", "sipp"),
]


def adviser_block(c, f, x, y, size=10):
    """Adviser block."""
    return lines_at(c, [f["adviser"], f["name"], *f["lines"], f["postcode"]], x, y, "Helvetica", size, size + 3)


def reply_plan_summary(rng):
    """Reply plan summary."""
    p, f = person(rng), firm(rng)
    provider = rng.choice(
        [
            "Zurich",
            "Standard Life",
            "Aviva",
            "Quilter",
            "Aegon",
            "LV=",
            "Scottish Widows",
            "Royal London",
            "Canada Life",
        ]
    )
    product, ptype = rng.choice(PRODUCTS_SUMMARY)
    printed, truth = pol(rng)
    vdate = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    pence = rng.random() < 0.3
    hs = [holding(rng, fund_name(rng), pence, with_isin=rng.random() < 0.75) for _ in range(rng.randint(2, 6))]
    value = total(hs)
    has_tv = rng.random() < 0.6
    tv = value - (Decimal(rng.randint(0, 90000)) / 100 if rng.random() < 0.5 else 0) if has_tv else None
    contrib = (
        Decimal(rng.choice([50, 75, 100, 150, 200, 250, 400]))
        if ptype != "onshore_bond" and rng.random() < 0.55
        else None
    )
    freq = rng.choice(["monthly", "monthly", "annually"]) if contrib else None
    amc = Decimal(rng.choice(["0.50", "0.75", "0.85", "1.00", "1.25"])) if rng.random() < 0.6 else None
    show_addr = rng.random() < 0.5
    show_ni = rng.random() < 0.6
    rec = blank("loa_response") | {
        "provider": provider,
        "policy_number": truth,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"] if show_ni else None,
        "client_address": ", ".join(p["lines"]) if show_addr else None,
        "client_postcode": p["postcode"] if show_addr else None,
        "plan_type": ptype,
        "valuation_date": vdate.isoformat(),
        "plan_value": money(value),
        "transfer_value": money(tv) if tv is not None else None,
        "regular_contribution": money(contrib) if contrib else None,
        "contribution_frequency": freq,
        "annual_charge_percent": str(amc) if amc else None,
        "holdings": hs,
    }
    letter_date = vdate + dt.timedelta(days=rng.randint(1, 6))
    our_ref = f"LOA{rng.randint(100000, 999999)}"
    start = dt.date(rng.randint(1996, 2019), rng.randint(1, 12), 1)

    def header(c):
        c.setFont("Helvetica-Bold", 18)
        c.setFillColorRGB(0.1, 0.2, 0.45)
        c.drawString(50, H - 60, provider)
        c.setFillGray(0)

    def page1(c):
        header(c)
        adviser_block(c, f, 60, H - 140)
        c.setFont("Helvetica", 9.5)
        lines_at(
            c,
            [
                f"Date  {d_long(letter_date)}",
                f"Our ref  {our_ref}",
                f"Your ref  {p['surname'][:3].upper()}{rng.randint(10, 99)}",
            ],
            W - 200,
            H - 140,
            "Helvetica",
            9.5,
            13,
        )
        y = H - 260
        c.drawString(60, y, f"Dear {f['adviser'].split()[0]}")
        y -= 22
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(60, y, f"{p['title']} {p['first'][0]} {p['surname']} - your request for information")
        y -= 22
        y = para(
            c,
            "Thank you for your letter of authority, which we have now added to our records. We enclose a "
            "plan summary with the information you asked for. Values are not guaranteed and will change "
            "with the price of the funds.",
            60,
            y,
            W - 120,
        )
        y = para(
            c,
            "If your client holds other plans with us you will receive a separate summary for each one. "
            "Please quote our reference on any reply.",
            60,
            y - 8,
            W - 120,
        )
        c.drawString(60, y - 20, "Yours sincerely")
        c.drawString(60, y - 60, "Adviser Support Team")

    def box(c, x, y, w, label, value, h=36):
        c.setFillColorRGB(0.93, 0.95, 0.98)
        c.setStrokeColorRGB(0.6, 0.66, 0.8)
        c.rect(x, y - h, w, h, stroke=1, fill=1)
        c.setFillColorRGB(0.25, 0.3, 0.45)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 6, y - 11, label.upper())
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x + 6, y - 27, value)

    def page2(c):
        header(c)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, H - 95, "Plan summary")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 110, f"Prepared {d_long(letter_date)} for {f['name']}")
        items = [("Planholder", f"{p['title']} {p['name']}"), ("Date of birth", d_slash(p["dob"]))]
        if show_ni:
            items.append(("National Insurance number", ni_print(rng, p["ni"])))
        items += [
            ("Plan number", printed),
            ("Product", product),
            ("Start date", d_slash(start)),
            ("Valuation date", d_slash(vdate)),
            ("Plan value", gbp(value)),
        ]
        if tv is not None:
            items.append(("Transfer value", gbp(tv)))
        items.append(
            (
                "Regular payments",
                f"{gbp(contrib)} {'a month' if freq == 'monthly' else 'a year'}" if contrib else "None",
            )
        )
        if amc:
            items.append(("Annual management charge", f"{amc}%"))
        bw = (W - 100 - 20) / 3
        y = H - 130
        for i, (lab, val) in enumerate(items):
            col = i % 3
            box(c, 50 + col * (bw + 10), y, bw, lab, val)
            if col == 2:
                y -= 44
        y -= 44 if len(items) % 3 else 0
        if show_addr:
            box(c, 50, y, 2 * bw + 10, "Address we hold", ", ".join(p["lines"]))
            box(c, 50 + 2 * (bw + 10), y, bw, "Postcode", p["postcode"])
            y -= 44
        y -= 10
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, "Where the plan is invested")
        y -= 10
        bw2 = (W - 110) / 2
        for i, h in enumerate(hs):
            col = i % 2
            x = 50 + col * (bw2 + 10)
            top = y
            c.setStrokeColorRGB(0.6, 0.66, 0.8)
            c.rect(x, top - 86, bw2, 80, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 6, top - 18, f"Fund {i + 1}: {h['fund_name']}")
            rows = ([("ISIN", h["isin"])] if h["isin"] else []) + [
                ("Units held", units_print(h)),
                ("Unit price", price_print(h)),
                ("Value", gbp(Decimal(h["value"]))),
            ]
            ry = top - 32
            for lab, val in rows:
                c.setFont("Helvetica", 8.5)
                c.drawString(x + 6, ry, lab)
                c.drawRightString(x + bw2 - 8, ry, val)
                ry -= 13
            if col == 1:
                y -= 92
        if len(hs) % 2:
            y -= 92
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(50, y - 6, "Total of all funds")
        c.drawRightString(W - 50, y - 6, gbp(value))
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        para(
            c,
            "Fund prices are as at the valuation date. Past performance is not a guide to the future. "
            "The value of investments can go down as well as up.",
            50,
            70,
            W - 100,
            "Helvetica",
            7.5,
        )
        c.setFillGray(0)

    return rec, A4, provider, [page1, page2]


# ---------------------------------------------------------------- reply 2: pension transfer value quotation with MVR
def reply_transfer_quote(rng):
    """Reply transfer quote."""
    p, f = person(rng), firm(rng)
    provider = rng.choice(
        [
            "Aviva",
            "Royal London",
            "Scottish Widows",
            "Aegon",
            "Legal & General",
            "Prudential",
            "Phoenix Life",
            "Canada Life",
            "Standard Life",
        ]
    )
    product, ptype = rng.choice(
        [
            ("Personal Pension Plan", "personal_pension"),
            ("Stakeholder Pension", "stakeholder_pension"),
            ("Group Personal Pension", "workplace_pension"),
            ("Retirement Annuity Contract", "personal_pension"),
        ]
    )
    printed, truth = pol(rng, rng.choice(["digits", "letters", "dash"]))
    vdate = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    wp = holding(
        rng,
        f"{provider} With-Profits Fund" if rng.random() < 0.5 else "With-Profits Pension Fund",
        True,
        with_isin=False,
        big=True,
    )
    others = [holding(rng, fund_name(rng), True, with_isin=rng.random() < 0.6) for _ in range(rng.randint(1, 3))]
    hs = [wp, *others] if rng.random() < 0.5 else [*others, wp]
    value = total(hs)
    mvr_pct = rng.choice([None, Decimal("2.5"), Decimal("4"), Decimal("6.5"), Decimal("1.75")])
    mvr = (Decimal(wp["value"]) * mvr_pct / 100).quantize(Decimal("0.01")) if mvr_pct else Decimal(0)
    tv = value - mvr
    stopped = rng.random() < 0.45
    contrib = None if stopped else Decimal(rng.choice(["80.00", "120.00", "166.67", "250.00", "300.00"]))
    amc = Decimal(rng.choice(["0.75", "1.00", "1.50"])) if rng.random() < 0.5 else None
    show_ni = rng.random() < 0.7
    rec = blank("loa_response") | {
        "provider": provider,
        "policy_number": truth,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"] if show_ni else None,
        "plan_type": ptype,
        "valuation_date": vdate.isoformat(),
        "plan_value": money(value),
        "transfer_value": money(tv),
        "regular_contribution": money(contrib) if contrib else None,
        "contribution_frequency": "monthly" if contrib else None,
        "annual_charge_percent": str(amc) if amc else None,
        "holdings": hs,
    }
    guaranteed = vdate + dt.timedelta(days=rng.choice([14, 28, 30]))
    letter_date = vdate + dt.timedelta(days=rng.randint(1, 4))
    nra = rng.choice([60, 65, 66, 67])

    def top(c):
        c.setStrokeColorRGB(0.5, 0.1, 0.2)
        c.setLineWidth(3)
        c.line(50, H - 45, W - 50, H - 45)
        c.setFont("Times-Bold", 17)
        c.drawString(50, H - 70, provider)
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 50, H - 70, "Pensions | Transfers out")

    def page1(c):
        top(c)
        adviser_block(c, f, 60, H - 140)
        y = H - 250
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(W - 60, H - 140, d_ord(letter_date))
        c.drawString(60, y, "Dear Sir or Madam")
        y -= 20
        c.setFont("Times-Bold", 10.5)
        c.drawString(60, y, f"Transfer value quotation - plan {printed}")
        y -= 20
        y = para(
            c,
            f"We have been asked by your client, {p['title']} {p['surname']}, to provide a transfer value. "
            "The enclosed quotation shows the value of the plan and the amount we would pay to another "
            "registered pension scheme.",
            60,
            y,
            W - 120,
            "Times-Roman",
            10.5,
        )
        y = para(
            c,
            "A market value reduction may apply to money taken out of the with-profits fund before the "
            "selected retirement date. This protects investors who stay in the fund.",
            60,
            y - 8,
            W - 120,
            "Times-Roman",
            10.5,
        )
        y = para(
            c,
            f"The transfer value is guaranteed until {d_long(guaranteed)} only if we receive all of the "
            "transfer paperwork by then.",
            60,
            y - 8,
            W - 120,
            "Times-Roman",
            10.5,
        )
        c.drawString(60, y - 20, "Yours faithfully")
        c.drawString(60, y - 56, "Transfers Team")

    def row(c, y, label, val, bold=False):
        c.setFont("Times-Bold" if bold else "Times-Roman", 10.5)
        c.drawString(70, y, label)
        c.drawRightString(W - 70, y, val)
        return y - 17

    def page2(c):
        top(c)
        c.setFont("Times-Bold", 14)
        c.drawString(50, H - 105, "Transfer value quotation")
        y = H - 135
        facts = [("Planholder", f"{p['title']} {p['name']}"), ("Date of birth", d_short(p["dob"]))]
        if show_ni:
            facts.append(("National Insurance number", ni_print(rng, p["ni"])))
        facts += [
            ("Plan", product),
            ("Plan number", printed),
            ("Normal retirement age", str(nra)),
            ("Values calculated on", d_long(vdate)),
            ("Quotation guaranteed until", d_long(guaranteed)),
        ]
        for lab, val in facts:
            c.setFont("Times-Roman", 10.5)
            c.drawString(70, y, lab)
            c.drawString(270, y, val)
            y -= 16
        y -= 12
        c.setStrokeGray(0.6)
        c.setLineWidth(0.5)
        c.line(60, y + 8, W - 60, y + 8)
        y = row(c, y - 8, "Value of units held (fund value)", gbp(value))
        if mvr_pct:
            y = row(c, y, f"Less market value reduction ({mvr_pct}% of the with-profits units)", f"-{gbp(mvr)}")
        else:
            y = row(c, y, "Less market value reduction", "Nil")
        y = row(c, y, "Transfer value", gbp(tv), bold=True)
        c.line(60, y + 6, W - 60, y + 6)
        y -= 16
        if contrib:
            y = para(
                c,
                f"Contributions of {gbp(contrib)} a month are being paid by direct debit. They will stop when "
                "the transfer is made.",
                60,
                y,
                W - 120,
                "Times-Roman",
                10.5,
            )
        else:
            y = para(c, "No contributions are being paid to this plan.", 60, y, W - 120, "Times-Roman", 10.5)
        if amc:
            y = para(
                c,
                f"The annual management charge is {amc}% of the fund value, taken by cancelling units.",
                60,
                y - 4,
                W - 120,
                "Times-Roman",
                10.5,
            )
        y = para(
            c,
            "There are no guaranteed annuity rates or protected tax-free cash on this plan.",
            60,
            y - 4,
            W - 120,
            "Times-Roman",
            10.5,
        )

    def page3(c):
        top(c)
        c.setFont("Times-Bold", 13)
        c.drawString(50, H - 105, "Units held on " + d_long(vdate))
        y = H - 135
        c.setFont("Times-Bold", 9.5)
        c.drawString(55, y, "Fund")
        c.drawString(262, y, "ISIN")
        c.drawRightString(395, y, "Units")
        c.drawRightString(465, y, "Price (p)")
        c.drawRightString(W - 55, y, "Value (£)")
        c.line(50, y - 4, W - 50, y - 4)
        y -= 18
        c.setFont("Times-Roman", 9.5)
        for h in hs:
            c.drawString(55, y, h["fund_name"])
            c.drawString(262, y, h["isin"] or "-")
            c.drawRightString(395, y, units_print(h))
            c.drawRightString(465, y, h["unit_price"])
            c.drawRightString(W - 55, y, gbp(Decimal(h["value"]), sign=False))
            y -= 15
        c.line(50, y + 8, W - 50, y + 8)
        c.setFont("Times-Bold", 9.5)
        c.drawString(55, y - 4, "Total")
        c.drawRightString(W - 55, y - 4, gbp(value, sign=False))
        y -= 36
        c.setFont("Times-Roman", 8)
        notes = [
            "Unit prices are bid prices in pence. Values are in pounds.",
            "The with-profits fund value shown includes any final bonus declared at the date of calculation, "
            "which is not guaranteed.",
            f"Regular bonus was added at {rng.choice(['1.5', '2', '2.25'])}% a year in the last plan year; this "
            "is not a charge.",
            "Your client should take financial advice before transferring.",
        ]
        for i, t in enumerate(notes, 1):
            y = para(c, f"{i}. {t}", 55, y, W - 110, "Times-Roman", 8) - 3

    return rec, A4, provider, [page1, page2, page3]


# ------------------------------------------------------- statement 1: landscape quarterly valuation by asset class
def statement_asset_class(rng):
    """Statement asset class."""
    p = person(rng)
    provider = rng.choice(
        ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor", "Transact", "Quilter", "Vanguard"]
    )
    ptype = rng.choice(["isa", "gia"])
    acct = f"{rng.choice(['A', 'C', 'K'])}{rng.randint(1000000, 9999999)}"
    acct_print = f"{acct}-{'ISA' if ptype == 'isa' else 'GIA'}" if rng.random() < 0.4 else acct
    q = rng.choice(
        [
            (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
            (dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
            (dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
            (dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        ]
    )
    groups = []
    for cls in rng.sample(list(CLASSES), rng.randint(2, 4)):
        rows = []
        for desc in rng.sample(CLASSES[cls], min(len(CLASSES[cls]), rng.randint(1, 3))):
            rows.append(holding(rng, fund_name(rng, desc), rng.random() < 0.35))
        groups.append((cls, rows))
    hs = [h for _, rows in groups for h in rows]
    value = total(hs)
    opening = (value * Decimal(rng.uniform(0.9, 1.04))).quantize(Decimal("0.01"))
    paid_in = Decimal(rng.choice([0, 0, 600, 1500, 3000]))
    contrib = Decimal(rng.choice([100, 200, 250, 500])) if rng.random() < 0.4 else None
    charge = Decimal(rng.choice(["0.25", "0.35", "0.45"])) if rng.random() < 0.5 else None
    rec = blank("annual_statement") | {
        "provider": provider,
        "policy_number": acct_print,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": ptype,
        "valuation_date": q[1].isoformat(),
        "period_start": q[0].isoformat(),
        "plan_value": money(value),
        "regular_contribution": money(contrib) if contrib else None,
        "contribution_frequency": "monthly" if contrib else None,
        "annual_charge_percent": str(charge) if charge else None,
        "holdings": hs,
    }
    LW, LH = landscape(A4)
    label = "Stocks and Shares ISA" if ptype == "isa" else "General Investment Account"

    def head(c, sub):
        c.setFillColorRGB(0.15, 0.15, 0.2)
        c.rect(0, LH - 50, LW, 50, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(36, LH - 32, provider)
        c.setFont("Helvetica", 10)
        c.drawRightString(LW - 36, LH - 32, f"{label} | Quarterly valuation | {sub}")
        c.setFillGray(0)

    def page1(c):
        head(c, "Summary")
        lines_at(c, [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]], 50, LH - 100, "Helvetica", 10.5, 14)
        x = LW / 2 + 20
        facts = [
            ("Account number", acct_print),
            ("Valuation period", f"{d_long(q[0])} to {d_long(q[1])}"),
            ("Prepared", d_long(q[1] + dt.timedelta(days=rng.randint(3, 12)))),
        ]
        y = LH - 100
        for lab, val in facts:
            c.setFont("Helvetica", 9)
            c.drawString(x, y, lab)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 120, y, val)
            y -= 16
        y = LH - 230
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, "Your account this quarter")
        change = value - opening - paid_in
        rows = [
            (f"Value on {d_long(q[0])}", gbp(opening)),
            ("Money added", gbp(paid_in)),
            ("Change in value of investments", ("-" if change < 0 else "") + gbp(abs(change))),
            (f"Value on {d_long(q[1])}", gbp(value)),
        ]
        y -= 22
        for i, (lab, val) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 10.5)
            c.drawString(60, y, lab)
            c.drawRightString(420, y, val)
            y -= 18
        y -= 10
        c.setFont("Helvetica", 10)
        if contrib:
            c.drawString(60, y, f"Regular investment: {gbp(contrib)} each month by direct debit.")
            y -= 16
        if charge:
            c.drawString(60, y, f"Our annual platform charge on this account is {charge}% of its value.")
            y -= 16
        c.drawString(
            60, y, "Cash held in the account is shown separately on your online account and is not included above."
        )
        y -= 30
        c.setFont("Helvetica-Bold", 11)
        c.drawString(460, LH - 252, "By asset class")
        yy = LH - 272
        for cls, rows_ in groups:
            sub = total(rows_)
            c.setFont("Helvetica", 10)
            c.drawString(470, yy, cls)
            c.drawRightString(LW - 60, yy, f"{(sub / value * 100):.1f}%")
            yy -= 15

    def page2(c):
        head(c, "Holdings")
        cols = [
            (40, "Holding", "l"),
            (330, "ISIN", "l"),
            (520, "Units", "r"),
            (610, "Price", "r"),
            (710, "Value (£)", "r"),
            (LW - 40, "% of total", "r"),
        ]
        y = LH - 80
        c.setFont("Helvetica-Bold", 9)
        for x, t, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(x, y, t)
        c.setLineWidth(0.6)
        c.line(36, y - 4, LW - 36, y - 4)
        y -= 18
        for cls, rows_ in groups:
            c.setFont("Helvetica-Bold", 9.5)
            c.setFillColorRGB(0.2, 0.35, 0.5)
            c.drawString(40, y, cls)
            c.setFillGray(0)
            y -= 14
            c.setFont("Helvetica", 9)
            for h in rows_:
                c.drawString(48, y, h["fund_name"])
                c.drawString(330, y, h["isin"])
                c.drawRightString(520, y, units_print(h))
                c.drawRightString(610, y, price_print(h))
                c.drawRightString(710, y, gbp(Decimal(h["value"]), sign=False))
                c.drawRightString(LW - 40, y, f"{Decimal(h['value']) / value * 100:.2f}")
                y -= 13
            sub = total(rows_)
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(48, y, f"Sub-total {cls.lower()}")
            c.drawRightString(710, y, gbp(sub, sign=False))
            c.drawRightString(LW - 40, y, f"{sub / value * 100:.2f}")
            c.setLineWidth(0.3)
            c.line(300, y - 4, LW - 36, y - 4)
            y -= 20
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Total value of investments")
        c.drawRightString(710, y, gbp(value, sign=False))
        c.drawRightString(LW - 40, y, "100.00")
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(
            40,
            50,
            "Prices in pence (p) are for shares and investment trusts; prices in pounds for unit trusts and OEICs. "
            "Values are in pounds sterling.",
        )
        c.setFillGray(0)

    return rec, landscape(A4), provider, [page1, page2]


# ------------------------------------------------------- statement 2: SIPP drawdown annual statement (portrait)
def statement_sipp_drawdown(rng):
    """Statement sipp drawdown."""
    p = person(rng)
    p["dob"] = dt.date(rng.randint(1950, 1966), p["dob"].month, p["dob"].day)
    provider = rng.choice(
        [
            "AJ Bell",
            "Hargreaves Lansdown",
            "Curtis Banks",
            "Fidelity",
            "Aviva",
            "Standard Life",
            "Royal London",
            "Aegon",
        ]
    )
    printed, truth = pol(rng, rng.choice(["letters", "digits", "dash"]))
    year = rng.choice(
        [
            (dt.date(2025, 4, 6), dt.date(2026, 4, 5)),
            (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
            (dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
        ]
    )
    cry = [holding(rng, fund_name(rng), False, big=True) for _ in range(rng.randint(1, 3))]
    unc = [holding(rng, fund_name(rng), False) for _ in range(rng.randint(1, 3))]
    hs = cry + unc
    value = total(hs)
    income = Decimal(rng.choice([250, 400, 600, 850, 1200]))
    contrib = Decimal(rng.choice([100, 240, 400])) if rng.random() < 0.3 else None
    charge = Decimal(rng.choice(["0.25", "0.40", "0.45", "0.60"])) if rng.random() < 0.6 else None
    has_tv = rng.random() < 0.4
    show_ni = rng.random() < 0.5
    rec = blank("annual_statement") | {
        "provider": provider,
        "policy_number": truth,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"] if show_ni else None,
        "client_address": ", ".join(p["lines"]),
        "client_postcode": p["postcode"],
        "plan_type": "sipp",
        "valuation_date": year[1].isoformat(),
        "period_start": year[0].isoformat(),
        "plan_value": money(value),
        "transfer_value": money(value) if has_tv else None,
        "regular_contribution": money(contrib) if contrib else None,
        "contribution_frequency": "monthly" if contrib else None,
        "annual_charge_percent": str(charge) if charge else None,
        "holdings": hs,
    }
    start_value = (value * Decimal(rng.uniform(0.92, 1.08))).quantize(Decimal("0.01"))
    paid_out = income * 12
    tfc = Decimal(rng.choice([0, 0, 5000, 12000]))

    def band(c, title):
        c.setFillColorRGB(0.0, 0.32, 0.3)
        c.rect(40, H - 88, W - 80, 30, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 78, title)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, H - 45, provider)

    def page1(c):
        band(c, "Your SIPP in drawdown: yearly statement")
        lines_at(c, [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]], 60, H - 130, "Helvetica", 10.5, 14)
        facts = [("Plan number", printed), ("Date of birth", d_any(rng, p["dob"]))]
        if show_ni:
            facts.append(("NI number", ni_print(rng, p["ni"])))
        facts.append(("Statement year", f"{d_slash(year[0])} - {d_slash(year[1])}"))
        y = H - 130
        for lab, val in facts:
            c.setFont("Helvetica", 8.5)
            c.drawString(340, y, lab)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(430, y, val)
            y -= 14
        y = H - 240
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "What happened this year")
        rows = [(f"Value on {d_long(year[0])}", gbp(start_value))]
        if tfc:
            rows.append(("Tax-free cash paid", f"-{gbp(tfc)}"))
        rows.append((f"Drawdown income paid ({gbp(income)} gross a month)", f"-{gbp(paid_out)}"))
        if contrib:
            rows.append(("Contributions received", gbp(contrib * 12)))
        growth = value - start_value + paid_out + tfc - (contrib * 12 if contrib else 0)
        rows.append(("Investment growth after charges", ("-" if growth < 0 else "") + gbp(abs(growth))))
        rows.append((f"Value on {d_long(year[1])}", gbp(value)))
        y -= 20
        for i, (lab, val) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == len(rows) - 1 else "Helvetica", 10)
            c.drawString(60, y, lab)
            c.drawRightString(W - 60, y, val)
            y -= 16
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "How your SIPP is split")
        y -= 18
        c.setFont("Helvetica", 10)
        c.drawString(60, y, "Crystallised (in flexi-access drawdown)")
        c.drawRightString(W - 60, y, gbp(total(cry)))
        y -= 15
        c.drawString(60, y, "Uncrystallised (not yet used for benefits)")
        c.drawRightString(W - 60, y, gbp(total(unc)))
        y -= 24
        if contrib:
            y = (
                para(
                    c,
                    f"You pay {gbp(contrib)} a month into the uncrystallised part of your SIPP by direct debit.",
                    50,
                    y,
                    W - 100,
                )
                - 4
            )
        if has_tv:
            y = (
                para(
                    c,
                    f"If you moved your SIPP to another provider on {d_long(year[1])}, its transfer value would "
                    f"have been {gbp(value)}.",
                    50,
                    y,
                    W - 100,
                )
                - 4
            )
        if charge:
            y = (
                para(
                    c,
                    f"Our administration charge is {charge}% a year of the value of your SIPP, taken monthly.",
                    50,
                    y,
                    W - 100,
                )
                - 4
            )
        para(
            c,
            f"Your next income payment of {gbp(income)} is due on the first working day of next month. Income "
            "is paid after tax under PAYE.",
            50,
            y,
            W - 100,
        )

    def page2(c):
        band(c, "Your investments")
        y = H - 120
        for title, group in (("Drawdown (crystallised) fund", cry), ("Uncrystallised fund", unc)):
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(50, y, title)
            y -= 16
            c.setFont("Helvetica-Bold", 8.5)
            for x, t in ((55, "Investment"), (285, "ISIN")):
                c.drawString(x, y, t)
            for x, t in ((420, "Units"), (480, "Price (£)"), (W - 55, "Value (£)")):
                c.drawRightString(x, y, t)
            y -= 13
            c.setFont("Helvetica", 8.5)
            for h in group:
                c.drawString(55, y, h["fund_name"])
                c.drawString(285, y, h["isin"])
                c.drawRightString(420, y, units_print(h, commas=False))
                c.drawRightString(480, y, h["unit_price"])
                c.drawRightString(W - 55, y, gbp(Decimal(h["value"]), sign=False))
                y -= 13
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(55, y, "Sub-total")
            c.drawRightString(W - 55, y, gbp(total(group), sign=False))
            y -= 28
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Total SIPP value")
        c.drawRightString(W - 55, y, gbp(value))
        y -= 40
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Important information")
        y -= 13
        for t in [
            "Drawdown income is not guaranteed. Taking too much too soon could mean your pension runs out.",
            "The value of your investments can fall as well as rise.",
            "You can get free, impartial guidance from MoneyHelper's Pension Wise service.",
        ]:
            y = para(c, t, 50, y, W - 100, "Helvetica", 8) - 2

    return rec, A4, provider, [page1, page2]


VARIANTS = {
    "loa-numbered-letter": ("loa", loa_numbered_letter),
    "loa-two-column-form": ("loa", loa_two_column),
    "reply-plan-summary": ("loa_response", reply_plan_summary),
    "reply-transfer-quote": ("loa_response", reply_transfer_quote),
    "statement-asset-class": ("annual_statement", statement_asset_class),
    "statement-sipp-drawdown": ("annual_statement", statement_sipp_drawdown),
}
