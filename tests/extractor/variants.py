"""Test-only documents in layouts and wordings the sample generator does not use (issue 2).

The committed samples come from `provcheck.samplegen`; an extractor tuned on them can pass its
golden tests and still miss paperwork drawn another way. These documents are drawn here with
plain reportlab calls (no samplegen code), each from a truth record written first, so the tests
that read them compare against what was printed, never against the extractor's own output.

Layouts: a shaded label/value grid, numbered form questions with answers on rules, a letter
with its facts in sentences, labels right-aligned against a gutter with dot leaders, labels
inside the top of boxes, a title-less reply, a statement with an opening/closing summary, a
narrative annual review, and two documents that are none of the three doc types.

    python tests/extractor/variants.py OUT_DIR   # write NAME.pdf + NAME.truth.json for a look
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from provcheck.models import FIELDS_BY_TYPE, Record

W, H = A4
LEFT, RIGHT = 56.0, W - 56.0
INK = (0.08, 0.12, 0.5)
SHADE = (0.88, 0.9, 0.93)


@dataclass
class Pen:
    """A canvas with a cursor measured from the page top, so layouts read top to bottom."""

    canvas: Canvas
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 10.0
    y: float = 60.0

    def text(self, x: float, s: str, font: str | None = None, size: float | None = None, align: str = "left") -> None:
        c = self.canvas
        c.setFont(font or self.font, size or self.size)
        c.setFillColorRGB(0, 0, 0)
        draw = {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align]
        draw(x, H - self.y, s)

    def down(self, points: float) -> None:
        self.y += points

    def para(self, s: str, x: float = LEFT, width: float = RIGHT - LEFT, font: str | None = None) -> None:
        """Wrap `s` into lines within `width`, one line a leading apart."""
        from reportlab.lib.utils import simpleSplit

        for line in simpleSplit(s, font or self.font, self.size, width):
            self.down(self.size * 1.35)
            self.text(x, line, font)

    def rule(self, x0: float, x1: float, dy: float = 3.0, width: float = 0.6) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, H - self.y - dy, x1, H - self.y - dy)

    def box(self, x: float, top: float, w: float, h: float, fill: tuple[float, float, float] | None = None) -> None:
        c = self.canvas
        c.setLineWidth(0.5)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, H - top - h, w, h, stroke=1, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)

    def label_boxes(self, rows: list[list[tuple[str, str]]], gap: float, height: float, value_dy: float) -> None:
        """Rows of equal boxes across the page, each a small bold label over its value."""
        col_w = (RIGHT - LEFT) / len(rows[0])
        for row in rows:
            top = self.y + gap
            for i, (label, value) in enumerate(row):
                x = LEFT + i * col_w
                self.box(x, top, col_w, height)
                self.y = top + 11
                self.text(x + 5, label, self.bold, 8)
                self.y = top + value_dy
                self.text(x + 5, value)
            self.y = top + height

    def ink_signature(self, x: float, baseline: float) -> None:
        """A few bezier loops above a signature line at `baseline` (from the top)."""
        c = self.canvas
        c.setStrokeColorRGB(*INK)
        c.setLineWidth(1.2)
        px, py = x + 4, H - baseline + 5
        for i, (dx, dy) in enumerate(((22, 9), (18, -4), (25, 11), (20, -2), (28, 6))):
            nx, ny = px + dx, H - baseline + 4 + (dy if i % 2 else -dy / 3)
            c.bezier(px, py, px + 8, py + 16, nx - 10, ny - 12, nx, ny)
            px, py = nx, ny
        c.setStrokeColorRGB(0, 0, 0)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.y = 60.0


@dataclass
class Variant:
    """One document: its name, doc type, truth record fields and how to draw it."""

    name: str
    doc_type: str
    truth: dict[str, object]
    draw: Callable[[Pen], None]
    font: tuple[str, str] = ("Helvetica", "Helvetica-Bold")
    size: float = 10.0

    def truth_json(self) -> dict[str, object]:
        """The truth in the scorer's form: every field of the doc type, null where not printed."""
        if self.doc_type == "unknown":
            return {"doc_type": "unknown", "record": {}}
        rec = Record.model_validate(self.truth)  # the truth itself must be a valid record
        data = rec.model_dump(mode="json")
        return {"doc_type": self.doc_type, "record": {k: data[k] for k in FIELDS_BY_TYPE[self.doc_type]}}


def _holdings_table(
    p: Pen, rows: list[tuple[str, str, str, str]], heads: tuple[str, str, str, str], ruled: bool, total: str | None
) -> None:
    """Fund, units, price, value: numbers right-aligned under their headings."""
    xs = (LEFT, 330.0, 420.0, RIGHT)
    p.down(18)
    p.text(xs[0], heads[0], p.bold)
    for x, h in zip(xs[1:], heads[1:], strict=True):
        p.text(x, h, p.bold, align="right")
    if ruled:
        p.rule(LEFT, RIGHT, dy=4, width=0.8)
    for fund, units, price, value in rows:
        p.down(15)
        p.text(xs[0], fund)
        for x, v in zip(xs[1:], (units, price, value), strict=True):
            p.text(x, v, align="right")
        if ruled:
            p.rule(LEFT, RIGHT, dy=4, width=0.3)
    if total:
        p.down(16)
        p.text(xs[0], "Total", p.bold)
        p.text(xs[3], total, p.bold, align="right")


def _holdings(rows: list[tuple[str, str, str, str]]) -> list[dict[str, str | None]]:
    return [
        {
            "fund_name": f,
            "isin": None,
            "units": u.replace(",", ""),
            "unit_price": pr.replace("£", ""),
            "value": v.replace("£", "").replace(",", ""),
        }
        for f, u, pr, v in rows
    ]


# --- Letters of Authority -------------------------------------------------------------------


