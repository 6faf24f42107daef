"""heldout13: 80 documents and their truth (see README.md).

python heldout13/generate.py --out heldout13/docs --seed 20261206
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from common import (  # noqa: E402
    SITES,
    W,
    build,
    char_boxes,
    fdate,
    firm,
    footer,
    gbp,
    hline,
    holdings,
    ink,
    money,
    ni_spaced,
    para,
    person,
    price_str,
    q2,
    rand_date,
    rect,
    table,
    tick,
    total,
    txt,
    units_str,
)

LOA_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                 "Canada Life", "Zurich", "Prudential", "Phoenix Life", "AJ Bell", "Hargreaves Lansdown", "Quilter",
                 "Fidelity", "Transact", "LV=", "Wesleyan"]
WP_PROVIDERS = ["Prudential", "Phoenix Life", "ReAssure", "Wesleyan", "LV=", "Royal London", "Aviva",
                "Scottish Widows", "Utmost Life and Pensions"]
MT_PROVIDERS = ["Nest", "The People's Pension", "NOW: Pensions", "Smart Pension", "Legal & General", "Aviva",
                "Scottish Widows", "Standard Life", "Aegon"]
BOND_PROVIDERS = ["Prudential", "Aviva", "Quilter", "Canada Life", "Zurich", "Royal London", "Standard Life",
                  "Transact", "Utmost Wealth Solutions", "Utmost Wealth Solutions"]
TWO_PLAN_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                      "Zurich", "Canada Life", "AJ Bell", "Fidelity", "Hargreaves Lansdown", "Quilter", "Transact",
                      "interactive investor"]
PRODUCTS = {"personal_pension": "Personal Pension", "sipp": "Self Invested Personal Pension",
            "stakeholder_pension": "Stakeholder Pension", "isa": "Stocks and Shares ISA",
            "gia": "General Investment Account"}
TODAY = dt.date(2026, 11, 20)


def empty(doc_type: str) -> dict:
    """A truth record of the doc type with every field null or empty."""
    from provcheck.models import FIELDS_BY_TYPE

    base = {f: None for f in FIELDS_BY_TYPE[doc_type]}
    for f in ("policy_numbers", "holdings"):
        if f in base:
            base[f] = []
    return base


def client_fields(rec: dict, p: dict, title: bool, address: bool, ni: bool, dob: bool) -> None:
    """Fill the client fields the page prints."""
    rec.update(client_title=p["title"] if title else None, client_name=p["name"],
               client_dob=p["dob"].isoformat() if dob else None, ni_number=p["ni"] if ni else None,
               client_address=", ".join(p["lines"]) if address else None,
               client_postcode=p["postcode"] if address else None)


def policy_no(rng: random.Random, style: int | None = None) -> str:
    """A fictional policy number in one of five shapes."""
    style = rng.randrange(5) if style is None else style
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    return [f"{rng.choice('PRTWX')}{rng.choice('KLMN')}{d(8)}", d(9), f"{d(3)}-{d(6)}",
            f"{rng.choice(['IB', 'WP', 'GP', 'SP'])}{d(7)}{rng.choice('ABCXY')}", f"{d(2)}/{d(6)}"][style]


def pname(p: dict, with_title: bool) -> str:
    """The name with or without the title."""
    return f"{p['title']} {p['name']}" if with_title else p["name"]


# ====================================================================== LoA 1: change of agency / servicing rights
def loa_servicing(rng, signed):
    """Change of agency / servicing-rights request from the firm, countersigned by the client."""
    prov = rng.choice(LOA_PROVIDERS)
    p, f = person(rng), firm(rng)
    plans = [policy_no(rng, rng.choice([0, 1, 3])) for _ in range(rng.randint(1, 3))]
    with_title = rng.random() < 0.6
    prepared = rand_date(rng, dt.date(2026, 6, 1), dt.date(2026, 10, 20))
    signed_on = prepared + dt.timedelta(days=rng.randint(2, 12))
    dstyle, nstyle, one_line = rng.randrange(4), rng.randrange(3), rng.random() < 0.5
    font = rng.choice(["Helvetica", "Times-Roman"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    rec = empty("loa")
    rec.update(provider=prov, policy_numbers=plans, adviser_firm=f["name"], adviser_name=f["adviser"],
               signature_present=signed, date_signed=signed_on.isoformat() if signed else None)
    client_fields(rec, p, with_title, True, True, True)

    def page1(c, n, total_pages):
        txt(c, 40, 52, f["name"], bold, 15, (0.15, 0.25, 0.35))
        txt(c, 40, 66, ", ".join(f["lines"]) + " " + f["postcode"] + "   Tel " + f["phone"], font, 8)
        txt(c, 40, 77, "Authorised and regulated by the Financial Conduct Authority", font, 7, (0.4, 0.4, 0.4))
        hline(c, 40, W - 40, 84, 1.2, 0.2)
        y = 112
        for line in [f"{prov} - Servicing and agency changes", f"PO Box {rng.randint(100, 9999)}",
                     rng.choice(["Sunderland", "Peterborough", "Stirling", "Bristol", "Basingstoke"])]:
            txt(c, 40, y, line, font, 10)
            y += 13
        txt(c, W - 40, 112, fdate(prepared, 0), font, 10, align="right")
        txt(c, W - 40, 125, f"Our ref: {f['name'].split()[0][:3].upper()}/{rng.randint(1000, 9999)}", font, 8,
            align="right")
        y += 16
        txt(c, 40, y, "Dear Sir or Madam", font, 10)
        y += 20
        txt(c, 40, y, "Change of agency - request to transfer servicing rights", bold, 12)
        y += 18
        y = para(c, 40, y, f"Our client, named below, has appointed {f['name']} as their financial adviser. "
                 f"We ask you to record {f['name']} as the servicing agent on each plan listed, in place of any "
                 "agent now recorded, and to send us full plan information. The client's countersigned "
                 "authority is enclosed on page 2.", W - 80, font, 10, 13)
        y += 8
        txt(c, 40, y, "Planholder", bold, 10.5)
        y += 6
        addr = [", ".join(p["lines"])] if one_line else p["lines"]
        rows = [["Name", pname(p, with_title)], ["Date of birth", fdate(p["dob"], dstyle)],
                ["National Insurance number", ni_spaced(p["ni"], nstyle)]]
        rows += [["Address" if i == 0 else "", a] for i, a in enumerate(addr)] + [["Postcode", p["postcode"]]]
        for label, val in rows:
            txt(c, 48, y + 11, label, font, 9.5, (0.3, 0.3, 0.3))
            txt(c, 210, y + 11, val, font, 10)
            y += 15
            hline(c, 44, W - 44, y, 0.3, 0.7)
        y += 18
        txt(c, 40, y, "Plans to be transferred to our agency", bold, 10.5)
        y = table(c, 40, y + 6, [150, 170, 195],
                  [["Provider", "Plan number", "Agency to be transferred"]] + [[prov, pl, "Yes - full servicing"]
                                                                            for pl in plans], font=font)
        y += 18
        y = para(c, 40, y, "Please remove any previous adviser's agency and pay any trail or adviser charge "
                 "facility as instructed on the enclosed form only. Send all plan correspondence to the adviser "
                 "at the address above.", W - 80, font, 9.5, 12.5)
        y += 10
        txt(c, 40, y, "Yours faithfully", font, 10)
        ink(c, 44, y + 28, rng, 90)
        txt(c, 40, y + 44, f["adviser"], font, 10)
        txt(c, 40, y + 57, f"Financial Adviser, for and on behalf of {f['name']}", font, 9)
        footer(c, "", n, total_pages, left=f"{f['name']}  |  {f['email']}")

    def page2(c, n, total_pages):
        txt(c, 40, 60, "Client's authority and countersignature", bold, 13)
        txt(c, 40, 76, f"To: {prov}", font, 10)
        y = 100
        scope = rng.choice(["and to act as my agent on these plans", "and to accept instructions from them on "
                            "these plans, including fund switches"])
        y = para(c, 40, y, f"I, {p['name']}, the planholder, confirm that I have appointed {f['name']} "
                 f"({f['adviser']}) as my financial adviser. I authorise {prov} to transfer the servicing rights on "
                 f"the plan(s) numbered {', '.join(plans)} to them, to give them any information they ask for "
                 f"{scope}. This authority replaces any earlier one and stays in force until I cancel it in "
                 "writing.", W - 80, font, 10, 13.5)
        y += 10
        y = para(c, 40, y, "I understand that the previous adviser will no longer receive information about my "
                 "plans and that the new adviser's charges are agreed between us.", W - 80, font, 9.5, 12.5)
        y += 20
        rect(c, 40, y, W - 80, 96, width=0.8)
        txt(c, 50, y + 16, "Signature of planholder", font, 9, (0.3, 0.3, 0.3))
        hline(c, 50, 300, y + 56, 0.5)
        if signed:
            ink(c, 60, y + 50, rng)
        txt(c, 330, y + 16, "Date", font, 9, (0.3, 0.3, 0.3))
        hline(c, 330, W - 60, y + 56, 0.5)
        if signed:
            txt(c, 336, y + 50, fdate(signed_on, rng.choice([0, 1, 2])), "Times-Italic", 11, (0.08, 0.12, 0.42))
        txt(c, 50, y + 78, f"Print name: {pname(p, with_title)}", font, 9.5)
        y += 120
        txt(c, 40, y, "Notes for the provider", bold, 9)
        for i, s in enumerate(["The adviser firm's details are given on the covering letter.",
                               "A copy of this authority is as valid as the original.",
                               "Where a plan is held in trust, the trustees' authority is also needed."]):
            txt(c, 40, y + 14 + i * 11, f"{i + 1}. {s}", font, 7.5, (0.35, 0.35, 0.35))
        footer(c, "", n, total_pages, left=f"{f['name']}  |  Change of agency")

    return rec, [page1, page2]


# ====================================================================== LoA 2: bank-style consent form with boxes
def loa_consent(rng, signed):
    """Provider-style consent form: numbered consents ticked and one-character box grids."""
    prov = rng.choice(LOA_PROVIDERS)
    p, f = person(rng), firm(rng)
    plans = [policy_no(rng, rng.choice([0, 1, 3])) for _ in range(rng.randint(1, 4))]
    signed_on = rand_date(rng, dt.date(2026, 6, 1), dt.date(2026, 11, 5))
    rec = empty("loa")
    rec.update(provider=prov, policy_numbers=plans, adviser_firm=f["name"], adviser_name=f["adviser"],
               signature_present=signed, date_signed=signed_on.isoformat() if signed else None)
    client_fields(rec, p, True, True, True, True)
    code = f"TPC{rng.randint(10, 99)} {rng.randint(1, 12):02d}/26"
    colour = rng.choice([(0.05, 0.3, 0.45), (0.35, 0.1, 0.3), (0.1, 0.35, 0.2)])
    consents = ["give my adviser the current and transfer values of my plans",
                "give details of the funds my plans are invested in",
                "give details of charges, including any exit charges",
                "give details of any guarantees, protected tax-free cash or special terms",
                "send my adviser copies of my annual statements",
                "accept instructions from my adviser to change my investments",
                "change my address or bank details on my adviser's request"]
    ticked = [True, True, True, rng.random() < 0.8, rng.random() < 0.6, False, False]

    def page1(c, n, total_pages):
        rect(c, 0, 0, W, 70, fill=colour, stroke=False)
        txt(c, 40, 34, prov, "Helvetica-Bold", 18, (1, 1, 1))
        txt(c, 40, 56, "Consent to share your information with a third party", "Helvetica", 11, (1, 1, 1))
        txt(c, W - 40, 56, code, "Helvetica", 8, (1, 1, 1), align="right")
        y = 90
        txt(c, 40, y, "Please complete in BLOCK CAPITALS, one character in each box, and return the form to us.",
            size=8.5)
        y += 20
        rect(c, 40, y, W - 80, 18, fill=(0.9, 0.9, 0.9), stroke=False)
        txt(c, 46, y + 13, "1  About you", "Helvetica-Bold", 10)
        y += 30
        txt(c, 46, y, "Title", size=8.5)
        txt(c, 150, y, p["title"], "Courier-Bold", 10)
        txt(c, 250, y, "Full name", size=8.5)
        txt(c, 300, y, p["name"], "Courier-Bold", 10)
        y += 22
        txt(c, 46, y, "Date of birth (DD MM YYYY)", size=8.5)
        d = p["dob"]
        x = char_boxes(c, 170, y - 10, f"{d.day:02d}", 2)
        x = char_boxes(c, x + 6, y - 10, f"{d.month:02d}", 2)
        char_boxes(c, x + 6, y - 10, str(d.year), 4)
        y += 24
        txt(c, 46, y, "National Insurance number", size=8.5)
        char_boxes(c, 170, y - 10, p["ni"], 9)
        y += 24
        txt(c, 46, y, "Home address", size=8.5)
        for line in p["lines"]:
            rect(c, 170, y - 10, 300, 14, width=0.5)
            txt(c, 174, y, line, "Courier-Bold", 9.5)
            y += 17
        txt(c, 46, y, "Postcode", size=8.5)
        rect(c, 170, y - 10, 80, 14, width=0.5)
        txt(c, 174, y, p["postcode"], "Courier-Bold", 9.5)
        y += 26
        rect(c, 40, y, W - 80, 18, fill=(0.9, 0.9, 0.9), stroke=False)
        txt(c, 46, y + 13, "2  Plans this consent covers", "Helvetica-Bold", 10)
        y += 30
        txt(c, 46, y, "Write each plan number in a row of boxes, one character a box.", size=8)
        y += 10
        for i in range(4):
            txt(c, 46, y + 10, f"Plan {i + 1}", size=8.5)
            char_boxes(c, 110, y, plans[i] if i < len(plans) else "", 14)
            y += 18
        y += 14
        rect(c, 40, y, W - 80, 18, fill=(0.9, 0.9, 0.9), stroke=False)
        txt(c, 46, y + 13, "3  Who you are giving consent to", "Helvetica-Bold", 10)
        y += 30
        for label, val in [("Firm", f["name"]), ("Adviser", f["adviser"]),
                           ("Firm address", ", ".join(f["lines"]) + " " + f["postcode"]), ("Telephone", f["phone"])]:
            txt(c, 46, y, label, size=8.5)
            txt(c, 170, y, val, "Courier-Bold", 9.5)
            y += 16
        txt(c, 46, y, "FCA firm reference number", size=8.5)
        char_boxes(c, 170, y - 10, "", 7)
        footer(c, SITES[prov], n, total_pages, left=f"www.{SITES[prov]}   {code}")

    def page2(c, n, total_pages):
        y = 50
        rect(c, 40, y, W - 80, 18, fill=(0.9, 0.9, 0.9), stroke=False)
        txt(c, 46, y + 13, "4  Your consents - tick each one you give", "Helvetica-Bold", 10)
        y += 32
        txt(c, 46, y, f"I consent to {prov} sharing information with the firm named in section 3, so that they "
            "may:", size=9)
        y += 16
        for i, (s, t) in enumerate(zip(consents, ticked, strict=True)):
            txt(c, 50, y + 9, f"{i + 1}.", size=9)
            rect(c, 66, y, 11, 11, width=0.6)
            if t:
                tick(c, 67, y + 1)
            txt(c, 86, y + 9, s, size=9)
            y += 18
        y += 10
        y = para(c, 46, y, "This consent lasts until you tell us in writing that you withdraw it. It does not let "
                 "the firm take money out of your plans.", W - 92, size=8.5, lead=11)
        y += 14
        rect(c, 40, y, W - 80, 18, fill=(0.9, 0.9, 0.9), stroke=False)
        txt(c, 46, y + 13, "5  Declaration and signature", "Helvetica-Bold", 10)
        y += 34
        txt(c, 46, y, f"Name: {p['title']} {p['name']}", "Helvetica", 9.5)
        y += 20
        txt(c, 46, y + 20, "Signature", size=8.5)
        rect(c, 110, y, 230, 34, width=0.6)
        if signed:
            ink(c, 122, y + 24, rng, 100)
        txt(c, 360, y + 20, "Date (DD MM YYYY)", size=8.5)
        ds = signed_on if signed else None
        x = char_boxes(c, 360, y + 24, f"{ds.day:02d}" if ds else "", 2)
        x = char_boxes(c, x + 5, y + 24, f"{ds.month:02d}" if ds else "", 2)
        char_boxes(c, x + 5, y + 24, str(ds.year) if ds else "", 4)
        y += 70
        rect(c, 40, y, W - 80, 60, fill=(0.95, 0.95, 0.95), stroke=False)
        txt(c, 46, y + 14, "For office use", "Helvetica-Bold", 8)
        txt(c, 46, y + 28, f"Batch {rng.randint(100000, 999999)}    Scanned by ........    Checked ........", size=8)
        footer(c, SITES[prov], n, total_pages, left=f"www.{SITES[prov]}   {code}")

    return rec, [page1, page2]


# ====================================================================== reply 1: consolidated letter, two plans
def reply_two_plans(rng):
    """Consolidated policy information letter on two plans; the truth is plan 1."""
    prov = rng.choice(TWO_PLAN_PROVIDERS)
    p, f = person(rng), firm(rng)
    types = rng.sample(list(PRODUCTS), 2)
    val_date = rand_date(rng, dt.date(2026, 8, 1), dt.date(2026, 11, 10))
    letter_date = val_date + dt.timedelta(days=rng.randint(1, 6))
    show_ni, show_addr = rng.random() < 0.6, rng.random() < 0.5
    dstyle = rng.randrange(5)
    plans = []
    for t in types:
        rows = holdings(rng, rng.randint(2, 4))
        pv = total(rows)
        exit_c = q2(pv * Decimal(rng.choice([0, 0, 0, 2, 3])) / 100)
        contrib = Decimal(rng.choice([50, 100, 150, 200, 250, 400])) if rng.random() < 0.6 else None
        freq = rng.choice(["monthly", "monthly", "annually"]) if contrib else None
        amc = rng.choice(["0.45", "0.75", "1.00", "0.60", "0.35"]) if rng.random() < 0.6 else None
        plans.append({"type": t, "no": policy_no(rng, rng.choice([0, 2, 3])), "rows": rows, "value": pv,
                      "tv": pv - exit_c if rng.random() < 0.7 else None, "contrib": contrib, "freq": freq,
                      "amc": amc, "start": rand_date(rng, dt.date(2003, 1, 1), dt.date(2022, 1, 1))})
    first = plans[0]
    rec = empty("loa_response")
    client_fields(rec, p, True, show_addr, show_ni, True)
    rec.update(provider=prov, policy_number=first["no"], plan_type=first["type"], valuation_date=val_date.isoformat(),
               plan_value=money(first["value"]), transfer_value=money(first["tv"]) if first["tv"] else None,
               regular_contribution=money(first["contrib"]) if first["contrib"] else None,
               contribution_frequency=first["freq"], annual_charge_percent=first["amc"], holdings=first["rows"])

    def section(c, y, k, pl):
        rect(c, 40, y, W - 80, 20, fill=(0.18, 0.3, 0.45), stroke=False)
        txt(c, 48, y + 14, f"Plan {k} of 2:  {PRODUCTS[pl['type']]}  -  plan number {pl['no']}", "Helvetica-Bold",
            10.5, (1, 1, 1))
        y += 34
        freq_word = {"monthly": "a month", "annually": "a year"}
        facts = [("Plan started", fdate(pl["start"], 1)), ("Value at " + fdate(val_date, dstyle), gbp(pl["value"])),
                 ("Transfer value", gbp(pl["tv"]) if pl["tv"] else "Not available for this plan"),
                 ("Regular payments", f"{gbp(pl['contrib'])} {freq_word[pl['freq']]}" if pl["contrib"]
                  else "No regular payments"),
                 ("Annual management charge", f"{pl['amc']}% a year" if pl["amc"] else "See the fund factsheets")]
        for label, val in facts:
            txt(c, 48, y, label, size=9, color=(0.3, 0.3, 0.3))
            txt(c, 250, y, val, "Helvetica-Bold", 9.5)
            y += 14
        y += 6
        rows = [["Fund", "ISIN", "Units", "Price", "Value"]]
        rows += [[r["fund_name"], r["isin"] or "-", units_str(r["units"]), price_str(r), gbp(r["value"])]
                 for r in pl["rows"]]
        rows.append(["Total", "", "", "", gbp(pl["value"])])
        return table(c, 40, y, [200, 90, 75, 65, 85], rows, right=(2, 3, 4), bold_last=True)

    def page1(c, n, total_pages):
        txt(c, 40, 50, prov, "Helvetica-Bold", 17, (0.18, 0.3, 0.45))
        txt(c, W - 40, 50, "Policy information", "Helvetica", 10, align="right")
        y = 88
        for line in [f["adviser"], f["name"], *f["lines"], f["postcode"]]:
            txt(c, 40, y, line, size=10)
            y += 12.5
        txt(c, W - 40, 88, fdate(letter_date, 0), size=10, align="right")
        txt(c, W - 40, 101, f"Our ref: PI{rng.randint(1000000, 9999999)}", size=8.5, align="right")
        y += 14
        txt(c, 40, y, f"Dear {f['adviser'].split()[0]}", size=10)
        y += 18
        txt(c, 40, y, f"Your client: {p['title']} {p['name']}", "Helvetica-Bold", 10.5)
        y += 16
        y = para(c, 40, y, "Thank you for your letter of authority. Your client holds two plans with us and this "
                 "letter gives the information for both. Each plan has its own section, values and funds.", W - 80,
                 size=9.5)
        y += 4
        facts = [("Planholder", f"{p['title']} {p['name']}"), ("Date of birth", fdate(p["dob"], dstyle))]
        if show_ni:
            facts.append(("National Insurance number", ni_spaced(p["ni"], rng.randrange(3))))
        if show_addr:
            facts.append(("Address we hold", ", ".join(p["lines"]) + ", " + p["postcode"]))
        for label, val in facts:
            txt(c, 40, y, label, size=9, color=(0.3, 0.3, 0.3))
            txt(c, 200, y, val, size=9.5)
            y += 13
        y += 10
        section(c, y, 1, plans[0])
        footer(c, SITES[prov], n, total_pages)

    def page2(c, n, total_pages):
        y = section(c, 50, 2, plans[1])
        y += 24
        txt(c, 40, y, "Important notes", "Helvetica-Bold", 9)
        for i, s in enumerate(["Values are not guaranteed and can go down as well as up.",
                               "A transfer value is only guaranteed once we receive a transfer request.",
                               "Fund prices are the bid prices at the close on the valuation date."]):
            txt(c, 40, y + 14 + 11 * i, f"{i + 1}. {s}", size=7.5, color=(0.35, 0.35, 0.35))
        txt(c, 40, y + 70, "Yours sincerely", size=10)
        txt(c, 40, y + 100, "Customer Services", "Helvetica-Bold", 10)
        footer(c, SITES[prov], n, total_pages)

    return rec, [page1, page2]


# ====================================================================== reply 2: with-profits ruled value table
def reply_wp(rng):
    """With-profits office reply with a ruled guaranteed / not guaranteed value table."""
    prov = rng.choice(WP_PROVIDERS)
    p, f = person(rng), firm(rng)
    ptype = rng.choice(["personal_pension", "onshore_bond", "other"])
    product = {"personal_pension": "With-Profits Personal Pension", "onshore_bond": "With-Profits Bond",
               "other": rng.choice(["With-Profits Endowment", "With-Profits Savings Plan"])}[ptype]
    val_date = rand_date(rng, dt.date(2026, 8, 1), dt.date(2026, 11, 10))
    wp = holdings(rng, 1, (6000, 90000), pence_share=1.0, isin_share=0.0, names=["With-Profits Fund"])[0]
    wp["fund_name"] = rng.choice(["With-Profits Fund", "With-Profits Fund (Series 2)", "Unitised With-Profits Fund"])
    rows = [wp]
    if rng.random() < 0.4:
        rows += holdings(rng, 1, (3000, 30000), pence_share=0.5, isin_share=0.0)
    wpv = Decimal(wp["value"])
    guaranteed = q2(wpv * Decimal(rng.randint(70, 92)) / 100)
    terminal = wpv - guaranteed
    pv = total(rows)
    linked = pv - wpv
    mvr_pct = rng.choice([0, 0, 3, 5, 7])
    mvr = q2(wpv * mvr_pct / 100)
    tv = pv - mvr
    premium = Decimal(rng.choice([25, 40, 60, 75, 100])) if ptype != "onshore_bond" and rng.random() < 0.7 else None
    amc = rng.choice(["1.00", "0.75"]) if rng.random() < 0.3 else None
    show_ni, show_addr = rng.random() < 0.5, rng.random() < 0.5
    pol = policy_no(rng, rng.choice([1, 3, 4]))
    rec = empty("loa_response")
    client_fields(rec, p, True, show_addr, show_ni, True)
    rec.update(provider=prov, policy_number=pol, plan_type=ptype, valuation_date=val_date.isoformat(),
               plan_value=money(pv), transfer_value=money(tv), regular_contribution=money(premium) if premium else None,
               contribution_frequency="monthly" if premium else None, annual_charge_percent=amc, holdings=rows)
    font = rng.choice(["Times-Roman", "Helvetica"])
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"

    def page1(c, n, total_pages):
        txt(c, W - 40, 52, prov, bold, 18, (0.3, 0.1, 0.15), align="right")
        txt(c, W - 40, 66, "With-profits policy services", font, 9, align="right")
        y = 100
        for line in [f["adviser"], f["name"], *f["lines"], f["postcode"]]:
            txt(c, 40, y, line, font, 10)
            y += 12.5
        txt(c, W - 40, 100, fdate(val_date + dt.timedelta(days=rng.randint(1, 5)), 0), font, 10, align="right")
        y += 16
        txt(c, 40, y, f"Policy {pol}  -  {p['title']} {p['name']}", bold, 11)
        y += 18
        y = para(c, 40, y, f"Thank you for your enquiry about your client's {product}. The values below are at "
                 f"{fdate(val_date, 0)}. A with-profits policy has a guaranteed part and a part that is not "
                 "guaranteed: the terminal bonus is not guaranteed and we may change it at any time.", W - 80, font,
                 10, 13)
        y += 6
        facts = [("Policyholder", f"{p['title']} {p['name']}"), ("Date of birth", fdate(p["dob"], rng.randrange(5)))]
        if show_ni:
            facts.append(("National Insurance number", ni_spaced(p["ni"], rng.randrange(3))))
        if show_addr:
            facts.append(("Correspondence address", ", ".join(p["lines"])))
            facts.append(("Postcode", p["postcode"]))
        facts.append(("Premium", f"{gbp(premium)} each month" if premium else
                      ("Single premium - no further premiums due" if ptype == "onshore_bond"
                       else "Paid up - no premiums")))
        for label, val in facts:
            txt(c, 40, y, label, font, 9.5, (0.3, 0.3, 0.3))
            txt(c, 210, y, val, font, 10)
            y += 14
        y += 10
        txt(c, 40, y, f"Policy values at {fdate(val_date, 1)}", bold, 10.5)
        t = [["", "Guaranteed (£)", "Not guaranteed (£)", "Total (£)"],
             ["With-profits units: guaranteed value", gbp(guaranteed, False), "-", gbp(guaranteed, False)],
             ["With-profits units: terminal bonus", "-", gbp(terminal, False), gbp(terminal, False)]]
        if linked:
            t.append(["Unit-linked fund", "-", gbp(linked, False), gbp(linked, False)])
        t.append(["Total policy value", gbp(guaranteed, False), gbp(terminal + linked, False), gbp(pv, False)])
        t.append([f"Market value reduction ({mvr_pct}% of with-profits units)" if mvr else "Market value reduction",
                  "", "", f"-{gbp(mvr, False)}" if mvr else "Nil"])
        t.append(["Transfer value today", "", "", gbp(tv, False)])
        y = table(c, 40, y + 6, [215, 95, 105, 100], t, font=font, right=(1, 2, 3), bold_last=True, rowh=16)
        y += 14
        y = para(c, 40, y, "A market value reduction may apply when money leaves the with-profits fund other than "
                 "at a guaranteed date. The total policy value is paid on death or at the selected retirement "
                 "date.", W - 80, font, 8.5, 11)
        footer(c, SITES[prov], n, total_pages)

    def page2(c, n, total_pages):
        txt(c, 40, 60, "Units held", bold, 12)
        t = [["Fund", "Units", "Unit price", "Value (£)"]]
        t += [[r["fund_name"], units_str(r["units"]), price_str(r), gbp(Decimal(r["value"]), False)] for r in rows]
        t.append(["Total", "", "", gbp(pv, False)])
        y = table(c, 40, 72, [230, 95, 95, 95], t, font=font, right=(1, 2, 3), bold_last=True)
        y += 16
        y = para(c, 40, y, "The with-profits unit price shown includes the terminal bonus at the valuation date. "
                 f"The regular bonus rate declared this year is {rng.choice(['1.5', '2.0', '2.25', '1.75'])}% a year; "
                 "it is not a charge.", W - 80, font, 9.5, 12.5)
        if amc:
            y = para(c, 40, y + 6, f"The annual management charge on the policy is {amc}%.", W - 80, font, 9.5, 12.5)
        txt(c, 40, y + 24, "Yours faithfully", font, 10)
        txt(c, 40, y + 56, "Policy Servicing Team", bold, 10)
        footer(c, SITES[prov], n, total_pages)

    return rec, [page1, page2]


# ====================================================================== statement 1: workplace master trust
def st_master_trust(rng):
    """Workplace master trust annual statement with monthly contribution rows and a lifestyle note."""
    prov = rng.choice(MT_PROVIDERS)
    p = person(rng)
    employer = rng.choice(["Brackenfield Joinery Ltd", "Ostler & Finch Ltd", "Marram Coast Hotels Ltd",
                           "Pennine Valley Dairies Ltd", "Greyfriars Print Ltd", "Sedgemoor Logistics Ltd"])
    year = rng.choice([("2025-04-01", "2026-03-31"), ("2025-04-06", "2026-04-05"), ("2025-01-01", "2025-12-31")])
    start, end = dt.date.fromisoformat(year[0]), dt.date.fromisoformat(year[1])
    rows = holdings(rng, rng.randint(1, 3), (4000, 70000), pence_share=0.4)
    pv = total(rows)
    you = Decimal(rng.randint(40, 260))
    er = q2(you * Decimal(rng.choice(["0.75", "1.0", "1.5"])))
    relief = q2(you / 4)
    monthly = you + er + relief
    paid = monthly * 12
    charges = q2(pv * Decimal("0.004"))
    growth = q2(pv * Decimal(rng.randint(3, 9)) / 100)
    opening = pv - paid - growth + charges
    if opening <= 0:
        opening = Decimal("0.00")
        growth = pv - paid + charges
    amc = rng.choice(["0.30", "0.50", "0.40"]) if rng.random() < 0.5 else None
    show_ni = rng.random() < 0.6
    tv = pv if rng.random() < 0.5 else None
    member = rng.choice([f"M{rng.randint(10000000, 99999999)}", f"{rng.randint(100000000, 999999999)}",
                         f"WPT-{rng.randint(1000000, 9999999)}"])
    dstyle = rng.randrange(5)
    rec = empty("annual_statement")
    client_fields(rec, p, True, True, show_ni, True)
    rec.update(provider=prov, policy_number=member, plan_type="workplace_pension", valuation_date=end.isoformat(),
               period_start=start.isoformat(), plan_value=money(pv), transfer_value=money(tv) if tv else None,
               regular_contribution=money(monthly), contribution_frequency="monthly", annual_charge_percent=amc,
               holdings=rows)
    lifestyle = rng.choice(["Retirement Lifestyle", "Target Drawdown Lifestyle", "Cash Lifestyle"])
    switch_age = rng.choice([50, 55, 57])
    colour = rng.choice([(0.1, 0.4, 0.4), (0.3, 0.2, 0.5), (0.6, 0.25, 0.1)])

    def page1(c, n, total_pages):
        rect(c, 0, 0, W, 8, fill=colour, stroke=False)
        txt(c, 40, 44, prov, "Helvetica-Bold", 18, colour)
        txt(c, W - 40, 44, "Your annual pension statement", "Helvetica-Bold", 11, align="right")
        txt(c, W - 40, 58, f"{fdate(start, 0)} to {fdate(end, 0)}", size=9, align="right")
        y = 96
        for line in [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]:
            txt(c, 50, y, line, size=10)
            y += 12.5
        bx = 330
        rect(c, bx, 84, W - 40 - bx, 100, fill=(0.95, 0.96, 0.97), stroke=False)
        facts = [("Member number", member), ("Employer", employer), ("Date of birth", fdate(p["dob"], dstyle))]
        if show_ni:
            facts.append(("NI number", ni_spaced(p["ni"], rng.randrange(3))))
        facts.append(("Selected retirement age", str(rng.choice([65, 66, 67, 68]))))
        yy = 98
        for label, val in facts:
            txt(c, bx + 8, yy, label, size=8, color=(0.35, 0.35, 0.35))
            txt(c, W - 48, yy, val, "Helvetica-Bold", 8.5, align="right")
            yy += 16
        y = 210
        txt(c, 40, y, "Your pot at a glance", "Helvetica-Bold", 12, colour)
        t = [["", "£"], [f"Value of your pot on {fdate(start, 0)}", gbp(opening, False)],
             ["Contributions paid in (you, your employer and tax relief)", gbp(paid, False)],
             ["Investment growth", gbp(growth, False)], ["Charges taken", f"-{gbp(charges, False)}"],
             [f"Value of your pot on {fdate(end, 0)}", gbp(pv, False)]]
        y = table(c, 40, y + 8, [380, 135], t, right=(1,), bold_last=True, header_fill=None)
        y += 14
        if tv:
            txt(c, 40, y, f"If you transferred your pot to another scheme, its transfer value would be {gbp(tv)}.",
                size=9.5)
            y += 16
        if amc:
            txt(c, 40, y, f"Annual management charge on your funds: {amc}% a year.", size=9.5)
            y += 16
        y += 8
        rect(c, 40, y, W - 80, 62, fill=(0.97, 0.94, 0.88), stroke=False)
        txt(c, 50, y + 16, "Lifestyle switching", "Helvetica-Bold", 10)
        para(c, 50, y + 30, f"You are invested in the {lifestyle} profile. From age {switch_age} we will start to "
             "move your pot gradually from growth funds into funds chosen for the way you may take your money. "
             "No switches have been made yet in this statement year.", W - 100, size=8.5, lead=11)
        footer(c, SITES[prov], n, total_pages)

    def page2(c, n, total_pages):
        txt(c, 40, 56, "Contributions paid in this statement year", "Helvetica-Bold", 12, colour)
        t = [["Month paid", "You (£)", "Your employer (£)", "Tax relief (£)", "Total (£)"]]
        m = start
        for _ in range(12):
            t.append([f"{MONTHS_SHORT[m.month - 1]} {m.year}", gbp(you, False), gbp(er, False), gbp(relief, False),
                      gbp(monthly, False)])
            m = (m.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        t.append(["Total for the year", gbp(you * 12, False), gbp(er * 12, False), gbp(relief * 12, False),
                  gbp(paid, False)])
        y = table(c, 40, 66, [130, 90, 110, 95, 90], t, right=(1, 2, 3, 4), bold_last=True, rowh=14)
        y += 14
        txt(c, 40, y, f"Your contributions now: you {gbp(you)}, your employer {gbp(er)}, tax relief {gbp(relief)}.",
            size=9.5)
        txt(c, 40, y + 14, f"Total monthly contribution: {gbp(monthly)}", "Helvetica-Bold", 9.5)
        y += 38
        txt(c, 40, y, "Where your pot is invested", "Helvetica-Bold", 12, colour)
        t = [["Fund", "ISIN", "Units", "Unit price", "Value (£)"]]
        t += [[r["fund_name"], r["isin"] or "", units_str(r["units"]), price_str(r), gbp(Decimal(r["value"]), False)]
              for r in rows]
        t.append(["Total value of your pot", "", "", "", gbp(pv, False)])
        table(c, 40, y + 8, [195, 90, 80, 70, 80], t, right=(2, 3, 4), bold_last=True)
        footer(c, SITES[prov], n, total_pages)

    return rec, [page1, page2]


MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ====================================================================== statement 2: bond valuation summary, segments
def st_bond_segments(rng):
    """Investment bond valuation summary with segments and a 5% allowance table."""
    prov = rng.choice(BOND_PROVIDERS)
    offshore = prov == "Utmost Wealth Solutions"
    p = person(rng)
    rows = holdings(rng, rng.randint(2, 4), (30000, 300000), pence_share=0.3)
    pv = total(rows)
    invested = Decimal(rng.randrange(25000, 250000, 5000))
    nseg = rng.choice([20, 50, 100, 200])
    surrendered = rng.choice([0, 0, 2, 5]) if nseg >= 50 else 0
    inforce = nseg - surrendered
    per_seg = q2(pv / inforce)
    exit_pct = rng.choice([0, 0, 1, 2])
    sv = pv - q2(pv * exit_pct / 100)
    started = rand_date(rng, dt.date(2016, 1, 1), dt.date(2022, 6, 1))
    started = started.replace(day=min(started.day, 28))
    end = started.replace(year=2026) - dt.timedelta(days=1)
    if end > TODAY:
        end = started.replace(year=2025) - dt.timedelta(days=1)
    start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
    wd_pct = rng.choice([Decimal(0), Decimal(3), Decimal(4), Decimal(5)])
    pol = policy_no(rng, rng.choice([0, 3, 2]))
    rec = empty("annual_statement")
    client_fields(rec, p, rng.random() < 0.7, True, False, rng.random() < 0.6)
    rec.update(provider=prov, policy_number=pol, plan_type="offshore_bond" if offshore else "onshore_bond",
               valuation_date=end.isoformat(), period_start=start.isoformat(), plan_value=money(pv),
               transfer_value=money(sv), holdings=rows)
    name_line = pname(p, rec["client_title"] is not None)

    def page1(c, n, total_pages):
        txt(c, 40, 48, prov, "Helvetica-Bold", 17, (0.1, 0.2, 0.4))
        txt(c, 40, 62, ("International " if offshore else "") + "Investment Bond", size=9)
        txt(c, W - 40, 48, "Valuation summary", "Helvetica-Bold", 13, align="right")
        y = 96
        for line in [name_line, *p["lines"], p["postcode"]]:
            txt(c, 40, y, line, size=10)
            y += 12.5
        facts = [("Policy number", pol), ("Valuation period", f"{fdate(start, 1)} - {fdate(end, 1)}"),
                 ("Policy start date", fdate(started, 1)), ("Amount invested", gbp(invested))]
        if rec["client_dob"]:
            facts.insert(1, ("Life assured born", fdate(p["dob"], 1)))
        yy = 96
        for label, val in facts:
            txt(c, 330, yy, label, size=8.5, color=(0.35, 0.35, 0.35))
            txt(c, W - 40, yy, val, "Helvetica-Bold", 8.5, align="right")
            yy += 14
        y = max(y, yy) + 20
        txt(c, 40, y, "Your bond at the end of the period", "Helvetica-Bold", 11.5, (0.1, 0.2, 0.4))
        t = [["", "£"], [f"Policy value on {fdate(end, 0)}", gbp(pv, False)]]
        t.append([f"Early encashment charge ({exit_pct}%)" if exit_pct else "Early encashment charge",
                  f"-{gbp(pv - sv, False)}" if exit_pct else "Nil"])
        t.append(["Surrender value", gbp(sv, False)])
        y = table(c, 40, y + 8, [380, 135], t, right=(1,), bold_last=True, header_fill=None)
        y += 22
        txt(c, 40, y, "Segments", "Helvetica-Bold", 11.5, (0.1, 0.2, 0.4))
        t = [["Segments", "Number", "Status", "Value each (£)"],
             [f"1 - {inforce}", str(inforce), "In force", gbp(per_seg, False)]]
        if surrendered:
            t.append([f"{inforce + 1} - {nseg}", str(surrendered), "Fully surrendered", "-"])
        y = table(c, 40, y + 8, [130, 90, 170, 125], t, right=(1, 3))
        txt(c, 40, y + 12, "Values per segment are rounded; the policy value is the sum of all segments.", size=7.5,
            color=(0.4, 0.4, 0.4))
        y += 34
        txt(c, 40, y, "Withdrawals and your 5% tax-deferred allowance", "Helvetica-Bold", 11.5, (0.1, 0.2, 0.4))
        allowance = q2(invested / 20)
        t = [["Policy year", "Allowance (5%)", "Withdrawn", "Cumulative unused"]]
        unused = Decimal(0)
        years = min(end.year - started.year, 5)
        for k in range(years):
            ys = started.replace(year=end.year - years + k)
            taken = q2(invested * wd_pct / 100)
            unused += allowance - taken
            t.append([f"{fdate(ys, 1)} - {fdate(ys.replace(year=ys.year + 1) - dt.timedelta(days=1), 1)}",
                      gbp(allowance, False), gbp(taken, False), gbp(unused, False)])
        y = table(c, 40, y + 8, [190, 105, 100, 120], t, right=(1, 2, 3))
        if wd_pct:
            txt(c, 40, y + 14, f"A regular withdrawal of {wd_pct}% a year is being paid to you.", size=8.5)
        footer(c, SITES[prov], n, total_pages)

    def page2(c, n, total_pages):
        txt(c, 40, 56, "Your funds", "Helvetica-Bold", 12, (0.1, 0.2, 0.4))
        t = [["Fund", "ISIN", "Units", "Price", "Value (£)"]]
        t += [[r["fund_name"], r["isin"] or "-", units_str(r["units"]), price_str(r), gbp(Decimal(r["value"]), False)]
              for r in rows]
        t.append(["Policy value", "", "", "", gbp(pv, False)])
        y = table(c, 40, 66, [195, 90, 85, 65, 80], t, right=(2, 3, 4), bold_last=True)
        y += 20
        txt(c, 40, y, "About this summary", "Helvetica-Bold", 9)
        for i, s in enumerate(["Withdrawals within the 5% allowance are tax-deferred, not tax-free.",
                               "The surrender value is what you would receive if you cashed in the whole bond today.",
                               "Unit prices are bid prices on the valuation date."]):
            txt(c, 40, y + 14 + i * 11, f"{i + 1}. {s}", size=7.5, color=(0.35, 0.35, 0.35))
        footer(c, SITES[prov], n, total_pages)

    return rec, [page1, page2]


# ====================================================================== the set
PLAN = [  # variant, doc_type, maker, count, scanned, mixed, unsigned (text), unsigned (scanned)
    ("loa-servicing-rights", "loa", loa_servicing, 13, 3, 0, 2, 1),
    ("loa-consent-boxes", "loa", loa_consent, 13, 3, 0, 2, 1),
    ("reply-two-plans", "loa_response", reply_two_plans, 14, 4, 1, 0, 0),
    ("reply-with-profits-ruled", "loa_response", reply_wp, 13, 3, 0, 0, 0),
    ("statement-master-trust", "annual_statement", st_master_trust, 14, 4, 1, 0, 0),
    ("statement-bond-segments", "annual_statement", st_bond_segments, 13, 3, 0, 0, 0),
]


def main() -> None:
    """Write every document and its truth into --out."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = []
    for variant, doc_type, maker, count, scans, mixed, uns_text, uns_scan in PLAN:
        for i in range(count):
            scanned = i < scans
            jobs.append({"variant": variant, "doc_type": doc_type, "maker": maker, "scanned": scanned,
                         "mixed": scanned and i < mixed,
                         "unsigned": (i < uns_scan) if scanned else (scans <= i < scans + uns_text)})
    random.Random(args.seed).shuffle(jobs)
    from provcheck.models import Record

    for k, job in enumerate(jobs, 1):
        seed = args.seed * 100 + k
        rng = random.Random(seed)
        if job["doc_type"] == "loa":
            rec, pages = job["maker"](rng, not job["unsigned"])
        else:
            rec, pages = job["maker"](rng)
        Record.model_validate(rec)
        stem = f"h13-{k:03d}"
        build(pages, out / f"{stem}.pdf", job["scanned"], job["mixed"], seed)
        truth = {"doc_type": job["doc_type"], "variant": job["variant"], "scanned": job["scanned"],
                 "mixed": job["mixed"], "record": rec}
        (out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")


if __name__ == "__main__":
    main()
