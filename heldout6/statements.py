"""Annual statements and valuations for heldout6: pension, platform, bond, with-profits and workplace layouts."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import holdings
from common import address_block, provider_head
from draw import Col, Flow
from plans import Plan, q2, truth
from world import date, money

FREQ_WORDS = {"monthly": "a month", "quarterly": "a quarter", "annually": "a year"}


def make(path: Path, rng: random.Random, p: Plan, layout: str) -> dict:
    dstyle = rng.choice(["long", "dmy", "dmon", "iso", "wd", "up", "short"])
    mstyle = rng.choice(["gbp", "gbp", "code", "nocomma", "spaced", "suffix"])
    head, foot = provider_head(p.provider, rng, rng.randint(0, 2))
    f = Flow(path, header=head, footer=foot, size=rng.choice([9.0, 9.5]))
    ctx = dict(dstyle=dstyle, m=lambda v: money(v, mstyle), d=lambda x: date(x, dstyle))
    fn = {"pension": _pension, "platform": _platform, "bond": _bond, "wp": _with_profits,
          "workplace": _workplace}[layout]
    shown = fn(f, rng, p, ctx)
    f.save()
    return truth(p, "annual_statement", shown.pop("holdings"), shown)


def _window(f: Flow, rng: random.Random, p: Plan, right: list[tuple[str, str]]) -> None:
    """Client address at the left (window envelope), reference box at the right."""
    top = f.y
    address_block(f, p.who.titled(), p.who.lines, p.who.postcode, rng.random() < 0.4)
    low = f.y
    f.y = top
    f.pairs(right, x_label=f.right - 210, x_value=f.right - 100, size=8.5, leading=12)
    f.y = min(low, f.y) - 14


def _table(f: Flow, rng: random.Random, p: Plan, ctx: dict, title: str) -> list[dict]:
    return holdings.draw(f, rng, p.funds, rng.choice(holdings.LAYOUTS), rng.random() < 0.4,
                         date(p.valued, rng.choice(["dmy", "short", "iso"])),
                         title=title, continued=f"{title} (continued)")


def _contrib_line(f: Flow, p: Plan, ctx: dict) -> None:
    if p.contrib:
        f.para(f"Your regular contribution is {ctx['m'](p.contrib[0])} {FREQ_WORDS[p.contrib[1]]}.")


def _pension(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    m, d = ctx["m"], ctx["d"]
    dob = rng.random() < 0.5
    right = [("Plan number", p.pol[0]), ("Statement date", d(p.valued + dt.timedelta(days=rng.randint(10, 40))))]
    if dob:
        right.append(("Date of birth", d(p.who.dob)))
    _window(f, rng, p, right)
    f.heading(f"Your {p.product} annual statement", 13)
    f.line(f"For the period {d(p.period_start)} to {d(p.valued)}")
    f.space(6)
    paid_in = q2(p.contrib[0] * {"monthly": 12, "quarterly": 4, "annually": 1}[p.contrib[1]]) if p.contrib \
        else Decimal("0.00")
    charges = q2(p.value * Decimal("0.008"))
    growth = p.value - p.previous - paid_in + charges
    f.heading("Your plan at a glance", 11, shade=(0.9, 0.93, 0.9))
    rows = [(f"Value of your plan on {d(p.period_start - dt.timedelta(days=1))}", m(p.previous)),
            ("Payments in", m(paid_in)), ("Charges taken", f"-{m(charges)}"),
            ("Investment growth" if growth >= 0 else "Investment loss", m(abs(growth))),
            (f"Value of your plan on {d(p.valued)}", m(p.value))]
    f.pairs(rows, x_value=f.right - 110, label_font=f.font)
    f.space(4)
    if p.transfer is not None:
        f.para(f"Your transfer value on {d(p.valued)} was {m(p.transfer)}. This is what we would pay to another "
               "pension scheme if you moved your plan.")
    _contrib_line(f, p, ctx)
    if p.charge:
        f.para(f"We take an annual management charge of {p.charge}% a year from the value of your funds.")
    f.para(f"Your selected retirement age is {rng.choice([60, 65, 67])}.")
    shown = {"title": True, "dob": dob, "address": True}
    f.new_page()
    shown["holdings"] = _table(f, rng, p, ctx, rng.choice(["Where your money is invested", "Your funds"]))
    f.need(200)
    f.heading("What your pension could be worth", 11)
    proj = q2(p.value * Decimal(str(round(rng.uniform(1.3, 2.4), 2))))
    f.para(f"If you keep paying in as you do now, your pension pot at your selected retirement age could be "
           f"{m(proj)} in today's money. This could buy an income of about {m(q2(proj * Decimal('0.055')))} a year. "
           "These figures are an illustration, not a guarantee; they assume growth of 5% a year and inflation of "
           "2.5% a year.", size=8.5)
    if rng.random() < 0.5:
        f.heading("Your plan value over recent years", 10)
        past, rows = p.previous, []
        for back in range(1, 5):
            rows.append(("row", [d(dt.date(p.valued.year - back, p.valued.month, p.valued.day)), m(past)]))
            past = q2(past * Decimal(str(round(rng.uniform(0.86, 0.97), 3))))
        f.table([Col("Value on", 160), Col("Plan value", 120, "r")], rows)
    f.heading("Notes", 10)
    f.para("Values are calculated using fund prices at the close of business on the statement end date. Unit "
           "prices include any charges already taken within the fund.", size=7.5)
    return shown


def _platform(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    m, d = ctx["m"], ctx["d"]
    f.line(rng.choice(["Quarterly valuation report", "Portfolio valuation", "Your investment report"]),
           font=f.bold, size=15, gap=22)
    top = f.y
    address_block(f, p.who.titled(), p.who.lines, p.who.postcode, rng.random() < 0.4)
    low = f.y
    f.y = top
    f.pairs([("Account", p.product), ("Account number", p.pol[0]), ("Report period",
             f"{d(p.period_start)} - {d(p.valued)}"), ("Valuation as at", d(p.valued))],
            x_label=f.right - 300, x_value=f.right - 200, size=8.5, leading=12)
    f.y = min(low, f.y) - 12
    f.boxed_pairs([("Total portfolio value", m(p.value)),
                   ("Value at start of period", m(p.previous))], label_w=200)
    f.space(10)
    shown = {"title": True, "address": True, "transfer": False}  # a platform report gives no transfer value
    if p.contrib:
        f.para(f"Regular investment: {m(p.contrib[0])} {FREQ_WORDS[p.contrib[1]]} by direct debit.")
    if p.charge:
        f.para(f"Platform charge: {p.charge}% a year, taken monthly from cash.")
    shown["holdings"] = _table(f, rng, p, ctx, rng.choice(["Holdings", "Your holdings", "Investments held"]))
    f.need(120)
    f.heading("Transactions in the period", 10)
    rows = []
    for i in range(rng.randint(3, 6)):
        day = p.period_start + dt.timedelta(days=rng.randint(0, 80))
        amount = q2(Decimal(str(rng.uniform(20, 900))))
        kind = rng.choice(["Dividend", "Purchase", "Platform charge", "Interest", "Sale"])
        rows.append(("row", [d(day), kind, p.funds[i % len(p.funds)].name if kind in ("Dividend", "Purchase", "Sale")
                             else "-", m(amount)]))
    w = f.right - f.left
    f.table([Col("Date", w * 0.18), Col("Type", w * 0.17), Col("Investment", w * 0.45), Col("Amount", w * 0.2, "r")],
            rows)
    f.para("Prices are mid prices at the valuation point; the value you would receive on a sale may differ.",
           size=7.5)
    return shown


def _bond(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    m, d = ctx["m"], ctx["d"]
    _window(f, rng, p, [("Bond number", p.pol[0]), ("Anniversary date", d(p.valued))])
    f.heading(f"{p.product} - anniversary statement", 13)
    segs = rng.choice([20, 50, 100])
    invested = q2(p.value * Decimal(str(round(rng.uniform(0.75, 1.05), 3))))
    f.pairs([("Statement period", f"{d(p.period_start)} to {d(p.valued)}"),
             ("Date the bond started", d(p.started)), ("Amount originally invested", m(invested)),
             ("Number of policies (segments)", str(segs)),
             ("Bond value at the end of the period", m(p.value))], x_value=f.left + 230)
    wd = q2(invested * Decimal("0.05") / 12)
    if rng.random() < 0.6:
        f.para(f"You are taking regular withdrawals of {m(wd)} a month. Withdrawals up to 5% a year of the amount "
               "invested can be taken without an immediate tax charge.")
    surr = p.transfer if p.transfer is not None else p.value
    if surr != p.value:
        f.para(f"If you had cashed in the whole bond on {d(p.valued)}, you would have received {m(surr)}, after an "
               f"early cash-in charge of {m(p.value - surr)}.")
    else:
        f.para(f"Surrender value on {d(p.valued)}: {m(surr)}. No early cash-in charge applies.")
    if p.charge:
        f.para(f"Annual management charge: {p.charge}%.")
    if p.plan_type == "offshore_bond":
        f.para("This bond is issued from outside the UK. Gains roll up without tax inside the bond until a "
               "chargeable event.", size=8)
    shown = {"title": True, "address": True}
    shown["holdings"] = _table(f, rng, p, ctx, "Your funds")
    return shown


def _with_profits(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    m, d = ctx["m"], ctx["d"]
    _window(f, rng, p, [("Policy number", p.pol[0]), ("Statement date", d(p.valued))])
    f.heading(f"Your {p.product} statement", 13)
    f.line(f"This statement covers {d(p.period_start)} to {d(p.valued)}.")
    f.space(4)
    rate = rng.choice(["1.50", "2.00", "2.75", "3.25"])
    fb = q2(p.value * Decimal("0.06"))
    f.pairs([("Value of your bond", m(p.value)), ("Regular bonus rate declared", f"{rate}% a year"),
             ("Final bonus (not guaranteed)", m(fb))], x_value=f.left + 230, label_font=f.bold)
    surr = p.transfer if p.transfer is not None else p.value
    mvr = p.value - surr
    if mvr > 0:
        f.para(f"If you had cashed in your bond on {d(p.valued)} you would have received {m(surr)}. This includes "
               f"a market value reduction of {m(mvr)}.")
    else:
        f.para(f"If you had cashed in your bond on {d(p.valued)} you would have received {m(surr)}. No market "
               "value reduction applied on that date.")
    f.para("Bonuses are added to the price of units in the with-profits fund. Once added, a regular bonus is not "
           "taken away, but a market value reduction may apply if you take money out.", size=8)
    shown = {"title": True, "address": True, "charge": False}  # a bonus rate is printed, no charge
    shown["holdings"] = _table(f, rng, p, ctx, "Your investment")
    return shown


def _workplace(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    m, d = ctx["m"], ctx["d"]
    ni = rng.random() < 0.6
    right = [("Member number", p.pol[0])]
    if ni:
        right.append(("National Insurance no.", p.who.ni))
    _window(f, rng, p, right)
    f.heading(rng.choice(["Your yearly pension statement", "Your annual benefit statement"]), 13)
    f.para(f"Your pension pot on {d(p.valued)} was {m(p.value)}.", font=f.bold, size=11)
    f.para(f"This statement covers the year from {d(p.period_start)}.")
    emp = q2(p.contrib[0] * Decimal("0.4"))
    f.table([Col("Paid in each month", 200), Col("Amount", 120, "r")],
            [("row", ["By you (after tax relief)", m(p.contrib[0] - emp)]), ("row", ["By your employer", m(emp)]),
             ("total", ["Total each month", m(p.contrib[0])])])
    f.para(f"Total contributions are {m(p.contrib[0])} a month, paid by you and your employer.")
    if p.charge:
        f.para(f"Annual management charge: {p.charge}% of your pot each year.")
    if p.transfer is not None:
        f.para(f"Transfer value on {d(p.valued)}: {m(p.transfer)}.")
    shown = {"title": True, "ni": ni, "address": True}
    shown["holdings"] = _table(f, rng, p, ctx, "How your pot is invested")
    f.need(80)
    f.heading("Looking ahead", 10)
    f.para(f"At your target retirement age your pot could be worth {m(q2(p.value * Decimal('3.1')))} in today's "
           "money. This is an estimate only.", size=8.5)
    return shown
