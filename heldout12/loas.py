"""heldout12's two Letter of Authority layouts: a provider's "Authority to deal" form and a printed e-mail."""

from __future__ import annotations

import datetime as dt
import random

from common import GREY, WEBSITES, Firm, Person, draw_ink, footer, long_date, ni_printed, para, policy_number
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4

W, H = A4


def _box(c, x, y, w, h, label, value="", size=10):
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", 6.5)
    c.setFillColor(GREY)
    c.drawString(x + 3, y + h - 8, label)
    c.setFillColor(Color(0, 0, 0))
    if value:
        c.setFont("Helvetica", size)
        c.drawString(x + 4, y + 5, value)


def authority_to_deal(rng: random.Random, seed_key: str, signed: bool):
    """The provider's one-page form: boxed client grid, a grid of plan-number cells, adviser box, witness box."""
    provider = rng.choice(sorted(WEBSITES))
    person, firm = Person(rng), Firm(rng)
    plans = [policy_number(rng, provider) for _ in range(rng.randint(1, 5))]
    signed_on = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    dob_style = rng.randrange(2)
    ni_text = ni_printed(rng, person.ni)
    form_code = f"ATD{rng.randint(10, 99)}/{rng.randint(1, 12):02d}.{rng.randint(21, 25)}"
    witness = Person(rng)
    witness_job = rng.choice(["Solicitor", "Pharmacist", "Teacher", "Chartered accountant", "Practice manager"])
    scope = rng.random() < 0.5

    def page(c):
        c.setFillColor(Color(0.12, 0.22, 0.38))
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, H - 40, provider)
        c.setFont("Helvetica", 11)
        c.drawString(40, H - 58, "Authority to deal on your behalf")
        c.drawRightString(W - 40, H - 40, f"Form {form_code}")
        c.setFillColor(Color(0, 0, 0))
        y = H - 92
        y = para(c, 40, y, "Please complete this form in BLOCK CAPITALS or type, and return it to us. Use one form "
                 "for each planholder. All plans you list below will be covered.", W - 80, size=8.5)
        y -= 6
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Section A  About you")
        y -= 34
        _box(c, 40, y, 60, 28, "Title", person.title)
        _box(c, 104, y, 200, 28, "Surname", person.surname)
        _box(c, 308, y, 247, 28, "Forename(s) in full", person.forenames)
        y -= 32
        if dob_style == 0:
            _box(c, 40, y, 160, 28, "Date of birth (DD MM YYYY)",
                 f"{person.dob.day:02d}  {person.dob.month:02d}  {person.dob.year}")
        else:
            _box(c, 40, y, 160, 28, "Date of birth", long_date(person.dob))
        _box(c, 204, y, 180, 28, "National Insurance number", ni_text)
        _box(c, 388, y, 167, 28, "Daytime telephone", f"07700 9{rng_tel:05d}")
        y -= 32
        _box(c, 40, y, 400, 28, "Home address", ", ".join(person.lines))
        _box(c, 444, y, 111, 28, "Postcode", person.postcode)
        y -= 22
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Section B  Your plan numbers")
        y -= 6
        cell_w, cell_h = 171.6, 26
        for i in range(6):
            col, row = i % 3, i // 3
            x0, y0 = 40 + col * (cell_w + 2), y - (row + 1) * (cell_h + 2)
            _box(c, x0, y0, cell_w, cell_h, f"Plan {i + 1}", plans[i] if i < len(plans) else "")
        y -= 2 * (cell_h + 2) + 20
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Section C  Your financial adviser")
        y -= 34
        _box(c, 40, y, 300, 28, "Firm name", firm.name)
        _box(c, 344, y, 211, 28, "Adviser name", firm.adviser)
        y -= 32
        _box(c, 40, y, 400, 28, "Firm address", ", ".join(firm.lines))
        _box(c, 444, y, 111, 28, "Postcode", firm.postcode)
        y -= 32
        _box(c, 40, y, 200, 28, "FCA firm reference number")
        _box(c, 244, y, 311, 28, "Telephone", firm.phone)
        y -= 20
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Section D  Your authority")
        y -= 14
        what = ("to give them any information they ask for about my plans and to accept their instructions on my "
                "behalf" if scope else "to give them information about my plans only; they may not give instructions")
        y = para(c, 40, y, f"I, {person.name}, authorise {provider} to deal with the adviser named in Section C, "
                 f"{what}. This "
                 "authority stays in force until I cancel it in writing. A photocopy or scanned copy of this form "
                 "is as valid as the original.", W - 80, size=8.5)
        y -= 50
        c.setStrokeColor(GREY)
        c.rect(40, y, 330, 46, stroke=1, fill=0)
        c.rect(374, y, 181, 46, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(GREY)
        c.drawString(43, y + 38, "Planholder's signature")
        c.drawString(377, y + 38, "Date signed")
        c.setFillColor(Color(0, 0, 0))
        if signed:
            draw_ink(c, 70, y + 14, random.Random(seed_key + "ink"), 150)
            c.setFont("Helvetica", 10)
            c.drawString(380, y + 10, signed_on.strftime("%d / %m / %Y"))
        y -= 74
        c.setStrokeColor(GREY)
        c.rect(40, y, 515, 66, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y + 56, "Witness (not a relative of the planholder)")
        c.setFont("Helvetica", 6.5)
        c.setFillColor(GREY)
        c.drawString(44, y + 40, "Witness signature")
        c.drawString(250, y + 40, "Witness full name")
        c.drawString(250, y + 16, "Occupation")
        c.setFillColor(Color(0, 0, 0))
        if signed:
            draw_ink(c, 60, y + 18, random.Random(seed_key + "witness"), 110)
            c.setFont("Helvetica", 9.5)
            c.drawString(330, y + 40, witness.name)
            c.drawString(330, y + 16, witness_job)
        para(c, 40, 50, "We may check the details on this form against our records. If the name or address differs "
             "we will write to you before we act on it.", W - 80, size=7)
        footer(c, W, f"{WEBSITES[provider]}   {form_code}", 1, 1)

    rng_tel = rng.randint(0, 99999)
    record = {
        "provider": provider, "policy_numbers": plans, "client_title": person.title, "client_name": person.name,
        "client_dob": person.dob.isoformat(), "ni_number": person.ni, "client_address": person.address,
        "client_postcode": person.postcode, "adviser_firm": firm.name, "fca_frn": None, "adviser_name": firm.adviser,
        "date_signed": signed_on.isoformat() if signed else None, "signature_present": signed,
    }
    return record, [page]


def email_letter(rng: random.Random, seed_key: str, signed: bool):
    """A client's e-mail printed from a mail program: From/To/Date/Subject, the letter, a typed e-signature."""
    provider = rng.choice(sorted(WEBSITES))
    person, firm = Person(rng), Firm(rng)
    plans = [policy_number(rng, provider) for _ in range(rng.randint(1, 3))]
    sent = dt.datetime(2026, rng.randint(1, 10), rng.randint(1, 28), rng.randint(7, 21), rng.randint(0, 59))
    ni_text = ni_printed(rng, person.ni)
    dob_text = rng.choice([long_date(person.dob), person.dob.strftime("%d/%m/%Y")])
    program = rng.choice(["Printed from Mailbox Web", "Mail - " + person.name, "Webmail | Print view"])
    dept = rng.choice(["customer.services", "servicing", "adviser.support", "letters"])
    cc = rng.random() < 0.5
    order = rng.randrange(2)

    def page(c):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(36, H - 24, program)
        c.drawRightString(W - 36, H - 24, sent.strftime("%d/%m/%Y, %H:%M"))
        c.setFillColor(Color(0, 0, 0))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 60, f"Letter of authority - {provider} plan{'s' if len(plans) > 1 else ''} "
                     f"{', '.join(plans)}")
        c.setStrokeColor(GREY)
        c.line(50, H - 70, W - 50, H - 70)
        rows = [("From:", f"{person.name} <{person.email}>"),
                ("Sent:", sent.strftime("%A, %d %B %Y %H:%M")),
                ("To:", f"{dept}@{WEBSITES[provider]}")]
        if cc:
            rows.append(("Cc:", f"{firm.adviser} <{firm.adviser.split()[0].lower()}@{firm.domain}>"))
        rows.append(("Subject:", "Letter of authority"))
        y = H - 88
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(50, y, k)
            c.setFont("Helvetica", 9.5)
            c.drawString(110, y, v)
            y -= 14
        c.line(50, y + 4, W - 50, y + 4)
        y -= 18
        f = "Helvetica"
        c.setFont(f, 10)
        c.drawString(50, y, "Dear Sir or Madam,")
        y -= 20
        y = para(c, 50, y, f"Please accept this e-mail as my authority for {firm.adviser} of {firm.name}, "
                 f"{', '.join(firm.lines)} {firm.postcode}, to ask for and receive any information about the plans "
                 "listed below, including values, transfer values, fund holdings and charges. This authority "
                 "covers information only until I tell you otherwise in writing.", W - 100, size=10)
        y -= 8
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "My details")
        y -= 16
        details = [("Full name", f"{person.title} {person.name}"), ("Date of birth", dob_text),
                   ("National Insurance no.", ni_text)]
        addr = [("Address", ", ".join(person.lines)), ("Postcode", person.postcode)]
        details = details + addr if order == 0 else addr + details
        for k, v in details:
            c.setFont("Helvetica", 10)
            c.drawString(66, y, f"{k}:")
            c.drawString(200, y, v)
            y -= 14
        y -= 8
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Plan number" + ("s" if len(plans) > 1 else ""))
        y -= 16
        for p in plans:
            c.setFont("Helvetica", 10)
            c.drawString(66, y, f"{provider}   {p}")
            y -= 14
        y -= 8
        y = para(c, 50, y, f"Please send your reply to {firm.adviser} directly. If you need a wet signature, "
                 "please let me know and I will post one.", W - 100, size=10)
        y -= 8
        c.setFont("Helvetica", 10)
        c.drawString(50, y, "Kind regards,")
        y -= 22
        if signed:
            c.setFont("Times-Italic", 15)
            c.setFillColor(Color(0.1, 0.1, 0.5))
            c.drawString(50, y, person.name)
            c.setFillColor(Color(0, 0, 0))
            y -= 14
            c.setFont("Helvetica", 8)
            c.drawString(50, y, f"Electronically signed by {person.name} on {sent.strftime('%d/%m/%Y')} at "
                         f"{sent.strftime('%H:%M')} (typed signature)")
            y -= 16
        c.setFont("Helvetica", 10)
        c.drawString(50, y, person.name)
        y -= 14
        c.drawString(50, y, f"Tel 07700 9{rng_tel:05d}")
        para(c, 50, 60, "This message and any attachment are intended only for the addressee. If you have received "
             "it in error please delete it.", W - 100, size=7)
        footer(c, W, "about:blank", 1, 1)

    rng_tel = rng.randint(0, 99999)
    record = {
        "provider": provider, "policy_numbers": plans, "client_title": person.title, "client_name": person.name,
        "client_dob": person.dob.isoformat(), "ni_number": person.ni, "client_address": person.address,
        "client_postcode": person.postcode, "adviser_firm": firm.name, "fca_frn": None, "adviser_name": firm.adviser,
        "date_signed": sent.date().isoformat() if signed else None, "signature_present": signed,
    }
    return record, [page]
