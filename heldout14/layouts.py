"""The six heldout14 layouts: each returns its page size, page painters and truth record (README.md)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from common import (
    FIRMS,
    Page,
    address,
    fdate,
    holdings,
    money,
    ni_print,
    person,
    price_print,
    q2,
    total,
    units_print,
)
from reportlab.lib.pagesizes import A4, landscape

SITES = {
    "Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk", "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com",
    "Canada Life": "canadalife.co.uk", "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk", "ReAssure": "reassure.co.uk", "Utmost Wealth Solutions":
    "utmostinternational.com", "Quilter": "quilter.com", "Transact": "transact-online.co.uk", "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk", "Fidelity": "fidelity.co.uk", "abrdn Wrap": "abrdn.com",
    "Parmenion": "parmenion.co.uk", "Nucleus": "nucleusfinancial.com", "7IM": "7im.co.uk",
    "interactive investor": "ii.co.uk", "Wealthtime": "wealthtime.com", "Nest": "nestpensions.org.uk",
    "The People's Pension": "thepeoplespension.co.uk", "NOW: Pensions": "nowpensions.com",
    "Smart Pension": "smartpension.co.uk", "OneFamily": "onefamily.com", "Scottish Friendly": "scottishfriendly.co.uk",
    "Wesleyan": "wesleyan.co.uk", "LV=": "lv.com", "Novia": "novia-financial.co.uk", "True Potential":
    "truepotential.co.uk",
}
LOA_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                 "Canada Life", "Zurich", "Prudential", "Phoenix Life", "ReAssure", "LV=", "Quilter", "Fidelity"]
BOND_PROVIDERS = ["Utmost Wealth Solutions", "Quilter", "Canada Life", "Standard Life", "Prudential"]
WORKPLACE_PROVIDERS = ["Aviva", "Scottish Widows", "Standard Life", "Aegon", "Legal & General", "Royal London",
                       "Nest", "The People's Pension", "NOW: Pensions", "Smart Pension", "Fidelity", "Zurich"]
CASH_PROVIDERS = ["Hargreaves Lansdown", "AJ Bell", "interactive investor", "OneFamily", "Scottish Friendly",
                  "Wesleyan", "Fidelity"]
PLATFORMS = ["AJ Bell", "Hargreaves Lansdown", "Transact", "Quilter", "Fidelity", "abrdn Wrap", "Parmenion",
             "Nucleus", "7IM", "Novia", "interactive investor", "Wealthtime", "True Potential"]
EMPLOYERS = ["Harbourside Logistics Ltd", "Copperleaf Dental Group", "Vantage Moor Engineering",
             "Pellucid Software Services", "Redgate Hill Foods", "Mistral Print & Packaging", "Kelso Veterinary Care",
             "Bramwell Civil Contractors"]
INK = (0.08, 0.12, 0.38)
GREY = (0.4, 0.4, 0.4)


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _adviser(rng):
    firm = rng.choice(FIRMS)
    who = person(rng)
    return {"firm": firm, "name": f"{who['first']} {who['surname']}", **address(rng),
            "phone": f"01632 {_digits(rng, 6)}", "email": f"{who['first'].lower()}@{firm.split()[0].lower()}.example"}


def _record(doc_type, **kw):
    from common import FIELDS

    rec = dict.fromkeys(FIELDS[doc_type])
    if "policy_numbers" in rec:
        rec["policy_numbers"] = []
    if "holdings" in rec:
        rec["holdings"] = []
    rec.update(kw)
    assert set(rec) == set(FIELDS[doc_type]), set(rec) ^ set(FIELDS[doc_type])
    return rec


def _signed_date(rng):
    return date(2026, 1, 5) + timedelta(days=rng.randrange(0, 300))


def _loa_plans(rng, n):
    shapes = [lambda: f"{rng.choice('ABCDEFGHKLMPRSTW')}{_digits(rng, 7)}",
              lambda: f"{_digits(rng, 7)}-{rng.choice(['01', '02', '001'])}",
              lambda: f"{rng.choice(['PP', 'SP', 'IB', 'GP'])}/{_digits(rng, 6)}",
              lambda: _digits(rng, 10)]
    kinds = ["Personal pension", "Stakeholder pension", "Investment bond", "Stocks and shares ISA",
             "Group personal pension", "Retirement account", "With-profits endowment"]
    return [(rng.choice(shapes)(), rng.choice(kinds)) for _ in range(n)]


# ---------------------------------------------------------------- LoA 1: attorney under a power of attorney
def loa_power_of_attorney(rng: random.Random, signed: bool) -> dict:
    """An LoA written by the donor's attorney under a Lasting Power of Attorney."""
    prov = rng.choice(LOA_PROVIDERS)
    donor, adv = person(rng), _adviser(rng)
    attorney = person(rng)
    professional = rng.random() < 0.5
    sol_firm = rng.choice(["Pemberley Crane Solicitors", "Hathersage & Lowe LLP", "Whitcombe Pryor Solicitors",
                           "Dunmore Ellis Private Client Law"])
    plans = _loa_plans(rng, rng.randint(1, 3))
    when = _signed_date(rng)
    registered = when - timedelta(days=rng.randrange(200, 2000))
    show_title = rng.random() < 0.7
    dob_style = rng.choice(["long", "slash", "ord", "dot"])
    font = rng.choice(["Helvetica", "Times-Roman"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    att_name = f"{attorney['first']} {attorney['surname']}"
    box, where = f"PO Box {rng.randint(100, 9999)}", address(rng)
    prov_addr = [f"{prov} Customer Services", box, where["lines"][-1], where["postcode"]]
    footer = (f"{sol_firm} - private client team - enquiries@{sol_firm.split()[0].lower()}.example" if professional
              else f"Letter from the attorney of {donor['title']} {donor['name']}")

    def p1(pg: Page, n, of):
        if professional:
            pg.rect(0, 0, pg.w, 64, fill=(0.16, 0.22, 0.3), stroke=None)
            pg.t(48, 34, sol_firm, bold, 17, (1, 1, 1))
            pg.t(48, 52, "Solicitors - Wills, Trusts and Court of Protection", font, 8.5, (0.85, 0.88, 0.9))
            y0 = 90
            sender = [sol_firm, *attorney["lines"][-2:], attorney["postcode"]]
        else:
            y0 = 50
            sender = [att_name, *attorney["lines"], attorney["postcode"]]
        for i, s in enumerate(sender):
            pg.t(pg.w - 48, y0 + i * 12, s, font, 9, align="r")
        for i, s in enumerate(prov_addr):
            pg.t(48, y0 + 80 + i * 12, s, font, 9.5)
        y = y0 + 150
        pg.t(48, y, fdate(when - timedelta(days=rng.randrange(0, 4)), "long"), font, 9.5)
        y += 26
        pg.t(48, y, "Dear Sir or Madam", font, 10)
        y += 20
        pg.t(48, y, f"Lasting Power of Attorney: {donor['title']} {donor['name']} (the donor)", bold, 10.5)
        y += 20
        who = "We act" if professional else "I act"
        y = pg.para(48, y, f"{who} as attorney for the donor named below under a Lasting Power of Attorney for "
                    f"property and financial affairs, registered with the Office of the Public Guardian on "
                    f"{fdate(registered, 'long')}. A copy certified on every page is enclosed. The donor no longer "
                    "manages their own affairs and all correspondence should come to the attorney.",
                    pg.w - 96, font, 9.5) + 8
        rows = []
        if show_title:
            rows.append(["Title", donor["title"]])
        rows += [["Full name of donor", donor["name"]], ["Date of birth", fdate(donor["dob"], dob_style)],
                 ["National Insurance number", ni_print(rng, donor["ni"])],
                 ["Home address", ", ".join(donor["lines"])], ["Postcode", donor["postcode"]]]
        pg.t(48, y, "Details of the donor (your customer)", bold, 10)
        y = pg.table(48, y + 6, None, rows, [170, pg.w - 96 - 170], size=9, font=font, grid=True) + 16
        pg.t(48, y, "Plans held with you", bold, 10)
        y = pg.table(48, y + 6, ["Plan or policy number", "Description"], [[a, b] for a, b in plans],
                     [170, pg.w - 96 - 170], size=9, font=font, bold=bold, grid=True) + 14
        pg.para(48, y, "Please send full details of these plans to the financial adviser named overleaf, who has "
                "been engaged to review them for the donor. Please do not pay out or transfer any benefits on the "
                "strength of this letter.", pg.w - 96, font, 9.5)
        pg.footer(footer, n, of)

    def p2(pg: Page, n, of):
        y = 60
        pg.t(48, y, "Authority to release information", bold, 12)
        y += 22
        rows = [["Adviser firm", adv["firm"]], ["Adviser", adv["name"]],
                ["Address", ", ".join([*adv["lines"], adv["postcode"]])], ["Telephone", adv["phone"]],
                ["E-mail", adv["email"]]]
        y = pg.table(48, y, None, rows, [120, pg.w - 96 - 120], size=9, font=font, grid=True) + 14
        pr = ", ".join(p for p, _ in plans)
        y = pg.para(48, y, f"As attorney for {donor['title']} {donor['name']}, and within the authority given by the "
                    f"Lasting Power of Attorney, I authorise {prov} to give {adv['firm']} any information it asks "
                    f"for about plan(s) {pr}, including values, transfer values, fund details and charges. This "
                    "authority lasts until I withdraw it in writing or the power of attorney ends.",
                    pg.w - 96, font, 9.5) + 10
        y = pg.para(48, y, "The firm is authorised and regulated by the Financial Conduct Authority. This letter "
                    "gives no authority to change the plans or their investments.", pg.w - 96, font, 8.5,
                    color=GREY) + 18
        pg.rect(48, y, pg.w - 96, 120, stroke=(0.3, 0.3, 0.3))
        pg.t(58, y + 18, "Signature of attorney", bold, 9)
        pg.line(170, y + 40, 380, y + 40, 0.5)
        if signed:
            pg.ink(rng, 180, y + 14, 150, 24)
        pg.t(58, y + 62, "Name of attorney", bold, 9)
        pg.t(170, y + 62, att_name + (f", partner, {sol_firm}" if professional else ""), font, 9)
        pg.t(58, y + 84, "Signed for and on behalf of", bold, 9)
        pg.t(170, y + 84, f"{donor['title']} {donor['name']} (donor)", font, 9)
        pg.t(58, y + 106, "Date", bold, 9)
        pg.line(170, y + 108, 300, y + 108, 0.5)
        if signed:
            pg.t(172, y + 105, fdate(when, rng.choice(["slash", "long", "ord"])), "Courier", 10, INK)
        y += 140
        pg.t(48, y, "Enclosures", bold, 9)
        enc = ["Certified copy of the registered Lasting Power of Attorney",
               "Proof of identity and address of the attorney"]
        for i, e in enumerate(enc):
            pg.t(60, y + 14 + i * 12, f"- {e}", font, 8.5)
        pg.footer(footer, n, of)

    rec = _record("loa", provider=prov, policy_numbers=[p for p, _ in plans],
                  client_title=donor["title"] if show_title else None, client_name=donor["name"],
                  client_dob=donor["dob"].isoformat(), ni_number=donor["ni"], client_address=donor["address"],
                  client_postcode=donor["postcode"], adviser_firm=adv["firm"], adviser_name=adv["name"],
                  date_signed=when.isoformat() if signed else None, signature_present=signed)
    return {"size": A4, "pages": [p1, p2], "record": rec}


# ---------------------------------------------------------------- LoA 2: digital LoA with signature certificate
def loa_digital_certificate(rng: random.Random, signed: bool) -> dict:
    """A digital LoA printed from an e-signature portal, with its signature certificate."""
    prov = rng.choice(LOA_PROVIDERS)
    cl, adv = person(rng), _adviser(rng)
    plans = _loa_plans(rng, rng.randint(1, 4))
    when = _signed_date(rng)
    created = when - timedelta(days=rng.randrange(1, 9))
    ref = f"DLA-{when.year}-{_digits(rng, 6)}"
    envelope = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    portal = rng.choice(["ConsentDesk", "LoA Direct", "SignWell Advice Hub"])
    t_sign = f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    dob_style = rng.choice(["slash", "long", "iso"])
    qr = [[rng.random() < 0.5 for _ in range(21)] for _ in range(21)]
    footer = f"Generated by {portal} for {adv['firm']} - reference {ref}"

    def qrbox(pg: Page, x, y, s=3.2):
        pg.rect(x - 4, y - 4, 21 * s + 8, 21 * s + 8, fill=(1, 1, 1), stroke=(0.6, 0.6, 0.6))
        for i in range(21):
            for j in range(21):
                finder = (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7)
                on = ((i % 6 in (0, 6) or j % 6 in (0, 6) or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4))
                      if finder else qr[i][j])
                ring = i in (0, 6, 14, 20) or j in (0, 6, 14, 20)
                if finder and not (ring or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)):
                    on = False
                if on:
                    pg.rect(x + j * s, y + i * s, s, s, fill=(0, 0, 0), stroke=None)

    def p1(pg: Page, n, of):
        pg.rect(0, 0, pg.w, 8, fill=(0.1, 0.45, 0.55), stroke=None)
        pg.t(40, 44, "Letter of Authority", "Helvetica-Bold", 20, (0.1, 0.3, 0.4))
        pg.t(40, 62, f"To: {prov}", "Helvetica", 10.5)
        pg.t(40, 76, "Request for information - digital authority", "Helvetica", 9, GREY)
        qrbox(pg, pg.w - 120, 30)
        pg.rect(pg.w - 260, 30, 124, 68, fill=(0.95, 0.97, 0.98), stroke=(0.6, 0.7, 0.75))
        pg.t(pg.w - 252, 46, "Authority reference", "Helvetica", 7.5, GREY)
        pg.t(pg.w - 252, 60, ref, "Courier-Bold", 9)
        pg.t(pg.w - 252, 76, "Scan to verify this", "Helvetica", 7.5, GREY)
        pg.t(pg.w - 252, 87, "document online", "Helvetica", 7.5, GREY)
        y = 120

        def card(title, rows, y):
            pg.rect(40, y, pg.w - 80, 18, fill=(0.1, 0.45, 0.55), stroke=None)
            pg.t(48, y + 12.5, title, "Helvetica-Bold", 9.5, (1, 1, 1))
            return pg.table(40, y + 18, None, rows, [150, pg.w - 80 - 150], size=9) + 10

        y = card("1. Customer", [["Name", f"{cl['title']} {cl['name']}"],
                                 ["Date of birth", fdate(cl["dob"], dob_style)],
                                 ["National Insurance no.", ni_print(rng, cl["ni"])],
                                 ["Address", f"{', '.join(cl['lines'])}, {cl['postcode']}"]], y)
        y = card("2. Plans covered", [[f"Plan {i + 1}", f"{p}   ({k})"] for i, (p, k) in enumerate(plans)], y)
        y = card("3. Adviser", [["Firm", adv["firm"]], ["Adviser", adv["name"]],
                                ["Contact", f"{adv['phone']}  |  {adv['email']}"],
                                ["Firm address", f"{', '.join(adv['lines'])}, {adv['postcode']}"]], y)
        y = pg.para(40, y + 4, f"I authorise {prov} to release to the adviser named above information about the "
                    "plans listed, including current and transfer values, fund holdings, charges, contributions and "
                    "any guarantees, and to accept the adviser's requests for information until I cancel this "
                    "authority. This authority does not allow the adviser to give instructions on my behalf.",
                    pg.w - 80, "Helvetica", 9) + 12
        pg.rect(40, y, pg.w - 80, 78, stroke=(0.1, 0.45, 0.55), lw=1)
        pg.t(50, y + 16, "4. Customer signature", "Helvetica-Bold", 9.5)
        pg.line(50, y + 50, 300, y + 50, 0.5)
        pg.t(50, y + 62, "Signature", "Helvetica", 7.5, GREY)
        pg.t(330, y + 62, "Date", "Helvetica", 7.5, GREY)
        pg.line(330, y + 50, pg.w - 60, y + 50, 0.5)
        if signed:
            pg.t(56, y + 44, cl["name"], "Times-Italic", 17, INK)
            pg.t(56, y + 72, f"Signed electronically by {cl['name']} - see the signature certificate",
                 "Helvetica", 7, GREY)
            pg.t(334, y + 44, fdate(when, rng.choice(["slash", "long"])) + f"  {t_sign}", "Helvetica", 9.5)
        else:
            pg.t(56, y + 72, "Awaiting customer signature", "Helvetica-Oblique", 7.5, (0.6, 0.2, 0.1))
        pg.footer(footer, n, of)

    def p2(pg: Page, n, of):
        pg.t(40, 50, "Signature certificate", "Helvetica-Bold", 16, (0.1, 0.3, 0.4))
        rows = [["Envelope ID", envelope], ["Document", f"Letter of Authority - {prov}"], ["Reference", ref],
                ["Status", "Completed" if signed else "Sent - awaiting signature"],
                ["Pages", "1 document page + this certificate"]]
        y = pg.table(40, 64, None, rows, [120, pg.w - 200], size=8.5) + 16
        ev = [[fdate(created, "slash") + " 09:12", "Created", adv["name"], adv["firm"]],
              [fdate(created, "slash") + " 09:15", "Sent", f"To {cl['first'].lower()}.{cl['surname'].lower()}"
               "@mail.example", "E-mail and text code"]]
        if signed:
            ev += [[fdate(when, "slash") + f" {t_sign}", "Viewed", cl["name"], f"IP 192.0.2.{rng.randint(2, 250)}"],
                   [fdate(when, "slash") + f" {t_sign}", "Signed", cl["name"], "Typed signature, code verified"],
                   [fdate(when, "slash") + f" {t_sign}", "Completed", portal, "Sealed copy sent to all parties"]]
        else:
            ev += [[fdate(created + timedelta(days=1), "slash") + " 18:40", "Viewed", cl["name"],
                    f"IP 198.51.100.{rng.randint(2, 250)}"],
                   [fdate(created + timedelta(days=3), "slash") + " 08:00", "Reminder", portal, "Reminder e-mail"]]
        pg.t(40, y, "Event history", "Helvetica-Bold", 10)
        y = pg.table(40, y + 6, ["Date and time (UK)", "Event", "By", "Detail"], ev, [110, 70, 150, pg.w - 410],
                     size=8) + 18
        y = pg.para(40, y, "This certificate records the steps taken to sign the attached document electronically. "
                    "The signer confirmed their identity with a one-time code sent to their mobile telephone. Any "
                    "change to the document after signing breaks its seal.", pg.w - 80, "Helvetica", 8, color=GREY)
        pg.footer(footer, n, of)

    rec = _record("loa", provider=prov, policy_numbers=[p for p, _ in plans], client_title=cl["title"],
                  client_name=cl["name"], client_dob=cl["dob"].isoformat(), ni_number=cl["ni"],
                  client_address=cl["address"], client_postcode=cl["postcode"], adviser_firm=adv["firm"],
                  adviser_name=adv["name"], date_signed=when.isoformat() if signed else None,
                  signature_present=signed)
    return {"size": A4, "pages": [p1, p2], "record": rec}


