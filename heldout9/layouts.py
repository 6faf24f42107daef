"""The six heldout9 layouts. Each builder returns the page drawers and the truth record of what they print."""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

from draw import H, Pen, W
from fakes import (
    ADVISERS,
    FIRMS,
    Person,
    address,
    funds,
    gbp,
    long_date,
    money,
    ordinal_date,
    total,
)

SITES = {
    "Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk", "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com",
    "Canada Life": "canadalife.co.uk", "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk", "ReAssure": "reassure.co.uk", "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk", "Quilter": "quilter.com", "Fidelity": "fidelity.co.uk", "LV=": "lv.com",
    "Scottish Friendly": "scottishfriendly.co.uk", "Wesleyan": "wesleyan.co.uk", "Nest": "nestpensions.org.uk",
    "The People's Pension": "thepeoplespension.co.uk", "NOW: Pensions": "nowpensions.com",
    "Smart Pension": "smartpension.co.uk", "interactive investor": "ii.co.uk", "Vanguard": "vanguardinvestor.co.uk",
    "Utmost Life and Pensions": "utmostlifeandpensions.co.uk",
}
GREY = (0.92, 0.92, 0.92)
TINT = (0.86, 0.9, 0.96)
EMPLOYERS = ["Brackenridge Joinery Ltd", "Harlow & Finch Logistics Ltd", "Tern Valley Care Homes Ltd",
             "Morvern Engineering Services Ltd", "Pickering Print Works Ltd", "Coldharbour Veterinary Group Ltd"]


def _base(provider, person: Person, doc_type: str) -> dict:
    rec = {"provider": provider, "client_title": person.title, "client_name": person.name,
           "client_dob": None, "ni_number": None, "client_address": None, "client_postcode": None}
    if doc_type == "loa":
        rec.update(policy_numbers=[], adviser_firm=None, fca_frn=None, adviser_name=None, date_signed=None,
                   signature_present=False)
    else:
        rec.update(policy_number=None, plan_type=None, valuation_date=None, plan_value=None, transfer_value=None,
                   regular_contribution=None, contribution_frequency=None, annual_charge_percent=None, holdings=[])
        if doc_type == "annual_statement":
            rec["period_start"] = None
    return rec


def _ni_spaced(ni: str) -> str:
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"


