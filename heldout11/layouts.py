"""The six heldout11 layouts: each returns its pages (functions drawing on a reportlab canvas) and the truth record."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import people as pp
from people import any_date, long_date, money, ordinal_date, shown, slash_date
from reportlab.lib import colors

W, H = 595.0, 842.0
WEB = {
    "Aviva": "www.aviva.co.uk",
    "Royal London": "www.royallondon.com",
    "Scottish Widows": "www.scottishwidows.co.uk",
    "Standard Life": "www.standardlife.co.uk",
    "Aegon": "www.aegon.co.uk",
    "Legal & General": "www.legalandgeneral.com",
    "Canada Life": "www.canadalife.co.uk",
    "Zurich": "www.zurich.co.uk",
    "Prudential": "www.pru.co.uk",
    "Phoenix Life": "www.phoenixlife.co.uk",
    "ReAssure": "www.reassure.co.uk",
    "LV=": "www.lv.com",
    "AJ Bell": "www.ajbell.co.uk",
    "Hargreaves Lansdown": "www.hl.co.uk",
    "Quilter": "www.quilter.com",
    "Fidelity": "www.fidelity.co.uk",
    "Wesleyan": "www.wesleyan.co.uk",
    "Scottish Friendly": "www.scottishfriendly.co.uk",
    "Utmost Life and Pensions": "www.utmostlifeandpensions.co.uk",
    "Chesnara": "",
    "Transact": "",
    "interactive investor": "www.ii.co.uk",
}
PENSION_HOUSES = [
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
    "LV=",
    "Utmost Life and Pensions",
]
PLATFORMS = ["AJ Bell", "Hargreaves Lansdown", "Quilter", "Fidelity", "Transact", "interactive investor"]
WITH_PROFITS = [
    "Phoenix Life",
    "ReAssure",
    "Prudential",
    "Aviva",
    "Royal London",
    "Scottish Widows",
    "LV=",
    "Wesleyan",
    "Scottish Friendly",
    "Chesnara",
]
PRODUCTS = {
    "personal_pension": "Personal Pension",
    "sipp": "Self-Invested Personal Pension",
    "stakeholder_pension": "Stakeholder Pension",
    "isa": "Stocks and Shares ISA",
    "gia": "General Investment Account",
    "onshore_bond": "Investment Bond",
}
INK = colors.Color(0.08, 0.12, 0.45)
SHADE = colors.Color(0.86, 0.88, 0.92)


def text(c, x, top, s, size=9.0, font="Helvetica", right=False, centre=False):
    """Draw one string with its baseline `top` points below the page's top edge."""
    c.setFont(font, size)
    if right:
        c.drawRightString(x, H - top, s)
    elif centre:
        c.drawCentredString(x, H - top, s)
    else:
        c.drawString(x, H - top, s)


def para(c, x, top, s, width=450.0, size=9.5, font="Helvetica", lead=None):
    """Wrap `s` into lines no wider than `width`; returns the top after the paragraph."""
    lead = lead or size * 1.35
    words, line = s.split(), ""
    for w in words:
        trial = f"{line} {w}".strip()
        if c.stringWidth(trial, font, size) > width and line:
            text(c, x, top, line, size, font)
            top += lead
            line = w
        else:
            line = trial
    if line:
        text(c, x, top, line, size, font)
        top += lead
    return top


def rule(c, x0, top, x1, width=0.5):
    """A horizontal rule."""
    c.setLineWidth(width)
    c.line(x0, H - top, x1, H - top)


def box(c, x, top, w, h, fill=None, width=0.6):
    """A rectangle from its top-left corner, optionally shaded."""
    c.setLineWidth(width)
    if fill is not None:
        c.setFillColor(fill)
        c.rect(x, H - top - h, w, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
    else:
        c.rect(x, H - top - h, w, h, stroke=1, fill=0)


def tick(c, x, top, size=8):
    """A hand-drawn tick inside a box whose top-left is (x, top)."""
    c.setStrokeColor(INK)
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(x + 1.5, H - top - size * 0.55)
    p.lineTo(x + size * 0.4, H - top - size + 1)
    p.lineTo(x + size + 1.5, H - top + 2)
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(colors.black)


def ink(c, rng, x, top, width=130):
    """A scrawled signature of bezier strokes."""
    c.setStrokeColor(INK)
    c.setLineWidth(1.1)
    y = H - top
    px = x
    for _ in range(rng.randint(3, 5)):
        step = width / 4
        c.bezier(
            px,
            y + rng.uniform(-3, 3),
            px + step * 0.3,
            y + rng.uniform(6, 16),
            px + step * 0.7,
            y - rng.uniform(4, 12),
            px + step,
            y + rng.uniform(-3, 4),
        )
        px += step * rng.uniform(0.7, 1.0)
    c.line(x + 10, y - 6, x + width * 0.8, y - 3)
    c.setStrokeColor(colors.black)


def footer(c, provider, n, total, extra=""):
    """Provider footer with website and page x of y."""
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    site = WEB.get(provider, "")
    left = f"{provider}  {site}".strip() if provider else extra
    text(c, 40, H - 28, left, 7)
    text(c, W - 40, H - 28, f"Page {n} of {total}", 7, right=True)
    c.setFillColor(colors.black)


def brand(c, provider, size=20):
    """The provider's name set as a letterhead (no legal name)."""
    c.setFillColor(colors.Color(0.1, 0.2, 0.4))
    text(c, 40, 58, provider, size, "Helvetica-Bold")
    c.setFillColor(colors.black)


def policy_number(rng) -> str:
    """A fictional policy number in one of several house styles."""
    up = "ABCDEFGHJKLMNPRSTUWXY"
    style = rng.randint(0, 4)
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if style == 0:
        return rng.choice(up) + rng.choice(up) + digits(7)
    if style == 1:
        return f"{digits(4)}-{digits(4)}-{digits(2)}"
    if style == 2:
        return "K" + digits(8) + rng.choice(up)
    if style == 3:
        return f"{rng.choice(['WP', 'PN', 'EN'])}/{digits(6)}"
    return digits(9)


def firm(rng):
    """A fictional adviser firm: name, adviser, address, postcode (no FRN)."""
    town, outward = rng.choice(pp.TOWNS)
    pc = f"{outward} {rng.randint(1, 9)}{rng.choice(pp.INWARD)}{rng.choice(pp.INWARD)}"
    return {
        "name": rng.choice(pp.FIRMS),
        "adviser": f"{rng.choice(pp.MEN + pp.WOMEN)} {rng.choice(pp.SURNAMES)}",
        "lines": [f"Suite {rng.randint(2, 9)}, {rng.choice(['Wharf House', 'Albion Court', 'The Maltings'])}", town],
        "postcode": pc,
        "phone": f"01632 960{rng.randint(100, 999)}",
    }


def po_box(rng, provider):
    """A fictional PO box address for the provider."""
    town, outward = rng.choice(pp.TOWNS)
    return [
        provider,
        "Customer Services",
        f"PO Box {rng.randint(1000, 9999)}",
        f"{town} {outward} {rng.randint(1, 9)}{rng.choice(pp.INWARD)}{rng.choice(pp.INWARD)}",
    ]


def _common(p, with_address=True):
    return {
        "provider": None,
        "client_title": p["title"],
        "client_name": p["name"],
        "client_dob": p["dob"].isoformat(),
        "ni_number": p["ni"],
        "client_address": ", ".join(p["lines"]) if with_address else None,
        "client_postcode": p["postcode"] if with_address else None,
    }


def _signed_date(rng):
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 280))


