"""Test-only Letters of Authority (and replies to them) in shapes the sample generator does not draw (issue 2).

The LoA fields (plan numbers, date signed, client name, adviser firm) are where extraction met
layouts it had never seen: plan numbers in a provider/plan-type/number table, in a sentence, in
a bulleted list or one per numbered line; signature blocks with the date on the signature line,
above or below it, "Dated this 3rd day of March 2026", spaced digits, e-signature stamps, a
joint client's signature; names split into Title / Forename(s) / Surname, "Name of
policyholder", "I/We, ..., of ..."; the adviser firm in a letterhead, an adviser box, a
regulatory footer or the authorisation sentence. Each document is drawn with plain reportlab
calls through `variants.Pen`, from a truth record written first, so the tests compare against
what was printed, never against the extractor's own output.

Two batches: the second was written after the extractor passed the first, and scored before any
change made for it, as the fairer figure for layouts the code was not fitted to.

    python tests/extractor/loa_variants.py OUT_DIR   # write NAME.pdf + NAME.truth.json for a look
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.extractor.variants import LEFT, RIGHT, SHADE, H, Pen, Variant, W

GREY_TEXT = 0.35


def _small_grey(p: Pen, x: float, s: str, size: float = 7.5) -> None:
    c = p.canvas
    c.setFillGray(GREY_TEXT)
    c.setFont(p.font, size)
    c.drawString(x, H - p.y, s)
    c.setFillGray(0)


def _letterhead(p: Pen, firm: str, lines: tuple[str, ...], align: str = "left") -> None:
    x = {"left": LEFT, "right": RIGHT, "centre": W / 2}[align]
    p.text(x, firm, p.bold, 15, align=align)
    for line in lines:
        p.down(11)
        p.text(x, line, size=8, align=align)


def _address(p: Pen, lines: tuple[str, ...], x: float = LEFT) -> None:
    for line in lines:
        p.down(13)
        p.text(x, line)


def _label_rows(p: Pen, rows: list[tuple[str, str]], x: float = LEFT, gutter: float = 150.0, step: float = 16) -> None:
    for label, value in rows:
        p.down(step)
        p.text(x, label)
        p.text(x + gutter, value)


# --- First batch ------------------------------------------------------------------------------


def _loa_provider_table(p: Pen) -> None:
    """Title / Forename(s) / Surname rows; plans in a (provider, plan type, plan number) table; an adviser box."""
    _letterhead(p, "Thornbury Wealth Management Ltd", ("2 Abbey Walk, Bath BA1 1LY", "Tel 01225 448 120"))
    p.down(30)
    _address(p, ("Pensions Servicing Team", "Aldgate Life", "Aldgate House", "Leeds", "LS1 4AP"))
    p.down(28)
    p.text(LEFT, "Letter of Authority", p.bold, 15)
    p.down(8)
    p.para("Please provide my financial adviser with the information they request about the plans below.")
    p.down(20)
    p.text(LEFT, "Client details", p.bold, 11)
    _label_rows(
        p,
        [
            ("Title", "Mrs"),
            ("Forename(s)", "Helen Margaret"),
            ("Surname", "Doyle"),
            ("Date of birth", "12/02/1966"),
            ("National Insurance number", "JK 44 10 92 C"),
            ("Address", "31 Abbey Road, Frome"),
            ("Postcode", "BA11 1HN"),
        ],
    )
    p.down(24)
    xs = (LEFT, LEFT + 170, LEFT + 320)
    for x, head in zip(xs, ("Provider", "Plan type", "Plan number"), strict=True):
        p.text(x, head, p.bold)
    p.rule(LEFT, RIGHT, dy=4, width=0.8)
    for row in (
        ("Aldgate Life", "Personal Pension", "AL20554812"),
        ("Aldgate Life", "Stocks and Shares ISA", "AL20554899"),
        ("Aldgate Life", "Investment Bond", "AL31006654"),
    ):
        p.down(16)
        for x, v in zip(xs, row, strict=True):
            p.text(x, v)
        p.rule(LEFT, RIGHT, dy=4, width=0.2)
    p.down(26)
    top = p.y
    p.box(LEFT, top, 300, 74)
    p.y = top + 14
    p.text(LEFT + 8, "Your financial adviser", p.bold)
    p.y = top + 14
    for label, value in (
        ("Firm", "Thornbury Wealth Management Ltd"),
        ("Adviser", "Martin Keogh"),
        ("FCA number", "583021"),
    ):
        p.down(16)
        p.text(LEFT + 8, label)
        p.text(LEFT + 88, value)
    p.y = top + 74
    p.down(6)
    p.para(
        "I authorise you to release to my adviser details of the value, charges, funds and benefits of "
        "these plans. This authority remains in force until I withdraw it in writing."
    )
    p.down(46)
    base = p.y
    p.text(LEFT, "Signed")
    p.canvas.line(LEFT + 40, H - base - 3, LEFT + 230, H - base - 3)
    p.ink_signature(LEFT + 60, base)
    p.text(LEFT + 250, "Date")
    p.canvas.line(LEFT + 280, H - base - 3, LEFT + 400, H - base - 3)
    p.text(LEFT + 290, "03/03/2026")


def _loa_we_sentence(p: Pen) -> None:
    """I/We, ..., of ... authorise; plans in a sentence; "Dated this 3rd day of March 2026"; footer FRN."""
    _letterhead(p, "Fairway Wealth Management Ltd", ("The Granary, Quay Road, Wareham BH20 4LL",), "centre")
    p.down(36)
    _address(p, ("Everly Pensions", "Client Services", "PO Box 1180", "Salisbury", "SP1 9ZZ"))
    p.down(26)
    p.text(LEFT, "Authority to release information", p.bold, 14)
    p.down(8)
    p.para(
        "I/We, Mr Alan Peter Gibbs, of 7 Ferry Lane, Wareham, BH20 4QQ, hereby authorise Fairway Wealth "
        "Management Ltd to obtain from you any information they require about my plans EV1104520, "
        "EV1104521 and EV1104533, and I ask you to give it to them promptly."
    )
    p.down(6)
    p.para("My date of birth is 22 October 1959. My National Insurance number is NS 21 43 65 B.")
    p.down(6)
    p.para(
        "This letter does not allow my adviser to make changes to the plans. Please accept a copy of this "
        "letter as if it were the original."
    )
    p.down(30)
    p.text(LEFT, "Dated this 3rd day of March 2026")
    p.down(40)
    base = p.y
    p.ink_signature(LEFT + 10, base)
    p.canvas.line(LEFT, H - base - 3, LEFT + 220, H - base - 3)
    p.down(14)
    p.text(LEFT, "Signature", size=8)
    p.y = H - 50
    p.text(
        W / 2,
        "Fairway Wealth Management Ltd is authorised and regulated by the Financial Conduct Authority, FRN 634521.",
        size=7,
        align="centre",
    )


def _loa_bullets_date_above(p: Pen) -> None:
    """ "Full name"; plans as a bulleted list with their plan type; date written above its rule, labels below."""
    _letterhead(p, "Oakridge Financial Planning LLP", ("14 Market Street, Hexham NE46 3NS",), "right")
    p.down(40)
    p.text(LEFT, "CLIENT AUTHORITY", p.bold, 16)
    p.down(10)
    p.para("To: Brunswick Wealth, Investor Services, 9 Dock Street, Hull HU1 3DL", font=p.bold)
    p.down(10)
    _label_rows(
        p,
        [
            ("Full name:", "Rajesh Kumar Patel"),
            ("Date of birth:", "01.05.1972"),
            ("NI number:", "SP 67 80 12 A"),
            ("Home address:", "22 Tynedale Terrace, Hexham"),
            ("Postcode:", "NE46 3JE"),
        ],
        gutter=110,
    )
    p.down(22)
    p.text(LEFT, "This authority covers the following policies:")
    for line in ("Stocks & Shares ISA  -  BW-ISA-440192", "General Investment Account  -  BW-GIA-440193"):
        p.down(15)
        p.text(LEFT + 14, "•")
        p.text(LEFT + 26, line)
    p.down(20)
    p.para(
        "I authorise Oakridge Financial Planning LLP, FCA firm reference number 777410, to request and receive "
        "information about these policies, and to act as my agent for them. My adviser is Claire Dunn."
    )
    p.down(44)
    base = p.y
    p.text(LEFT + 4, "17 March 2026")
    p.ink_signature(LEFT + 210, base)
    p.canvas.line(LEFT, H - base - 4, LEFT + 150, H - base - 4)
    p.canvas.line(LEFT + 200, H - base - 4, RIGHT, H - base - 4)
    p.down(13)
    p.text(LEFT, "Date", size=8)
    p.text(LEFT + 200, "Signature of client", size=8)


def _loa_joint_numbered(p: Pen) -> None:
    """A provider's own form: "Name of policyholder", "Policy 1:" lines, two signatures with spaced dates."""
    p.text(LEFT, "Cairngorm Assurance", p.bold, 16)
    p.down(11)
    p.text(LEFT, "Cairngorm House, 1 Lochside Way, Perth PH1 5TQ", size=8)
    p.down(30)
    p.text(LEFT, "Third party authority", p.bold, 14)
    p.down(8)
    p.para("Section A must be completed by the policyholder(s). All policyholders must sign section C.")
    p.down(20)
    p.text(LEFT, "A. Policyholders", p.bold, 11)
    _label_rows(
        p,
        [
            ("Name of policyholder", "Mr Stuart Alexander Reid"),
            ("Date of birth", "14 Jun 1961"),
            ("National Insurance no.", "WT 31 22 08 D"),
            ("Name of joint policyholder", "Mrs Fiona Reid"),
            ("Address", "Birchwood, 4 Kinnoull Road, Perth"),
            ("Postcode", "PH2 7BS"),
        ],
        gutter=170,
    )
    p.down(14)
    for i, pol in enumerate(("CA/55/102938", "CA/55/102939", "CA/61/004417"), start=1):
        p.down(16)
        p.text(LEFT, f"Policy {i}:")
        p.text(LEFT + 170, pol)
    p.down(24)
    p.text(LEFT, "B. Financial adviser", p.bold, 11)
    _label_rows(
        p,
        [("Firm name", "Strathearn Independent Advisers"), ("FCA FRN", "491337"), ("Adviser", "Ewan Grant")],
        gutter=170,
    )
    p.down(24)
    p.text(LEFT, "C. Declaration", p.bold, 11)
    p.para(
        "I/We authorise Cairngorm Assurance to release information about the policies above to the firm in section B."
    )
    for label, date in (("Signature of client", "03 / 03 / 2026"), ("Signature of joint client", "05 / 03 / 2026")):
        p.down(40)
        base = p.y
        p.text(LEFT, label)
        p.canvas.line(LEFT + 140, H - base - 3, LEFT + 320, H - base - 3)
        p.ink_signature(LEFT + 150, base)
        p.text(LEFT + 340, "Date: " + date)


