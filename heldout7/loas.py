"""Letters of Authority for heldout7: four layouts, each returning (Doc, truth record, variant)."""

from __future__ import annotations

import datetime as dt

from draw import LANDSCAPE, Doc, band, box, lines, pairs, para, rule, signature, table, text, wrap
from world import World, fmt_date

SIGNED_FROM, SIGNED_TO = dt.date(2025, 12, 1), dt.date(2026, 10, 20)
SCOPE = [
    "This authority is for information only and does not change the servicing agent on the plans.",
    "Please treat this letter as authority to release information until we tell you otherwise in writing.",
    "A copy of this authority is as valid as the original.",
]


def _provider_block(w: World, provider: str) -> list[str]:
    return [provider, w.pick(["Customer Services", "Adviser Support Team", "Existing Business Unit"]),
            f"PO Box {w.rng.randint(100, 9999)}", w.pick(["Bristol", "Edinburgh", "Norwich", "Glasgow", "York"]),
            w.postcode()]


def _record(provider, policies, client, firm, signed, present, *, title=True, dob=True, ni=True, upper=False,
            adviser=True) -> dict:
    name, address = client.name, client.address
    if upper:
        name, address = name.upper(), address.upper()
    return {
        "provider": provider, "policy_numbers": policies, "client_title": client.title if title else None,
        "client_name": name, "client_dob": client.dob.isoformat() if dob else None,
        "ni_number": client.ni if ni else None, "client_address": address, "client_postcode": client.postcode,
        "adviser_firm": firm["name"], "fca_frn": None, "adviser_name": firm["adviser"] if adviser else None,
        "date_signed": signed.isoformat() if signed else None, "signature_present": present,
    }


def _spaced_ni(ni: str) -> str:
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"


def joint(w: World, provider: str, signed: bool) -> tuple[Doc, dict, str]:
    """Adviser letterhead; two joint policyholders side by side; two signature blocks (the first is the record's)."""
    rng = w.rng
    one, two = w.person(), w.person()
    two.surname, two.lines, two.postcode = one.surname, one.lines, one.postcode
    firm = w.firm()
    shown = [w.policy(w.pick(["slash", "plain", "spaced"])) for _ in range(rng.randint(1, 3))]
    day1 = w.date_between(SIGNED_FROM, SIGNED_TO)
    day2 = day1 + dt.timedelta(days=rng.randint(0, 9))
    style = w.pick(["ordinal", "long", "slash"])
    doc, addressee = Doc(), _provider_block(w, provider)

    def page(c, n, total):
        h = doc.height
        text(c, h, 50, 50, firm["name"], "Helvetica-Bold", 15)
        text(c, h, 545, 44, ", ".join(firm["lines"]) + " " + firm["postcode"], size=8, align="right")
        text(c, h, 545, 56, f"Tel {firm['phone']}", size=8, align="right")
        rule(c, h, 50, 545, 64, 1.2)
        lines(c, h, 50, 92, addressee)
        text(c, h, 50, 170, "LETTER OF AUTHORITY - JOINT POLICYHOLDERS", "Helvetica-Bold", 12)
        rows = [["Title", one.title, two.title], ["Full name", one.name, two.name],
                ["Date of birth", fmt_date(one.dob, style), fmt_date(two.dob, style)],
                ["National Insurance no.", _spaced_ni(one.ni), _spaced_ni(two.ni)]]
        y = table(c, h, 50, 195, [("", 130, "l"), ("Policyholder 1", 180, "l"), ("Policyholder 2", 180, "l")], rows,
                  size=9, lead=15)
        y = pairs(c, h, 53, y + 6, [("Address", ", ".join(one.lines)), ("Postcode", one.postcode)], gap=127)
        text(c, h, 50, y + 10, "Plans covered by this authority", "Helvetica-Bold", 10)
        prow = [[p, w.pick(["Personal pension", "Investment bond", "Stakeholder pension", "ISA"])] for p, _ in shown]
        y = table(c, h, 50, y + 30, [("Plan number", 160, "l"), ("Type of plan", 200, "l")], prow, size=9)
        y = para(c, h, 50, y + 8, f"We, the policyholders named above, authorise {firm['name']} and its adviser "
                 f"{firm['adviser']} to obtain any information they request about the plans listed. "
                 + w.pick(SCOPE), 495)
        for k, (who, day) in enumerate(((one, day1), (two, day2))):
            x = 50 + k * 255
            text(c, h, x, y + 24, f"Signed by Policyholder {k + 1}", "Helvetica-Bold", 9)
            rule(c, h, x, x + 200, y + 68, 0.5)
            if signed:
                signature(c, h, x + 10, y + 62, rng)
            text(c, h, x, y + 80, who.name, size=8.5)
            text(c, h, x, y + 96, "Date: " + (fmt_date(day, style) if signed else "______________"), size=9)
        text(c, h, 297, 810, f"{firm['name']} is authorised and regulated by the Financial Conduct Authority.",
             size=7, align="centre")

    doc.pages.append(page)
    rec = _record(provider, [t for _, t in shown], one, firm, day1 if signed else None, signed)
    return doc, rec, "loa-joint"


