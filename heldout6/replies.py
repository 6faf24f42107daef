"""Provider replies to a Letter of Authority for heldout6: four layouts over one plan's facts."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import holdings
from common import adviser_block, provider_head
from draw import Flow
from plans import Plan, truth
from reportlab.pdfbase.pdfmetrics import stringWidth
from world import ADVISERS, FIRMS, date, money, policy_number

VALUE_LABELS = ["Current value", "Fund value", "Plan value", "Total value of the plan", "Valuation"]
TRANSFER_LABELS = ["Transfer value", "Cash equivalent transfer value", "Cash-in value"]
BOND_TRANSFER = ["Surrender value", "Cash-in value"]
CONTRIB_LABELS = ["Regular contribution", "Current premium", "Regular payment"]
CHARGE_LABELS = ["Annual management charge", "Product charge", "Annual charge"]
FREQ = {"monthly": ["monthly", "per month", "a month"], "quarterly": ["quarterly", "each quarter"],
        "annually": ["yearly", "per annum", "annually"]}


def _labels(p: Plan, rng: random.Random) -> dict:
    bond = p.plan_type.endswith("bond")
    return {"value": rng.choice(VALUE_LABELS if not bond else ["Bond value", "Current value", "Policy value"]),
            "transfer": rng.choice(BOND_TRANSFER if bond else TRANSFER_LABELS),
            "contrib": rng.choice(CONTRIB_LABELS), "charge": rng.choice(CHARGE_LABELS)}


def make(path: Path, rng: random.Random, p: Plan, layout: str) -> dict:
    firm, adviser = rng.choice(FIRMS), rng.choice(ADVISERS) if rng.random() < 0.7 else None
    received = p.valued - dt.timedelta(days=rng.randint(3, 20))
    dstyle = rng.choice(["long", "dmy", "dmon", "iso", "wd", "up", "short"])
    mstyle = rng.choice(["gbp", "gbp", "code", "nocomma", "spaced", "suffix"])
    head, foot = provider_head(p.provider, rng, rng.randint(0, 2))
    f = Flow(path, header=head, footer=foot, size=rng.choice([9.0, 9.5, 10.0]))
    fn = {"cover": _cover, "prose": _prose, "multi": _multi, "grid": _grid}[layout]
    shown = fn(f, rng, p, dict(firm=firm, adviser=adviser, received=received, dstyle=dstyle, mstyle=mstyle,
                               lab=_labels(p, rng)))
    layout_, grouped = rng.choice(holdings.LAYOUTS), rng.random() < 0.35
    price_date = date(p.valued, rng.choice(["dmy", "short", "iso"]))
    title = rng.choice(["Fund details", "Your investments", "Fund holdings"])
    shown["holdings"] = holdings.draw(f, rng, p.funds, layout_, grouped, price_date, title=title,
                                      continued="Fund details (continued)")
    _notes(f, rng, p, shown)
    f.save()
    return truth(p, "loa_response", shown.pop("holdings"), shown)


def _opening(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> None:
    f.line(date(p.valued + dt.timedelta(days=rng.randint(0, 3)), "long"), x=f.right - 150)
    adviser_block(f, ctx["firm"], ctx["adviser"])
    f.space(12)
    f.line(f"Dear {ctx['adviser'].split()[0]}" if ctx["adviser"] else "Dear Sir or Madam", gap=18)


def _freq(p: Plan, rng: random.Random) -> str:
    return rng.choice(FREQ[p.contrib[1]])


def _cover(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    lab, m = ctx["lab"], lambda v: money(v, ctx["mstyle"])  # noqa: E731
    _opening(f, rng, p, ctx)
    f.line(f"Our customer: {p.who.titled()}", font=f.bold)
    f.line(f"Plan number: {p.pol[0]}", font=f.bold)
    f.space(6)
    f.para(f"Thank you for the letter of authority we received on {date(ctx['received'], ctx['dstyle'])}. "
           "We have set out below the information you asked for. Values are not guaranteed and can go down as "
           "well as up.")
    f.line("Yours sincerely")
    f.space(4)
    f.line(f"{p.provider} Adviser Services", font=f.bold)
    f.new_page()
    f.heading("Plan details", rule=True)
    ni, addr = rng.random() < 0.5, rng.random() < 0.5
    rows = [("Plan holder", p.who.titled()), ("Date of birth", date(p.who.dob, ctx["dstyle"]))]
    if ni:
        rows.append(("National Insurance number", p.who.ni))
    if addr:
        rows.append(("Address", ", ".join([*p.who.lines, p.who.postcode])))
    rows += [("Product", p.product), ("Plan number", p.pol[0]), ("Start date", date(p.started, ctx["dstyle"])),
             ("Valuation date", date(p.valued, ctx["dstyle"])), (lab["value"], m(p.value))]
    if p.transfer is not None:
        rows.append((lab["transfer"], m(p.transfer)))
    if p.contrib:
        rows.append((lab["contrib"], f"{m(p.contrib[0])} {_freq(p, rng)}"))
    if p.charge:
        rows.append((lab["charge"], f"{p.charge}% a year"))
    if p.plan_type in ("personal_pension", "stakeholder_pension", "workplace_pension", "sipp"):
        rows.append(("Selected retirement age", str(rng.choice([60, 65, 66, 67, 68]))))
    f.boxed_pairs(rows)
    f.space(14)
    return {"title": True, "dob": True, "ni": ni, "address": addr}


def _prose(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    m = lambda v: money(v, ctx["mstyle"])  # noqa: E731
    _opening(f, rng, p, ctx)
    f.para(f"Re: {p.who.titled()} - {p.product} {p.pol[0]}", font=f.bold)
    dob = rng.random() < 0.6
    if dob:
        f.line(f"Date of birth: {date(p.who.dob, ctx['dstyle'])}")
        f.space(4)
    f.para("Thank you for your recent letter of authority. Our answers to your questions follow, in the order you "
           "asked them.")
    n = 1

    def q(title: str, text: str) -> None:
        nonlocal n
        f.line(f"{n}. {title}", font=f.bold)
        f.para(text, x=f.left + 14)
        n += 1

    q("Plan value", f"The value of the plan on {date(p.valued, ctx['dstyle'])} was {m(p.value)}.")
    if p.transfer is not None:
        word = "surrender" if p.plan_type.endswith("bond") else "transfer"
        q(f"{word.capitalize()} value", f"If the plan had been {'cashed in' if word == 'surrender' else 'transferred'} "
          f"on the same date, the {word} value would have been {m(p.transfer)}.")
    else:
        q("Transfer value", "We can only give a transfer value when we receive a transfer request.")
    if p.contrib:
        q("Contributions", f"Contributions of {m(p.contrib[0])} are being paid {_freq(p, rng)} by direct debit.")
    else:
        q("Contributions", "No regular contributions are being paid into this plan.")
    if p.charge:
        q("Charges", f"The annual management charge is {p.charge}% of the plan value.")
    q("Plan start", f"The plan started on {date(p.started, ctx['dstyle'])}.")
    q("Funds", "The funds held on the valuation date are listed below.")
    return {"title": True, "dob": dob}


def _multi(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    """A reply to an LoA naming two plans: one was transferred out; the other's details follow."""
    m = lambda v: money(v, ctx["mstyle"])  # noqa: E731
    other = policy_number(rng, "num" if p.pol[0][0].isdigit() else "pp")[0]
    gone = p.valued - dt.timedelta(days=rng.randint(400, 2500))
    _opening(f, rng, p, ctx)
    f.para(f"{p.who.titled()}, plans {p.pol[0]} and {other}", font=f.bold)
    f.para(f"Your letter of authority lists two plans. Plan {other} was transferred to another provider on "
           f"{date(gone, ctx['dstyle'])} and we hold no value for it. The details of plan {p.pol[0]} follow.")
    lab = ctx["lab"]
    items = [("Policyholder", p.who.name), ("Date of birth", date(p.who.dob, ctx["dstyle"])),
             ("Plan type", p.product), ("Policy number", p.pol[0]),
             ("Valuation date", date(p.valued, ctx["dstyle"])), (lab["value"], m(p.value))]
    if p.transfer is not None:
        items.append((lab["transfer"], m(p.transfer)))
    if p.contrib:
        items.append((lab["contrib"], f"{m(p.contrib[0])} ({_freq(p, rng)})"))
    if p.charge:
        items.append((lab["charge"], f"{p.charge}%"))
    f.space(4)
    f.pairs(items, x_value=f.left + 190, label_align="r", label_font=f.bold)
    f.space(10)
    return {"title": True, "dob": True}


