"""Two LoA layouts: a bulleted form with a witness box, and a letter to the provider with split name fields."""

from __future__ import annotations

import datetime as dt
import random

from common import ADVISERS, FIRMS, FIRST, LAST, Faker, date_abbrev, date_dots, date_ordinal
from draw import W, banner, box, footer, ink, para, table, text

PLAN_KINDS = ["Personal Pension", "Investment Bond", "Stakeholder Pension", "Stocks and Shares ISA", "SIPP",
              "Retirement Account", "Portfolio Bond"]


def _firm(rng: random.Random) -> tuple[str, str, str]:
    firm = rng.choice(FIRMS)
    town = rng.choice(["Harrogate", "Cheltenham", "Perth", "Chester", "Winchester"])
    pc = {"Harrogate": "HG1 2RS", "Cheltenham": "GL50 1QT", "Perth": "PH1 5TW", "Chester": "CH1 2HU",
          "Winchester": "SO23 8UJ"}[town]
    return firm, f"{rng.randint(2, 40)} {rng.choice(['Victoria', 'Albert', 'Regent'])} Court, {town} {pc}", \
        rng.choice(ADVISERS)


def _ni(ni: str, rng: random.Random) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if form == 1:
        return f"{ni[:2]}-{ni[2:8]}-{ni[8]}"
    return ni


def _record(p, provider, policies, firm, adviser, signed, when, title=True):
    return {"provider": provider, "policy_numbers": policies, "client_title": p["title"] if title else None,
            "client_name": p["name"], "client_dob": p["dob"].isoformat(), "ni_number": p["ni"],
            "client_address": p["address"], "client_postcode": p["postcode"], "adviser_firm": firm,
            "fca_frn": None, "adviser_name": adviser, "date_signed": when.isoformat() if signed else None,
            "signature_present": signed}


def bulleted_witness(fk: Faker, rng: random.Random, c, provider: str, prefix: str, signed: bool) -> dict:
    p = fk.person()
    firm, firm_addr, adviser = _firm(rng)
    policies = [fk.policy(prefix) for _ in range(rng.randint(1, 3))]
    when = dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))
    banner(c, firm, firm_addr + "  |  Authorised and regulated by the Financial Conduct Authority", rng, dark=False)
    text(c, 40, 95, "LETTER OF AUTHORITY — PLAN INFORMATION", "Helvetica-Bold", 13)
    text(c, 40, 115, f"To: {provider}, Customer Services (existing business)")
    text(c, 40, 135, "Client details", "Helvetica-Bold", 10.5)
    dob = date_ordinal(p["dob"]) if rng.random() < 0.6 else date_dots(p["dob"])
    items = [("Full name", f"{p['title']} {p['name']}"), ("Date of birth", dob),
             ("National Insurance number", _ni(p["ni"], rng)),
             ("Address", f"{p['address']}, {p['postcode']}"),
             ("Plan number(s)", ", ".join(policies))]
    y = 155
    for label, value in items:
        text(c, 48, y, "•", "Helvetica-Bold", 10)
        text(c, 60, y, f"{label}:", "Helvetica-Bold", 9.5)
        text(c, 200, y, value)
        y += 17
    y += 8
    y = para(c, 40, y, f"I authorise {provider} to release to {firm}, and to my adviser {adviser}, any information "
             "they ask for about the plans listed above and any other plans I hold with you. This authority is for "
             "information only and does not allow any change to my plans. It remains in force until I withdraw it "
             "in writing. A photocopy or scanned copy of this letter is as valid as the original.")
    y += 14
    text(c, 40, y, "Signature of planholder", "Helvetica-Bold", 9.5)
    box(c, 40, y + 6, 250, 50)
    if signed:
        ink(c, 60, y + 36, rng)
    text(c, 310, y + 24, "Date:")
    text(c, 345, y + 24, date_ordinal(when) if signed else "____________________")
    y += 80
    text(c, 40, y, "Witness (must not be a relative of the planholder)", "Helvetica-Bold", 9.5)
    box(c, 40, y + 6, W - 80, 78)
    witness = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    text(c, 50, y + 22, "Witness signature:")
    text(c, 50, y + 44, "Witness name:")
    text(c, 50, y + 66, "Occupation:")
    if signed:
        ink(c, 150, y + 24, rng, width=90)
        text(c, 150, y + 44, witness)
        text(c, 150, y + 66, rng.choice(["Pharmacist", "Solicitor", "Teacher", "Bank manager", "Accountant"]))
    footer(c, 1, 1, f"{firm} · Ref {rng.randint(10000, 99999)}")
    c.showPage()
    return _record(p, provider, policies, firm, adviser, signed, when)


def letter_split_name(fk: Faker, rng: random.Random, c, provider: str, prefix: str, signed: bool) -> dict:
    p = fk.person()
    firm, firm_addr, adviser = _firm(rng)
    policies = [fk.policy(prefix) for _ in range(rng.randint(1, 3))]
    when = dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))
    y = 60
    for line in p["lines"] + [p["postcode"]]:
        text(c, W - 200, y, line, "Times-Roman", 10.5)
        y += 13
    y = 70
    for line in [provider, "Customer Services", f"PO Box {rng.randint(100, 9999)}"]:
        text(c, 50, y, line, "Times-Roman", 10.5)
        y += 13
    text(c, 50, 160, "Dear Sir or Madam,", "Times-Roman", 11)
    text(c, 50, 182, "Re: authority to release information to my financial adviser", "Times-Bold", 11)
    y = table(c, 50, 196, ["Detail", "As held on your records"],
              [["Surname", p["name"].split()[-1]], ["Forename(s)", " ".join(p["name"].split()[:-1])],
               ["Title", p["title"]], ["Date of birth", date_dots(p["dob"])],
               ["NI number", _ni(p["ni"], rng)]], [150, 300], ["l", "l"], size=10, row_h=17)
    y += 14
    y = table(c, 50, y, ["Provider", "Type of plan", "Policy number"],
              [[provider, rng.choice(PLAN_KINDS), pol] for pol in policies], [150, 150, 150], ["l", "l", "l"],
              size=10, row_h=17)
    y += 16
    y = para(c, 50, y, f"Please accept this letter as my authority for {firm} ({firm_addr}) to obtain details of the "
             f"plans above. My adviser there is {adviser}. Please send all information to them and not to me. "
             "This does not authorise any transaction.", 90, "Times-Roman", 11, 14)
    y += 14
    text(c, 50, y, "Yours faithfully,", "Times-Roman", 11)
    if signed:
        ink(c, 60, y + 30, rng)
    text(c, 50, y + 52, f"{p['title']} {p['name']}", "Times-Roman", 11)
    text(c, 50, y + 70, "Date: " + (date_abbrev(when) if signed else ""), "Times-Roman", 11)
    c.showPage()
    return _record(p, provider, policies, firm, adviser, signed, when)