def landscape_form(w: World, provider: str, signed: bool) -> tuple[Doc, dict, str]:
    """A landscape two-column form: client details (capitals) left, adviser and plans right, declaration below."""
    rng = w.rng
    client, firm = w.person(), w.firm()
    shown = [w.policy(w.pick(["hyphen", "letters", "plain"])) for _ in range(rng.randint(1, 4))]
    day = w.date_between(SIGNED_FROM, SIGNED_TO)
    doc = Doc(LANDSCAPE)

    def page(c, n, total):
        h = doc.height
        band(c, h, 30, 24, 782, 30, 0.25)
        c.setFillGray(1)
        text(c, h, 42, 44, "AUTHORITY TO OBTAIN PLAN INFORMATION", "Helvetica-Bold", 13)
        text(c, h, 800, 44, f"To: {provider}", "Helvetica-Bold", 11, align="right")
        c.setFillGray(0)
        text(c, h, 42, 80, "1  ABOUT YOU (PLEASE USE CAPITALS)", "Helvetica-Bold", 10)
        rows = [("Title", client.title.upper()), ("Full name", client.name.upper()),
                ("Date of birth", fmt_date(client.dob, "dotted")), ("NI number", client.ni)]
        rows += [("Address" if i == 0 else "", ln.upper()) for i, ln in enumerate(client.lines)]
        rows += [("Postcode", client.postcode)]
        y = 100
        for label, value in rows:
            text(c, h, 42, y, label, size=8.5)
            box(c, h, 130, y - 10, 250, 14, 0.5)
            text(c, h, 134, y, value, "Courier-Bold", 10)
            y += 19
        text(c, h, 420, 80, "2  YOUR FINANCIAL ADVISER", "Helvetica-Bold", 10)
        pairs(c, h, 420, 100, [("Firm", firm["name"]), ("Adviser", firm["adviser"]),
                               ("Address", ", ".join(firm["lines"])), ("Postcode", firm["postcode"]),
                               ("Telephone", firm["phone"])], gap=70, size=9, bold_label=False)
        text(c, h, 420, 186, "3  PLANS", "Helvetica-Bold", 10)
        table(c, h, 420, 206, [("Plan / policy number", 170, "l"), ("Held with", 200, "l")],
              [[p, provider] for p, _ in shown], size=9)
        y = max(y, 300) + 10
        text(c, h, 42, y, "4  DECLARATION", "Helvetica-Bold", 10)
        para(c, h, 42, y + 16, "I authorise the provider named above to give my adviser any information about my "
             "plans that my adviser asks for. " + w.pick(SCOPE), 740, size=9)
        box(c, h, 42, y + 50, 330, 56)
        text(c, h, 48, y + 62, "Signature", size=8)
        if signed:
            signature(c, h, 80, y + 92, rng, 150)
        box(c, h, 400, y + 50, 160, 56)
        text(c, h, 406, y + 62, "Date (DD.MM.YYYY)", size=8)
        if signed:
            text(c, h, 410, y + 92, fmt_date(day, "dotted"), "Courier-Bold", 11)
        text(c, h, 420, 575, "Please return this form to your adviser, who will send it on to the provider.",
             size=7.5, align="centre")

    doc.pages.append(page)
    rec = _record(provider, [t for _, t in shown], client, firm, day if signed else None, signed, upper=True)
    rec["client_title"] = client.title
    return doc, rec, "loa-landscape-form"