def _policy(rng: random.Random, style: str) -> tuple[str, str]:
    """(printed, truth) policy number in one of several house styles."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if style == "alpha":
        s = rng.choice(["PP", "SP", "RP", "IP", "GP"]) + d(8)
        return s, s
    if style == "spaced":
        s = f"{d(4)} {d(4)} {d(2)}"
        return s, s.replace(" ", "")
    if style == "dash":
        s = f"{d(3)}-{d(6)}-{rng.choice('ABCDEFGHJK')}"
        return s, s
    if style == "slash":
        s = f"{rng.choice(['WP', 'WB', 'LP'])}/{d(7)}"
        return s, s
    if style == "isa":
        s = f"{rng.choice(['ISA', 'GIA'])}{d(7)}"
        return s, s
    s = d(9)
    return s, s


def _adviser(rng):
    firm = rng.choice(FIRMS)
    lines, pc = address(rng)
    return firm, rng.choice(ADVISERS), [f"Suite {rng.randint(1, 9)}, {lines[0]}", *lines[1:]], pc


def _sign_date(rng):
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 250))


# ------------------------------------------------------------------ LoA 1: the provider's own form, two pages


def loa_provider_form(rng: random.Random, p: Person, provider: str, unsigned: bool):
    """The provider's pre-printed authority form: lettered parts, label-left boxes, tick boxes, office-use panel."""
    rec = _base(provider, p, "loa")
    n_plans = rng.randint(1, 3)
    styles = rng.choice(["alpha", "spaced", "dash", "plain"])
    plans = [_policy(rng, styles) for _ in range(n_plans)]
    kinds = [rng.choice(["Pension", "ISA", "Investment bond", "Other"]) for _ in plans]
    firm, adviser, flines, fpc = _adviser(rng)
    signed = None if unsigned else _sign_date(rng)
    form_code = f"{rng.choice(['TPA', 'AUTH', 'LOA'])}{rng.randint(10, 99)} {rng.choice(['03', '06', '09', '11'])}/25"
    case_ref = f"CR{rng.randint(100000, 999999)}"
    caps = rng.random() < 0.3
    name_shown = p.name.upper() if caps else p.name
    addr_shown = [ln.upper() for ln in p.lines] if caps else p.lines
    ni_shown = _ni_spaced(p.ni) if rng.random() < 0.5 else p.ni
    rec.update(client_dob=p.dob.isoformat(), ni_number=p.ni, client_address=", ".join(addr_shown),
               client_postcode=p.postcode, client_name=name_shown, policy_numbers=[t for _, t in plans],
               adviser_firm=firm, adviser_name=adviser, date_signed=signed.isoformat() if signed else None,
               signature_present=not unsigned)
    site = SITES.get(provider, "")
    po = rng.randint(1000, 9999)

    def header(pen: Pen, page, pages):
        pen.rect(0, 0, W, 62, fill=TINT, stroke=False)
        pen.text(40, 32, provider, "Helvetica-Bold", 20)
        pen.text(W - 40, 26, "Authority for a financial adviser", "Helvetica-Bold", 11, "right")
        pen.text(W - 40, 42, "to receive information about your plans", "Helvetica", 9, "right")
        pen.text(W - 40, 56, f"Form {form_code}", "Helvetica", 7, "right")
        pen.footer(f"{provider}  |  www.{site}  |  {form_code}", page, pages)

    def part(pen, y, letter, title):
        pen.rect(40, y, W - 80, 16, fill=(0.2, 0.3, 0.5), stroke=False)
        pen.text(46, y + 12, f"Part {letter}   {title}", "Helvetica-Bold", 9.5, colour=(1, 1, 1))
        return y + 22

    def field(pen, y, label, value, h=18, w=330):
        pen.text(46, y + 12, label, "Helvetica", 8.5)
        pen.rect(200, y, w, h, width=0.5)
        lines = value if isinstance(value, list) else [value]
        for i, v in enumerate(lines):
            pen.text(205, y + 12 + i * 11, v, "Courier", 9.5)
        return y + h + 5

    def page1(pen: Pen, page, pages):
        header(pen, page, pages)
        y = pen.para(40, 82, "Please complete this form in black ink and capital letters if you can. Use one form "
                     "for each planholder. Incomplete forms will be returned to you.", W - 80, size=8.5)
        y = part(pen, y + 4, "A", "About you, the planholder")
        pen.text(46, y + 10, "Title", "Helvetica", 8.5)
        x = 200
        for t in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Other"):
            pen.tickbox(x, y + 3, t == p.title)
            pen.text(x + 11, y + 10, t, "Helvetica", 8.5)
            x += 52
        y += 20
        y = field(pen, y, "Full name", name_shown)
        y = field(pen, y, "Date of birth (DD/MM/YYYY)", f"{p.dob:%d / %m / %Y}", w=140)
        y = field(pen, y, "National Insurance number", ni_shown, w=140)
        y = field(pen, y, "Home address", addr_shown, h=12 + 11 * len(addr_shown))
        y = field(pen, y, "Postcode", p.postcode, w=90)
        y = part(pen, y + 4, "B", "The plans this authority covers")
        rows = []
        for (shown, _), kind in zip(plans, kinds, strict=True):
            rows.append([shown, "", "", "", ""])
            rows[-1][1 + ["Pension", "ISA", "Investment bond", "Other"].index(kind)] = "X"
        y = pen.table(46, y, [160, 80, 80, 90, 80], rows, header=["Plan number", "Pension", "ISA",
                      "Investment bond", "Other"], size=8.5, row_h=16, shade=GREY)
        for _ in range(3 - n_plans):
            y = pen.table(46, y, [160, 80, 80, 90, 80], [["", "", "", "", ""]], row_h=16)
        pen.tickbox(46, y + 6, rng.random() < 0.5)
        pen.text(58, y + 13, f"Please also include any other plans I hold with {provider}.", "Helvetica", 8.5)
        y += 26
        y = part(pen, y, "C", "Your financial adviser")
        y = field(pen, y, "Firm name", firm)
        y = field(pen, y, "Adviser", adviser)
        y = field(pen, y, "FCA firm reference number", "", w=120)
        y = field(pen, y, "Firm address", [*flines, fpc], h=12 + 11 * (len(flines) + 1))
        y = field(pen, y, "Telephone", f"01632 {rng.randint(100000, 999999)}", w=140)

    def page2(pen: Pen, page, pages):
        header(pen, page, pages)
        y = part(pen, 80, "D", "What your adviser may do")
        info_only = True
        pen.tickbox(46, y + 2, info_only)
        pen.text(58, y + 9, "Ask for and receive information about the plans in Part B (information only).",
                 "Helvetica", 8.5)
        pen.tickbox(46, y + 18, False)
        pen.text(58, y + 25, "Act as my agent and give instructions on the plans in Part B.", "Helvetica", 8.5)
        y += 44
        y = part(pen, y, "E", "Declaration")
        y = pen.para(46, y + 4, f"I authorise {provider} to give the adviser named in Part C any information they "
                     "ask for about the plans in Part B. This authority stays in place until I cancel it in writing. "
                     "I understand that my adviser cannot make changes to my plans under an information-only "
                     "authority.", W - 92, size=8.5)
        y += 6
        pen.text(46, y + 12, "Your signature", "Helvetica", 8.5)
        pen.rect(200, y, 220, 36, width=0.7)
        if not unsigned:
            pen.ink(rng, 206, y + 6, 190, 26)
        y += 44
        pen.text(46, y + 12, "Date (DD/MM/YYYY)", "Helvetica", 8.5)
        pen.rect(200, y, 120, 18, width=0.5)
        if signed:
            pen.text(206, y + 13, f"{signed:%d / %m / %Y}", "Courier", 10, colour=(0.08, 0.1, 0.35))
        y += 34
        pen.text(46, y, "Please return the completed form to:", "Helvetica", 8.5)
        pen.text(46, y + 12, f"{provider}, PO Box {po}, {rng.choice(['Bristol', 'Preston', 'Sheffield'])}",
                 "Helvetica-Bold", 8.5)
        y += 34
        pen.rect(40, y, W - 80, 66, fill=GREY, stroke=True)
        pen.text(48, y + 14, "For office use only", "Helvetica-Bold", 8.5)
        pen.text(48, y + 30, f"Case reference  {case_ref}", "Helvetica", 8.5)
        pen.text(48, y + 44, "Date received  ____ / ____ / ______", "Helvetica", 8.5)
        pen.text(300, y + 44, "Checked by  ________", "Helvetica", 8.5)
        y += 86
        pen.text(40, y, "How we use your information", "Helvetica-Bold", 8.5)
        pen.para(40, y + 12, "We use the details on this form to find your plans and to deal with your adviser. "
                 "We keep this form with your plan records. You can read our privacy notice on our website or ask "
                 "us for a printed copy. Calls may be recorded.", W - 80, size=7.5)

    return [page1, page2], rec


# ------------------------------------------------------------------ LoA 2: one page, e-signed, with audit trail