def _loa_esign_stamp(p: Pen) -> None:
    """An e-signed letter: the date only in the stamp, over two lines; plans one per labelled line."""
    _letterhead(p, "Kingfisher Wealth Ltd", ("Riverside House, Reading RG1 8EQ", "kingfisherwealth.co.uk"))
    p.down(34)
    _address(p, ("Kestrel Wrap", "Adviser Support", "Kestrel Court", "Edinburgh", "EH3 9QG"))
    p.down(26)
    p.text(LEFT, "Letter of authority", p.bold, 14)
    p.down(8)
    p.para(
        "I, Priya Shah, of Flat 6, 18 Kings Road, Reading, RG1 3AA, authorise Kingfisher Wealth Ltd, FRN "
        "700321, to request information about my accounts listed below and to receive it on my behalf."
    )
    p.down(6)
    _label_rows(
        p,
        [
            ("Date of birth", "09 September 1985"),
            ("NI number", "KR 11 90 55 A"),
            ("Account 1", "KWIS402211"),
            ("Account 2", "KWGI402212"),
        ],
    )
    p.down(14)
    p.para("Please send the information to my adviser, Tom Bryce, at the address above.")
    p.down(30)
    top = p.y
    p.box(LEFT, top, 300, 40, fill=(0.93, 0.95, 1.0))
    p.y = top + 15
    p.text(LEFT + 8, "Signed electronically by Priya Shah", "Courier", 8)
    p.y = top + 28
    p.text(LEFT + 8, "on 3 March 2026 14:02 GMT  ref 8F2C-11A0", "Courier", 8)


