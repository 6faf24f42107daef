"""Providers' replies to a Letter of Authority for heldout7: five layouts, each returning (Doc, record, variant)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from draw import Doc, box, pairs, para, table, text
from parts import address_window, adviser_window, footer, fund_table, holdings_truth, letterhead, plan_record, total
from world import EMPLOYERS, World, fmt_date, gbp, money

VALUED_FROM, VALUED_TO = dt.date(2026, 1, 5), dt.date(2026, 10, 15)
TYPE_LABELS = {"personal_pension": "Personal Pension", "sipp": "Self Invested Personal Pension",
               "isa": "Stocks and Shares ISA", "gia": "General Investment Account", "onshore_bond": "Investment Bond",
               "stakeholder_pension": "Stakeholder Pension"}


def _opening(c, h, w, doc, provider, firm_lines, when, subject, strap):
    letterhead(c, h, doc.width, provider, strap)
    address_window(c, h, 50, 100, firm_lines)
    text(c, h, 545, 100, fmt_date(when, "long"), size=10, align="right")
    text(c, h, 50, 210, subject, "Helvetica-Bold", 10.5)
    text(c, h, 50, 232, "Thank you for your letter of authority. We set out below the information you asked for.",
         size=9.5)


def multi_plan(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A covering letter listing every plan the client holds, each with its value; page 2 details the one asked."""
    rng = w.rng
    client = w.person()
    firm, firm_lines = adviser_window(w)
    when = w.date_between(VALUED_FROM, VALUED_TO)
    kinds = ["personal_pension", "sipp", "isa", "gia", "onshore_bond", "stakeholder_pension"]
    types = rng.sample(kinds, rng.randint(2, 3))
    plans = [(w.policy(w.pick(["plain", "slash", "hyphen"])), t,
              money(Decimal(rng.randint(300_000, 40_000_000)) / 100)) for t in types]
    pick = rng.randrange(len(plans))
    funds = w.funds(rng.randint(3, 7), unit_dp=w.pick([3, 4]))
    (shown, number), ptype, _ = plans[pick]
    plans[pick] = ((shown, number), ptype, total(funds))
    transfer = money(total(funds) * Decimal(rng.choice(["1", "1", "0.97", "0.985"])))
    charge = w.pick(["0.45", "0.60", "0.75", "1.00"])
    ms = w.pick(["pound", "code"])
    doc = Doc()

    def covering(c, n, pages):
        h = doc.height
        _opening(c, h, w, doc, provider, firm_lines, when + dt.timedelta(days=3),
                 f"Our client: {client.title} {client.name}", "Adviser services")
        rows = [[p[0], TYPE_LABELS[t], gbp(v), fmt_date(when, "abbr")] for p, t, v in plans]
        y = table(c, h, 50, 262, [("Plan number", 130, "l"), ("Plan", 180, "l"), ("Value", 95, "r"),
                                  ("Value date", 90, "l")], rows, size=9)
        para(c, h, 50, y + 12, f"Your letter asked about plan {shown}. Its full details are on the next page. The "
             "other plans above are listed for completeness; please write to us if you need their details too.", 495)
        footer(c, h, doc.width, provider, n, pages, legal=False)

    def details(c, n, pages):
        h = doc.height
        text(c, h, 50, 60, f"Plan {shown} - {TYPE_LABELS[ptype]}", "Helvetica-Bold", 13)
        pairs(c, h, 50, 90, [("Planholder", f"{client.title} {client.name}"),
                             ("Date of birth", fmt_date(client.dob, "long")), ("Address", client.address),
                             ("Postcode", client.postcode)], gap=105)
        pairs(c, h, 50, 160, [("Valuation date", fmt_date(when, "long")), ("Plan value", gbp(total(funds), ms)),
                              ("Transfer value", gbp(transfer, ms)), ("Annual management charge", f"{charge}%")],
              gap=160)
        y = fund_table(c, h, 50, 240, funds)
        para(c, h, 50, y + 14, "Unit prices are quoted to four decimal places. Values may fall as well as rise.",
             495, size=8)
        footer(c, h, doc.width, provider, n, pages, legal=False)

    doc.pages += [covering, details]
    rec = plan_record("loa_response", provider, number, client, shows={"title", "dob", "address"}, plan_type=ptype,
                      valuation_date=when, plan_value=total(funds), transfer_value=transfer,
                      annual_charge_percent=charge, holdings=holdings_truth(funds))
    return doc, rec, "reply-multi-plan"


