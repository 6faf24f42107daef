"""Letters of Authority for heldout6: four layouts, five ways of signing (or not).

Each layout draws one PDF and returns the truth record (spec/record.md, loa fields) of what it printed.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from draw import Col, Flow, W
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from world import ADVISERS, FIRMS, Person, date, person, policy_number

PLAN_WORDS = {"personal_pension": "Personal Pension", "sipp": "Self-Invested Personal Pension",
              "isa": "Stocks & Shares ISA", "gia": "General Investment Account", "onshore_bond": "Investment Bond",
              "offshore_bond": "International Portfolio Bond", "workplace_pension": "Group Personal Pension",
              "stakeholder_pension": "Stakeholder Pension"}
STYLES = ["pp", "spaced", "hyph", "sipp", "isa", "num", "acct"]


def _sign(f: Flow, how: str, x: float, y: float, rng: random.Random, who: Person, when: dt.date) -> None:
    """Put a signature mark with its lower left near (x, y)."""
    c = f.c
    if how == "strokes":
        c.setStrokeColorRGB(0.05, 0.1, 0.35)
        c.setLineWidth(1.3)
        pts = [(x + i * 9 + rng.uniform(-2, 2), y + rng.uniform(2, 22)) for i in range(12)]
        for a, b in zip(pts, pts[1:], strict=False):
            c.line(a[0], a[1], b[0], b[1])
        c.setStrokeColorRGB(0, 0, 0)
    elif how == "curves":
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(1.1)
        px = x
        for _ in range(4):
            c.bezier(px, y + 6, px + rng.uniform(5, 15), y + rng.uniform(18, 30), px + rng.uniform(15, 25),
                     y - rng.uniform(0, 6), px + 30, y + rng.uniform(4, 14))
            px += 28
        c.line(x - 4, y + 2, x + 110, y + 5)
        c.setStrokeColorRGB(0, 0, 0)
    elif how == "image":
        img = Image.new("L", (360, 90), 255)
        d = ImageDraw.Draw(img)
        pts = [(10 + i * 26, 45 + rng.randint(-30, 30)) for i in range(13)]
        d.line(pts, fill=20, width=4)
        d.line([(20, 70), (330, 62)], fill=40, width=3)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), x, y - 4, 120, 30)
    elif how == "esign":
        c.setStrokeColorRGB(0.2, 0.3, 0.6)
        c.setLineWidth(0.8)
        c.roundRect(x - 4, y - 14, 200, 44, 4, stroke=1, fill=0)
        c.setStrokeColorRGB(0, 0, 0)
        f.put(x + 2, y + 20, "Signed electronically by:", "Helvetica", 6.5)
        f.put(x + 2, y + 6, who.name, "Times-BoldItalic", 13)
        stamp = f"{when.isoformat()} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} GMT"
        f.put(x + 2, y - 6, f"{stamp}  ref {rng.randint(10**7, 10**8 - 1):X}", "Helvetica", 6.5)


def _addressee(f: Flow, provider: str, rng: random.Random) -> None:
    f.line(provider)
    f.line(rng.choice(["Existing Business Team", "Customer Servicing", "Adviser Support Centre", "Policy Servicing"]))
    f.line(f"PO Box {rng.randint(1000, 9999)}")
    f.line(rng.choice(["Norminster NR9 2ZZ", "Westbury Park WB1 1XX", "Kingsferry KF3 0ZZ"]))


def _footer_firm(firm: str) -> callable:
    def foot(f: Flow) -> None:
        f.put(W / 2, 40, f"{firm} is authorised and regulated by the Financial Conduct Authority.", size=6.5,
              align="c")
        f.put(W / 2, 31, "Registered office as above.", size=6.5, align="c")
    return foot


def make(path: Path, rng: random.Random, layout: str, sign: str, provider: str, plan_type: str) -> dict:
    who = person(rng)
    firm = rng.choice(FIRMS)
    adviser = rng.choice(ADVISERS) if rng.random() < 0.75 else None
    style = rng.choice(STYLES)
    pols = [policy_number(rng, style) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    signed = dt.date(2025, 11, 3) + dt.timedelta(days=rng.randint(0, 350))
    dated = sign != "none" or rng.random() < 0.4  # some unsigned letters still carry a date by the line
    dstyle = rng.choice(["long", "dmy", "dmon", "iso", "wd", "up", "short"])
    ctx = dict(who=who, firm=firm, adviser=adviser, pols=pols, signed=signed, dated=dated, dstyle=dstyle,
               provider=provider, plan_type=plan_type, sign=sign)
    shown = {"letterhead": _letterhead, "form": _form, "esign": _esign_letter, "brief": _brief}[layout](path, rng, ctx)
    return {
        "provider": provider,
        "policy_numbers": [p[1] for p in pols],
        "client_title": who.title if shown.get("title", True) else None,
        "client_name": shown.get("name", who.name),
        "client_dob": who.dob.isoformat() if shown.get("dob", True) else None,
        "ni_number": who.ni if shown.get("ni", True) else None,
        "client_address": shown.get("address", ", ".join(who.lines)),
        "client_postcode": who.postcode,
        "adviser_firm": firm,
        "fca_frn": None,
        "adviser_name": adviser if shown.get("adviser", True) else None,
        "date_signed": signed.isoformat() if dated else None,
        "signature_present": sign != "none",
    }


def _sigblock(f: Flow, rng: random.Random, ctx: dict, label: str = "Signed", upper: bool = False) -> None:
    who, signed = ctx["who"], ctx["signed"]
    f.need(90)
    f.space(30)
    y = f.y
    f.put(f.left, y, f"{label}:", f.bold)
    f.c.setLineWidth(0.5)
    f.c.line(f.left + 60, y - 2, f.left + 260, y - 2)
    if ctx["sign"] != "none":
        _sign(f, ctx["sign"], f.left + 70, y, rng, who, signed)
    f.put(f.left + 290, y, "Date:", f.bold)
    f.c.line(f.left + 320, y - 2, f.left + 450, y - 2)
    if ctx["dated"]:
        f.put(f.left + 325, y + 1, date(signed, ctx["dstyle"]))
    f.y = y - 20
    f.line(f"Print name: {who.titled().upper() if upper else who.titled()}")


def _letterhead(path: Path, rng: random.Random, ctx: dict) -> dict:
    who, firm, adviser = ctx["who"], ctx["firm"], ctx["adviser"]

    def head(f: Flow) -> None:
        if f.page == 1:
            f.put(f.right, H_TOP, firm, "Helvetica-Bold", 14, "r")
            f.put(f.right, H_TOP - 14, "Unit 4, Wharfside Business Park, Elmbridge EL4 9ZZ", size=7.5, align="r")
            f.put(f.right, H_TOP - 24, "Telephone 0300 555 0199  ·  enquiries@example.org", size=7.5, align="r")
            f.y = H_TOP - 60

    f = Flow(path, header=head, footer=_footer_firm(firm))
    prepared = ctx["signed"] - dt.timedelta(days=rng.randint(0, 9))
    _addressee(f, ctx["provider"], rng)
    f.space(10)
    f.line(date(prepared, "long"))
    f.space(10)
    f.line("Dear Sir or Madam", gap=20)
    f.line("LETTER OF AUTHORITY - INFORMATION ONLY", font=f.bold, size=10.5)
    f.space(4)
    rows = [("Policyholder", who.titled()), ("Date of birth", date(who.dob, ctx["dstyle"])),
            ("National Insurance number", " ".join([who.ni[:2], who.ni[2:4], who.ni[4:6], who.ni[6:8], who.ni[8]])),
            ("Address", ", ".join(who.lines)), ("Postcode", who.postcode)]
    f.pairs(rows, x_value=f.left + 150, label_font=f.bold)
    f.space(4)
    f.line("Plans held with you:", font=f.bold)
    for printed, _ in ctx["pols"]:
        f.line(f"\u2022  {PLAN_WORDS[ctx['plan_type']]} - policy number {printed}", x=f.left + 12)
    f.space(6)
    adv = f", and in particular {adviser}," if adviser else ""
    f.para(f"I hereby authorise you to release to {firm}{adv} any information they request about the plans "
           "listed above and any other plans I hold with you. This authority is for information only and does not "
           "allow any change to the plans or any movement of money. Please treat this letter as valid until I "
           "withdraw it in writing. A photocopy or scanned copy of this letter is as valid as the original.")
    f.para("Please send the information to the address at the top of this letter, quoting our reference "
           f"{who.surname[:3].upper()}/{rng.randint(1000, 9999)}.")
    if adviser:
        f.line(f"Adviser: {adviser}")
    _sigblock(f, rng, ctx)
    f.save()
    return {}


H_TOP = 800.0


def _form(path: Path, rng: random.Random, ctx: dict) -> dict:
    """The provider's own third-party authority form: labels above boxes, character boxes, numbered sections."""
    who, provider = ctx["who"], ctx["provider"]

    def head(f: Flow) -> None:
        f.c.setFillColorRGB(0.15, 0.25, 0.45)
        f.c.rect(0, 790, W, 52, stroke=0, fill=1)
        f.c.setFillColorRGB(1, 1, 1)
        f.put(40, 812, provider, "Helvetica-Bold", 18)
        f.put(W - 40, 812, "Third party authority", "Helvetica-Bold", 12, "r")
        f.c.setFillColorRGB(0, 0, 0)
        f.y = 765

    def foot(f: Flow) -> None:
        f.put(40, 30, f"{provider}  ·  Form TPA/{rng.randint(10, 99)}  ·  Page {f.page}", size=6.5)

    f = Flow(path, header=head, footer=foot, left=40, right=W - 40)
    f.para("Use this form to let a financial adviser firm receive information about your policies. Please "
           "write in BLOCK CAPITALS and black ink.", size=8.5)

    def boxes(label: str, value: str, x: float, width: float) -> None:
        f.put(x, f.y, label, "Helvetica", 7.5)
        f.c.setLineWidth(0.6)
        f.c.rect(x, f.y - 22, width, 16, stroke=1, fill=0)
        f.put(x + 4, f.y - 17, value, "Courier", min(10.0, (width - 8) / (0.6 * max(len(value), 1))))

    def chars(label: str, value: str, x: float, n: int) -> None:
        f.put(x, f.y, label, "Helvetica", 7.5)
        for i in range(n):
            f.c.rect(x + i * 14, f.y - 22, 13, 16, stroke=1, fill=0)
            if i < len(value) and value[i] != " ":
                f.put(x + i * 14 + 3, f.y - 17, value[i], "Courier", 10)

    def section(title: str) -> None:
        f.need(40)
        f.heading(title, size=10, shade=(0.88, 0.9, 0.95))

    section("1  Your details")
    boxes("Title", who.title or "", f.left, 50)
    boxes("First name(s)", " ".join(p for p in (who.first, who.middle) if p).upper(), f.left + 60, 200)
    boxes("Surname", who.surname.upper(), f.left + 270, 245)
    f.y -= 34
    chars("Date of birth (DD MM YYYY)", who.dob.strftime("%d%m%Y"), f.left, 8)
    chars("National Insurance number", who.ni, f.left + 150, 9)
    f.y -= 34
    boxes("Address", ", ".join(who.lines).upper(), f.left, 400)
    boxes("Postcode", who.postcode, f.left + 410, 105)
    f.y -= 40
    section("2  Policies this authority covers")
    for i, (printed, _) in enumerate(ctx["pols"], 1):
        boxes(f"Policy number {i}", printed, f.left, 200)
        f.y -= 32
    section("3  Your adviser")
    boxes("Firm name", ctx["firm"], f.left, 300)
    boxes("FCA firm reference number", "", f.left + 310, 205)
    f.y -= 32
    boxes("Adviser name", ctx["adviser"] or "", f.left, 300)
    f.y -= 36
    section("4  What we can share")
    f.c.rect(f.left, f.y - 2, 9, 9, stroke=1, fill=0)
    f.put(f.left + 1.5, f.y, "X", "Helvetica-Bold", 8)
    f.put(f.left + 16, f.y, "Information only (values, funds, charges, benefits)", size=8.5)
    f.c.rect(f.left + 270, f.y - 2, 9, 9, stroke=1, fill=0)
    f.put(f.left + 286, f.y, "Information and servicing rights", size=8.5)
    f.y -= 22
    section("5  Declaration")
    f.para("I authorise the firm named in section 3 to receive information about the policies in section 2. "
           "This authority stays in place until I cancel it.", size=8.5)
    _sigblock(f, rng, ctx, label="Your signature", upper=True)
    f.save()
    # block capitals: the truth is the name and address as the boxes print them
    return {"name": who.name.upper(), "address": ", ".join(who.lines).upper()}