def esigned(w: World, provider: str, signed: bool = True) -> tuple[Doc, dict, str]:
    """A letter signed electronically, with a signing certificate on page 2 (its envelope id is no policy number)."""
    rng = w.rng
    client, firm = w.person(), w.firm()
    shown = [w.policy(w.pick(["letters", "hyphen", "slash"])) for _ in range(rng.randint(1, 2))]
    day = w.date_between(SIGNED_FROM, SIGNED_TO)
    stamp = f"{day:%d/%m/%Y} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} GMT"
    envelope = "-".join(f"{rng.getrandbits(16):04X}" for _ in range(4))
    doc, addressee = Doc(), _provider_block(w, provider)
    title_shown = rng.random() < 0.5

    def letter(c, n, total):
        h = doc.height
        text(c, h, 50, 52, firm["name"], "Times-Bold", 16)
        text(c, h, 50, 66, ", ".join(firm["lines"]) + ", " + firm["postcode"], "Times-Roman", 9)
        lines(c, h, 50, 110, addressee, "Times-Roman", 10.5)
        text(c, h, 50, 196, "Dear Sir or Madam", "Times-Roman", 11)
        text(c, h, 50, 220, "Letter of authority", "Times-Bold", 12)
        y = pairs(c, h, 50, 244, [("Client", (client.title + " " if title_shown else "") + client.name),
                                  ("Born", fmt_date(client.dob, "abbr")), ("NI number", client.ni),
                                  ("Home address", client.address), ("Postcode", client.postcode)], gap=110)
        plans = " and ".join(p for p, _ in shown)
        y = para(c, h, 50, y + 10, f"I authorise you to provide {firm['name']} ({firm['adviser']}) with full "
                 f"details of my plan{'s' if len(shown) > 1 else ''} {plans}, including values, fund holdings, "
                 "charges and any guarantees. " + w.pick(SCOPE), 495, "Times-Roman", 10.5, 14)
        box(c, h, 50, y + 14, 260, 70)
        text(c, h, 58, y + 28, "Signed electronically", "Helvetica", 7.5)
        text(c, h, 62, y + 56, client.name, "Times-BoldItalic", 17)
        text(c, h, 58, y + 76, f"Signer ID {envelope[:9]}", "Helvetica", 7)
        text(c, h, 330, y + 56, f"Date signed: {fmt_date(day, 'abbr')}", "Times-Roman", 10.5)
        text(c, h, 297, 815, f"Page {n} of {total}", "Helvetica", 7.5, align="centre")

    def certificate(c, n, total):
        h = doc.height
        text(c, h, 50, 60, "Certificate of completion", "Helvetica-Bold", 14)
        pairs(c, h, 50, 90, [("Envelope ID", envelope), ("Document", "Letter of authority"),
                             ("Status", "Completed"), ("Signer", client.name),
                             ("Signed", stamp), ("Authentication", "Email and access code")], gap=110, size=9)
        text(c, h, 297, 815, f"Page {n} of {total}", "Helvetica", 7.5, align="centre")

    doc.pages += [letter, certificate]
    rec = _record(provider, [t for _, t in shown], client, firm, day, True, title=title_shown)
    return doc, rec, "loa-esigned"


def own_letter(w: World, provider: str, signed: bool = True) -> tuple[Doc, dict, str]:
    """The client's own short letter: address top right, details in one sentence, ink signature."""
    rng = w.rng
    client, firm = w.person(), w.firm()
    shown = [w.policy(w.pick(["plain", "spaced", "slash"])) for _ in range(rng.randint(1, 2))]
    day = w.date_between(SIGNED_FROM, SIGNED_TO)
    doc, addressee = Doc(), _provider_block(w, provider)
    dated = w.pick(["ordinal", "ordinal_of", "long"])

    def page(c, n, total):
        h = doc.height
        y = lines(c, h, 545 - 150, 70, [*client.lines, client.postcode], "Times-Roman", 11, 14)
        text(c, h, 545 - 150, y + 10, fmt_date(day, dated), "Times-Roman", 11)
        lines(c, h, 60, y + 40, addressee, "Times-Roman", 11, 14)
        y += 130
        text(c, h, 60, y, "Dear Sir or Madam,", "Times-Roman", 11)
        plans = ", ".join(p for p, _ in shown)
        text(c, h, 60, y + 24, f"Re: my policy {plans}", "Times-Bold", 11)
        body = (f"I, {client.name}, of the address above, born on {fmt_date(client.dob, 'ordinal')}, National "
                f"Insurance number {_spaced_ni(client.ni)}, give my permission for {firm['name']} to ask for and "
                f"receive any information about the policy above. My adviser there is {firm['adviser']}. "
                + w.pick(SCOPE))
        y = para(c, h, 60, y + 48, body, 470, "Times-Roman", 11, 15)
        text(c, h, 60, y + 14, "Yours faithfully,", "Times-Roman", 11)
        if signed:
            signature(c, h, 64, y + 52, rng, 130)
        text(c, h, 60, y + 74, f"{client.title} {client.name}", "Times-Roman", 11)
        for k, ln in enumerate(wrap(f"Please reply to {firm['name']}, {', '.join(firm['lines'])}, {firm['postcode']}",
                                    470, "Times-Italic", 9)):
            text(c, h, 60, 790 + 11 * k, ln, "Times-Italic", 9)

    doc.pages.append(page)
    rec = _record(provider, [t for _, t in shown], client, firm, day, signed)
    return doc, rec, "loa-own-letter"