def _loa_grid(p: Pen) -> None:
    """Title, then a grid of shaded label cells and value cells; ink signature on a "Signed" line."""
    p.text(LEFT, "Brightwater Financial Planning LLP", p.bold, 13)
    p.down(13)
    p.text(LEFT, "3 Mill Yard, Ludlow SY8 1BB  ·  01584 220 330", size=8)
    p.down(34)
    p.text(W / 2, "THIRD PARTY AUTHORITY", p.bold, 15, align="centre")
    p.down(16)
    p.para("To be completed by the policyholder and returned to the product provider named below.")
    rows = [
        ("Product provider", ["Wexcombe Life plc"]),
        ("Name of client", ["Mr Peter James Holloway"]),
        ("Date of birth", ["17.09.1963"]),
        ("NI number", ["JT 55 21 09 B"]),
        ("Home address", ["14 Orchard Close", "Little Haywood, Stafford"]),
        ("Postcode", ["ST18 0TR"]),
        ("Plan ref", ["WX448812", "WX448813"]),
    ]
    firm = [
        ("Firm name", ["Brightwater Financial Planning LLP"]),
        ("FCA ref", ["612345"]),
        ("Adviser", ["Sophie Marsh"]),
    ]
    for heading, block in (("Client", rows), ("Authorised firm", firm)):
        p.down(22)
        p.text(LEFT, heading, p.bold, 11)
        p.down(6)
        for label, lines in block:
            h = 8 + 13 * len(lines)
            p.box(LEFT, p.y, 150, h, fill=SHADE)
            p.box(LEFT + 150, p.y, RIGHT - LEFT - 150, h)
            top = p.y
            p.y = top + 13
            p.text(LEFT + 6, label)
            for i, line in enumerate(lines):
                p.y = top + 13 + 13 * i
                p.text(LEFT + 158, line)
            p.y = top + h
    p.down(10)
    p.para(
        "I/we authorise the firm named above to obtain any information it asks for about the plans "
        "listed, and please release such information to them. This authority is for information only."
    )
    p.down(50)
    base = p.y
    p.ink_signature(LEFT + 60, base)
    p.text(LEFT, "Signed")
    p.canvas.line(LEFT + 50, H - base - 3, LEFT + 260, H - base - 3)
    p.text(LEFT + 290, "Date   2 June 2025")


def _loa_form(p: Pen) -> None:
    """Numbered questions with answers on underlined lines; plan numbers as a bulleted list; e-signature."""
    p.text(LEFT, "Client authority form", p.bold, 16)
    p.down(14)
    p.text(LEFT, "Hartside Wealth Partners Ltd — FCA Firm Reference No. 701234", size=8)
    p.down(20)
    qs = [
        ("1. Title", "Mrs"),
        ("2. Full name of policyholder", "Anne Louise Clarke"),
        ("3. Date of birth", "5th August 1958"),
        ("4. National Insurance No.", "PC401122D"),
        ("5. Address", "Flat 2, 9 Quay Street, Truro"),
        ("6. Post code", "TR1 2HE"),
        ("7. Name of provider", "Corbridge Investment Services Ltd"),
    ]
    for q, a in qs:
        p.down(20)
        p.text(LEFT, q + ":")
        p.text(LEFT + 190, a)
        p.rule(LEFT + 185, RIGHT)
    p.down(24)
    p.text(LEFT, "8. Policy numbers to which this authority applies:")
    for pol in ("CIS-0042-7781", "CIS-0042-9902"):
        p.down(15)
        p.text(LEFT + 20, "•  " + pol)
    p.down(24)
    p.text(LEFT, "9. Adviser details", p.bold)
    for q, a in (
        ("Adviser firm name", "Hartside Wealth Partners Ltd"),
        ("FCA FRN", "701234"),
        ("Adviser name", "Tom Okafor"),
    ):
        p.down(17)
        p.text(LEFT + 20, q + ":")
        p.text(LEFT + 190, a)
    p.down(10)
    p.para(
        "I hereby give my authority for you to release to my adviser any information they request about "
        "my policies, including fund values and charges. Please treat a copy of this form as the original."
    )
    p.down(30)
    p.text(LEFT, "Client signature:")
    p.text(LEFT + 110, "Electronically signed by Anne Louise Clarke on 03/03/2025 10:41", "Courier", 8)
    p.rule(LEFT + 105, RIGHT)
    p.down(18)
    p.text(LEFT, "Date: 03/03/2025")


def _loa_sentences(p: Pen) -> None:
    """The facts in running sentences; an unsigned, undated signature line."""
    p.text(RIGHT, "Lakeside Financial Ltd", p.bold, 12, align="right")
    p.down(12)
    p.text(RIGHT, "Authorised and regulated by the Financial Conduct Authority", size=7, align="right")
    p.down(40)
    for line in ("The Customer Service Manager", "Halewood Assurance", "PO Box 4410", "Norwich NR1 3AB"):
        p.down(13)
        p.text(LEFT, line)
    p.down(30)
    p.text(LEFT, "Letter of Authorisation", p.bold, 14)
    p.down(8)
    p.para(
        "I, Owen Rhys Davies, of 21 Bryn Road, Pontypridd, CF37 4DA, authorise Lakeside Financial Ltd "
        "(FCA number 5123456) to request and receive information about my policy HA 7700 1234 on my "
        "behalf. My date of birth is 4 July 1970 and my National Insurance number is ZX123456A."
    )
    p.down(6)
    p.para(
        "Please release to them details of the plan value, transfer value, fund holdings and any "
        "guarantees. I understand that this authority does not permit them to make changes."
    )
    p.down(6)
    p.para("My financial adviser is Priya Natarajan.")
    p.down(46)
    p.text(LEFT, "Signature of policyholder")
    p.rule(LEFT + 140, LEFT + 330)
    p.text(LEFT + 350, "Date")
    p.rule(LEFT + 380, RIGHT)


def _loa_boxes(p: Pen) -> None:
    """Labels printed small inside the top of each box, values below them in the box."""
    p.text(LEFT, "Consent to release information", p.bold, 15)
    p.down(14)
    p.para("Please complete in BLOCK CAPITALS. All policyholders must sign.")
    p.down(8)
    cells = [
        [("Name of policyholder", "ELIZABETH MORGAN"), ("Date of birth", "23 Jan 1975")],
        [("National Insurance number", "NE 76 54 32 C"), ("Contract number(s)", "PB/2231/77")],
        [("Residential address", "4 Castle Mews, Alnwick"), ("Postcode", "NE66 1TN")],
        [("To (provider)", "Pendleton Wealth Platform"), ("Advice firm", "Northgate Advisory LLP")],
        [("Firm reference number", "498761"), ("Individual adviser", "Callum Reid")],
    ]
    col_w = (RIGHT - LEFT) / 2
    for row in cells:
        top = p.y + 8
        for i, (label, value) in enumerate(row):
            x = LEFT + i * col_w
            p.box(x, top, col_w, 34)
            p.y = top + 10
            p.text(x + 4, label, size=7)
            p.y = top + 26
            p.text(x + 6, value, size=11)
        p.y = top + 34
    p.down(16)
    p.para("I authorise the release of information about my plans to the advice firm named above.")
    p.down(40)
    base = p.y
    p.ink_signature(LEFT + 70, base)
    p.text(LEFT, "Signature")
    p.canvas.line(LEFT + 60, H - base - 3, LEFT + 250, H - base - 3)
    p.text(LEFT + 280, "Dated: 19 May 2025")


# --- LoA responses -------------------------------------------------------------------------