def _esign_letter(path: Path, rng: random.Random, ctx: dict) -> dict:
    """A letter from the adviser firm with the plans in a table, e-signed or signed on a line below."""
    who, firm = ctx["who"], ctx["firm"]

    def head(f: Flow) -> None:
        f.put(f.left, 805, firm.upper(), "Times-Bold", 13)
        f.c.setLineWidth(1.5)
        f.c.line(f.left, 798, f.right, 798)
        f.y = 775

    f = Flow(path, font="Times-Roman", bold="Times-Bold", size=10.5, header=head, footer=_footer_firm(firm))
    f.line(f"To: {ctx['provider']}")
    f.line(f"Date: {date(ctx['signed'], 'long')}" if ctx["dated"] else "Date:")
    f.space(10)
    f.line("Authority to release information", font=f.bold, size=12)
    f.space(4)
    f.para(f"I, {who.titled()}, born on {date(who.dob, 'long')}, of {', '.join(who.lines)} {who.postcode}, "
           f"National Insurance number {who.ni}, authorise {ctx['provider']} to provide {firm} with full details "
           "of the plans below, including current and transfer values, fund holdings, charges and any "
           "guarantees.")
    f.table([Col("Plan type", 200), Col("Plan number", 150), Col("Held in the name of", 130)],
            [("row", [PLAN_WORDS[ctx["plan_type"]], p, who.name]) for p, _ in ctx["pols"]], size=9.5)
    if ctx["adviser"]:
        f.para(f"Please address correspondence for the attention of {ctx['adviser']}.")
    f.para("This authority does not permit any transaction on the plans.")
    f.space(20)
    f.need(70)
    f.put(f.left, f.y, "Signature of the plan holder", f.bold)
    f.y -= 36
    if ctx["sign"] != "none":
        _sign(f, ctx["sign"], f.left + 6, f.y, rng, who, ctx["signed"])
    f.c.line(f.left, f.y - 18, f.left + 220, f.y - 18)
    f.y -= 32
    f.line(who.name)
    f.save()
    return {"title": True}