def loa_esign_audit(rng: random.Random, p: Person, provider: str, unsigned: bool):
    """A one-page adviser LoA sent through an e-signing service: typed signature stamp and an audit trail block."""
    rec = _base(provider, p, "loa")
    firm, adviser, flines, fpc = _adviser(rng)
    n_plans = rng.randint(1, 3)
    style = rng.choice(["alpha", "slash", "plain", "dash"])
    plans = [_policy(rng, style) for _ in range(n_plans)]
    kinds = [rng.choice(["Personal pension", "Stakeholder pension", "SIPP", "Stocks and shares ISA",
                         "Investment bond"]) for _ in plans]
    signed_at = None if unsigned else dt.datetime.combine(_sign_date(rng), dt.time(rng.randint(8, 21),
                                                                                   rng.randint(0, 59),
                                                                                   rng.randint(0, 59)))
    sent = (signed_at or dt.datetime(2026, rng.randint(2, 9), rng.randint(1, 27), 9, 15)) - dt.timedelta(
        hours=rng.randint(2, 70), minutes=rng.randint(0, 59))
    envelope = "".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + "-" + "".join(
        rng.choice("0123456789ABCDEF") for _ in range(4))
    show_title = rng.random() < 0.6
    rec.update(client_dob=p.dob.isoformat(), ni_number=p.ni, client_address=", ".join(p.lines),
               client_postcode=p.postcode, policy_numbers=[t for _, t in plans], adviser_firm=firm,
               adviser_name=adviser, date_signed=signed_at.date().isoformat() if signed_at else None,
               signature_present=not unsigned, client_title=p.title if show_title else None)
    email = f"{p.first[0].lower()}.{p.surname.lower().replace(' ', '')[:4]}***@example.com"
    ip = f"203.0.113.{rng.randint(2, 250)}"

    def page(pen: Pen, page_no, pages):
        pen.text(40, 48, firm, "Times-Bold", 17)
        pen.text(40, 62, ", ".join([*flines, fpc]), "Times-Roman", 8.5)
        pen.text(W - 40, 48, f"Envelope {envelope}", "Courier", 7, "right", (0.4, 0.4, 0.4))
        pen.line(40, 70, W - 40, 70, width=1.2)
        pen.text(40, 92, f"To: {provider} - client servicing", "Times-Roman", 10)
        pen.text(40, 118, "LETTER OF AUTHORITY - INFORMATION ONLY", "Times-Bold", 12)
        who = f"{p.title} {p.name}" if show_title else p.name
        rows = [["Client", who], ["Date of birth", long_date(p.dob)], ["National Insurance no.", _ni_spaced(p.ni)],
                ["Home address", ", ".join(p.lines)], ["Postcode", p.postcode]]
        y = pen.table(40, 130, [130, W - 210], rows, size=9.5, row_h=16, font="Times-Roman")
        y = pen.table(40, y + 10, [150, W - 230], [[k, s] for (s, _), k in zip(plans, kinds, strict=True)],
                      header=["Plan type", "Plan reference"], size=9.5, row_h=16, shade=GREY, font="Times-Roman")
        y = pen.para(40, y + 18, f"I authorise you to release to {firm} and to {adviser}, on request and until I "
                     "tell you otherwise in writing, any information they ask for about the plans above, including "
                     "values, transfer values, charges, fund holdings and any guarantees. This letter does not "
                     "authorise any change to the plans or any payment out of them.", W - 80, "Times-Roman", 10)
        y += 8
        pen.text(40, y + 10, "Signature", "Times-Bold", 10)
        pen.rect(120, y, 260, 44, width=0.8)
        if signed_at:
            pen.text(130, y + 24, p.name, "Times-Italic", 17, colour=(0.05, 0.15, 0.45))
            pen.text(130, y + 38, f"Signed electronically  ID {envelope[:6]}", "Helvetica", 6.5, colour=(0.3,) * 3)
        else:
            pen.text(250, y + 26, "Awaiting signature", "Helvetica-Oblique", 9, "centre", (0.6, 0.6, 0.6))
        pen.text(400, y + 10, "Date signed", "Times-Bold", 10)
        pen.text(400, y + 28, f"{signed_at:%d/%m/%Y}" if signed_at else "", "Times-Roman", 11)
        y += 64
        pen.rect(40, y, W - 80, 14, fill=GREY, stroke=False)
        pen.text(44, y + 10, "Audit trail", "Helvetica-Bold", 8)
        events = [[f"{sent:%d %b %Y %H:%M:%S}", "Created", adviser, "-"],
                  [f"{sent + dt.timedelta(minutes=1):%d %b %Y %H:%M:%S}", "Sent for signature", email, "-"]]
        viewed = (signed_at - dt.timedelta(minutes=rng.randint(2, 40))) if signed_at else sent + dt.timedelta(
            hours=rng.randint(1, 9))
        events.append([f"{viewed:%d %b %Y %H:%M:%S}", "Viewed", email, ip])
        if signed_at:
            events.append([f"{signed_at:%d %b %Y %H:%M:%S}", "Signed", email, ip])
            events.append([f"{signed_at + dt.timedelta(seconds=4):%d %b %Y %H:%M:%S}", "Completed", "-", "-"])
            status = "Completed"
        else:
            status = "Out for signature"
        y = pen.table(40, y + 14, [120, 100, 180, W - 480], events, header=["Time (UTC)", "Event", "By", "IP"],
                      size=7, row_h=11, grid=False)
        pen.text(40, y + 12, f"Status: {status}.  Document checksum recorded at each step.", "Helvetica", 7)
        pen.footer(f"{firm} is authorised and regulated by the Financial Conduct Authority.", page_no, pages)

    return [page], rec


# ------------------------------------------------------------------ reply 1: transfer information pack


