"""Periodic statements for heldout7: five layouts, each returning (Doc, record, variant)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from draw import LANDSCAPE, Doc, band, box, lines, pairs, para, rule, table, text
from parts import address_window, footer, fund_table, holdings_truth, letterhead, plan_record, total
from world import EMPLOYERS, World, fmt_date, gbp, money

END_FROM, END_TO = dt.date(2026, 1, 31), dt.date(2026, 10, 31)


def _period(w: World, months: int) -> tuple[dt.date, dt.date]:
    end = w.date_between(END_FROM, END_TO)
    month = end.month - months
    year, month = end.year + (month - 1) // 12, (month - 1) % 12 + 1
    start = dt.date(year, month, min(end.day, 28)) + dt.timedelta(days=1)
    return start, end


def drawdown_landscape(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A landscape drawdown statement: summary of the year (income paid and charges as negatives), funds below."""
    rng = w.rng
    client = w.person(born=(1948, 1965))
    start, end = _period(w, 12)
    shown, number = w.policy(w.pick(["letters", "plain"]))
    ptype = w.pick(["sipp", "personal_pension"])
    funds = w.funds(rng.randint(4, 8), unit_dp=w.pick([3, 4]))
    value = total(funds)
    income = money(Decimal(rng.randint(200_000, 2_400_000)) / 100)
    charges = money(value * Decimal("0.0045"))
    growth = money(Decimal(rng.randint(-300_000, 900_000)) / 100)
    opening = value + income + charges - growth
    crys = money(value * Decimal(rng.choice(["0.6", "0.75", "1"])))
    style = w.pick(["long", "abbr"])
    doc = Doc(LANDSCAPE)
    label = {"sipp": "SIPP drawdown", "personal_pension": "Personal pension - income drawdown"}[ptype]

    def page1(c, n, pages):
        h = doc.height
        letterhead(c, h, doc.width, provider, "Your yearly drawdown statement")
        address_window(c, h, 40, 90, [f"{client.title} {client.name}", *client.lines, client.postcode])
        pairs(c, h, 40, 180, [("Plan", label), ("Plan number", shown),
                              ("Statement period", f"{fmt_date(start, style)} to {fmt_date(end, style)}")], gap=95)
        x = 440
        band(c, h, x - 8, 80, 370, 190, 0.93)
        text(c, h, x, 98, "Your plan over the year", "Helvetica-Bold", 11)
        table(c, h, x, 120, [("", 230, "l"), ("£", 120, "r")], [
            [f"Value on {fmt_date(start, style)}", gbp(opening, "bare")],
            ["Income paid to you (before tax)", gbp(-income, "bare")],
            ["Charges", gbp(-charges, "bare")],
            ["Investment growth" if growth >= 0 else "Investment loss", gbp(growth, "bare")],
            [f"Value on {fmt_date(end, style)}", gbp(value, "bare")],
        ], size=9, lead=15, shade=False, bold_rows=(4,))
        text(c, h, x, 230, f"of which in drawdown (crystallised): {gbp(crys)}", size=8.5)
        text(c, h, x, 244, f"not yet in drawdown (uncrystallised): {gbp(value - crys)}", size=8.5)
        text(c, h, x, 258, "Income is paid monthly; tax is deducted under PAYE.", size=8)
        text(c, h, 40, 300, "Your investments", "Helvetica-Bold", 11)
        fund_table(c, h, 40, 322, funds, width=760, pound_cells=True)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    doc.pages.append(page1)
    rec = plan_record("annual_statement", provider, number, client, shows={"title", "address"}, plan_type=ptype,
                      valuation_date=end, period_start=start, plan_value=value, holdings=holdings_truth(funds))
    return doc, rec, "statement-drawdown-landscape"