# ---------------------------------------------------------------- LoA 1: schedule of plans, this provider ticked
def loa_schedule(rng: random.Random, signed: bool):
    """An adviser's LoA with a schedule of plans at several providers; this copy's provider's rows are ticked."""
    p, f = pp.person(rng), firm(rng)
    provider = rng.choice(PENSION_HOUSES + PLATFORMS)
    others = rng.sample([x for x in PENSION_HOUSES + PLATFORMS if x != provider], rng.randint(2, 3))
    own = [policy_number(rng) for _ in range(rng.randint(1, 2))]
    rows = [(provider, rng.choice(list(PRODUCTS.values())), n, True) for n in own]
    rows += [(o, rng.choice(list(PRODUCTS.values())), policy_number(rng), False) for o in others]
    rng.shuffle(rows)
    signed_on = _signed_date(rng)
    prepared = signed_on - dt.timedelta(days=rng.randint(1, 9))
    ni_text = rng.choice([p["ni"], pp.spaced_ni(p["ni"])])

    def page1(c, r):
        c.setFillColor(colors.Color(0.15, 0.3, 0.25))
        text(c, 40, 52, f["name"], 16, "Helvetica-Bold")
        c.setFillColor(colors.black)
        text(c, 40, 66, ", ".join(f["lines"]) + f", {f['postcode']}   Tel {f['phone']}", 8)
        text(c, 40, 76, "Authorised and regulated by the Financial Conduct Authority", 7, "Helvetica-Oblique")
        rule(c, 40, 84, W - 40, 1.2)
        addr = po_box(r, provider)
        text(c, 40, 104, "To:", 9, "Helvetica-Bold")
        for i, line in enumerate(addr):
            text(c, 62, 104 + i * 12, line, 9)
        text(c, W - 40, 104, f"Prepared {slash_date(prepared)}", 9, right=True)
        text(c, W / 2, 172, "LETTER OF AUTHORITY AND SCHEDULE OF PLANS", 12, "Helvetica-Bold", centre=True)
        top = para(
            c,
            40,
            194,
            f"I authorise {f['name']}, and {f['adviser']} of that firm, to ask for and receive "
            "information about the plans in the schedule below. This authority is for information only and "
            "does not allow any change to a plan. It remains in force until I withdraw it in writing.",
        )
        top += 8
        text(c, 40, top, "Planholder", 10, "Helvetica-Bold")
        items = [
            ("Full name", f"{p['title']} {p['name']}"),
            ("Date of birth", any_date(r, p["dob"])),
            ("National Insurance number", ni_text),
            ("Address", ", ".join(p["lines"])),
            ("Postcode", p["postcode"]),
        ]
        for i, (k, v) in enumerate(items):
            text(c, 50, top + 16 + i * 14, k, 9, "Helvetica-Bold")
            text(c, 200, top + 16 + i * 14, v, 9)
        top += 16 + len(items) * 14 + 14
        text(c, 40, top, "Schedule of plans", 10, "Helvetica-Bold")
        cols = [40, 70, 210, 350, 470, W - 40]
        heads = ["No.", "Provider", "Plan type", "Policy number", "Sent to this provider"]
        top += 6
        box(c, 40, top, W - 80, 16, SHADE)
        for x, hd in zip(cols, heads, strict=False):
            text(c, x + 4, top + 11, hd, 8, "Helvetica-Bold")
        for i, (prov, kind, num, mine) in enumerate(rows):
            t = top + 16 + i * 18
            box(c, 40, t, W - 80, 18)
            text(c, 44, t + 12, str(i + 1), 9)
            text(c, 74, t + 12, prov, 9)
            text(c, 214, t + 12, kind, 8)
            text(c, 354, t + 12, num, 9)
            box(c, 510, t + 4, 10, 10)
            if mine:
                tick(c, 511, t + 5)
        for x in cols[1:-1]:
            c.line(x, H - top, x, H - top - 16 - 18 * len(rows))
        top += 16 + 18 * len(rows) + 16
        top = para(
            c,
            40,
            top,
            f"A copy of this letter goes to each provider named in the schedule. {provider}: "
            "please act only on the plans ticked in the last column.",
            size=8.5,
        )
        top += 26
        if signed:
            ink(c, r, 60, top - 4)
        rule(c, 40, top, 250)
        rule(c, 330, top, 480)
        text(c, 40, top + 11, "Signature of planholder", 8)
        text(c, 330, top + 11, "Date", 8)
        if signed:
            text(c, 334, top - 4, r.choice([long_date, slash_date])(signed_on), 10, "Times-Roman")
        text(c, 40, top + 40, f"Adviser: {f['adviser']}   {f['name']}   {f['phone']}", 8)
        footer(c, "", 1, 2, f"{f['name']} - LOA schedule")

    def page2(c, r):
        text(c, 40, 60, "Notes for providers", 12, "Helvetica-Bold")
        top = 82
        for note in [
            "Please send plan information to the adviser at the address on page 1, quoting the planholder's name.",
            "Where the planholder holds other plans with you that are not listed, please tell us they exist.",
            "We are happy to accept information by secure email. We do not need original documents.",
            "This letter is not an instruction to transfer, switch funds or change contributions.",
            "The planholder's data is processed under our privacy notice, available on request.",
        ]:
            top = para(c, 40, top, "- " + note, size=8.5) + 4
        footer(c, "", 2, 2, f"{f['name']} - LOA schedule")

    rec = _common(p)
    rec.update(
        {
            "provider": provider,
            "policy_numbers": own,
            "adviser_firm": f["name"],
            "fca_frn": None,
            "adviser_name": f["adviser"],
            "date_signed": signed_on.isoformat() if signed else None,
            "signature_present": signed,
        }
    )
    return [page1, page2], rec


