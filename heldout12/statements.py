"""heldout12's two statement layouts: a SIPP with shares, funds and a cash account; a Lifetime ISA with its bonus."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

from common import (
    GREY,
    LIGHT,
    LISA_HOUSES,
    SHARES,
    SIPP_HOUSES,
    WEBSITES,
    Person,
    footer,
    fund,
    isin,
    long_date,
    money,
    ni_printed,
    para,
    shown,
)
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4

W, H = A4
BLACK = Color(0, 0, 0)
Q = Decimal("0.01")


def _address_block(c, person, y, x=60):
    c.setFont("Helvetica", 10)
    for line in [f"{person.title} {person.name}", *person.lines, person.postcode]:
        c.drawString(x, y, line)
        y -= 13
    return y


def _share(rng, used):
    ticker, name = rng.choice([s for s in SHARES if s[0] not in used])
    used.add(ticker)
    qty = rng.randint(40, 6000)
    price = Decimal(rng.randint(3000, 250000)) / 100  # pence
    value = (qty * price / 100).quantize(Q, ROUND_HALF_UP)
    return ticker, {"fund_name": f"{name} Ordinary shares", "isin": isin(rng), "units": str(qty),
                    "unit_price": f"{price:.2f}", "value": money(value), "price_currency": "GBX"}


def sipp_shares(rng: random.Random, seed_key: str):
    """A SIPP annual statement: summary, then shares (ticker, quantity, price in pence), funds and a cash account."""
    provider = rng.choice(SIPP_HOUSES)
    person = Person(rng)
    web = WEBSITES[provider]
    account = f"{rng.choice(['SIPP', 'S', 'PEN'])}{rng.randint(1000000, 9999999)}"
    used: set[str] = set()
    shares = [_share(rng, used) for _ in range(rng.randint(2, 4))]
    funds = [fund(rng, pounds=True) for _ in range(rng.randint(1, 3))]
    cash = Decimal(rng.randint(2000, 900000)) / 100
    invested = sum(Decimal(h["value"]) for _, h in shares) + sum(Decimal(f["value"]) for f in funds)
    total = invested + cash
    end = dt.date(2026, rng.choice([3, 4, 6, 9]), rng.choice([5, 30, 28]))
    start = dt.date(end.year - 1, end.month, end.day) + dt.timedelta(days=1)
    opening = (total * Decimal(rng.uniform(0.82, 0.97))).quantize(Q)
    contrib = Decimal(rng.choice([100, 150, 200, 250, 400, 500])) if rng.random() < 0.6 else None
    relief = (contrib * 12 * Decimal("0.25")).quantize(Q) if contrib else Decimal("0.00")
    charge = rng.choice([None, "0.25", "0.45", "0.35"])
    with_ni = rng.random() < 0.5
    ni_text = ni_printed(rng, person.ni)
    period_text = rng.choice([f"{long_date(start)} to {long_date(end)}",
                              f"{start.strftime('%d/%m/%Y')} - {end.strftime('%d/%m/%Y')}"])
    share_first = rng.random() < 0.6

    def page1(c):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(60, H - 60, provider)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 60, H - 52, web)
        c.drawRightString(W - 60, H - 64, "Self-Invested Personal Pension")
        _address_block(c, person, H - 130)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, H - 250, "Your SIPP annual statement")
        c.setFont("Helvetica", 9.5)
        rows = [("Account number", account), ("Statement period", period_text),
                ("Date of birth", person.dob.strftime("%d/%m/%Y"))]
        if with_ni:
            rows.append(("National Insurance number", ni_text))
        y = H - 272
        for k, v in rows:
            c.setFillColor(GREY)
            c.drawString(60, y, k)
            c.setFillColor(BLACK)
            c.drawString(230, y, v)
            y -= 14
        y -= 16
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, "Summary of your account")
        y -= 18
        growth = total - opening - (contrib * 12 if contrib else 0) - relief
        summary = [(f"Value on {long_date(start - dt.timedelta(days=1))}", opening)]
        if contrib:
            summary += [("Your contributions", contrib * 12), ("Basic-rate tax relief claimed", relief)]
        summary += [("Investment growth, income and charges", growth), (f"Value on {long_date(end)}", total)]
        for k, v in summary:
            c.setFont("Helvetica-Bold" if k.startswith(f"Value on {long_date(end)}") else "Helvetica", 10)
            c.drawString(74, y, k)
            c.drawRightString(W - 80, y, ("-" if v < 0 else "") + shown(abs(v)))
            y -= 16
        y -= 10
        if contrib:
            y = para(c, 60, y, f"You pay {shown(contrib)} by direct debit each month. We claim basic-rate tax "
                     "relief from HMRC and add it to your cash account.", W - 120, size=9.5)
        if charge:
            y = para(c, 60, y, f"Our annual account charge is {charge}% of the value of your investments, taken "
                     "monthly from the cash account.", W - 120, size=9.5)
        footer(c, W, f"{web}   Account {account}", 1, 2)

    def page2(c):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 56, f"Your investments on {long_date(end)}")
        y = H - 84

        def section(title, head, rows):
            nonlocal y
            c.setFillColor(LIGHT)
            c.rect(46, y - 4, W - 92, 16, stroke=0, fill=1)
            c.setFillColor(BLACK)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(50, y, title)
            y -= 16
            c.setFont("Helvetica-Bold", 8)
            xs = [50, 88, 302, 425, 487, 545]
            for i, h in enumerate(head):
                (c.drawString if i < 3 else c.drawRightString)(xs[i], y, h)
            y -= 13
            c.setFont("Helvetica", 7.8)
            for r in rows:
                for i, v in enumerate(r):
                    (c.drawString if i < 3 else c.drawRightString)(xs[i], y, v)
                y -= 12
            y -= 10

        share_rows = [(t, h["fund_name"], h["isin"], f"{int(h['units']):,}", h["unit_price"],
                       shown(h["value"], pound=False)) for t, h in shares]
        fund_rows = [("", f["fund_name"], f["isin"], f"{Decimal(f['units']):,.3f}", f["unit_price"],
                      shown(f["value"], pound=False)) for f in funds]
        s_args = ("Shares", ["Ticker", "Company", "ISIN", "Quantity", "Price (p)", "Value (£)"], share_rows)
        f_args = ("Funds", ["", "Fund", "ISIN", "Units", "Price (£)", "Value (£)"], fund_rows)
        for args in (s_args, f_args) if share_first else (f_args, s_args):
            section(*args)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, "Cash account")
        c.drawRightString(545, y, shown(cash, pound=False))
        y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(50, y, "Cash held in the SIPP bank account, including tax relief received and not yet invested.")
        y -= 20
        c.line(400, y + 10, 545, y + 10)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 2, "Total SIPP value")
        c.drawRightString(545, y - 2, shown(total))
        para(c, 50, 70, "Share prices are mid-market closing prices in pence; fund prices are in pounds. Values are "
             "rounded to the nearest penny. Past performance is not a guide to the future.", W - 100, size=7)
        footer(c, W, f"{web}   Account {account}", 2, 2)

    holdings = [h for _, h in shares] + funds if share_first else funds + [h for _, h in shares]
    record = {
        "provider": provider, "policy_number": account, "client_title": person.title, "client_name": person.name,
        "client_dob": person.dob.isoformat(), "ni_number": person.ni if with_ni else None,
        "client_address": person.address, "client_postcode": person.postcode, "plan_type": "sipp",
        "valuation_date": end.isoformat(), "period_start": start.isoformat(), "plan_value": money(total),
        "transfer_value": None, "regular_contribution": money(contrib) if contrib else None,
        "contribution_frequency": "monthly" if contrib else None, "annual_charge_percent": charge,
        "holdings": holdings,
    }
    return record, [page1, page2]


def lisa_bonus(rng: random.Random, seed_key: str):
    """A Lifetime ISA yearly statement: a payments and government bonus table by tax year, then the funds."""
    provider = rng.choice(LISA_HOUSES)
    person = Person(rng)
    person.dob = dt.date(rng.randint(1984, 2000), rng.randint(1, 12), rng.randint(1, 28))
    web = WEBSITES[provider]
    account = f"LISA{rng.randint(100000, 999999)}" if rng.random() < 0.5 else f"{rng.randint(10000000, 99999999)}"
    funds = [fund(rng, pounds=rng.random() < 0.7) for _ in range(rng.randint(1, 3))]
    total = sum(Decimal(f["value"]) for f in funds)
    start, end = dt.date(2025, 4, 6), dt.date(2026, 4, 5)
    monthly = Decimal(rng.choice([100, 150, 200, 250, 300, 333]))
    years = []
    for y0 in range(2026 - rng.randint(2, 4), 2026):
        paid = min(monthly * 12, Decimal(4000)) if y0 == 2025 else Decimal(rng.randint(1000, 4000))
        years.append((f"{y0}/{str(y0 + 1)[2:]}", paid, (paid * Decimal("0.25")).quantize(Q)))
    charge = rng.choice([None, "0.25", "0.45", "0.20"])
    ni_text = ni_printed(rng, person.ni)
    opening = (total * Decimal(rng.uniform(0.55, 0.8))).quantize(Q)

    def page1(c):
        c.setFillColor(Color(0.2, 0.1, 0.35))
        c.rect(0, H - 36, W, 36, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, H - 24, provider)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 50, H - 24, web)
        c.setFillColor(BLACK)
        _address_block(c, person, H - 110, x=50)
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate([("Account", account), ("Statement date", long_date(end + dt.timedelta(days=9))),
                                    ("Date of birth", long_date(person.dob)), ("NI number", ni_text)]):
            c.setFillColor(GREY)
            c.drawString(350, H - 110 - 14 * i, k)
            c.setFillColor(BLACK)
            c.drawString(440, H - 110 - 14 * i, v)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, H - 210, "Lifetime ISA statement")
        c.setFont("Helvetica", 10)
        c.drawString(50, H - 226, f"Tax year {start.strftime('%d/%m/%Y')} to {end.strftime('%d/%m/%Y')}")
        y = H - 256
        this = years[-1]
        growth = total - opening - this[1] - this[2]
        for k, v in [(f"Value at {long_date(start)}", opening), ("Payments you made", this[1]),
                     ("Government bonus added", this[2]), ("Investment growth less charges", growth),
                     (f"Value at {long_date(end)}", total)]:
            c.setFont("Helvetica-Bold" if k.startswith("Value at " + long_date(end)) else "Helvetica", 10)
            c.drawString(64, y, k)
            c.drawRightString(420, y, ("-" if v < 0 else "") + shown(abs(v)))
            y -= 16
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "Your payments and the government bonus")
        y -= 18
        c.setFillColor(LIGHT)
        c.rect(46, y - 4, 420, 15, stroke=0, fill=1)
        c.setFillColor(BLACK)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in [(50, "Tax year"), (250, "Your payments"), (340, "Bonus (25%)"), (460, "Bonus claimed")]:
            (c.drawString if x == 50 else c.drawRightString)(x, y, t)
        y -= 15
        for label, paid, bonus in years:
            c.setFont("Helvetica", 9)
            c.drawString(50, y, label)
            c.drawRightString(250, y, shown(paid))
            c.drawRightString(340, y, shown(bonus))
            c.drawRightString(460, y, "Yes" if label != years[-1][0] else "Part - claimed monthly")
            y -= 13
        y -= 12
        y = para(c, 50, y, f"Your direct debit of {shown(monthly)} a month continues. You can pay in up to "
                 "£4,000 each tax year until you are 50; the bonus is 25% of what you pay in, up to £1,000 a year. "
                 "A withdrawal for any reason other than a first home, after age 60 or terminal illness has a 25% "
                 "withdrawal charge.", W - 100, size=9)
        if charge:
            para(c, 50, y - 4, f"Annual management charge: {charge}% of your account value.", W - 100, size=9)
        footer(c, W, f"{web}  {account}", 1, 2)

    def page2(c):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 60, f"What your Lifetime ISA holds at {long_date(end)}")
        y = H - 90
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in [(50, "Investment"), (290, "ISIN"), (410, "Units"), (475, "Price"), (545, "Value")]:
            (c.drawString if x < 300 else c.drawRightString)(x, y, t)
        c.line(50, y - 4, 545, y - 4)
        y -= 16
        for f in funds:
            c.setFont("Helvetica", 7.6)
            c.drawString(50, y, f["fund_name"])
            c.drawString(290, y, f["isin"])
            c.drawRightString(410, y, f["units"])
            c.drawRightString(475, y, (f["unit_price"] + "p") if f["price_currency"] == "GBX" else "£" +
                              f["unit_price"])
            c.drawRightString(545, y, shown(f["value"]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 4, "Total value")
        c.drawRightString(545, y - 4, shown(total))
        y -= 40
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Important information")
        y -= 16
        for text in ["The government bonus is paid by HMRC into your account after we claim it; a bonus for "
                     "payments made late in a month may arrive in the next statement period.",
                     "Your Lifetime ISA payments count towards your overall ISA allowance for the tax year.",
                     "The value of investments can fall as well as rise."]:
            y = para(c, 50, y, "- " + text, W - 100, size=8.5) - 4
        footer(c, W, f"{web}  {account}", 2, 2)

    record = {
        "provider": provider, "policy_number": account, "client_title": person.title, "client_name": person.name,
        "client_dob": person.dob.isoformat(), "ni_number": person.ni, "client_address": person.address,
        "client_postcode": person.postcode, "plan_type": "isa", "valuation_date": end.isoformat(),
        "period_start": start.isoformat(), "plan_value": money(total), "transfer_value": None,
        "regular_contribution": money(monthly), "contribution_frequency": "monthly",
        "annual_charge_percent": charge, "holdings": funds,
    }
    return record, [page1, page2]