# ---------------------------------------------------------------- reply 1: landscape two-currency summary
def reply_dual_currency(rng: random.Random) -> dict:
    """A landscape plan information summary of an offshore bond, sterling with USD equivalents."""
    prov = rng.choice(BOND_PROVIDERS)
    cl, adv = person(rng), _adviser(rng)
    pol = f"{rng.choice(['IPB', 'EPB', 'CRB'])}{_digits(rng, 7)}"
    hs = holdings(rng, rng.randint(3, 6), pence_ok=rng.random() < 0.4)
    value = total(hs)
    surrender = q2(value * (1 - Decimal(rng.choice([0, 0, 1, 2, 3])) / 100))
    rate = Decimal(rng.randint(12400, 13900)) / 10000
    vd = date(2026, 1, 2) + timedelta(days=rng.randrange(0, 300))
    show_amc, show_addr, show_ni = rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.4
    amc = Decimal(rng.choice(["0.60", "0.75", "0.90", "1.00", "1.10"]))
    withdrawal = q2(value * Decimal("0.05") / 4)
    start = vd - timedelta(days=rng.randrange(800, 4000))
    footer = f"{prov} international - {SITES[prov]}"

    def usd(v):
        return f"{q2(v * rate):,.2f}"

    def p1(pg: Page, n, of):
        pg.t(40, 40, prov, "Helvetica-Bold", 18, (0.2, 0.2, 0.45))
        pg.t(40, 58, "Plan information summary", "Helvetica", 12)
        pg.t(pg.w - 40, 40, f"Prepared for {adv['firm']}", "Helvetica", 9, align="r")
        pg.t(pg.w - 40, 53, f"FAO {adv['name']}", "Helvetica", 9, align="r")
        pg.t(pg.w - 40, 66, f"Values at close of business {fdate(vd, 'long')}", "Helvetica", 9, align="r")
        rows = [["Policyholder", f"{cl['title']} {cl['name']}", "", ""],
                ["Date of birth", fdate(cl["dob"], rng.choice(["slash", "long"])), "", ""]]
        if show_ni:
            rows.append(["National Insurance number", ni_print(rng, cl["ni"]), "", ""])
        if show_addr:
            rows.append(["Correspondence address", f"{', '.join(cl['lines'])}, {cl['postcode']}", "", ""])
        rows += [["Policy number", pol, "", ""], ["Product", "International portfolio bond", "", ""],
                 ["Policy start date", fdate(start, "slash"), "", ""],
                 ["Policy currency", "Pounds sterling", "GBP", ""],
                 ["Policy value", f"at {fdate(vd, 'slash')}", "GBP", f"{value:,.2f}"],
                 ["Policy value - equivalent", f"at GBP 1 = USD {rate:.4f}", "USD", usd(value)],
                 ["Surrender value", "after early surrender charges", "GBP", f"{surrender:,.2f}"],
                 ["Surrender value - equivalent", "for information only", "USD", usd(surrender)],
                 ["Premiums", "Single premium - no regular premiums payable", "", ""],
                 ["Regular withdrawal", "5% a year, paid quarterly", "GBP", f"{withdrawal:,.2f}"]]
        if show_amc:
            rows.append(["Annual management charge", f"{amc}% a year of the policy value", "", ""])
        else:
            rows.append(["Charges", "As set out in the policy terms and key features", "", ""])
        y = pg.table(40, 84, ["Item", "Detail", "Currency", "Amount"], rows, [190, 380, 70, 120],
                     ["l", "l", "c", "r"], size=9, head_fill=(0.2, 0.2, 0.45), head_color=(1, 1, 1))
        pg.para(40, y + 14, "Sterling is the policy currency; US dollar figures are shown at the exchange rate on the "
                "valuation date and are for information only. Values can go down as well as up.", pg.w - 80,
                "Helvetica", 8, color=GREY)
        pg.footer(footer, n, of)

    def p2(pg: Page, n, of):
        pg.t(40, 44, f"Fund holdings - policy {pol}", "Helvetica-Bold", 13, (0.2, 0.2, 0.45))
        sep = rng.random() < 0.5
        rows = [[h["fund_name"], h["isin"], h["price_currency"], units_print(h["units"], sep),
                 price_print(h), f"{Decimal(h['value']):,.2f}", usd(Decimal(h["value"])),
                 f"{Decimal(h['value']) * 100 / value:.1f}%"] for h in hs]
        rows.append(["Total", "", "", "", "", f"{value:,.2f}", usd(value), "100.0%"])
        y = pg.table(40, 60, ["Fund", "ISIN", "Price ccy", "Units", "Price", "Value GBP", "Value USD", "Share"], rows,
                     [250, 90, 55, 80, 65, 85, 85, 50], ["l", "l", "c", "r", "r", "r", "r", "r"], size=8.5,
                     head_fill=(0.2, 0.2, 0.45), head_color=(1, 1, 1), bold_last=True)
        y = pg.para(40, y + 16, "Notes: prices are the bid prices at the valuation point. GBX means the price is "
                    "quoted in pence. Withdrawals above 5% a year of the premium may give rise to a chargeable event. "
                    "This summary is not a valuation for tax purposes.", pg.w - 80, "Helvetica", 8, color=GREY)
        pg.footer(footer, n, of)

    rec = _record("loa_response", provider=prov, policy_number=pol, client_title=cl["title"], client_name=cl["name"],
                  client_dob=cl["dob"].isoformat(), ni_number=cl["ni"] if show_ni else None,
                  client_address=cl["address"] if show_addr else None,
                  client_postcode=cl["postcode"] if show_addr else None, plan_type="offshore_bond",
                  valuation_date=vd.isoformat(), plan_value=f"{value:.2f}", transfer_value=f"{surrender:.2f}",
                  annual_charge_percent=str(amc) if show_amc else None, holdings=hs)
    return {"size": landscape(A4), "pages": [p1, p2], "record": rec}


