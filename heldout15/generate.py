"""heldout15: a fifteenth independent held-out set (see README.md). One command writes docs/ byte for byte.

python heldout15/generate.py --out heldout15/docs --seed 20261208
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common as cm  # noqa: E402

PO = "PO Box {n}"
LOA_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Aegon", "Legal & General", "Canada Life", "Zurich",
                 "Prudential", "Standard Life", "LV=", "Wesleyan", "Quilter", "AJ Bell", "Hargreaves Lansdown"]
SITES = {"Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
         "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com", "Canada Life": "canadalife.co.uk",
         "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk", "Standard Life": "standardlife.co.uk",
         "LV=": "lv.com", "Wesleyan": "wesleyan.co.uk", "Quilter": "quilter.com", "AJ Bell": "ajbell.co.uk",
         "Hargreaves Lansdown": "hl.co.uk", "Curtis Banks": "curtisbanks.co.uk", "Fidelity": "fidelity.co.uk",
         "interactive investor": "ii.co.uk", "OneFamily": "onefamily.com",
         "Scottish Friendly": "scottishfriendly.co.uk",
         "Just": "justgroup.co.uk", "Phoenix Life": "phoenixlife.co.uk", "Vanguard": "vanguardinvestor.co.uk"}


def _addr(p: dict) -> str:
    return ", ".join(p["lines"])


def _loa_record(provider, pols, p, firm, adviser, signed, date_signed, caps=False):
    name = p["name"].upper() if caps else p["name"]
    lines = [x.upper() for x in p["lines"]] if caps else p["lines"]
    return {
        "provider": provider, "policy_numbers": pols, "client_title": p["title"], "client_name": name,
        "client_dob": p["dob"].isoformat(), "ni_number": p["ni"], "client_address": ", ".join(lines),
        "client_postcode": p["postcode"], "adviser_firm": firm, "fca_frn": None, "adviser_name": adviser,
        "date_signed": date_signed.isoformat() if signed else None, "signature_present": signed,
    }


def _firm(rng):
    town, outward = rng.choice(cm.TOWNS)
    return {"name": rng.choice(cm.FIRMS), "adviser": rng.choice(cm.ADVISERS),
            "lines": [f"{rng.randrange(2, 60)} {rng.choice(['Market Street', 'Bridge Street', 'High Street'])}", town],
            "postcode": cm.postcode(rng, outward), "phone": f"01632 {rng.randrange(100000, 999999)}"}


# ------------------------------------------------------------------ LoA 1: bilingual Welsh / English, joint block

def loa_bilingual(rng: random.Random, signed: bool):
    """A bilingual Welsh / English LoA, in half with a joint holder."""
    provider = rng.choice(LOA_PROVIDERS)
    p = cm.person(rng, welsh=True)
    joint = rng.random() < 0.5
    q = cm.person(rng, welsh=True) if joint else None
    if q:
        q["lines"], q["postcode"] = p["lines"], p["postcode"]
        q["surname"] = p["surname"]
        q["name"] = " ".join(x for x in (q["first"], q["middle"], q["surname"]) if x)
    firm = _firm(rng)
    pols = [f"{rng.choice(['W', 'P', 'T'])}{rng.randrange(10**7, 10**8)}" for _ in range(rng.randrange(1, 4))]
    if rng.random() < 0.4:
        pols = [f"{x[:4]}-{x[4:]}" for x in pols]
    signed_on = dt.date(2026, rng.randrange(1, 11), rng.randrange(1, 29))
    font = rng.choice(["Helvetica", "Times-Roman"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    ital = "Helvetica-Oblique" if font == "Helvetica" else "Times-Italic"
    dob_style = rng.randrange(3)
    date_style = rng.randrange(2)

    def dob(d):
        return [cm.slash(d), cm.long_date(d), d.strftime("%d.%m.%Y")][dob_style]

    def page1(c):
        c.setFillColorRGB(0.75, 0.1, 0.12)
        c.rect(0, 800, 595, 42, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(bold, 13)
        c.drawString(40, 818, firm["name"])
        c.setFont(font, 8)
        c.drawRightString(555, 824, f"{', '.join(firm['lines'])} {firm['postcode']}")
        c.drawRightString(555, 812, f"Ffon / Tel {firm['phone']}")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(bold, 12)
        c.drawString(40, 775, "Llythyr Awdurdod")
        c.setFont(ital, 12)
        c.drawString(170, 775, "/ Letter of Authority")
        c.setFont(font, 9)
        c.drawString(40, 757, f"At / To:  {provider}, Customer Services, {PO.format(n=rng.randrange(100, 9999))}")
        y = 738
        c.setFont(bold, 9)
        c.drawString(40, y, "Manylion deiliad y polisi")
        c.setFont(ital, 9)
        c.drawString(200, y, "Policyholder details")
        y -= 6
        cols = [130, 130, 255] if not q else [110, 110, 148, 147]
        head = ["Cymraeg", "English", "Deiliad 1 / Holder 1"] + (["Deiliad 2 / Holder 2"] if q else [])
        rows = [head]
        labels = [("Teitl", "Title", "title"), ("Enw llawn", "Full name", "name"),
                  ("Dyddiad geni", "Date of birth", "dob"), ("Rhif Yswiriant Gwladol", "NI number", "ni")]
        for cy, en, key in labels:
            vals = []
            for who in [p] + ([q] if q else []):
                if key == "dob":
                    vals.append(dob(who["dob"]))
                elif key == "ni":
                    vals.append(cm.ni_print(rng, who["ni"]))
                else:
                    vals.append(who[key])
            rows.append([cy, en, *vals])
        y = cm.table(c, 40, y, cols, rows, font="Helvetica", size=8, row_h=16)
        addr_rows = [["Cyfeiriad", "Address", _addr(p)], ["Cod post", "Postcode", p["postcode"]]]
        y = cm.table(c, 40, y, [130, 130, 255], addr_rows, font="Helvetica", size=8, head=False, row_h=16)
        y -= 16
        c.setFont(bold, 9)
        c.drawString(40, y, "Polisiau")
        c.setFont(ital, 9)
        c.drawString(100, y, f"Policies held with {provider}")
        y -= 6
        prow = [["Rhif polisi / Policy number", "Math / Type"]]
        for pol in pols:
            prow.append([pol, rng.choice(["Pensiwn personol / Personal pension", "ISA", "Bond buddsoddi / Bond"])])
        y = cm.table(c, 40, y, [200, 315], prow, size=8, row_h=15)
        y -= 16
        c.setFont(bold, 9)
        c.drawString(40, y, "Cynghorydd")
        c.setFont(ital, 9)
        c.drawString(110, y, "Adviser")
        y -= 6
        y = cm.table(c, 40, y, [130, 130, 255], [
            ["Cwmni", "Firm", firm["name"]], ["Cynghorydd", "Adviser", firm["adviser"]],
            ["Rhif FCA", "FCA number", ""]], size=8, head=False, row_h=16)
        y -= 14
        who = "Rydym ni" if q else "Rwyf i"
        y = cm.para(c, 40, y, f"{who} yn awdurdodi {provider} i roi unrhyw wybodaeth am y polisiau uchod i "
                    f"{firm['name']}. Mae'r awdurdod hwn yn parhau hyd nes y caiff ei dynnu'n ol yn ysgrifenedig.",
                    515, font=font, size=8.5, lead=11)
        y = cm.para(c, 40, y - 2, f"{'We' if q else 'I'} authorise {provider} to release any information about the "
                    f"policies above to {firm['name']}. This authority is for information only and remains in force "
                    "until withdrawn in writing.", 515, font=ital, size=8.5, lead=11)
        y -= 12
        holders = [p] + ([q] if q else [])
        x = 40
        for who_ in holders:
            c.setLineWidth(0.6)
            c.rect(x, y - 62, 250, 62)
            c.setFont(font, 8)
            c.drawString(x + 4, y - 10, "Llofnod / Signature")
            c.drawString(x + 4, y - 56, "Dyddiad / Date:")
            if signed:
                cm.ink(c, rng, x + 20, y - 34, 130)
                ds = cm.slash(signed_on) if date_style == 0 else cm.long_date(signed_on)
                c.setFont("Courier", 9)
                c.drawString(x + 70, y - 56, ds)
            c.setFont(font, 7)
            c.drawString(x + 140, y - 56, who_["name"])
            x += 265
        cm.footer(c, "Mae croeso i chi ohebu yn Gymraeg / You are welcome to write to us in Welsh", 1, 2)

    def page2(c):
        c.setFont(bold, 11)
        c.drawString(40, 790, "Nodiadau / Notes")
        y = 768
        notes = [("Dylai pob deiliad polisi lofnodi'r llythyr hwn.", "Every policyholder should sign this letter."),
                 ("Anfonwch yr ateb at y cynghorydd.", "Please send your reply to the adviser named overleaf."),
                 ("Nid yw'r llythyr hwn yn newid perchnogaeth y polisi.", "This letter does not change who owns "
                  "the policy."),
                 ("Gellir anfon copi wedi'i sganio.", "A scanned copy of this letter may be accepted.")]
        for i, (cy, en) in enumerate(notes, 1):
            y = cm.para(c, 40, y, f"{i}. {cy}", 515, font=font, size=9)
            y = cm.para(c, 52, y, en, 500, font=ital, size=9) - 6
        c.setFont(font, 7)
        c.drawString(40, 120, f"{firm['name']} is authorised and regulated by the Financial Conduct Authority.")
        cm.footer(c, f"{firm['name']} - Llythyr Awdurdod / Letter of Authority", 2, 2)

    rec = _loa_record(provider, pols, p, firm["name"], firm["adviser"], signed, signed_on)
    return rec, [page1, page2]


# ------------------------------------------------------------------ LoA 2: boxed capitals form with a cover note

def _boxes(c, x, y, text, n, w=13, h=16):
    c.setLineWidth(0.5)
    for i in range(n):
        c.rect(x + i * w, y, w, h)
    c.setFont("Courier-Bold", 10)
    for i, ch in enumerate(text[:n]):
        if ch != " ":
            c.drawCentredString(x + i * w + w / 2, y + 4, ch)


def loa_boxed(rng: random.Random, signed: bool):
    """An adviser cover note, then a boxed-capitals LoA form."""
    provider = rng.choice(LOA_PROVIDERS)
    p = cm.person(rng)
    for _ in range(10):
        if len(p["name"]) <= 28 and all(len(x) <= 28 for x in p["lines"]):
            break
        p = cm.person(rng)
    firm = _firm(rng)
    pols = [f"{rng.choice(['AB', 'PN', 'LX', 'K'])}{rng.randrange(10**6, 10**7)}{rng.choice('ABCXYZ')}"
            for _ in range(rng.randrange(1, 4))]
    signed_on = dt.date(2026, rng.randrange(1, 11), rng.randrange(1, 28))
    cover_date = signed_on + dt.timedelta(days=rng.randrange(1, 6))
    ref = f"{firm['name'][:3].upper()}/{rng.randrange(1000, 9999)}"
    forenames = " ".join(x for x in (p["first"], p["middle"]) if x)

    def cover(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 790, firm["name"])
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 777, f"{', '.join(firm['lines'])}, {firm['postcode']}   |   {firm['phone']}")
        c.line(50, 770, 545, 770)
        c.setFont("Helvetica", 10)
        y = 740
        for line in [provider, "New Business and Servicing", PO.format(n=rng.randrange(100, 9999))]:
            c.drawString(50, y, line)
            y -= 13
        c.drawRightString(545, 740, long_or_slash(cover_date, rng))
        c.drawString(50, 680, f"Our ref: {ref}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 655, f"Re: {p['title']} {p['first'][0]} {p['surname']}")
        y = cm.para(c, 50, 630, "Dear Sir or Madam,", 495, size=10, lead=14) - 4
        y = cm.para(c, 50, y, "Please find enclosed a letter of authority completed by our client. We should be "
                    "grateful if you would send us the current value, the transfer value, the fund holdings and the "
                    "charges of each plan listed on the form, together with details of any guarantees.", 495,
                    size=10, lead=14) - 4
        y = cm.para(c, 50, y, "Please reply to the adviser named below quoting our reference. We do not need a "
                    "copy of the plan terms at this stage.", 495, size=10, lead=14) - 10
        c.drawString(50, y, "Yours faithfully,")
        c.setFont("Helvetica", 10)
        c.drawString(50, y - 40, firm["adviser"])
        c.drawString(50, y - 53, f"for {firm['name']}")
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, f"{firm['name']} is authorised and regulated by the Financial Conduct Authority.")
        cm.footer(c, f"Ref {ref}", 1, 2)

    def form(c):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 800, "LETTER OF AUTHORITY")
        c.setFont("Helvetica", 8)
        c.drawString(40, 788, "Please complete in BLOCK CAPITALS using black ink, one letter in each box.")
        c.drawRightString(555, 800, f"To: {provider}")
        y = 760
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "1  About you")
        y -= 24
        rows = [("Title", p["title"].upper(), 4), ("Surname", p["surname"].upper(), 28),
                ("Forename(s)", forenames.upper(), 28)]
        for label, val, n in rows:
            c.setFont("Helvetica", 8)
            c.drawString(40, y + 5, label)
            _boxes(c, 150, y, val, n)
            y -= 22
        c.setFont("Helvetica", 8)
        c.drawString(40, y + 5, "Date of birth")
        _boxes(c, 150, y, p["dob"].strftime("%d"), 2)
        _boxes(c, 184, y, p["dob"].strftime("%m"), 2)
        _boxes(c, 218, y, p["dob"].strftime("%Y"), 4)
        c.setFont("Helvetica", 6)
        c.drawString(150, y - 7, "D D")
        c.drawString(184, y - 7, "M M")
        c.drawString(218, y - 7, "Y Y Y Y")
        y -= 26
        c.setFont("Helvetica", 8)
        c.drawString(40, y + 5, "National Insurance no.")
        _boxes(c, 150, y, p["ni"], 9)
        y -= 22
        for i in range(3):
            c.setFont("Helvetica", 8)
            c.drawString(40, y + 5, "Address" if i == 0 else "")
            _boxes(c, 150, y, p["lines"][i].upper() if i < len(p["lines"]) else "", 28)
            y -= 20
        c.setFont("Helvetica", 8)
        c.drawString(40, y + 5, "Postcode")
        _boxes(c, 150, y, p["postcode"], 8)
        y -= 34
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "2  Your plans")
        y -= 24
        for i in range(4):
            c.setFont("Helvetica", 8)
            c.drawString(40, y + 5, f"Plan number {i + 1}")
            _boxes(c, 150, y, pols[i] if i < len(pols) else "", 14)
            y -= 20
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "3  Your adviser (completed by the firm)")
        y -= 6
        y = cm.table(c, 40, y, [140, 375], [["Firm", firm["name"]], ["Adviser", firm["adviser"]],
                                            ["FCA firm reference", ""], ["Our reference", ref]],
                     head=False, row_h=15)
        y -= 16
        y = cm.para(c, 40, y, f"I authorise {provider} to give {firm['name']} any information they ask for about "
                    "the plans above. This is for information only and stays in force until I cancel it in writing.",
                    515, size=8.5, lead=11) - 8
        c.setFont("Helvetica", 8)
        c.drawString(40, y + 5, "Full name (print)")
        _boxes(c, 150, y, f"{forenames} {p['surname']}".upper(), 28)
        y -= 14
        c.setFont("Helvetica", 8)
        c.rect(40, y - 50, 300, 50)
        c.drawString(44, y - 10, "Signature")
        c.drawString(360, y - 10, "Date (DD MM YYYY)")
        if signed:
            cm.ink(c, rng, 70, y - 36, 150)
            _boxes(c, 360, y - 36, signed_on.strftime("%d"), 2)
            _boxes(c, 394, y - 36, signed_on.strftime("%m"), 2)
            _boxes(c, 428, y - 36, signed_on.strftime("%Y"), 4)
        else:
            _boxes(c, 360, y - 36, "", 2)
            _boxes(c, 394, y - 36, "", 2)
            _boxes(c, 428, y - 36, "", 4)
        cm.footer(c, f"Return to {firm['name']}, {', '.join(firm['lines'])}, {firm['postcode']}", 2, 2)

    rec = _loa_record(provider, pols, p, firm["name"], firm["adviser"], signed, signed_on, caps=True)
    rec["client_name"] = f"{forenames} {p['surname']}".upper()
    return rec, [cover, form]


def long_or_slash(d, rng):
    """A letter date in one of two styles."""
    return cm.long_date(d) if rng.random() < 0.5 else cm.slash(d)


# ------------------------------------------------------------------ replies

def _plan_record(provider, pol, p, plan_type, vdate, value, tv, contrib, freq, amc, rows, show, start=None,
                 statement=False):
    rec = {
        "provider": provider, "policy_number": pol, "client_title": p["title"] if show.get("title", True) else None,
        "client_name": p["name"], "client_dob": p["dob"].isoformat() if show.get("dob", True) else None,
        "ni_number": p["ni"] if show.get("ni") else None,
        "client_address": _addr(p) if show.get("addr") else None,
        "client_postcode": p["postcode"] if show.get("addr") else None,
        "plan_type": plan_type, "valuation_date": vdate.isoformat(),
    }
    if statement:
        rec["period_start"] = start.isoformat()
    rec |= {
        "plan_value": f"{value:.2f}", "transfer_value": None if tv is None else f"{tv:.2f}",
        "regular_contribution": None if contrib is None else f"{contrib:.2f}", "contribution_frequency": freq,
        "annual_charge_percent": amc, "holdings": rows,
    }
    return rec


def reply_fax(rng: random.Random, _signed=None):
    """A faxed policy summary: fax header block, boxed grid, fund page."""
    provider = rng.choice(["Aviva", "Royal London", "Scottish Widows", "Aegon", "Legal & General", "Canada Life",
                           "Zurich", "Phoenix Life", "Prudential", "Standard Life", "LV="])
    p = cm.person(rng)
    firm = _firm(rng)
    kind = rng.choice([("Personal Pension", "personal_pension"), ("Stakeholder Pension", "stakeholder_pension"),
                       ("Individual Savings Account", "isa"), ("Investment Bond", "onshore_bond"),
                       ("Group Personal Pension", "workplace_pension")])
    pol = f"{rng.choice(['F', 'PP', 'SH', 'IB'])}{rng.randrange(10**7, 10**8)}"
    vdate = dt.date(2026, rng.randrange(1, 11), rng.randrange(1, 28))
    pence = rng.random() < 0.4
    rows = cm.holdings(rng, rng.randrange(2, 5), pence, with_isin=rng.random() < 0.7)
    value = cm.total(rows)
    tv = cm.q2(value * Decimal(rng.choice(["1", "1", "0.97", "0.955"]))) if rng.random() < 0.7 else None
    contrib, freq = (Decimal(rng.choice([50, 75, 120, 200, 350])), "monthly") if rng.random() < 0.6 else (None, None)
    if contrib and kind[1] == "onshore_bond":
        contrib, freq = None, None
    amc = rng.choice(["0.50", "0.75", "1.00", "0.65", "1.25"]) if rng.random() < 0.7 else None
    show = {"ni": rng.random() < 0.5, "addr": rng.random() < 0.5}
    pages = 2
    sent = vdate + dt.timedelta(days=rng.randrange(1, 8))
    fax_no = f"0345 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"

    def hdr(c, page):
        c.setFont("Courier", 8)
        c.drawString(30, 826, f"{sent.strftime('%d/%m/%Y')} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}   "
                     f"FROM: {fax_no}   TO: {firm['phone']}   P.{page:03d}/{pages:03d}")

    def page1(c):
        hdr(c, 1)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(40, 770, "FAX")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(555, 780, provider)
        c.setFont("Helvetica", 8)
        c.drawRightString(555, 768, SITES.get(provider, ""))
        y = cm.table(c, 40, 745, [80, 180, 80, 175], [
            ["To:", firm["adviser"], "From:", f"{provider} Servicing Team"],
            ["Company:", firm["name"], "Fax:", fax_no],
            ["Fax:", firm["phone"], "Date:", cm.slash(sent)],
            ["Pages:", f"{pages} (including this page)", "Our ref:", f"LA{rng.randrange(100000, 999999)}"],
        ], head=False, row_h=18, size=9)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y - 20, f"Re: {p['title']} {p['first'][0]} {p['surname']} - policy {pol}")
        y = cm.para(c, 40, y - 40, "Thank you for your letter of authority. The policy summary below answers your "
                    "request; the funds held are on the next page. Values are not guaranteed and can go down.",
                    515, size=9) - 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "POLICY SUMMARY")
        y -= 8
        cells = [("Policyholder", f"{p['title']} {p['name']}"), ("Date of birth", cm.slash(p["dob"])),
                 ("Policy number", pol), ("Product", kind[0]), ("Valuation date", cm.long_date(vdate)),
                 ("Policy value", f"£{cm.money(value)}")]
        if show["ni"]:
            cells.insert(2, ("NI number", cm.ni_print(rng, p["ni"])))
        if show["addr"]:
            cells.append(("Address held", f"{_addr(p)}, {p['postcode']}"))
        cells.append(("Transfer value", f"£{cm.money(tv)}" if tv is not None else "Available on request"))
        cells.append(("Regular premium", f"£{cm.money(contrib)} monthly" if contrib else "None"))
        if amc:
            cells.append(("Annual management charge", f"{amc}%"))
        # boxed grid, two cells a row
        x0, w = 40, 257.5
        for i, (label, val) in enumerate(cells):
            bx = x0 + (i % 2) * w
            by = y - (i // 2 + 1) * 34
            c.setLineWidth(0.8)
            c.rect(bx, by, w, 34)
            c.setFont("Helvetica", 6.5)
            c.drawString(bx + 4, by + 24, label.upper())
            c.setFont("Helvetica-Bold", 8.5 if len(val) < 45 else 7)
            c.drawString(bx + 4, by + 8, val)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 60, "This fax is confidential and meant only for the named recipient. If you have received "
                     "it in error please telephone us and destroy it.")
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}", 1, pages)

    def page2(c):
        hdr(c, 2)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 790, f"Funds held - policy {pol} at {cm.slash(vdate)}")
        head = ["Fund", "ISIN", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"]
        if not rows[0]["isin"]:
            head.remove("ISIN")
        body = [head]
        for r in rows:
            line = [r["fund_name"], r["isin"], cm.units_print(r["units"]), r["unit_price"], cm.money(Decimal(
                r["value"]))]
            if not r["isin"]:
                line.remove(None)
            body.append(line)
        body.append(["Total", *[""] * (len(head) - 2), cm.money(value)])
        widths = [200, 85, 75, 70, 85] if len(head) == 5 else [250, 90, 85, 90]
        cm.table(c, 40, 775, widths, body, row_h=17, size=8, aligns="l" + "l" * (len(head) == 5) + "rrr")
        c.setFont("Helvetica", 7.5)
        cm.para(c, 40, 560, "Unit prices are those at the close of business on the valuation date. A transfer value "
                "may be lower than the policy value where an early exit charge applies.", 515, size=7.5)
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}", 2, pages)

    rec = _plan_record(provider, pol, p, kind[1], vdate, value, tv, contrib, freq, amc, rows, show)
    return rec, [page1, page2]


def reply_income(rng: random.Random, _signed=None):
    """A drawdown provider reply with income paid history."""
    provider = rng.choice(["Aviva", "Royal London", "Standard Life", "Aegon", "Scottish Widows", "Legal & General",
                           "Curtis Banks", "AJ Bell", "Canada Life", "Hargreaves Lansdown", "Fidelity"])
    p = cm.person(rng)
    p["dob"] = dt.date(rng.randrange(1946, 1966), rng.randrange(1, 13), rng.randrange(1, 29))
    firm = _firm(rng)
    kind = rng.choice([("Flexi-access drawdown (SIPP)", "sipp"), ("Personal Pension - Flexi-Access Drawdown",
                       "personal_pension"), ("Self Invested Personal Pension - drawdown", "sipp")])
    pol = f"{rng.choice(['DD', 'FAD', 'S'])}{rng.randrange(10**6, 10**7)}"
    vdate = dt.date(2026, rng.randrange(2, 11), rng.randrange(1, 28))
    pence = rng.random() < 0.3
    rows = cm.holdings(rng, rng.randrange(2, 5), pence, scale=90000)
    value = cm.total(rows)
    tv = value if rng.random() < 0.6 else None
    amc = rng.choice(["0.35", "0.45", "0.60", "0.85"]) if rng.random() < 0.6 else None
    show = {"ni": rng.random() < 0.6, "addr": rng.random() < 0.5}
    income = Decimal(rng.randrange(300, 2200))
    freq = rng.choice(["monthly", "quarterly"])
    letter_date = vdate + dt.timedelta(days=rng.randrange(1, 9))
    ref = f"DRW/{rng.randrange(100000, 999999)}"

    def page1(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 790, provider)
        c.setFont("Helvetica", 8)
        c.drawString(50, 778, f"Retirement income servicing  |  {SITES.get(provider, '')}")
        c.setFont("Helvetica", 10)
        y = 730
        for line in [firm["adviser"], firm["name"], *firm["lines"], firm["postcode"]]:
            c.drawString(50, y, line)
            y -= 13
        c.drawRightString(545, 730, cm.long_date(letter_date))
        c.drawRightString(545, 717, f"Our reference {ref}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 630, f"Your client: {p['title']} {p['name']}   Plan {pol}")
        c.setFont("Helvetica", 10)
        y = cm.para(c, 50, 605, f"Dear {firm['adviser'].split()[0]},", 495, size=10, lead=14) - 4
        y = cm.para(c, 50, y, "Thank you for the letter of authority from your client. Their plan is in drawdown, so "
                    "it is paying a taxable income rather than taking payments in. The enclosed pages show the plan "
                    "value, the income paid over the last year and the funds it holds.", 495, size=10, lead=14) - 4
        y = cm.para(c, 50, y, "If your client wants to change their income, please send us a signed instruction. "
                    "Income is paid on the 1st of the month, or the next working day.", 495, size=10, lead=14) - 8
        c.drawString(50, y, "Yours sincerely,")
        c.drawString(50, y - 40, "Drawdown Servicing Team")
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}  -  {ref}", 1, 2)

    def page2(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 800, "Drawdown plan information")
        c.setFont("Helvetica", 8)
        c.drawRightString(555, 800, f"Figures at {cm.slash(vdate)}")
        info = [["Planholder", f"{p['title']} {p['name']}"], ["Date of birth", cm.long_date(p["dob"])]]
        if show["ni"]:
            info.append(["National Insurance number", cm.ni_print(rng, p["ni"])])
        if show["addr"]:
            info.append(["Address", f"{_addr(p)}  {p['postcode']}"])
        info += [["Plan number", pol], ["Plan type", kind[0]], ["Total fund value", f"£{cm.money(value)}"],
                 ["Transfer value", f"£{cm.money(tv)}" if tv is not None else "Please ask us for a quote"],
                 ["Current income", f"£{cm.money(income)} gross, paid {freq}"],
                 ["Regular contributions", "None - no payments are being made in"]]
        if amc:
            info.append(["Annual plan charge", f"{amc}%"])
        y = cm.table(c, 40, 790, [170, 345], info, head=False, row_h=16, size=8.5)
        y -= 18
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Income paid in the last twelve months")
        y -= 6
        hist = [["Payment date", "Gross income (£)", "Tax deducted (£)", "Net paid (£)"]]
        step = 1 if freq == "monthly" else 3
        d = dt.date(vdate.year, vdate.month, 1)
        pays = []
        for _ in range(12 // step):
            pays.append(d)
            m = d.month - step
            d = dt.date(d.year - (m <= 0), m + 12 * (m <= 0), 1)
        for pd in pays:
            tax = cm.q2(income * Decimal("0.2") * Decimal(rng.choice(["0.6", "0.8", "1"])))
            hist.append([cm.slash(pd), cm.money(income), cm.money(tax), cm.money(income - tax)])
        y = cm.table(c, 40, y, [130, 130, 130, 125], hist, row_h=14, size=8, aligns="lrrr")
        y -= 18
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Funds held")
        y -= 6
        body = [["Fund", "ISIN", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"]]
        for r in rows:
            body.append([r["fund_name"], r["isin"], r["units"], r["unit_price"], cm.money(Decimal(r["value"]))])
        body.append(["Total fund value", "", "", "", cm.money(value)])
        y = cm.table(c, 40, y, [195, 85, 80, 70, 85], body, row_h=15, size=8, aligns="llrrr")
        cm.para(c, 40, y - 14, "Income figures are before and after tax deducted under PAYE. The tax-free cash "
                "already taken is not included in the fund value.", 515, size=7)
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}  -  {ref}", 2, 2)

    rec = _plan_record(provider, pol, p, kind[1], vdate, value, tv, None, None, amc, rows, show)
    return rec, [page1, page2]


# ------------------------------------------------------------------ statements

def statement_trust(rng: random.Random, _signed=None):
    """An investment trust share plan or ISA annual statement."""
    provider = rng.choice(["Hargreaves Lansdown", "AJ Bell", "interactive investor", "Fidelity", "Vanguard"])
    p = cm.person(rng)
    isa = rng.random() < 0.5
    acct = ("Investment Trust ISA", "isa") if isa else ("Investment Trust Share Plan", "gia")
    pol = f"{rng.choice(['ITS', 'SP', 'ISA'])}{rng.randrange(10**6, 10**7)}"
    end = dt.date(rng.choice([2026, 2026, 2025]), rng.choice([3, 6, 9, 12]), rng.choice([30, 30, 5]))
    start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
    n = rng.randrange(1, 4)
    names = [f"{t} Investment Trust plc Ordinary {rng.choice(['25p', '5p', '1p'])}" for t in rng.sample(cm.TRUSTS, n)]
    rows = cm.holdings(rng, n, True, names=names, unit_dp=4, scale=25000)
    value = cm.total(rows)
    contrib = Decimal(rng.choice([25, 50, 100, 150, 250])) if rng.random() < 0.7 else None
    freq = "monthly" if contrib else None
    amc = rng.choice(["0.25", "0.35", "0.45"]) if rng.random() < 0.5 else None
    show = {"title": True, "dob": rng.random() < 0.5, "ni": isa and rng.random() < 0.6, "addr": True}
    opening = cm.q2(value * Decimal(rng.choice(["0.86", "0.91", "0.95", "1.04"])))

    def page1(c):
        c.setFillColorRGB(0.1, 0.25, 0.4)
        c.rect(0, 790, 595, 52, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 812, provider)
        c.setFont("Helvetica", 9)
        c.drawRightString(555, 812, f"{acct[0]} - annual statement")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 10)
        y = 740
        for line in [f"{p['title']} {p['name']}", *p["lines"], p["postcode"]]:
            c.drawString(50, y, line)
            y -= 13
        info = [["Account number", pol], ["Statement period", f"{cm.long_date(start)} to {cm.long_date(end)}"],
                ["Issued", cm.slash(end + dt.timedelta(days=rng.randrange(5, 20)))]]
        if show["dob"]:
            info.append(["Date of birth", cm.slash(p["dob"])])
        if show["ni"]:
            info.append(["NI number", cm.ni_print(rng, p["ni"])])
        cm.table(c, 330, 745, [95, 130], info, head=False, row_h=14, size=8)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 600, "Your account summary")
        summ = [["", "£"], [f"Value at {cm.slash(start - dt.timedelta(days=1))}", cm.money(opening)],
                [f"Value at {cm.slash(end)}", cm.money(value)]]
        if contrib:
            summ.insert(2, ["Regular investment", f"{cm.money(contrib)} a month"])
        if amc:
            summ.append(["Annual account charge", f"{amc}% a year"])
        y = cm.table(c, 40, 592, [300, 215], summ, row_h=16, size=9, aligns="lr")
        y -= 18
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, "Shares held at the end of the period")
        y -= 6
        body = [["Investment trust", "ISIN", "Shares", "Price (p)", "Value (£)"]]
        for r in rows:
            body.append([r["fund_name"], r["isin"], cm.units_print(r["units"]), r["unit_price"],
                         cm.money(Decimal(r["value"]))])
        body.append(["Total", "", "", "", cm.money(value)])
        y = cm.table(c, 40, y, [215, 85, 75, 60, 80], body, row_h=16, size=7.8, aligns="llrrr")
        cm.para(c, 40, y - 14, "Prices are mid-market closing prices in pence on the last dealing day of the period. "
                "Share prices can fall as well as rise and investment trusts may trade at a discount to their net "
                "asset value.", 515, size=7)
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}  |  {pol}", 1, 2)

    def page2(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 800, "Transactions in the period")
        body = [["Date", "Description", "Shares", "Price (p)", "Amount (£)"]]
        d = start
        for i in range(rng.randrange(6, 12)):
            d = d + dt.timedelta(days=rng.randrange(20, 36))
            if d > end:
                break
            r = rng.choice(rows)
            if contrib and i % 3:
                amt = contrib
                desc = "Regular investment - purchase"
            else:
                amt = cm.q2(Decimal(rng.randrange(800, 9000)) / 100)
                desc = "Dividend reinvested"
            sh = (amt * 100 / Decimal(r["unit_price"])).quantize(Decimal("0.0001"))
            body.append([cm.slash(d), f"{desc}: {r['fund_name'].split(' Investment')[0]}", f"{sh}", r["unit_price"],
                         cm.money(amt)])
        cm.table(c, 40, 790, [65, 240, 70, 60, 80], body, row_h=15, size=7.6, aligns="llrrr")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 420, "Notes")
        y = cm.para(c, 40, 406, "Dividends paid on your shares during the period have been used to buy more shares "
                    "in the same trust, so the number of shares you hold can include fractions of a share.", 515,
                    size=8)
        cm.para(c, 40, y - 4, "Keep this statement with your records. If any details are wrong please let us know.",
                515, size=8)
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}  |  {pol}", 2, 2)

    rec = _plan_record(provider, pol, p, acct[1], end, value, None, contrib, freq, amc, rows, show, start=start,
                       statement=True)
    return rec, [page1, page2]


def statement_ctf(rng: random.Random, _signed=None):
    """A Child Trust Fund annual statement sent c/o the registered contact."""
    provider = rng.choice(["OneFamily", "Scottish Friendly"])
    child = cm.person(rng)
    child["dob"] = dt.date(rng.randrange(2009, 2011), rng.randrange(1, 13), rng.randrange(1, 28))
    child["title"] = None
    parent = cm.person(rng)
    parent["surname"] = child["surname"] if rng.random() < 0.7 else parent["surname"]
    parent["name"] = " ".join(x for x in (parent["first"], parent["middle"], parent["surname"]) if x)
    pol = f"CTF{rng.randrange(10**7, 10**8)}"
    urn = f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10)}"
    end = dt.date(2026, child["dob"].month, child["dob"].day) + dt.timedelta(days=rng.randrange(-40, 40))
    start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
    rows = cm.holdings(rng, rng.randrange(1, 3), rng.random() < 0.5, scale=6000)
    value = cm.total(rows)
    contrib = Decimal(rng.choice([10, 20, 25, 40, 50])) if rng.random() < 0.6 else None
    freq = "monthly" if contrib else None
    amc = "1.50" if rng.random() < 0.7 else None
    show = {"title": False, "dob": True, "ni": False, "addr": True}
    opening = cm.q2(value * Decimal(rng.choice(["0.88", "0.93", "0.97"])))
    subs = cm.q2(contrib * 12) if contrib else Decimal("0.00")
    desc = rng.choice(["Stakeholder account", "Stakeholder Child Trust Fund"])

    def page1(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, 800, provider)
        c.setFont("Helvetica", 9)
        c.drawString(40, 787, "Child Trust Fund annual statement")
        c.setFont("Helvetica", 10)
        y = 745
        for line in [child["name"], f"c/o {parent['title']} {parent['name']}", *child["lines"], child["postcode"]]:
            c.drawString(50, y, line)
            y -= 13
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 630, "About the account")
        info = [["Child's full name", child["name"]], ["Child's date of birth", cm.long_date(child["dob"])],
                ["Child's address", f"{_addr(child)}, {child['postcode']}"],
                ["Unique Reference Number", urn], ["Account number", pol], ["Description of account", desc],
                ["Registered contact", f"{parent['title']} {parent['name']}"], ["Statement date", cm.slash(end)],
                ["Previous statement date", cm.slash(start - dt.timedelta(days=1))]]
        y = cm.table(c, 40, 622, [170, 345], info, head=False, row_h=16, size=8.5)
        y -= 18
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, "Your account this year")
        summ = [["", "£"], ["Market value at the previous statement date", cm.money(opening)],
                ["Payments in received this year", cm.money(subs)],
                ["Market value at the statement date", cm.money(value)]]
        if contrib:
            summ.append(["Regular payment", f"{cm.money(contrib)} each month"])
        if amc:
            summ.append(["Annual management charge", f"{amc}% a year"])
        y = cm.table(c, 40, y - 8, [340, 175], summ, row_h=16, size=8.5, aligns="lr")
        cm.para(c, 40, y - 16, "The registered contact manages the account until the child takes it over from age "
                "16. The money belongs to the child and can be taken out from their 18th birthday.", 515, size=7.5)
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}", 1, 2)

    def page2(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 800, f"Investments held at {cm.long_date(end)}")
        pence = rows[0]["price_currency"] == "GBX"
        body = [["Fund", "ISIN", "Units", "Price (p)" if pence else "Price (£)", "Value (£)"]]
        for r in rows:
            body.append([r["fund_name"], r["isin"], r["units"], r["unit_price"], cm.money(Decimal(r["value"]))])
        body.append(["Total", "", "", "", cm.money(value)])
        y = cm.table(c, 40, 790, [200, 85, 75, 70, 85], body, row_h=16, size=8, aligns="llrrr")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y - 24, "Things you should know")
        y = cm.para(c, 40, y - 38, "A stakeholder account's charges are capped. You can move the account to a Junior "
                    "ISA with us or another provider at any time without losing any tax benefit.", 515, size=8)
        cm.para(c, 40, y - 4, "Friends and family can pay in up to the yearly limit set by the government.", 515,
                size=8)
        cm.footer(c, f"{provider}  {SITES.get(provider, '')}", 2, 2)

    rec = _plan_record(provider, pol, child, "other", end, value, None, contrib, freq, amc, rows, show, start=start,
                       statement=True)
    return rec, [page1, page2]


# ------------------------------------------------------------------ the set

# variant, doc type, builder, count, scanned, mixed, unsigned (text), unsigned (scanned)
PLAN = [
    ("loa-bilingual-joint", "loa", loa_bilingual, 13, 3, 0, 2, 1),
    ("loa-boxed-capitals-cover", "loa", loa_boxed, 13, 3, 0, 2, 1),
    ("reply-fax-summary", "loa_response", reply_fax, 14, 4, 1, 0, 0),
    ("reply-drawdown-income-history", "loa_response", reply_income, 13, 3, 0, 0, 0),
    ("statement-investment-trust-plan", "annual_statement", statement_trust, 14, 4, 1, 0, 0),
    ("statement-child-trust-fund", "annual_statement", statement_ctf, 13, 3, 0, 0, 0),
]


def main() -> None:
    """Write the 80 documents and their truth into --out."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20261208)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    master = random.Random(args.seed)
    jobs = []
    for variant, kind, build, count, scans, mixed, uns_text, uns_scan in PLAN:
        for i in range(count):
            scanned = i < scans
            is_mixed = scanned and i < mixed
            unsigned = (scanned and i >= scans - uns_scan) or (not scanned and i - scans < uns_text)
            jobs.append((variant, kind, build, scanned, is_mixed, not unsigned if kind == "loa" else None))
    master.shuffle(jobs)
    for n, (variant, kind, build, scanned, is_mixed, signed) in enumerate(jobs, 1):
        rng = random.Random(f"{args.seed}-{n}")
        rec, pages = build(rng, signed)
        name = f"h15-{n:03d}"
        buf = io.BytesIO()
        cm.write_pdf(buf, pages)
        data = buf.getvalue()
        if scanned:
            spec = cm.scan_spec(rng)
            data = cm.scan_pages(data, is_mixed, spec, rng, args.seed + n, pages)
        (out / f"{name}.pdf").write_bytes(data)
        truth = {"doc_type": kind, "variant": variant, "scanned": scanned, "mixed": is_mixed, "record": rec}
        (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")


if __name__ == "__main__":
    main()