def reply_plan_pack(rng: random.Random, p: Person, provider: str, unsigned: bool):
    """A provider's transfer information pack: covering letter, lettered plan grid, fund schedule and notes."""
    rec = _base(provider, p, "loa_response")
    firm, adviser, flines, fpc = _adviser(rng)
    plan_type = rng.choice(["personal_pension", "stakeholder_pension", "sipp"])
    product = {"personal_pension": "Personal Pension Plan", "stakeholder_pension": "Stakeholder Pension",
               "sipp": "Self Invested Personal Pension"}[plan_type]
    shown, truth_no = _policy(rng, rng.choice(["alpha", "spaced", "dash", "plain"]))
    others = [_policy(rng, "plain")[0] for _ in range(rng.randint(1, 2))]
    holdings = funds(rng, rng.randint(2, 6), rng.uniform(15000, 240000), with_isin=rng.random() < 0.7)
    value = total(holdings)
    exit_charge = Decimal("0") if rng.random() < 0.6 else (value * Decimal(rng.choice(["0.01", "0.03", "0.05"])))
    exit_charge = exit_charge.quantize(Decimal("0.01"), ROUND_HALF_UP)
    transfer = value - exit_charge
    vdate = dt.date(2026, rng.randint(1, 9), rng.randint(1, 27))
    letter_date = vdate + dt.timedelta(days=rng.randint(1, 6))
    contrib = None if rng.random() < 0.4 else Decimal(rng.choice([50, 75, 100, 150, 200, 250, 400]))
    amc = rng.choice(["0.50", "0.75", "1.00", "0.45", "1.25", "0.60"]) if rng.random() < 0.75 else None
    show_addr = rng.random() < 0.5
    rec.update(policy_number=truth_no, client_dob=p.dob.isoformat(), ni_number=p.ni, plan_type=plan_type,
               valuation_date=vdate.isoformat(), plan_value=money(value), transfer_value=money(transfer),
               regular_contribution=money(contrib) if contrib else None,
               contribution_frequency="monthly" if contrib else None, annual_charge_percent=amc,
               holdings=holdings)
    if show_addr:
        rec.update(client_address=", ".join(p.lines), client_postcode=p.postcode)
    site = SITES.get(provider, "")
    ref = f"TV{rng.randint(1000000, 9999999)}"

    def foot(pen, page, pages):
        pen.footer(f"{provider}  -  www.{site}  -  Our reference {ref}", page, pages)

    def cover(pen: Pen, page, pages):
        pen.text(40, 50, provider, "Helvetica-Bold", 18, colour=(0.1, 0.25, 0.45))
        pen.text(W - 40, 44, "Transfers team", "Helvetica", 8.5, "right")
        pen.text(W - 40, 56, f"www.{site}", "Helvetica", 8.5, "right")
        y = 120
        for ln in [adviser, firm, *flines, fpc]:
            pen.text(60, y, ln, "Helvetica", 10)
            y += 13
        pen.text(W - 40, 120, long_date(letter_date), "Helvetica", 10, "right")
        pen.text(W - 40, 134, f"Our ref: {ref}", "Helvetica", 9, "right")
        y = 230
        pen.text(40, y, f"Dear {adviser.split()[0]}", "Helvetica", 10)
        pen.text(40, y + 22, f"Transfer information for {p.title} {p.first[0]} {p.surname} - plan {shown}",
                 "Helvetica-Bold", 10)
        y = pen.para(40, y + 44, "Thank you for the letter of authority signed by your client. We have enclosed the "
                     "transfer information you asked for on the plan shown above. The values are not guaranteed "
                     "and will change with the value of the funds.", W - 80, size=10)
        y = pen.para(40, y + 6, "Our records show your client also holds plan" + ("s " if len(others) > 1 else " ")
                     + " and ".join(others) + " with us. These were not named in your request and are not covered "
                     "by this pack; please ask us if you would like details of them.", W - 80, size=10)
        y = pen.para(40, y + 6, "If your client decides to transfer, the receiving scheme should send us its "
                     "transfer request with the discharge forms. We will then confirm the final transfer value, "
                     "which may be higher or lower than the figure in this pack.", W - 80, size=10)
        pen.text(40, y + 16, "Yours sincerely", "Helvetica", 10)
        pen.text(40, y + 52, "Transfers team", "Helvetica-Bold", 10)
        pen.text(40, y + 64, provider, "Helvetica", 10)
        foot(pen, page, pages)

    def grid(pen: Pen, page, pages):
        pen.text(40, 50, "Transfer information pack", "Helvetica-Bold", 15)
        pen.text(40, 66, f"Prepared {long_date(letter_date)} for {firm}", "Helvetica", 8.5)
        y = 84

        def section(y, letter, title, rows):
            pen.rect(40, y, W - 80, 15, fill=TINT, stroke=False)
            pen.text(46, y + 11, f"{letter}  {title}", "Helvetica-Bold", 9.5)
            return pen.table(40, y + 15, [200, W - 280], rows, size=9, row_h=15) + 10

        who = [["Name", f"{p.title} {p.name}"], ["Date of birth", f"{p.dob:%d/%m/%Y}"],
               ["National Insurance number", p.ni]]
        if show_addr:
            who.append(["Address we hold", ", ".join(p.lines)])
            who.append(["Postcode", p.postcode])
        y = section(y, "A", "The planholder", who)
        start = dt.date(rng.randint(1994, 2016), rng.randint(1, 12), 1)
        y = section(y, "B", "The plan", [["Plan number", shown], ["Product", product],
                                          ["Start date", f"{start:%d/%m/%Y}"],
                                          ["Selected retirement age", str(rng.choice([60, 65, 66, 67, 68]))],
                                          ["Status", "Contributions being paid" if contrib else "Paid up"]])
        y = section(y, "C", f"Values at {long_date(vdate)}", [
            ["Fund value", gbp(value)], ["Early exit charge", gbp(exit_charge) if exit_charge else "Nil"],
            ["Transfer value", gbp(transfer)], ["Protected tax-free cash", "None"],
            ["Guaranteed annuity rate", "None"]])
        y = section(y, "D", "Payments in", [
            ["Regular contribution", f"{gbp(contrib)} gross each month" if contrib else "None being paid"],
            ["Single contributions this tax year", gbp(Decimal(rng.choice([0, 1000, 2500])))]])
        section(y, "E", "Charges", [["Annual management charge", f"{amc}% a year" if amc else "See fund factsheets"],
                                    ["Adviser charge", "None being paid"]])
        foot(pen, page, pages)

    def schedule(pen: Pen, page, pages):
        pen.text(40, 50, "F  Investments", "Helvetica-Bold", 12)
        pen.text(40, 66, f"Plan {shown} - units and prices at {long_date(vdate)}", "Helvetica", 9)
        has_isin = holdings[0]["isin"] is not None
        rows = []
        for h in holdings:
            row = [h["fund_name"]] + ([h["isin"]] if has_isin else []) + [
                f"{Decimal(h['units']):,.3f}", h["unit_price"], f"{Decimal(h['value']):,.2f}"]
            rows.append(row)
        widths = [200, 85, 80, 65, 85] if has_isin else [285, 80, 65, 85]
        head = ["Fund"] + (["ISIN"] if has_isin else []) + ["Units", "Bid price (£)", "Value (£)"]
        rows.append(["Total fund value"] + [""] * (len(head) - 2) + [f"{value:,.2f}"])
        aligns = ["l"] + (["l"] if has_isin else []) + ["r", "r", "r"]
        y = pen.table(40, 78, widths, rows, header=head, aligns=aligns, size=8, row_h=15, shade=GREY, bold_last=True)
        pen.text(40, y + 30, "G  Notes", "Helvetica-Bold", 11)
        notes = ["Bid prices are those at the close of business on the valuation date.",
                 "The transfer value is the fund value less any early exit charge; it is not guaranteed.",
                 "Past performance is not a guide to future returns. Fund values can fall as well as rise.",
                 f"Projections assume growth of {rng.choice(['2.0', '3.5', '4.0'])}% a year before charges; they "
                 "are illustrations only."]
        y += 44
        for i, n in enumerate(notes, 1):
            y = pen.para(52, y, f"{i}. {n}", W - 100, size=8)
        foot(pen, page, pages)

    return [cover, grid, schedule], rec