def annuity(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A lifetime annuity in payment: income, guarantee and spouse's pension, no fund and no cash-in value."""
    rng = w.rng
    client = w.person(born=(1940, 1960))
    firm, firm_lines = adviser_window(w)
    when = w.date_between(VALUED_FROM, VALUED_TO)
    shown, number = w.policy("annuity")
    price = money(Decimal(rng.randint(4_000_000, 30_000_000)) / 100)
    yearly = money(price * Decimal(rng.choice(["0.061", "0.0675", "0.072", "0.058"])))
    started = w.date_between(dt.date(2012, 1, 1), dt.date(2024, 12, 1))
    ms = w.pick(["pound", "code"])
    doc = Doc()

    def page(c, n, pages):
        h = doc.height
        _opening(c, h, w, doc, provider, firm_lines, when, f"Annuity {shown}", "Retirement income")
        y = pairs(c, h, 50, 262, [
            ("Annuitant", f"{client.title} {client.name}"), ("Date of birth", fmt_date(client.dob, "slash")),
            ("National Insurance number", client.ni), ("Address", client.address), ("Postcode", client.postcode),
            ("Type of annuity", w.pick(["Lifetime annuity (single life)", "Joint life annuity", "Enhanced annuity"])),
            ("Annuity start date", fmt_date(started, "long")), ("Purchase price", gbp(price, ms)),
            ("Annual income (gross)", gbp(yearly, ms)), ("Paid", "monthly in arrears, " + gbp(money(yearly / 12), ms) +
                                                    " each month"),
            ("Increases", w.pick(["Level (no increases)", "RPI linked", "3% a year compound"])),
            ("Guarantee period", f"{w.pick([5, 10])} years from the start date"),
            ("Spouse's pension", w.pick(["50% of the income at death", "None", "66.67% of the income at death"])),
        ], gap=165)
        para(c, h, 50, y + 10, f"The information above is correct as at {fmt_date(when, 'long')}. This annuity has "
             "no cash-in or transfer value and holds no investment funds.", 495)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    doc.pages.append(page)
    rec = plan_record("loa_response", provider, number, client, shows={"title", "dob", "ni", "address"},
                      plan_type="other", valuation_date=when)
    return doc, rec, "reply-annuity"


def protection(w: World, provider: str) -> tuple[Doc, dict, str]:
    """Term assurance, whole of life or income protection: sum assured and premium, no cash-in value."""
    rng = w.rng
    client = w.person(born=(1960, 1990))
    firm, firm_lines = adviser_window(w)
    when = w.date_between(VALUED_FROM, VALUED_TO)
    shown, number = w.policy("protect")
    kind = w.pick(["Level term assurance", "Decreasing term assurance", "Whole of life assurance",
                   "Income protection"])
    annual = rng.random() < 0.3
    premium = money(Decimal(rng.randint(900, 14_000)) / 100 * (11 if annual else 1))
    cover = money(Decimal(rng.randint(50, 600)) * 1000)
    doc = Doc()

    def page(c, n, pages):
        h = doc.height
        _opening(c, h, w, doc, provider, firm_lines, when, f"Policy number {shown}", "Protection")
        benefit = ("Monthly benefit", gbp(money(cover / 240))) if kind == "Income protection" else \
            ("Sum assured", gbp(cover))
        y = pairs(c, h, 50, 262, [
            ("Life assured", f"{client.title} {client.name}"), ("Date of birth", fmt_date(client.dob, "abbr")),
            ("Type of cover", kind), benefit,
            ("Premium", f"{gbp(premium)} {'a year' if annual else 'a month'}"),
            ("Premium type", w.pick(["Guaranteed", "Reviewable"])),
            ("Start date", fmt_date(w.date_between(dt.date(2008, 1, 1), dt.date(2023, 1, 1)), "long")),
            ("Policy in trust", w.pick(["Yes", "No"])),
        ], gap=150)
        para(c, h, 50, y + 10, f"Details as at {fmt_date(when, 'long')}. This is a protection policy: it has no "
             "cash-in value at any time and no investment content.", 495)
        footer(c, h, doc.width, provider, n, pages, legal=False)

    doc.pages.append(page)
    rec = plan_record("loa_response", provider, number, client, shows={"title", "dob"}, plan_type="other",
                      valuation_date=when, regular_contribution=premium,
                      contribution_frequency="annually" if annual else "monthly")
    return doc, rec, "reply-protection"


def drawdown(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A pension in flexi-access drawdown: crystallised and uncrystallised funds with subtotals, income paid."""
    rng = w.rng
    client = w.person(born=(1950, 1968))
    firm, firm_lines = adviser_window(w)
    when = w.date_between(VALUED_FROM, VALUED_TO)
    shown, number = w.policy(w.pick(["letters", "hyphen"]))
    ptype = w.pick(["sipp", "personal_pension"])
    crys, uncrys = w.funds(rng.randint(2, 4)), w.funds(rng.randint(1, 3))
    if rng.random() < 0.5:  # the same fund held in both parts: two rows of one name
        twin = uncrys[0]
        crys[0].name, crys[0].isin = twin.name, twin.isin
    funds = crys + uncrys
    income = money(Decimal(rng.randint(20_000, 250_000)) / 100)
    charge = w.pick(["0.35", "0.50", "0.65"])
    doc = Doc()

    def page(c, n, pages):
        h = doc.height
        _opening(c, h, w, doc, provider, firm_lines, when + dt.timedelta(days=2),
                 f"{client.title} {client.name} - plan {shown}", "Retirement account")
        pairs(c, h, 50, 262, [("Date of birth", fmt_date(client.dob, "long")), ("Plan", TYPE_LABELS[ptype]),
                              ("Values at", fmt_date(when, "long")),
                              ("Crystallised (drawdown) fund", gbp(total(crys))),
                              ("Uncrystallised fund", gbp(total(uncrys))),
                              ("Total fund value", gbp(total(funds))),
                              ("Regular income", f"{gbp(income)} a month (gross)"),
                              ("Tax-free cash taken to date", gbp(money(total(crys) / 3))),
                              ("Product charge", f"{charge}% a year")], gap=175)
        y = 410
        for label, part in (("Crystallised funds", crys), ("Uncrystallised funds", uncrys)):
            text(c, h, 50, y, label, "Helvetica-Bold", 9.5)
            y = fund_table(c, h, 50, y + 18, part, total_label=f"{label} subtotal", units_grouped=False) + 10
        text(c, h, 50, y + 4, f"Total portfolio value   {gbp(total(funds))}", "Helvetica-Bold", 10)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    doc.pages.append(page)
    rec = plan_record("loa_response", provider, number, client, shows={"title", "dob"}, plan_type=ptype,
                      valuation_date=when, plan_value=total(funds), annual_charge_percent=charge,
                      holdings=holdings_truth(funds))
    return doc, rec, "reply-drawdown"


def group_pension(w: World, provider: str) -> tuple[Doc, dict, str]:
    """A group personal pension: employer, member number, member and employer contributions and their total."""
    rng = w.rng
    client = w.person(born=(1965, 1995))
    firm, firm_lines = adviser_window(w)
    when = w.date_between(VALUED_FROM, VALUED_TO)
    shown, number = w.policy(w.pick(["hyphen", "spaced"]))
    member = f"M{rng.randint(1000000, 9999999)}"
    show_isin = rng.random() < 0.6
    funds = w.funds(rng.randint(2, 5), unit_dp=4, wrapper="Pension", isin=show_isin)
    employer = w.pick(EMPLOYERS)
    ms = w.pick(["pound", "code"])
    mine = money(Decimal(rng.randint(5_000, 60_000)) / 100)
    theirs = money(mine * Decimal(rng.choice(["1", "1.5", "0.75"])))
    transfer = money(total(funds) * Decimal(rng.choice(["1", "0.99"])))
    doc = Doc()

    def page1(c, n, pages):
        h = doc.height
        _opening(c, h, w, doc, provider, firm_lines, when + dt.timedelta(days=5),
                 f"Group Personal Pension - {employer}", "Workplace pensions")
        pairs(c, h, 50, 262, [("Member", client.name), ("Member number", member), ("Plan number", shown),
                              ("Date of birth", fmt_date(client.dob, "dotted")),
                              ("National Insurance number", client.ni), ("Employer", employer),
                              ("Home address", client.address), ("Postcode", client.postcode)], gap=150)
        box(c, h, 50, 390, 495, 86)
        pairs(c, h, 60, 408, [("Member contribution", f"{gbp(mine, ms)} a month"),
                              ("Employer contribution", f"{gbp(theirs, ms)} a month"),
                              ("Total contribution", f"{gbp(mine + theirs, ms)} a month")], gap=170)
        text(c, h, 60, 466, "Contributions are deducted from pay by the employer and paid to us monthly.", size=8)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    def page2(c, n, pages):
        h = doc.height
        text(c, h, 50, 60, f"Fund values at {fmt_date(when, 'long')}", "Helvetica-Bold", 12)
        y = fund_table(c, h, 50, 90, funds, isin=show_isin, total_label="Total plan value")
        pairs(c, h, 50, y + 16, [("Transfer value", gbp(transfer, ms))], gap=150)
        footer(c, h, doc.width, provider, n, pages, legal=True)

    doc.pages += [page1, page2]
    rec = plan_record("loa_response", provider, number, client, shows={"dob", "ni", "address"},
                      plan_type="workplace_pension", valuation_date=when, plan_value=total(funds),
                      transfer_value=transfer, regular_contribution=mine + theirs, contribution_frequency="monthly",
                      holdings=holdings_truth(funds))
    return doc, rec, "reply-group-pension"