# ---------------------------------------------------------------- reply 2: deferred member of a workplace scheme
def reply_deferred_member(rng: random.Random) -> dict:
    """A workplace scheme administrator's reply about a deferred member's DC pot."""
    prov = rng.choice(WORKPLACE_PROVIDERS)
    cl, adv = person(rng), _adviser(rng)
    employer = rng.choice(EMPLOYERS)
    pol = rng.choice([f"D{_digits(rng, 7)}", f"{_digits(rng, 6)}-{_digits(rng, 3)}", f"WP{_digits(rng, 8)}"])
    hs = holdings(rng, rng.randint(1, 4), pence_ok=False, suffix=rng.choice(["Pn", "S6", "Pension", "4"]))
    show_isin = rng.random() < 0.5
    if not show_isin:
        for h in hs:
            h["isin"] = None
    value = total(hs)
    vd = date(2026, 1, 10) + timedelta(days=rng.randrange(0, 300))
    left = vd - timedelta(days=rng.randrange(300, 2500))
    joined = left - timedelta(days=rng.randrange(700, 4000))
    show_amc, show_addr = rng.random() < 0.7, rng.random() < 0.5
    amc = Decimal(rng.choice(["0.30", "0.35", "0.45", "0.50", "0.60", "0.75"]))
    last = [(left - timedelta(days=30 * i), q2(Decimal(rng.randint(8000, 30000)) / 100)) for i in range(3)]
    footer = f"{prov} workplace pensions - {SITES[prov]}"
    scheme = f"{employer} {rng.choice(['Group Personal Pension', 'Retirement Savings Plan', 'Pension Scheme'])}"

    def p1(pg: Page, n, of):
        pg.t(pg.w - 48, 50, prov, "Helvetica-Bold", 16, (0.1, 0.35, 0.25), "r")
        pg.t(pg.w - 48, 64, "Workplace pensions administration", "Helvetica", 8.5, GREY, "r")
        pg.t(pg.w - 48, 76, f"PO Box {rng.randint(100, 9999)}", "Helvetica", 8.5, GREY, "r")
        for i, s in enumerate([adv["name"], adv["firm"], *adv["lines"], adv["postcode"]]):
            pg.t(56, 110 + i * 12, s, "Helvetica", 9.5)
        pg.t(pg.w - 48, 190, fdate(vd + timedelta(days=rng.randrange(1, 6)), "long"), "Helvetica", 9.5, align="r")
        y = 220
        pg.t(56, y, f"Member: {cl['title']} {cl['name']}", "Helvetica-Bold", 10.5)
        pg.t(56, y + 14, f"Scheme: {scheme}", "Helvetica", 9.5)
        pg.t(56, y + 28, f"Member reference: {pol}", "Helvetica", 9.5)
        y = pg.para(56, y + 50, f"Thank you for your letter of authority. Your client is a deferred member of the "
                    f"scheme: they left {employer} and stopped paying in, but their pot stays invested with us until "
                    "they take their benefits or transfer them. The details we hold are below.", pg.w - 112,
                    "Helvetica", 9.5) + 8
        rows = [["Membership status", f"Deferred - left employment on {fdate(left, 'slash')}"],
                ["Date joined the scheme", fdate(joined, "slash")],
                ["Date of birth", fdate(cl["dob"], rng.choice(["slash", "long"]))],
                ["National Insurance number", ni_print(rng, cl["ni"])]]
        if show_addr:
            rows.append(["Address we hold", f"{', '.join(cl['lines'])}, {cl['postcode']}"])
        rows += [["Contributions", f"None received since {fdate(left, 'slash')}"],
                 [f"Value of pot at {fdate(vd, 'slash')}", money(value)],
                 ["Transfer value", f"{money(value)} (no transfer penalty applies)"],
                 ["Selected retirement age", str(rng.choice([60, 65, 66, 67, 68]))]]
        if show_amc:
            rows.append(["Annual management charge", f"{amc}% a year"])
        pg.t(56, y, f"Benefit details as at {fdate(vd, 'long')}", "Helvetica-Bold", 10)
        y = pg.table(56, y + 6, None, rows, [190, pg.w - 112 - 190], size=9, grid=True) + 16
        pg.para(56, y, "Yours sincerely,  Member Services Team", pg.w - 112, "Helvetica", 9.5)
        pg.footer(footer, n, of)

    def p2(pg: Page, n, of):
        pg.t(56, 56, "Where the pot is invested", "Helvetica-Bold", 12)
        if show_isin:
            rows = [[h["fund_name"], h["isin"], units_print(h["units"], True), price_print(h, True),
                     money(Decimal(h["value"]))] for h in hs]
            heads, widths = ["Fund", "ISIN", "Units", "Unit price", "Value"], [190, 90, 75, 65, 80]
            al = ["l", "l", "r", "r", "r"]
            rows.append(["Total", "", "", "", money(value)])
        else:
            rows = [[h["fund_name"], units_print(h["units"], True), price_print(h, True), money(Decimal(h["value"]))]
                    for h in hs]
            heads, widths, al = ["Fund", "Units", "Unit price", "Value"], [260, 80, 80, 80], ["l", "r", "r", "r"]
            rows.append(["Total", "", "", money(value)])
        y = pg.table(56, 70, heads, rows, widths, al, size=8.5, bold_last=True) + 22
        pg.t(56, y, "Last contributions received before leaving", "Helvetica-Bold", 10)
        crow = [[fdate(d, "short"), money(a), money(q2(a * Decimal("1.5")))] for d, a in last]
        y = pg.table(56, y + 6, ["Month", "Member", "Employer"], crow, [120, 100, 100], ["l", "r", "r"], size=8.5) + 18
        pg.para(56, y, "These payments are shown for the record only: no further contributions are due while the "
                "member is deferred. Unit prices are at the valuation date. If your client rejoins an employer who "
                "uses this scheme, the pot can start to receive payments again.", pg.w - 112, "Helvetica", 8.5,
                color=GREY)
        pg.footer(footer, n, of)

    rec = _record("loa_response", provider=prov, policy_number=pol, client_title=cl["title"], client_name=cl["name"],
                  client_dob=cl["dob"].isoformat(), ni_number=cl["ni"],
                  client_address=cl["address"] if show_addr else None,
                  client_postcode=cl["postcode"] if show_addr else None, plan_type="workplace_pension",
                  valuation_date=vd.isoformat(), plan_value=f"{value:.2f}", transfer_value=f"{value:.2f}",
                  annual_charge_percent=str(amc) if show_amc else None, holdings=hs)
    return {"size": A4, "pages": [p1, p2], "record": rec}