def junior_isa(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A stocks and shares Junior ISA in two columns: the child holds it, the parent is the registered contact."""
    rng = w.rng
    parent = w.person(born=(1975, 1992))
    child = w.child(parent)
    start, end = _period(w, 12)
    shown, number = w.policy("jisa")
    funds = w.funds(rng.randint(2, 4), unit_dp=w.pick([3, 4]), price_dp=2, pence=True, most=2_000_000)
    monthly = money(Decimal(rng.choice([25, 50, 75, 100, 150])))
    doc = Doc()

    def page(c, n, pages):
        h = doc.height
        letterhead(c, h, doc.width, provider, "Junior ISA annual statement", 0.3)
        address_window(c, h, 40, 92, [f"{parent.title} {parent.name}", *parent.lines, parent.postcode])
        band(c, h, 30, 190, 175, 590, 0.94)
        y = 208
        for label, value in (("Account holder", child.name), ("Date of birth", fmt_date(child.dob, "long")),
                             ("Registered contact", f"{parent.title} {parent.name}"), ("Account number", shown),
                             ("Statement date", fmt_date(end, "long")), ("Period from", fmt_date(start, "long")),
                             ("Regular payment", f"{gbp(monthly)} monthly")):
            text(c, h, 40, y, label, "Helvetica-Bold", 8)
            text(c, h, 40, y + 11, value, size=9)
            y += 30
        para(c, h, 40, y + 10, "The money in a Junior ISA belongs to the child. They can take control at 16 and "
             "withdraw it from 18.", 155, size=7.5, lead=9.5)
        x = 222
        text(c, h, x, 208, "Value of the account", "Helvetica-Bold", 11)
        text(c, h, x, 226, f"{gbp(total(funds))} at {fmt_date(end, 'long')}", size=10)
        text(c, h, x, 254, "Holdings", "Helvetica-Bold", 10)
        cols = [("Fund", 118, "l"), ("ISIN", 74, "l"), ("Units", 48, "r"), ("Price (p)", 42, "r"),
                ("Value (£)", 50, "r")]
        rows = [[f.name[:26].rstrip(), f.isin, f.units, f.price, gbp(f.value, "bare")] for f in funds]
        rows.append(["Total portfolio value", "", "", "", gbp(total(funds), "bare")])
        y = table(c, h, x, 274, cols, rows, size=7, bold_rows=(len(rows) - 1,))
        text(c, h, x, y + 16, "Payments in this year", "Helvetica-Bold", 10)
        table(c, h, x, y + 36, [("Date", 110, "l"), ("Description", 170, "l"), ("Amount (£)", 90, "r")],
              [[fmt_date(end.replace(day=1) - dt.timedelta(days=31 * k), "slash"), "Regular payment",
                gbp(monthly, "bare")] for k in range(3)], size=8)
        footer(c, h, doc.width, provider, n, pages, legal=False)

    doc.pages.append(page)
    # the account's holder is the child: the address is the household's, the child has no NI number printed
    rec = plan_record("annual_statement", provider, number, child, shows={"dob", "address"}, plan_type="isa",
                      valuation_date=end, period_start=start, plan_value=total(funds), regular_contribution=monthly,
                      contribution_frequency="monthly", holdings=holdings_truth(funds))
    # a truth name is what the table prints: the statement cuts long fund names in its cells
    for h_ in rec["holdings"]:
        h_["fund_name"] = h_["fund_name"][:26].rstrip()
    return doc, rec, "statement-junior-isa"


def group_annual(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A group pension annual statement: employer, contributions by member and employer, projection, page numbers."""
    rng = w.rng
    client = w.person(born=(1968, 1998))
    start, end = _period(w, 12)
    shown, number = w.policy(w.pick(["hyphen", "plain"]))
    employer = w.pick(EMPLOYERS)
    funds = w.funds(rng.randint(2, 5), unit_dp=4, wrapper="Pension")
    mine = money(Decimal(rng.randint(4_000, 50_000)) / 100)
    theirs = money(mine * Decimal(rng.choice(["1", "2", "1.25"])))
    value = total(funds)
    transfer = money(value * Decimal(rng.choice(["1", "0.98"])))
    charge = w.pick(["0.30", "0.40", "0.55"])
    doc = Doc()

    def page1(c, n, pages):
        h = doc.height
        letterhead(c, h, doc.width, provider, "Annual benefit statement")
        address_window(c, h, 50, 92, [f"{client.title} {client.name}", *client.lines, client.postcode])
        box(c, h, 340, 82, 215, 84)
        pairs(c, h, 348, 98, [("Employer", employer[:26]), ("Plan number", shown),
                              ("NI number", client.ni), ("Statement date", fmt_date(end, "dotted"))],
              gap=72, size=8.5, lead=15)
        text(c, h, 50, 205, f"Your pension with {employer}", "Helvetica-Bold", 12)
        y = pairs(c, h, 50, 230, [("Value of your pension", gbp(value)),
                                  ("Transfer value", gbp(transfer)),
                                  ("Value a year ago", gbp(money(value * Decimal("0.88")))),
                                  ("Annual management charge", f"{charge}%")], gap=190)
        text(c, h, 50, y + 14, f"Contributions from {fmt_date(start, 'dotted')} to {fmt_date(end, 'dotted')}",
             "Helvetica-Bold", 10)
        y = table(c, h, 50, y + 36, [("", 230, "l"), ("Each month", 110, "r"), ("In the year", 110, "r")], [
            ["You", gbp(mine), gbp(mine * 12)], [employer[:36], gbp(theirs), gbp(theirs * 12)],
            ["Total", gbp(mine + theirs), gbp((mine + theirs) * 12)]], size=9, bold_rows=(2,))
        para(c, h, 50, y + 16, f"If you carry on paying in until age {w.pick([65, 67, 68])}, your pot could be "
             f"{gbp(money(value * Decimal('3.1')))} in today's money, which could buy an income of about "
             f"{gbp(money(value * Decimal('0.17')))} a year. These figures are estimates, not guarantees.", 495)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    def page2(c, n, pages):
        h = doc.height
        text(c, h, 50, 60, f"Where your money is invested at {fmt_date(end, 'long')}", "Helvetica-Bold", 12)
        fund_table(c, h, 50, 90, funds, price_head="Unit price (£)", total_label="Total portfolio value")
        footer(c, h, doc.width, provider, n, pages, legal=True)

    doc.pages += [page1, page2]
    rec = plan_record("annual_statement", provider, number, client, shows={"title", "ni", "address"},
                      plan_type="workplace_pension", valuation_date=end, period_start=start, plan_value=value,
                      transfer_value=transfer, regular_contribution=mine + theirs, contribution_frequency="monthly",
                      annual_charge_percent=charge, holdings=holdings_truth(funds))
    return doc, rec, "statement-group-annual"


def platform_valuation(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A platform's quarterly valuation: gain/loss columns with negatives, a transactions list with debits."""
    rng = w.rng
    client = w.person()
    start, end = _period(w, 3)
    shown, number = w.policy("account")
    ptype = w.pick(["isa", "gia", "sipp"])
    funds = w.funds(rng.randint(4, 9), unit_dp=3)
    value = total(funds)
    change = money(Decimal(rng.randint(-400_000, 300_000)) / 100)
    paid_in = money(Decimal(rng.randint(0, 10) * 500))
    ds = w.pick(["abbr", "day_abbr"])
    doc = Doc()
    label = {"isa": "Stocks & Shares ISA", "gia": "Investment Account", "sipp": "SIPP"}[ptype]

    def page1(c, n, pages):
        h = doc.height
        text(c, h, 50, 50, provider, "Helvetica-Bold", 18)
        text(c, h, 545, 50, "Quarterly valuation", "Helvetica", 11, align="right")
        rule(c, h, 50, 545, 60, 2)
        address_window(c, h, 50, 90, [f"{client.title} {client.name}", *client.lines, client.postcode])
        pairs(c, h, 330, 90, [("Account", f"{label}"), ("Account number", shown),
                              ("Period", f"{fmt_date(start, ds)} - {fmt_date(end, ds)}")], gap=85, size=9)
        text(c, h, 50, 190, "Summary", "Helvetica-Bold", 11)
        table(c, h, 50, 210, [("", 250, "l"), ("", 110, "r")], [
            ["Opening value", gbp(value - change - paid_in)], ["Money paid in", gbp(paid_in)],
            ["Change in value", gbp(change)], ["Closing value", gbp(value)]], size=9.5, lead=15, shade=False,
            bold_rows=(3,))
        text(c, h, 50, 300, "Holdings", "Helvetica-Bold", 11)
        cols = [("Investment", 150, "l"), ("ISIN", 78, "l"), ("Units", 55, "r"), ("Price (£)", 50, "r"),
                ("Value (£)", 62, "r"), ("Book cost (£)", 62, "r"), ("Gain/loss (£)", 58, "r")]
        rows = []
        for f in funds:
            cost = money(f.value * Decimal(rng.randint(80, 125)) / 100)
            rows.append([f.name[:31].rstrip(), f.isin, f.units, f.price, gbp(f.value, "bare"), gbp(cost, "bare"),
                         gbp(f.value - cost, "bare")])
        rows.append(["Total portfolio value", "", "", "", gbp(value, "bare"), "", ""])
        table(c, h, 40, 322, cols, rows, size=7.2, bold_rows=(len(rows) - 1,))
        footer(c, h, doc.width, provider, n, pages, legal=False)

    def page2(c, n, pages):
        h = doc.height
        text(c, h, 50, 60, "Transactions in the period", "Helvetica-Bold", 11)
        rows = []
        for k in range(rng.randint(4, 8)):
            day = fmt_date(start + dt.timedelta(days=9 * k + 3), "slash")
            kind = w.pick(["Platform charge", "Adviser charge", "Dividend", "Buy", "Sell"])
            amt = money(Decimal(rng.randint(100, 90_000)) / 100)
            rows.append([day, kind, gbp(-amt if kind in ("Platform charge", "Adviser charge", "Buy") else amt,
                                         w.pick(["bare", "bracket"]))])
        table(c, h, 50, 84, [("Date", 90, "l"), ("Description", 220, "l"), ("Amount (£)", 100, "r")], rows, size=8.5)
        para(c, h, 50, 300, "Amounts in brackets or with a minus sign were taken from the account. The value of "
             "investments can fall as well as rise.", 495, size=8)
        footer(c, h, doc.width, provider, n, pages, legal=False)

    doc.pages += [page1, page2]
    rec = plan_record("annual_statement", provider, number, client, shows={"title", "address"}, plan_type=ptype,
                      valuation_date=end, period_start=start, plan_value=value, holdings=holdings_truth(funds))
    for h_ in rec["holdings"]:
        h_["fund_name"] = h_["fund_name"][:31].rstrip()
    return doc, rec, "statement-platform-valuation"


def pension_three_pages(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A personal pension statement over three pages: the fund table breaks across pages 2 and 3."""
    rng = w.rng
    client = w.person()
    start, end = _period(w, 12)
    shown, number = w.policy(w.pick(["slash", "spaced", "plain"]))
    ptype = w.pick(["personal_pension", "stakeholder_pension", "sipp"])
    funds = w.funds(rng.randint(8, 14), unit_dp=w.pick([3, 4]))
    value = total(funds)
    transfer = money(value * Decimal(rng.choice(["1", "0.95", "0.975"])))
    monthly = money(Decimal(rng.randint(5_000, 80_000)) / 100) if rng.random() < 0.6 else None
    charge = w.pick(["0.75", "0.95", "1.00", "0.50"])
    cut = rng.randint(4, len(funds) - 2)
    doc = Doc()

    def page1(c, n, pages):
        h = doc.height
        letterhead(c, h, doc.width, provider, f"{fmt_date(end, 'ordinal')} statement")
        address_window(c, h, 50, 96, [f"{client.title} {client.name}", *client.lines, client.postcode])
        pairs(c, h, 330, 96, [("Plan number", shown), ("Date of birth", fmt_date(client.dob, "long")),
                              ("Period", f"{fmt_date(start, 'short_year')} - {fmt_date(end, 'short_year')}")],
              gap=80, size=9)
        text(c, h, 50, 200, "Your plan at a glance", "Helvetica-Bold", 12)
        rows = [("Plan value", gbp(value)), ("Transfer value", gbp(transfer)), ("Yearly charge", f"{charge}%")]
        if monthly is not None:
            rows.append(("You pay", f"{gbp(monthly)} a month"))
        y = pairs(c, h, 50, 224, rows, gap=170)
        para(c, h, 50, y + 10, f"The transfer value is what we would pay to another provider on "
             f"{fmt_date(end, 'long')}. It can be lower than the plan value when an exit charge applies.", 495)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    def page2(c, n, pages):
        h = doc.height
        text(c, h, 50, 60, "Your funds", "Helvetica-Bold", 12)
        cols = [("Fund", 205, "l"), ("ISIN", 88, "l"), ("Units", 70, "r"), ("Price (£)", 70, "r"),
                ("Value (£)", 80, "r")]
        table(c, h, 50, 90, cols, [[f.name, f.isin, f.units, f.price, gbp(f.value, "bare")] for f in funds[:cut]],
              size=8.2)
        text(c, h, 545, 780, "Continued overleaf", "Helvetica-Oblique", 8, align="right")
        footer(c, h, doc.width, provider, n, pages, legal=True)

    def page3(c, n, pages):
        h = doc.height
        text(c, h, 50, 60, "Your funds (continued)", "Helvetica-Bold", 12)
        y = fund_table(c, h, 50, 90, funds[cut:], grand=value)
        lines(c, h, 50, y + 16, ["The total above is the value of all your funds on both pages.",
                                 "Prices are bid prices at the close of business on the statement date."], size=8.5)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    doc.pages += [page1, page2, page3]
    rec = plan_record("annual_statement", provider, number, client, shows={"title", "dob", "address"},
                      plan_type=ptype, valuation_date=end, period_start=start, plan_value=value,
                      transfer_value=transfer, annual_charge_percent=charge, holdings=holdings_truth(funds),
                      **({"regular_contribution": monthly, "contribution_frequency": "monthly"} if monthly else {}))
    return doc, rec, "statement-pension-three-pages"