_R1_ROWS = [
    ("Wexcombe UK Equity Index Acc", "1,520.3310", "2.4410", "3,711.13"),
    ("Wexcombe Global Bond Inc", "800.0000", "1.1025", "882.00"),
    ("Wexcombe Cash Fund", "150.5000", "1.0000", "150.50"),
]


def _resp_leaders(p: Pen) -> None:
    """Labels right-aligned against a gutter, dot leaders, values left-aligned after it."""
    p.text(LEFT, "Wexcombe Life plc", p.bold, 14)
    p.down(12)
    p.text(LEFT, "Wexcombe House, Cheltenham GL50 1AA", size=8)
    p.down(30)
    for line in ("Sophie Marsh", "Brightwater Financial Planning LLP", "3 Mill Yard", "Ludlow", "SY8 1BB"):
        p.down(13)
        p.text(LEFT, line)
    p.down(26)
    p.text(LEFT, "Policy information request - response", p.bold, 13)
    p.down(6)
    p.para(
        "We have received your letter of authority and are writing in response with the details of "
        "your client's plan shown below."
    )
    gutter = 250.0
    facts = [
        ("Life assured", "Mr Peter James Holloway"),
        ("Contract no.", "WX448812"),
        ("Type of contract", "Personal Pension Plan"),
        ("Value as at", "30 April 2025"),
        ("Fund value", "£4,743.63"),
        ("Cash-in value", "£4,650.00"),
        ("Monthly premium", "£150.00"),
        ("Annual management charge", "1.00%"),
    ]
    p.down(8)
    for label, value in facts:
        p.down(17)
        p.text(gutter - 6, label + " " + "." * 12, align="right")
        p.text(gutter + 6, value)
    p.down(10)
    _holdings_table(p, _R1_ROWS, ("Fund", "Units", "Price", "Value £"), ruled=False, total="4,743.63")
    p.down(30)
    p.para("Yours sincerely,")
    p.down(6)
    p.para("Adviser Services")


def _resp_prose(p: Pen) -> None:
    """A letter whose facts are sentences; the adviser's own reference beside ours."""
    p.text(RIGHT, "Corbridge Investment Services", p.bold, 12, align="right")
    p.down(30)
    for line in ("Mr Tom Okafor", "Hartside Wealth Partners Ltd", "12 Lemon Street", "Truro", "TR1 2LS"):
        p.down(13)
        p.text(LEFT, line)
    p.down(20)
    p.text(LEFT, "Your ref: HWP/AC/0042")
    p.down(13)
    p.text(LEFT, "Date: 14 March 2025")
    p.down(24)
    p.text(LEFT, "Information you requested", p.bold, 13)
    p.down(4)
    p.para("Dear Mr Okafor,")
    p.down(4)
    p.para("Re: Mrs Anne Louise Clarke", font=p.bold)
    p.down(4)
    p.para(
        "Thank you for your letter of authority. As requested, details of the plan are set out below. "
        "The plan is a Stocks and Shares ISA with account number CIS-0042-7781, held in the name of "
        "Mrs Anne Louise Clarke, date of birth 5 August 1958."
    )
    p.down(4)
    p.para(
        "As at 10 March 2025 the plan was valued at £23,456.78. Its transfer value on that date was "
        "£23,456.78, as no exit charges apply. Contributions of £200.00 per month are being paid, and "
        "the annual charge is 0.45%."
    )
    p.down(4)
    rows = [
        ("Corbridge Sterling Income Acc", "5,000.0000", "2.3456", "11,728.00"),
        ("Corbridge World Growth Acc", "3,910.1300", "2.9995", "11,728.78"),
    ]
    _holdings_table(p, rows, ("Investment", "Units held", "Price (£)", "Market value (£)"), ruled=True, total=None)
    p.down(30)
    p.para("Yours sincerely,")
    p.down(6)
    p.para("Client Services Team")
    p.down(40)
    p.text(
        LEFT,
        "Corbridge Investment Services Ltd is authorised and regulated by the Financial Conduct Authority.",
        size=7,
    )


def _resp_untitled(p: Pen) -> None:
    """No title at all: a reply known by its wording; facts in boxes with the label on top."""
    p.text(LEFT, "Halewood Assurance", p.bold, 14)
    p.down(12)
    p.text(LEFT, "PO Box 4410, Norwich NR1 3AB", size=8)
    p.down(30)
    for line in ("Priya Natarajan", "Lakeside Financial Ltd", "2 Quayside", "Cardiff", "CF10 5AL"):
        p.down(13)
        p.text(LEFT, line)
    p.down(24)
    p.para("Dear Ms Natarajan,")
    p.down(4)
    p.para("Re: your client Mr Owen Rhys Davies", font=p.bold)
    p.down(4)
    p.para(
        "Thank you for your recent enquiry on behalf of your client. We can confirm the following "
        "details of the policy held with us."
    )
    p.down(8)
    cells = [
        [("Policy ref", "HA77001234"), ("Product", "Onshore investment bond"), ("Date of birth", "04/07/1970")],
        [("Current value", "£61,204.50"), ("Surrender value", "£60,892.10"), ("Valuation date", "01/05/2025")],
    ]
    p.label_boxes(cells, gap=8, height=36, value_dy=28)
    p.down(20)
    p.para("If you need anything further please contact us. Yours sincerely,")
    p.down(6)
    p.para("Customer Services")


def _resp_titled_grid(p: Pen) -> None:
    """Titled reply with a two-column facts block and a ruled holdings table."""
    p.text(LEFT, "Pendleton Wealth Platform", "Times-Bold", 14)
    p.down(30)
    for line in ("Callum Reid", "Northgate Advisory LLP", "40 Grey Street", "Newcastle upon Tyne", "NE1 6AE"):
        p.down(13)
        p.text(LEFT, line)
    p.down(24)
    p.text(LEFT, "Response to your letter of authority", "Times-Bold", 13)
    p.down(4)
    p.para("We are writing in response to your request for information about the account below.")
    left = [("Account holder", "Ms Elizabeth Morgan"), ("Account number", "PB/2231/77"), ("Wrapper", "SIPP")]
    right = [("Valuation date", "9 June 2025"), ("Total value", "£15,000.00"), ("Transfer value", "£14,985.00")]
    p.down(6)
    top = p.y
    for col, items in ((LEFT, left), (W / 2 + 10, right)):
        p.y = top
        for label, value in items:
            p.down(16)
            p.text(col, label + ":", p.bold)
            p.text(col + 105, value)
    p.down(6)
    rows = [
        ("Pendleton Balanced Portfolio", "6,000.00", "1.5000", "9,000.00"),
        ("Pendleton Global Equity", "2,400.00", "2.5000", "6,000.00"),
    ]
    _holdings_table(p, rows, ("Fund name", "Number of units", "Unit price", "Value"), ruled=True, total="15,000.00")