def _grid(f: Flow, rng: random.Random, p: Plan, ctx: dict) -> dict:
    """Labels above values in a three-column grid of cells; no covering letter."""
    m = lambda v: money(v, ctx["mstyle"])  # noqa: E731
    lab = ctx["lab"]
    f.heading(rng.choice(["Policy information for your adviser", "Plan summary", "Information requested"]), 13)
    f.para(f"Prepared for {ctx['firm']} under the authority of the plan holder.", size=8.5)
    cells = [("Name", p.who.titled()), ("Date of birth", date(p.who.dob, ctx["dstyle"])),
             ("NI number", p.who.ni), ("Plan", p.product), ("Plan number", p.pol[0]),
             ("Valued on", date(p.valued, ctx["dstyle"])), (lab["value"], m(p.value))]
    if p.transfer is not None:
        cells.append((lab["transfer"], m(p.transfer)))
    if p.contrib:
        cells.append((lab["contrib"], f"{m(p.contrib[0])} {_freq(p, rng)}"))
    if p.charge:
        cells.append((lab["charge"], f"{p.charge}% p.a."))
    addr = rng.random() < 0.6
    cw = (f.right - f.left) / 3
    for i in range(0, len(cells), 3):
        f.need(36)
        for j, (label, value) in enumerate(cells[i:i + 3]):
            x = f.left + j * cw
            f.c.setLineWidth(0.4)
            f.c.rect(x, f.y - 20, cw - 4, 32, stroke=1, fill=0)
            f.put(x + 4, f.y + 3, label, f.font, 7)
            fit = min(f.size, f.size * (cw - 14) / max(stringWidth(value, f.bold, f.size), 1))
            f.put(x + 4, f.y - 12, value, f.bold, fit)
        f.y -= 38
    if addr:
        f.space(4)
        f.line("Correspondence address held:", font=f.bold)
        for ln in [*p.who.lines, p.who.postcode]:
            f.line(ln, x=f.left + 12)
    f.space(10)
    return {"title": True, "dob": True, "ni": True, "address": addr}


def _notes(f: Flow, rng: random.Random, p: Plan, shown: dict) -> None:
    f.need(120)
    f.heading("Important information", size=10)
    notes = [
        "Fund prices are those at the valuation point on the valuation date. Fund values can fall as well as rise.",
        "Any transfer value shown is not guaranteed and may change before a transfer is completed.",
        f"Past performance is not a guide to the future. Projections assume growth of {rng.choice([2, 3, 4, 5])}% "
        "a year before charges and are not a value of the plan.",
    ]
    if p.plan_type.endswith("bond"):
        notes.append("An early cash-in charge may apply in the first five years of each policy.")
    for i, n in enumerate(notes, 1):
        f.para(f"{i}. {n}", size=7.5, after=2)
