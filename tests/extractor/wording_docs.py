"""Test-only statements and letters drawn with reportlab for the wording tests (issue 10).

A statement is a provider's name, a title, the client's address block and then key/value lines in
one of four layouts: `inline` ("Label:  value"), `gutter` (label left, value in a column to the
right), `below` (a small bold label over its value) or `table` (a ruled grid of label and value
cells). A letter is a provider's reply with its date and references at the top right and running
text below. Names, numbers and amounts are invented; nothing here reads the extractor.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file

_, H = A4
LAYOUTS = ("inline", "gutter", "below", "table")
ADDRESS = ("Mrs Carys Pryce", "14 Elm Grove", "Cardiff", "CF10 3AB")
# a reply sent to the adviser: the address block names no client
ADVISER_ADDRESS = ("Ridgeway Wealth Ltd", "2 Mill Lane", "Bath", "BA1 1AA")
# the lines a statement prints besides the one a test is about, as (field, label, value, record value)
BASE = (
    ("client_name", "Client name", "Mrs Carys Pryce", "Carys Pryce"),
    ("policy_number", "Plan number", "KL55120094", "KL55120094"),
    ("plan_type", "Plan type", "Personal pension", "personal_pension"),
    ("valuation_date", "Valuation date", "5 April 2026", "2026-04-05"),
    ("plan_value", "Plan value", "£21,450.00", "21450.00"),
    ("transfer_value", "Transfer value", "£20,980.00", "20980.00"),
)


def _head(c: canvas.Canvas, title: str, address: tuple[str, ...]) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 50, "Kestrel Life")
    c.setFont("Helvetica", 8)
    c.drawString(60, H - 62, "Kestrel Life plc, 1 Harbour Way, Bristol BS1 4AA")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 90, title)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(address):
        c.drawString(60, H - 130 - 12 * i, line)


def _pairs(c: canvas.Canvas, pairs: list[tuple[str, str]], layout: str, top: float) -> None:
    for i, (label, value) in enumerate(pairs):
        if layout == "inline":
            c.setFont("Helvetica", 10)
            c.drawString(60, H - top - 16 * i, f"{label}:  {value}")
        elif layout == "gutter":
            c.setFont("Helvetica", 10)
            c.drawString(60, H - top - 16 * i, label)
            c.drawString(290, H - top - 16 * i, value)
        elif layout == "below":
            c.setFont("Helvetica-Bold", 9)
            c.drawString(60, H - top - 32 * i, label)
            c.setFont("Helvetica", 10)
            c.drawString(60, H - top - 32 * i - 12, value)
        else:
            y = H - top - 18 * i
            c.setLineWidth(0.5)
            c.rect(60, y - 5, 200, 18)
            c.rect(260, y - 5, 200, 18)
            c.setFont("Helvetica", 9)
            c.drawString(64, y, label)
            c.drawString(264, y, value)


def statement(
    path: Path,
    pairs: list[tuple[str, str]],
    layout: str = "gutter",
    title: str = "Annual Statement",
    text: tuple[str, ...] = (),
    address: tuple[str, ...] = ADDRESS,
) -> Path:
    """A statement of `pairs` (label, printed value) in `layout`, then lines of running `text`."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _head(c, title, address)
    _pairs(c, pairs, layout, 200)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(text):
        c.drawString(60, H - 520 - 16 * i, line)
    c.save()
    return path


def base_lines() -> list[tuple[str, str]]:
    """The base statement's lines, (label, printed value)."""
    return [(label, value) for _, label, value, _ in BASE]


def with_line(field: str, label: str, value: str) -> list[tuple[str, str]]:
    """The base statement's lines with `field`'s line printed as `label` and `value` instead."""
    return [(label, value) if f == field else (lab, val) for f, lab, val, _ in BASE]


def letter(path: Path, body: list[str], refs=(("Our ref", "KLC/448120"), ("Your ref", "RW/PRYCE"))) -> Path:
    """A provider's reply: letter date and references top right, then `body` a line each."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 50, "Kestrel Life")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(ADDRESS):
        c.drawString(60, H - 110 - 12 * i, line)
    c.drawString(400, H - 110, "Date: 12 May 2026")
    for i, (label, value) in enumerate(refs):
        c.drawString(400, H - 124 - 14 * i, f"{label}: {value}")
    lines = ["Dear Sirs", "", "Thank you for your letter of authority.", *body, "", "Yours faithfully"]
    for i, line in enumerate(lines):
        c.drawString(60, H - 200 - 16 * i, line)
    c.save()
    return path


def check(path: Path, options: CheckOptions) -> tuple[str, dict]:
    """The document's type and record."""
    result = check_file(path, options).to_json_dict()
    return result["doc_type"], result.get("record") or {}