def _loa_footer_firm(p: Pen) -> None:
    """The firm only in its letterhead and footer; labels above values; "Date signed" under the signature."""
    _letterhead(p, "Northfield Wealth Partners", ("Northfield House  ·  Harrogate  ·  HG1 1QZ",))
    p.down(34)
    p.text(LEFT, "Letter of Authority and Change of Agency", p.bold, 14)
    p.down(10)
    p.para("To the provider named below: please treat this letter as my authority for the firm above.")
    items = [
        ("Full name", "Dr Imogen Clare Whitby"),
        ("Date of birth", "30 January 1979"),
        ("National Insurance number", "TB 08 77 31 C"),
        ("Provider", "Harrowgate Mutual"),
    ]
    for label, value in items:
        p.down(16)
        _small_grey(p, LEFT, label)
        p.down(13)
        p.text(LEFT, value, size=11)
    p.down(20)
    xs = (LEFT, LEFT + 150, LEFT + 300)
    p.box(LEFT, p.y, RIGHT - LEFT, 18, fill=SHADE)
    p.down(13)
    for x, head in zip(xs, ("Product provider", "Type of plan", "Policy/plan number"), strict=True):
        p.text(x + 4, head, p.bold, 9)
    p.down(5)
    for row in (("Harrowgate Mutual", "With-profits bond", "HM-7730021"), ("Harrowgate Mutual", "SIPP", "HM-9904112")):
        p.box(LEFT, p.y, RIGHT - LEFT, 18)
        p.down(13)
        for x, v in zip(xs, row, strict=True):
            p.text(x + 4, v, size=9)
        p.down(5)
    p.down(18)
    p.para(
        "I appoint the firm named at the top of this letter as my agent for these plans and authorise you to "
        "provide them with any information they request."
    )
    p.down(42)
    base = p.y
    p.ink_signature(LEFT + 20, base)
    p.canvas.line(LEFT, H - base - 3, LEFT + 220, H - base - 3)
    p.down(14)
    p.text(LEFT, "Client signature", size=8)
    p.down(20)
    p.text(LEFT, "Date signed:  28.02.2026")
    p.y = H - 56
    p.text(
        LEFT,
        "Northfield Wealth Partners Ltd is authorised and regulated by the Financial Conduct Authority, FRN 612900.",
        size=7,
    )
    p.down(9)
    p.text(LEFT, "Registered in England No. 08812345. Registered office: Northfield House, Harrogate HG1 1QZ.", size=7)