# ---------------------------------------------------------------- LoA 2: tick-box request, ruled signature box
REQUESTS = [
    "Current value",
    "Transfer / surrender value",
    "Fund holdings with units and prices",
    "Charges (product and fund)",
    "Contribution history (last 12 months)",
    "Guarantees (GAR, GMP, protected tax-free cash)",
    "Death benefits and nominations",
    "Selected retirement date",
    "Exit charges or market value reductions",
]


def loa_tickbox(rng: random.Random, signed: bool):
    """A request form: client details, a tick-box list of what is wanted, a ruled Signed / Print name / Date box."""
    p, f = pp.person(rng), firm(rng)
    provider = rng.choice(PENSION_HOUSES + PLATFORMS + WITH_PROFITS[-4:])
    nums = [policy_number(rng) for _ in range(rng.randint(1, 3))]
    signed_on = _signed_date(rng)
    wanted = [rng.random() < 0.7 for _ in REQUESTS]
    wanted[0] = True

    def page1(c, r):
        text(c, 40, 46, f["name"], 10, "Helvetica-Bold")
        text(c, 40, 57, ", ".join(f["lines"]) + " " + f["postcode"], 8)
        c.setFillColor(colors.Color(0.25, 0.25, 0.25))
        c.rect(40, H - 96, W - 80, 26, stroke=0, fill=1)
        c.setFillColor(colors.white)
        text(c, W / 2, 88, "AUTHORITY TO RELEASE PLAN INFORMATION", 13, "Helvetica-Bold", centre=True)
        c.setFillColor(colors.black)
        text(c, 40, 116, f"Provider:  {provider}", 10, "Helvetica-Bold")
        text(c, 40, 130, "Plan number(s):  " + "; ".join(nums), 10)
        top = 156
        text(c, 40, top, "1  About the planholder", 10, "Helvetica-Bold")
        rows = [
            ("Name in full (with title)", f"{p['title']} {p['name']}"),
            ("Date of birth", p["dob"].strftime(r.choice(["%d-%m-%Y", "%d/%m/%Y", "%d %B %Y"]))),
            ("National Insurance number", r.choice([p["ni"], pp.spaced_ni(p["ni"])])),
        ]
        rows += [("Address" if i == 0 else "", line) for i, line in enumerate(p["lines"])]
        rows.append(("Postcode", p["postcode"]))
        for i, (k, v) in enumerate(rows):
            t = top + 8 + i * 17
            text(c, 44, t + 12, k, 8.5)
            box(c, 200, t, W - 240, 16)
            text(c, 205, t + 12, v, 9.5, "Courier")
        top += 8 + len(rows) * 17 + 20
        text(c, 40, top, "2  Information requested (tick all that apply)", 10, "Helvetica-Bold")
        for i, item in enumerate(REQUESTS):
            t = top + 10 + (i // 2) * 16
            x = 44 + (i % 2) * 260
            box(c, x, t, 10, 10)
            if wanted[i]:
                tick(c, x + 1, t + 1)
            text(c, x + 16, t + 9, item, 8.5)
        top += 10 + ((len(REQUESTS) + 1) // 2) * 16 + 18
        text(c, 40, top, "3  Adviser", 10, "Helvetica-Bold")
        text(c, 44, top + 15, f"Adviser: {f['adviser']}", 9)
        text(c, 44, top + 28, f"Firm: {f['name']}", 9)
        text(c, 300, top + 15, f"Telephone: {f['phone']}", 9)
        top = para(
            c,
            40,
            top + 50,
            f"I authorise {provider} to give the information ticked above to the adviser named in "
            "section 3, for the plan numbers shown, until I cancel this authority in writing. This authority "
            "does not allow the adviser to make changes to my plans.",
            size=8.5,
        )
        top = max(top + 10, 640)
        box(c, 40, top, W - 80, 84, width=1)
        for i, label in enumerate(["Signed", "Print name", "Date"]):
            t = top + i * 28
            if i:
                rule(c, 40, t, W - 40, 0.6)
            box(c, 40, t, 90, 28, SHADE)
            text(c, 46, t + 18, label, 9, "Helvetica-Bold")
        if signed:
            ink(c, r, 150, top + 20)
            text(c, 140, top + 74, signed_on.strftime(r.choice(["%d.%m.%Y", "%d/%m/%Y"])), 11, "Courier")
        text(c, 140, top + 46, f"{p['title']} {p['name']}", 11, "Courier")
        footer(c, "", 1, 1, f"{f['name']} - information request form")

    rec = _common(p)
    rec.update(
        {
            "provider": provider,
            "policy_numbers": nums,
            "adviser_firm": f["name"],
            "fca_frn": None,
            "adviser_name": f["adviser"],
            "date_signed": signed_on.isoformat() if signed else None,
            "signature_present": signed,
        }
    )
    return [page1], rec


# ---------------------------------------------------------------- shared plan facts for replies and statements
def plan_facts(rng, provider, kind, nrows, sedols=False, isin=True, pence=None):
    """A plan: its rows, value, transfer value, contribution, charge."""
    rows = pp.holdings(rng, nrows, pence=pence, with_isin=isin, with_sedol=sedols)
    value = sum((r["value"] for r in rows), Decimal(0))
    exit_charge = rng.random() < 0.4 and kind not in ("isa", "gia")
    transfer = pp.q2(value * Decimal(rng.randint(930, 990)) / 1000) if exit_charge else value
    contrib = None
    if kind in ("personal_pension", "stakeholder_pension", "sipp", "isa") and rng.random() < 0.65:
        contrib = Decimal(rng.choice([50, 75, 100, 120, 150, 200, 250, 300, 400, 500]))
    charge = f"{Decimal(rng.randint(25, 150)) / 100:.2f}"
    return rows, value, transfer, contrib, charge


def _record_plan(
    p,
    provider,
    number,
    kind,
    when,
    value,
    transfer,
    contrib,
    freq,
    charge,
    rows,
    with_address,
    with_dob=True,
    with_ni=True,
):
    rec = _common(p, with_address)
    rec["client_dob"] = rec["client_dob"] if with_dob else None
    rec["ni_number"] = rec["ni_number"] if with_ni else None
    rec.update(
        {
            "provider": provider,
            "policy_number": number,
            "plan_type": kind,
            "valuation_date": when.isoformat(),
            "plan_value": money(value),
            "transfer_value": money(transfer) if transfer is not None else None,
            "regular_contribution": money(contrib) if contrib is not None else None,
            "contribution_frequency": freq if contrib is not None else None,
            "annual_charge_percent": charge,
            "holdings": pp.truth_holdings(rows),
        }
    )
    return rec


def covering(c, rng, provider, f, p, number, letter_date, lines):
    """A provider's covering letter head addressed to the adviser at the firm."""
    brand(c, provider)
    text(c, W - 40, 50, WEB.get(provider, ""), 8, right=True)
    addr = [f["adviser"], f["name"], *f["lines"], f["postcode"]]
    for i, line in enumerate(addr):
        text(c, 60, 120 + i * 12, line, 9.5)
    text(c, W - 40, 120, long_date(letter_date), 9.5, right=True)
    text(c, W - 40, 134, f"Our reference: {number}", 9, right=True)
    top = 120 + len(addr) * 12 + 30
    text(c, 60, top, f"Dear {f['adviser'].split()[0]}", 10)
    text(c, 60, top + 20, f"{p['title']} {p['name']}  -  plan {number}", 10, "Helvetica-Bold")
    top += 40
    for s in lines:
        top = para(c, 60, top, s, width=470, size=9.5) + 6
    return top


# ---------------------------------------------------------------- reply 1: policy schedule, two-row ruled grids
def grid(c, top, labels, values, x0=40, x1=W - 40):
    """A ruled two-row grid: labels in a shaded row, values in the row below."""
    w = (x1 - x0) / len(labels)
    box(c, x0, top, x1 - x0, 15, SHADE)
    box(c, x0, top + 15, x1 - x0, 18)
    for i, (lab, val) in enumerate(zip(labels, values, strict=True)):
        if i:
            c.line(x0 + i * w, H - top, x0 + i * w, H - top - 33)
        text(c, x0 + i * w + 4, top + 10.5, lab, 7, "Helvetica-Bold")
        text(c, x0 + i * w + 4, top + 28, val, 8.5)
    return top + 33 + 10


def reply_schedule(rng: random.Random):
    """A reply to an LoA: covering letter, then a policy schedule in two-row grids and a SEDOL/currency fund table."""
    p, f = pp.person(rng), firm(rng)
    provider = rng.choice(PENSION_HOUSES + PLATFORMS)
    kind = rng.choice(["personal_pension", "sipp", "stakeholder_pension", "isa", "gia", "onshore_bond"])
    number = policy_number(rng)
    with_isin = rng.random() < 0.5
    rows, value, transfer, contrib, charge = plan_facts(
        rng, provider, kind, rng.randint(3, 6), sedols=True, isin=with_isin
    )
    when = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 270))
    letter = when + dt.timedelta(days=rng.randint(1, 6))
    start = dt.date(rng.randint(2001, 2019), rng.randint(1, 12), rng.randint(1, 28))
    freq = rng.choice(["monthly", "monthly", "quarterly", "annually"])
    with_address = rng.random() < 0.6
    total_pages = 3

    def page1(c, r):
        top = covering(
            c,
            r,
            provider,
            f,
            p,
            number,
            letter,
            [
                "Thank you for the letter of authority we received. The policy schedule for this plan is enclosed, "
                f"showing its details and values as at {long_date(when)}.",
                "Figures are not guaranteed and will change with the value of the funds. If your client wishes to "
                "transfer, please send the receiving scheme's request; we will confirm a transfer value at that time.",
                "Yours sincerely",
            ],
        )
        text(c, 60, top + 24, "Adviser Support Team", 9.5)
        footer(c, provider, 1, total_pages)

    def page2(c, r):
        brand(c, provider, 14)
        text(c, W - 40, 56, "POLICY SCHEDULE", 13, "Helvetica-Bold", right=True)
        top = 84
        top = grid(
            c,
            top,
            ["Policy number", "Product", "Start date", "Schedule date"],
            [number, PRODUCTS[kind], slash_date(start), slash_date(when)],
        )
        top = grid(
            c,
            top,
            ["Policyholder", "Date of birth", "National Insurance number"],
            [f"{p['title']} {p['name']}", slash_date(p["dob"]), pp.spaced_ni(p["ni"])],
        )
        if with_address:
            top = grid(c, top, ["Correspondence address", "Postcode"], [", ".join(p["lines"]), p["postcode"]])
        top = grid(
            c,
            top,
            [
                "Current value (GBP)",
                "Transfer value (GBP)",
                "Regular premium (GBP)",
                "Premium frequency",
                "Annual management charge",
            ],
            [
                shown(value),
                shown(transfer),
                shown(contrib) if contrib else "Nil",
                freq.capitalize() if contrib else "-",
                f"{charge}%",
            ],
        )
        top += 8
        text(c, 40, top, "Fund holdings", 10, "Helvetica-Bold")
        cols = (
            [("Fund", 40), ("SEDOL", 258)]
            + ([("ISIN", 302)] if with_isin else [])
            + [("Units", 420), ("Price", 475), ("Ccy", 478), ("Value (GBP)", W - 40)]
        )
        top += 6
        box(c, 40, top, W - 80, 15, SHADE)
        for name, x in cols:
            right = name in ("Units", "Price", "Value (GBP)")
            text(c, x - (2 if right else -3), top + 10.5, name, 7.5, "Helvetica-Bold", right=right)
        for i, r in enumerate(rows):
            t = top + 15 + i * 15 + 11
            text(c, 43, t, r["fund_name"], 7.5)
            text(c, 261, t, r["sedol"], 7.5)
            if with_isin:
                text(c, 305, t, r["isin"] or "", 7.5)
            text(c, 418, t, r["units"], 7.5, right=True)
            text(c, 473, t, r["unit_price"], 7.5, right=True)
            text(c, 481, t, r["currency"], 7.5)
            text(c, W - 42, t, shown(r["value"]), 7.5, right=True)
            rule(c, 40, top + 15 + (i + 1) * 15, W - 40, 0.3)
        t = top + 15 + len(rows) * 15 + 12
        text(c, 420, t, "Total", 8, "Helvetica-Bold")
        text(c, W - 42, t, shown(value), 8, "Helvetica-Bold", right=True)
        para(
            c,
            40,
            t + 26,
            "Prices in the Ccy column GBX are quoted in pence; values are shown in pounds. SEDOL codes "
            "identify each fund line.",
            size=7.5,
        )
        footer(c, provider, 2, total_pages)

    def page3(c, r):
        text(c, 40, 60, "Important information", 11, "Helvetica-Bold")
        top = 80
        for note in [
            "The transfer value is not guaranteed and may be lower than the current value where an exit "
            "charge applies.",
            "Past performance is not a guide to future returns.",
            "This schedule replaces any schedule issued before the date shown.",
            "Please contact the Adviser Support Team quoting the policy number with any question.",
        ]:
            top = para(c, 40, top, note, size=8.5) + 6
        footer(c, provider, 3, total_pages)

    rec = _record_plan(p, provider, number, kind, when, value, transfer, contrib, freq, charge, rows, with_address)
    return [page1, page2, page3], rec


