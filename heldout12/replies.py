"""heldout12's two LoA-reply layouts: a two-level valuation statement, and a letter with an information schedule."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from common import (
    GREY,
    INSURERS,
    LIGHT,
    WEBSITES,
    Firm,
    Person,
    footer,
    fund,
    long_date,
    money,
    ni_printed,
    para,
    policy_number,
    shown,
    some_date,
)
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4

W, H = A4
BLACK = Color(0, 0, 0)
PLANS = [("personal_pension", "Personal Pension"), ("stakeholder_pension", "Stakeholder Pension"),
         ("workplace_pension", "Group Personal Pension"), ("sipp", "Self-Invested Personal Pension"),
         ("onshore_bond", "Investment Bond"), ("isa", "Stocks and Shares ISA")]


def _plan(rng):
    provider = rng.choice(INSURERS)
    person, firm = Person(rng), Firm(rng)
    plan_type, label = rng.choice(PLANS)
    funds = [fund(rng, pounds=rng.random() < 0.8) for _ in range(rng.randint(2, 5))]
    value = sum(Decimal(f["value"]) for f in funds)
    transfer = None
    if plan_type != "isa" and rng.random() < 0.75:
        cut = Decimal(rng.randint(0, 90000)) / 100 if rng.random() < 0.5 else Decimal(0)
        transfer = value - min(cut, (value / 10).quantize(Decimal("0.01")))
    contrib, freq = None, None
    if plan_type != "onshore_bond" and rng.random() < 0.6:
        freq = rng.choice(["monthly", "monthly", "annually", "quarterly"])
        contrib = Decimal(rng.randint(25, 900)) * (Decimal(1) if freq != "annually" else Decimal(10))
    charge = rng.choice([None, "0.75", "1.00", "0.50", "0.85", "1.25"])
    val_date = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    letter_date = val_date + dt.timedelta(days=rng.randint(1, 9))
    return dict(provider=provider, person=person, firm=firm, plan_type=plan_type, label=label, funds=funds,
                value=value, transfer=transfer, contrib=contrib, freq=freq, charge=charge, val_date=val_date,
                letter_date=letter_date, policy=policy_number(rng, provider))


def _record(p, with_address, with_ni):
    person = p["person"]
    return {
        "provider": p["provider"], "policy_number": p["policy"], "client_title": person.title,
        "client_name": person.name, "client_dob": person.dob.isoformat(), "ni_number": person.ni if with_ni else None,
        "client_address": person.address if with_address else None,
        "client_postcode": person.postcode if with_address else None, "plan_type": p["plan_type"],
        "valuation_date": p["val_date"].isoformat(), "plan_value": money(p["value"]),
        "transfer_value": money(p["transfer"]) if p["transfer"] is not None else None,
        "regular_contribution": money(p["contrib"]) if p["contrib"] is not None else None,
        "contribution_frequency": p["freq"], "annual_charge_percent": p["charge"],
        "holdings": [dict(f) for f in p["funds"]],
    }


def _letterhead(c, provider, right_lines):
    c.setFont("Helvetica-Bold", 20)
    c.setFillColor(Color(0.1, 0.3, 0.3))
    c.drawString(50, H - 60, provider)
    c.setFillColor(BLACK)
    c.setFont("Helvetica", 8)
    y = H - 44
    for line in right_lines:
        c.drawRightString(W - 50, y, line)
        y -= 10


def _to_firm(c, firm, y):
    c.setFont("Helvetica", 10)
    for line in [firm.adviser, firm.name, *firm.lines, firm.postcode]:
        c.drawString(50, y, line)
        y -= 13
    return y


_FREQ = {"monthly": "per month", "quarterly": "per quarter", "annually": "per year"}


def valuation_two_level(rng: random.Random, seed_key: str):
    """Cover letter, then a "Valuation statement": a plan line, its funds indented beneath, "Total for this plan"."""
    p = _plan(rng)
    person, firm, provider = p["person"], p["firm"], p["provider"]
    with_address = rng.random() < 0.6
    with_ni = rng.random() < 0.5
    ref = f"LOA/{rng.randint(100000, 999999)}"
    ni_text = ni_printed(rng, person.ni)
    val_text = some_date(rng, p["val_date"])
    dob_text = some_date(rng, person.dob)
    started = dt.date(rng.randint(1998, 2018), rng.randint(1, 12), 1)
    web = WEBSITES[provider]

    def cover(c):
        _letterhead(c, provider, ["Adviser Servicing Team", "Customer Centre", web])
        y = _to_firm(c, firm, H - 130)
        c.drawRightString(W - 50, H - 130, long_date(p["letter_date"]))
        c.drawRightString(W - 50, H - 143, f"Our reference {ref}")
        y -= 20
        c.drawString(50, y, f"Dear {firm.adviser.split()[0]},")
        y -= 22
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, f"Your client: {person.title} {person.name}")
        y -= 20
        y = para(c, 50, y, "Thank you for your letter of authority, which we have now added to our records. "
                 "The enclosed valuation statement shows the plan we hold for your client and the funds it is "
                 f"invested in, priced at close of business on {long_date(p['val_date'])}.", W - 100, size=10)
        y -= 6
        y = para(c, 50, y, "Values can go down as well as up and are not guaranteed. If you would like a formal "
                 "transfer pack, please ask and quote our reference.", W - 100, size=10)
        y -= 20
        c.setFont("Helvetica", 10)
        c.drawString(50, y, "Yours sincerely,")
        c.drawString(50, y - 40, "Adviser Servicing Team")
        footer(c, W, f"{provider}  |  {web}", 1, 3)

    def statement(c):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, H - 60, "Valuation statement")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 76, f"Prepared for {firm.name} on behalf of the planholder below")
        y = H - 104
        facts = [("Planholder", f"{person.title} {person.name}"), ("Date of birth", dob_text)]
        if with_ni:
            facts.append(("National Insurance number", ni_text))
        if with_address:
            facts.append(("Address", ", ".join(person.lines) + "  " + person.postcode))
        facts.append(("Valuation date", val_text))
        for k, v in facts:
            c.setFont("Helvetica", 9)
            c.setFillColor(GREY)
            c.drawString(50, y, k)
            c.setFillColor(BLACK)
            c.setFont("Helvetica", 10)
            c.drawString(190, y, v)
            y -= 14
        y -= 14
        cols = [50, 302, 385, 445, 545]
        c.setFillColor(LIGHT)
        c.rect(46, y - 4, W - 92, 16, stroke=0, fill=1)
        c.setFillColor(BLACK)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(cols[0], y, "Plan / fund")
        c.drawString(cols[1], y, "ISIN")
        c.drawRightString(cols[2] + 50, y, "Units")
        pence = p["funds"][0]["price_currency"] == "GBX"
        c.drawRightString(cols[3] + 50, y, "Price")
        c.drawRightString(cols[4], y, "Value (£)")
        y -= 20
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(cols[0], y, f"{p['label']}  {p['policy']}")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(cols[4], y, f"started {started.strftime('%d/%m/%Y')}")
        y -= 15
        for f in p["funds"]:
            c.setFont("Helvetica", 7.8)
            c.drawString(cols[0] + 12, y, f["fund_name"])
            c.drawString(cols[1], y, f["isin"])
            c.drawRightString(cols[2] + 50, y, f"{Decimal(f['units']):,.3f}")
            price = f["unit_price"] + ("p" if f["price_currency"] == "GBX" else "")
            c.drawRightString(cols[3] + 50, y, price if f["price_currency"] == "GBX" else "£" + price)
            c.drawRightString(cols[4], y, shown(f["value"], pound=False))
            y -= 14
        c.line(cols[3], y + 8, cols[4], y + 8)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(cols[0] + 14, y - 2, "Total for this plan")
        c.drawRightString(cols[4], y - 2, shown(p["value"], pound=False))
        y -= 34
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Plan details")
        y -= 16
        rows = []
        if p["transfer"] is not None:
            rows.append(("Transfer value at the valuation date", shown(p["transfer"])))
        if p["contrib"] is not None:
            rows.append(("Regular payment", f"{shown(p['contrib'])} {_FREQ[p['freq']]} by direct debit"))
        else:
            rows.append(("Regular payment", "None being paid"))
        if p["charge"]:
            rows.append(("Annual management charge", f"{p['charge']}% a year"))
        rows.append(("Selected retirement date" if p["plan_type"] not in ("isa", "onshore_bond") else "Start date",
                     long_date(started if p["plan_type"] in ("isa", "onshore_bond") else
                               dt.date(person.dob.year + 65, person.dob.month, 1))))
        for k, v in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(64, y, k)
            c.drawString(300, y, v)
            y -= 14
        note = "Prices marked p are in pence per unit; values are in pounds." if pence else (
            "Prices are per unit, at the bid price where a fund has one; prices marked p are in pence.")
        para(c, 50, 90, note, W - 100, size=7.5)
        footer(c, W, f"{provider}  |  {web}  |  {ref}", 2, 3)

    def notes(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "Notes to the valuation")
        y = H - 84
        for n, text in enumerate([
            "The values shown are based on unit prices at the valuation date and are not guaranteed.",
            "A transfer value may be lower than the fund value where an exit charge or a market value reduction "
            "applies.",
            "Charges are taken from the fund by cancelling units, or are built into the unit price.",
            "We have not given advice. Please speak to your client about whether any change is right for them.",
        ], 1):
            y = para(c, 50, y, f"{n}. {text}", W - 100, size=9) - 6
        footer(c, W, f"{provider}  |  {web}  |  {ref}", 3, 3)

    return _record(p, with_address, with_ni), [cover, statement, notes]


def information_schedule(rng: random.Random, seed_key: str):
    """A short letter, then an "Information schedule" of numbered questions and answers, and a fund table."""
    p = _plan(rng)
    person, firm, provider = p["person"], p["firm"], p["provider"]
    with_address = rng.random() < 0.7
    with_ni = rng.random() < 0.7
    ref = f"{rng.choice('ABCDEFGH')}{rng.randint(1000000, 9999999)}"
    ni_text = ni_printed(rng, person.ni)
    val_text = some_date(rng, p["val_date"])
    dob_text = some_date(rng, person.dob)
    web = WEBSITES[provider]
    style = rng.randrange(2)

    def letter(c):
        _letterhead(c, provider, [web, "Requests for information"])
        y = _to_firm(c, firm, H - 130)
        c.drawRightString(W - 50, H - 130, some_date(random.Random(seed_key + "d"), p["letter_date"]))
        y -= 22
        c.drawString(50, y, "Dear Sir or Madam")
        y -= 20
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, f"Information request - {person.title} {person.surname}")
        y -= 20
        y = para(c, 50, y, f"We have received your request for information and the authority signed by our "
                 f"customer. Our answers are set out in the information schedule attached. Please quote {ref} in "
                 "any further letters.", W - 100, size=10)
        y -= 16
        c.setFont("Helvetica", 10)
        c.drawString(50, y, "Yours faithfully")
        c.drawString(50, y - 36, "Information Requests Team")
        footer(c, W, web, 1, 2)

    def schedule(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, H - 56, "Information schedule")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 70, f"Reference {ref}   Figures as at {val_text}")
        qa = [("Plan number", p["policy"]), ("Type of plan", p["label"]),
              ("Planholder's full name", f"{person.title} {person.name}"), ("Date of birth", dob_text)]
        if with_ni:
            qa.append(("National Insurance number", ni_text))
        if with_address:
            qa.append(("Address held on our records", f"{', '.join(person.lines)}, {person.postcode}"))
        qa.append(("Date of valuation", val_text))
        qa.append(("Current plan value", shown(p["value"])))
        qa.append(("Transfer value", shown(p["transfer"]) if p["transfer"] is not None else "Not applicable"))
        if p["contrib"] is not None:
            qa.append(("Regular contributions", f"{shown(p['contrib'])} {_FREQ[p['freq']]}"))
        else:
            qa.append(("Regular contributions", "No regular contributions are being paid"))
        qa.append(("Annual management charge", f"{p['charge']}%" if p["charge"] else "Please see the key features"))
        qa.append(("Guaranteed annuity rate or other guarantees", "None"))
        qa.append(("Fund holdings", "See the table below"))
        y = H - 96
        for n, (q, a) in enumerate(qa, 1):
            c.setFont("Helvetica-Bold", 9.5)
            if style == 0:
                c.drawString(50, y, f"Q{n}  {q}")
                c.setFont("Helvetica", 9.5)
                c.drawString(70, y - 12, f"A{n}  {a}")
                y -= 28
            else:
                c.drawString(50, y, f"{n}.")
                c.drawString(66, y, q)
                c.setFont("Helvetica", 9.5)
                c.drawString(300, y, a)
                y -= 16
        y -= 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "Fund")
        c.drawString(290, y, "ISIN")
        c.drawRightString(420, y, "Units")
        c.drawRightString(480, y, "Unit price")
        c.drawRightString(545, y, "Value")
        c.line(50, y - 4, 545, y - 4)
        y -= 16
        for f in p["funds"]:
            c.setFont("Helvetica", 7.6)
            c.drawString(50, y, f["fund_name"])
            c.drawString(290, y, f["isin"])
            c.drawRightString(420, y, f["units"])
            c.drawRightString(480, y, f["unit_price"] + ("p" if f["price_currency"] == "GBX" else ""))
            c.drawRightString(545, y, shown(f["value"]))
            y -= 13
        c.line(420, y + 6, 545, y + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 4, "Total")
        c.drawRightString(545, y - 4, shown(p["value"]))
        para(c, 50, 60, "Unit prices are in pounds unless shown with p (pence). This schedule is not a transfer "
             "quotation.", W - 100, size=7)
        footer(c, W, web, 2, 2)

    return _record(p, with_address, with_ni), [letter, schedule]