def _loa_name_cells(p: Pen) -> None:
    """A provider's form of boxes: Title / Forename(s) / Surname side by side, labels inside the box tops."""
    p.text(RIGHT, "Marlow Bay Assurance", p.bold, 15, align="right")
    p.down(11)
    p.text(RIGHT, "Bay House, Marlow SL7 1AA", size=8, align="right")
    p.down(30)
    p.text(LEFT, "Authority to disclose information", p.bold, 14)
    p.down(8)
    p.para("Please write in capitals and use black ink.")
    rows = [
        [("Title", "MR", 70), ("Forename(s)", "DAVID OWEN", 200), ("Surname", "PRICE-JONES", RIGHT - LEFT - 270)],
        [("Date of birth", "19/07/1955", 170), ("National Insurance number", "AB 12 34 56 C", RIGHT - LEFT - 170)],
        [("Address", "2 Cliff Terrace, Marlow", 300), ("Postcode", "SL7 2DE", RIGHT - LEFT - 300)],
        [("Policy number(s)", "MBA 100 2231, MBA 100 2232", RIGHT - LEFT)],
    ]
    for row in rows:
        top = p.y + 8
        x = LEFT
        for label, value, width in row:
            p.box(x, top, width, 34)
            p.y = top + 10
            p.text(x + 4, label, size=7)
            p.y = top + 26
            p.text(x + 6, value, size=11)
            x += width
        p.y = top + 34
    p.down(22)
    top = p.y
    p.box(LEFT, top, RIGHT - LEFT, 66)
    p.y = top + 14
    p.text(LEFT + 6, "Your financial adviser", p.bold)
    p.y = top + 32
    for x, label, value in ((LEFT + 6, "Firm", "Chiltern Vale Financial LLP"), (LEFT + 250, "Adviser", "Ruth Ames")):
        p.text(x, label + ":", size=9)
        p.text(x + 45, value, size=9)
    p.y = top + 50
    p.text(LEFT + 6, "FCA number:", size=9)
    p.text(LEFT + 70, "466120", size=9)
    p.y = top + 66
    p.down(8)
    p.para("I authorise Marlow Bay Assurance to disclose information about my policies to my financial adviser.")
    p.down(42)
    base = p.y
    p.text(LEFT, "Signature of client")
    p.canvas.line(LEFT + 100, H - base - 3, LEFT + 280, H - base - 3)
    p.ink_signature(LEFT + 110, base)
    p.text(LEFT + 300, "Date")
    p.canvas.line(LEFT + 330, H - base - 3, RIGHT, H - base - 3)
    p.text(LEFT + 336, "2 March 2026", "Times-Italic", 11)