# --- Annual statements ---------------------------------------------------------------------


def _stmt_yearly(p: Pen) -> None:
    """A yearly statement: "as at" in the heading, label-left facts, a ruled holdings table."""
    p.text(RIGHT, "Tarrant Pensions", p.bold, 14, align="right")
    p.down(26)
    for line in ("Mrs Karen Whitfield", "88 Elm Grove", "Harrogate", "HG1 4QS"):
        p.down(13)
        p.text(LEFT, line)
    p.down(30)
    p.text(LEFT, "Yearly statement", p.bold, 16)
    p.down(18)
    p.text(LEFT, "Your plan as at 5 April 2025", p.bold, 11)
    facts = [
        ("Member number", "TP-55102-K"),
        ("Scheme", "Group Personal Pension"),
        ("Statement period", "6 April 2024 - 5 April 2025"),
        ("Fund value", "£38,250.00"),
        ("Transfer value", "£38,250.00"),
        ("Contributions", "£325.00 monthly"),
    ]
    for label, value in facts:
        p.down(16)
        p.text(LEFT, label + ":")
        p.text(LEFT + 160, value)
    rows = [
        ("Tarrant Lifestyle Growth", "10,000.0000", "2.8000", "28,000.00"),
        ("Tarrant Pre-Retirement", "5,000.0000", "2.0500", "10,250.00"),
    ]
    _holdings_table(p, rows, ("Fund name", "Units held", "Unit price", "Value"), ruled=True, total="38,250.00")


def _stmt_account(p: Pen) -> None:
    """A "statement of account": opening and closing values (the closing one is the plan value)."""
    p.text(LEFT, "Wexcombe Life plc", p.bold, 14)
    p.down(34)
    p.text(LEFT, "Statement of account", p.bold, 16)
    p.down(16)
    p.text(LEFT, "1 January 2025 to 31 March 2025")
    p.down(10)
    facts = [
        ("Policyholder", "Mr Peter James Holloway"),
        ("Plan number", "WX448813"),
        ("Plan type", "Stakeholder pension"),
    ]
    for label, value in facts:
        p.down(16)
        p.text(LEFT, label)
        p.text(LEFT + 150, value)
    p.down(24)
    p.text(LEFT, "Summary", p.bold, 12)
    for label, value in (
        ("Opening value on 1 January 2025", "£9,800.00"),
        ("Payments in", "£300.00"),
        ("Closing value on 31 March 2025", "£10,211.40"),
    ):
        p.down(16)
        p.text(LEFT, label)
        p.text(RIGHT, value, align="right")
    rows = [("Wexcombe Mixed 40-85% Acc", "4,200.0000", "2.4313", "10,211.40")]
    _holdings_table(p, rows, ("Investment", "Quantity", "Price", "Market value"), ruled=False, total=None)


def _stmt_review(p: Pen) -> None:
    """A narrative annual review: the values are sentences; no table."""
    p.text(LEFT, "Halewood Assurance Limited", "Times-Bold", 13)
    p.down(30)
    for line in ("Mr O R Davies", "21 Bryn Road", "Pontypridd", "CF37 4DA"):
        p.down(13)
        p.text(LEFT, line)
    p.down(30)
    p.text(LEFT, "Your annual review", "Times-Bold", 16)
    p.down(6)
    p.para("Pension statement for the year 1 May 2024 to 30 April 2025", font="Times-Italic")
    p.down(6)
    p.para("Policy number: HA77005678    Plan type: Personal pension")
    p.down(6)
    p.para(
        "Dear Mr Davies, this review tells you how your pension has done over the last year. On 30 April "
        "2025 the value of your pension was £52,880.12. If you had transferred it on that date, its "
        "transfer value would have been £51,000.00. You pay £250.00 a month."
    )


def _stmt_boxes(p: Pen) -> None:
    """A valuation statement for a bond: labels on top of boxes, a heading "as at" date."""
    p.text(LEFT, "Ashdown Mutual Assurance", p.bold, 14)
    p.down(30)
    p.text(LEFT, "Valuation statement", p.bold, 16)
    p.down(14)
    p.text(LEFT, "Period covered: 1 July 2024 - 30 June 2025")
    p.down(6)
    cells = [
        [("Investor", "Dr Meera Shah"), ("Certificate number", "AMB 0091 2231")],
        [("Product", "Investment Bond"), ("Total value of your plan", "£120,450.00")],
        [("Value as at", "30/06/2025"), ("Surrender value", "£118,041.00")],
    ]
    col_w = (RIGHT - LEFT) / 2
    for row in cells:
        top = p.y + 10
        for i, (label, value) in enumerate(row):
            x = LEFT + i * col_w
            p.box(x, top, col_w - 6, 38, fill=None)
            p.y = top + 12
            p.text(x + 6, label, size=8)
            p.y = top + 30
            p.text(x + 6, value, p.bold, 11)
        p.y = top + 38


# --- Neither ----------------------------------------------------------------------------------


def _invoice(p: Pen) -> None:
    p.text(LEFT, "Northgate Advisory LLP", p.bold, 14)
    p.down(30)
    p.text(LEFT, "INVOICE", p.bold, 18)
    for line in ("Invoice no: 2025-0188", "Date: 3 June 2025", "Client: Ms Elizabeth Morgan"):
        p.down(15)
        p.text(LEFT, line)
    p.down(20)
    p.text(LEFT, "Initial advice fee")
    p.text(RIGHT, "£1,200.00", align="right")
    p.down(15)
    p.text(LEFT, "VAT")
    p.text(RIGHT, "£0.00", align="right")
    p.down(20)
    p.para("Payment is due within 30 days. Please quote the invoice number with your payment.")


def _address_change(p: Pen) -> None:
    p.text(LEFT, "Tarrant Pensions", p.bold, 14)
    p.down(30)
    p.para("Dear Mrs Whitfield,")
    p.down(4)
    p.para(
        "Thank you for letting us know your new address. We have updated our records and all future "
        "letters will be sent to the address above. If you did not ask for this change, call us."
    )
    p.down(4)
    p.para("Yours sincerely, Member Services")


# --- Second batch: written after the first was passing, to check the fixes generalise ---------