# ---------------------------------------------------------------- reply 2: running text, fund table across pages
def reply_prose(rng: random.Random):
    """A reply whose values sit in sentences, then a fund table split over two pages with a carried-forward subtotal."""
    p, f = pp.person(rng), firm(rng)
    provider = rng.choice(PENSION_HOUSES + PLATFORMS)
    kind = rng.choice(["personal_pension", "sipp", "isa", "gia", "stakeholder_pension"])
    number = policy_number(rng)
    n = rng.randint(7, 10)
    rows, value, transfer, contrib, charge = plan_facts(rng, provider, kind, n, isin=rng.random() < 0.7)
    split = rng.randint(3, 4)
    when = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 270))
    letter = when + dt.timedelta(days=rng.randint(1, 8))
    start = dt.date(rng.randint(1998, 2018), rng.randint(1, 12), rng.randint(1, 28))
    freq = rng.choice(["monthly", "monthly", "annually"])
    per = {"monthly": "each month", "annually": "each year", "quarterly": "each quarter"}[freq]
    sub = sum((r["value"] for r in rows[:split]), Decimal(0))
    with_address = rng.random() < 0.5
    lines = [
        f"We have received the letter of authority signed by {p['title']} {p['surname']} and can give you the "
        "following information.",
        f"Our records show that {p['title']} {p['name']}, born on {ordinal_date(p['dob'])}, holds a "
        f"{PRODUCTS[kind]} with us under plan number {number}, which started on {long_date(start)}.",
    ]
    if with_address:
        lines.append(f"The address we hold is {', '.join(p['lines'])}, {p['postcode']}.")
    tv = (
        f"Its transfer value would be £{shown(transfer)}, after the exit charge that applies to this plan."
        if transfer != value
        else f"Its transfer value would be £{shown(transfer)}, as no exit charge applies."
    )
    lines.append(f"The current value of the plan is £{shown(value)} as at {long_date(when)}. {tv}")
    lines.append(
        f"Regular contributions of £{shown(contrib)} are paid {per} by direct debit."
        if contrib
        else "No regular contributions are being paid at present."
    )
    lines.append(f"The annual management charge is {charge}% a year, taken by cancelling units each month.")

    def table(c, top, part, carried):
        cols = [
            ("Fund name", 60, False),
            ("ISIN", 280, False),
            ("Units", 420, True),
            ("Unit price", 480, True),
            ("Value £", W - 60, True),
        ]
        if not any(r["isin"] for r in rows):
            cols.pop(1)
        box(c, 60, top, W - 120, 15, SHADE)
        for name, x, right in cols:
            text(c, x - 2 if right else x + 3, top + 10.5, name, 8, "Helvetica-Bold", right=right)
        t = top + 15
        if carried is not None:
            t += 14
            text(c, 63, t - 3, "Brought forward", 8.5, "Helvetica-Oblique")
            text(c, W - 62, t - 3, shown(carried), 8.5, right=True)
        for r in part:
            t += 15
            text(c, 63, t - 4, r["fund_name"], 8)
            text(c, 283, t - 4, r["isin"] or "", 8)
            text(c, 418, t - 4, r["units"], 8, right=True)
            text(c, 478, t - 4, r["unit_price"] + ("p" if r["currency"] == "GBX" else ""), 8, right=True)
            text(c, W - 62, t - 4, shown(r["value"]), 8, right=True)
            rule(c, 60, t, W - 60, 0.3)
        return t

    def page1(c, r):
        top = covering(c, r, provider, f, p, number, letter, lines)
        text(c, 60, top + 6, f"Fund holdings at {long_date(when)}", 10, "Helvetica-Bold")
        t = table(c, top + 14, rows[:split], None)
        text(c, 63, t + 14, "Carried forward", 8.5, "Helvetica-Oblique")
        text(c, W - 62, t + 14, shown(sub), 8.5, "Helvetica-Bold", right=True)
        footer(c, provider, 1, 2)

    def page2(c, r):
        brand(c, provider, 12)
        text(c, W - 40, 56, f"Plan {number}", 9, right=True)
        text(c, 60, 90, "Fund holdings (continued)", 10, "Helvetica-Bold")
        t = table(c, 98, rows[split:], sub)
        text(c, 380, t + 16, "Total value of the plan", 9, "Helvetica-Bold")
        text(c, W - 62, t + 16, shown(value), 9, "Helvetica-Bold", right=True)
        top = t + 50
        for s in [
            "Units are valued at the bid price on the date shown. Prices marked p are in pence.",
            f"If you need a formal transfer pack, please write to us quoting plan {number}.",
            "Yours sincerely",
            "",
            "Customer Services",
        ]:
            top = para(c, 60, top, s, width=470, size=9) + 4 if s else top + 10
        footer(c, provider, 2, 2)

    rec = _record_plan(
        p, provider, number, kind, when, value, transfer, contrib, freq, charge, rows, with_address, with_ni=False
    )
    return [page1, page2], rec