def _resp_several_plans(p: Pen) -> None:
    """A reply naming every plan the LoA listed, then giving the facts of one of them."""
    p.text(LEFT, "Everly Pensions", p.bold, 14)
    p.down(11)
    p.text(LEFT, "PO Box 1180, Salisbury SP1 9ZZ", size=8)
    p.down(30)
    _address(p, ("Fairway Wealth Management Ltd", "The Granary", "Quay Road", "Wareham", "BH20 4LL"))
    p.down(22)
    p.text(LEFT, "12 March 2026")
    p.down(24)
    p.para("Dear Sirs,")
    p.down(4)
    p.para("Re: Mr Alan Peter Gibbs - plans EV1104520, EV1104521 and EV1104533", font=p.bold)
    p.down(4)
    p.para(
        "Thank you for your letter of authority. We hold three plans for your client; this letter covers "
        "the first of them and we will write to you separately about the others."
    )
    p.down(8)
    _label_rows(
        p,
        [
            ("Plan number", "EV1104520"),
            ("Plan type", "Personal pension"),
            ("Date of birth", "22/10/1959"),
            ("Valuation date", "10/03/2026"),
            ("Plan value", "£86,120.45"),
            ("Transfer value", "£85,900.00"),
        ],
    )
    p.down(30)
    p.para("Yours faithfully,")
    p.para("Adviser Services")


