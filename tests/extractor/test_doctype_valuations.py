"""A platform's valuation of a client's accounts is a periodic statement (rules/data/doc_types.yaml).

Platforms and wrap services send a "consolidated valuation" of every account they hold for a
client, dated "as at" a day, with the reporting period it covers and the transactions in it.
Such a page carries the same structures as a provider's reply (a fund table, a value, a date):
only its wording tells it apart. The pages are drawn here with reportlab in a few layouts; the
figures and names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file

_, H = A4
FUNDS = (
    ("Quarry Hill UK Equity Income Fund Acc", "3,120.500", "2.4410", "£7,617.14"),
    ("Saltmarsh Global Bond Fund Inc", "1,988.000", "1.1025", "£2,191.77"),
    ("Wrenfield Balanced Portfolio Acc", "4,404.210", "3.0030", "£13,225.84"),
)


def _valuation(path: Path, title: str | None, wording: tuple[str, ...], layout: str) -> Path:
    """A one-page valuation: provider, `title` (none when None), address, `wording`, then a fund table."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, H - 50, "Fidelity")
    if title is not None:
        if layout == "centred":
            c.setFont("Helvetica-Bold", 16)
            c.drawCentredString(297, H - 80, title)
        elif layout == "right":  # the title set right, level with the provider's name
            c.setFont("Helvetica", 12)
            c.drawRightString(535, H - 50, title)
        else:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, H - 80, title)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(("Mr Idris Vaughan", "7 Tanner Row", "Ludlow", "SY8 1AB")):
        c.drawString(60, H - 120 - 12 * i, line)
    for i, line in enumerate(wording):
        c.drawString(60, H - 200 - 14 * i, line)
    top = H - 220 - 14 * len(wording)
    c.setFont("Helvetica-Bold", 9)
    for x, head in ((60, "Fund"), (330, "Units"), (400, "Price"), (470, "Value")):
        c.drawString(x, top, head)
    c.setFont("Helvetica", 9)
    for i, row in enumerate(FUNDS):
        y = top - 16 * (i + 1)
        c.drawString(60, y, row[0])
        for x, cell in zip((330, 400, 470), row[1:], strict=True):
            c.drawString(x, y, cell)
    c.drawString(60, top - 16 * (len(FUNDS) + 1), "Total")
    c.drawString(470, top - 16 * (len(FUNDS) + 1), "£23,034.75")
    c.save()
    return path


@pytest.mark.parametrize("layout", ["left", "centred", "right"])
@pytest.mark.parametrize("title", ["Consolidated valuation", "Consolidated Valuation Report", "CONSOLIDATED VALUATION"])
def test_a_consolidated_valuation_is_a_statement(tmp_path, options, title, layout):
    wording = ("Valuation as at 30 June 2026", "Summary of your accounts")
    path = _valuation(tmp_path / "v.pdf", title, wording, layout)
    assert check_file(path, options).doc_type == "annual_statement"


@pytest.mark.parametrize(
    "wording",
    [
        ("Valuation as at 30 June 2026", "Reporting period from 1 January 2026"),
        ("Valuation date: 30/06/2026", "Reporting period: six months", "Transactions in the period follow."),
        ("Value on 30 June 2026", "Transactions during the period: one contribution of £500.00"),
    ],
)
def test_an_untitled_valuation_is_known_by_its_period_wording(tmp_path, options, wording):
    path = _valuation(tmp_path / "v.pdf", None, wording, "left")
    assert check_file(path, options).doc_type == "annual_statement"


def test_a_reply_with_a_valuation_stays_a_reply(tmp_path, options):
    # a provider's answer to an LoA also values the plan "as at" a day over a fund table
    wording = (
        "Dear Sirs",
        "Thank you for your letter of authority. We can confirm the details of your client's plan.",
        "Valuation as at 30 June 2026",
    )
    path = _valuation(tmp_path / "v.pdf", None, wording, "left")
    assert check_file(path, options).doc_type == "loa_response"


@pytest.mark.parametrize(
    "wording",
    [
        # a reply that answers the adviser's questions in turn, with no title
        ("Dear Priya", "Thank you for your recent letter of authority. Our answers to your questions follow.",
         "1. Plan value: the value of the plan on 30 June 2026 was £23,034.75.", "Your investments"),
        # a plan summary the provider prepared for the adviser firm on the client's authority
        ("Plan summary", "Prepared for Lantern Wealth Ltd under the authority of the plan holder.",
         "Valued on 30 June 2026", "Your investments"),
    ],
)
def test_an_untitled_reply_is_known_by_its_wording(tmp_path, options, wording):
    path = _valuation(tmp_path / "v.pdf", None, wording, "left")
    assert check_file(path, options).doc_type == "loa_response"