# ---------------------------------------------------------------- statement 1: cash ISA / savings account
def statement_cash_isa(rng: random.Random) -> dict:
    """An annual statement of a cash ISA or savings account: interest, transactions, no funds."""
    prov = rng.choice(CASH_PROVIDERS)
    cl = person(rng)
    isa = rng.random() < 0.75
    product = (rng.choice(["Cash ISA", "Easy Access Cash ISA", "Fixed Rate Cash ISA"]) if isa
               else rng.choice(["Easy Access Savings Account", "Notice Savings Account"]))
    acct = rng.choice([f"CI{_digits(rng, 8)}", f"{_digits(rng, 8)}", f"SAV-{_digits(rng, 7)}"])
    year = rng.choice([2025, 2025, 2024])
    pstart, vend = date(year, 4, 6), date(year + 1, 4, 5)
    opening = q2(Decimal(rng.randint(200_000, 4_000_000)) / 100)
    regular = q2(Decimal(rng.choice([50, 100, 150, 200, 250, 300])))
    has_regular = rng.random() < 0.5
    rate = Decimal(rng.choice(["2.95", "3.10", "3.45", "3.85", "4.05", "4.20"]))
    tx = []
    bal = opening
    d = pstart
    months = 12
    for m in range(months):
        d = date(year + (1 if m >= 9 else 0), (4 + m - 1) % 12 + 1, rng.randint(1, 26))
        if d < pstart:
            d = pstart + timedelta(days=1)
        if has_regular:
            bal += regular
            tx.append((d, "Regular payment in - direct debit", regular, None, bal))
        elif rng.random() < 0.25:
            amt = q2(Decimal(rng.randint(5000, 150000)) / 100)
            bal += amt
            tx.append((d, "Payment in - debit card", amt, None, bal))
        if rng.random() < 0.1:
            amt = q2(Decimal(rng.randint(5000, 60000)) / 100)
            bal -= amt
            tx.append((d + timedelta(days=1), "Withdrawal to nominated account", None, amt, bal))
    interest = q2(bal * rate / 100 * Decimal("0.97"))
    bal += interest
    tx.append((vend, "Interest", interest, None, bal))
    closing = bal
    paid_in = sum((t[2] for t in tx if t[2] is not None and t[1] != "Interest"), Decimal("0"))
    paid_out = sum((t[3] for t in tx if t[3] is not None), Decimal("0"))
    ni_mode = rng.choice(["full", "masked", "none"])
    footer = f"{prov} savings - {SITES[prov]}"

    def p1(pg: Page, n, of):
        pg.rect(0, 0, pg.w, 90, fill=(0.93, 0.95, 0.9), stroke=None)
        pg.t(48, 44, prov, "Helvetica-Bold", 18, (0.25, 0.35, 0.15))
        pg.t(48, 64, f"Your {product} - annual statement", "Helvetica", 11)
        pg.t(pg.w - 48, 44, f"Statement date {fdate(vend + timedelta(days=rng.randrange(3, 20)), 'long')}",
             "Helvetica", 8.5, align="r")
        for i, s in enumerate([f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]]):
            pg.t(56, 130 + i * 12, s, "Helvetica", 10)
        rows = [["Account number", acct], ["Statement period", f"{fdate(pstart, 'long')} to {fdate(vend, 'long')}"]]
        if ni_mode == "full":
            rows.append(["National Insurance number", ni_print(rng, cl["ni"])])
        elif ni_mode == "masked":
            rows.append(["National Insurance number", f"{cl['ni'][:2]} ** ** ** {cl['ni'][-1]}"])
        y = pg.table(320, 126, None, rows, [110, pg.w - 320 - 48 - 110], size=8.5, grid=True) + 30
        y = max(y, 230)
        pg.t(56, y, "Your account at a glance", "Helvetica-Bold", 11)
        rows = [[f"Balance on {fdate(pstart, 'long')}", money(opening)], ["Money paid in", money(paid_in)],
                ["Interest added", money(interest)], ["Money taken out", money(paid_out)],
                [f"Balance on {fdate(vend, 'long')}", money(closing)]]
        y = pg.table(56, y + 8, None, rows, [300, 120], ["l", "r"], size=9.5, bold_last=True) + 20
        pg.rect(56, y, pg.w - 112, 62, fill=(0.97, 0.97, 0.94), stroke=(0.6, 0.65, 0.5))
        pg.t(66, y + 18, "Your interest rate", "Helvetica-Bold", 9.5)
        kind = "tax-free" if isa else "gross"
        pg.t(66, y + 34, f"{rate}% {kind} a year / AER, variable. Interest is worked out daily and paid on "
             f"{fdate(vend, 'long')}.", "Helvetica", 9)
        pg.t(66, y + 50, "AER is the annual equivalent rate: it shows what the rate would be if interest were paid "
             "and compounded once a year.", "Helvetica", 7.5, GREY)
        y += 80
        if has_regular:
            pg.t(56, y, f"Regular saving: {money(regular)} monthly by direct debit on or around the 1st.",
                 "Helvetica", 9.5)
            y += 16
        if isa:
            used = paid_in
            pg.t(56, y, f"ISA allowance used in this tax year: {money(used)} of £20,000.00", "Helvetica", 9.5)
        pg.footer(footer, n, of)

    def p2(pg: Page, n, of):
        pg.t(48, 50, f"Transactions - account {acct}", "Helvetica-Bold", 12)
        rows = [[fdate(d, "slash"), desc, money(i, False) if i is not None else "", money(o, False) if o else "",
                 money(b, False)] for d, desc, i, o, b in tx]
        y = pg.table(48, 64, ["Date", "Description", "Paid in (£)", "Paid out (£)", "Balance (£)"],
                     [[fdate(pstart, "slash"), "Balance brought forward", "", "", money(opening, False)], *rows],
                     [70, 220, 75, 75, 60 + pg.w - 96 - 500], ["l", "l", "r", "r", "r"], size=8, row_h=14) + 18
        pg.para(48, y, "Your eligible deposits are protected up to the limits of the Financial Services Compensation "
                "Scheme. Please check this statement and tell us straight away about anything you do not recognise."
                " If you hold other ISAs, your allowance covers all of them together.", pg.w - 96, "Helvetica", 8,
                color=GREY)
        pg.footer(footer, n, of)

    rec = _record("annual_statement", provider=prov, policy_number=acct, client_title=cl["title"],
                  client_name=cl["name"], ni_number=cl["ni"] if ni_mode == "full" else None,
                  client_address=cl["address"], client_postcode=cl["postcode"], plan_type="isa" if isa else "other",
                  valuation_date=vend.isoformat(), period_start=pstart.isoformat(), plan_value=f"{closing:.2f}",
                  regular_contribution=f"{regular:.2f}" if has_regular else None,
                  contribution_frequency="monthly" if has_regular else None, holdings=[])
    return {"size": A4, "pages": [p1, p2], "record": rec}