def _resp_policies_sentence(p: Pen) -> None:
    """A reply whose opening quotes the LoA's policies; the facts of one policy in a two-column grid."""
    p.text(RIGHT, "Harrowgate Mutual", p.bold, 14, align="right")
    p.down(34)
    _address(p, ("Northfield Wealth Partners", "Northfield House", "Harrogate", "HG1 1QZ"))
    p.down(24)
    p.text(LEFT, "Response to your letter of authority", p.bold, 13)
    p.down(6)
    p.para(
        "We have received the letter of authority signed by your client Dr Imogen Clare Whitby in respect of "
        "policies HM-7730021 and HM-9904112. Details of policy HM-9904112 are set out below; policy "
        "HM-7730021 follows under separate cover."
    )
    p.down(8)
    left = [("Policy number", "HM-9904112"), ("Product", "SIPP"), ("Policyholder", "Dr Imogen Clare Whitby")]
    right = [("Valuation date", "06 Mar 2026"), ("Fund value", "£212,400.00"), ("Transfer value", "£212,400.00")]
    top = p.y
    for x, items in ((LEFT, left), (W / 2 + 10, right)):
        p.y = top
        _label_rows(p, items, x=x, gutter=90)
    p.down(30)
    p.para("Yours sincerely,")
    p.para("Intermediary Support")


