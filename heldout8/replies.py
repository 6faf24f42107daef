"""Two provider replies to an LoA: a completed questionnaire (Q/A with Yes/No columns) and a bond reply with a
valuation history (policy and surrender value at several dates) and several lives assured.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from common import CENT, Faker, date_dots, date_long_day, date_ordinal, gbp, holding_truth, money
from draw import W, banner, footer, para, table, text
from loas import _firm

QUESTION_PLANS = [("Personal Pension", "personal_pension"), ("Stakeholder Pension", "stakeholder_pension"),
                  ("Self Invested Personal Pension", "sipp"), ("Stocks & Shares ISA", "isa")]


def _address_window(c, rng, firm, firm_addr, adviser):
    y = 100
    for line in [adviser, firm] + firm_addr.split(", "):
        text(c, 50, y, line)
        y += 12


def questionnaire(fk: Faker, rng: random.Random, c, provider: str, prefix: str) -> dict:
    p = fk.person()
    firm, firm_addr, adviser = _firm(rng)
    policy = fk.policy(prefix)
    label, plan_type = rng.choice(QUESTION_PLANS)
    when = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    funds = fk.funds(rng.randint(2, 6), with_isin=rng.random() < 0.7)
    value = sum(Decimal(f["value"]) for f in funds)
    transfer = (value * Decimal(rng.choice(["1", "1", "0.97", "0.985"]))).quantize(CENT)
    contrib = Decimal(rng.choice([50, 100, 150, 250, 400])) if rng.random() < 0.6 and plan_type != "sipp" else None
    freq = rng.choice(["monthly", "annually"]) if contrib else None
    charge = rng.choice(["0.50", "0.75", "0.85", "1.00", "1.25"])
    show_addr = rng.random() < 0.5
    banner(c, provider, f"Adviser Services · PO Box {rng.randint(100, 9999)}", rng)
    _address_window(c, rng, firm, firm_addr, adviser)
    text(c, W - 200, 100, f"Date: {date_long_day(when + dt.timedelta(days=rng.randint(1, 6)))}")
    text(c, W - 200, 114, f"Our reference: {policy}")
    text(c, 50, 190, "Adviser information request — completed questionnaire", "Helvetica-Bold", 12)
    text(c, 50, 208, f"Planholder: {p['title']} {p['name']}      Date of birth: {date_dots(p['dob'])}")
    y = 222
    if show_addr:
        text(c, 50, y, f"Address on our records: {p['address']}, {p['postcode']}")
        y += 14
    yes, no = ("X", ""), ("", "X")
    rows = [["1", "Is the plan in force?", *yes, ""],
            ["2", "Type of plan", "", "", label],
            ["3", "Plan number", "", "", policy],
            ["4", f"Value (GBP) at {date_dots(when)}", "", "", gbp(value, False)],
            ["5", "Is a transfer value available?", *yes, gbp(transfer, False)],
            ["6", "Are regular contributions being paid?", *(yes if contrib else no),
             f"{gbp(contrib, False)} {'per month' if freq == 'monthly' else 'a year'}" if contrib else ""],
            ["7", "Annual management charge", "", "", f"{charge}%"],
            ["8", "Any guaranteed annuity rate or GMP?", *no, ""],
            ["9", "Any protected tax-free cash?", *no, ""],
            ["10", "Is there a loyalty bonus or exit charge?", *no, ""]]
    y = table(c, 50, y + 6, ["No.", "Question", "Yes", "No", "Details"], rows, [30, 215, 35, 35, 180],
              ["l", "l", "c", "c", "r"], row_h=17)
    y += 18
    text(c, 50, y, "Fund holdings", "Helvetica-Bold", 10.5)
    show_isin = funds[0]["isin"] is not None
    cols = ["Fund name", "Type"] + (["ISIN"] if show_isin else []) + ["Units", "Unit price (£)", "Value (GBP)"]
    widths = [185, 35] + ([85] if show_isin else []) + [70, 70, 70]
    rows = [[f["fund_name"], f["kind"]] + ([f["isin"]] if show_isin else []) + [f"{Decimal(f['units']):,.3f}",
            f["unit_price"], gbp(f["value"], False)] for f in funds]
    rows.append(["Total"] + [""] * (len(cols) - 2) + [gbp(value, False)])
    y = table(c, 40, y + 6, cols, rows, widths, ["l", "l"] + (["l"] if show_isin else []) + ["r", "r", "r"],
              bold_last=True)
    para(c, 50, y + 16, "Values are not guaranteed and the transfer value may change. Past performance is not a "
         "guide to the future. This questionnaire was completed from our records on the date shown.", 100, size=8)
    footer(c, 1, 1, f"{provider} · information supplied under the client's letter of authority")
    c.showPage()
    return {"provider": provider, "policy_number": policy, "client_title": p["title"], "client_name": p["name"],
            "client_dob": p["dob"].isoformat(), "ni_number": None,
            "client_address": p["address"] if show_addr else None,
            "client_postcode": p["postcode"] if show_addr else None, "plan_type": plan_type,
            "valuation_date": when.isoformat(), "plan_value": money(value), "transfer_value": money(transfer),
            "regular_contribution": money(contrib) if contrib else None, "contribution_frequency": freq,
            "annual_charge_percent": charge, "holdings": [holding_truth(f) for f in funds]}


def value_history(fk: Faker, rng: random.Random, c, provider: str, prefix: str, offshore: bool) -> dict:
    p = fk.person()
    firm, firm_addr, adviser = _firm(rng)
    policy = fk.policy(prefix)
    when = dt.date(2026, rng.randint(2, 10), rng.randint(1, 28))
    funds = fk.funds(rng.randint(2, 5), with_isin=rng.random() < 0.6)
    value = sum(Decimal(f["value"]) for f in funds)
    surrender = (value * Decimal(rng.choice(["0.96", "0.975", "0.99", "1"]))).quantize(CENT)
    partner = fk.person()
    other = [f"{partner['title']} {partner['name'].split()[0]} {p['name'].split()[-1]}"]
    if rng.random() < 0.4:
        third = fk.person()
        other.append(f"{third['title']} {third['name']}")
    banner(c, provider, "International" if offshore else "Investment bonds · existing customers", rng)
    _address_window(c, rng, firm, firm_addr, adviser)
    text(c, W - 200, 100, date_ordinal(when + dt.timedelta(days=rng.randint(1, 9))))
    text(c, 50, 185, f"Policy {policy}: {'offshore portfolio bond' if offshore else 'investment bond'}",
         "Helvetica-Bold", 12)
    y = para(c, 50, 205, "Thank you for your letter of authority. We set out below the information you asked for "
             "about this policy. The first policyholder named below is the owner we hold your authority from.", 100)
    lives = [[f"{p['title']} {p['name']}", date_dots(p["dob"]), "Policyholder and life assured"]]
    lives += [[o, date_dots(dt.date(rng.randint(1948, 1995), rng.randint(1, 12), rng.randint(1, 28))),
               "Life assured"] for o in other]
    y = table(c, 50, y + 8, ["Name", "Date of birth", "Role"], lives, [200, 100, 195], ["l", "l", "l"])
    v, s = value, surrender
    dates = [when]
    for _ in range(2):
        dates.append(dates[-1].replace(year=dates[-1].year - 1))
    rows = []
    for i, d in enumerate(dates):
        if i:
            v = (v * Decimal(rng.uniform(0.86, 0.99))).quantize(CENT)
            s = (v * Decimal("0.95")).quantize(CENT)
        rows.append([date_dots(d), gbp(v), gbp(s)])
    if rng.random() < 0.5:
        rows.reverse()
    y += 16
    text(c, 50, y, "Valuation history", "Helvetica-Bold", 10.5)
    y = table(c, 50, y + 6, ["Date", "Policy value", "Surrender value"], rows, [130, 130, 130], ["l", "r", "r"])
    wd = (value * Decimal("0.05") / 12).quantize(CENT)
    y = para(c, 50, y + 16, f"A regular withdrawal of {gbp(wd)} is paid each month. Surrender values are after any "
             "early surrender charge and before any tax. The amount originally invested was "
             f"{gbp((value * Decimal('0.9')).quantize(Decimal('1000')))}.", 100)
    footer(c, 1, 2, f"{provider} · policy {policy}")
    c.showPage()
    text(c, 50, 60, f"Policy {policy} — funds held at {date_dots(when)}", "Helvetica-Bold", 12)
    show_isin = funds[0]["isin"] is not None
    cols = ["Fund"] + (["ISIN"] if show_isin else []) + ["Value (£)", "Units held", "Price"]
    rows = [[f["fund_name"]] + ([f["isin"]] if show_isin else []) + [gbp(f["value"], False), f["units"],
            f["unit_price"]] for f in funds]
    rows.append(["Total policy value"] + ([""] if show_isin else []) + [gbp(value, False), "", ""])
    table(c, 40, 80, cols, rows, [200] + ([90] if show_isin else []) + [80, 70, 70],
          ["l"] + (["l"] if show_isin else []) + ["r", "r", "r"], bold_last=True)
    footer(c, 2, 2, f"{provider} · policy {policy}")
    c.showPage()
    return {"provider": provider, "policy_number": policy, "client_title": p["title"], "client_name": p["name"],
            "client_dob": p["dob"].isoformat(), "ni_number": None, "client_address": None, "client_postcode": None,
            "plan_type": "offshore_bond" if offshore else "onshore_bond", "valuation_date": when.isoformat(),
            "plan_value": money(value), "transfer_value": money(surrender), "regular_contribution": None,
            "contribution_frequency": None, "annual_charge_percent": None,
            "holdings": [holding_truth(f) for f in funds]}