def _loa_plan_table(p: Pen) -> None:
    """Capitalised labels with colons; the plans in a small table with a header row; e-signed."""
    p.text(W / 2, "LETTER OF AUTHORITY", p.bold, 14, align="centre")
    p.down(14)
    p.text(W / 2, "Request for information and change of agency", size=9, align="centre")
    p.down(22)
    for line in ("Ashdown Mutual Assurance", "Customer Operations", "Mutual House", "Lewes", "BN7 2QX"):
        p.down(13)
        p.text(LEFT, line)
    p.down(20)
    for label, value in (
        ("CLIENT NAME", "Mr Graham Ellis"),
        ("DATE OF BIRTH", "30/11/1949"),
        ("NI NO", "WL 83 11 46 A"),
        ("ADDRESS", "The Old Forge, Church Lane, Ditchling"),
        ("POSTCODE", "BN6 8TB"),
    ):
        p.down(16)
        p.text(LEFT, label + ":", p.bold, 9)
        p.text(LEFT + 120, value)
    p.down(24)
    p.text(LEFT, "Plan", p.bold)
    p.text(LEFT + 160, "Policy number", p.bold)
    p.rule(LEFT, LEFT + 330, dy=4)
    for plan, number in (("Investment bond", "AMB00455120"), ("Personal pension", "AMP00781933")):
        p.down(15)
        p.text(LEFT, plan)
        p.text(LEFT + 160, number)
    p.down(22)
    p.para(
        "I/We hereby authorise Meridian Independent Financial Advisers Ltd, whose details are given below, "
        "to act as my/our agent and request that you provide them with full details of the plans listed."
    )
    p.down(8)
    for label, value in (
        ("ADVISER FIRM", "Meridian Independent Financial Advisers Ltd"),
        ("FCA FIRM REFERENCE NUMBER", "455210"),
        ("ADVISER", "Joanna Pike"),
    ):
        p.down(16)
        p.text(LEFT, label + ":", p.bold, 9)
        p.text(LEFT + 170, value)
    p.down(40)
    p.text(LEFT, "Signed:")
    p.text(LEFT + 50, "/s/ Graham Ellis", "Courier", 9)
    p.rule(LEFT + 45, LEFT + 260)
    p.text(LEFT + 290, "Date: 11 April 2025")


def _loa_above(p: Pen) -> None:
    """An untypical title; small grey labels above each value in one column; a blank signature."""
    p.text(LEFT, "Tarrant Pensions - authority to act on my behalf", p.bold, 13)
    p.down(24)
    items = [
        ("Member's full name", "Mrs Karen Whitfield"),
        ("Member's date of birth", "2 February 1968"),
        ("National Insurance number", "YH 90 12 77 B"),
        ("Membership number", "TP-55102-K"),
        ("Name of financial adviser firm", "Dalesman Wealth Ltd"),
        ("FCA FRN", "822190"),
    ]
    for label, value in items:
        p.down(14)
        p.canvas.setFillGray(0.4)
        p.canvas.setFont(p.font, 8)
        p.canvas.drawString(LEFT, H - p.y, label)
        p.down(14)
        p.text(LEFT, value, size=11)
    p.down(12)
    p.para(
        "I give my permission for the firm named above to obtain information about my membership of "
        "the scheme. This authority remains valid until I cancel it in writing."
    )
    p.down(40)
    p.text(LEFT, "Member signature")
    p.rule(LEFT + 100, LEFT + 300)


def _resp_plan_information(p: Pen) -> None:
    """A reply set out as a form: "Prepared for", facts in a table with a header, ISIN column."""
    p.text(LEFT, "Ashdown Mutual Assurance", p.bold, 13)
    p.down(28)
    p.text(LEFT, "Plan information", p.bold, 16)
    p.down(16)
    p.text(LEFT, "Prepared for: Joanna Pike, Meridian Independent Financial Advisers Ltd", size=9)
    p.down(12)
    p.text(LEFT, "Requested under the letter of authority dated 11 April 2025", size=9)
    p.down(24)
    p.text(LEFT, "Detail", p.bold)
    p.text(LEFT + 200, "Information", p.bold)
    p.rule(LEFT, RIGHT, dy=4)
    for label, value in (
        ("Policyholder", "Mr Graham Ellis"),
        ("Date of birth", "30 Nov 1949"),
        ("Policy number", "AMB00455120"),
        ("Product", "Onshore bond"),
        ("Valuation date", "25 Apr 2025"),
        ("Current value", "£41,002.50"),
        ("Surrender value", "£40,100.00"),
    ):
        p.down(15)
        p.text(LEFT, label)
        p.text(LEFT + 200, value)
        p.rule(LEFT, RIGHT, dy=4, width=0.2)
    p.down(26)
    xs = (LEFT, 250.0, 350.0, 430.0, RIGHT)
    heads = ("Fund", "ISIN", "Units", "Price", "Value")
    p.text(xs[0], heads[0], p.bold)
    p.text(xs[1], heads[1], p.bold)
    for x, h in zip(xs[2:], heads[2:], strict=True):
        p.text(x, h, p.bold, align="right")
    for row in _R5_ROWS:
        p.down(15)
        p.text(xs[0], row[0])
        p.text(xs[1], row[1])
        for x, v in zip(xs[2:], row[2:], strict=True):
            p.text(x, v, align="right")


_R5_ROWS = [
    ("Ashdown Managed Fund", "GB00B15KXQ89", "10,250.000", "2.5000", "£25,625.00"),
    ("Ashdown Property Fund", "US0378331005", "7,690.000", "1.9996", "£15,377.50"),
]


def _resp_further(p: Pen) -> None:
    """A short letter; the facts in a two-column table headed "Description / Details"."""
    p.text(RIGHT, "Tarrant Pensions", p.bold, 13, align="right")
    p.down(30)
    for line in ("Dalesman Wealth Ltd", "4 Market Place", "Skipton", "BD23 1DZ"):
        p.down(13)
        p.text(LEFT, line)
    p.down(24)
    p.para("Dear Sir or Madam,")
    p.down(4)
    p.para(
        "Further to your letter of 3 May 2025, we set out below the information requested about the "
        "membership of your client. Figures are as at 16 May 2025."
    )
    p.down(10)
    for label, value in (
        ("Member", "Mrs Karen Whitfield"),
        ("Membership number", "TP-55102-K"),
        ("Scheme", "Group Personal Pension"),
        ("Fund value", "£39,110.20"),
        ("Transfer value", "£39,110.20"),
        ("Employee contribution", "£180.00 monthly"),
    ):
        p.down(17)
        p.box(LEFT, p.y - 12, 180, 17, fill=SHADE)
        p.box(LEFT + 180, p.y - 12, 200, 17)
        p.text(LEFT + 5, label)
        p.text(LEFT + 186, value)
    p.down(30)
    p.para("Yours faithfully,")
    p.para("Pensions Administration")