# ---------------------------------------------------------------- statement 1: pension, SMPI, contribution history
def statement_smpi(rng: random.Random):
    """A personal or stakeholder pension annual statement with a contributions history and an SMPI projection."""
    p = pp.person(rng)
    provider = rng.choice(PENSION_HOUSES)
    kind = rng.choice(["personal_pension", "stakeholder_pension"])
    number = policy_number(rng)
    rows, value, transfer, _, charge = plan_facts(
        rng, provider, kind, rng.randint(2, 5), isin=rng.random() < 0.6, pence=rng.choice([None, False])
    )
    if kind == "stakeholder_pension":
        transfer = value
    contrib = Decimal(rng.choice([80, 100, 125, 160, 200, 240, 300, 350]))
    end = dt.date(2026, rng.choice([3, 4, 6, 9]), rng.choice([5, 30, 30]))
    start = dt.date(end.year - 1, end.month, end.day) + dt.timedelta(days=1)
    single = Decimal(rng.choice([0, 0, 1000, 2500, 5000]))
    payments = contrib * 12 + single
    previous = pp.q2(value * Decimal(rng.randint(80, 95)) / 100 - payments / 2)
    if previous <= 0:
        previous = pp.q2(value / 2)
    charges = pp.q2(value * Decimal(charge) / 100)
    growth = value - previous - payments + charges
    with_ni = rng.random() < 0.6
    age = rng.choice([65, 66, 67, 68])
    projected = pp.q2(value * Decimal(rng.randint(150, 260)) / 100)
    income = pp.q2(projected * Decimal("0.055"))

    def page1(c, r):
        brand(c, provider)
        text(c, W - 40, 50, "Annual pension statement", 12, "Helvetica-Bold", right=True)
        for i, line in enumerate([f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]):
            text(c, 60, 130 + i * 12, line, 10)
        box(c, 340, 112, W - 380, 86)
        ref = [("Plan number", number), ("Plan", PRODUCTS[kind]), ("Date of birth", slash_date(p["dob"]))]
        if with_ni:
            ref.append(("NI number", p["ni"]))
        ref.append(("Statement period", f"{slash_date(start)} - {slash_date(end)}"))
        for i, (k, v) in enumerate(ref):
            text(c, 346, 126 + i * 15, k, 8, "Helvetica-Bold")
            text(c, 430, 126 + i * 15, v, 8)
        text(c, 40, 236, f"Your plan at {long_date(end)}", 13, "Helvetica-Bold")
        summary = [
            (f"Value at {long_date(start - dt.timedelta(days=1))}", previous),
            ("Payments in", payments),
            ("Charges taken", -charges),
            ("Investment growth", growth),
            (f"Your plan value at {long_date(end)}", value),
        ]
        for i, (k, v) in enumerate(summary):
            t = 258 + i * 17
            bold = i == len(summary) - 1
            text(c, 50, t, k, 9.5, "Helvetica-Bold" if bold else "Helvetica")
            sign = "-" if v < 0 else ""
            text(c, 400, t, f"{sign}£{shown(abs(v))}", 9.5, "Helvetica-Bold" if bold else "Helvetica", right=True)
            if bold:
                rule(c, 50, t - 12, 400)
        top = 258 + len(summary) * 17 + 20
        text(c, 50, top, "Transfer value", 9.5)
        text(c, 400, top, f"£{shown(transfer)}", 9.5, right=True)
        top = para(
            c,
            50,
            top + 20,
            f"Your regular contribution is £{shown(contrib)} a month, collected on the 1st by "
            "direct debit. The amount includes basic rate tax relief claimed for you.",
            width=480,
        )
        top = para(c, 50, top + 6, f"The annual management charge on your funds is {charge}% a year.", width=480)
        para(
            c,
            50,
            top + 14,
            "Your estimated future pension is on page 3. It is an illustration only and is not the value of your plan.",
            width=480,
            size=8.5,
            font="Helvetica-Oblique",
        )
        footer(c, provider, 1, 3)

    def page2(c, r):
        text(c, 40, 60, "Contributions history", 12, "Helvetica-Bold")
        box(c, 40, 70, W - 80, 15, SHADE)
        for name, x in [("Date paid", 45), ("Description", 140), ("Amount", W - 45)]:
            text(c, x, 80.5, name, 8, "Helvetica-Bold", right=name == "Amount")
        t = 85
        month = start
        entries = []
        for _ in range(12):
            entries.append((month.replace(day=1) if month.day > 1 else month, "Regular contribution", contrib))
            month = (month.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        if single:
            entries.insert(r.randint(2, 10), (entries[5][0] + dt.timedelta(days=14), "Single contribution", single))
        for d, desc, amt in entries:
            t += 13
            text(c, 45, t, slash_date(d), 8)
            text(c, 140, t, desc, 8)
            text(c, W - 45, t, shown(amt), 8, right=True)
        t += 16
        rule(c, 40, t - 10, W - 40)
        text(c, 140, t, "Total paid in the period", 8.5, "Helvetica-Bold")
        text(c, W - 45, t, shown(payments), 8.5, "Helvetica-Bold", right=True)
        t += 34
        text(c, 40, t, f"Your investments at {long_date(end)}", 12, "Helvetica-Bold")
        t += 10
        box(c, 40, t, W - 80, 15, SHADE)
        for name, x, right in [
            ("Fund", 45, False),
            ("ISIN", 260, False),
            ("Units", 410, True),
            ("Price", 470, True),
            ("Value (£)", W - 45, True),
        ]:
            text(c, x, t + 10.5, name, 8, "Helvetica-Bold", right=right)
        t += 15
        for r in rows:
            t += 13
            text(c, 45, t, r["fund_name"], 8)
            text(c, 260, t, r["isin"] or "-", 8)
            text(c, 410, t, r["units"], 8, right=True)
            text(c, 470, t, r["unit_price"] + ("p" if r["currency"] == "GBX" else ""), 8, right=True)
            text(c, W - 45, t, shown(r["value"]), 8, right=True)
        t += 16
        text(c, 300, t, "Total", 8.5, "Helvetica-Bold")
        text(c, W - 45, t, shown(value), 8.5, "Helvetica-Bold", right=True)
        footer(c, provider, 2, 3)

    def page3(c, r):
        text(c, 40, 60, "Your pension in the future", 12, "Helvetica-Bold")
        text(c, 40, 74, "Statutory Money Purchase Illustration (SMPI)", 9, "Helvetica-Oblique")
        items = [
            ("Selected retirement age", str(age)),
            (f"Estimated plan value at age {age}, in today's money", f"£{shown(projected)}"),
            ("Estimated income a year from that value", f"£{shown(income)}"),
        ]
        for i, (k, v) in enumerate(items):
            text(c, 50, 100 + i * 16, k, 9.5)
            text(c, 470, 100 + i * 16, v, 9.5, right=True)
        top = 160
        for s in [
            "These figures are estimates, not guarantees. They assume contributions continue at the current "
            "rate, inflation of 2.5% a year and investment growth set by the volatility of your funds.",
            "The illustration assumes you use the whole plan to buy a level annuity and take no tax-free cash.",
            "The value of your plan can go down as well as up and could be less than the amount paid in.",
        ]:
            top = para(c, 50, top, s, width=480, size=8.5) + 6
        footer(c, provider, 3, 3)

    rec = _record_plan(
        p, provider, number, kind, end, value, transfer, contrib, "monthly", charge, rows, True, with_ni=with_ni
    )
    rec["period_start"] = start.isoformat()
    return [page1, page2, page3], rec


# ---------------------------------------------------------------- statement 2: with-profits endowment bonus statement
def statement_endowment(rng: random.Random):
    """A unitised with-profits endowment's annual bonus statement: sum assured, bonuses, policy and surrender values."""
    p = pp.person(rng)
    provider = rng.choice(WITH_PROFITS)
    number = policy_number(rng)
    rows = pp.holdings(rng, rng.randint(1, 2), pence=rng.random() < 0.5, with_isin=False)
    rows[0]["fund_name"] = rng.choice(
        ["With-Profits Fund (Series 2)", "With-Profits Fund", "Unitised With-Profits Fund"]
    )
    if len(rows) > 1:
        rows[1]["fund_name"] = rng.choice(["Managed Fund", "Balanced Managed Life Fund"])
    value = sum((r["value"] for r in rows), Decimal(0))
    mvr = pp.q2(value * Decimal(rng.randint(0, 60)) / 1000) if rng.random() < 0.6 else Decimal(0)
    surrender = value - mvr
    premium = Decimal(rng.choice([25, 30, 45, 50, 62, 75, 90, 120]))
    sum_assured = Decimal(rng.randint(150, 900) * 100)
    total_bonus = pp.q2(sum_assured * Decimal(rng.randint(80, 450)) / 1000)
    rate = Decimal(rng.randint(50, 300)) / 100
    this_year = pp.q2((sum_assured + total_bonus) * rate / 100)
    end = dt.date(2026, rng.choice([1, 2, 3, 4, 5]), rng.choice([1, 15, 28]))
    start = dt.date(end.year - 1, end.month, end.day) + dt.timedelta(days=1)
    began = dt.date(rng.randint(1994, 2006), rng.randint(1, 12), 1)
    matures = began.replace(year=began.year + rng.choice([25, 30]))
    with_dob = rng.random() < 0.5

    def page1(c, r):
        brand(c, provider)
        text(c, W - 40, 50, "Annual bonus statement", 12, "Helvetica-Bold", right=True)
        text(c, W - 40, 64, f"Bonus year {long_date(start)} to {long_date(end)}", 8.5, right=True)
        for i, line in enumerate([f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]):
            text(c, 60, 126 + i * 12, line, 10)
        top = 220
        heads = ["Policy number", "Type of policy", "Start date", "Maturity date", "Basic sum assured"]
        vals = [number, "With-profits endowment", slash_date(began), slash_date(matures), f"£{shown(sum_assured)}"]
        if with_dob:
            heads[2], vals[2] = "Life assured born", slash_date(p["dob"])
        cw = (W - 80) / 5
        for i, (hd, v) in enumerate(zip(heads, vals, strict=True)):
            box(c, 40 + i * cw, top, cw, 30)
            text(c, 44 + i * cw, top + 11, hd, 7, "Helvetica-Bold")
            text(c, 44 + i * cw, top + 24, v, 8.5)
        top += 54
        text(c, 40, top, "Bonuses", 11, "Helvetica-Bold")
        lines = [
            ("Regular bonus rate declared for the year", f"{rate}%"),
            ("Bonus added this year", f"£{shown(this_year)}"),
            ("Total regular bonuses now attaching", f"£{shown(total_bonus + this_year)}"),
            ("Guaranteed amount payable on death or maturity", f"£{shown(sum_assured + total_bonus + this_year)}"),
        ]
        for i, (k, v) in enumerate(lines):
            text(c, 50, top + 18 + i * 15, k, 9.5)
            text(c, 470, top + 18 + i * 15, v, 9.5, right=True)
        top += 18 + len(lines) * 15 + 16
        text(c, 40, top, f"What your policy is worth on {long_date(end)}", 11, "Helvetica-Bold")
        box(c, 40, top + 8, W - 80, 15, SHADE)
        for name, x, right in [
            ("Fund", 45, False),
            ("Units", 330, True),
            ("Unit price", 420, True),
            ("Value", W - 45, True),
        ]:
            text(c, x, top + 18.5, name, 8, "Helvetica-Bold", right=right)
        t = top + 23
        for r in rows:
            t += 14
            text(c, 45, t, r["fund_name"], 9)
            text(c, 330, t, r["units"], 9, right=True)
            text(c, 420, t, r["unit_price"] + ("p" if r["currency"] == "GBX" else ""), 9, right=True)
            text(c, W - 45, t, f"£{shown(r['value'])}", 9, right=True)
        t += 20
        text(c, 50, t, "Policy value", 9.5, "Helvetica-Bold")
        text(c, W - 45, t, f"£{shown(value)}", 9.5, "Helvetica-Bold", right=True)
        t += 16
        if mvr:
            text(c, 50, t, "Market value reduction if surrendered now", 9.5)
            text(c, W - 45, t, f"-£{shown(mvr)}", 9.5, right=True)
            t += 16
        text(c, 50, t, "Surrender value", 9.5, "Helvetica-Bold")
        text(c, W - 45, t, f"£{shown(surrender)}", 9.5, "Helvetica-Bold", right=True)
        t += 28
        para(
            c,
            40,
            t,
            f"Your monthly premium is £{shown(premium)}. Please keep paying it to keep the guaranteed "
            "amount shown above.",
            width=500,
        )
        footer(c, provider, 1, 2)

    def page2(c, r):
        text(c, 40, 60, "About your bonus statement", 12, "Helvetica-Bold")
        top = 82
        for q, a in [
            ("What is the basic sum assured?", "The minimum we pay at maturity or on death if every premium is paid."),
            (
                "What is a regular bonus?",
                "A bonus added each year. Once added it cannot be taken away if the policy runs to maturity.",
            ),
            (
                "Is there a final bonus?",
                "A final (terminal) bonus may be added at maturity. It is not "
                "guaranteed and is not shown in this statement.",
            ),
            (
                "Why is the surrender value lower?",
                "If you cash in early we may apply a market value "
                "reduction so that leaving policyholders take a fair share of the fund.",
            ),
        ]:
            text(c, 40, top, q, 9.5, "Helvetica-Bold")
            top = para(c, 40, top + 13, a, width=500, size=9) + 8
        footer(c, provider, 2, 2)

    rec = _record_plan(
        p,
        provider,
        number,
        "other",
        end,
        value,
        surrender,
        premium,
        "monthly",
        None,
        rows,
        True,
        with_dob=with_dob,
        with_ni=False,
    )
    rec["period_start"] = start.isoformat()
    return [page1, page2], rec


LAYOUTS = {
    "loa-provider-schedule": ("loa", loa_schedule),
    "loa-tickbox-footbox": ("loa", loa_tickbox),
    "reply-policy-schedule": ("loa_response", reply_schedule),
    "reply-running-text": ("loa_response", reply_prose),
    "statement-smpi-contributions": ("annual_statement", statement_smpi),
    "statement-endowment-bonus": ("annual_statement", statement_endowment),
}