def _brief(path: Path, rng: random.Random, ctx: dict) -> dict:
    """A short letter: details block at the right, no NI number printed, plans in one sentence."""
    who, firm = ctx["who"], ctx["firm"]
    f = Flow(path, footer=_footer_firm(firm), size=10)
    f.put(f.left, 800, firm, "Helvetica-Bold", 12)
    x = f.right - 200
    f.y = 760
    for ln in [who.titled(), *who.lines, who.postcode]:
        f.line(ln, x=x)
    f.space(8)
    f.line(f"Date of birth: {date(who.dob, 'dmy')}", x=x)
    f.space(16)
    f.line(f"FAO: {ctx['provider']}")
    f.space(12)
    f.line("Dear Sirs", gap=18)
    nums = " and ".join(p for p, _ in ctx["pols"]) if len(ctx["pols"]) < 3 else \
        ", ".join(p for p, _ in ctx["pols"][:-1]) + " and " + ctx["pols"][-1][0]
    plural = "plans" if len(ctx["pols"]) > 1 else "plan"
    f.para(f"Re: my {plural} {nums}", font=f.bold)
    f.para(f"Please accept this letter as my authority for {firm} to obtain any information they need about "
           f"my {plural} with you. Please copy all correspondence to them until further notice.")
    f.line("Yours faithfully")
    _sigblock(f, rng, ctx, label="Signature")
    f.save()
    return {"ni": False, "adviser": False}