def _stmt_two_column(p: Pen) -> None:
    """Client details in a left column beside a plan summary on the right; "pot" wording."""
    p.text(LEFT, "Annual Pension Statement", p.bold, 18)
    p.down(14)
    p.text(LEFT, "Lomax Retirement Trust", size=9)
    p.down(30)
    top = p.y
    for label, value in (
        ("Name", "Mr Daniel Osei"),
        ("Date of birth", "09/08/1981"),
        ("Plan number", "LRT/0099/2218"),
    ):
        p.down(15)
        p.text(LEFT, label, size=8)
        p.down(12)
        p.text(LEFT, value)
    p.y = top
    x = 300.0
    for label, value in (
        ("Your pot at 31 December 2024", "£27,418.66"),
        ("Transfer value", "£27,418.66"),
        ("Statement period", "01/01/2024 - 31/12/2024"),
        ("Plan type", "Stakeholder pension"),
    ):
        p.down(15)
        p.text(x, label, size=8)
        p.down(12)
        p.text(x, value)
    p.down(30)
    p.para(
        "Your selected retirement age is 67. Keep this statement with your other pension papers. "
        "If you have an adviser, you may wish to share it with them."
    )


def _stmt_quarterly(p: Pen) -> None:
    """A platform's quarterly valuation: several label/value pairs on one line, a GBP table."""
    p.text(LEFT, "Pendleton Wealth Platform", p.bold, 13)
    p.down(28)
    p.text(LEFT, "Quarterly valuation", p.bold, 16)
    p.down(16)
    p.text(LEFT, "Portfolio summary as at 30 September 2025")
    p.down(20)
    p.text(LEFT, "Investor:")
    p.text(LEFT + 60, "Ms Elizabeth Morgan")
    p.text(300, "Account:")
    p.text(360, "Stocks and Shares ISA")
    p.down(15)
    p.text(LEFT, "Account no:")
    p.text(LEFT + 60, "PB/2231/99")
    p.text(300, "Period:")
    p.text(360, "1 July 2025 to 30 September 2025")
    p.down(15)
    p.text(LEFT, "Total portfolio value:")
    p.text(LEFT + 120, "£8,800.00")
    rows = [
        ("Pendleton UK Smaller Companies", "1,000.00", "4.4000", "4,400.00"),
        ("Pendleton Strategic Bond", "2,000.00", "2.2000", "4,400.00"),
    ]
    _holdings_table(p, rows, ("Holding", "Quantity", "Price (GBP)", "Value (GBP)"), ruled=True, total="8,800.00")


def _key_features(p: Pen) -> None:
    p.text(LEFT, "Key features of the Tarrant Personal Pension", p.bold, 15)
    p.down(10)
    p.para(
        "This document gives you the main facts about the plan. Your pension pot is invested in funds "
        "you choose. You can transfer your plan to another provider; the transfer value may be less "
        "than you paid in. Charges are taken from your pot each month. We will send you a statement "
        "every year."
    )
    p.down(8)
    p.para("Annual management charge: 0.75%")


# --- Third batch: again written after the others passed, measured before any change -----------


def _resp_horizontal(p: Pen) -> None:
    """Plan facts as a one-row table: headings in a row, values in the row below; refs on one line."""
    p.text(LEFT, "Lomax Retirement Trust", p.bold, 13)
    p.down(26)
    p.text(LEFT, "Your ref: DW/KW/77")
    p.text(300, "Our ref: LRT-CS-40021")
    p.down(26)
    p.text(LEFT, "Pension information requested by your client", p.bold, 13)
    p.down(6)
    p.para("We have been asked by Mr Daniel Osei to send you the following information.")
    p.down(16)
    heads = ("Plan number", "Plan type", "Valuation date", "Fund value", "Transfer value")
    vals = ("LRT/0099/2218", "Stakeholder", "14-Mar-2025", "GBP 28,004.10", "GBP 28,004.10")
    xs = (LEFT, 150.0, 250.0, 350.0, 450.0)
    for x, h in zip(xs, heads, strict=True):
        p.text(x, h, p.bold, 9)
    p.down(15)
    for x, v in zip(xs, vals, strict=True):
        p.text(x, v, size=9)
    p.down(30)
    p.para("Yours sincerely,")
    p.para("Member Services")


def _stmt_courier(p: Pen) -> None:
    """A typewriter-style statement: labels padded with dots to a fixed column, in Courier."""
    p.text(LEFT, "HARTWELL FRIENDLY SOCIETY", "Courier-Bold", 12)
    p.down(24)
    p.text(LEFT, "ANNUAL STATEMENT OF YOUR SAVINGS PLAN", "Courier-Bold", 11)
    p.down(20)
    for label, value in (
        ("PLANHOLDER", "MISS RUTH ANNE GRAY"),
        ("PLAN NUMBER", "HFS 00 41 77"),
        ("PLAN TYPE", "TAX EXEMPT ISA"),
        ("STATEMENT PERIOD", "01/02/2024 TO 31/01/2025"),
        ("VALUE AT 31/01/2025", "£3,120.44"),
        ("SURRENDER VALUE", "£3,050.00"),
        ("MONTHLY PREMIUM", "£25.00"),
    ):
        p.down(14)
        p.text(LEFT, f"{label} ".ljust(24, ".") + " " + value, "Courier", 9)


def _loa_checkboxes(p: Pen) -> None:
    """A provider's own LoA form: tick boxes for the scope, client and adviser side by side."""
    p.text(LEFT, "Lomax Retirement Trust", p.bold, 13)
    p.down(24)
    p.text(LEFT, "Letter of authority for a financial adviser", p.bold, 14)
    p.down(18)
    p.text(LEFT, "[X] Information only      [ ] Information and change of agency", size=9)
    p.down(20)
    top = p.y
    for label, value in (
        ("Client", ""),
        ("Name:", "Daniel Osei"),
        ("Date of birth:", "9 August 1981"),
        ("Plan number:", "LRT/0099/2218"),
        ("Postcode:", "M20 2RN"),
    ):
        p.down(15)
        p.text(LEFT, label, p.bold if not value else None)
        p.text(LEFT + 80, value)
    p.y = top
    for label, value in (
        ("Financial adviser", ""),
        ("Firm:", "Beacon Wealth Ltd"),
        ("FRN:", "731004"),
        ("Adviser:", "Sam Ruddock"),
    ):
        p.down(15)
        p.text(310, label, p.bold if not value else None)
        p.text(370, value)
    p.y = top + 5 * 15 + 20
    p.para("I authorise Lomax Retirement Trust to give the adviser named above the information they ask for.")
    p.down(40)
    base = p.y
    p.ink_signature(LEFT + 70, base)
    p.text(LEFT, "Client's signature")
    p.canvas.line(LEFT + 95, H - base - 3, LEFT + 280, H - base - 3)
    p.text(LEFT + 300, "Date: 14th February 2025")