# ---------------------------------------------------------------- statement 2: quarterly portfolio report
def statement_portfolio_report(rng: random.Random) -> dict:
    """A platform's quarterly portfolio report: performance, holdings, transactions."""
    prov = rng.choice(PLATFORMS)
    cl, adv = person(rng), _adviser(rng)
    kind = rng.choice(["isa", "gia", "sipp"])
    label = {"isa": "Stocks and Shares ISA", "gia": "General Investment Account",
             "sipp": "Self-Invested Personal Pension"}[kind]
    acct = {"isa": "IS", "gia": "GA", "sipp": "SP"}[kind] + _digits(rng, 7)
    client_ref = f"C{_digits(rng, 6)}"
    hs = holdings(rng, rng.randint(4, 7))
    value = total(hs)
    q = rng.choice([(date(2025, 10, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2026, 3, 31)),
                    (date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 9, 30))])
    pstart, vend = q
    has_regular = rng.random() < 0.5
    regular = Decimal(rng.choice([100, 200, 250, 300, 500]))
    paid_in = regular * 3 if has_regular else Decimal(0)
    change = q2(value * Decimal(rng.randint(-40, 60)) / 1000)
    fees = q2(value * Decimal("0.0012"))
    start = value - paid_in - change + fees
    show_dob = kind == "sipp" or rng.random() < 0.3
    show_ni = kind == "sipp" and rng.random() < 0.6
    perf = [f"{Decimal(rng.randint(-50, 80)) / 10:.1f}%" for _ in range(4)]
    footer = f"{prov} - {SITES[prov]} - quarterly report for {cl['title']} {cl['surname']}"

    def p1(pg: Page, n, of):
        pg.t(48, 46, prov, "Helvetica-Bold", 17, (0.3, 0.1, 0.35))
        pg.t(48, 66, "Quarterly portfolio report", "Helvetica", 12)
        pg.t(48, 80, f"{fdate(pstart, 'long')} to {fdate(vend, 'long')}", "Helvetica", 9.5, GREY)
        for i, s in enumerate([f"{cl['title']} {cl['name']}", *cl["lines"], cl["postcode"]]):
            pg.t(56, 120 + i * 12, s, "Helvetica", 10)
        rows = [["Account", f"{label}"], ["Account number", acct], ["Client reference", client_ref]]
        if show_dob:
            rows.append(["Date of birth", fdate(cl["dob"], "slash")])
        if show_ni:
            rows.append(["NI number", ni_print(rng, cl["ni"])])
        rows.append(["Your adviser", f"{adv['name']}, {adv['firm']}"])
        pg.table(300, 114, None, rows, [90, pg.w - 300 - 48 - 90], size=8.5)
        y = 240
        pg.t(48, y, "Summary for the quarter", "Helvetica-Bold", 11)
        rows = [[f"Value on {fdate(pstart - timedelta(days=1), 'long')}", money(start)],
                ["Money paid in", money(paid_in)], ["Money taken out", money(Decimal(0))],
                ["Charges taken (platform and adviser)", f"-{money(fees)}"],
                ["Investment growth", ("-" if change < 0 else "") + money(abs(change))],
                ["Cash held in the account", money(Decimal(0))],
                [f"Value on {fdate(vend, 'long')}", money(value)]]
        y = pg.table(48, y + 8, None, rows, [320, 120], ["l", "r"], size=9.5, bold_last=True) + 22
        pg.t(48, y, "Performance", "Helvetica-Bold", 11)
        y = pg.table(48, y + 8, ["Period", "3 months", "1 year", "3 years", "Since start"],
                     [["Your portfolio", *perf], ["Comparator: mixed-asset sector average",
                                                  *[f"{Decimal(rng.randint(-40, 70)) / 10:.1f}%" for _ in range(4)]]],
                     [190, 70, 70, 70, 90], ["l", "r", "r", "r", "r"], size=8.5) + 10
        pg.para(48, y, "Performance is after charges and is time-weighted. Past performance is not a guide to the "
                "future.", pg.w - 96, "Helvetica", 7.5, color=GREY)
        if has_regular:
            pg.t(48, y + 30, f"Regular investment: {money(regular)} monthly, invested on the 5th.", "Helvetica", 9.5)
        pg.footer(footer, n, of)

    def p2(pg: Page, n, of):
        pg.t(48, 50, f"Holdings on {fdate(vend, 'long')}", "Helvetica-Bold", 12)
        sep = rng.random() < 0.5
        rows = [[h["fund_name"], h["isin"], units_print(h["units"], sep), price_print(h),
                 f"{Decimal(h['value']):,.2f}", f"{Decimal(h['value']) * 100 / value:.2f}%"] for h in hs]
        rows.append(["Total", "", "", "", f"{value:,.2f}", "100.00%"])
        pg.table(48, 64, ["Investment", "ISIN", "Units", "Price", "Value (£)", "Weight"], rows,
                 [190, 85, 65, 58, 62, pg.w - 96 - 460], ["l", "l", "r", "r", "r", "r"], size=8,
                 bold_last=True)
        pg.footer(footer, n, of)

    def p3(pg: Page, n, of):
        pg.t(48, 50, "Transactions in the quarter", "Helvetica-Bold", 12)
        rows = []
        d = pstart
        for _ in range(rng.randint(4, 8)):
            d = d + timedelta(days=rng.randint(3, 14))
            if d > vend:
                break
            h = rng.choice(hs)
            ty = rng.choice(["Buy", "Sell", "Dividend reinvested", "Rebalance buy", "Rebalance sell"])
            u = Decimal(rng.randint(1000, 400000)) / 1000
            p = Decimal(h["unit_price"]) * Decimal(rng.randint(95, 105)) / 100
            amt = q2(u * (p / 100 if h["price_currency"] == "GBX" else p))
            pp = f"{p:.2f}p" if h["price_currency"] == "GBX" else f"{p:.4f}"
            rows.append([fdate(d, "slash"), ty, h["fund_name"], f"{u:.3f}", pp, f"{amt:,.2f}"])
        if has_regular:
            rows.append([fdate(pstart + timedelta(days=4), "slash"), "Regular payment in", "Cash", "", "",
                         f"{regular:,.2f}"])
        rows.append([fdate(vend - timedelta(days=2), "slash"), "Platform charge", "Cash", "", "", f"-{fees:,.2f}"])
        y = pg.table(48, 64, ["Date", "Type", "Investment", "Units", "Price", "Amount (£)"], rows,
                     [58, 85, 180, 56, 58, pg.w - 96 - 437], ["l", "l", "l", "r", "r", "r"], size=7.5,
                     row_h=14) + 20
        pg.t(48, y, "Important information", "Helvetica-Bold", 9.5)
        pg.para(48, y + 14, "The transactions above are the deals placed during the quarter; they are not your "
                "current holdings, which are on the previous page. Prices are the dealing prices on the day. Income "
                "units pay out; accumulation units add income to their price.", pg.w - 96, "Helvetica", 8,
                color=GREY)
        pg.footer(footer, n, of)

    rec = _record("annual_statement", provider=prov, policy_number=acct, client_title=cl["title"],
                  client_name=cl["name"], client_dob=cl["dob"].isoformat() if show_dob else None,
                  ni_number=cl["ni"] if show_ni else None, client_address=cl["address"],
                  client_postcode=cl["postcode"], plan_type=kind, valuation_date=vend.isoformat(),
                  period_start=pstart.isoformat(), plan_value=f"{value:.2f}",
                  regular_contribution=f"{regular:.2f}" if has_regular else None,
                  contribution_frequency="monthly" if has_regular else None, holdings=hs)
    return {"size": A4, "pages": [p1, p2, p3], "record": rec}