def first_batch() -> list[Variant]:
    """The first set of documents, written before any extractor change."""
    return [
        Variant(
            "loa-provider-table",
            "loa",
            {
                "provider": "Aldgate Life",
                "policy_numbers": ["AL20554812", "AL20554899", "AL31006654"],
                "client_title": "Mrs",
                "client_name": "Helen Margaret Doyle",
                "client_dob": "1966-02-12",
                "ni_number": "JK441092C",
                "client_address": "31 Abbey Road, Frome",
                "client_postcode": "BA11 1HN",
                "adviser_firm": "Thornbury Wealth Management Ltd",
                "fca_frn": "583021",
                "adviser_name": "Martin Keogh",
                "date_signed": "2026-03-03",
                "signature_present": True,
            },
            _loa_provider_table,
        ),
        Variant(
            "loa-we-sentence",
            "loa",
            {
                "provider": "Everly Pensions",
                "policy_numbers": ["EV1104520", "EV1104521", "EV1104533"],
                "client_title": "Mr",
                "client_name": "Alan Peter Gibbs",
                "client_dob": "1959-10-22",
                "ni_number": "NS214365B",
                "client_address": "7 Ferry Lane, Wareham",
                "client_postcode": "BH20 4QQ",
                "adviser_firm": "Fairway Wealth Management Ltd",
                "fca_frn": "634521",
                "date_signed": "2026-03-03",
                "signature_present": True,
            },
            _loa_we_sentence,
            font=("Times-Roman", "Times-Bold"),
        ),
        Variant(
            "loa-bullets-date-above",
            "loa",
            {
                "provider": "Brunswick Wealth",
                "policy_numbers": ["BW-ISA-440192", "BW-GIA-440193"],
                "client_name": "Rajesh Kumar Patel",
                "client_dob": "1972-05-01",
                "ni_number": "SP678012A",
                "client_address": "22 Tynedale Terrace, Hexham",
                "client_postcode": "NE46 3JE",
                "adviser_firm": "Oakridge Financial Planning LLP",
                "fca_frn": "777410",
                "adviser_name": "Claire Dunn",
                "date_signed": "2026-03-17",
                "signature_present": True,
            },
            _loa_bullets_date_above,
        ),
        Variant(
            "loa-joint-numbered",
            "loa",
            {
                "provider": "Cairngorm Assurance",
                "policy_numbers": ["CA/55/102938", "CA/55/102939", "CA/61/004417"],
                "client_title": "Mr",
                "client_name": "Stuart Alexander Reid",
                "client_dob": "1961-06-14",
                "ni_number": "WT312208D",
                "client_address": "Birchwood, 4 Kinnoull Road, Perth",
                "client_postcode": "PH2 7BS",
                "adviser_firm": "Strathearn Independent Advisers",
                "fca_frn": "491337",
                "adviser_name": "Ewan Grant",
                "date_signed": "2026-03-03",
                "signature_present": True,
            },
            _loa_joint_numbered,
        ),
        Variant(
            "loa-esign-stamp",
            "loa",
            {
                "provider": "Kestrel Wrap",
                "policy_numbers": ["KWIS402211", "KWGI402212"],
                "client_name": "Priya Shah",
                "client_dob": "1985-09-09",
                "ni_number": "KR119055A",
                "client_address": "Flat 6, 18 Kings Road, Reading",
                "client_postcode": "RG1 3AA",
                "adviser_firm": "Kingfisher Wealth Ltd",
                "fca_frn": "700321",
                "adviser_name": "Tom Bryce",
                "date_signed": "2026-03-03",
                "signature_present": True,
            },
            _loa_esign_stamp,
        ),
        Variant(
            "loa-footer-firm",
            "loa",
            {
                "provider": "Harrowgate Mutual",
                "policy_numbers": ["HM-7730021", "HM-9904112"],
                "client_title": "Dr",
                "client_name": "Imogen Clare Whitby",
                "client_dob": "1979-01-30",
                "ni_number": "TB087731C",
                "adviser_firm": "Northfield Wealth Partners Ltd",
                "fca_frn": "612900",
                "date_signed": "2026-02-28",
                "signature_present": True,
            },
            _loa_footer_firm,
        ),
        Variant(
            "loa-name-cells",
            "loa",
            {
                "provider": "Marlow Bay Assurance",
                "policy_numbers": ["MBA1002231", "MBA1002232"],
                "client_title": "Mr",
                "client_name": "DAVID OWEN PRICE-JONES",
                "client_dob": "1955-07-19",
                "ni_number": "AB123456C",
                "client_address": "2 Cliff Terrace, Marlow",
                "client_postcode": "SL7 2DE",
                "adviser_firm": "Chiltern Vale Financial LLP",
                "fca_frn": "466120",
                "adviser_name": "Ruth Ames",
                "date_signed": "2026-03-02",
                "signature_present": True,
            },
            _loa_name_cells,
        ),
        Variant(
            "resp-several-plans",
            "loa_response",
            {
                "provider": "Everly Pensions",
                "policy_number": "EV1104520",
                "client_title": "Mr",
                "client_name": "Alan Peter Gibbs",
                "client_dob": "1959-10-22",
                "plan_type": "personal_pension",
                "valuation_date": "2026-03-10",
                "plan_value": "86120.45",
                "transfer_value": "85900.00",
            },
            _resp_several_plans,
        ),
        Variant(
            "resp-policies-sentence",
            "loa_response",
            {
                "provider": "Harrowgate Mutual",
                "policy_number": "HM-9904112",
                "client_title": "Dr",
                "client_name": "Imogen Clare Whitby",
                "plan_type": "sipp",
                "valuation_date": "2026-03-06",
                "plan_value": "212400.00",
                "transfer_value": "212400.00",
            },
            _resp_policies_sentence,
            font=("Times-Roman", "Times-Bold"),
        ),
    ]


def second_batch() -> list[Variant]:
    """Written after the first batch passed; scored before any change made for it."""
    return []


def loa_variants() -> list[Variant]:
    """Every LoA-shaped test document with its truth."""
    return first_batch() + second_batch()


def write_all(out: Path, batch: list[Variant] | None = None) -> list[Path]:
    """Draw each variant into `out` as NAME.pdf beside NAME.truth.json; the PDF paths, in order."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for v in loa_variants() if batch is None else batch:
        path = out / f"{v.name}.pdf"
        canvas = Canvas(str(path), pagesize=A4, invariant=1)
        v.draw(Pen(canvas, font=v.font[0], bold=v.font[1], size=v.size))
        canvas.showPage()
        canvas.save()
        (out / f"{v.name}.truth.json").write_text(json.dumps(v.truth_json(), indent=2), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1])):
        print(p)