def variants() -> list[Variant]:
    """Every test document with its truth."""
    loa_common = {"signature_present": True}
    return [
        Variant(
            "loa-grid",
            "loa",
            {
                "provider": "Wexcombe Life",
                "policy_numbers": ["WX448812", "WX448813"],
                "client_title": "Mr",
                "client_name": "Peter James Holloway",
                "client_dob": "1963-09-17",
                "ni_number": "JT552109B",
                "client_address": "14 Orchard Close, Little Haywood, Stafford",
                "client_postcode": "ST18 0TR",
                "adviser_firm": "Brightwater Financial Planning LLP",
                "fca_frn": "612345",
                "adviser_name": "Sophie Marsh",
                "date_signed": "2025-06-02",
                **loa_common,
            },
            _loa_grid,
        ),
        Variant(
            "loa-form",
            "loa",
            {
                "provider": "Corbridge Investment Services",
                "policy_numbers": ["CIS-0042-7781", "CIS-0042-9902"],
                "client_title": "Mrs",
                "client_name": "Anne Louise Clarke",
                "client_dob": "1958-08-05",
                "ni_number": "PC401122D",
                "client_address": "Flat 2, 9 Quay Street, Truro",
                "client_postcode": "TR1 2HE",
                "adviser_firm": "Hartside Wealth Partners Ltd",
                "fca_frn": "701234",
                "adviser_name": "Tom Okafor",
                "date_signed": "2025-03-03",
                **loa_common,
            },
            _loa_form,
            font=("Times-Roman", "Times-Bold"),
        ),
        Variant(
            "loa-sentences",
            "loa",
            {
                "provider": "Halewood Assurance",
                "policy_numbers": ["HA77001234"],
                "client_name": "Owen Rhys Davies",
                "client_dob": "1970-07-04",
                "ni_number": "ZX123456A",
                "client_address": "21 Bryn Road, Pontypridd",
                "client_postcode": "CF37 4DA",
                "adviser_firm": "Lakeside Financial Ltd",
                "fca_frn": "5123456",
                "adviser_name": "Priya Natarajan",
                "signature_present": False,
            },
            _loa_sentences,
        ),
        Variant(
            "loa-boxes",
            "loa",
            {
                "provider": "Pendleton Wealth Platform",
                "policy_numbers": ["PB/2231/77"],
                "client_name": "ELIZABETH MORGAN",
                "client_dob": "1975-01-23",
                "ni_number": "NE765432C",
                "client_address": "4 Castle Mews, Alnwick",
                "client_postcode": "NE66 1TN",
                "adviser_firm": "Northgate Advisory LLP",
                "fca_frn": "498761",
                "adviser_name": "Callum Reid",
                "date_signed": "2025-05-19",
                **loa_common,
            },
            _loa_boxes,
        ),
        Variant(
            "resp-leaders",
            "loa_response",
            {
                "provider": "Wexcombe Life",
                "policy_number": "WX448812",
                "client_title": "Mr",
                "client_name": "Peter James Holloway",
                "plan_type": "personal_pension",
                "valuation_date": "2025-04-30",
                "plan_value": "4743.63",
                "transfer_value": "4650.00",
                "regular_contribution": "150.00",
                "contribution_frequency": "monthly",
                "annual_charge_percent": "1.00",
                "holdings": _holdings(_R1_ROWS),
            },
            _resp_leaders,
        ),
        Variant(
            "resp-prose",
            "loa_response",
            {
                "provider": "Corbridge Investment Services",
                "policy_number": "CIS-0042-7781",
                "client_title": "Mrs",
                "client_name": "Anne Louise Clarke",
                "client_dob": "1958-08-05",
                "plan_type": "isa",
                "valuation_date": "2025-03-10",
                "plan_value": "23456.78",
                "transfer_value": "23456.78",
                "regular_contribution": "200.00",
                "contribution_frequency": "monthly",
                "annual_charge_percent": "0.45",
                "holdings": _holdings(
                    [
                        ("Corbridge Sterling Income Acc", "5,000.0000", "2.3456", "11,728.00"),
                        ("Corbridge World Growth Acc", "3,910.1300", "2.9995", "11,728.78"),
                    ]
                ),
            },
            _resp_prose,
            font=("Times-Roman", "Times-Bold"),
        ),
        Variant(
            "resp-untitled",
            "loa_response",
            {
                "provider": "Halewood Assurance",
                "policy_number": "HA77001234",
                "client_title": "Mr",
                "client_name": "Owen Rhys Davies",
                "client_dob": "1970-07-04",
                "plan_type": "onshore_bond",
                "valuation_date": "2025-05-01",
                "plan_value": "61204.50",
                "transfer_value": "60892.10",
            },
            _resp_untitled,
        ),
        Variant(
            "resp-titled-grid",
            "loa_response",
            {
                "provider": "Pendleton Wealth Platform",
                "policy_number": "PB/2231/77",
                "client_title": "Ms",
                "client_name": "Elizabeth Morgan",
                "plan_type": "sipp",
                "valuation_date": "2025-06-09",
                "plan_value": "15000.00",
                "transfer_value": "14985.00",
                "holdings": _holdings(
                    [
                        ("Pendleton Balanced Portfolio", "6,000.00", "1.5000", "9,000.00"),
                        ("Pendleton Global Equity", "2,400.00", "2.5000", "6,000.00"),
                    ]
                ),
            },
            _resp_titled_grid,
            font=("Times-Roman", "Times-Bold"),
        ),
        Variant(
            "stmt-yearly",
            "annual_statement",
            {
                "provider": "Tarrant Pensions",
                "policy_number": "TP-55102-K",
                "client_title": "Mrs",
                "client_name": "Karen Whitfield",
                "client_address": "88 Elm Grove, Harrogate",
                "client_postcode": "HG1 4QS",
                "plan_type": "workplace_pension",
                "period_start": "2024-04-06",
                "valuation_date": "2025-04-05",
                "plan_value": "38250.00",
                "transfer_value": "38250.00",
                "regular_contribution": "325.00",
                "contribution_frequency": "monthly",
                "holdings": _holdings(
                    [
                        ("Tarrant Lifestyle Growth", "10,000.0000", "2.8000", "28,000.00"),
                        ("Tarrant Pre-Retirement", "5,000.0000", "2.0500", "10,250.00"),
                    ]
                ),
            },
            _stmt_yearly,
        ),
        Variant(
            "stmt-account",
            "annual_statement",
            {
                "provider": "Wexcombe Life",
                "policy_number": "WX448813",
                "client_title": "Mr",
                "client_name": "Peter James Holloway",
                "plan_type": "stakeholder_pension",
                "period_start": "2025-01-01",
                "valuation_date": "2025-03-31",
                "plan_value": "10211.40",
                "holdings": _holdings([("Wexcombe Mixed 40-85% Acc", "4,200.0000", "2.4313", "10,211.40")]),
            },
            _stmt_account,
        ),
        Variant(
            "stmt-review",
            "annual_statement",
            {
                "provider": "Halewood Assurance",
                "policy_number": "HA77005678",
                "client_title": "Mr",
                "client_name": "O R Davies",
                "client_address": "21 Bryn Road, Pontypridd",
                "client_postcode": "CF37 4DA",
                "plan_type": "personal_pension",
                "period_start": "2024-05-01",
                "valuation_date": "2025-04-30",
                "plan_value": "52880.12",
                "transfer_value": "51000.00",
                "regular_contribution": "250.00",
                "contribution_frequency": "monthly",
            },
            _stmt_review,
            font=("Times-Roman", "Times-Bold"),
            size=11.0,
        ),
        Variant(
            "stmt-boxes",
            "annual_statement",
            {
                "provider": "Ashdown Mutual Assurance",
                "policy_number": "AMB00912231",
                "client_title": "Dr",
                "client_name": "Meera Shah",
                "plan_type": "onshore_bond",
                "period_start": "2024-07-01",
                "valuation_date": "2025-06-30",
                "plan_value": "120450.00",
                "transfer_value": "118041.00",
            },
            _stmt_boxes,
        ),
        Variant(
            "loa-plan-table",
            "loa",
            {
                "provider": "Ashdown Mutual Assurance",
                "policy_numbers": ["AMB00455120", "AMP00781933"],
                "client_title": "Mr",
                "client_name": "Graham Ellis",
                "client_dob": "1949-11-30",
                "ni_number": "WL831146A",
                "client_address": "The Old Forge, Church Lane, Ditchling",
                "client_postcode": "BN6 8TB",
                "adviser_firm": "Meridian Independent Financial Advisers Ltd",
                "fca_frn": "455210",
                "adviser_name": "Joanna Pike",
                "date_signed": "2025-04-11",
                **loa_common,
            },
            _loa_plan_table,
        ),
        Variant(
            "loa-above",
            "loa",
            {
                "provider": "Tarrant Pensions",
                "policy_numbers": ["TP-55102-K"],
                "client_title": "Mrs",
                "client_name": "Karen Whitfield",
                "client_dob": "1968-02-02",
                "ni_number": "YH901277B",
                "adviser_firm": "Dalesman Wealth Ltd",
                "fca_frn": "822190",
                "signature_present": False,
            },
            _loa_above,
        ),
        Variant(
            "resp-plan-information",
            "loa_response",
            {
                "provider": "Ashdown Mutual Assurance",
                "policy_number": "AMB00455120",
                "client_title": "Mr",
                "client_name": "Graham Ellis",
                "client_dob": "1949-11-30",
                "plan_type": "onshore_bond",
                "valuation_date": "2025-04-25",
                "plan_value": "41002.50",
                "transfer_value": "40100.00",
                "holdings": [
                    {
                        "fund_name": f,
                        "isin": i,
                        "units": u.replace(",", ""),
                        "unit_price": pr,
                        "value": v[1:].replace(",", ""),
                    }
                    for f, i, u, pr, v in _R5_ROWS
                ],
            },
            _resp_plan_information,
        ),
        Variant(
            "resp-further",
            "loa_response",
            {
                "provider": "Tarrant Pensions",
                "policy_number": "TP-55102-K",
                "client_title": "Mrs",
                "client_name": "Karen Whitfield",
                "plan_type": "workplace_pension",
                "valuation_date": "2025-05-16",
                "plan_value": "39110.20",
                "transfer_value": "39110.20",
                "regular_contribution": "180.00",
                "contribution_frequency": "monthly",
            },
            _resp_further,
            font=("Times-Roman", "Times-Bold"),
        ),
        Variant(
            "stmt-two-column",
            "annual_statement",
            {
                "provider": "Lomax Retirement Trust",
                "policy_number": "LRT/0099/2218",
                "client_title": "Mr",
                "client_name": "Daniel Osei",
                "client_dob": "1981-08-09",
                "plan_type": "stakeholder_pension",
                "period_start": "2024-01-01",
                "valuation_date": "2024-12-31",
                "plan_value": "27418.66",
                "transfer_value": "27418.66",
            },
            _stmt_two_column,
        ),
        Variant(
            "stmt-quarterly",
            "annual_statement",
            {
                "provider": "Pendleton Wealth Platform",
                "policy_number": "PB/2231/99",
                "client_title": "Ms",
                "client_name": "Elizabeth Morgan",
                "plan_type": "isa",
                "period_start": "2025-07-01",
                "valuation_date": "2025-09-30",
                "plan_value": "8800.00",
                "holdings": _holdings(
                    [
                        ("Pendleton UK Smaller Companies", "1,000.00", "4.4000", "4,400.00"),
                        ("Pendleton Strategic Bond", "2,000.00", "2.2000", "4,400.00"),
                    ]
                ),
            },
            _stmt_quarterly,
        ),
        Variant(
            "resp-horizontal",
            "loa_response",
            {
                "provider": "Lomax Retirement Trust",
                "policy_number": "LRT/0099/2218",
                "client_title": "Mr",
                "client_name": "Daniel Osei",
                "plan_type": "stakeholder_pension",
                "valuation_date": "2025-03-14",
                "plan_value": "28004.10",
                "transfer_value": "28004.10",
            },
            _resp_horizontal,
        ),
        Variant(
            "stmt-courier",
            "annual_statement",
            {
                "provider": "HARTWELL FRIENDLY SOCIETY",
                "policy_number": "HFS004177",
                "client_title": "Miss",
                "client_name": "RUTH ANNE GRAY",
                "plan_type": "isa",
                "period_start": "2024-02-01",
                "valuation_date": "2025-01-31",
                "plan_value": "3120.44",
                "transfer_value": "3050.00",
                "regular_contribution": "25.00",
                "contribution_frequency": "monthly",
            },
            _stmt_courier,
            font=("Courier", "Courier-Bold"),
        ),
        Variant(
            "loa-checkboxes",
            "loa",
            {
                "provider": "Lomax Retirement Trust",
                "policy_numbers": ["LRT/0099/2218"],
                "client_name": "Daniel Osei",
                "client_dob": "1981-08-09",
                "client_postcode": "M20 2RN",
                "adviser_firm": "Beacon Wealth Ltd",
                "fca_frn": "731004",
                "adviser_name": "Sam Ruddock",
                "date_signed": "2025-02-14",
                "signature_present": True,
            },
            _loa_checkboxes,
        ),
        Variant("other-key-features", "unknown", {}, _key_features),
        Variant("other-invoice", "unknown", {}, _invoice),
        Variant("other-address-change", "unknown", {}, _address_change),
    ]


def write_all(out: Path) -> list[Path]:
    """Draw every variant into `out` as NAME.pdf beside NAME.truth.json; the PDF paths, in order."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for v in variants():
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