# ------------------------------------------------------------------ reply 2: with-profits


def reply_with_profits(rng: random.Random, p: Person, provider: str, unsigned: bool):
    """A with-profits reply: numbered paragraphs, a boxed values panel with guaranteed value and final bonus."""
    rec = _base(provider, p, "loa_response")
    firm, adviser, flines, fpc = _adviser(rng)
    plan_type, product = rng.choice([("onshore_bond", "With-Profits Bond"),
                                     ("personal_pension", "With-Profits Personal Pension"),
                                     ("other", "With-Profits Savings Plan")])
    shown, truth_no = _policy(rng, rng.choice(["slash", "plain", "alpha"]))
    wp = funds(rng, 1, rng.uniform(8000, 90000), pence=True, with_isin=False)
    wp[0]["fund_name"] = rng.choice(["With-Profits Fund", "Unitised With-Profits Fund", "With Profits Fund (2004)"])
    holdings = wp + (funds(rng, 1, rng.uniform(2000, 20000), pence=True, with_isin=rng.random() < 0.5)
                     if rng.random() < 0.4 else [])
    value = total(holdings)
    final_bonus = (Decimal(wp[0]["value"]) * Decimal(str(rng.uniform(0.03, 0.18)))).quantize(Decimal("0.01"))
    guaranteed = value - final_bonus
    mvr = rng.choice([0, 0, 2, 3, 5, 7])
    surrender = (value * (100 - mvr) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    vdate = dt.date(2026, rng.randint(1, 9), rng.randint(1, 27))
    premium = None
    if plan_type != "onshore_bond" and rng.random() < 0.7:
        premium = Decimal(rng.choice([25, 30, 40, 50, 60, 100]))
    amc = rng.choice(["1.00", "0.75"]) if rng.random() < 0.3 else None
    rec.update(policy_number=truth_no, client_dob=p.dob.isoformat(), plan_type=plan_type,
               valuation_date=vdate.isoformat(), plan_value=money(value), transfer_value=money(surrender),
               regular_contribution=money(premium) if premium else None,
               contribution_frequency="monthly" if premium else None, annual_charge_percent=amc,
               holdings=holdings, client_address=", ".join(p.lines), client_postcode=p.postcode)
    site = SITES.get(provider, "")
    start = dt.date(rng.randint(1988, 2006), rng.randint(1, 12), rng.randint(1, 28))

    def page1(pen: Pen, page, pages):
        pen.text(W - 40, 50, provider, "Times-Bold", 20, "right")
        pen.text(W - 40, 64, "Existing customers - with-profits", "Times-Italic", 9, "right")
        y = 110
        for ln in [f"FAO {adviser}", firm, *flines, fpc]:
            pen.text(40, y, ln, "Times-Roman", 10.5)
            y += 13
        pen.text(40, y + 20, f"{vdate + dt.timedelta(days=rng.randint(2, 9)):%d %B %Y}", "Times-Roman", 10.5)
        y += 48
        pen.text(40, y, f"Policy {shown} - {product}", "Times-Bold", 11.5)
        y += 20
        paras = [
            f"1. We have received a letter of authority from our policyholder and set out below the information "
            f"you asked for. The figures are at {long_date(vdate)}.",
            "2. Part of the value is guaranteed. The final bonus is not guaranteed and may be changed or removed "
            "at any time; it is only added when the policy is cashed in, transferred or claimed.",
            "3. A market value reduction "
            + ("is not being applied at present" if not mvr else f"of {mvr}% applies at present")
            + ". If one applies, it lowers the amount paid out when money is taken from the with-profits fund.",
        ]
        for t in paras:
            y = pen.para(40, y, t, W - 80, "Times-Roman", 10.5) + 4
        y += 4
        pen.rect(40, y, W - 80, 190, fill=(0.97, 0.96, 0.92))
        pen.text(52, y + 18, "Policy values", "Times-Bold", 12)
        panel = [("Policyholder", f"{p.title} {p.name}"), ("Date of birth", ordinal_date(p.dob)),
                 ("Address", ", ".join([*p.lines, p.postcode])), ("Policy started", long_date(start)),
                 ("Guaranteed value", gbp(guaranteed)), ("Final bonus (not guaranteed)", gbp(final_bonus)),
                 ("Total value including final bonus", gbp(value)),
                 ("Market value reduction", f"{mvr}%" if mvr else "Nil"),
                 ("Cash-in value today", gbp(surrender)),
                 ("Premium", f"{gbp(premium)} a month" if premium else "Single premium - none due")]
        yy = y + 38
        for k, v in panel:
            pen.text(52, yy, k, "Times-Roman", 10)
            pen.line(230, yy + 1, 330, yy + 1, width=0.3, dash=(1, 2))
            pen.text(W - 52, yy, v, "Times-Bold" if "Total" in k else "Times-Roman", 10, "right")
            yy += 15
        pen.text(40, H - 48, f"www.{site}", "Times-Roman", 8)
        pen.text(W - 40, H - 48, f"{page}/{pages}", "Times-Roman", 8, "right")

    def page2(pen: Pen, page, pages):
        pen.text(40, 60, f"Policy {shown} continued", "Times-Italic", 9)
        y = 84
        y = pen.para(40, y, "4. The policy's value is held in units. Unit prices are shown in pence.", W - 80,
                     "Times-Roman", 10.5) + 6
        has_isin = any(h["isin"] for h in holdings)
        rows = [[h["fund_name"]] + ([h["isin"] or "-"] if has_isin else []) +
                [h["units"], h["unit_price"], gbp(h["value"])] for h in holdings]
        head = ["Fund"] + (["ISIN"] if has_isin else []) + ["Units", "Unit price (p)", "Value"]
        widths = [190, 90, 80, 80, 75] if has_isin else [270, 90, 80, 75]
        rows.append(["Total"] + [""] * (len(head) - 2) + [gbp(value)])
        y = pen.table(40, y, widths, rows, header=head, aligns=["l"] * (len(head) - 3) + ["r", "r", "r"],
                      size=9, row_h=16, shade=GREY, bold_last=True, font="Times-Roman")
        y += 16
        more = [
            f"5. Annual management charge: {amc}% a year, taken by a lower unit price." if amc else
            "5. Charges are allowed for in the bonus rates we declare; there is no separate annual charge.",
            f"6. The regular bonus rate declared this year was {rng.choice(['0.5', '1.0', '1.5', '2.0'])}% "
            "and is already included in the guaranteed value.",
            "7. If your client wishes to cash in or transfer, please ask us for the claim forms. The amount paid "
            "will be worked out on the day we receive them.",
        ]
        for t in more:
            y = pen.para(40, y, t, W - 80, "Times-Roman", 10.5) + 4
        pen.text(40, y + 20, "Customer Services", "Times-Bold", 10.5)
        pen.text(40, H - 48, f"www.{site}", "Times-Roman", 8)
        pen.text(W - 40, H - 48, f"{page}/{pages}", "Times-Roman", 8, "right")

    return [page1, page2], rec


# ------------------------------------------------------------------ statement 1: ISA / GIA, holdings over two pages


def statement_isa_continued(rng: random.Random, p: Person, provider: str, unsigned: bool):
    """An ISA or GIA statement: summary ledger, a transactions list, and holdings continued onto a third page."""
    rec = _base(provider, p, "annual_statement")
    plan_type = rng.choice(["isa", "isa", "gia"])
    shown, truth_no = _policy(rng, rng.choice(["isa", "plain", "spaced"]))
    pence = rng.random() < 0.5
    holdings = funds(rng, rng.randint(8, 12), rng.uniform(20000, 180000), pence=pence)
    value = total(holdings)
    if rng.random() < 0.5:
        start, end = dt.date(2025, 4, 6), dt.date(2026, 4, 5)
    else:
        start, end = dt.date(2025, 10, 1), dt.date(2026, 3, 31)
    opening = (value * Decimal(str(rng.uniform(0.8, 1.05)))).quantize(Decimal("0.01"))
    regular = Decimal(rng.choice([100, 150, 200, 250, 500])) if rng.random() < 0.5 else None
    charge = rng.choice(["0.25", "0.35", "0.45", "0.20"]) if rng.random() < 0.5 else None
    rec.update(policy_number=truth_no, plan_type=plan_type, period_start=start.isoformat(),
               valuation_date=end.isoformat(), plan_value=money(value),
               regular_contribution=money(regular) if regular else None,
               contribution_frequency="monthly" if regular else None, annual_charge_percent=charge,
               holdings=holdings, client_address=", ".join(p.lines), client_postcode=p.postcode)
    site = SITES.get(provider, "")
    label = "Stocks and Shares ISA" if plan_type == "isa" else "General Investment Account"
    subs = (regular * 6 if regular else Decimal(rng.choice([2000, 5000, 10000]))).quantize(Decimal("0.01"))
    income = Decimal(str(round(rng.uniform(50, 900), 2)))
    fees = Decimal(str(round(rng.uniform(20, 300), 2)))
    change = value - opening - subs - income + fees
    tx = []
    d = start
    for i in range(rng.randint(10, 16)):
        d = d + dt.timedelta(days=rng.randint(5, 14))
        kind = rng.choice(["Dividend", "Buy", "Sell", "Charge", "Interest"])
        if regular and i % 3 == 0:
            kind = "Direct debit"
        fund = rng.choice(holdings)["fund_name"]
        amt = Decimal(str(round(rng.uniform(5, 2500), 2)))
        desc = {"Dividend": f"Dividend {fund}", "Buy": f"Bought {fund}", "Sell": f"Sold {fund}",
                "Charge": "Service charge", "Interest": "Cash interest", "Direct debit": "Regular saving received"}
        neg = kind in ("Buy", "Charge")
        tx.append([f"{d:%d/%m/%Y}", desc[kind][:58], f"-{amt:,.2f}" if neg else f"{amt:,.2f}"])
    split = len(holdings) // 2 + rng.randint(-1, 1)

    def price(h):
        return f"{h['unit_price']}p" if pence else f"£{h['unit_price']}"

    def hrows(hs):
        return [[h["fund_name"], h["units"], price(h), f"{Decimal(h['value']):,.2f}",
                 f"{Decimal(h['value']) * 100 / value:.1f}", h["isin"]] for h in hs]

    widths, head = [190, 70, 60, 70, 35, 90], ["Investment", "Units", "Price", "Value (£)", "%", "ISIN"]
    aligns = ["l", "r", "r", "r", "r", "l"]

    def head_block(pen: Pen, page, pages):
        pen.rect(0, 0, W, 8, fill=(0.1, 0.4, 0.35), stroke=False)
        pen.text(40, 40, provider, "Helvetica-Bold", 16, colour=(0.1, 0.4, 0.35))
        pen.text(W - 40, 40, f"{label} statement", "Helvetica", 10, "right")
        pen.footer(f"www.{site}   Account {shown}   {p.title} {p.name}", page, pages)

    def page1(pen: Pen, page, pages):
        head_block(pen, page, pages)
        y = 100
        for ln in [f"{p.title} {p.name}", *p.lines, p.postcode]:
            pen.text(50, y, ln, "Helvetica", 10)
            y += 13
        box = [("Account number", shown), ("Statement date", f"{end + dt.timedelta(days=rng.randint(3, 20)):%d/%m/%Y}"),
               ("Period", f"{long_date(start)} to {long_date(end)}")]
        yy = 96
        for k, v in box:
            pen.text(330, yy, k, "Helvetica", 8)
            pen.text(W - 40, yy, v, "Helvetica-Bold", 8, "right")
            yy += 13
        y = 200
        pen.text(40, y, "Account summary", "Helvetica-Bold", 12)
        ledger = [[f"Value on {long_date(start)}", f"{opening:,.2f}"], ["Money paid in", f"{subs:,.2f}"],
                  ["Dividends and interest", f"{income:,.2f}"], ["Charges taken", f"-{fees:,.2f}"],
                  ["Change in market value", f"{change:,.2f}" if change >= 0 else f"-{-change:,.2f}"],
                  [f"Value on {long_date(end)}", f"{value:,.2f}"]]
        y = pen.table(40, y + 8, [330, 140], ledger, header=["", "£"], aligns=["l", "r"], size=9.5, row_h=17,
                      bold_last=True, shade=GREY)
        y += 18
        if plan_type == "isa":
            y = pen.para(40, y, f"You paid in {gbp(subs)} this period. The ISA allowance for the tax year is "
                         "£20,000.00.", W - 80, size=9.5) + 4
        if regular:
            y = pen.para(40, y, f"Your regular saving of {gbp(regular)} is collected by direct debit on the 1st of "
                         "each month.", W - 80, size=9.5) + 4
        if charge:
            y = pen.para(40, y, f"Our service charge is {charge}% a year of the value of your investments, worked "
                         "out daily and taken monthly.", W - 80, size=9.5) + 4
        pen.para(40, y + 10, "Please check this statement and tell us within 30 days if anything looks wrong. The "
                 "value of investments can go down as well as up.", W - 80, size=8)

    def page2(pen: Pen, page, pages):
        head_block(pen, page, pages)
        pen.text(40, 70, "Transactions this period", "Helvetica-Bold", 12)
        y = pen.table(40, 78, [80, 320, 115], tx, header=["Date", "Description", "Amount (£)"],
                      aligns=["l", "l", "r"], size=8, row_h=13, grid=False, shade=GREY)
        pen.text(40, y + 26, "Your holdings", "Helvetica-Bold", 12)
        y = pen.table(40, y + 34, widths, hrows(holdings[:split]), header=head, aligns=aligns, size=7.5, row_h=14,
                      shade=GREY)
        pen.text(W - 40, y + 14, "Holdings continue on the next page", "Helvetica-Oblique", 8, "right")

    def page3(pen: Pen, page, pages):
        head_block(pen, page, pages)
        pen.text(40, 70, "Your holdings (continued)", "Helvetica-Bold", 12)
        rows = hrows(holdings[split:]) + [["Total value", "", "", f"{value:,.2f}", "100.0", ""]]
        y = pen.table(40, 78, widths, rows, header=head, aligns=aligns, size=7.5, row_h=14, shade=GREY,
                      bold_last=True)
        note = ("Prices are in pence per unit." if pence else "Prices are in pounds per unit.") + (
            " Values are worked out at the last price on the statement date.")
        pen.para(40, y + 20, note, W - 80, size=8)
        pen.text(40, y + 60, "Important information", "Helvetica-Bold", 9)
        pen.para(40, y + 74, "This statement is not a contract note. Keep it with your records for tax. If you "
                 "have an adviser, they can see this statement online.", W - 80, size=8)

    return [page1, page2, page3], rec


# ------------------------------------------------------------------ statement 2: workplace annual benefit statement


def statement_workplace_abs(rng: random.Random, p: Person, provider: str, unsigned: bool):
    """A workplace pension annual benefit statement on one double-sided sheet, with quarterly contributions."""
    rec = _base(provider, p, "annual_statement")
    shown, truth_no = _policy(rng, rng.choice(["alpha", "plain", "dash"]))
    employer = rng.choice(EMPLOYERS)
    holdings = funds(rng, rng.randint(1, 3), rng.uniform(4000, 60000))
    value = total(holdings)
    if rng.random() < 0.5:
        start, end = dt.date(2025, 4, 1), dt.date(2026, 3, 31)
    else:
        start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    you = Decimal(rng.choice(["82.40", "104.16", "65.25", "140.00", "96.80", "121.55"]))
    emp = (you * Decimal(rng.choice(["0.75", "1.00", "1.50"]))).quantize(Decimal("0.01"))
    relief = (you * Decimal("0.25")).quantize(Decimal("0.01"))
    monthly = you + emp + relief
    show_tv = rng.random() < 0.5
    amc = rng.choice(["0.30", "0.50", "0.38", "0.75"]) if rng.random() < 0.7 else None
    show_ni = rng.random() < 0.6
    rec.update(policy_number=truth_no, plan_type="workplace_pension", period_start=start.isoformat(),
               valuation_date=end.isoformat(), plan_value=money(value),
               transfer_value=money(value) if show_tv else None,
               regular_contribution=money(monthly), contribution_frequency="monthly", annual_charge_percent=amc,
               holdings=holdings, client_dob=p.dob.isoformat(), ni_number=p.ni if show_ni else None,
               client_address=", ".join(p.lines), client_postcode=p.postcode)
    site = SITES.get(provider, "")
    last_year = (value * Decimal(str(rng.uniform(0.55, 0.9)))).quantize(Decimal("0.01"))
    quarters = []
    q = start
    for _ in range(4):
        qe = dt.date(q.year + (q.month + 2) // 12, (q.month + 2) % 12 + 1, 1) - dt.timedelta(days=1)
        quarters.append([f"{q:%b %Y} - {qe:%b %Y}", f"{you * 3:,.2f}", f"{emp * 3:,.2f}", f"{relief * 3:,.2f}",
                         f"{monthly * 3:,.2f}"])
        q = qe + dt.timedelta(days=1)
    year = [f"Total {start:%d/%m/%Y} to {end:%d/%m/%Y}", f"{you * 12:,.2f}", f"{emp * 12:,.2f}",
            f"{relief * 12:,.2f}", f"{monthly * 12:,.2f}"]
    payroll = f"{rng.randint(1000, 99999):06d}"
    age = rng.choice([66, 67, 68])
    proj = (value * Decimal(str(rng.uniform(2.0, 4.0)))).quantize(Decimal("1"))

    def page1(pen: Pen, page, pages):
        pen.rect(0, 0, W, 70, fill=(0.95, 0.9, 0.97), stroke=False)
        pen.text(40, 34, provider, "Helvetica-Bold", 19, colour=(0.35, 0.1, 0.45))
        pen.text(40, 54, f"Your annual benefit statement {start:%Y}/{end:%y}" if start.year != end.year else
                 f"Your annual benefit statement {end:%Y}", "Helvetica", 11)
        y = 100
        for ln in [f"{p.title} {p.name}", *p.lines, p.postcode]:
            pen.text(45, y, ln, "Helvetica", 10)
            y += 13
        facts = [("Pension account number", shown), ("Employer", employer), ("Payroll number", payroll),
                 ("Date of birth", f"{p.dob:%d/%m/%Y}")] + ([("National Insurance number", p.ni)] if show_ni else [])
        yy = 96
        for k, v in facts:
            pen.text(320, yy, k, "Helvetica", 7.5, colour=(0.35,) * 3)
            pen.text(320, yy + 10, v, "Helvetica-Bold", 9)
            yy += 24
        y = max(y, yy) + 12
        pen.rect(40, y, W - 80, 62, fill=(0.35, 0.1, 0.45), stroke=False)
        pen.text(54, y + 22, f"On {long_date(end)} your pot was worth", "Helvetica", 11, colour=(1, 1, 1))
        pen.text(54, y + 48, gbp(value), "Helvetica-Bold", 22, colour=(1, 1, 1))
        pen.text(W - 54, y + 48, f"A year earlier: {gbp(last_year)}", "Helvetica", 9, "right", (1, 1, 1))
        y += 84
        pen.text(40, y, "Money paid in during the year", "Helvetica-Bold", 11)
        y = pen.table(40, y + 8, [150, 90, 100, 80, 95], [*quarters, year],
                      header=["Period", "You (£)", "Your employer (£)", "Tax relief (£)", "Total (£)"],
                      aligns=["l", "r", "r", "r", "r"], size=8.5, row_h=15, shade=GREY, bold_last=True)
        y = pen.para(40, y + 16, f"At the moment {gbp(you)} is paid from your salary, {employer} adds {gbp(emp)} and "
                     f"we claim {gbp(relief)} tax relief, so {gbp(monthly)} goes into your pot each month.",
                     W - 80, size=9.5)
        if show_tv:
            y = pen.para(40, y + 6, f"If you moved your pot to another scheme, its transfer value on "
                         f"{long_date(end)} would be {gbp(value)}.", W - 80, size=9.5)
        if amc:
            pen.para(40, y + 6, f"We charge {amc}% a year of your pot to run it.", W - 80, size=9.5)
        pen.footer(f"www.{site}", page, pages)

    def page2(pen: Pen, page, pages):
        pen.text(40, 50, "Where your pot is invested", "Helvetica-Bold", 12)
        rows = [[h["fund_name"], h["isin"], h["units"], h["unit_price"], gbp(h["value"])] for h in holdings]
        rows.append(["Your pot", "", "", "", gbp(value)])
        y = pen.table(40, 60, [190, 90, 80, 70, 85], rows, header=["Fund", "ISIN", "Units", "Unit price (£)",
                                                                    "Value"],
                      aligns=["l", "l", "r", "r", "r"], size=8.5, row_h=15, shade=GREY, bold_last=True)
        y += 24
        pen.text(40, y, "What your pot might give you", "Helvetica-Bold", 12)
        y = pen.para(40, y + 14, f"If payments carry on as now until you are {age}, your pot might be worth "
                     f"£{proj:,} in today's money. That could buy an income of about "
                     f"£{(proj / 22).quantize(Decimal('1')):,} a year. This is an estimate, not a promise.", W - 80,
                     size=9.5)
        y = pen.para(40, y + 8, "The estimate assumes that investments grow by 2.5% a year after inflation and "
                     "that your pay rises with prices. What you get could be more or less.", W - 80, size=8)
        pen.text(40, y + 16, "Check your details", "Helvetica-Bold", 10)
        pen.para(40, y + 30, f"If your name, address or date of birth are wrong, tell {employer} or contact us "
                 "through your online account.", W - 80, size=8.5)
        pen.footer(f"www.{site}", page, pages)

    return [page1, page2], rec


BUILDERS = {
    "loa-provider-form": ("loa", loa_provider_form),
    "loa-esign-audit": ("loa", loa_esign_audit),
    "reply-plan-pack": ("loa_response", reply_plan_pack),
    "reply-with-profits": ("loa_response", reply_with_profits),
    "statement-isa-continued": ("annual_statement", statement_isa_continued),
    "statement-workplace-abs": ("annual_statement", statement_workplace_abs),
}
PROVIDERS = {
    "loa-provider-form": ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                          "Zurich", "Canada Life", "AJ Bell", "Hargreaves Lansdown", "Fidelity", "Quilter"],
    "loa-esign-audit": ["Aviva", "Royal London", "Scottish Widows", "Prudential", "Phoenix Life", "ReAssure", "LV=",
                        "Aegon", "Standard Life", "Canada Life", "Utmost Life and Pensions", "Legal & General"],
    "reply-plan-pack": ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                        "Zurich", "Canada Life", "Quilter", "AJ Bell", "Fidelity"],
    "reply-with-profits": ["Prudential", "Phoenix Life", "ReAssure", "Royal London", "Wesleyan", "LV=",
                           "Scottish Friendly", "Utmost Life and Pensions", "Aviva"],
    "statement-isa-continued": ["AJ Bell", "Hargreaves Lansdown", "Fidelity", "interactive investor", "Vanguard",
                                "Quilter", "Scottish Friendly"],
    "statement-workplace-abs": ["Nest", "The People's Pension", "NOW: Pensions", "Smart Pension", "Aviva",
                                "Scottish Widows", "Legal & General", "Royal London", "Aegon", "Standard Life"],
}
