"""Two statements: a wrap platform pack with several wrappers (the record is the account the summary names
first) and a bond annual statement for joint policyholders with a unit-type column and bare 'Value (GBP)'.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from common import CENT, Faker, date_dots, date_long_day, date_ordinal, gbp, holding_truth, money
from draw import W, banner, footer, para, table, text

WRAPPERS = [("Stocks and Shares ISA", "isa", "ISA"), ("General Investment Account", "gia", "GIA"),
            ("Self Invested Personal Pension", "sipp", "SIPP"), ("Junior ISA", None, "JISA")]


def wrap_pack(fk: Faker, rng: random.Random, c, provider: str, prefix: str) -> dict:
    p = fk.person()
    end = dt.date(2026, rng.choice([3, 6, 9]), 30 if rng.random() < 0.5 else 28)
    start = end.replace(month=end.month - 2, day=1)
    kinds = rng.sample(WRAPPERS[:3], rng.randint(2, 3))
    accounts = []
    for label, ptype, short in kinds:
        funds = fk.funds(rng.randint(2, 5), with_isin=True, pence=rng.random() < 0.3)
        closing = sum(Decimal(f["value"]) for f in funds)
        accounts.append({"label": label, "type": ptype, "number": f"{short}-{fk.policy(prefix)}", "funds": funds,
                         "closing": closing, "opening": (closing * Decimal(rng.uniform(0.93, 1.04))).quantize(CENT)})
    pages = 1 + len(accounts)
    client_ref = f"CL{rng.randint(100000, 999999)}"
    banner(c, provider, "Consolidated valuation pack", rng)
    y = 100
    for line in [f"{p['title']} {p['name']}"] + p["lines"] + [p["postcode"]]:
        text(c, 50, y, line)
        y += 12
    text(c, W - 220, 100, f"Client reference: {client_ref}")
    text(c, W - 220, 114, f"Period: {date_long_day(start)} to {date_long_day(end)}")
    text(c, W - 220, 128, f"Produced: {date_dots(end + dt.timedelta(days=rng.randint(3, 12)))}")
    text(c, 50, 200, "Your accounts at a glance", "Helvetica-Bold", 12)
    rows = [[a["label"], a["number"], gbp(a["opening"], False), gbp(a["closing"], False)] for a in accounts]
    total = sum(a["closing"] for a in accounts)
    rows.append(["Total across your accounts", "", gbp(sum(a["opening"] for a in accounts), False),
                 gbp(total, False)])
    y = table(c, 50, 212, ["Account", "Account number", f"Value (GBP) {date_dots(start)}",
                           f"Value (GBP) {date_dots(end)}"], rows, [170, 130, 100, 100], ["l", "l", "r", "r"],
              bold_last=True)
    para(c, 50, y + 18, "Each account is a separate product with its own terms. The pages that follow show the "
         "investments held in each account at the end of the period. Values are in pounds sterling.", 100)
    footer(c, 1, pages, f"{provider} · client {client_ref}")
    c.showPage()
    contrib = Decimal(rng.choice([100, 200, 300, 500])) if rng.random() < 0.5 else None
    for n, a in enumerate(accounts, start=2):
        text(c, 50, 60, f"{a['label']} — account {a['number']}", "Helvetica-Bold", 12)
        text(c, 50, 78, f"Valuation at {date_ordinal(end)}")
        y = 92
        if n == 2 and contrib:
            text(c, 50, y, f"Regular payment in: {gbp(contrib, False)} monthly by direct debit")
            y += 14
        pence = a["funds"][0]["price_currency"] == "GBX"
        rows = [[f["fund_name"], f["kind"], f["isin"], f["units"], f["unit_price"], gbp(f["value"], False)]
                for f in a["funds"]]
        rows.append(["Account total", "", "", "", "", gbp(a["closing"], False)])
        table(c, 40, y + 4, ["Investment", "Class", "ISIN", "Units", "Price (p)" if pence else "Price (GBP)",
                             "Value (GBP)"], rows, [170, 40, 90, 70, 65, 80], ["l", "l", "l", "r", "r", "r"],
              bold_last=True)
        footer(c, n, pages, f"{provider} · client {client_ref}")
        c.showPage()
    first = accounts[0]
    return {"provider": provider, "policy_number": first["number"], "client_title": p["title"],
            "client_name": p["name"], "client_dob": None, "ni_number": None, "client_address": p["address"],
            "client_postcode": p["postcode"], "plan_type": first["type"], "valuation_date": end.isoformat(),
            "period_start": start.isoformat(), "plan_value": money(first["closing"]), "transfer_value": None,
            "regular_contribution": money(contrib) if contrib else None,
            "contribution_frequency": "monthly" if contrib else None, "annual_charge_percent": None,
            "holdings": [holding_truth(f) for f in first["funds"]]}


def bond_annual(fk: Faker, rng: random.Random, c, provider: str, prefix: str, offshore: bool) -> dict:
    p = fk.person()
    partner = fk.person()
    surname = p["name"].split()[-1]
    partner_name = f"{partner['name'].split()[0]} {surname}"
    policy = fk.policy(prefix)
    end = dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))
    start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
    pence = rng.random() < 0.4
    funds = fk.funds(rng.randint(3, 7), with_isin=rng.random() < 0.5, pence=pence)
    value = sum(Decimal(f["value"]) for f in funds)
    surrender = (value * Decimal(rng.choice(["0.97", "0.98", "1"]))).quantize(CENT)
    opening = (value * Decimal(rng.uniform(0.9, 1.05))).quantize(CENT)
    charge = rng.choice(["0.60", "0.90", "1.10"]) if rng.random() < 0.6 else None
    banner(c, provider, "International portfolio bond" if offshore else "Investment bond", rng, dark=False)
    text(c, 50, 95, f"{p['title']} {p['name']} and {partner['title']} {partner_name}")
    text(c, 50, 108, f"{p['address']}, {p['postcode']}")
    text(c, 50, 140, "Annual statement", "Helvetica-Bold", 14)
    text(c, 50, 158, f"For the year {date_ordinal(start)} to {date_ordinal(end)}")
    rows = [["Policy number", policy],
            ["Policyholders", f"{p['title']} {p['name']}; {partner['title']} {partner_name}"],
            ["Lives assured", f"{p['name']} ({date_dots(p['dob'])}); {partner_name} ({date_dots(partner['dob'])})"],
            ["Basis", "Joint life, second death"],
            ["Number of segments", str(rng.choice([20, 50, 100]))]]
    y = table(c, 50, 172, ["Your policy", ""], rows, [130, 365], ["l", "l"], row_h=16)
    summary = [[f"Value at {date_ordinal(start)}", gbp(opening, False)],
               ["Withdrawals paid in the year", gbp((opening * Decimal("0.05")).quantize(CENT), False)],
               [f"Value at {date_ordinal(end)}", gbp(value, False)],
               ["Surrender value (after early surrender charge)", gbp(surrender, False)]]
    if charge:
        summary.append(["Annual management charge", f"{charge}%"])
    y = table(c, 50, y + 16, ["Summary", "Value (GBP)"], summary, [300, 120], ["l", "r"], row_h=16)
    y += 16
    text(c, 50, y, "Your funds", "Helvetica-Bold", 11)
    show_isin = funds[0]["isin"] is not None
    cols = ["Fund", "Unit type"] + (["ISIN"] if show_isin else []) + ["Units", "Price (p)" if pence else "Price",
                                                                      "Value (GBP)"]
    rows = [[f["fund_name"], "Accumulation" if f["kind"] == "Acc" else "Income"] + ([f["isin"]] if show_isin else [])
            + [f["units"], f["unit_price"], gbp(f["value"], False)] for f in funds]
    rows.append(["Total", ""] + ([""] if show_isin else []) + ["", "", gbp(value, False)])
    table(c, 40, y + 6, cols, rows, [165, 70] + ([85] if show_isin else []) + [65, 55, 75],
          ["l", "l"] + (["l"] if show_isin else []) + ["r", "r", "r"], bold_last=True)
    footer(c, 1, 1, f"{provider} · {policy}")
    c.showPage()
    return {"provider": provider, "policy_number": policy, "client_title": p["title"], "client_name": p["name"],
            "client_dob": p["dob"].isoformat(), "ni_number": None, "client_address": p["address"],
            "client_postcode": p["postcode"], "plan_type": "offshore_bond" if offshore else "onshore_bond",
            "valuation_date": end.isoformat(), "period_start": start.isoformat(), "plan_value": money(value),
            "transfer_value": money(surrender), "regular_contribution": None, "contribution_frequency": None,
            "annual_charge_percent": charge, "holdings": [holding_truth(f) for f in funds]}
